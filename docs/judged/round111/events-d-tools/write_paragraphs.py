"""Write paragraphs-d-verdicts.jsonl: the acts a trained coder would code in each sampled first paragraph.
P: doc -> (coder events, found with right type, spurious dateline events, notes)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
    "h33-x128-17": (["ACCUSE: Eduardo Cunha, lower-house speaker (BRA) -> President Dilma Rousseff (BRA), accepted a request to open impeachment proceedings against her, 2015-12-02"],
                    0, 0, "Dateline found nothing; opening impeachment proceedings is ACCUSE (investigate/allege). 'Plunging the country into crisis' is no act."),
    "h33-x125-13": (["RETREAT: Russian forces (RUS) -> Georgia (GEO), pulled out of the buffer zones around Abkhazia and South Ossetia, 2008-10-09 (said on Thursday; checkpoints dismantled overnight)"],
                    0, 0, "Dateline found nothing; the withdrawal is the lead act. The Georgian/EU statements are attribution only; 'meeting the terms of a deal' is not a separate act."),
    "h33-x126-24": (["COERCE: Houthi movement (YEM) -> United Nations staff (UN), detained at least 13 U.N. staff, 2024-06-08 (document date; no date given)",
                     "REQUEST: U.N. Secretary-General Antonio Guterres (UN) -> Houthis (YEM), called for the staff's immediate release, 2024-06-07 (Friday)"],
                    2, 0, "Both found with the right type. Dateline's REQUEST has an empty target; the request is aimed at the Houthis, named in the sentence."),
    "h33-x128-16": (["SUPPORT: Russia (RUS) <-> China (CHN), signed a 30-year gas supply deal, 2014-05-21"],
                    1, 0, "Found (SUPPORT, mutual, Wednesday). 'Ending a decade of negotiations' is no separate act; 'as he faces Western sanctions' is a background state I would not code."),
    "h33-x125-05": (["SUPPORT: Poland (POL), Hungary (HUN), Czech Republic (CZE) -> NATO, formally joined the alliance (deposited instruments of accession), 1999-03-12"],
                    0, 0, "Dateline found nothing; joining NATO (finalising accession) is SUPPORT (ratify/finalise a treaty); COOPERATE would also be defensible."),
    "h33-x128-10": ([], 0, 0,
                    "No PLOVER act: winning an election is not a PLOVER event, and 'on a promise to revive the economy' is the campaign platform (background), not a pledge reported as this news. Dateline coded nothing here, correctly."),
}
rows = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as out:
    for r in rows:
        ev, found, spur, notes = P[r["doc"]]
        out.write(json.dumps({"doc": r["doc"], "coder_events": ev, "found": found,
                              "dateline_events": len(r["events"]), "spurious": spur,
                              "notes": notes}, ensure_ascii=False) + "\n")
tot = [0, 0, 0, 0]
for l in open(HERE / "paragraphs-d-verdicts.jsonl"):
    r = json.loads(l)
    tot[0] += len(r["coder_events"]); tot[1] += r["found"]; tot[2] += r["dateline_events"]; tot[3] += r["spurious"]
print("coded, found, dateline, spurious:", tot)
