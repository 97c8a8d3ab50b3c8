"""Write paragraphs-a-verdicts.jsonl (judge a's coding of the six lead paragraphs) and check it.
usage (from docs/judged/round148): python events-a-tools/write_paragraphs.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h51-x200-14": dict(
   coder_events=[
     "ASSAULT: Guatemalan soldiers (GTM) -> indigenous protesters (GTM), opened fire, killing six and wounding more than 30, 2012-10-04",
     "PROTEST: indigenous protesters (GTM) -> Guatemala (GTM) (no aim named in the paragraph), blocking a highway in Totonicapan, 2012-10-04",
   ], found=2, spurious=0,
   notes="Both found with the right type (ASSAULT firearms; PROTEST obstruct, target empty where the rule also allows the state). The killing and wounding are one act with the opening of fire."),
 "h51-x197-19": dict(
   coder_events=[
     "COERCE: Turkish court (TUR) -> two Greek soldiers (GRC), ordered them held pending trial (detention), 2018-03-02",
   ], found=0, spurious=0,
   notes="Dateline coded the order as REQUEST court -> soldiers: the act is real but is a detention (COERCE arrest), so it is not found with the right type and not spurious. The soldiers straying across the border is not coded (accidental crossing)."),
 "h51-x200-22": dict(
   coder_events=[
     "COERCE: Justin Trudeau (CAN) -> protesters (CAN), invoked the Emergencies Act (state of emergency powers), 2022-02-14",
     "PROTEST: protesters (CAN) -> Canada (CAN) (against COVID-19 restrictions), protests paralysing Ottawa and blockading border crossings with the United States, going on: 2022-02-15",
   ], found=0, spurious=0,
   notes="Dateline has no event in this paragraph."),
 "h51-x197-21": dict(
   coder_events=[
     "ACCUSE: Russia (RUS) -> Prague 6 district authorities (CZE), called the statue's removal an insult to the Red Army's memory, 2020-04-04",
   ], found=0, spurious=0,
   notes="Dateline has no event in this paragraph. The removal of the statue itself is not coded as an act between political actors."),
 "h51-x197-02": dict(
   coder_events=[
     "ASSAULT: crowd of Bosnian Croats (BIH) -> EU administrator in Mostar (Hans Koschnick, EU), surrounded and attacked his armoured car, 1996-02-07",
     "REJECT: Croat leaders (BIH) -> EU administrator (EU), rejected his new map of the divided city, undated (have rejected, before the report)",
   ], found=1, spurious=0,
   notes="Dateline found the attack (ASSAULT, target the EU for its administrator) but not the Croat leaders' rejection of the map; the administrator announcing the map is not coded as an event."),
 "h51-x197-24": dict(
   coder_events=[
     "ASSAULT: Turkish warplanes (TUR) -> Kurdish militants (PKK, no code), air strikes in northern Iraq and Syria overnight, 2024-10-24",
     "ASSAULT: unnamed attackers -> Turkish Aerospace Industries headquarters near Ankara (TUR), armed assault killing five, 2024-10-23 (Wednesday, from the next paragraph)",
   ], found=1, spurious=0,
   notes="Dateline found the air strikes (its target Iraq and Syria instead of the Kurdish militants does not matter for recall) but not the assault on the aerospace company."),
}
rows = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
assert [r["doc"] for r in rows] == list(P) or sorted(r["doc"] for r in rows) == sorted(P)
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as fh:
    for r in rows:
        p = P[r["doc"]]
        out = {"doc": r["doc"], "coder_events": p["coder_events"], "found": p["found"],
               "dateline_events": len(r["events"]), "spurious": p["spurious"], "notes": p["notes"]}
        assert out["found"] <= len(out["coder_events"]) and out["spurious"] <= out["dateline_events"]
        fh.write(json.dumps(out, ensure_ascii=False) + "\n")
back = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
assert len(back) == 6
print({"coded": sum(len(b["coder_events"]) for b in back), "found": sum(b["found"] for b in back),
       "dateline_events": sum(b["dateline_events"] for b in back), "spurious": sum(b["spurious"] for b in back)})
