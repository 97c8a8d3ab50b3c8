"""Write paragraphs-a-verdicts.jsonl (judge a, round 73). usage: python events-a-tools/write_paragraphs.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h14-x50-24": dict(
    coder_events=["ASSAULT: Iran (IRN) -> Israel (ISR), fired about 180 ballistic missiles, 2024-10-01 (Tuesday evening)"],
    found=1, spurious=0,
    notes="dateline's e1 has the right type, arguments and date. 'The killing of leaders of Hezbollah, Hamas and its own Revolutionary Guards' is an earlier act given as a motive, with no perpetrator in the sentence, so it is not coded. The interceptions ('shot down') by Israel and the US are defensive and not coded as a separate act."),
 "h14-x49-25": dict(
    coder_events=[],
    found=0, spurious=0,
    notes="An election result (Nawrocki won, defeating Trzaskowski) and a forecast ('threatens to stall') are not PLOVER acts. dateline coded nothing here, which is right."),
 "h14-x49-22": dict(
    coder_events=["SANCTION: Council of Europe (no country) -> Russia (RUS), expelled, 2022-03-16 (Wednesday)",
                  "ASSAULT: Russia (RUS) -> Ukraine (UKR), invasion (ongoing), 2022-03-16"],
    found=2, spurious=0,
    notes="e1 (SANCTION expel) is right. e2 has the right type for the invasion, but its source is the Council of Europe instead of Russia ('its invasion' = Russia's), so it is found with a wrong source, not spurious."),
 "h14-x52-24": dict(
    coder_events=["ASSAULT: North Korea (PRK) -> South Korea (KOR), blew up sections of inter-Korean road and rail lines, 2024-10-15 (Tuesday)",
                  "MOBILIZE: South Korean military (KOR) -> North Korea (PRK), fired warning shots south of the border (show of force), 2024-10-15"],
    found=1, spurious=0,
    notes="dateline found the demolition (e1, ASSAULT explosives, right arguments and date). It missed the South's warning shots, which are a show of force (CAMEO 15) rather than an attack. 'Efforts to sever ties' and 'alleged drone flights' are background with no discrete act."),
 "h14-x50-06": dict(
    coder_events=["SANCTION: Scottish court (GBR) -> Libyan intelligence agent al-Megrahi (LBY), convicted, 2001-01-31 (Wednesday)"],
    found=1, spurious=0,
    notes="e1 has the right type. Its target is coded as the state Libya where the convicted party is the Libyan agent. The 1988 bombing appears only as the crime convicted of, an event of 13 years earlier, and is not coded. The acquittal of the co-defendant has no PLOVER category."),
 "h14-x50-10": dict(
    coder_events=[],
    found=0, spurious=0,
    notes="Voters approving a referendum is an electoral outcome, not an act between political actors. 'The military junta's promised return to civilian rule' is a noun-phrase reference to an earlier promise with no date, and is not coded. dateline coded nothing here, which is right."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
tot = dict(coded=0, found=0, dateline=0, spurious=0)
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot["coded"] += len(v["coder_events"]); tot["found"] += v["found"]
        tot["dateline"] += len(p["events"]); tot["spurious"] += v["spurious"]
print(tot)
