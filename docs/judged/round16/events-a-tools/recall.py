"""Judge a's recall coding of the 12 sampled story first paragraphs (round 16); prints the table."""
import json
# doc: (gold events a coder would code, found with right type, dateline spurious, note)
R = {
 "ngec-4249": (1, 1, 0, "SUPPORT Ethiopia->WHO found"),
 "ngec-3793": (1, 1, 0, "rioters set police van on fire: PROTEST riot (ASSAULT also acceptable) found"),
 "ngec-4293": (2, 2, 0, "REJECT offer, AGREE to talks found"),
 "ngec-0625": (3, 2, 0, "AID rescue, ASSAULT kidnap found; 'intensifies a military campaign' is ASSAULT, coded MOBILIZE"),
 "ngec-1668": (1, 1, 0, "COERCE ban of NGOs found"),
 "ngec-1895": (1, 1, 0, "COOPERATE joint maneuvers found"),
 "ngec-0257": (0, 0, 0, "no act (a discussion put aside)"),
 "ngec-3015": (1, 1, 0, "AGREE preliminary agreement found"),
 "ngec-1116": (1, 0, 0, "COOPERATE: chamber's members increased investments, missed"),
 "ngec-3687": (1, 0, 0, "COERCE: Vietnam bars citizens from protests, missed"),
 "ngec-1325": (1, 0, 0, "AGREE: both sides ready for talks, missed"),
 "ngec-4223": (1, 1, 1, "COERCE arrest found; AGREE 'vowed' to crack down on organised crime is spurious (source 'move Latvia's Interior Minister')"),
}
paras = [json.loads(l) for l in open("sample-paragraphs.jsonl")]
assert [p["doc"] for p in paras] == list(R), [p["doc"] for p in paras]
g = f = s = n = 0
for p in paras:
    a, b, c, note = R[p["doc"]]
    g += a; f += b; s += c; n += len(p["events"])
    print(f"| {p['doc']} | {a} | {b} | {len(p['events'])} | {c} | {note} |")
print(f"total gold {g}, found {f} ({100*f/g:.0f}%), dateline events {n}, spurious {s} ({100*s/n:.0f}%)")
