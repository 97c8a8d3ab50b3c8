"""Write paragraphs-a-verdicts.jsonl: the acts a trained coder codes in each first paragraph."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h40-x153-14": (
   ["RETREAT: 34 PKK members (TUR, rebels) -> Turkish authorities (TUR), surrendered at the Habur border gate, 2009-10-19"],
   0, 0,
   "Crossing the border is movement, not an act; the PKK's statement that the gesture supports peace is not a separate act. dateline has no event in this paragraph."),
 "h40-x156-15": (
   ["ACCUSE: unnamed critics -> China's liaison office in Hong Kong (CHN), accused of lobbying electors for Leung, date unknown (during the race before 2012-03-25)"],
   0, 0,
   "Leung's selection by the election committee is an election, not a PLOVER act. dateline has no event in this paragraph."),
 "h40-x156-17": (
   ["COERCE (deport): Thailand (THA) -> more than 100 Uighur migrants (CHN), forcibly returned to China, 2015-07-09",
    "ACCUSE: UNHCR (UN) -> Thailand (THA), condemnation of the deportation, 2015-07-09",
    "ACCUSE: United States (USA) -> Thailand (THA), condemnation of the deportation, 2015-07-09",
    "PROTEST (riot): protesters in Istanbul (TUR) -> Thailand (THA), attack on Thailand's consulate, 2015-07-08 (late Wednesday per the story)"],
   0, 0,
   "dateline found none of the four acts in this lead (no event in the paragraph at all)."),
 "h40-x153-15": (
   ["ASSAULT: nationalist and far-right youths (SRB) <-> riot police (SRB), running battles in central Belgrade, 2010-10-10",
    "PROTEST (riot): far-right youths (SRB) -> ruling Democratic Party (SRB), attacking its headquarters and setting cars alight, 2010-10-10",
    "PROTEST (demo): about 1,000 people (SRB), Belgrade gay pride parade, 2010-10-10"],
   2, 2,
   "Found the battles (e1 ASSAULT) and the attack on the party headquarters (e2 PROTEST riot; its target Serbia rather than the ruling party, but the type is right). Missed the pride parade. No spurious event."),
 "h40-x155-21": (
   ["ASSAULT: Ethiopian forces and militiamen (ETH) -> Sudanese troops (SDN), ambush in al-Fashaga killing four soldiers, 2020-12-15 (Tuesday per the story; Sudan said it on Wednesday 2020-12-16)",
    "ASSAULT: Ethiopia (ETH) -> Tigray forces (ETH), ongoing war in Tigray, 2020-12-17 (ongoing)"],
   0, 0,
   "dateline has no event in this paragraph; it codes the ambush only from the next paragraph ('the troops were attacked on Tuesday'), without source."),
 "h40-x155-09": (
   ["COERCE (state of emergency): Olusegun Obasanjo (NGA) -> Plateau state (NGA), declared a state of emergency, 2004-05-18",
    "COERCE (administrative sanction): Olusegun Obasanjo (NGA) -> Plateau governor Joshua Dariye and the state assembly (NGA), suspended, 2004-05-18"],
   1, 1,
   "Found the state of emergency (e1 COERCE, right type). The suspension of the elected governor and assembly is not coded. 'Weeks of religious killings' is background with no actor or victim named and is not counted. No spurious event."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as f:
    for p in paras:
        ev, found, spur_dl_n, notes = P[p["doc"]]
        n_dl = len(p["events"])
        assert n_dl == spur_dl_n, (p["doc"], n_dl)
        f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                            "dateline_events": n_dl, "spurious": 0, "notes": notes},
                           ensure_ascii=False) + "\n")
tot = {"coded": 0, "found": 0, "dateline": 0, "spurious": 0}
for l in open(HERE / "paragraphs-a-verdicts.jsonl"):
    d = json.loads(l)
    tot["coded"] += len(d["coder_events"]); tot["found"] += d["found"]
    tot["dateline"] += d["dateline_events"]; tot["spurious"] += d["spurious"]
print(tot)
