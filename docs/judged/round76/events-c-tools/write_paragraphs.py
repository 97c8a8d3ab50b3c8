"""Write paragraphs-c-verdicts.jsonl (the judge's coding of the 6 first paragraphs)."""
import json
P = {
 "h15-x53-05": dict(coder_events=[
    "ASSAULT: unknown abductors () -> Ivan Stambolic (SRB), kidnapped (the family's belief, reported), 2000-08-25"],
    found=1, spurious=0,
    notes="dateline's ASSAULT/abduct is the one act; its date (the Sunday of the report) and asserted modality are off, but the type is right."),
 "h15-x55-03": dict(coder_events=[], found=0, spurious=0,
    notes="A swearing-in and the end of a political crisis: no PLOVER act between actors."),
 "h15-x55-07": dict(coder_events=[
    "COERCE: Pervez Musharraf (PAK) -> two militant groups (PAK), banned, 2002-01-12 (Saturday-night address)",
    "ACCUSE: India (IND) -> the two militant groups (PAK), blamed for the parliament attack, no date given",
    "AGREE: Pervez Musharraf (PAK) -> none, vowed no organisation would wage terrorism from Pakistani soil, 2002-01-12",
    "ASSAULT: militants () -> Indian parliament (IND), last month's attack, 2001-12"],
    found=2, spurious=0,
    notes="dateline found the ban and India's blame; it missed the vow (a pledge, AGREE) and the background attack on the parliament."),
 "h15-x53-23": dict(coder_events=[
    "SANCTION: Robert Fico (SVK) -> Ukraine (UKR), promised to stop sending arms, campaign promise (future), no date"],
    found=0, spurious=0,
    notes="Winning an election is not an event; Fico's promise to stop arms to Ukraine is a promised withdrawal of aid (SANCTION, future; a coder could also use THREATEN). dateline has nothing here."),
 "h15-x54-14": dict(coder_events=[
    "ACCUSE: International Criminal Court () -> Omar al-Bashir (SDN), international arrest warrant, background (2009 per the story)"],
    found=0, spurious=0,
    notes="Re-election and the announcement are not events; the 1989 coup is only a background noun with no actors and I leave it out. The warrant is coded by dateline later in the story (its sentence), not in this paragraph."),
 "h15-x54-05": dict(coder_events=[], found=0, spurious=0,
    notes="An election win announced by the commission: no PLOVER act."),
}
rows = [json.loads(l) for l in open("paragraphs-c.jsonl")]
assert [r["doc"] for r in rows] and set(P) == {r["doc"] for r in rows}
with open("paragraphs-c-verdicts.jsonl", "w") as f:
    tot = dict(coded=0, found=0, dateline=0, spurious=0)
    for r in rows:
        p = P[r["doc"]]
        out = {"doc": r["doc"], "coder_events": p["coder_events"], "found": p["found"],
               "dateline_events": len(r["events"]), "spurious": p["spurious"], "notes": p["notes"]}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
        tot["coded"] += len(p["coder_events"]); tot["found"] += p["found"]
        tot["dateline"] += len(r["events"]); tot["spurious"] += p["spurious"]
print(tot)
