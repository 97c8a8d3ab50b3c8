# Writes paragraphs-c-verdicts.jsonl (judge c, round 73).
import json
P = {
 "h14-x52-19": dict(coder_events=[], found=0, spurious=0,
   notes="An election result is no PLOVER act; 'months of anti-government protests' is the topic of the government's handling (background, no act reported), so nothing to code. Dateline found no event here, which is right."),
 "h14-x50-07": dict(coder_events=["ASSAULT: United States (USA) -> senior al Qaeda operative (al-Harethi, in the car), Predator drone missile destroyed the car and killed him, 2002-11-03 (the strike 'on Sunday' per the next sentence)"],
   found=1, spurious=0,
   notes="Dateline's ASSAULT has the right type but target Yemen (should be the al Qaeda operative) and date 2002-11-05 (should be Sunday 2002-11-03). The 2000 USS Cole attack is a background description of the man, not coded."),
 "h14-x52-09": dict(coder_events=[], found=0, spurious=0,
   notes="Winning an election and defeating Labor are no PLOVER acts; 'brushing aside criticism over his support for the war' is a description of the campaign, not a reported act of rejection or accusation. Nothing to code; dateline found nothing."),
 "h14-x49-07": dict(coder_events=["SUPPORT: George W. Bush (USA) <-> Vladimir Putin (RUS), signed the strategic nuclear reductions treaty in the Kremlin, 2002-05-24"],
   found=1, spurious=0,
   notes="Dateline's SUPPORT (sign agreement) is right in all fields (mutual). The commitment to cut warheads is the treaty's content, the same act."),
 "h14-x51-19": dict(coder_events=["SUPPORT: India (IND) <-> Bangladesh (BGD), exchanged the instruments ratifying the 1974 land border agreement, 2015-06-06"],
   found=0, spurious=0,
   notes="Dateline missed the ratification exchange (finalising an agreement is SUPPORT)."),
 "h14-x50-19": dict(coder_events=["PROTEST: Arab lawmakers (ISR) -> Israeli government / Knesset (ISR), tore up copies of the nation-state bill in the chamber, 2018-07-19",
                                 "ACCUSE: Arab lawmakers (ISR) -> Israeli government (ISR), accused it of legalising discrimination, 2018-07-19"],
   found=0, spurious=0,
   notes="The Knesset passing a domestic law is no PLOVER act between actors. Dateline found nothing in this paragraph (its only event in the story is in paragraph 2)."),
}
out = []
for line in open('paragraphs-c.jsonl'):
    p = json.loads(line)
    v = P[p['doc']]
    out.append({"doc": p['doc'], "coder_events": v['coder_events'], "found": v['found'],
                "dateline_events": len(p['events']), "spurious": v['spurious'], "notes": v['notes']})
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(out), 'paragraphs; coded', sum(len(o['coder_events']) for o in out), 'found', sum(o['found'] for o in out),
      'dateline', sum(o['dateline_events'] for o in out), 'spurious', sum(o['spurious'] for o in out))
