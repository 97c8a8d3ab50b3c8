"""Write paragraphs-c-verdicts.jsonl from judge c's hand coding of the six lead paragraphs, then check it."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h55-x213-07": (
    ["ASSAULT: suicide bomber (no code; unnamed) -> military hospital in Mozdok / at least 35 people (RUS), truck bomb, 2003-08-01"],
    0, 0,
    "One act, the truck bombing (Friday evening = 2003-08-01); dateline coded nothing in the lead. 'Officials said ... warning that the toll could rise' is no political act."),
 "h55-x216-18": (
    ["SANCTION: Mexico (MEX) -> North Korea's ambassador Kim Hyong Gil (PRK), ordered to leave / declared persona non grata, 2017-09-07"],
    1, 0,
    "Dateline found the expulsion (SANCTION, right type and arguments, Thursday 2017-09-07). The nuclear test and missile launches are the cause named in a noun phrase; they are coded from their own sentence later in the story (dateline's MOBILIZE e2), not counted here."),
 "h55-x214-04": (
    ["REQUEST: Switzerland (CHE) -> Israel (ISR), demanded an explanation, 1998-02-27",
     "COERCE: Swiss police (CHE) -> team of suspected Mossad agents (ISR), caught planting listening devices, before 1998-02-27 (Feb. 19 per the next paragraph)"],
    1, 0,
    "Dateline found the demand (REQUEST, right arguments, Friday 1998-02-27) but not the police catching the agents (it codes only the later 'One man was arrested' sentence)."),
 "h55-x214-13": (
    ["SUPPORT: Norwegian Nobel Committee (NOR; not named in the lead) -> Tawakkol Karman (YEM), Ellen Johnson Sirleaf (LBR), Leymah Gbowee (LBR), awarded the Nobel Peace Prize, 2011-10-07"],
    0, 0,
    "The award is the one act (the awarding committee is named only in the next paragraph, so a lead-only coder may leave the source empty). 'The protests against President Saleh' is an appositive description of Karman's role, not coded as a separate act here. Dateline coded nothing."),
 "h55-x213-25": (
    ["SANCTION: Poland (POL; Sikorski) -> Russia (RUS), will close the Russian consulate in Krakow, future, announced 2025-05-12",
     "ACCUSE: Polish investigators (POL) -> Russian intelligence services (RUS), concluded they ordered the arson, before 2025-05-12",
     "ASSAULT: Russian intelligence services (RUS) -> Warsaw shopping centre (POL), ordered a fire that destroyed it, 2024 (reported, inside the investigators' finding)"],
    0, 0,
    "Three acts, none found by dateline (it codes nothing in the lead, and its three events later in the story are other acts)."),
 "h55-x214-01": (
    ["RETREAT: Bahraini authorities (BHR) -> Sheikh Abdul Amir al-Jamri and scores of other detainees (BHR), released, 1995-09-25"],
    0, 0,
    "The release on Monday (1995-09-25) is the act; 'nine months of unrest' is a topic with no act. Dateline coded nothing in the lead."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
assert [p["doc"] for p in paras] and set(P) == {p["doc"] for p in paras}
with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as fh:
    for p in paras:
        ev, found, spurious, notes = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": ev, "found": found,
               "dateline_events": len(p["events"]), "spurious": spurious, "notes": notes}
        assert found <= len(ev) and spurious <= rec["dateline_events"]
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
back = [json.loads(l) for l in open(HERE / "paragraphs-c-verdicts.jsonl")]
assert len(back) == 6
print({k: sum(len(b["coder_events"]) if k == "coder_events" else b[k] for b in back)
       for k in ("coder_events", "found", "dateline_events", "spurious")})
