"""Write paragraphs-a-verdicts.jsonl: the judge's coding of each sampled first paragraph."""
import json
P = {
 "h14-x49-01": dict(coder_events=[], found=0, dateline_events=0, spurious=0,
   notes="An election result (Kwasniewski defeating Walesa) has no PLOVER type; 'helped bring down communist rule' is a vague historical background. Nothing to code."),
 "h14-x49-13": dict(coder_events=[], found=0, dateline_events=0, spurious=0,
   notes="Election results only (Izetbegovic won the seat, Dodik elected); no PLOVER act."),
 "h14-x51-16": dict(coder_events=[
     "ASSAULT (destroy): Islamist fighters in northern Mali (MLI) -> none (tombs of saints in Timbuktu), destroyed the tombs, 2012-06-30/07-01 (the weekend)",
     "ACCUSE (disapprove): Malian government (MLI) -> Islamist fighters (MLI), condemned the attack, 2012-07-01",
     "ACCUSE (disapprove): United Nations (IGO) -> Islamist fighters (MLI), condemned the attack, 2012-07-01",
     "ACCUSE (disapprove): International Criminal Court (IGO) -> Islamist fighters (MLI), condemned the attack, 2012-07-01"],
   found=1, dateline_events=1, spurious=0,
   notes="dateline found the destruction (ASSAULT destroy, MLI fighters, weekend of ISO week 26 = 30 Jun-1 Jul 2012, right). It missed the condemnation by the Malian government, the UN and the ICC, which sits in a noun phrase ('drew condemnation from'); coded as one act per condemning party (one ACCUSE with three sources if counted as a single act)."),
 "h14-x51-01": dict(coder_events=[
     "CONCEDE (ease legal sanctions; CAMEO 081): Sani Abacha (NGA) -> alleged coup plotters (NGA), commuted their death sentences, 1995-10-01",
     "AGREE (promise of political reform; CAMEO 034): Sani Abacha (NGA) -> none (an elected civilian government), promised to hand power to civilians on 1 October 1998, 1995-10-01"],
   found=0, dateline_events=0, spurious=0,
   notes="dateline coded nothing in this paragraph: both the commutation and the promised handover (a promise, AGREE/CONCEDE family) are missed. The sentences 'passed on' the plotters are background embedded in the commutation and not coded separately."),
 "h14-x51-25": dict(coder_events=[
     "COERCE (arrest): South Sudan authorities (SSD, unnamed) -> Riek Machar (SSD), placed under arrest at his home in Juba, 2025-03-26 (late Wednesday)"],
   found=0, dateline_events=0, spurious=0,
   notes="dateline did not code the arrest in this sentence ('was placed under arrest'); it coded an arrest from 'The arrest of the first vice president' in the third paragraph, with the document date, which is not in this paragraph. 'threatens to unravel the peace deal' is not a THREATEN by an actor; the 2018 peace deal is background."),
 "h14-x52-18": dict(coder_events=[
     "AGREE (or CONCEDE, promise of future disarmament): Kim Jong Un (PRK) -> South Korea/Moon Jae-in (KOR), agreed to permanently dismantle the missile engine test site and launch pad, 2018-09-19",
     "AGREE (conditional offer): Kim Jong Un (PRK) -> United States (USA), willing to shut down Yongbyon if the US takes corresponding measures, 2018-09-19 (asserted offer; the US measures are hypothetical)"],
   found=0, dateline_events=0, spurious=0,
   notes="dateline coded nothing in the lead; its AGREE events for Kim are in later sentences (visit to Seoul, 'we have agreed to make the peninsula a land of peace'), not the dismantling pledge or the Yongbyon offer."),
}
rows = [json.loads(l) for l in open("paragraphs-a.jsonl")]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for r in rows:
        p = P[r["doc"]]
        assert p["dateline_events"] == len(r["events"])
        out.write(json.dumps({"doc": r["doc"], **p}, ensure_ascii=False) + "\n")
t = {k: sum(len(P[d]["coder_events"]) if k == "coded" else P[d][k] for d in P) for k in ["coded", "found", "dateline_events", "spurious"]}
print(t)
