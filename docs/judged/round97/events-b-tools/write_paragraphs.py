"""Judge b, round 97: write paragraphs-b-verdicts.jsonl (recall on the six first paragraphs)."""
import json

P = {
 "h26-x97-07": ([], 0, 0,
   "Election results ('took the lead', 'dealing a blow') are no PLOVER act; nothing to code, dateline coded nothing."),
 "h26-x99-05": (["CONSULT (mediation): regional leaders of the Great Lakes (no single code) -> Burundi (BDI), named Nelson Mandela mediator in Burundi's peace process, 1999-12-01"], 0, 0,
   "Naming a mediator coded as the start of a mediation (CAMEO 045 family); borderline, but the story's lead act. Nyerere's death is no event. Dateline coded nothing in the paragraph."),
 "h26-x100-18": (["COERCE (ban): authorities unnamed (NIC) -> the main opposition (NIC), excluded from the campaign, no date (before the election)"], 0, 0,
   "Ortega's election win is no PLOVER act; the exclusion of the opposition is a background restriction (the Supreme Court's and electoral council's acts, told later in the story). Dateline coded nothing here."),
 "h26-x97-16": ([], 0, 0,
   "Winning the election and 'handpicked by' (an appositive endorsement) are not coded; nothing in the paragraph, dateline coded nothing."),
 "h26-x97-13": (["RETREAT (resign): Costas Karamanlis (GRC) resigns as leader of New Democracy after the defeat, 2009-10-04"], 0, 0,
   "The landslide itself is no event; the resignation as party leader (announced the night of the vote, Sunday 2009-10-04) is. Dateline coded nothing in the paragraph."),
 "h26-x98-21": (["SUPPORT (approve): Algerians (DZA) approved the revised constitution in Sunday's referendum, 2020-11-01",
                 "PROTEST (demo): Algerian protesters, the Hirak (DZA) -> the Algerian state (DZA), last year's mass protests, 2019"], 1, 0,
   "Dateline's one event (SUPPORT, Algerians, 2020-11-01) is right; the mass protests named as background ('last year's mass protests') were not coded."),
}
paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, spurious, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                              "dateline_events": len(p["events"]), "spurious": spurious,
                              "notes": notes}, ensure_ascii=False) + "\n")
