"""Write paragraphs-d-verdicts.jsonl (judge d, round 88)."""
import json
P = {
 "h21-x79-14": ([], 0, 0,
   "An election result (Congress wins, Singh gets a second term) is no PLOVER act between political actors; nothing to code, dateline coded nothing."),
 "h21-x79-05": ([], 0, 0,
   "The government losing a confidence vote is a legislative outcome reported with the government as subject; not coded (borderline: a coder could read it as the Lok Sabha rejecting the government). Dateline coded nothing."),
 "h21-x77-14": ([
   "CONSULT: Serbia (SRB) <-> Kosovo (XKX), first direct negotiations in Brussels, 2011-03-08/09",
   "CONSULT (mediate): European Union (EU) -> Serbia (SRB) and Kosovo (XKX), mediation of the talks, 2011-03-08/09",
  ], 1, 1,
   "Dateline found the Serbia-Kosovo talks (CONSULT, right in all fields) but not the EU mediation (CAMEO 045). Kosovo's 2008 declaration of independence is background with no PLOVER type; not coded."),
 "h21-x80-17": ([
   "SANCTION/COERCE: South Korean parliament (KOR) -> President Park Geun-hye (KOR), voted to impeach her and strip her of her powers, 2016-12-09",
  ], 0, 0,
   "The impeachment vote is an act of the legislature against the president; dateline coded nothing in the paragraph."),
 "h21-x78-03": ([
   "ASSAULT: unnamed attackers (Hezbollah/Amal per later paragraphs) -> Israeli naval commandos (ISR), ambush killing twelve, overnight 1997-09-04/05",
   "ASSAULT: Israeli naval commandos (ISR) -> Lebanon (LBN), raid on the south Lebanese coast, overnight 1997-09-04/05",
  ], 1, 1,
   "Dateline's one event is the killing of the commandos (ASSAULT, empty source, reported by the Israeli army): right. The Israeli raid itself was not coded."),
 "h21-x79-12": ([
   "COOPERATE: Nepal's former Maoist rebels (NPL) -> interim government of Nepal (NPL), joined the government taking five cabinet posts, 2007-04-01",
   "AGREE: Maoist rebels (NPL) <-> Nepal government (NPL), signed the peace deal ending the insurgency, less than five months earlier (late 2006)",
  ], 0, 0,
   "Dateline coded nothing. The 13,000 killed over the decade-long insurgency is a summed total with no parties or date; not counted."),
}
docs = [json.loads(l)["doc"] for l in open("paragraphs-d.jsonl")]
paras = {json.loads(l)["doc"]: json.loads(l) for l in open("paragraphs-d.jsonl")}
tot = [0, 0, 0, 0]
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for d in docs:
        ev, found, n_dl, notes = P[d]
        assert n_dl == len(paras[d]["events"])
        spur = 0
        rec = {"doc": d, "coder_events": ev, "found": found, "dateline_events": n_dl,
               "spurious": spur, "notes": notes}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot = [tot[0] + len(ev), tot[1] + found, tot[2] + n_dl, tot[3] + spur]
print("coded, found, dateline, spurious:", tot)
