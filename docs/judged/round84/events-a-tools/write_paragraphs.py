"""Write paragraphs-a-verdicts.jsonl (the judge's coding of the 6 first paragraphs)."""
import json
P = {
 "h19-x70-07": (["ASSAULT: unknown bombers () -> Ayatollah Mohammed Baqir al-Hakim and worshippers (IRQ), car bomb at the Najaf shrine killing Hakim and 80+, 2003-08-29"],
                1, 1, 0, "Dateline's e1 (ASSAULT, target Hakim, 2003-08-29) is the act; the other 80+ dead are left out of the target but the type is right."),
 "h19-x72-10": (["ACCUSE: Hugo Chavez (VEN) -> George W. Bush (USA), called him 'the devil' at the UN General Assembly, 2006-09-20",
                 "ACCUSE: American politicians across the spectrum (USA) -> Hugo Chavez (VEN), rebukes of the speech, 2006-09-20"],
                1, 1, 0, "Dateline coded only the rebukes (ACCUSE, right type) but with the wrong source ('U.S. president', i.e. Bush) and no target (Chavez); Chavez's insult of Bush, the lead act, is missed."),
 "h19-x71-24": (["SANCTION: Maldives government (MDV) -> three deputy ministers (MDV), suspended from office over the posts, 2024-01-07",
                 "ACCUSE: Maldivian deputy ministers (MDV) -> Narendra Modi (IND), derogatory social media posts, undated (before 2024-01-07)"],
                0, 0, 0, "Dateline found nothing in this paragraph. The suspension could also be coded COERCE; the posts are a noun-phrase act a coder would code as disapproval/denigration."),
 "h19-x70-08": (["ASSAULT: Israel (ISR) -> Abdel Aziz al-Rantisi / Hamas (PSE), helicopter missile strike killing him in Gaza City, 2004-04-17",
                 "ASSAULT: Israel (ISR) -> Sheikh Ahmed Yassin / Hamas (PSE), killing of the founder, 2004-03 (background)"],
                1, 1, 0, "Dateline's one event (fired, 2004-04-17) is the strike on Rantisi, but its target list folds in Yassin, 'Sheikh' and a wrong 'Ahmed Qurie'; the earlier killing of Yassin is not coded on its own."),
 "h19-x70-16": (["REQUEST: Ayatollah Ali Khamenei (IRN) -> Saudi Arabia (SAU), demanded an apology for the hajj crush, 2015-09-26"],
                1, 1, 0, "Found with all arguments right. The crush itself is an accident, and the 'diplomatic row' is no single act."),
 "h19-x71-06": (["ASSAULT: self-styled war veterans (ZWE) -> white farmer (ZWE), abducted, 2000-04-15",
                 "ASSAULT: self-styled war veterans (ZWE) -> white farmer (ZWE), shot dead, 2000-04-15",
                 "ASSAULT: militants / war veterans (ZWE) -> white commercial farmers (ZWE), began occupying farms, 2000-02 (two months ago)"],
                1, 1, 0, "Dateline has the abduction (ASSAULT abduct) but leaves the source empty although the 'by self-styled war veterans' agent is in the sentence; the killing and the farm occupations (ASSAULT by the armed-seizure rule, a coder might also code them as PROTEST) are not coded separately."),
}
rows = [json.loads(l) for l in open("paragraphs-a.jsonl")]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for r in rows:
        ev, found, n, sp, notes = P[r["doc"]]
        assert n == len(r["events"]), r["doc"]
        out.write(json.dumps({"doc": r["doc"], "coder_events": ev, "found": found, "dateline_events": n,
                              "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")
t = [0, 0, 0, 0]
for l in open("paragraphs-a-verdicts.jsonl"):
    d = json.loads(l); t[0] += len(d["coder_events"]); t[1] += d["found"]; t[2] += d["dateline_events"]; t[3] += d["spurious"]
print("coded, found, dateline, spurious:", t)
