"""Write paragraphs-b-verdicts.jsonl (the judge's coding of the 6 sampled lead paragraphs)."""
import json
P = {
 "h44-x171-17": ([], 0, "An election result announced by the commission is not a PLOVER act; the civil war five years ago is a background noun phrase. Nothing to code; dateline coded nothing."),
 "h44-x170-16": ([
   "AGREE: Barack Obama (USA) -> Gulf Arab allies (GCC states), pledge to stand by them against any external attack, 2015-05-14",
   "CONSULT: Barack Obama / United States (USA) <-> Gulf Arab allies (GCC states), Camp David summit, 2015-05-14",
   "REJECT: several Gulf kings (GCC states, e.g. SAU, BHR) -> Barack Obama (USA), chose to skip the summit (declined the invitation), before 2015-05-14 (no date)",
  ], 1, "Dateline found the pledge (AGREE, right type; its target is empty where the Gulf allies are named). The summit and the kings' staying away were missed."),
 "h44-x172-24": ([
   "MOBILIZE: China (CHN) -> Taiwan (TWN), 153 military aircraft and dozens of ships sent around Taiwan in war games, 2024-10-14",
   "THREATEN: China (CHN) -> Taiwan separatists (TWN), the drills called a 'stern warning' to separatists, 2024-10-14",
   "REJECT: President Lai Ching-te (TWN) -> China (CHN), pledged in his National Day speech to resist annexation, 2024-10-10",
  ], 1, "Dateline found the MOBILIZE (right in all fields); the warning and Lai's pledge to resist annexation were missed."),
 "h44-x171-13": ([
   "REJECT: main challenger Jean-Pierre Fabre (TGO opposition) -> electoral commission (TGO), rejected the count, 2010-03-06 (results announced Saturday; document date 2010-03-07 also acceptable)",
   "ACCUSE: Jean-Pierre Fabre (TGO opposition) -> Faure Gnassingbe / the authorities (TGO), said he had been robbed of victory, 2010-03-06",
  ], 0, "Gnassingbe winning the vote is not an act to code. Dateline coded no event in this paragraph (it coded Fabre's accusation only from paragraph 3)."),
 "h44-x172-04": ([
   "REJECT: U.S. Senate (USA LEG) -> Comprehensive Test Ban Treaty (no party; Clinton's treaty), voted to reject it, 1999-10-13",
   "REQUEST: allies (unspecified, no code) -> United States (USA), had urged Washington to lead the effort against proliferation, earlier (no date)",
  ], 0, "'Dealing Clinton a defeat' and 'dismaying allies' are effects, not further acts. Dateline coded no event in this paragraph."),
 "h44-x169-22": ([
   "REJECT: Georgia's parliament (GEO LEG) -> constitutional amendment / ruling party's promised reform, rejected the amendment, 2019-11-14",
   "AGREE: ruling party Georgian Dream (GEO PTY) -> public / opposition (GEO), promise of the proportional-system reform made in the summer, 2019 summer (June per paragraph 2)",
   "PROTEST: thousands of protesters (GEO) -> Georgian parliament / government (GEO), took to the streets of the capital, 2019-11-14",
  ], 1, "Dateline found the REJECT (source, date right; empty target acceptable). The summer promise (a dated background act) and the street protest were missed."),
}
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
tot = [0, 0, 0, 0]
with open('paragraphs-b-verdicts.jsonl', 'w') as f:
    for p in paras:
        ev, found, notes = P[p['doc']]
        n_dl = len(p['events'])
        rec = {"doc": p['doc'], "coder_events": ev, "found": found, "dateline_events": n_dl, "spurious": 0, "notes": notes}
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
        tot = [tot[0] + len(ev), tot[1] + found, tot[2] + n_dl, tot[3] + 0]
print(len(paras), 'paragraphs; coded acts, found, dateline events, spurious =', tot)
