import json
smp=json.load(open('/tmp/j6e/sample.json'))
N=None
# idx: (event, type, source, target, date, modality, {field: reason})
J={
0:(0,0,0,0,0,0,{'event':"'help' is a purpose clause ('to help with this'); regulators cutting an export duty is domestic policy, no PLOVER event",'modality':"would be future ('will lower')"}),
1:(0,0,0,0,0,0,{'event':"'warned there could be charges' is a financial forecast, not a threat",'source':"Airbus coded USA"}),
2:(1,1,1,0,0,1,{'target':"Boeing is the partner of the ordered work, not the target; target is Air Force only",'date':"order by Congress is background (years earlier), not the document date"}),
3:(1,1,1,1,1,1,{}),
4:(1,1,0,0,0,1,{'source':"actor named 'Boeing Executive' for the company Boeing",'target':"'Kremlin' from the modifier 'Kremlin-owned' added; Unified Aircraft has no country (RUS)",'date':"'More recently' background deal, not on the document date"}),
5:(1,0,1,0,1,1,{'type':"an offer of funding is intent to aid (CAMEO 033 -> AGREE), not AID given",'target':"'France' taken from 'Air France'"}),
6:(1,1,1,1,1,1,{}),
7:(0,0,0,0,0,0,{'event':"'Confidence is shot to ribbons' is an idiom, no assault"}),
8:(1,1,1,1,1,1,{}),
9:(1,1,0,1,1,1,{'source':"Ford coded ROU (should be USA)"}),
10:(1,1,1,0,1,1,{'target':"Apple Computer coded GBR (USA)"}),
11:(0,0,0,0,0,0,{'event':"'warned that talk of recovery might be premature' is a statement, not a threat"}),
12:(0,0,0,0,0,0,{'event':"'fighting to stem off a crash' is metaphorical, no assault"}),
13:(0,0,0,0,0,0,{'event':"Air Canada 'ordered' airliners is a purchase, not a request; source 'Canada' from 'Air Canada'"}),
14:(1,1,1,1,1,1,{}),
15:(1,1,0,1,1,1,{'source':"Cerberus (US private-equity firm) coded person/DEU"}),
16:(1,1,0,0,1,1,{'source':"Cisco typed as a country with no country code (USA)",'target':"Apple Inc. without country (USA)"}),
17:(1,1,1,0,1,1,{'target':"Apple Inc. coded GBR (USA)"}),
18:(0,0,0,0,0,0,{'event':"'Fiat has demonstrated that it can build cars' = shown, not a demonstration"}),
19:(0,0,0,0,0,0,{'event':"what Obama stated ('he refused to let GM become wards of the state') is a statement of stance inside a quote, no rejection event"}),
20:(0,0,0,0,0,0,{'event':"'it really helps the environment' is no aid; source India invented"}),
21:(1,1,0,1,0,1,{'source':"Airbus coded IRL (FRA/EUR)",'date':"pluperfect 'had offered', earlier unknown date, not the document date"}),
22:(1,0,1,1,0,1,{'type':"receiving bridge financing from a government is AID, not CONSULT/visit",'date':"'had already received' is background, not the document date"}),
23:(0,0,0,0,0,0,{'event':"stock index 'hit an all time low' is no assault"}),
24:(1,1,1,0,1,0,{'target':"the banks (target of nationalisation) missing",'modality':"a feared nationalisation ('worries that the government will') is hypothetical, not future"}),
25:(1,1,1,0,1,1,{'target':"target is 'government officials' (JPN GOV), not the country 'Japan'"}),
26:(1,1,1,1,1,1,{}),
27:(1,1,1,1,1,1,{}),
28:(1,1,1,0,1,1,{'target':"Magna (object of the cancelled deal, typed person) added to target; target is GM only"}),
29:(0,0,0,0,0,0,{'event':"a president proposing a domestic stimulus plan is a policy statement, no AGREE (no other party)"}),
30:(0,0,0,0,0,0,{'event':"'remembered asking, \"It's the best-selling car\"' is a rhetorical question in a quote"}),
31:(1,0,0,0,1,0,{'type':"the event is the Central Bank encouraging banks (REQUEST); 'provide' is the requested act",'source':"providers would be the top banks",'target':"smaller lenders missing",'modality':"'to provide' is a desired act, not asserted"}),
32:(1,1,0,0,1,1,{'source':"appositive head 'Another automaker' kept instead of General Motors",'target':"'Brazil government' (the US government)"}),
33:(1,1,0,1,0,0,{'source':"both Apple Computer and Apple Corps will ask; only Apple Corps",'date':"future act, should be null",'modality':"'will need to ask' inside a statement is future/hypothetical, not asserted"}),
34:(1,1,1,1,1,1,{}),
35:(0,0,0,0,0,0,{'event':"'S&P 500 was also hit hard' is market language, no assault"}),
36:(0,0,0,0,0,0,{'event':"'struggling with poor profitability' is no assault"}),
37:(0,0,0,0,0,0,{'event':"'they have invested in other products' (company investment, in a quote) is no cooperation event; source CAW wrong"}),
38:(1,1,0,0,0,1,{'source':"Jim Cramer did the calling; the Fed is the target",'target':"Federal Reserve should be the target",'date':"'Last Friday' gives an explicit date (2007-08-03)"}),
39:(1,1,1,0,1,1,{'target':"Papermaster ('him') missing from target"}),
40:(1,1,1,0,0,1,{'target':"delegation sent to Costa Rica; Nicaragua is the topic, not the target",'date':"announced Monday (2023-06-12), document date given"}),
41:(1,0,1,1,1,1,{'type':"an order to end a curfew is easing restrictions (RETREAT), not REQUEST"}),
42:(1,1,1,1,1,1,{}),
43:(1,1,1,1,0,1,{'date':"pluperfect 'had both sought' is background, not the document date"}),
44:(1,1,1,1,1,1,{}),
45:(1,1,0,1,1,1,{'source':"Gibraltar rebels coded GBR ('United Kingdom independence rebels'), GIB expected"}),
46:(1,1,1,1,1,1,{}),
47:(1,1,0,1,1,1,{'source':"'Muslim' as a person coded TJK; the protesters' country (Kizlyar, in the story's country) is not Tajikistan per text"}),
48:(1,1,1,1,1,1,{}),
49:(1,1,0,1,0,1,{'source':"Jammeh (GMB) missing; only the African Union",'date':"'repeatedly rejected' has no single date, should be null"}),
50:(1,1,1,1,1,1,{}),
51:(1,1,1,0,1,1,{'target':"the accused Iranians missing"}),
52:(1,1,1,1,1,1,{}),
53:(1,1,0,1,0,1,{'source':"the school added as a protester; students without country",'date':"protest was two days before last Thursday (2023-06-06), not the document date"}),
54:(1,1,1,1,1,1,{}),
55:(1,1,0,1,1,1,{'source':"'representatives from both countries' coded TUR/LEG only"}),
56:(1,1,1,0,0,1,{'target':"the country 'China' instead of the Chinese man (CHN CVL)",'date':"arrest precedes the protest, unknown date"}),
57:(1,1,0,0,1,1,{'source':"Peter O'Neill without country (PNG)",'target':"the soldiers are accused, not the Australian government"}),
58:(1,0,1,1,0,1,{'type':"'the strike' is a labour strike (PROTEST/strike), not ASSAULT",'date':"1973-style error: '2017' is the revenue period, not the strike date (November 8)"}),
59:(1,1,1,1,0,1,{'date':"the meeting would be at the summit starting Tuesday (2023-06-20)"}),
60:(1,1,0,0,1,1,{'source':"Tobago without country (TTO)",'target':"Tobago without country"}),
61:(1,0,0,0,1,1,{'type':"Comoros is in need of assistance: a request for aid, no AID given",'source':"Comoros is the would-be recipient, not the aid source",'target':"empty; should be none/donors"}),
62:(1,1,1,1,1,1,{}),
63:(1,1,1,1,1,1,{}),
64:(1,0,0,1,0,1,{'type':"'attacked and tortured' is an ASSAULT on Gautam reported by the government, not ACCUSE",'source':"attacker unknown; the government is the reporter",'date':"'On 15 November the government said'; attack before that, not the document date"}),
65:(1,1,1,1,1,1,{}),
66:(1,1,1,1,1,1,{}),
67:(1,1,0,1,1,1,{'source':"Bahrain resumes relations; Obama announced it"}),
68:(1,1,0,0,1,1,{'source':"Argentina's labour unions coded AUS/PTY; CAL resolved to 'Australian Labor Party'",'target':"same wrong actors"}),
69:(1,1,1,1,1,1,{}),
70:(1,1,1,1,0,1,{'date':"'since 1973' marks the last exchange; the resumption is now (document date), not 1973"}),
71:(1,1,1,1,1,1,{}),
72:(1,1,1,1,1,1,{}),
73:(0,0,0,0,0,0,{'event':"Castro stepping away 'to seek medical treatment' is no request"}),
74:(1,1,1,1,1,1,{}),
75:(0,0,0,0,0,0,{'event':"a statement about what the new government 'will have the authority' to do; actor 'authority' is a noun, no event"}),
76:(1,1,0,1,0,0,{'source':"the police officer would arrest, not Namunu (the reporter)",'date':"past unknown, not the document date",'modality':"'sent ... to arrest' is an intended act, not asserted"}),
77:(1,1,1,1,1,1,{}),
78:(1,1,1,1,1,1,{}),
79:(1,1,0,1,0,0,{'source':"the investigating party would be the US allies in Guatemala, not the US",'date':"recommended act, should be null",'modality':"'should use ... to compel ... to investigate' is hypothetical, not asserted"}),
}
# item 58 date reason fix
J[58][6]['date']="'2017' is the revenue period; the strike began November 8, not 2017"
FIELDS=['event','type','source','target','date','modality']
out=[]
for i,x in enumerate(smp):
    v=J[i]; verd=dict(zip(FIELDS,[bool(b) for b in v[:6]])); verd['all']=all(verd.values())
    rec=dict(n=i, corpus=x['corpus'], doc=x['doc'], document_date=x['dct'], sentence=x['sentence'],
             predicted={k:x[k] for k in ('eid','type','mode','trigger','source','target','date','modality','reported_by','rule')},
             verdict=verd, reasons=v[6])
    out.append(rec)
with open('/tmp/j6e/events.jsonl','w') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False)+'\n')
def tab(rows, fields=FIELDS+['all']):
    n=len(rows); return {f:(sum(r['verdict'][f] for r in rows), n) for f in fields}
for name,rows in [('all',out),('meantime',[r for r in out if r['corpus']=='meantime']),('stories',[r for r in out if r['corpus']=='stories'])]:
    t=tab(rows); print(name, {f:f"{a}/{n} ({100*a/n:.0f}%)" for f,(a,n) in t.items()})
    ev=[r for r in rows if r['verdict']['event']]
    t=tab(ev, FIELDS[1:]+['all']); print('  given real event', {f:f"{a}/{n} ({100*a/n:.0f}%)" for f,(a,n) in t.items()})
