"""Write paragraphs-b-verdicts.jsonl (judge b, round 105)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h30-x115-25": dict(coder_events=[
   "CONCEDE: Lazarus Chakwera (MWI) -> Peter Mutharika (MWI), conceded defeat in the presidential election, 2025-09-24"],
   found=1, spurious=0,
   notes="Mutharika winning the election and the commission announcing it are not PLOVER acts. Dateline's CONCEDE (empty target, 2025-09-24) matches; the story says he conceded hours before the Wednesday announcement."),
 "h30-x115-09": dict(coder_events=[
   "ASSAULT: Royal Bhutan Army (BTN) -> Indian separatist rebels (ULFA, NDFB, KLO; IND), launched military operation against their camps, 2003-12-15 (Monday, per the next sentence)"],
   found=1, spurious=0,
   notes="'years of failed efforts to persuade the guerrillas to leave' is background with no date and no single act; not listed. Dateline's ASSAULT found (its date is the report day 2003-12-16)."),
 "h30-x115-12": dict(coder_events=[
   "ASSAULT: Sri Lankan troops (LKA) -> Tamil Tiger rebels (LTTE, LKA), captured Thoppigala, the last major rebel base in the east (driving the rebels out of the Eastern Province), 2007-07-11"],
   found=0, spurious=0,
   notes="Seizing ground by armed forces is ASSAULT (wave-30 rule). 'driven out of the entire Eastern Province after more than a year of fighting' is the result of the same offensive and is not listed again. Dateline coded no event in this paragraph."),
 "h30-x114-11": dict(coder_events=[
   "PROTEST (boycott): Egyptian opposition (EGY) -> Egyptian government (EGY), boycotted the constitutional referendum, 2007-03-26"],
   found=0, spurious=0,
   notes="Voters approving the amendments and the minister announcing the result are not PLOVER acts. Dateline coded no event in this paragraph."),
 "h30-x115-23": dict(coder_events=[
   "COERCE: President Umaro Sissoco Embalo (GNB) -> opposition-controlled parliament (GNB), dissolved parliament, 2023-12-04",
   "ACCUSE: Umaro Sissoco Embalo (GNB) -> figures in the legislature (GNB), alleged they backed an attempted coup, 2023-12-04"],
   found=0, spurious=0,
   notes="'a night of gunfire in the capital last week' names no parties in this paragraph; not listed (the next paragraphs give the fighting). Dateline coded no event in this paragraph."),
 "h30-x115-13": dict(coder_events=[
   "RETREAT (return): Nigeria (NGA) -> Cameroon (CMR), formally handed over the Bakassi peninsula, 2008-08-14",
   "REQUEST (order): International Court of Justice (no country) -> Nigeria (NGA), ordered the transfer of Bakassi to Cameroon, 2002 (six years ago)"],
   found=0, spurious=0,
   notes="The ICJ order is a dated background act; a coder who skips background acts would list only the handover. 'brought the two neighbours to the brink of war' is not an act. Dateline coded no event in this paragraph."),
}
out = []
for l in open(os.path.join(ROOT, "paragraphs-b.jsonl")):
    p = json.loads(l)
    d = P[p["doc"]]
    out.append({"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
                "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]})
with open(os.path.join(ROOT, "paragraphs-b-verdicts.jsonl"), "w") as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print("acts", sum(len(o["coder_events"]) for o in out), "found", sum(o["found"] for o in out),
      "dateline", sum(o["dateline_events"] for o in out), "spurious", sum(o["spurious"] for o in out))
