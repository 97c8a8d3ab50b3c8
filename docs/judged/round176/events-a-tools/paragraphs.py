"""Write paragraphs-a-verdicts.jsonl (judge a, round 176). Run from round176/."""
import json
P = {
 "h65-x256-12": dict(
   coder_events=["SANCTION: Donald Trump (USA) -> Cuba (CUB; Cuban military-run firms), ordered new restrictions on Americans' travel to Cuba and on U.S. business with Cuban military companies, 2017-06-16"],
   found=0, spurious=0,
   notes="Dateline's one event (trigger 'ordered') is the right act, but it is typed REQUEST with the Cuban military as the one asked. Imposing restrictions that cut travel and trade is a SANCTION (reduce relations; CAMEO 163 would make it COERCE restrict), not a request, so it counts as not found with the right type. It is not spurious. Obama's background rapprochement is not coded."),
 "h65-x253-11": dict(
   coder_events=["RETREAT: Sigmundur David Gunnlaugsson (ISL) -> none, stepped aside as prime minister, 2016-04-05"],
   found=0, spurious=0,
   notes="Dateline found no event in the paragraph and missed the resignation (RETREAT resign, the Tuesday before the Wednesday report)."),
 "h65-x253-25": dict(
   coder_events=["CONSULT: Vladimir Putin (RUS) -> Ilham Aliyev (AZE), talks in Dushanbe at which Putin told Aliyev of Russia's role, 2025-10-09",
                 "ASSAULT: Russian air defence (RUS) -> Azerbaijan Airlines passenger jet (AZE), missiles exploded close to the jet, which crashed, 2024-12 (Dec. 25 in the story)"],
   found=0, spurious=0,
   notes="Dateline found no event in the paragraph. The admission itself is a statement with no PLOVER type. The meeting is plain from 'told ... on Thursday' and the story's next sentence, and the missile strike is a reported past act. Modality: asserted, reported by Putin."),
 "h65-x255-15": dict(
   coder_events=["SUPPORT: UN General Assembly (UN) -> Kenya (KEN), elected Kenya to a Security Council seat in a second round of voting, 2020-06-18"],
   found=0, spurious=0,
   notes="Dateline found no event. Election by the General Assembly is approval of an actor (SUPPORT). Some coders would leave an election uncoded, and 'ending a contest with Djibouti' is no separate act."),
 "h65-x256-20": dict(
   coder_events=["SUPPORT: Japan's parliament (JPN) -> Fumio Kishida (JPN), elected him prime minister, 2021-10-04"],
   found=0, spurious=0,
   notes="Dateline found no event. The parliamentary election of a prime minister is approval of an actor (SUPPORT). His signal that he would call a general election is a domestic procedural announcement with no PLOVER type and is not coded. Some coders would code nothing here."),
 "h65-x253-07": dict(
   coder_events=["ACCUSE: UN General Assembly (UN) -> Russia (RUS), passed a resolution declaring the Crimea referendum invalid, 2014-03-27"],
   found=0, spurious=0,
   notes="Dateline found no event. The resolution rejects the referendum that joined Crimea to Russia and is a rebuke to Moscow, so I code ACCUSE (disapprove); REJECT would also do. Crimea's vote to join Russia is background and is not an act between actors."),
}
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
with open('paragraphs-a-verdicts.jsonl', 'w') as out:
    for p in paras:
        d = P[p['doc']]
        o = {"doc": p['doc'], "coder_events": d['coder_events'], "found": d['found'],
             "dateline_events": len(p['events']), "spurious": d['spurious'], "notes": d['notes']}
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(paras))
