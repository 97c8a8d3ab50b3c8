"""Write paragraphs-a-verdicts.jsonl (judge a, round 90). usage: python3 events-a-tools/write_paragraphs.py"""
import json
from pathlib import Path
here = Path(__file__).resolve().parents[1]
P = {
 "h22-x83-13": ([], 0, 0, "An election result (ANC wins, Zuma set to become president) is no PLOVER act between political actors; nothing to code, and dateline coded nothing."),
 "h22-x81-01": (["ASSAULT: Russian forces (RUS) -> Chechen separatist fighters of Dudayev (RUS), captured the presidential palace in Grozny after weeks of street fighting, 1995-01-19"],
                0, 0, "Armed forces taking ground is ASSAULT (CONVENTIONS, wave 30); dateline found nothing in this sentence. Yeltsin's declaration that the military stage is nearly over is a statement with no PLOVER type."),
 "h22-x84-06": (["ASSAULT: pro-Indonesian militiamen (IDN) -> UNHCR (UN) office and three foreign staff, stormed the office and hacked and stabbed three staff to death, 2000-09-06"],
                1, 0, "Found (e1, ASSAULT, 2000-09-06, Wednesday). The storming and the killings are one assault; dateline left the militiamen's country empty (IDN would be better) and mode None."),
 "h22-x84-07": (["SUPPORT: leaders of China (CHN), Russia (RUS), Kazakhstan (KAZ), Kyrgyzstan (KGZ), Tajikistan (TJK), Uzbekistan (UZB) (mutual), founded the Shanghai regional organisation (signed its founding declaration), 2001-06-15",
                 "ACCUSE: the six leaders (CHN, RUS, ...) -> United States (USA), warned Washington against building a national missile defence, 2001-06-15"],
                0, 0, "Dateline has no event in this sentence (it coded the signing from the next sentence). The warning against NMD could be THREATEN under a loose reading; I code it as a disapproval (the story calls it 'a clear swipe')."),
 "h22-x84-01": (["MOBILIZE (weapons test): China (CHN) -> Taiwan (TWN), fired at least two surface-to-surface missiles into the sea north of Taiwan as tests, 1995-07-21",
                 "ACCUSE: Taiwan/Taipei (TWN) -> China (CHN), called the tests a crude attempt to intimidate the island, 1995-07-21",
                 "CONSULT (visit): President Lee Teng-hui (TWN) -> United States (USA), private visit (background, June 1995)"],
                0, 0, "Dateline's e1 codes the missile tests as ASSAULT heavy-weapons: the act is real (not spurious) but the type is wrong, since missiles fired into a sea target zone are weapons tests (PLOVER MOBILIZE 'test weapons systems'); so none of the three acts is found with the right type."),
 "h22-x81-08": (["CONSULT (third-party mediation): Kofi Annan (UN) -> Cypriot leaders Clerides (CYP) and Denktash (Turkish Cypriot), presented a reunification plan, 2002-11-11",
                 "REQUEST: Kofi Annan (UN) -> Cypriot leaders (CYP), urged them to reach agreement before the Copenhagen EU summit, 2002-11-11"],
                1, 0, "Found the REQUEST (e1 'urging', 2002-11-11, target Cyprus). Presenting the plan (a mediator's proposal, CONSULT/mediate or AGREE/offer) was not coded."),
}
paras = [json.loads(l) for l in open(here / "paragraphs-a.jsonl")]
assert [p["doc"] for p in paras] and set(P) == {p["doc"] for p in paras}
tot = [0, 0, 0, 0]
with open(here / "paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        o = {"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": len(p["events"]),
             "spurious": spur, "notes": notes}
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
        tot = [tot[0] + len(ev), tot[1] + found, tot[2] + len(p["events"]), tot[3] + spur]
print("coded acts, found, dateline events, spurious:", tot)
