"""Write paragraphs-d-verdicts.jsonl (judge d's recall coding of the six lead paragraphs)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h44-x169-06": dict(coder_events=[
    "PROTEST: main opposition parties (BLR) -> Belarus government (BLR), boycotted the parliamentary election, 2000-10-15",
    "REJECT: Western governments (none) -> Belarus government (BLR), refused to observe the election in full, 2000-10-15",
    "ACCUSE: Western governments (none) -> Alexander Lukashenko (BLR), said he failed to meet minimal conditions for a fair contest, 2000-10-15"],
    found=0, spurious=0,
    notes="Holding the election is not an event. Dateline found none of the three acts in the lead (the boycott, the refusal to observe and the criticism)."),
 "h44-x172-11": dict(coder_events=[
    "SUPPORT: Ecuadorean voters (ECU) -> none, approved the new constitution in a referendum, 2008-09-28"],
    found=0, spurious=0,
    notes="The constitution's provisions (bans foreign bases, allows Correa two more terms) are contents of the charter, not acts. The voters' approval is a borderline act; dateline coded none."),
 "h44-x171-07": dict(coder_events=[
    "ACCUSE: human rights groups and local politicians (NGA) -> Nigerian soldiers (NGA), accused them of killing civilians, 2001-10-30",
    "ASSAULT: Nigerian soldiers (NGA) -> civilians in Benue state (NGA), killing scores, possibly hundreds, last week, 2001-W43 (reported)",
    "ASSAULT: unnamed attackers -> 19 soldiers (NGA), murdered earlier this month, 2001-10"],
    found=2, spurious=0,
    notes="Dateline's e1 (ACCUSE) and e2 (ASSAULT, reported, 2001-W43) are both right; it missed the murder of the 19 soldiers."),
 "h44-x171-24": dict(coder_events=[],
    found=0, spurious=0,
    notes="A military plane crash that killed the vice president is an accident, not an act between political actors; Chakwera's announcement is no PLOVER event. Nothing to code, and dateline coded nothing."),
 "h44-x170-14": dict(coder_events=[
    "SUPPORT: UNESCO (IGO) -> Palestine (PSE), voted to admit Palestine as a full member, 2011-10-31",
    "SANCTION: United States (USA) -> UNESCO (IGO), halted its funding of the organisation, 2011-10-31"],
    found=0, spurious=0,
    notes="Dateline coded neither the admission vote nor the US funding cut in the lead."),
 "h44-x172-10": dict(coder_events=[
    "SANCTION: Chen Shui-bian (TWN) -> China (CHN), announced the unification council would cease to function, 2006-02-27",
    "ACCUSE: China government (CHN) -> Chen Shui-bian (TWN), furious response to the move, 2006-02-27"],
    found=0, spurious=0,
    notes="Washington's 'cautious' response has no codable type. Chen's shelving of the unification council is a borderline SANCTION (reducing cross-strait ties). Dateline coded nothing in the lead."),
}
rows = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
assert len(rows) == 6
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as out:
    for r in rows:
        p = P[r["doc"]]
        rec = {"doc": r["doc"], "coder_events": p["coder_events"], "found": p["found"],
               "dateline_events": len(r["events"]), "spurious": p["spurious"], "notes": p["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
tot = lambda k: sum((len(P[r["doc"]]["coder_events"]) if k == "coded" else (len(r["events"]) if k == "dateline_events" else P[r["doc"]][k])) for r in rows)
print({k: tot(k) for k in ("coded", "found", "dateline_events", "spurious")})
