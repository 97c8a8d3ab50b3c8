"""Write paragraphs-a-verdicts.jsonl (the judge's coding of the 6 first paragraphs)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h17-x62-06": dict(coder_events=[
    "ASSAULT: unknown bombers (no code) -> Taba Hilton and beach camps / at least 30 people, many Israelis (ISR), car bombings killing at least 30, 2004-10-07"],
    found=1, spurious=0,
    notes="One attack, coded once (the 'ripped through' and 'killing' describe the same act). Dateline's e1 (killing, ASSAULT) finds it."),
 "h17-x64-25": dict(coder_events=[
    "SANCTION: Constitutional Court (KOR) -> President Yoon Suk Yeol (KOR), upheld impeachment and removed him from office, 2025-04-04",
    "COERCE: Yoon Suk Yeol (KOR) -> South Korea (KOR), declaration of martial law (background), 2024-12 (four months earlier)"],
    found=0, spurious=0,
    notes="Dateline has no event in the lead; the court ruling, the story's main act, is missed, and so is the background martial-law declaration (dateline codes it later from the Dec. 3 sentence)."),
 "h17-x61-18": dict(coder_events=[
    "SANCTION: ICTY appeals judges (UN, no country) -> former Bosnian Croat commander Slobodan Praljak (BIH), upheld 20-year war-crimes sentence, 2017-11-29"],
    found=0, spurious=0,
    notes="The poisoning/suicide is not a political interaction; the war crimes are only the charge named. Dateline has no event in the paragraph."),
 "h17-x61-15": dict(coder_events=[
    "CONCEDE: George Papandreou (GRC) -> euro zone partners (France/Germany, EU), signalled he would drop the referendum plan, 2011-11-03",
    "SANCTION: France and Germany (FRA, DEU) -> Greece (GRC), froze aid, 2011-11-02",
    "THREATEN: France and Germany (FRA, DEU) -> Greece (GRC), warned Greece's euro membership was at stake, 2011-11-02"],
    found=0, spurious=0,
    notes="Dateline has no event in the lead; all three acts missed. Aid freeze and warning date from the Wednesday-night Cannes meeting described later in the story."),
 "h17-x62-08": dict(coder_events=[
    "CONCEDE: Israel (ISR) -> Lebanon (LBN), agreed to suspend air strikes on southern Lebanon for 48 hours, 2006-07-30",
    "ASSAULT: Israel (ISR) -> civilians in Qana (LBN), air raid killed dozens of civilians, 2006-07-30",
    "REJECT: Lebanese government (LBN) -> Condoleezza Rice (USA), cancelled talks, 2006-07-30"],
    found=1, spurious=0,
    notes="Dateline finds the CONCEDE (dated to the document date rather than Sunday); the Qana air raid and the cancelled talks are missed."),
 "h17-x61-17": dict(coder_events=[
    "RETREAT/CONCEDE: Alex Salmond (GBR, Scotland) announced his resignation as first minister (to take effect in November), 2014-09-19"],
    found=0, spurious=0,
    notes="The referendum result is an electoral outcome, not coded. Dateline codes the resignation only from the later sentence ('would step down ... in November', e1 RETREAT future), not in this paragraph; found counts only events in the paragraph."),
}
lines = []
for l in open(os.path.join(ROOT, "paragraphs-a.jsonl")):
    r = json.loads(l)
    d = P[r["doc"]]
    lines.append({"doc": r["doc"], "coder_events": d["coder_events"], "found": d["found"],
                  "dateline_events": len(r["events"]), "spurious": d["spurious"], "notes": d["notes"]})
with open(os.path.join(ROOT, "paragraphs-a-verdicts.jsonl"), "w") as fh:
    for o in lines:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print("coded", sum(len(o["coder_events"]) for o in lines), "found", sum(o["found"] for o in lines),
      "dateline", sum(o["dateline_events"] for o in lines), "spurious", sum(o["spurious"] for o in lines))
