"""Write paragraphs-c-verdicts.jsonl: judge c's coding of the six first paragraphs."""
import json

P = {
 "h15-x55-17": dict(
   coder_events=["SUPPORT: leaders across Africa (unspecified, no single code) -> Ghana (GHA), praised the smooth handover to Mahama, 2012-07-24"],
   found=0,
   notes="Mills's death and Mahama's swearing-in are not PLOVER acts between actors. The passive 'praised across Africa' is a weak SUPPORT with a vague source; a coder could leave it out, which would make the paragraph empty. Dateline found no event."),
 "h15-x53-14": dict(
   coder_events=[
     "SANCTION: Turkey (TUR) -> Israel (ISR), recalled its ambassador, 2010-06-01",
     "SANCTION: Turkey (TUR) -> Israel (ISR), cancelled joint military exercises, 2010-06-01",
     "REQUEST: Turkey (TUR) -> UN Security Council (IGO), demanded an emergency meeting, 2010-06-01",
     "ASSAULT: Israeli commandos (ISR) -> activists on the aid ship (mostly TUR), stormed the ship killing at least nine, 2010-05-31 (before dawn on Monday, per the story)"],
   found=3,
   notes="Dateline found the recall, the demand and the storming (its storming target Palestine and date 2010-06-01 are wrong, but the type is right); it missed the cancelled exercises. The killing is the result of the storming and is coded once."),
 "h15-x54-08": dict(
   coder_events=[
     "AGREE: Ariel Sharon (ISR) <-> Mahmoud Abbas (PSE), committed to the first steps of the road map, 2003-06-04",
     "CONSULT: Sharon (ISR), Abbas (PSE) and George W. Bush (USA), summit in Aqaba, 2003-06-04"],
   found=1,
   notes="Dateline coded the mutual commitment (AGREE, right); it missed the summit meeting itself."),
 "h15-x56-18": dict(
   coder_events=[
     "REQUEST: Organisation of American States (IGO) -> Honduras (HND), called for a fresh vote, 2017-12-17",
     "REQUEST: Salvador Nasralla (HND) -> his supporters (HND), urged them back onto the streets, 2017-12-17"],
   found=1,
   notes="The tribunal declaring Hernandez the winner is an administrative act, not coded. Dateline found the OAS call (empty target, by the sentence rule acceptable) and missed Nasralla's call to his supporters."),
 "h15-x55-01": dict(
   coder_events=[
     "ACCUSE: Civic United Front (TZA) -> Zanzibar electoral commission / CCM (TZA), said the result had been stolen, 1995-10-25",
     "REJECT: Civic United Front (TZA) -> Zanzibar electoral commission (TZA), refused to recognise the result, 1995-10-25"],
   found=0,
   notes="The commission's declaration of the winner is not coded. Dateline found neither the fraud accusation nor the refusal to recognise the result."),
 "h15-x56-11": dict(
   coder_events=["REQUEST: King Juan Carlos (ESP) -> Hugo Chavez (VEN), told him to 'shut up', 2007-11-10"],
   found=1,
   notes="Dateline's REQUEST (a demand/order; ACCUSE would also be defensible) is right in every field. The 'heated exchange' and the summit are the setting, not separate coded acts."),
}

paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in paras:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": 0, "notes": d["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(paras))
