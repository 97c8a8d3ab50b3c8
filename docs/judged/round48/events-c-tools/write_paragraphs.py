"""Write paragraphs-c-verdicts.jsonl (judge c, round 48)."""
import json, pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
P = [
 {"doc": "h3-x6-20",
  "coder_events": [
    "ASSAULT: unnamed attackers ambush and kill four American civilians (USA) in Fallujah, Wednesday 2004-03-31 (the next paragraph gives the day)",
    "THREATEN: U.S. officials promise a forceful response (to the Fallujah killers), 2004-04-01"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "dateline's only event codes the promise of a 'forceful response' as AGREE (a promise of force is THREATEN) and dates it 1993 from 'Somalia in 1993'; not spurious but wrong type, so 0 found. The ambush killing is missed. The crowd dragging the bodies is not coded (no PLOVER act)."},
 {"doc": "h3-x7-13",
  "coder_events": [
    "REJECT: Tinubu's two main rivals reject the election result (electoral commission/Tinubu), 2023-03-01",
    "ACCUSE (allege): the rivals say they will challenge the result (in court), future, 2023-03-01",
    "ACCUSE: the rivals accuse the electoral commission (NGA) of presiding over a rigged count, 2023-03-01"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "REJECT and ACCUSE found with the right type, but both have the wrong source (Tinubu / All Progressives Congress instead of the two rivals) and an empty target; the future legal challenge is missed. Tinubu being declared winner is not a PLOVER act."},
 {"doc": "h3-x5-24",
  "coder_events": [
    "CONSULT: Moldovan President Maia Sandu convenes her top security officials, Tuesday 2022-04-26",
    "ASSAULT: a string of explosions (unknown perpetrators) in Transnistria, just before the document date (undated)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "CONSULT found and right. The explosions are missed. Sandu's remark that they were an attempt to drag Moldova into the war could be an ACCUSE with no target; not counted. The war in Ukraine is background."},
 {"doc": "h3-x7-03",
  "coder_events": [
    "RETREAT (resign): Ethiopian PM Hailemariam Desalegn announces his resignation, Thursday 2018-02-15",
    "PROTEST: nearly three years of anti-government protests against the Ethiopian government (a span, no date)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The resignation is found and right; the protests over three years (a background span) are missed."},
 {"doc": "h3-x8-08",
  "coder_events": [
    "SANCTION (withdraw support): the Philippine military and police abandon President Joseph Estrada, before Saturday 2001-01-20",
    "PROTEST: four days of mass protests against Estrada (PHL government), ending by Saturday 2001-01-20",
    "RETREAT: Estrada driven from the presidential palace (ousted) halfway through his term"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline coded nothing in the paragraph. Arroyo being sworn in is not a PLOVER act. Document date 2001-01-20 (from the story record)."},
 {"doc": "h3-x6-04",
  "coder_events": [
    "ASSAULT (explosives/destroy): bombers destroy the golden dome of the Shi'ite shrine in Samarra, Wednesday 2006-02-22",
    "ASSAULT: a wave of reprisal attacks (by unnamed Shi'ites) on Sunni mosques, 2006-02-22"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The shrine bombing is found (source coded IRQ/MIL 'Bombers', whose affiliation the text does not give; target the shrine rather than 'Iraq'). The reprisal attacks on Sunni mosques are missed."},
]
with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
ce = sum(len(p["coder_events"]) for p in P)
print("coder events", ce, "found", sum(p["found"] for p in P),
      "dateline events", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
