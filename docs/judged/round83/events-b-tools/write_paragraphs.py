"""Write paragraphs-b-verdicts.jsonl (the judge's coding of the six first paragraphs).

usage (from docs/judged/round83): python3 events-b-tools/write_paragraphs.py
"""
import json

P = {
 "h19-x70-20": dict(
    coder_events=[
      "ASSAULT: Southern Yemeni separatists / STC forces (YEM) -> Aden, presidential palace and government camps (Yemen government, YEM), took control of the interim capital, 2019-08-10",
      "ASSAULT: Southern Yemeni separatists (YEM) <-> forces loyal to President Hadi (YEM), four days of fighting, 2019-08-07..10",
    ],
    found=1, spurious=0,
    notes="e1 'took' ASSAULT is the seizure (right type; its target is empty where the Hadi government would fit). The four days of fighting with Hadi's forces are not coded separately."),
 "h19-x69-06": dict(
    coder_events=[],
    found=0, spurious=0,
    notes="An election result (DOS sweeps the vote, Socialists lose their foothold) is no PLOVER act between actors; nothing to code, and dateline coded nothing."),
 "h19-x70-10": dict(
    coder_events=[
      "PROTEST riot: Syrian protesters (SYR) -> Danish and Norwegian embassies (DNK, NOR), stormed and set fire to the embassies in Damascus, 2006-02-04",
      "REQUEST: Denmark (DNK) -> Danish citizens (DNK), urged its citizens to leave Syria, 2006-02-04",
    ],
    found=1, spurious=0,
    notes="e1 'stormed' is the right act but typed ASSAULT; a crowd burning embassies is a violent protest (PROTEST riot), so it is not counted as found (same event as item 34). e2 'urge' REQUEST is right."),
 "h19-x72-02": dict(
    coder_events=[
      "CONCEDE: King Norodom Sihanouk (KHM) -> Ieng Sary (KHM), granted a royal amnesty lifting his death sentence and shielding him from prosecution (ease of legal sanctions, CAMEO 081), 1996-09-14 (decree signed Saturday)",
      "SANCTION: Ieng Sary (KHM) -> Khmer Rouge (KHM), broke with the guerrilla movement, 1996-08",
    ],
    found=0, spurious=0,
    notes="e1 'granted' is the amnesty but typed SUPPORT (verbal support); an amnesty eases legal sanctions (CONCEDE; RETREAT would also be closer than SUPPORT). Its target is empty where Ieng Sary is named. Ieng Sary's break with the Khmer Rouge is not coded."),
 "h19-x72-03": dict(
    coder_events=[
      "AGREE: IMF (IGO) -> Indonesia (IDN), unveiled a rescue package of at least $23 billion (a pledge of loans, AGREE by the offer/pledge rule), 1997-10-31",
      "AGREE: Indonesian government (IDN) -> IMF, said it would close 16 insolvent banks as part of the deal, 1997-10-31",
    ],
    found=0, spurious=0,
    notes="e1 'unveiled' is the rescue package but typed AID; by the conventions (wave 76) a package of loans announced, not yet disbursed, is a pledge, AGREE. Borderline: a coder following ICEWS practice might accept AID. Jakarta's commitment to close banks is not coded."),
 "h19-x69-21": dict(
    coder_events=[
      "ASSAULT: Armenia (ARM) <-> Azerbaijan (AZE), third day of border fighting killing a major general and a colonel, 2020-07-14 (Tuesday)",
    ],
    found=0, spurious=0,
    notes="dateline coded nothing in this lead: the fighting (with the deaths of the two officers) is missed."),
}

paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert [p["doc"] for p in paras] == list(P) or sorted(p["doc"] for p in paras) == sorted(P)
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for p in paras:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
tot = lambda k: sum((len(P[p["doc"]]["coder_events"]) if k == "coded" else (len(p["events"]) if k == "dateline_events" else P[p["doc"]][k])) for p in paras)
print({k: tot(k) for k in ["coded", "found", "dateline_events", "spurious"]})
