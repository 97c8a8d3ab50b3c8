"""Write pairs-p2.jsonl from the judge p2 verdicts below, check every item is judged, print counts."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]

def sc(**kw):
    d = {f: kw.get(f, True) for f in FIELDS[:-1]}
    if not d["event"]:
        d = {f: False for f in FIELDS[:-1]}
    d["all"] = all(d.values())
    return d

SPURIOUS = sc(event=False)

V = {
    1: dict(X=SPURIOUS, Y={"omit_right": True}, better="Y",
            reasons="X codes PROTEST from 'The protests came a week after three senior leaders on the U.S.' "
                    "(a truncated sentence). 'The protests' only refers back to the Mong Kok protests already "
                    "reported in the earlier sentences; this sentence reports no new act, only places them in time "
                    "relative to something else - a topic mention, not an event. Even read as an event X would be "
                    "poor: no source (the protesters in Hong Kong), no target (with no aim named in the sentence the "
                    "state, CHN, would be the right target by the crowd-protest rule) and an unknown date for protests "
                    "the story dates Thursday. Y coding nothing here is right."),
    2: dict(X=sc(), Y=sc(source=False), better="X",
            reasons="Both code ASSAULT (battles are ASSAULT in this codebook) for 'At least two people were killed as "
                    "the army and insurgents exchanged gunfire', target two people[BHR], document date (the battles are "
                    "this news, Thursday), asserted - all right. They differ only in source: the sentence names the "
                    "parties whose exchange of gunfire killed the two, the army (Bahrain's, the government forces of the "
                    "story) and the insurgents (the rebels in Bahrain); X gives both as source, which is right since "
                    "the text does not say whose fire killed them. Y leaves the source empty although the sentence "
                    "names the fighting parties: wrong, and less useful."),
}

items = [json.loads(l) for l in open(os.path.join(DIR, "items.jsonl"))]
ns = [it["n"] for it in items]
assert sorted(ns) == sorted(V), (ns, sorted(V))
cnt = collections.Counter()
allright = collections.Counter()
with open(os.path.join(DIR, "pairs-p2.jsonl"), "w") as f:
    for it in items:
        v = V[it["n"]]
        for side in "XY":
            if it[side] is None:
                assert set(v[side]) == {"omit_right"}, (it["n"], side)
            else:
                assert set(v[side]) == set(FIELDS), (it["n"], side)
                allright[side] += v[side]["all"]
        assert v["better"] in ("X", "Y", "same")
        cnt[v["better"]] += 1
        f.write(json.dumps({"n": it["n"], "X": v["X"], "Y": v["Y"], "better": v["better"],
                            "reasons": v["reasons"]}) + "\n")
print("items judged:", len(items))
for b in ("X", "Y", "same"):
    print(f"better {b}: {cnt[b]}  items {[n for n in sorted(V) if V[n]['better'] == b]}")
for side in "XY":
    nn = sum(1 for it in items if it[side] is not None)
    print(f"{side}: all fields right {allright[side]}/{nn} non-null events")
