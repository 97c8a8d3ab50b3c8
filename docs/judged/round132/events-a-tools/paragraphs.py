"""Judge a's recall verdicts on the six lead paragraphs (paragraphs-a.jsonl) -> paragraphs-a-verdicts.jsonl.
usage (from docs/judged/round132): python events-a-tools/paragraphs.py"""
import json

P = {
 "h43-x165-14": dict(
    coder_events=["COOPERATE: Angela Merkel (DEU) <-> Dmitry Medvedev (RUS), jointly open the first line of the Nord Stream pipeline (economic cooperation), 2011-11-08"],
    found=0, spurious=0,
    notes="Dateline has no event here; the joint opening of a Russian-German pipeline by the two leaders is material economic cooperation (COOPERATE)."),
 "h43-x168-25": dict(
    coder_events=[
        "SUPPORT: Thai parliament (THA) -> Anutin Charnvirakul (THA), elects him prime minister (approve an actor), 2025-09-05",
        "AGREE: largest opposition party (People's Party, THA) -> Anutin Charnvirakul (THA), agrees to back him, before 2025-09-05 (undated)",
        "CONCEDE: Anutin Charnvirakul (THA) -> opposition party (THA), promise to dissolve the house within four months (a promised concession; AGREE would also do), before 2025-09-05 (undated)"],
    found=0, spurious=0,
    notes="Dateline has no event here. The parliamentary vote for a prime minister is coded by some coders and not by others; the backing deal and the promise are clear acts."),
 "h43-x165-11": dict(
    coder_events=["THREATEN: Russian explorers (RUS) -> (no target named), plant a Russian flag on the seabed beneath the North Pole to bolster Moscow's Arctic claim (PLOVER names planting a flag on territory as a symbolic threat), 2007-08-02"],
    found=0, spurious=0,
    notes="Dateline has no event here; PLOVER's THREATEN definition cites exactly this act (an unarmed group placing a flag on territory)."),
 "h43-x165-20": dict(
    coder_events=[
        "COERCE: Hungarian parliament (HUN) -> Central European University (HUN), passes a law that could force it out of Budapest (restriction), 2017-04-04",
        "PROTEST: thousands of people (HUN) -> Hungarian government (HUN), protest in Budapest against the law, 2017-04-04",
        "ACCUSE: United States (USA, 'Washington') -> Hungary (HUN), criticism of the law, 2017-04-04",
        "ACCUSE: European Union (EUR, 'Brussels') -> Hungary (HUN), criticism of the law, 2017-04-04"],
    found=0, spurious=0,
    notes="Dateline has no event here, although the lead holds a restrictive law, a protest against it and two criticisms."),
 "h43-x168-09": dict(
    coder_events=[
        "ASSAULT: unidentified military group -> FARC jungle camp (COL), attack in whose crossfire 11 hostage lawmakers (COL) were killed, as the FARC claims (reported), 2007-06-18 (date from the story; the lead gives none)",
        "REJECT: Colombian government (COL) -> FARC (COL), rejects the FARC's claim, saying no rescue operation took place, 2007-06-28"],
    found=0, spurious=0,
    notes="Dateline has no event here. The hostage-holding 'for more than five years' is background and not listed; the government's rejection of a claim could also be left uncoded as a mere denial."),
 "h43-x167-10": dict(
    coder_events=["ASSAULT: unidentified bombers -> shoppers in New Delhi markets and a bus (IND), three bombs killing at least 59 and wounding more than 200, 2005-10-29"],
    found=1, spurious=0,
    notes="Dateline's one event (e1 'killing', ASSAULT, 2005-10-29) is the bombing with the right type and date, but its source is wrong: the residents (IND civilians) are the victims, not the attackers; the source should be empty (unknown bombers)."),
}

rows = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert len(rows) == 6 and {r["doc"] for r in rows} == set(P)
with open("paragraphs-a-verdicts.jsonl", "w") as fh:
    for r in rows:
        p = P[r["doc"]]
        o = {"doc": r["doc"], "coder_events": p["coder_events"], "found": p["found"],
             "dateline_events": len(r["events"]), "spurious": p["spurious"], "notes": p["notes"]}
        assert o["found"] <= len(o["coder_events"]) and o["spurious"] <= o["dateline_events"]
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
back = [json.loads(l) for l in open("paragraphs-a-verdicts.jsonl")]
print(len(back), "paragraphs;",
      "coded", sum(len(b["coder_events"]) for b in back),
      "found", sum(b["found"] for b in back),
      "dateline", sum(b["dateline_events"] for b in back),
      "spurious", sum(b["spurious"] for b in back))
