"""Write paragraphs-b-verdicts.jsonl (judge b, round 140)."""
import json
P = {
 "h47-x183-06": dict(
   coder_events=[
     "ASSAULT: rebels / UNITA (AGO) -> train passengers, civilians (AGO), blew up a passenger train killing more than 250, 2001-08-10 (Friday, per the story)",
     "ASSAULT: rebels / UNITA (AGO) -> survivors (AGO), opened fire on survivors, 2001-08-10",
     "ACCUSE: Angolan government (AGO) -> UNITA (AGO), blamed Savimbi's UNITA for the attack, 2001-08-11",
   ], found=2, spurious=0,
   notes="e1 (killed) stands for the bombing and e2 (opened fire) for the shooting: both found with the right type; both dated 2001-08-11 though the attack was on Friday 2001-08-10, and e1's target country AGO for the victims is fine. The government's blaming of UNITA (ACCUSE) is missed."),
 "h47-x184-07": dict(
   coder_events=[
     "CONSULT: world leaders (multilateral, UN summit in New York), summit closed, 2005-09-16",
     "SUPPORT: world leaders / UN member governments, finalized an agreement (outcome document) committing governments to protect populations, 2005-09-16",
   ], found=0, spurious=0,
   notes="Dateline found no event. 'put off decisions on many of the reforms Annan had sought' is not coded (no clear act toward a party)."),
 "h47-x181-14": dict(
   coder_events=[], found=0, spurious=0,
   notes="An election result and a 2006 secession mentioned as background: no PLOVER event. Dateline rightly codes nothing."),
 "h47-x182-22": dict(
   coder_events=[
     "REQUEST: Xi Jinping (CHN) -> Gulf Arab states (GCC), urged them to settle oil and gas trade in yuan, 2022-12-09",
     "CONSULT: Xi Jinping (CHN) -> Gulf and Arab leaders, summits in Riyadh during his visit to Saudi Arabia, 2022-12-09",
   ], found=2, spurious=0,
   notes="Both found with the right type; e2 (held summits) has an empty target where the Gulf and Arab leaders are named. The visit to Saudi Arabia is taken as part of the same CONSULT, not a separate act."),
 "h47-x184-03": dict(
   coder_events=[
     "RETREAT: Bill Skate (PNG) resign, announced his resignation, 1999-07-07",
     "SUPPORT: Papua New Guinea government (PNG) -> Taiwan (TWN), established diplomatic relations, days earlier (earlier that week, no exact date)",
     "AGREE: Taiwan (TWN) -> Papua New Guinea (PNG), offer of a large aid package in exchange, no exact date",
   ], found=1, spurious=0,
   notes="The resignation is found (RETREAT resign, Wednesday 1999-07-07 right). The switch of recognition to Taiwan (SUPPORT) and Taiwan's aid offer (AGREE, an offer of aid per the conventions) are missed."),
 "h47-x182-03": dict(
   coder_events=[
     "AGREE: KDP / Masoud Barzani (IRQ) <-> PUK / Jalal Talabani (IRQ), agreed to share power and revenue and hold elections, 1998-09-17",
   ], found=1, spurious=0,
   notes="Found with the right type, but its arguments are wrong: 'leaders[USA/GOV]' and 'Iraq' as both source and target, where the parties are the two Kurdish factions' leaders (IRQ). The four years of KDP-PUK fighting in the relative clause are background characterisation and not counted."),
}
paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for p in paras:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
