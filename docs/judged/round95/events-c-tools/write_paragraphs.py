"""Write paragraphs-c-verdicts.jsonl: judge c's coding of the 6 first paragraphs."""
import json
P = {
 "h25-x94-05": dict(coder_events=[
    "CONSULT (visit): Mohammad Khatami (IRN) -> Saudi Arabia (SAU), arrived for talks with King Fahd and Crown Prince Abdullah, 1999-05-15"],
    found=1, dateline_events=2, spurious=1,
    notes="e1 'arrived' is the visit. e2 'visit' (the first visit ... since 1979) is the same visit coded a second time, so it is a duplicate and spurious; it is also dated 1979, the year of the revolution."),
 "h25-x95-05": dict(coder_events=[
    "ASSAULT: Angolan armed forces (AGO) -> UNITA rebels (AGO), captured Bailundo, UNITA's headquarters, 1999-10-24 (Sunday per the next paragraph; the paragraph itself gives only the government's Monday 1999-10-25 statement)"],
    found=0, dateline_events=0, spurious=0,
    notes="Armed forces taking ground are ASSAULT under the conventions. dateline found no event here. 'Since full-scale civil war resumed last year' is background in a time clause and is not listed."),
 "h25-x94-15": dict(coder_events=[
    "ASSAULT (explosives): unknown attackers -> Mohamad Chatah (LBN), car bomb killed the former finance minister in Beirut, 2013-12-27"],
    found=1, dateline_events=1, spurious=0,
    notes="dateline's e1 is right: empty source, target Chatah (LBN), Friday 2013-12-27, asserted."),
 "h25-x93-05": dict(coder_events=[],
    found=0, dateline_events=0, spurious=0,
    notes="Winning an election run-off is not a PLOVER act between political actors, so there is nothing to code. dateline also found nothing."),
 "h25-x94-10": dict(coder_events=[
    "ASSAULT: Islamist gunmen (no country) -> U.S. consulate in Jeddah (USA), stormed it and killed five local employees, 2004-12-06",
    "ASSAULT (abduct): Islamist gunmen (no country) -> consulate staff (USA consulate), held hostage for several hours, 2004-12-06",
    "ASSAULT: Saudi security forces (SAU) -> Islamist gunmen, retook the compound, 2004-12-06"],
    found=1, dateline_events=1, spurious=0,
    notes="dateline coded the storming (e1, right in all fields, reported by Saudi and U.S. officials). It missed the hostage-taking and the Saudi forces retaking the compound. I count the killing of the five employees as part of the storming act."),
 "h25-x93-09": dict(coder_events=[
    "SANCTION (or COERCE restrict, CAMEO 163 sanctions): 14 EU countries (EU) -> Alexander Lukashenko and seven senior officials (BLR), travel ban (will refuse entry) in protest at his treatment of monitors and opponents, agreed and announced 2002-11-19, future"],
    found=0, dateline_events=1, spurious=0,
    notes="dateline's e1 codes the travel ban as REJECT. A travel ban imposed as a punitive measure is a sanction (a reduction of relations), not the rejection of a request, so the type is wrong. It is not spurious, so it is not counted as found."),
}
order = [json.loads(l)["doc"] for l in open("paragraphs-c.jsonl")]
assert sorted(order) == sorted(P)
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for doc in order:
        out.write(json.dumps(dict(doc=doc, **P[doc]), ensure_ascii=False) + "\n")
tot = dict(coded=sum(len(P[d]["coder_events"]) for d in P), found=sum(P[d]["found"] for d in P),
           dateline=sum(P[d]["dateline_events"] for d in P), spurious=sum(P[d]["spurious"] for d in P))
print(tot)
