import json
SEED=20261202
items=json.load(open('/tmp/j4q/sample.json'))
F=['speaker','cue','content','kind','cue_class']
W={
7:{'content':"runs on into the coordinated 'but did not say whether he decided to leave or was forced out', which is not what Apple confirmed"},
8:{'speaker':"the words are the 'Senate aide''s; GovExec.com only reports them (nested source), and the actor is unresolved"},
9:{'speaker':"resolved to Kirk Kerkorian; the speaker is his unnamed aide",
   'content':"cut after the first conjunct: leaves out 'cut executive pay and sell Saab'"},
10:{'content':"runs on into a separate main clause 'and the White House signaled on Tuesday that ...' (another attribution)"},
21:{'speaker':"span takes in 'both' and resolves to The New York Times alone; the Associated Press is a co-source"},
27:{'content':"joins two quoted fragments of two different sentences: 'four core brands\", and will size ... He stated that GM would offer a \"deferred termination'",
    'kind':"direct; the attribution is 'he expected [the New GM] to focus on \"four core brands\"', i.e. mixed"},
28:{'content':"'a re': cut at the hyphen of 're-run' (should be 'a re-run of the bidding for the U.S. Air Force $40 billion tanker contract')"},
35:{'speaker':"'banners' with no actor; the demand is the demonstrators' (a coder would give the demonstrators or not mark this participle)"},
41:{'speaker':"'the organizers' (of an opposition protest) resolved to 'Russia government'"},
44:{'speaker':"'trade with Fiji, trade with Vanuatu' (words inside the quote) resolved to Fiji; the speaker is Bora",
    'content':"only the second piece; the first piece '\"This is something from which we can benefit ...\" Bora explained' is not extracted at all; should be one quote with two parts"},
46:{'speaker':"'South Africa' (subject of the first conjunct); the speaker is 'a senior member of the governing African National Congress'"},
49:{'cue_class':"a sign is written text: document, not speech"},
}
NOTES={37:"document source 'a report' left unresolved to the agency that released it (counted right: the house convention makes the document the source)",
 58:"document source 'the statement', actor null (counted right)",
 43:"nested attribution inside James Letten's statement; counted right",
 53:"nested 'I can tell you that' inside Tshisekedi's direct quote; counted right",
 52:"JAMA is the Sierra Leone Joint Agency (not the journal); speaker right, but its actor kind is 'person'",
 5:"nested 'an anonymous individual ... claimed' inside the NYT attribution; this outer one is right",
 50:"content contiguous span carries the adjunct 'on Saturday'; counted right",
 19:"content is the NP object of 'announced'; counted right",
}
out=[]
for i,it in enumerate(items):
    w=W.get(i,{})
    v={f:(f not in w) for f in F}; v['all']=all(v.values())
    out.append({'n':i,'corpus':it['corpus'],'doc':it['doc'],'quote':it['qid'],'sentence':it['paragraph'],'pred':it['pred'],
                'verdict':v,'reasons':w,**({'note':NOTES[i]} if i in NOTES else {})})
with open('/work/wt/j4-quotes/docs/judged/round4/quotes.jsonl','w') as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
def tab(sub,label):
    n=len(sub); row=[label,str(n)]
    for f in F+['all']:
        k=sum(o['verdict'][f] for o in sub); row.append(f"{k}/{n} ({100*k/n:.0f}%)")
    return '| '+' | '.join(row)+' |'
print('| corpus | n | speaker | cue | content | kind | cue_class | all right |')
print('|---|---|---|---|---|---|---|---|')
for c in ['meantime','stories']: print(tab([o for o in out if o['corpus']==c],c))
print(tab(out,'**all**'))
