"""Write paragraphs-b-verdicts.jsonl (judge b's coding of the six first paragraphs).

usage (from docs/judged/round71): python events-b-tools/write_paragraphs.py
"""
import json

P = {
 "h13-x46-20": (["SUPPORT: Donald Trump (USA) -> Israel (ISR), recognised Israel's sovereignty over the Golan Heights (proclamation), 2019-03-25",
                 "CONSULT: Benjamin Netanyahu (ISR) -> Donald Trump (USA), at the White House for the signing (visit), 2019-03-25"],
                1, 0, "Dateline's SUPPORT Trump->Israel Monday 2019-03-25 is right in all fields. It misses the Netanyahu visit/meeting implied by 'alongside Prime Minister Benjamin Netanyahu' at the White House."),
 "h13-x45-13": ([], 0, 0, "An election win (AK Party won a third term) is no PLOVER act between actors. There is nothing to code."),
 "h13-x46-09": (["ASSAULT: (unnamed attackers) -> U.S. destroyer Cole (USA), the 2000 bombing (background), 2000"],
                0, 0, "The tanker explosion has an unconfirmed cause. 'Could not rule out an attack' is at most a hypothetical ASSAULT on a French tanker, which a trained coder would not code, so it is not counted. The background Cole bombing is the one codeable act, and dateline has nothing in the paragraph."),
 "h13-x47-06": (["CONCEDE: Frederick Chiluba (ZMB) -> (none), said he would not seek a third term, backing down, 2001-05-03",
                 "PROTEST: church groups, lawyers and ruling-party dissidents (ZMB) -> Chiluba / Zambian government (ZMB), weeks of protests against a third term, (ongoing up to 2001-05-03; no exact date)"],
                1, 0, "Dateline's CONCEDE Chiluba, Thursday 2001-05-03, is right. It misses the weeks of protests by church groups, lawyers and dissidents."),
 "h13-x47-11": ([], 0, 0, "The assembly electing Prachanda prime minister is a domestic appointment, not a PLOVER act. There is nothing to code."),
 "h13-x48-11": (["CONSULT: leaders of 16 nations (none) -> each other, first East Asia Summit in Kuala Lumpur (multilateral), 2005-12-14"],
                1, 0, "Dateline's CONSULT is found with the right type and date. Its targets China and Japan are wrong: they are parties to a dispute mentioned as background, which is no act. The China-Japan 'bitter dispute' is a state of relations, not a codeable act."),
}

out = []
for line in open("paragraphs-b.jsonl"):
    p = json.loads(line)
    acts, found, spurious, notes = P[p["doc"]]
    out.append({"doc": p["doc"], "coder_events": acts, "found": found,
                "dateline_events": len(p["events"]), "spurious": spurious, "notes": notes})
assert len(out) == 6
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("coded", sum(len(r["coder_events"]) for r in out), "found", sum(r["found"] for r in out),
      "dateline", sum(r["dateline_events"] for r in out), "spurious", sum(r["spurious"] for r in out))
