import json
P=json.load(open('/tmp/j4q/paras.json'))
G={ # gold attributions a coder would mark, and what dateline did
3:[{"gold":"Roche (his email): \"I love Ya, Big Guy. Give it to the Blue Eyed Arabs of the North ...\"","found":True,"by":"q8","note":"speaker 'An additional email by Roche', cue 'saying', direct, document; the quote starts in the previous line"}],
7:[{"gold":"President Bush | proposed | a $145 billion stimulus plan to encourage more consumer spending","found":True,"by":"q2"}],
9:[{"gold":"Darleen Druyun (email, colon transcript) | : | \"I read with disgust the article ... his day of reckoning will come hopefully.\"","found":False,"note":"colon-introduced email transcript with no cue verb not extracted (same for the Roche lines around it)"}],
10:[{"gold":"They | said | it was Jobs, not Papermaster, who made the decision ...","found":True,"by":"q9"}],
11:[{"gold":"He (Henderson) | emphasized | \"GM remains open for business\" during the bankruptcy period, ... and that day one motions had been filed ...","found":True,"by":"q7"}],
14:[{"gold":"Steve Jobs | said | \"We are going to demote the PC ... into the cloud\"","found":True,"by":"q10"}],
15:[{"gold":"Fritz Meyer, the senior market strategist for Invesco AIM | said | \"Many investors simply can't contemplate ...\"","found":True,"by":"q3"}],
19:[{"gold":"Uralsib analyst Chris Weafer | said | \"It took too long for the money to get into the system\" + (next line) \"They were afraid of panic selling ...\" (one quote, two parts)","found":"partial","by":"q2","note":"q2 has speaker and a cue ('commenting' instead of 'said') but its content is only the next line's piece; the piece in this paragraph is in no quote"}],
}
with open('/work/wt/j4-quotes/docs/judged/round4/quotes_recall.jsonl','w') as f:
    for i,p in enumerate(P):
        o={'n':i,'doc':p['doc'],'start':p['start'],'end':p['end'],'paragraph':p['paragraph'],'gold':G.get(i,[]),'pred':p['pred'],
           'spurious':0}
        f.write(json.dumps(o,ensure_ascii=False)+'\n')
g=sum(len(v) for v in G.values()); full=sum(1 for v in G.values() for x in v if x['found'] is True); part=sum(1 for v in G.values() for x in v if x['found']=='partial')
print(g,full,part)
