"""Judge a, round 50: writes paragraphs-a-verdicts.jsonl (recall on 6 first paragraphs)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

P = {
 "h4-x10-25": (
  ["ASSAULT: U.S. and British warplanes, warships and a submarine strike Houthi targets across Yemen, 2024-01-12",
   "THREATEN: the Houthis vow the strikes will not go unpunished (to the US and Britain), 2024-01-12"],
  1, 0,
  "e1 ASSAULT found. e2 codes the Houthi vow as AGREE; it is a threat of retaliation (THREATEN), so a real act with the wrong type, not spurious. The background 'weeks of attacks on merchant shipping' not counted."),
 "h4-x11-06": (
  ["ASSAULT: Kenyan security forces locked in an armed standoff with the Islamist gunmen at Westgate, 2013-09-22",
   "ASSAULT (abduct): Islamist gunmen hold an unknown number of hostages at Westgate, 2013-09-22 (ongoing)",
   "ASSAULT: the gunmen's assault on the mall killed at least 59 and wounded 175, 2013-09-21"],
  0, 0,
  "Dateline coded nothing in this paragraph: the standoff, the hostage-holding and the assault (the mall attack of Saturday) are all missed."),
 "h4-x9-11": (
  ["ASSAULT: armed men storm a police compound in Yerevan, killing one officer, 2016-07-17",
   "ASSAULT (abduct): armed men take several police officers hostage, 2016-07-17",
   "REQUEST: armed men demand the release of a jailed opposition figure and President Sargsyan's resignation, 2016-07-17"],
  3, 1,
  "e1, e2, e3 found. e4 RETREAT resign (asserted) is spurious: the resignation is only the content of the gunmen's demand, not an act."),
 "h4-x11-25": (
  ["ASSAULT (suicide attack/assassination): a suicide bomber kills Burhanuddin Rabbani in his Kabul home, 2011-09-20"],
  1, 0,
  "e1 ASSAULT found (type right), though its arguments are wrong: Rabbani is put as a second source and the target is empty."),
 "h4-x11-08": (
  ["SUPPORT: Britain and Rwanda sign the asylum agreement, 2022-04-14",
   "ACCUSE: refugee organisations and British opposition parties condemn the plan (Britain's government), 2022-04-14"],
  1, 0,
  "e1 SUPPORT found (mutual signing). The condemnation by refugee organisations and opposition parties is missed. The future flights under the plan are the agreement's content, not counted."),
 "h4-x12-15": (
  ["COERCE (arrest): police arrest the former army commander Zuniga, 2024-06-26",
   "MOBILIZE: Zuniga leads soldiers and armoured vehicles into Plaza Murillo, against the Bolivian government, 2024-06-26",
   "ASSAULT: Zuniga's armoured vehicle rams the door of the old presidential palace, 2024-06-26",
   "ACCUSE: Arce denounces it as an attempted coup (against Zuniga), 2024-06-26"],
  2, 0,
  "e1 COERCE and e2 ACCUSE found (e2 dated the document date, not Wednesday, and without a target). The troop movement and the ramming of the palace door are missed."),
}

def main():
    paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
    assert {p["doc"] for p in paras} == set(P)
    tot = [0, 0, 0, 0]
    with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as fh:
        for p in paras:
            ce, found, spur, notes = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": ce, "found": found,
                   "dateline_events": len(p["events"]), "spurious": spur, "notes": notes}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            tot[0] += len(ce); tot[1] += found; tot[2] += len(p["events"]); tot[3] += spur
    print(f"coder events {tot[0]}, found {tot[1]} ({100*tot[1]/tot[0]:.1f}%), dateline events {tot[2]}, spurious {tot[3]}")

if __name__ == "__main__":
    main()
