"""Write paragraphs-c-verdicts.jsonl (recall on the six sampled first paragraphs)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
P = {
 "h56-x220-21": (["AGREE: Japan (JPN) <-> South Korea (KOR), agreed to step back from the confrontation over the survey, 2006-04-22",
                  "CONSULT: Japanese senior diplomats (JPN) <-> South Korean senior diplomats (KOR), two days of talks in Seoul, 2006-04-21/22"],
                 1, 0, "dateline found the agreement (e1, right type, mutual); it has no event for the two days of talks."),
 "h56-x218-07": (["ASSAULT: Hezbollah guerrillas (LBN) -> commander of Israel's liaison unit (ISR), roadside bomb killed him, 1999-02-28"],
                 1, 0, "e1 has the right type and date; its source is empty although the sentence names Hezbollah as the bomb's planters."),
 "h56-x218-06": (["SANCTION: Hafez al-Assad (SYR) -> Rifaat al-Assad (SYR), removed from the post of vice president, 1998-02-08 (reported Sunday)"],
                 0, 0, "No dateline event; the removal from office (expel from a post) is missed. Rifaat's old challenge for power is background with no codable act."),
 "h56-x220-17": (["COERCE: Alejandro Toledo (PER) -> Peru's population/strikers (PER), nationwide state of emergency suspending the right of assembly, 2003-05-27 (Tuesday night)",
                  "REQUEST (order): Toledo (PER) -> armed forces (PER), ordered to clear highways, 2003-05-27 (a coder could code it MOBILIZE)",
                  "PROTEST: striking teachers and farmers (PER) -> government (PER), strikes and road blockades, ongoing (document date)"],
                 1, 0, "dateline found the state of emergency (e1 COERCE, right date; its source list includes 'Toledo' coded as a country with no code). The order to the armed forces and the strike/blockades are missed."),
 "h56-x217-06": (["ASSAULT: unidentified bombers -> Aslan Maskhadov (Chechnya, RUS), car bomb against his motorcade in Grozny, 1998-07-23 (Thursday)"],
                 0, 0, "No dateline event; the assassination attempt is missed."),
 "h56-x219-18": (["COERCE: Nepal's parliament (NPL) -> King Gyanendra (NPL), voted to strip him of army control and tax immunity and declare a secular state, 2006-05-18 (Thursday proclamation)"],
                 0, 0, "No dateline event; the vote stripping the king of his powers (one act, three measures) is missed; COERCE restrict or SANCTION would both count."),
}
rows = []
for l in open(HERE / "paragraphs-c.jsonl"):
    p = json.loads(l)
    ev, found, spur, notes = P[p["doc"]]
    rows.append({"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": len(p["events"]),
                 "spurious": spur, "notes": notes})
with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print({k: sum((len(r[k]) if k == "coder_events" else r[k]) for r in rows) for k in ["coder_events", "found", "dateline_events", "spurious"]})
