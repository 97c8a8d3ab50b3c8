"""Write paragraphs-b-verdicts.jsonl: judge b's coding of the 12 first paragraphs (round 34)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

P = {
    "ngec-3212": (["ASSAULT (suicide-attack): ISIS (claimed) bombs a mosque in Darna, Libya, killing at least 27, Saturday 2023-06-10"],
                  0, "The bombing is missed; the claim of responsibility has no PLOVER type of its own."),
    "ngec-3348": ([], 0, "A ministry's plan to raise employment: no political event."),
    "ngec-0613": (["ACCUSE (allege): US federal government indicts/charges a medical marijuana dispensary (15 defendants), Thursday 2023-06-15"],
                  0, "The indictment and the charges are one act; missed."),
    "ngec-2861": (["ASSAULT (aerial): unnamed forces bomb armed-group targets in Somalia, ongoing (document date)"],
                  1, "Found as ASSAULT (mode heavy-weapons; aerial would be finer). 'Political fighting' is too vague to code as a separate act."),
    "ngec-3704": (["ACCUSE (investigate): Bermuda investigates whether a British military mission (GBR) helped plan a murder, ongoing",
                   "ASSAULT: unknown (British mission alleged, reported) murders a dissident Bermuda government official, undated"],
                  0, "Both missed."),
    "ngec-3450": (["ACCUSE (disapprove): Norwegian Parliament committee calls a Norwegian MP to account for his comments, document date"],
                  0, "Missed. The MP's earlier 'gay plot' remark is a reported allegation without a clear target; not listed."),
    "ngec-2641": (["ASSAULT (sexual): unknown rapes a 10-month-old girl (India), undated"],
                  1, "Found from 'attack' (same act as the rape); its date 2023-06-10 is the day of the survivors' statement, wrong for the act but not spurious."),
    "ngec-2428": (["SUPPORT: Israel approves a US$4.25bn deal to buy US helicopters and jets (USA), Wednesday 2023-06-14"],
                  1, "Found, right in all arguments."),
    "ngec-1048": (["ACCUSE (disapprove): Human Rights Watch warns in a report that Comoros' new constitution could restrict rights, Monday 2023-06-12",
                   "COERCE (restrict): Comoros government to restrict rights and press freedoms with a new constitution, next month (hypothetical)"],
                  0, "Both missed."),
    "ngec-1715": (["SUPPORT: the minister's government concludes the 'largest bilateral trade agreement in history' (partner unnamed), undated"],
                  0, "Missed."),
    "ngec-1167": (["AGREE: de Gaulle (FRA) offers the Algerian rebels to stay in France if they cease their rebellion, document date"],
                  0, "Missed (a conditional offer; AID asylum hypothetical would be the alternative reading)."),
    "ngec-1355": (["RETREAT (ceasefire): DPR/LPR forces and Ukrainian government side start a ceasefire at 01:00, document date",
                   "CONCEDE: both sides promised under the agreement to withdraw forces to the pre-crisis lines, undated"],
                  0, "Both missed."),
}

rows = []
for line in open(HERE / "paragraphs-b.jsonl"):
    p = json.loads(line)
    events, found, notes = P[p["doc"]]
    rows.append({"doc": p["doc"], "coder_events": events, "found": found,
                 "dateline_events": len(p["events"]), "spurious": 0, "notes": notes})
assert len(rows) == 12
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
ce = sum(len(r["coder_events"]) for r in rows)
fd = sum(r["found"] for r in rows)
de = sum(r["dateline_events"] for r in rows)
sp = sum(r["spurious"] for r in rows)
print(f"coder events {ce}, found {fd} ({100*fd/ce:.0f}%), dateline events {de}, spurious {sp}")
