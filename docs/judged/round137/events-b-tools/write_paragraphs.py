"""Write paragraphs-b-verdicts.jsonl (judge b's recall coding of the 6 first paragraphs)."""
import json
P = {
 'h46-x177-23': dict(
   coder_events=[
     "CONSULT: European leaders (--) -> Moldova (MDA), nearly 50 leaders meet at the European Political Community summit in Moldova, 2023-06-01",
     "SUPPORT: European leaders (--) -> Moldova (MDA) and Ukraine (UKR), show of support, 2023-06-01",
     "REQUEST: Volodymyr Zelenskiy (UKR) -> NATO (NATO), press for a clear timeline for NATO membership, 2023-06-01",
   ], found=2, dateline_events=2, spurious=0,
   notes="Dateline found the summit (CONSULT multilateral, though with Zelenskiy as its only party rather than the European leaders) and Zelenskiy's REQUEST to NATO; it missed the leaders' show of support (SUPPORT)."),
 'h46-x180-17': dict(
   coder_events=[
     "AGREE: Barack Obama (USA) <-> Xi Jinping (CHN), agree neither government will conduct or support cyber theft of trade secrets, 2015-09-25",
   ], found=1, dateline_events=1, spurious=0,
   notes="Mutual AGREE found with both leaders and Friday 2015-09-25; Obama's remark on how the pledge will be judged is not a separate act."),
 'h46-x177-01': dict(
   coder_events=[
     "ACCUSE: U.N. war crimes tribunal for the former Yugoslavia (--/IGO) -> Radovan Karadzic and Ratko Mladic (Bosnian Serb, BIH), indictment for genocide and crimes against humanity, 1995-07-25",
   ], found=1, dateline_events=1, spurious=0,
   notes="Found (ACCUSE allege, Tuesday 1995-07-25); 'the most senior figures yet accused' restates the same indictment."),
 'h46-x178-03': dict(
   coder_events=[
     "CONSULT: Madeleine Albright (USA) -> Israeli and Palestinian leaders (ISR, PSE), two days of talks in London ending 1998-05-05",
     "REJECT: Benjamin Netanyahu (ISR) -> United States (USA), refused to accept the U.S. proposal for a further troop withdrawal, 1998-05-05",
   ], found=1, dateline_events=1, spurious=0,
   notes="Dateline found the REJECT; it missed the London talks (CONSULT) in this sentence (the meeting is coded only from the next paragraph's 'met')."),
 'h46-x180-01': dict(
   coder_events=[
     "REJECT: China (CHN) -> Dalai Lama (Tibetan exile leader, CHN/REL), brushed aside the Dalai Lama's candidate by naming its own Panchen Lama, 1995-11-29",
   ], found=0, dateline_events=0, spurious=0,
   notes="Naming the boy is an appointment, not an interaction event, but setting aside the Dalai Lama's chosen candidate is a rejection (the headline says so); dateline coded nothing."),
 'h46-x177-03': dict(
   coder_events=[
     "RETREAT: United Nations transitional administration (UNTAES, --/IGO) -> Croatia (HRV), U.N. administration of eastern Slavonia ends and control returns to Croatia, 1998-01-15",
     "ASSAULT: Serb forces (Croatian Serb rebels) -> Croatia (HRV), territory seized in the 1991 war, 1991",
   ], found=0, dateline_events=0, spurious=0,
   notes="Handover of the region by the U.N. administration (RETREAT, return of territory) and the background 1991 seizure (ASSAULT by the convention on seizing ground); dateline coded nothing."),
}
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for p in paras:
        d = P[p['doc']]
        assert d['dateline_events'] == len(p['events'])
        out.write(json.dumps(dict(doc=p['doc'], **d), ensure_ascii=False) + '\n')
