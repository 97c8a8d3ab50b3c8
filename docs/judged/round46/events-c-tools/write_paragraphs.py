"""Judge c, round 46: write paragraphs-c-verdicts.jsonl (the sampler gave judge c one lead paragraph:
17 unshown leads were left, 8 + 8 went to judges a and b)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
V = {
    "h2-x3-01": {
        "coder_events": [
            "SANCTION: Commonwealth leaders suspend Nigeria (NGA) from the Commonwealth, Saturday 1995-11-11",
            "ASSAULT: Nigeria's military government hangs (executes) Ken Saro-Wiwa and eight other Ogoni activists, Friday 1995-11-10",
            "REQUEST: governments and others around the world appeal to the Nigerian government for clemency, before 1995-11-10 (undated)",
        ],
        "found": 0,
        "spurious": 0,
        "notes": "dateline coded no event in this lead: it missed the suspension ('suspended Nigeria from the grouping') and the hangings ('hanged ... activists'; it codes the executions only from the third paragraph's 'executed'), and the appeals for clemency (noun phrase). 'in defiance of appeals' could also be a REJECT, but it is the hanging itself, so I do not list it separately.",
    },
}
with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as f:
    for line in open(HERE / "paragraphs-c.jsonl"):
        p = json.loads(line)
        v = V[p["doc"]]
        f.write(json.dumps({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                            "dateline_events": len(p["events"]), "spurious": v["spurious"],
                            "notes": v["notes"]}) + "\n")
print("wrote", HERE / "paragraphs-c-verdicts.jsonl")
