"""Judge a, round 49: write paragraphs-a-verdicts.jsonl for the 5 first paragraphs."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

P = {
 "h3-x6-19": dict(
   coder_events=[
     "RETREAT: the last Israeli soldiers (ISR) withdraw from the Gaza Strip (PSE), 2005-09-12",
     "ASSAULT (destroy): Palestinian crowds (PSE) set fire to synagogues left by the Israeli army, 2005-09-12",
   ], found=1, spurious=0,
   notes="dateline's RETREAT (soldiers -> Palestine, document date) is right; the arson of the synagogues is missed ('rushed into the rubble' is no act)."),
 "h3-x5-23": dict(
   coder_events=[
     "COERCE (arrest): Belarusian riot police (BLR) raid the Minsk tent camp and detain hundreds of opposition supporters (BLR), 2006-03-24",
     "PROTEST (demo): opposition supporters (BLR) protest for five days against Lukashenko's re-election (target Belarus government), ongoing to 2006-03-24",
   ], found=1, spurious=0,
   notes="'swooped on a tent camp ... detaining' coded once (raid with arrests); the five-day protest in the relative clause is missed."),
 "h3-x6-07": dict(
   coder_events=[], found=0, spurious=0,
   notes="Mursi declared election winner; the 'potential power struggle' with the generals is no act. Nothing to code; dateline coded nothing."),
 "h3-x8-06": dict(
   coder_events=[
     "RETREAT (release): Myanmar's military government (MMR) releases Aung San Suu Kyi (MMR) from house arrest, 2010-11-13",
   ], found=0, spurious=0,
   notes="The release is missed; supporters rushing to her gate is a gathering, not coded."),
 "h3-x6-02": dict(
   coder_events=[
     "RETREAT (withdraw): the last Israeli troops (ISR) withdraw from southern Lebanon (LBN), 2000-05-24",
   ], found=0, spurious=0,
   notes="'rolled out of southern Lebanon' missed; the two decades of fighting with Hezbollah is background, not coded as a dated act."),
}

def main():
    out = []
    for l in open(os.path.join(ROOT, "paragraphs-a.jsonl")):
        p = json.loads(l)
        v = P[p["doc"]]
        out.append({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                    "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]})
    assert len(out) == 5
    with open(os.path.join(ROOT, "paragraphs-a-verdicts.jsonl"), "w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    ce = sum(len(o["coder_events"]) for o in out)
    print(f"coder events {ce}, found {sum(o['found'] for o in out)}, dateline events {sum(o['dateline_events'] for o in out)}, spurious {sum(o['spurious'] for o in out)}")

if __name__ == "__main__":
    main()
