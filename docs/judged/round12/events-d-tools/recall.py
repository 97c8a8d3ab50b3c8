"""Recall on the 15 story first paragraphs (paras.jsonl): coder's event list, dateline hits (right type), spurious.
Appends one line per paragraph to ../events-d.jsonl (run after verdicts.py)."""
import json
R = [
 ("ngec-1383", [], 0, 0, "Putin 'wants' the summit to be a platform / spokesman statement: no PLOVER act"),
 ("ngec-2143", ["AGREE opposition accepts PM's invitation", "CONSULT opposition meets PM in New Delhi"], 1, 0, "meeting missed; AGREE found (target PM left empty)"),
 ("ngec-2058", ["SUPPORT State Dept praises Pakistan"], 1, 0, ""),
 ("ngec-0803", ["MOBILIZE/ASSAULT militia 'Sama' defends a government building"], 0, 1, "'took (part)' coded AGREE: spurious"),
 ("ngec-1890", ["COOPERATE joint drills"], 1, 0, ""),
 ("ngec-2429", ["CONCEDE Netanyahu agrees to a construction freeze"], 0, 0, "coded AGREE: a freeze is a promised concession (CONCEDE); real act, wrong type"),
 ("ngec-4039", ["RETREAT(release)/CONCEDE ruler orders release of political prisoners"], 0, 0, "coded REQUEST ('ordered'): a ruler ordering a release is a release, not a request; real act, wrong type"),
 ("ngec-1409", ["AGREE Trump intends 'good deals' with immigrants"], 1, 0, ""),
 ("ngec-3395", ["ASSAULT gunmen fire on police", "ASSAULT five gunmen killed", "COERCE rest of the gunmen captured"], 2, 0, "capture missed; gunmen and police coded PHL in Borno state (Nigeria)"),
 ("ngec-2620", ["ASSAULT reporter shot dead by gunmen"], 1, 0, ""),
 ("ngec-0907", ["SANCTION Russia suspends talks with Tajikistan", "ASSAULT Kyrgyz-Tajik clashes", "SANCTION Russia-Kyrgyzstan military commission ceases",
                "REJECT Kyrgyzstan rejects Russian military assistance", "RETREAT(future) Russia halts operations in Karabakh/Ingushetia",
                "MOBILIZE(future) Russian forces to be sent"], 3, 0, "suspension of talks, clashes, commission cessation missed; MOBILIZE has Russia's forces as target, no source"),
 ("ngec-1527", [], 0, 1, "'has given up hope of being allowed to meet' is no act; coded CONCEDE: spurious"),
 ("ngec-2048", ["COERCE(censor) social media blocked in northeast Jamaica"], 0, 0, "passive, no actor in the sentence; missed"),
 ("ngec-0268", ["CONCEDE mayor ready to scrap/end the curfew"], 0, 0, "coded RETREAT asserted: a stated readiness is a promise (CONCEDE), not an implemented retreat; wrong type"),
 ("ngec-0832", ["SUPPORT Benin and Syria sign a trade agreement"], 1, 0, ""),
]
P = [json.loads(l) for l in open("paras.jsonl")]
assert [p["doc"] for p in P] == [r[0] for r in R]
with open("../events-d.jsonl", "a") as f:
    for p, (doc, gold, hit, sp, note) in zip(P, R):
        f.write(json.dumps({"recall": doc, "coder_events": gold, "n_coder": len(gold), "found_right_type": hit,
                            "dateline_events": len(p["events"]), "spurious": sp, "note": note}, ensure_ascii=False) + "\n")
g = sum(len(r[1]) for r in R); h = sum(r[2] for r in R); d = sum(len(p["events"]) for p in P); s = sum(r[3] for r in R)
print(f"coder events {g}, found with right type {h} ({100*h/g:.0f}%); dateline events {d}, spurious {s} ({100*s/d:.0f}%)")
