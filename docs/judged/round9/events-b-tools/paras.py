"""Recall on 15 story first paragraphs (drawn by sample.py); appends to events-b.jsonl."""
import json
OUT = "/tmp/j11-events-b"
# per paragraph: coder's events, which of them dateline found, and dateline's spurious events
P = [
 ([], [], []),
 (["AGREE: Lithuania and Tobago to continue cooperation"], ["AGREE find"], []),
 ([], [], []),
 (["CONSULT: ten troop-contributing countries in talks on a new accord"], [], []),
 (["SANCTION: Niger ex-politician fined for bribes"], [], []),
 (["THREATEN/ACCUSE: Finnish ministry warns it will not tolerate the occupation",
   "COERCE: Helsinki police issue an arrest warrant for a parliamentarian"],
  ["THREATEN warning"], []),  # REQUEST 'issued' is the warrant happening but not a close type (not found, not spurious)
 (["CONSULT: delegation sent to meet the Somali president",
   "CONSULT (future): the leader to travel to the US for a summit with Obama"],
  ["CONSULT met"], []),
 (["COERCE/ASSAULT: military coup over the weekend"], [], ["ASSAULT 'continues' (the base running out of food)"]),
 (["COERCE/ASSAULT: the president's police raids on Nigerians"], ["ASSAULT raids"], []),
 ([], [], ["COERCE 'censor' Google->China: background clause in a campaign description, no event"]),
 (["AGREE/CONCEDE: Canada agrees to let Djibouti keep an embargo and inspect"], ["AGREE agreed"], []),
 (["COERCE: Latvia bans its media from publishing claims"], ["COERCE banned"], []),
 (["SUPPORT 057: Egypt signs an agreement with the EU"], ["SUPPORT signed"], []),
 (["AGREE: Cuba and St Vincent agree to strengthen relations"], ["AGREE agreed"], []),
 (["ASSAULT: 90 dead in clashes between Islamist supporters and protesters"], [], []),
]

def main():
    paras = [json.loads(line) for line in open(f"{OUT}/paras.jsonl")]
    gold = found = pred = spur = 0
    with open("docs/judged/round9/events-b.jsonl", "a") as f:
        for p, (g, fd, sp) in zip(paras, P):
            gold += len(g); found += len(fd); pred += len(p["events"]); spur += len(sp)
            f.write(json.dumps({"kind": "first-paragraph", "paragraph": p["para"], "predicted": p["events"],
                                "coder_events": g, "found": fd, "spurious": sp}, ensure_ascii=False) + "\n")
    print(f"coder events {gold}, found {found} ({100*found/gold:.0f}%); predicted {pred}, spurious {spur}")

main()
