"""Write paragraphs-b-verdicts.jsonl (judge's coding of the 6 first paragraphs)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h59-x231-25": (
   ["CONSULT: conference participants (co-hosts Britain, EU, France, Germany, AU and ~20 states; no single code) multilateral, international conference on Sudan in London, 2025-04-15",
    "AGREE: conference donors (no single code) -> Sudan (SDN), pledges of more than 800 million pounds in humanitarian aid, 2025-04-15"],
   0, 0, 0, "Tuesday is 2025-04-15 (document date Wed 2025-04-16). The failure to agree a contact group and the blocked communique are non-events. Dateline found none of the two acts."),
 "h59-x230-03": (
   ["SUPPORT: Libya's national assembly (LBY) -> Ali Zeidan (LBY), elected prime minister, 2012-10-14",
    "SANCTION: lawmakers (LBY) -> his predecessor, Prime Minister Mustafa Abushagur (LBY), threw him out (no-confidence vote), about 2012-10-07 ('a week after')"],
   1, 1, 0, "Dateline's e1 (threw, SANCTION) is the ouster with the right type, but its target is empty (should be the predecessor) and its date 2012-10-14 is the election's, not 'a week' earlier. The election (SUPPORT approve actor) was missed; some coders would not code an election at all."),
 "h59-x229-04": (
   ["CONSULT: Serbian PM Ivica Dacic (SRB) <-> Kosovo PM Hashim Thaci (XKX), talks hosted by EU foreign policy chief Catherine Ashton (EU), first meeting, 2012-10-19"],
   0, 0, 0, "Friday is 2012-10-19. Dateline coded nothing in the lead, missing the story's main event (the third-party meeting)."),
 "h59-x230-09": (
   ["CONSULT: Israeli President Shimon Peres (ISR) <-> Palestinian President Mahmoud Abbas (PSE), brought together by Pope Francis (VAT) to pray for peace in the Vatican gardens, 2014-06-08"],
   0, 0, 0, "Sunday is 2014-06-08. The collapse of the U.S.-brokered negotiations six weeks earlier has no acting party in this paragraph and is left uncoded (later sentences give Israel suspending the talks). Dateline coded nothing in the lead."),
 "h59-x230-04": (
   ["ASSAULT: unknown perpetrator -> Damascus (SYR), car bomb exploded, 2012-10-27",
    "ASSAULT: Syrian government warplanes (SYR) -> rebel-held areas (SYR rebels), air strikes, 2012-10-27"],
   1, 1, 0, "Dateline's e1 (struck, ASSAULT) is the air strikes, right type and date, government warplanes (SYR) right, target empty where the sentence names rebel-held areas. The car bomb was missed."),
 "h59-x229-13": (
   [],
   0, 0, 0, "An election win and official results are not PLOVER acts; nothing to code, and dateline coded nothing."),
}
docs = [json.loads(l)["doc"] for l in open(HERE / "paragraphs-b.jsonl")]
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as f:
    for d in docs:
        ev, found, dl, sp, notes = P[d]
        f.write(json.dumps({"doc": d, "coder_events": ev, "found": found, "dateline_events": dl,
                            "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")
print("acts", sum(len(P[d][0]) for d in docs), "found", sum(P[d][1] for d in docs),
      "dateline", sum(P[d][2] for d in docs), "spurious", sum(P[d][3] for d in docs))
