# Judge b, round 173: writes paragraphs-b-verdicts.jsonl (coder events per first paragraph, found, spurious).
import json
P = {
 "h64-x250-09": dict(coder_events=[
    "RETREAT (resign): Prime Minister Abdul Raouf al-Rawabdeh (JOR) -> none, resignation accepted by King Abdullah, 2000-06-19",
    "REQUEST: King Abdullah (JOR) -> Ali Abu al-Ragheb (JOR), asked to form a new government, 2000-06-19"],
    found=1, spurious=0,
    notes="dateline found the REQUEST (asked). It coded the acceptance of the resignation as AGREE Abdullah -> Rawabdeh rather than the resignation as RETREAT; a defensible reading of 'accepted', so not spurious, but not the coder's type."),
 "h64-x252-13": dict(coder_events=[
    "CONSULT (visit): George W. Bush (USA) -> Peru (PER), first visit by a sitting U.S. president, 2002-03-23",
    "ASSAULT (explosives): unknown bombers -> nine people killed near the U.S. embassy in Lima (PER), car bomb, 2002-03-20",
    "AGREE: George W. Bush (USA) -> Andean leaders (PER, COL, BOL, ECU), promised to press Congress to renew trade preferences, 2002-03-23"],
    found=2, spurious=0,
    notes="dateline found the visit and the bombing (its target code USA for the nine victims is doubtful: the dead were in a Lima shopping area); it missed Bush's promise to the Andean leaders (AGREE)."),
 "h64-x251-12": dict(coder_events=[
    "SANCTION (withdraw, halt negotiations): Sudan government (SDN) -> southern rebels / SPLA (SDN), suspended peace talks and recalled negotiators from Kenya, 2002-09-02",
    "ASSAULT (seize ground): Sudan People's Liberation Army (SDN) -> Sudan government forces (SDN), captured the garrison town of Torit, 2002-09-01"],
    found=1, spurious=0,
    notes="Recalling the negotiators is counted as part of the suspension. dateline found the suspension; it missed the SPLA capture of Torit (ASSAULT by the seizure convention; the story dates it Sunday)."),
 "h64-x249-06": dict(coder_events=[],
    found=0, spurious=0,
    notes="Voting and refugees crossing front lines to vote are not PLOVER acts. 'Under heavy NATO protection' could at most be AID (protection) NATO -> refugees by a generous coder; it is a descriptive phrase with no verb and is not counted. dateline coded nothing: agrees."),
 "h64-x251-23": dict(coder_events=[
    "ACCUSE (allege, charge): Pakistan government (PAK) -> eight suspects in the Mumbai attacks (PAK), charged, announced 2009-02-12 (act date not given)",
    "COERCE (arrest): Pakistan government (PAK) -> six suspects incl. an alleged Lashkar-e-Taiba commander (PAK), arrested, announced 2009-02-12 (act date not given; December 2008 per the next paragraphs)",
    "ASSAULT: attackers (Lashkar-e-Taiba per later text, not named in the paragraph) -> Mumbai, India (IND), the deadly attacks, 2008-11"],
    found=0, spurious=0,
    notes="Pakistan 'acknowledged' the plot was partly planned on its soil: an acknowledgment of responsibility (CAMEO 015), no PLOVER event. The Mumbai attack is a dated background reference that many coders would code; the charges and arrests are plain events. dateline found none of them (no events in the paragraph)."),
 "h64-x252-02": dict(coder_events=[
    "SUPPORT (sign agreement): North Korea (PRK) -> KEDO consortium led by the United States, South Korea and Japan (USA, KOR, JPN), reactor supply accord, 1995-12-15"],
    found=1, spurious=0,
    notes="'Last year's deal to freeze Pyongyang's nuclear programme' is a background noun phrase (the 1994 Agreed Framework, coded from its own sentence later in the story) and is not counted. dateline found the signing (targets the three lead states rather than KEDO)."),
}
paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert [p["doc"] for p in paras] == list(P) or set(p["doc"] for p in paras) == set(P)
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for p in paras:
        d = P[p["doc"]]
        o = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
             "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
print("wrote", len(paras))
