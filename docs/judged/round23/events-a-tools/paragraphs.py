"""Round 23, judge a: the 12 first paragraphs. Writes ../paragraphs-a-verdicts.jsonl and prints recall and spurious share.

usage (from docs/judged/round23): python events-a-tools/paragraphs.py
"""
import json
P = [
 ("ngec-2965", ["ACCUSE (disapprove): state-run television channels -> President Evo Morales (BOL), featuring negative reports, going on"], 0, 0,
  "Voting in elections is no PLOVER act. The state TV's negative reports about Morales are media criticism (ACCUSE disapprove), borderline but coded."),
 ("ngec-3552", ["SUPPORT (ratify): European Union -> Suriname, trade deal, future"], 1, 0,
  "Found with the right type (and future). The critics' unspecified concerns are too vague to code (no target)."),
 ("ngec-2075", ["AGREE: Iceland <-> Benin, agreed to set new limits on conventional weapons, July 20",
                "AGREE: Iceland, will pledge to ban deployment of land-based cruise missiles (future)"], 0, 0,
  "No event found: neither the arms-limits agreement nor Iceland's pledge."),
 ("ngec-1209", ["REQUEST (assist): Ian Khama (BWA) -> African Union, urged to provide assistance"], 1, 0,
  "Found, right type and parties."),
 ("ngec-1792", ["AGREE: rebels in Moldova -> Russia, could accept a ceasefire (conditional on a guarantee), Monday"], 0, 0,
  "Conditional acceptance of a ceasefire told to Russia (one statement, coded once as AGREE; express willingness to end a conflict). Missed."),
 ("ngec-0785", ["PROTEST (hunger): Nelson Mandela (ZAF), on hunger strike, going on"], 0, 0,
  "Hunger strike missed. The years of campaigning for political prisoners are background, not coded."),
 ("ngec-3282", ["ACCUSE (allege): Media Diversified report -> Kuwaiti police, abuse of foreign journalists",
                "ASSAULT: Kuwaiti police -> foreign journalists in Kuwait, routinely abused/attacked (habitual)"], 0, 0,
  "Both the report's accusation and the police abuse (one act: 'abused ... attack them') missed. The 'military dictatorship' is a characterisation, not coded."),
 ("ngec-3129", [], 0, 0, "Two URLs; no event (the words of a URL slug are no report)."),
 ("ngec-0465", [], 0, 0, "Garbled headline fragment ('Dominican Embassy to South Africa to be repatriated to South Africa'): no codable act."),
 ("ngec-4289", ["RETREAT (disarm): dozens of rebels (COD) -> DRC government, surrendered, Monday"], 0, 0,
  "Surrender under an agreement with the government missed; the agreement is background to the surrender, not coded separately."),
 ("ngec-0083", ["SUPPORT: the government and Swaziland -> China, welcomed China's decision (said Wednesday)",
                "MOBILIZE (troops): China, decision to deploy a force to the continent to patrol disputed areas"], 2, 0,
  "Both found with the right type (the MOBILIZE is decided, not done: its asserted modality would be wrong, but recall counts type only)."),
 ("ngec-0080", ["SUPPORT: (unnamed) -> Saint Helena, hailed a 'model' of good governance"], 0, 0,
  "The praise is missed; 'took a strong political stand' is too vague to code."),
]
with open('paragraphs-a-verdicts.jsonl', 'w') as out:
    par = {json.loads(l)['doc']: json.loads(l) for l in open('paragraphs-a.jsonl')}
    assert list(par) == [p[0] for p in P]
    tc = tf = td = ts = 0
    for doc, ev, found, spur, notes in P:
        n = len(par[doc]['events'])
        out.write(json.dumps({"doc": doc, "coder_events": ev, "found": found, "dateline_events": n,
                              "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")
        tc += len(ev); tf += found; td += n; ts += spur
    print(f"coder events {tc}, found {tf} ({100*tf/tc:.0f}%), dateline events {td}, spurious {ts} ({100*ts/td:.0f}%)")
