"""Write paragraphs-b-verdicts.jsonl: the acts a trained coder would code in each first paragraph."""
import json
P = {
 "h26-x100-06": dict(coder_events=[
    "PROTEST: opposition (HTI) -> Haitian government / the poll (HTI), boycotted Sunday's presidential election, 2000-11-26",
    "ACCUSE: foreign governments (-) -> Haitian authorities / the election (HTI), questioned its credibility, 2000-11-29"],
    found=0, dateline_events=0, spurious=0,
    notes="Aristide winning the vote is an election result, not a PLOVER act. dateline coded nothing in the paragraph and missed the boycott and the foreign criticism."),
 "h26-x97-09": dict(coder_events=[
    "SANCTION: European Union (EU) -> Croatia (HRV), postponed the start of membership negotiations, 2005-03-16",
    "ACCUSE: European Union (EU) -> Croatia (HRV), said Zagreb had not done enough to help track down Gotovina, 2005-03-16"],
    found=0, dateline_events=0, spurious=0,
    notes="'Wanted by the U.N. war crimes tribunal' is a standing description of Gotovina (the 2001 indictment is coded later in the story), not an act of this paragraph. dateline coded nothing here."),
 "h26-x99-13": dict(coder_events=[
    "ASSAULT: Djibouti troops (DJI) <-> Eritrean troops (ERI), fought along the disputed border, several Djiboutian soldiers killed, 2008-06-11",
    "ACCUSE: Djibouti (DJI) -> Eritrea (ERI), called it an unprovoked attack by its larger neighbour, 2008-06-11"],
    found=2, dateline_events=3, spurious=1,
    notes="e1 (fought) and e3 (called, ACCUSE) have the right types; e3's target should be Eritrea and its date is missing (item #34). e2 ('killed', empty source, target its soldiers) is the casualty count of the same fighting already coded from this sentence as e1: a duplicate, so spurious."),
 "h26-x97-08": dict(coder_events=[
    "ACCUSE: critics (-) -> the Chechen election / its Kremlin-backed organisers (RUS), dismissed the poll as a stage-managed exercise, 2003-10-06"],
    found=0, dateline_events=0, spurious=0,
    notes="Kadyrov winning and 'Kremlin-backed' (a standing description) are not coded. dateline missed the critics' dismissal."),
 "h26-x100-16": dict(coder_events=[
    "CONSULT: Barack Obama (USA) <-> Xi Jinping (CHN), ended two days of informal talks at Sunnylands, 2013-06-07/08",
    "AGREE: Barack Obama (USA) <-> Xi Jinping (CHN), agreed that North Korea must give up its nuclear weapons, 2013-06-08"],
    found=1, dateline_events=1, spurious=0,
    notes="dateline found the AGREE (e1, right) but missed the two-day summit (CONSULT). 'Remaining at odds over accusations of Chinese cyber espionage' refers to standing U.S. accusations with no accuser in the clause, so I do not list it. Some coders would add a joint demand on North Korea (REQUEST -> PRK)."),
 "h26-x98-01": dict(coder_events=[
    "COERCE (restrict; CAMEO 163 impose embargo, SANCTION also acceptable): Bill Clinton (USA) -> Iran (IRN), said he would sign an order banning all U.S. trade with and investment in Iran, future, 1995-04-30"],
    found=0, dateline_events=0, spurious=0,
    notes="The announced trade and investment ban is the story's main act, and dateline coded nothing in the paragraph. Some coders would code the announcement as THREATEN (CAMEO 1312)."),
}
paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for p in paras:
        d = P[p["doc"]]
        assert d["dateline_events"] == len(p["events"]), p["doc"]
        f.write(json.dumps({"doc": p["doc"], **d}, ensure_ascii=False) + "\n")
