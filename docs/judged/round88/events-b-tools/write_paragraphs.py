"""Write paragraphs-b-verdicts.jsonl (the judge's coding of the six lead paragraphs) and check it."""
import json
HERE = "/work/wt/j88b/docs/judged/round88/"
P = {
 "h21-x77-23": (["ACCUSE: Viktor Orban (HUN) -> Volodymyr Zelenskiy (UKR), listed him among the 'opponents' he had beaten in his victory speech, 2022-04-03"],
                0, 0, "Winning an election is not a PLOVER event; the only codable act is the verbal jab at Zelenskiy (criticise, marginal). Dateline found nothing."),
 "h21-x77-12": (["ACCUSE: Georgian opposition leaders (GEO) -> Saakashvili's government / election authorities (GEO), said the vote had been rigged, 2008-01-06",
                 "PROTEST: Georgian opposition leaders (GEO) -> Georgian government (GEO), called supporters onto the streets of Tbilisi against the result, 2008-01-06"],
                0, 0, "Saakashvili's apparent win is not an event. Dateline found neither the fraud accusation nor the call to protest."),
 "h21-x77-25": (["ACCUSE: JD Vance (USA) -> European governments, retreating from democratic values and censoring free speech, 2025-02-14"],
                1, 1, "Dateline's e1 ACCUSE is right in every field (European governments without one country code)."),
 "h21-x79-24": (["PROTEST: Bangladesh Nationalist Party (BGD) -> Bangladeshi government / election (BGD), boycotted the election, 2024-01-07",
                 "ACCUSE: Bangladesh Nationalist Party (BGD) -> Awami League government (BGD), called the vote a sham, 2024-01-07 (undated; around the vote)",
                 "REQUEST: Bangladesh Nationalist Party (BGD) -> Bangladeshi voters (BGD), urged people to stay away from the polls, 2024-01-07 (undated; before the vote)"],
                0, 0, "Hasina's win is not an event; the opposition's boycott, 'sham' charge and call to stay away are all missed."),
 "h21-x80-21": (["SANCTION: ASEAN foreign ministers (no single country) -> Min Aung Hlaing (MMR), agreed to exclude him from the October summit, 2021-10-15"],
                0, 0, "An exclusion from a group's summit is SANCTION expel (the 'rebuke' is the writer's characterisation of the same act). Missed."),
 "h21-x77-08": (["ASSAULT: an unidentified man -> Anna Lindh (SWE), stabbed her in a Stockholm department store, 2003-09-10 (Wednesday, from the second paragraph)"],
                0, 0, "Her death on Thursday is not a separate act; the stabbing is missed."),
}
paras = [json.loads(l) for l in open(HERE + "paragraphs-b.jsonl")]
assert [p["doc"] for p in paras] and set(P) == {p["doc"] for p in paras}
with open(HERE + "paragraphs-b-verdicts.jsonl", "w") as fh:
    for p in paras:
        ev, found, _, notes = P[p["doc"]]
        n_dl = len(p["events"])
        fh.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": n_dl,
                             "spurious": 0, "notes": notes}, ensure_ascii=False) + "\n")
rows = [json.loads(l) for l in open(HERE + "paragraphs-b-verdicts.jsonl")]
assert len(rows) == 6
print({"coded": sum(len(r["coder_events"]) for r in rows), "found": sum(r["found"] for r in rows),
       "dateline": sum(r["dateline_events"] for r in rows), "spurious": sum(r["spurious"] for r in rows)})
