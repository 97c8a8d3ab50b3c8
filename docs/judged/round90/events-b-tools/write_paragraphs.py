"""Write paragraphs-b-verdicts.jsonl (the coder's events for each sampled first paragraph) and check it."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
P = {
 "h22-x82-11": (["PROTEST: Hezbollah and allies' supporters (LBN) -> Siniora's cabinet / Lebanese government (LBN), mass rally and open-ended sit-in outside the government headquarters in central Beirut to bring down the cabinet, 2006-12-01"],
   "Flooding the centre, pitching tents and launching the sit-in are one protest act. dateline coded nothing in the paragraph; it has the protest only later, as 'called' (PROTEST/strike, e1) in the third paragraph."),
 "h22-x83-09": (["ASSAULT: Pakistani troops (PAK) -> foreign militants and their tribal allies (no code / PAK tribes), surrounded in the fighting in South Waziristan, on its third day, 2004-03-18 (reported Thursday)"],
   "The encirclement and the ongoing fighting are one military operation; 'may have trapped a senior al Qaeda figure' is a hypothetical part of it. Musharraf's saying so is attribution. dateline found nothing."),
 "h22-x81-22": (["ACCUSE: critics (RUS) -> the constitutional vote / Russian authorities (RUS), denounced the week-long vote as a sham, 2020-07-02"],
   "Voters approving the amendments is not an act between political actors, and the official results are not an act. dateline found nothing in the paragraph."),
 "h22-x84-16": (["REJECT: Papua New Guinea's parliament (PNG) -> the Supreme Court (PNG), openly defying the court's ruling, 2011-12-15"],
   "'Two men claiming to be prime minister' and 'two rival police chiefs' describe the crisis, not a coded act. The defiance is a rejection of the court's ruling (CAMEO 12). dateline found nothing."),
 "h22-x82-03": (["PROTEST: Islamic Action Front and several smaller groups (JOR) -> Jordan's parliamentary election / government (JOR), stayed away from (boycotted) the election in protest, 1997-11-04 (Tuesday's vote)"],
   "The candidates winning seats and the results being announced are not events. dateline found nothing in the paragraph."),
 "h22-x81-09": (["SUPPORT: Poland / Polish voters (POL) -> European Union (EU), voted to join the EU in the two-day referendum, 2003-06-07/08"],
   "This is a borderline event: a referendum approving EU accession is coded as approval of the EU (PLOVER SUPPORT 'approve'), though some coders would leave a popular vote uncoded. dateline found nothing."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
assert len(paras) == 6 and all(p["doc"] in P for p in paras)
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as f:
    for p in paras:
        ev, notes = P[p["doc"]]
        n_dl = len(p["events"])
        f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": 0, "dateline_events": n_dl,
                            "spurious": 0, "notes": notes}, ensure_ascii=False) + "\n")
back = [json.loads(l) for l in open(HERE / "paragraphs-b-verdicts.jsonl")]
print(len(back), "lines; coded", sum(len(b["coder_events"]) for b in back), "found", sum(b["found"] for b in back),
      "dateline", sum(b["dateline_events"] for b in back), "spurious", sum(b["spurious"] for b in back))
