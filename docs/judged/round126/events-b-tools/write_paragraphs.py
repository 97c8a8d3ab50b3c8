"""Write paragraphs-b-verdicts.jsonl (judge b, round 126)."""
import json
P = {
 "h40-x154-24": dict(coder_events=[
   "ASSAULT: Syrian rebel fighters led by Hayat Tahrir al-Sham (SYR) -> Syrian government / Aleppo (SYR), swept into most of Aleppo and seized government buildings and the citadel, 2024-11-30"],
   found=0, spurious=0,
   notes="Dateline coded the seizure as COERCE seize; under CONVENTIONS armed forces taking ground are ASSAULT, so it is not found with the right type (it is a real act, not spurious)."),
 "h40-x155-07": dict(coder_events=[
   "REJECT: Malawi's parliament (MWI) -> President Muluzi / ruling UDF (MWI), rejected the third-term constitutional amendment, 2002-07-04"],
   found=1, spurious=0, notes="Found with the right type and date."),
 "h40-x155-20": dict(coder_events=[
   "COERCE arrest: Cameroonian police (CMR) -> opposition leader Maurice Kamto (CMR), arrested in Douala, 2019-01-28",
   "PROTEST demo: Kamto's supporters (CMR) -> Cameroon government / President Biya (CMR), protests against Biya's re-election, 2019-01-26 (two days before Monday)"],
   found=1, spurious=0, notes="The arrest is found; the supporters' protests two days earlier were not coded."),
 "h40-x154-22": dict(coder_events=[
   "REQUEST: African Union (AFU) and United Nations (UNO) -> Morocco (MAR) and Spain (ESP), called for an investigation into migrant deaths, 2022-06-26",
   "SUPPORT: Spain's prime minister Pedro Sanchez (ESP) -> security forces (Moroccan/Spanish), defended their response, 2022-06-26"],
   found=1, spurious=0, notes="The joint AU/UN call is found (one event with both sources); Sanchez's verbal defence of the security forces was not coded. The migrants' deaths in a crush during the crossing attempt have no acting party and are not coded."),
 "h40-x156-23": dict(coder_events=[], found=0, spurious=0,
   notes="An election win and a campaign pledge to tackle poverty are not PLOVER events; nothing to code and dateline coded nothing here."),
 "h40-x155-13": dict(coder_events=[
   "ACCUSE: U.N. panel of experts appointed by Ban Ki-moon (UNO) -> Sri Lanka's military (LKA) and the Tamil Tiger rebels (LKA), credible allegations of war crimes, 2011-04-25"],
   found=0, spurious=0,
   notes="One accusation with two targets, missed by dateline (no event in the paragraph). The war crimes themselves are too vague to code as a separate ASSAULT; the possible civilian deaths are hypothetical and have no acting party."),
}
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
with open('paragraphs-b-verdicts.jsonl', 'w') as f:
    for p in paras:
        d = P[p['doc']]
        out = {"doc": p['doc'], "coder_events": d['coder_events'], "found": d['found'],
               "dateline_events": len(p['events']), "spurious": d['spurious'], "notes": d['notes']}
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
