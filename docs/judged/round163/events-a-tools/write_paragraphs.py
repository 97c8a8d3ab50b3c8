"""Write paragraphs-a-verdicts.jsonl (dateline events per paragraph counted by events-a-tools/para_events.py: none)."""
import json
P = {
 "h58-x228-05": ([
   "AGREE: Bill Clinton (USA) -> Argentina (ARG), promises to designate Argentina a major non-NATO ally, 1997-10-16",
  ], "Dateline has no event in this paragraph (its first event is the praise in paragraph 2). The neighbours' 'raised eyebrows' is too vague to code."),
 "h58-x225-02": ([
   "SUPPORT: Mate Granic (HRV) -> Council of Europe (COE), signs the founding statute / Croatia joins as 40th member, 1996-11-06",
   "SANCTION: Council of Europe (COE) -> Croatia (HRV), six-month delay imposed on its admission, 1996-05",
  ], "Dateline has no event in the paragraph. Doubts about Tudjman's respect for democracy are a motive, not a separate act."),
 "h58-x228-07": ([
   "COERCE: police (MMR) -> Aung San Suu Kyi (MMR), blocked her from travelling to meet supporters, 1998-08-12",
   "PROTEST: Aung San Suu Kyi (MMR) -> Myanmar government (MMR), 13-day roadside standoff refusing to leave her car, 1998-08-12 to 1998-08-24",
  ], "Dateline has no event in the paragraph. 'Has been driven back' names no agent (the government says she returned of her own accord), so it is not coded."),
 "h58-x226-09": ([
   "AGREE: Libya (LBY) -> Lockerbie victims' families (no code), offers to pay $2.7 billion compensation, 2002-05-28",
   "ASSAULT: unnamed (no code) -> Pan Am airliner / 270 people (no code), 1988 bombing over Lockerbie, 1988",
  ], "Dateline has no event in the paragraph (it found only the per-family receipt in paragraph 2, as AID). Lifting the sanctions is a condition (hypothetical), not coded."),
 "h58-x228-23": ([
   "SUPPORT: Governor General Michaelle Jean (CAN) -> Stephen Harper (CAN), grants permission to suspend (prorogue) parliament, 2008-12-04",
  ], "Dateline has no event in the paragraph. Harper's request is only implied by 'won permission'. The suspension of parliament itself could be coded too (COERCE restrict, Harper -> parliament), but it is counted as the same act here."),
 "h58-x225-18": ([], "An election result: no act between political actors. Dateline has no event either."),
}
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
with open('paragraphs-a-verdicts.jsonl','w') as f:
    for p in paras:
        ev,notes=P[p['doc']]
        f.write(json.dumps({'doc':p['doc'],'coder_events':ev,'found':0,'dateline_events':0,'spurious':0,'notes':notes}, ensure_ascii=False)+'\n')
