"""Write paragraphs-d-verdicts.jsonl."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h30-x116-22": dict(coder_events=[
    "CONSULT (future): Anthony Albanese (AUS) -> Quad leaders (JPN host), to attend the Quad summit in Tokyo, next week (week of 2022-05-23)"],
    found=0, spurious=0,
    notes="Labor winning the election is not a PLOVER act. Albanese's stated plan to attend the Quad summit is the only codable act (future CONSULT, or AGREE as intent to meet); dateline coded nothing here."),
 "h30-x113-06": dict(coder_events=[
    "THREATEN: Vojislav Kostunica (YUG) -> NATO (NATO), warned Belgrade would not stand by, 2000-11-23",
    "ASSAULT: ethnic Albanian guerrillas (SRB) -> Serbian police (SRB), attacks from the demilitarised strip (ongoing), 2000-11-23",
    "ASSAULT: (unnamed; the guerrillas) -> four policemen (SRB), killed in southern Serbia this week, 2000-11-21"],
    found=3, spurious=0,
    notes="All three found with the right type. e1's source is 'Serbia government' where Kostunica is the Yugoslav president (YUG); e3 has week precision (2000-W47), with Tuesday given only in the next sentence."),
 "h30-x114-09": dict(coder_events=[
    "SUPPORT: Norwegian Nobel Committee (NOR) -> Shirin Ebadi (IRN), awarded the Nobel Peace Prize, 2003-10-10"],
    found=0, spurious=0,
    notes="The award is the codable act (praise/honour). 'Delighted Iran's reformers' and 'a cool response from the conservative establishment' are too vague to code. dateline coded nothing."),
 "h30-x114-23": dict(coder_events=[
    "ASSAULT (execute): Iran (IRN) -> Alireza Akbari (GBR/IRN), executed for spying, date unknown",
    "REJECT: Iran (IRN) -> United Kingdom (GBR) and United States (USA), defying appeals to spare his life, 2023-01-14",
    "REQUEST: United Kingdom (GBR) and United States (USA) -> Iran (IRN), appeals to spare Akbari's life, earlier (undated)"],
    found=1, spurious=0,
    notes="dateline found the execution (date unknown, correctly, as the story says it did not say when). It missed the defiance (REJECT) and the background appeals (REQUEST)."),
 "h30-x114-15": dict(coder_events=[
    "ASSAULT (crowd-control/firearms): riot police (BHR) -> anti-government protesters (BHR), fired tear gas and shotguns to clear the square, killing at least three, 2011-02-17"],
    found=1, spurious=0,
    notes="The killing is part of the same firing, so it is coded once. The protesters' sit-in is only a description here, not a reported act."),
 "h30-x113-19": dict(coder_events=[
    "REJECT: Kosovo's parliament (XKX) -> Serbia (SRB) and NATO (NATO), defying warnings by voting to create an army, 2018-12-14"],
    found=1, spurious=0,
    notes="dateline found the REJECT but kept only NATO as target; Serbia is missing. The vote itself, a legislative act, and the earlier warnings, background, are not coded separately."),
}
out = []
for line in open(os.path.join(ROOT, "paragraphs-d.jsonl")):
    p = json.loads(line)
    v = P[p["doc"]]
    out.append({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]})
with open(os.path.join(ROOT, "paragraphs-d-verdicts.jsonl"), "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "coded", sum(len(o["coder_events"]) for o in out), "found", sum(o["found"] for o in out),
      "dateline", sum(o["dateline_events"] for o in out), "spurious", sum(o["spurious"] for o in out))
