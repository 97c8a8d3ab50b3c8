# Judge p2 verdicts on /tmp/r17/pairs1819.jsonl items 1-75. V = (event,type,source,target,date,modality) as 0/1; N(omit_right)
import json
def V(s):
    b=[c=='1' for c in s]
    return dict(zip(["event","type","source","target","date","modality"],b), all=all(b))
def N(o): return {"omit_right": o}
T,F=True,False
J={
1:(V("111001"),V("111001"),"same","target: new government in Kiev is UKR; X empty and Y RUS both wrong (date doc-date for a background decision also doubtful, same in both)"),
2:(V("110011"),V("111011"),"Y","source country: demonstrators in Hong Kong are plainly CHN, X empty; target police missing in both; mode suicide-attack wrong in both"),
3:(V("101100"),N(T),"Y","type: chanting protesters is PROTEST, not ASSAULT; X spurious type, Y right to omit"),
4:(N(F),V("111110"),"Y","event: 'not ruled out signing up to the EU' is a willingness (AGREE) a coder would code; Y modality negated is wrong (should be hypothetical)"),
5:(V("100111"),V("110111"),"Y","type: soldiers battled militants is ASSAULT, not ACCUSE; source NGA wrong in both (Mauritania)"),
6:(N(F),V("111010"),"Y","event: UN continuing trade ban on Cuba is SANCTION; Y target empty though 'the Communist-led island' is Cuba, modality should be future"),
7:(N(F),V("111010"),"Y","event: Putin's pledge Russia will defend/help is SUPPORT; Y modality asserted should be future, target 'those who would defend it' empty"),
8:(N(T),V("000000"),"X","event: 'managed to give priority to security' is no AGREE; Y spurious"),
9:(V("110100"),V("110100"),"same","source: residents in Luxembourg are LUX (X RUS, Y empty); target should be police not Russia; date 2022-06 is the clash, not the blaming: same errors"),
10:(V("110101"),V("110111"),"Y","date: ongoing protests reported as news take the document date, X none; source 'thousands of protesters' empty in both"),
11:(N(T),V("000000"),"X","event: 'does not want to get dragged into' is no COERCE; Y spurious"),
12:(V("111011"),V("110011"),"X","source: 'whose leaders' = leaders of Romania and Bulgaria, X BGR gets one country, Y empty; target Council BGR wrong in both"),
13:(V("111100"),V("111111"),"Y","modality/date: 'will continue to protest' is future with no date; X asserted with document date"),
14:(V("110111"),V("111111"),"Y","target: he called on the interior minister, X empty"),
15:(V("000000"),V("000000"),"same","event: Lim denies responsibility while 'addressing' violations; no CONCEDE in either"),
16:(N(T),V("000000"),"X","event: Pentagon reporting Russian use of social media is no COOPERATE; Y spurious"),
17:(V("111011"),V("111111"),"Y","target country: text puts Kivu 'in Rwanda' and Hutu are an ethnic group; X COD not given by the text"),
18:(V("111101"),V("110111"),"same","X target RWA right (killed in Rwanda) but doc date for a toll since 1994; Y date unknown right but target country empty"),
19:(V("110111"),V("110101"),"X","date: 'has been fighting since' is ongoing news, document date; Y none; target 'pro-Russian forces' coded RUS in both (they are Ukrainian separatists)"),
20:(V("100101"),V("111101"),"Y","source country: Lim heads Malaysia's human rights body, MYS not UNO; target representative of Malaysian Chinese empty in both"),
21:(V("110111"),V("110011"),"X","target: both candidates Bulgaria and Romania, Y only Romania; source Council coded BGR in both"),
22:(N(F),V("111101"),"Y","event: security forces search for suspected attackers (ACCUSE/investigate); Y date Oct 14 is the attacks', source empty"),
23:(V("111111"),V("110111"),"X","target country: leader of Sunni tribes in Arsal, Lebanon = LBN; Y empty"),
24:(V("110111"),V("111111"),"Y","source country: Association of South Pacific Islands is multinational, X USA wrong"),
25:(N(T),V("000000"),"X","event: Cuba 'struggling with an epidemic' is no ASSAULT; Y spurious"),
26:(V("111001"),V("111011"),"Y","date: killings in the two weeks since the ceasefire reported as news, document date; target Burundi demonstrators coded AUS in both"),
27:(V("111101"),V("111111"),"Y","date: toll 'since the genocide' (1994) is not this news; X document date wrong, Y unknown right"),
28:(N(T),V("000000"),"X","event: EU 'struggled with accusations' is no ASSAULT; Y spurious"),
29:(V("111010"),N(F),"X","event: EU would continue to support the mission is SUPPORT; X modality should be future and target 'it' (the mission) empty"),
30:(V("000000"),V("000000"),"same","event: an agreement's terms 'calls for' a grant is no REQUEST; sources from another sentence in both"),
31:(V("110111"),V("111111"),"Y","source country: Republican-controlled State House is USA, X empty"),
32:(V("111011"),V("111000"),"X","modality/date: 'would soon begin sending' is future, undated; Y asserted with document date; target 'the country' empty in both"),
33:(V("111111"),V("111011"),"X","target: demanded 'the people' leave, Y empty"),
34:(V("111101"),V("111111"),"Y","date: ongoing negotiation reported as news takes document date; X none"),
35:(V("110100"),V("110111"),"Y","modality/date: 'will continue shelling' is future undated; source UNIAN wrong in both (the shelling groups)"),
36:(N(T),V("000000"),"X","event: announcing snap elections is no AGREE; Y spurious (and January 4 given)"),
37:(V("101111"),N(T),"Y","type: joining a peace deal is SUPPORT/AGREE, not CONSULT; Y right to omit CONSULT"),
38:(V("000000"),N(T),"Y","event: Castro stepping away to seek treatment is no REQUEST; X spurious"),
39:(V("111000"),V("111100"),"Y","target country: captives held in Ivory Coast, nationality not given; X NGA wrong; date Wednesday carried from another event doubtful in both"),
40:(V("111111"),V("110111"),"X","target country: Guantanamo ex-prisoner's country not given; Y RUS wrong"),
41:(V("000000"),V("000000"),"same","event: a court upholding settlement building is no THREATEN; spurious in both"),
42:(N(T),V("100101"),"X","type: 'may retaliate by imposing sanctions' is hypothetical SANCTION, not ASSAULT; Y also North empty country"),
43:(V("111100"),V("110100"),"X","target: 'concerned people' named, Y empty; date April 28 given, doc date wrong in both"),
44:(V("110000"),V("110000"),"same","source/target: Rebelo de Sousa is PRT (X empty, Y USA); signing date not Monday in both"),
45:(V("110111"),V("110101"),"X","date: toll of ongoing Gaza operation reported as news, document date; source Israel missing in both"),
46:(V("111101"),V("110101"),"X","source: De Hoop Scheffer (NATO) has no country; Y LBY wrong; date Monday/Tuesday missing in both"),
47:(V("110111"),V("111111"),"Y","source: De Hoop Scheffer (NATO) has no country; X LBY wrong"),
48:(N(F),V("111010"),"Y","event: pledge Russia will 'help' the militias is AID; Y modality should be future, target empty"),
49:(V("100000"),V("100000"),"same","type: political cover is SUPPORT not AID; target is NATO ('its intervention') not Kosovo; background date in both"),
50:(N(T),V("000000"),"X","event: receiving an email addressed to someone is no AGREE; Y spurious"),
51:(N(F),V("111011"),"Y","event: Congo's warning to New Zealand is THREATEN; Y target should be New Zealand, not Congo's parliament"),
52:(V("111111"),V("111101"),"X","date: 'been calling for years' (now met) is background, unknown right; Y document date"),
53:(V("111101"),V("111111"),"Y","date: toll since the 1970s is background, unknown right; X document date"),
54:(V("111111"),V("111101"),"X","date: 'have been torturing' ongoing, reported as news: document date; Y none"),
55:(V("100101"),V("100111"),"Y","target: refugees in China named, X empty; source Xi Jinping wrong in both (the Tibetan lawyers' official)"),
56:(V("110111"),V("110101"),"X","date: 'on Friday' = 2023-06-09, Y document date; source 'Indians' wrong in both (no attacker named)"),
57:(V("110011"),V("110011"),"same","target: civilians in northern Cameroon are CMR (X empty, Y USA); source U.S. helicopter missing in both"),
58:(V("111111"),V("111101"),"X","date: 'has been seeking' ongoing, document date; Y none"),
59:(V("111011"),V("111111"),"Y","target: clashes between police and protesting people, X empty"),
60:(V("000000"),N(T),"Y","event: Greece allowing refugees to cross is no ASSAULT; X spurious"),
61:(V("000000"),N(T),"Y","event: Netanyahu using his own army is no COOPERATE; X spurious"),
62:(V("000000"),N(T),"Y","event: labour inspections of hotels are no CONSULT (and source UK wrong); X spurious"),
63:(V("111111"),V("110111"),"X","source country: 'the military' is not identified; Y RWA not in the text"),
64:(V("111110"),V("111111"),"Y","modality: 'expected to start negotiating this week' is future; X asserted"),
65:(V("110011"),V("110001"),"X","date: curfews imposed weeks ago, unknown; Y gives Monday (the vow); target 'the country' (Jordan) empty in both"),
66:(V("111000"),V("111011"),"Y","modality/date: purpose clause 'so that Russia can ... support them' is hypothetical, undated; target 'them' not Ukraine in both"),
67:(V("111111"),V("111111"),"same","both: lawmaker killed today, all fields right"),
68:(V("111011"),V("111001"),"X","date: releases since 2015 are background, unknown; target country DOM wrong in both (people held for deportation)"),
69:(V("000000"),N(T),"Y","event: Luxembourg 'grappling with tensions' is no ASSAULT; X spurious"),
70:(V("111111"),V("111101"),"X","date: evacuations since January, Y gives Monday (statement date)"),
71:(V("110011"),V("110010"),"X","modality: 'allegedly sent' is reported, Y asserted; source militia members missing in both"),
72:(V("110001"),V("110011"),"Y","date: 'has been pressing for years' ongoing, document date; target FARC missing in both"),
73:(V("110111"),V("111111"),"Y","target: residents and refugees of East Jerusalem named, X empty"),
74:(V("110011"),V("110011"),"same","target: people (in Curacao) X empty, Y USA: wrong in both"),
75:(N(T),V("000000"),"X","event: a chamber president's remark is no THREATEN; Y spurious"),
}
out=[]
for n in range(1,76):
    x,y,b,r=J[n]
    out.append({"n":n,"X":x,"Y":y,"better":b,"reasons":r})
with open('../pairs-p2.jsonl','w') as f:
    for o in out: f.write(json.dumps(o)+"\n")
from collections import Counter
c=Counter(o['better'] for o in out)
ax=sum(1 for o in out if o['X'].get('all')); ay=sum(1 for o in out if o['Y'].get('all'))
nx=sum(1 for o in out if 'omit_right' in o['X']); ny=sum(1 for o in out if 'omit_right' in o['Y'])
ox=sum(1 for o in out if o['X'].get('omit_right')); oy=sum(1 for o in out if o['Y'].get('omit_right'))
print(len(out),c,"allX",ax,"allY",ay,"nullX",nx,ox,"nullY",ny,oy)
