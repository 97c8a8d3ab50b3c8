"""Write paragraphs-c-verdicts.jsonl (judge c, round 69). Run from round69/."""
import json

P = {
 "h12-x44-25": dict(
   coder_events=[
     "AGREE: Thailand (THA) <-> Cambodia (KHM), agreed to an immediate and unconditional ceasefire, 2025-07-28",
     "ASSAULT: Thailand (THA) <-> Cambodia (KHM), five days of border fighting that killed at least 35 and displaced 260,000, 2025-07-24..2025-07-28",
   ],
   found=1, spurious=0,
   notes="Dateline found the ceasefire agreement (AGREE, mutual, right date). The five days of fighting, given here as the cause of the deal, was not coded from this paragraph (dateline codes single clashes later in the story)."),
 "h12-x41-04": dict(
   coder_events=[
     "AGREE: NATO leaders (NATO) -> Poland (POL), Hungary (HUN), Czech Republic (CZE), invitation to join the alliance, 1997-07-08",
     "REJECT: NATO leaders (NATO) -> France (FRA), Italy (ITA), rebuffed their push to include Romania and Slovenia, 1997-07-08",
     "REQUEST: France (FRA), Italy (ITA) -> NATO (NATO), push to include Romania and Slovenia in the first wave, undated (before the summit)",
   ],
   found=2, spurious=0,
   notes="Both main acts found with right type and arguments. The France/Italy push, given as a noun phrase, was not coded; a sentence-level coder may leave it out, so it is the softest of the three."),
 "h12-x43-19": dict(
   coder_events=[
     "ACCUSE: Hakainde Hichilema (ZMB) -> Edgar Lungu / electoral commission (ZMB), said the result had been rigged, 2016-08-15",
     "ACCUSE: Hakainde Hichilema (ZMB) -> Edgar Lungu / the result (ZMB), vowed to challenge it in court (sue, future), 2016-08-15",
   ],
   found=0, spurious=0,
   notes="Lungu being declared winner is an election result, not a PLOVER act. Dateline coded nothing in this paragraph: both of Hichilema's acts (fraud allegation, vow of a court challenge) were missed, though the story is about them."),
 "h12-x41-14": dict(
   coder_events=[],
   found=0, spurious=0,
   notes="An election result (United Russia won 64 percent); no PLOVER act. Dateline correctly coded nothing."),
 "h12-x41-20": dict(
   coder_events=[
     "ACCUSE: Ukraine government (Kiev, UKR) and Western governments -> separatist leaders / the Donetsk and Luhansk polls, condemned as illegal, 2014-11-03",
     "SUPPORT: Russia (RUS) -> separatist leaders (eastern Ukraine), said it respected the polls, 2014-11-03",
   ],
   found=0, spurious=0,
   notes="The condemnation and Russia's approval are given in a reduced relative clause ('polls condemned by Kiev and Western governments', 'which Russia said it respected'); dateline coded neither (it found the later, fuller statements of Poroshenko and the U.S.). Claiming victory is not a PLOVER act. The compound 'Kiev and Western governments' is counted as one act."),
 "h12-x41-02": dict(
   coder_events=[],
   found=0, spurious=0,
   notes="An election result (Yeltsin won the run-off); no PLOVER act. Dateline correctly coded nothing."),
}

rows = [json.loads(l) for l in open("paragraphs-c.jsonl")]
assert len(rows) == 6
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for r in rows:
        p = P[r["doc"]]
        out.write(json.dumps({"doc": r["doc"], "coder_events": p["coder_events"], "found": p["found"],
                              "dateline_events": len(r["events"]), "spurious": p["spurious"],
                              "notes": p["notes"]}, ensure_ascii=False) + "\n")
print("wrote paragraphs-c-verdicts.jsonl")
