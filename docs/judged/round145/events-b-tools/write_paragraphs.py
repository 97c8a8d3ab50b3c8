"""Write paragraphs-b-verdicts.jsonl: judge b's recall coding of the 6 first paragraphs."""
import json
P = {
 "h50-x193-01": dict(coder_events=[], found=0, dateline_events=1, spurious=1,
   notes="The three U.S. officials died when a French APC slid off a mountain track: an accident, with no attacker and no act between parties ('the plane hit the water is nothing'). Dateline's ASSAULT (killed) is spurious."),
 "h50-x194-05": dict(coder_events=[
     "SUPPORT: Mohammad Khatami (IRN) <-> Vladimir Putin (RUS), signed a treaty on bilateral relations in the Kremlin, 2001-03-12",
     "AGREE: Mohammad Khatami (IRN) <-> Vladimir Putin (RUS), pledged to expand cooperation in nuclear energy and defence, 2001-03-12"],
   found=2, dateline_events=2, spurious=0,
   notes="Both found (mutual coding). 'despite objections from Washington' is a background mention of U.S. disapproval with no act told here; not coded. The Khatami visit is told in the next paragraph."),
 "h50-x194-04": dict(coder_events=[
     "RETREAT: Sheikh Hamad bin Isa al-Khalifa, emir (BHR) -> Sheikh Abdul Amir al-Jamri (BHR), pardoned (release), 1999-07-08 (a day after the Wednesday sentence)",
     "SANCTION: state security court (BHR) -> Jamri (BHR), sentenced him to 10 years in prison, 1999-07-07"],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline found the pardon (RETREAT release, dated 1999-07-09, the report day; the pardon came a day after Wednesday's sentence) but missed the sentencing (SANCTION convict) in the same sentence."),
 "h50-x195-17": dict(coder_events=[
     "SUPPORT: India (IND) <-> Pakistan (PAK), signed an agreement to ease visa restrictions, 2012-09-08"],
   found=1, dateline_events=1, spurious=0, notes="Found."),
 "h50-x193-04": dict(coder_events=[
     "ASSAULT: Macedonian police (MKD) -> ethnic Albanian crowds in Gostivar (MKD), clashed, three ethnic Albanians killed and dozens injured, date not given (reported Thursday 1997-07-10)",
     "COERCE: Macedonian police (MKD) -> Gostivar town hall / ethnic Albanian local authorities (MKD), moved in to remove Albanian and Turkish flags (seize), same day"],
   found=1, dateline_events=2, spurious=1,
   notes="Dateline coded the clash twice: 'killed' (no source, target Albanians) and 'clashed' (police -> crowds) are one act of violence in which the three died; one is a duplicate. The police removal of the flags (COERCE seize) was missed."),
 "h50-x194-20": dict(coder_events=[
     "REJECT: Iran (IRN) -> world powers party to the 2015 nuclear deal, exceeded the deal's limit on its low-enriched uranium stockpile (defy the agreement), reported Monday 2019-07-01",
     "SANCTION: United States (USA) -> Iran (IRN) / the 2015 nuclear deal, withdrew from the deal, 2018"],
   found=0, dateline_events=1, spurious=0,
   notes="Dateline coded the U.S. withdrawal as RETREAT withdraw; a country withdrawing from a treaty is SANCTION withdraw in PLOVER, so it holds an event but with the wrong type and is not counted found. Iran's breach (REJECT, defying the agreement) was missed."),
}
docs = [json.loads(l)['doc'] for l in open('paragraphs-b.jsonl')]
assert docs == list(P) or set(docs) == set(P)
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for d in docs:
        out.write(json.dumps(dict(doc=d, **P[d]), ensure_ascii=False) + '\n')
