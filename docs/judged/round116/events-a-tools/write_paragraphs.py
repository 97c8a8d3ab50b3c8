"""Write paragraphs-a-verdicts.jsonl (judge a's coding of the six lead paragraphs)."""
import json

P = {
 "h35-x135-07": dict(
   coder_events=["SUPPORT: Somalia's interim government (SOM) <-> rival faction leaders (SOM), signed a declaration committing them to a ceasefire and federal negotiations (sign formal agreement; the ceasefire commitment is its content), 2002-10-27"],
   found=0, notes="The ongoing Eldoret peace talks are background ('talks under way') and not coded separately. dateline has no event in this paragraph; the signing is missed."),
 "h35-x135-24": dict(
   coder_events=[],
   found=0, notes="An election result (Kagame's fourth term) with no act between political actors; nothing to code, and dateline codes nothing."),
 "h35-x133-22": dict(
   coder_events=["SANCTION: Bulgarian parliament (BGR) -> Prime Minister Kiril Petkov's coalition government (BGR), toppled it in a no-confidence vote, 2022-06-22"],
   found=0, notes="Removal of a government by a no-confidence vote; SANCTION (withdrawal of confidence/removal), COERCE would also do. The cabinet's 'hard line against Moscow' is background. dateline codes nothing here."),
 "h35-x136-25": dict(
   coder_events=["SANCTION: Peru's Congress (PER) -> President Dina Boluarte (PER), voted to remove her for 'permanent moral incapacity', 2025-10-10",
                 "ACCUSE: Peru's Congress (PER) -> Dina Boluarte (PER), accused her of failing to stem a surge in violent crime, 2025-10-10"],
   found=1, notes="dateline's one event (ACCUSE Congress -> Boluarte, 2025-10-10, asserted) is right in every field; the removal vote itself is missed. Swearing in Jeri is a domestic procedure, not coded."),
 "h35-x135-06": dict(
   coder_events=["ASSAULT: junior army officers (BDI) -> Burundi government of Pierre Buyoya (BDI), seized the state radio in a coup attempt, 2001-04-18",
                 "ASSAULT: loyal troops (BDI) -> the mutinous officers (BDI), regained control of the radio station, 2001-04-18"],
   found=0, notes="Armed seizure and recapture of a building are ASSAULT by the conventions (armed forces taking ground). The officers' announcement and the government's statement that the attempt failed are claims, not coded. dateline codes nothing here."),
 "h35-x133-24": dict(
   coder_events=[],
   found=0, notes="An election win and the coalition outlook; no codable act. dateline codes nothing."),
}

paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert [p["doc"] for p in paras] and set(P) == {p["doc"] for p in paras}
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": 0, "notes": d["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
