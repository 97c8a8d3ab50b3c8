# write paragraphs-a-verdicts.jsonl: the acts a trained coder codes in each first paragraph
import json
P = {
 "h15-x56-05": (
   ["CONSULT: Bill Clinton (USA) -> Vietnam (VNM), Clinton's visit to Hanoi, 2000-11-17",
    "REQUEST: Bill Clinton (USA) -> Vietnam (VNM), told students Vietnam's future depends on opening its economy and society (the story's 'urges openness'), 2000-11-17",
    "ACCUSE: head of the Communist Party Le Kha Phieu (VNM) -> Bill Clinton (USA), reminded him the war left deep wounds (complaint over U.S. bombing and Agent Orange), 2000-11-17"],
   0, 0, 0, "dateline coded nothing here. The REQUEST and ACCUSE are the milder readings of 'told' and 'reminded'; the visit is plainly codable."),
 "h15-x54-16": (
   ["CONSULT: world powers (Action Group for Syria) multilateral meeting in Geneva, 2012-06-30",
    "AGREE: world powers (mutual) agreed that a transitional government should be set up in Syria (SYR), 2012-06-30"],
   0, 0, 0, "dateline coded nothing here. The ministers' 'conflicting readings' are statements, not events."),
 "h15-x54-25": (
   ["REQUEST: Lebanon's government (LBN) -> Lebanese army (LBN), instructed to draw up a plan to bring all weapons under state control, 2025-08-05 (Tuesday cabinet session)"],
   1, 1, 0, "dateline's e1 (item 45) has the right type and parties; its date is unknown (wrong). 'Challenge to Hezbollah's arsenal' is a description of the same act."),
 "h15-x56-21": (
   ["CONSULT: United States (USA) <-> China (CHN), first high-level talks in Anchorage, 2021-03-18",
    "ACCUSE: United States (USA) -> China (CHN), public accusations over human rights, cyber attacks and trade, 2021-03-18",
    "ACCUSE: China (CHN) -> United States (USA), public accusations in the same exchange, 2021-03-18"],
   1, 1, 0, "dateline found the CONSULT (e1, right in all fields) but not the 'exchange of accusations', which is coded in each direction."),
 "h15-x55-02": (
   ["ASSAULT: rival Liberian factions (LBR) <-> each other, fighting in Monrovia entering its fourth day, 1996-04-09",
    "AID: U.S. military (USA) -> foreigners in Monrovia, helicopter evacuation (rescue), 1996-04-09"],
   0, 0, 0, "dateline coded nothing here. The evacuation as AID is a borderline code; the factional fighting is plainly ASSAULT."),
 "h15-x53-18": (
   ["COERCE: Petro Poroshenko (UKR) -> Russian social networks and search engine (RUS), ordered providers to block them (censor; the text frames it as sanctions against Moscow, SANCTION would also count), 2017-05-16",
    "ACCUSE: critics -> Petro Poroshenko (UKR), denounced the move as censorship, 2017-05-16"],
   0, 0, 0, "dateline coded nothing here. The order to providers and the 'extending sanctions' clause are the same act as the block, coded once."),
}
docs = [json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')]
assert sorted(docs) == sorted(P)
with open('paragraphs-a-verdicts.jsonl', 'w') as out:
    for d in docs:
        ev, found, de, sp, notes = P[d]
        out.write(json.dumps({"doc": d, "coder_events": ev, "found": found, "dateline_events": de,
                              "spurious": sp, "notes": notes}, ensure_ascii=False) + '\n')
