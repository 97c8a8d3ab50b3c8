"""Precision per field over all 60 and over real events only."""
import json
items = [json.loads(l) for l in open("../events-b.jsonl")]
keys = ["event", "type", "source", "target", "date", "modality", "all"]
real = [i for i in items if i["verdict"]["event"]]
print("| field | all 60 | real events (%d) |" % len(real))
print("|---|---|---|")
for k in keys:
    a = sum(i["verdict"][k] for i in items); r = sum(i["verdict"][k] for i in real)
    print(f"| {k} | {a}/60 = {a/60:.0%} | {r}/{len(real)} = {r/len(real):.0%} |")
