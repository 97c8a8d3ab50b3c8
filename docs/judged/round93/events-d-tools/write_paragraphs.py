"""Write paragraphs-d-verdicts.jsonl (judge d, round 93) and check it against paragraphs-d.jsonl."""
import json

P = {
 "h24-x92-14": dict(coder_events=[], found=0, spurious=0,
   notes="An election result (Ramos-Horta won the run-off, defeating Fretilin's candidate) is no PLOVER act; nothing to code, and dateline coded nothing."),
 "h24-x89-02": dict(coder_events=[
   "AGREE: Radovan Karadzic (BIH) -> U.S. envoy Richard Holbrooke (USA), agreed to give up all public and party posts, 1996-07-19",
   "ACCUSE: U.N. war crimes tribunal (no code) -> Radovan Karadzic (BIH), indicted for genocide (background, no date in the text)",
   "CONSULT: Richard Holbrooke (USA) -> talks partners not named in the sentence, night of talks in Belgrade, 1996-07-18/19"],
   found=2, spurious=0,
   notes="Dateline found the agreement (AGREE; a coder could also argue CONCEDE for a pledged resignation under pressure) and the indictment (ACCUSE, though dated 1996-07-19 instead of no date); it missed Holbrooke's night of talks."),
 "h24-x90-25": dict(coder_events=[
   "REJECT: Saudi Arabia (SAU), Egypt (EGY), Jordan (JOR), Palestinian leadership (PSE) -> Donald Trump (USA), rejected his Gaza takeover proposal, 2025-02-05",
   "SUPPORT: Benjamin Netanyahu (ISR) -> Donald Trump (USA), praised the idea, 2025-02-05"],
   found=2, spurious=0,
   notes="Both acts found with the right type; the REJECT omits the Palestinian leadership and the SUPPORT has no target (Trump's proposal is named in the sentence). The proposal itself (a noun phrase) is not coded."),
 "h24-x92-23": dict(coder_events=[
   "CONSULT: Anthony Albanese (AUS) -> Xi Jinping (CHN), visit and meeting in Beijing, 2023-11-06",
   "SUPPORT: Xi Jinping (CHN) -> Anthony Albanese (AUS), said relations were back on the 'right path' (improving diplomatic cooperation), 2023-11-06"],
   found=0, spurious=0,
   notes="Dateline coded nothing here: it missed the visit/meeting ('told ... on Monday', 'the first visit by an Australian leader') and Xi's statement of improved ties (the SUPPORT is borderline; the CONSULT is plain)."),
 "h24-x90-02": dict(coder_events=[
   "ASSAULT: gunmen (no code) -> Greek tourists (GRC), sprayed with automatic fire, 18 killed, 1996-04-18 (Thursday, from the next paragraph)",
   "COERCE: Egyptian police (EGY) -> the gunmen, manhunt/search, 1996-04-19",
   "ASSAULT: Islamist militants (EGY) -> Egyptian government (EGY), took up arms against the government, 1992"],
   found=1, spurious=0,
   notes="Dateline's only event is the militants' armed campaign (ASSAULT, source, target and date 1992 right; its mode 'abduct' from 'took' is wrong but the act is of the ASSAULT family, so it is not spurious). It missed the shooting of the Greek tourists, the paragraph's main event, and the police hunt."),
 "h24-x89-14": dict(coder_events=[
   "THREATEN: Alexander Lukashenko (BLR) -> Gazprom (RUS), ordered officials to prepare to halt Russian gas transit to Europe unless Gazprom pays its transit debt, 2010-06-22",
   "SANCTION: Gazprom (RUS) -> Belarus (BLR), cut gas supplies by nearly a third in the debt row, ongoing (2010-06-22; cuts began 2010-06-21)"],
   found=0, spurious=0,
   notes="Dateline coded the order as REQUEST Lukashenko -> Belarusian officials (hypothetical). The order is real, so not spurious, but a coder codes this act once as the conditional threat against Gazprom, so it is not found with the right type; the supply cut was missed."),
}

def main():
    paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
    assert len(paras) == 6
    tot = dict(coded=0, found=0, dateline=0, spurious=0)
    with open("paragraphs-d-verdicts.jsonl", "w") as fh:
        for p in paras:
            v = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                   "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
            assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            tot["coded"] += len(rec["coder_events"]); tot["found"] += rec["found"]
            tot["dateline"] += rec["dateline_events"]; tot["spurious"] += rec["spurious"]
    print(tot)

if __name__ == "__main__":
    main()
