"""Write paragraphs-a-verdicts.jsonl (coder's events per first paragraph) and check it."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h17-x64-17": dict(
   coder_events=[
     "CONCEDE: Thein Sein (MMR) -> public opponents of the dam (MMR), suspended the Myitsone dam, bowing to opposition (accede to demands for policy change, CAMEO 0832), 2011-09-30",
     "SANCTION: Thein Sein (MMR) -> Chinese state company / China (CHN), suspended construction of the dam it was building (curtailed a commercial exchange), 2011-09-30"],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline's CONCEDE 'bowing' (Thein Sein -> rare public opposition) covers the concession reading of the suspension. Its target sector PTY and its date (the document date 2011-10-01; the letter was read on Friday 2011-09-30) are off. The dyad toward the Chinese company (SANCTION) is missed."),
 "h17-x62-23": dict(
   coder_events=[
     "AID: rescue teams of Spain, Britain, Qatar, UAE (ESP, GBR, QAT, ARE) -> Morocco (MAR), quake rescue work alongside Moroccan soldiers, 2023-09-13",
     "RETREAT (access): Morocco (MAR) -> Spain, Britain, Qatar, UAE, accepted help from only four governments (allow humanitarian aid), 2023-09-10 per the story (undated in the paragraph)"],
   found=0, dateline_events=0, spurious=0,
   notes="No events were found. The 'diplomatic row with France' names no specific act, so it is not coded."),
 "h17-x62-11": dict(
   coder_events=[],
   found=0, dateline_events=0, spurious=0,
   notes="Winning an election and the minister announcing the result are not PLOVER acts between political actors. Nothing to code, and dateline coded nothing."),
 "h17-x62-04": dict(
   coder_events=[
     "COERCE (deport): Jordan (JOR) -> four senior Hamas officials incl. Khaled Meshaal (PSE), deported to Qatar, 1999-11-21",
     "COERCE (ban): Jordan (JOR) -> Hamas (PSE), two-month crackdown that closed the group's offices in Jordan, since 1999-08 (a span, no single date)"],
   found=1, dateline_events=1, spurious=0,
   notes="The deportation is found and is right in all fields (Sunday 1999-11-21). The crackdown and office closure in the same sentence are missed here. Dateline codes the crackdown from the later sentence instead, with empty arguments. 'Strained relations' is not an act."),
 "h17-x62-16": dict(
   coder_events=[
     "RETREAT (withdraw): Sadr supporters (IRQ) -> Iraqi government (IRQ), began pulling out of the Green Zone, 2016-05-01",
     "PROTEST (riot): Sadr supporters (IRQ) -> Iraqi government / parliament (IRQ), tore down blast walls, stormed parliament and chased lawmakers over stalled reforms, 2016-04-30"],
   found=1, dateline_events=1, spurious=0,
   notes="The pull-out is found (RETREAT, 2016-05-01). The violent protest of the day before (storming parliament, chasing lawmakers) is missed. It is the main act of the story."),
 "h17-x63-07": dict(
   coder_events=[
     "COERCE: King Gyanendra (NPL) -> PM Sher Bahadur Deuba / his government (NPL), dismissed the prime minister and assumed executive powers, 2002-10-04",
     "ACCUSE (disapprove): King Gyanendra (NPL) -> Deuba government (NPL), said it had failed to hold elections on time, 2002-10-04",
     "ACCUSE (disapprove): opposition politicians (NPL) -> King Gyanendra (NPL), denounced the move as a blow to democracy, 2002-10-05"],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline's ACCUSE 'denounced' has the right type, so it counts as found. But its source is a garbled 'move opposition politicians' and its target is Deuba, when the denounced party is the king. The dismissal itself and the king's criticism of the government are missed."),
}
paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-a.jsonl"))]
assert len(paras) == 6
with open(os.path.join(ROOT, "paragraphs-a-verdicts.jsonl"), "w") as f:
    for p in paras:
        d = P[p["doc"]]
        assert d["dateline_events"] == len(p["events"]), p["doc"]
        assert d["found"] <= len(d["coder_events"]) and d["spurious"] <= d["dateline_events"]
        f.write(json.dumps({"doc": p["doc"], **d}, ensure_ascii=False) + "\n")
tot = {k: sum((len(P[d]["coder_events"]) if k == "coder_events" else P[d][k]) for d in P)
       for k in ["coder_events", "found", "dateline_events", "spurious"]}
print(tot)
