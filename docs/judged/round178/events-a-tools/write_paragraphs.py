"""Write paragraphs-a-verdicts.jsonl (judge a, round 178) and check it against paragraphs-a.jsonl.
usage (from docs/judged/round178): python events-a-tools/write_paragraphs.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h67-x264-25": dict(
    coder_events=[
        "SUPPORT: El Salvador's Congress (SLV) -> (Bukele's presidency, SLV), approved constitutional changes allowing indefinite re-election, 2025-07-31",
        "ACCUSE: critics (unnamed, SLV) -> El Salvador's Congress (SLV), said the move would entrench one-man rule, 2025-07-31/2025-08-01",
    ],
    found=1, spurious=0,
    notes="dateline codes the approval (SUPPORT, Congress, Thursday 2025-07-31, right) but not the critics' disapproval; it oddly records 'move critics' as reported_by of the approval. Whether a legislature passing its own reform is a SUPPORT event is arguable; PLOVER's 'approve policy' covers it."),
 "h67-x262-03": dict(
    coder_events=[
        "ACCUSE: Morocco (MAR) -> Christopher Ross, U.N. Western Sahara envoy (UN/USA), withdrew confidence and accused him of bias toward the Polisario Front, 2012-05-17",
    ],
    found=0, spurious=0,
    notes="One act (withdrawing confidence and accusing bias are the same statement). dateline has no event in the paragraph: a miss."),
 "h67-x261-04": dict(
    coder_events=[
        "ASSAULT: Armenia (ARM) <-> Azerbaijan (AZE), deadly border clashes killing soldiers on both sides, 2012-06-05",
        "REQUEST: Hillary Clinton (USA) -> Armenia (ARM) and Azerbaijan (AZE), urged them to make peace, 2012-06-05",
    ],
    found=2, spurious=0,
    notes="Clinton 'toured the region' names no host, so no CONSULT is listed. dateline's two events (clashes ASSAULT ARM->AZE, urging REQUEST) are both right."),
 "h67-x263-10": dict(
    coder_events=[
        "SANCTION: President Jose Mario Vaz (GNB) -> Prime Minister Domingos Simoes Pereira and his government (GNB), dismissed them, 2015-08-12",
    ],
    found=0, spurious=0,
    notes="The dismissal of a government has no exact PLOVER mode; SANCTION (expel from office / reduce relations) is the nearest, COERCE another reading. The 'months of feuding' is background with no act. dateline has no event: a miss."),
 "h67-x263-08": dict(
    coder_events=[
        "COERCE: Sudanese security agents (SDN) -> Sadiq al-Mahdi, opposition leader (SDN), arrested him, 2014-05-17",
        "ACCUSE: Sadiq al-Mahdi (SDN) -> government-backed paramilitary force (SDN), accused it of abuses against civilians, before 2014-05-17 (no date given)",
    ],
    found=1, spurious=0,
    notes="Bashir's 'offer of national dialogue' is a background noun phrase, not listed. dateline finds the arrest (right type, date 2014-05-17) but splits al-Mahdi into two targets ('Mahdi', 'Sadiq al'); it misses al-Mahdi's accusation."),
 "h67-x261-21": dict(
    coder_events=[
        "RETREAT: Boris Johnson (GBR), announced his resignation as Conservative leader, 2022-07-07",
        "RETREAT: ministers (GBR) -> Johnson's government (GBR), a wave of ministerial resignations, since 2022-07-05 (span)",
    ],
    found=1, spurious=0,
    notes="dateline finds Johnson's resignation (RETREAT resign, right) but not the wave of ministerial resignations named in the same sentence (it codes Sunak and Javid's resignations from the next paragraph)."),
}

paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
assert len(paras) == 6 and [p["doc"] for p in paras] == list(P)
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as f:
    for p in paras:
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
back = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
print("paragraphs:", len(back), "coded acts:", sum(len(r["coder_events"]) for r in back),
      "found:", sum(r["found"] for r in back), "dateline events:", sum(r["dateline_events"] for r in back),
      "spurious:", sum(r["spurious"] for r in back))
