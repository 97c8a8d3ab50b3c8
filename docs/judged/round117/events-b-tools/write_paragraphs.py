"""Write paragraphs-b-verdicts.jsonl (judge b's recall coding of the six first paragraphs)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h36-x137-08": ([], 0, 0, "Winning an election is not a PLOVER act, and 'the Kremlin's favoured candidate' describes a stance, not an act. Nothing to code."),
 "h36-x137-12": (["COERCE: Slovakia (SVK) -> Slovaks who take a foreign passport, aimed at Hungary's offer (HUN), passed a law stripping Slovak citizenship in reply, no own date in the text (document date 2010-05-27)"],
                 0, 0, "Hungary's parliament granting citizenship to ethnic Hungarians abroad is domestic legislation and is not counted (some coders might code it as a provocation toward Slovakia). The Slovak counter-law is the codable act. Dateline found no event."),
 "h36-x139-12": (["CONSULT: Nicolas Sarkozy (FRA) -> Chad (TCD), flew to Chad, 2007-11-04",
                  "RETREAT: Chad (TCD) -> three French journalists (FRA) and four Spanish flight attendants (ESP), released them to Sarkozy, who returned to Paris with them, 2007-11-04",
                  "COERCE: Chad (TCD) -> the French journalists (FRA) and Spanish flight attendants (ESP), detained them over the charity's attempt to fly out children, earlier with no date"],
                 2, 0, "e1 CONSULT is right. e2 COERCE arrest has the right type for the detention, but its arguments are misjoined: Spain -> France instead of Chad -> the detainees. The detention is also background, so it should have no date rather than the document date. Dateline missed the release."),
 "h36-x140-19": (["REQUEST: Crown Prince Maha Vajiralongkorn (THA) -> Thai government (THA), asked for time to grieve before being proclaimed king, reported as this news 2016-10-14"],
                 0, 0, "The king's natural death and the national mourning are not PLOVER acts. The crown prince's request, as relayed by the government, is borderline but codable as a REQUEST. Dateline found no event."),
 "h36-x138-16": (["PROTEST: protesters (EGY) -> police (EGY), a week of deadly clashes, a span with no date",
                  "PROTEST: popular uprising (EGY) -> Hosni Mubarak (EGY), toppled him, background with no date in the text (2011)"],
                 0, 0, "Voting in the election is not a PLOVER act. The clashes could also be coded as ASSAULT by police against protesters; they are counted once. Dateline found no event."),
 "h36-x138-13": (["ASSAULT: Palestinian gunman (PSE) -> eight seminary students (ISR), killed them in Jerusalem, 2008-03-06 (Thursday night)",
                  "ASSAULT: unnamed responder (no party named) -> the Palestinian gunman (PSE), shot him dead, 2008-03-06"],
                 1, 0, "e1 is right in type, source, date (Thursday night) and modality. Its target, students, has an empty code, although they were students of a Jewish seminary in Jerusalem. Dateline missed the shooting of the gunman."),
}
recs = [json.loads(l) for l in open(HERE / "paragraphs-b.jsonl")]
assert [r["doc"] for r in recs] and set(P) == {r["doc"] for r in recs}
tot = dict(coded=0, found=0, dateline=0, spurious=0)
with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as f:
    for r in recs:
        coder, found, spurious, notes = P[r["doc"]]
        n_dl = len(r["events"])
        f.write(json.dumps({"doc": r["doc"], "coder_events": coder, "found": found, "dateline_events": n_dl,
                            "spurious": spurious, "notes": notes}, ensure_ascii=False) + "\n")
        tot["coded"] += len(coder); tot["found"] += found; tot["dateline"] += n_dl; tot["spurious"] += spurious
print(tot)
