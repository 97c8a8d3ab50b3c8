"""Write paragraphs-a-verdicts.jsonl (judge a, round 161): coder's events per first paragraph."""
import json
P = {
 "h58-x225-13": dict(coder_events=[
    "SANCTION: Lithuanian parliament (LTU) -> Rolandas Paksas (LTU), removed from office by impeachment, background (April 2004 per the story; undated in the paragraph)"],
    found=0, spurious=0,
    notes="Winning an election or a run-off is not a PLOVER act; the only codable act is parliament's removal of Paksas, which dateline did not code."),
 "h58-x228-16": dict(coder_events=[], found=0, spurious=0,
    notes="Election result only; 'impeached' and 'his removal' are attributive references to the March impeachment, not acts reported in this sentence."),
 "h58-x226-11": dict(coder_events=[
    "ASSAULT (crowd-control): Egyptian riot police (EGY) -> protesters (EGY), fired water cannon, 2003-03-21",
    "ASSAULT (beat): Egyptian riot police (EGY) -> protesters (EGY), beat with batons, 2003-03-21",
    "PROTEST (demo): tens of thousands of people (EGY) -> United States (USA) / empty, took to the streets against the U.S.-led attack on Iraq, 2003-03-21"],
    found=2, spurious=0,
    notes="Dateline found the water-cannon ASSAULT (e1) and the PROTEST (e2); it missed the baton beating as a separate ASSAULT (beat). Its PROTEST target Iraq is wrong (the crowds denounced the U.S.-led attack ON Iraq: USA or empty), but found counts type only. The U.S.-led attack on Iraq is the protests' topic here, not coded."),
 "h58-x225-05": dict(coder_events=[
    "REJECT: voters in Serbia (SRB) -> foreign mediators / international community, rejected any foreign role in Kosovo in a referendum, 1998-04-23",
    "CONSULT (multilateral, future): Western powers (Contact Group) meet to consider new sanctions, days ahead (no exact date in the paragraph; 1998-04-29 per the story)"],
    found=0, spurious=0,
    notes="Dateline coded nothing in the paragraph."),
 "h58-x228-25": dict(coder_events=[], found=0, spurious=0,
    notes="Election results only (kept a majority, lost two-thirds, opposition returned to parliament); no PLOVER act."),
 "h58-x228-09": dict(coder_events=[
    "ACCUSE (allege): U.S. congressional select committee (USA) -> China (CHN), accused China of stealing nuclear warhead secrets, 1999-05-25",
    "ASSAULT (aerial): NATO -> China (CHN), bombing of the Chinese embassy in Belgrade, background (1999-05-07 per the story; undated in the paragraph)"],
    found=0, spurious=0,
    notes="Dateline coded nothing in the paragraph; the panel's accusation is the story's main event. The theft itself is the content of the accusation and is not coded separately."),
}
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    for l in open("paragraphs-a.jsonl"):
        p = json.loads(l)
        d = P[p["doc"]]
        out = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
tot = [0, 0, 0, 0]
for l in open("paragraphs-a-verdicts.jsonl"):
    d = json.loads(l)
    tot[0] += len(d["coder_events"]); tot[1] += d["found"]; tot[2] += d["dateline_events"]; tot[3] += d["spurious"]
print("coded acts, found, dateline events, spurious:", tot)
