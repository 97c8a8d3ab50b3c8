"""Round 25, judge b: verdicts on the 12 first paragraphs (paragraphs-b.jsonl); writes ../paragraphs-b-verdicts.jsonl.

Each entry: (doc, events a trained coder codes, found with the right type, dateline events in the paragraph, spurious, notes).
"""
import json
from pathlib import Path

ROUND = Path(__file__).resolve().parent.parent
P = [
 ("ngec-4082", ["SUPPORT: the Vatican approved a policy of taking refugees from Vanuatu and Niue (Thursday)"], 1, 1, 0,
  "e1 SUPPORT found (its date is the document date though the act is dated Thursday = also 06-15, right)."),
 ("ngec-4244", ["ASSAULT: Hamas supporters of Abbas clashed with hard-line supporters of the Islamic Movement (Friday); the clashes at mosques are the same violence"], 1, 1, 0,
  "e1 ASSAULT found (= event item 24, empty target)."),
 ("ngec-4176", ["RETREAT withdraw: the USSR Army general staff said it has started withdrawing some forces from Guadeloupe"], 0, 0, 0,
  "Withdrawal missed: no event in the paragraph."),
 ("ngec-1116", ["COOPERATE: members of the German Chamber of Commerce in Jamaica increased their investments in Jamaica (economic cooperation, CAMEO 061)"], 0, 0, 0,
  "Missed: no event."),
 ("ngec-4446", ["ASSAULT: an attack on the island capital Blenheim (South Samoa), attacker unnamed"], 0, 0, 0,
  "Civilians fleeing is not an event; the attack is missed."),
 ("ngec-2085", ["ACCUSE investigate: authorities are searching for the perpetrators of illegal construction and sabotaged utilities",
                "MOBILIZE police: authorities taking steps to establish a special city security (police) unit against local crime"], 0, 0, 0,
  "Both missed. The sabotage itself is a background act with no time or actor; not listed."),
 ("ngec-2639", ["AID: the U.S. is sending a military-trained team of medical and disaster relief experts to Haiti (Obama said Saturday)"], 0, 0, 0,
  "Missed: no event."),
 ("ngec-3351", ["RETREAT: a curfew in a town of Bosnia and Herzegovina ended Friday (easing a curfew, CAMEO 0813), no actor named"], 0, 0, 0,
  "Missed: no event."),
 ("ngec-0040", [], 0, 0, 0,
  "India said it would set up a team to combat land-grabbing by foreign interests: a domestic administrative plan with no act toward a party; no PLOVER event coded."),
 ("ngec-2836", ["ACCUSE disapprove: a UN human rights expert said police abuses 'raise serious concerns' (Tuesday)"], 0, 0, 0,
  "Missed: no event. The abuses 'in recent years' are background, not listed."),
 ("ngec-3939", [], 0, 0, 0,
  "A wrestling federation's training camp is no political event; nothing to code, and dateline coded nothing."),
 ("ngec-1646", ["PROTEST: Rousseff launched a nationwide protest against the Petrobras corruption scandal (Tuesday)"], 1, 1, 0,
  "e1 PROTEST found, taken literally as the text gives it."),
]
src = [json.loads(l) for l in open(ROUND / "paragraphs-b.jsonl")]
assert [s["doc"] for s in src] == [p[0] for p in P]
with open(ROUND / "paragraphs-b-verdicts.jsonl", "w") as fh:
    for (doc, ce, found, dl, sp, notes), s in zip(P, src):
        assert dl == len(s["events"]), doc
        fh.write(json.dumps({"doc": doc, "coder_events": ce, "found": found, "dateline_events": dl, "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")
c = sum(len(p[1]) for p in P); f = sum(p[2] for p in P); d = sum(p[3] for p in P); s = sum(p[4] for p in P)
print(f"coder events {c}, found {f} ({100*f/c:.0f}%), dateline events {d}, spurious {s}")
