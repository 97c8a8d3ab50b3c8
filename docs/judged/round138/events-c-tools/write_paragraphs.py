"""Write paragraphs-c-verdicts.jsonl from judge c's hand coding of the six first paragraphs."""
import json
P = {
 "h46-x179-19": (["SANCTION: Maldives court (MDV) -> Abdulla Yameen (MDV), sentenced to five years, fined $5 million after finding him guilty of money laundering (one conviction act), 2019-11-28"],
                 1, 0, "The sentencing, the fine and the guilty finding are one conviction; the election defeat is no PLOVER act. Dateline's SANCTION convict matches in all fields."),
 "h46-x178-25": (["ASSAULT: Houthi movement (YEM) -> Eternity C, Liberian-flagged bulk carrier (LBR), sunk in the Red Sea, 2025-07-07 (attacked Monday per the story; sinking claimed Wednesday 2025-07-09)"],
                 0, 0, "'the second merchant ship it has destroyed in a week' refers back to the Magic Seas attack, coded once where the story reports it. Dateline coded nothing in this paragraph."),
 "h46-x177-14": (["SUPPORT: Croatian voters (HRV) -> European Union (EU), referendum approving EU membership, 2012-01-22"],
                 0, 0, "Some coders would code no event for a referendum vote; I list the approval of membership once. Dateline coded nothing here."),
 "h46-x179-23": (["CONCEDE: Macky Sall (SEN) -> (none named; the opposition), announced he will not seek a third term, 2023-07-03"],
                 0, 0, "The 'deadly street protests' are a background noun phrase (dated only in a later paragraph) and not listed. Dateline coded nothing here."),
 "h46-x180-08": (["COERCE: Myanmar's military government (MMR) -> Ne Win's son-in-law and three grandsons (MMR), arrested, 2002-03-07 (detained Thursday per the next sentence)",
                  "ACCUSE: Myanmar's military government (MMR) -> the son-in-law and grandsons (MMR), accused of plotting to overthrow the junta, 2002-03-10",
                  "COERCE: Myanmar's military government (MMR) -> Ne Win and his daughter (MMR), confined to their lakeside home (house arrest), 2002-03-10 (reported Sunday, no date given)"],
                 1, 0, "Dateline found the arrest (COERCE; date given as the Sunday report date), missed the accusation and the house confinement."),
 "h46-x179-25": (["REJECT: Nigeria's government (NGA) -> Donald Trump (USA), pushed back against his threat, would not accept any violation of its sovereignty, 2025-11-02",
                  "THREATEN: Donald Trump (USA) -> Nigeria (NGA), threat to send forces in 'guns-a-blazing' over killings of Christians, 2025-11-01 (Saturday post per the next paragraph)",
                  "AGREE: Nigeria's government (NGA) -> United States (USA), would welcome help against armed groups, 2025-11-02"],
                 0, 0, "The 'killings of Christians' are a background noun phrase with no agent and not listed. Dateline coded nothing in this paragraph."),
}
out = open("paragraphs-c-verdicts.jsonl", "w")
for l in open("paragraphs-c.jsonl"):
    p = json.loads(l)
    ev, found, spur, notes = P[p["doc"]]
    out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                          "dateline_events": len(p["events"]), "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")
out.close()
