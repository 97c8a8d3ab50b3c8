"""Write paragraphs-b-verdicts.jsonl (the judge's coding of the 6 lead paragraphs)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h46-x179-06": (["RETREAT: Pasteur Bizimungu (RWA) -> none, resigned as president, 2000-03-23"], 1,
   "Dateline's RETREAT resign is right in every field. 'Poised to take the top job' reports no act."),
 "h46-x180-09": (["REJECT: China's parliament / NPC Standing Committee (CHN) -> Hong Kong (HKG), ruled out universal suffrage for the 2007 leader and 2008 legislature, 2004-04-26",
                  "ACCUSE: Britain (GBR) -> China (CHN), expressed concern over the ruling, 2004-04-26",
                  "ACCUSE: United States (USA) -> China (CHN), expressed concern over the ruling, 2004-04-26"], 0,
   "Dateline has no event in this lead. The ruling could also be coded COERCE restrict (limits on political rights); I code it REJECT of the democrats' demand for change. The two 'concern' reactions are disapproval, spelled out in P6 ('concerned', 'regretted')."),
 "h46-x180-10": (["PROTEST: protesters in red (TWN) -> President Chen Shui-bian / Taiwan's government (TWN), marched around the presidential office demanding Chen resign, 2006-09-15 (Friday night)"], 1,
   "Dateline's PROTEST demo is right: the crowd rule makes Taiwan's state a right target because the aim is the president. The demand is part of the protest (PLOVER codes protests that make demands as PROTEST), so it is not a separate REQUEST."),
 "h46-x179-20": (["COOPERATE: Riek Machar (SSD) <-> Salva Kiir (SSD), formed a unity government (Machar sworn in as first vice president), 2020-02-22"], 0,
   "Dateline has no event in this lead. Some coders would code the power-sharing step as SUPPORT (putting the 2018 peace deal into effect) rather than COOPERATE."),
 "h46-x179-16": (["ASSAULT: police (BGD) -> supporters of Khaleda Zia (BGD), fired pepper spray (crowd-control), 2015-01-05",
                  "PROTEST: Khaleda Zia (BGD) -> Bangladesh government (BGD), called an indefinite nationwide blockade of roads, railways and waterways (obstruct), 2015-01-05"], 0,
   "Dateline has no event in this lead. Zia's 'tried to leave her office' hints at COERCE restrict (her confinement), but the lead does not report it as an act, so I do not list it."),
 "h46-x180-24": (["AGREE: Commonwealth leaders (no code) -> none, agreed the time had come for a conversation on reparatory justice, 2024-10-26",
                  "REJECT: Commonwealth leaders (no code) -> Britain (GBR), overrode British efforts to keep reparations off the agenda, 2024-10-26"], 0,
   "Dateline has no event in this lead. The REJECT is debatable: 'overriding British efforts' may be read as part of the agreement."),
}

def main():
    paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
    assert [p["doc"] for p in paras] and set(P) == {p["doc"] for p in paras}
    with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as out:
        for p in paras:
            acts, found, notes = P[p["doc"]]
            n = len(p["events"])
            out.write(json.dumps({"doc": p["doc"], "coder_events": acts, "found": found,
                                  "dateline_events": n, "spurious": 0, "notes": notes}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
