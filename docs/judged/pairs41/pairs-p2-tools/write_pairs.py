#!/usr/bin/env python3
"""Judge p2's blind paired judgments for pairs41 (40 items).

Scored by docs/judged/CONVENTIONS.md. Field order in the compact codes below:
event, type, source, target, date, modality ("1" right, "0" wrong); "all" is derived.
"S" = spurious event (wrong in every field); "N+" / "N-" = null side, omission right / wrong.
Mode and the actor's sector/kind are not scored (only party and country code).

Readings used throughout (stated once here, repeated in reasons where they decide a field):
- CAMEO-style codes for international bodies in the country slot (UNO, EUR, IAE) are taken as
  the "empty" code the conventions allow for an international body; they are not wrong.
- Date: when the story gives the act's day elsewhere ("yesterday", "on Sunday", "filed Friday",
  "Wednesday"), the document date is wrong (CONVENTIONS: "wrong when the text gives another
  date"). A negated or hypothetical act with no date in the text may carry basis unknown.
- Better side: a side that holds the real event with the right type beats a null side, whatever
  its argument errors; a null side beats an event with the wrong type (a wrong-type event is both
  a false event and a miss). Between two events, the one with more fields right wins; when the
  field scores tie, an empty value beats a wrong one (e.g. no country vs a wrong country).

Run: python3 docs/judged/pairs41/pairs-p2-tools/write_pairs.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
ITEMS = os.path.join(BASE, "items.jsonl")
OUT = os.path.join(BASE, "pairs-p2.jsonl")
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n: (X, Y, better, reasons)
J = {
    1: ("111111", "111111", "same",
        "Both code the signing as mutual SUPPORT among Kerry, Hagel and Iraq's side, document date, asserted. "
        "Only the Iraqi party differs: X 'leaders[IRQ/GOV]', Y 'Iraq[IRQ]'; both are the right party with the right "
        "code (X is the more precise). Source/target equal in score."),
    2: ("N+", "S", "X",
        "'an opportunity that we didn't just fail to fully accept' is a figure of speech in Golding's resignation "
        "speech, no act between actors. Y's AGREE negated is spurious; X's omission is right."),
    3: ("110011", "110111", "Y",
        "Target differs: Sobchak is the Russian presenter (RUS), so Y's 'Ksenia Sobchak[RUS]' is right; X codes her GBR "
        "and adds 'Russia government' as a second target, wrong. Both leave the source empty though the sentence names "
        "'the British government' as the arrester (source wrong in both). Date 2023-02 right in both."),
    4: ("N-", "110101", "Y",
        "Y codes the thanks (SUPPORT) to Greece ('them' = Greece, target right). Source country wrong: Bekayev speaks for "
        "Uzbekistan/Turkey per the story, not GRC. Date wrong by rule: the story gives the interview as 'yesterday' "
        "(2023-06-14), not the document date. Still a real SUPPORT event with right type and target, so better than X's miss."),
    5: ("N+", "S", "X",
        "'we will only abide by the WTO rules ... and comply with international rulings' is a general statement of "
        "principle with no party conceded to, inside a refusal to comply; no CONCEDE. Y spurious; X's omission right."),
    6: ("111100", "111000", "X",
        "Target differs: X 'Embassy[SVK]' is the Embassy of Slovakia with the right code; Y leaves the embassy with no "
        "country and adds Slovakia as a second entry (one entry carries a wrong code, scored wrong). Both: 'planned to "
        "storm' is not an asserted act (modality should be future/hypothetical) and the text gives 'the 16th' (date "
        "unknown wrong). Source (Bratislava protesters, SVK) right in both."),
    7: ("N-", "111011", "Y",
        "Y holds Netanyahu's condemnation (ACCUSE, source right, document date, asserted) but its target 'Israel' is "
        "wrong: Israel is the condemner's side; the actors behind 'actions against Israel' are unnamed, so the target "
        "should be empty. Right type beats X's miss."),
    8: ("N+", "S", "X",
        "'stop taking part in these protests' is the content of the decree's request, not a protest reported in this "
        "sentence; Y's PROTEST with 'Vietnamese media' as source is spurious. X's omission right (the request is item 14)."),
    9: ("N-", "110101", "Y",
        "Y codes the signing (SUPPORT, target empty right). Source country wrong: the speaker Cavaco Silva is Cape Verde's "
        "prime minister in this story ('the country (Cape Verde) ... than we have'), not PRT. Date wrong by rule: the story "
        "says the countries signed on Wednesday (2023-06-14). Right type beats X's miss."),
    10: ("N-", "110101", "Y",
         "Same act and scoring as item 4: SUPPORT to Greece with right type and target; source coded GRC (wrong, Bekayev "
         "is not Greek) and document date where the story gives 'yesterday' for the interview (wrong). Better than X's miss."),
    11: ("111110", "N-", "X",
         "The mayor announcing 'we can no longer work with the prosecutors' is a break of cooperation; X's COOPERATE is "
         "an acceptable type read as negated (cf. CONVENTIONS 'RETREAT negated'), source Vavra[CZE] and target "
         "prosecutors[CZE] right, no date (acceptable for a non-occurring act), but modality should be negated, not "
         "hypothetical (wrong). Y misses a real event."),
    12: ("111001", "110001", "X",
         "Source differs: X 'Association of Political Prisoners of[FRA]' (truncated name) is one of the named filers, "
         "right; Y makes France a source, wrong (France is the party asked to release). Both leave the target empty "
         "where the sentence refers to France ('political prisoners in French custody', suit in French court): wrong. "
         "Both give the document date where the lawsuit was 'filed Friday' (2023-06-09): wrong."),
    13: ("110100", "110100", "X",
         "Field scores tie (all-wrong): Tung Chee-hwa is South Korea's foreign minister (KOR); X leaves the country empty, "
         "Y codes PRK, which makes him a North Korean visiting his own country - the worse error. Both code a postponed "
         "trip 'scheduled for next week' as asserted with the document date (modality and date wrong). Target North "
         "Korea right in both."),
    14: ("N-", "100011", "X",
         "'I invite all Vietnamese overseas to stop taking part in these protests' is a REQUEST by the decree's author "
         "(President Truong Tan Sang, VNM) to Vietnamese overseas. Y's event is wrong in type (AGREE), source "
         "('Vietnamese media' only reported it) and target (Vietnam). X misses it, but a wrong-type event is worse than a miss."),
    15: ("111011", "N-", "X",
         "X codes the conditional deportation (COERCE deport, hypothetical, no date) by the speaking EU official ('we', "
         "EUR accepted as an IGO code). Target country wrong: the people are refugees and migrants in Hungary, not "
         "Hungarians, so HUN is wrong (empty would be right). Right type beats Y's miss."),
    16: ("111111", "N-", "X",
         "X: IAEA's purpose clause 'so that we can offer appropriate assistance to the Guatemalan government' as AID, "
         "hypothetical, no date; source IAEA (IAE as IGO code accepted), target Guatemalan government. All right "
         "(AGREE 'offer' would also be defensible). Y misses it."),
    17: ("S", "N+", "Y",
         "'It has been called by critics the first truly socialist economy' is 'called' in the naming sense, no phone "
         "consultation. X spurious; Y's omission right."),
    18: ("111111", "N-", "X",
         "X: Hailemariam (ETH) 'We have had talks with the Eritreans today', CONSULT, target Eritreans[ERI], date today "
         "= 2023-06-15, asserted. All right. Y misses it."),
    19: ("111111", "N-", "X",
         "X: Netanyahu's conditional 'if a Palestinian state can exist ... I will support it' as SUPPORT hypothetical to "
         "Palestine, no date. All right. Y misses it."),
    20: ("111011", "111011", "same",
         "Both: U.S. officials welcomed her release (SUPPORT, source right, document date, asserted), but both make the "
         "lawyer Adrian Levy the target; 'her' is Ksenia Sobchak. Target wrong in both (X codes Levy GBR, Y RUS; "
         "the party is wrong either way)."),
    21: ("N-", "111111", "Y",
         "Y: 'We encourage the rebels' by the UN peacekeeping mission's commander, REQUEST (to go to the negotiating "
         "table), source United Nations (UNO), target rebels (no country given), document date, asserted. All right. X misses it."),
    22: ("S", "N+", "Y",
         "'exports ... have been hit by sanctions' is 'hit' in another sense; X's ASSAULT by Iran is spurious. The "
         "sanctions are background with no imposer named; Y's omission right."),
    23: ("S", "S", "same",
         "No seizure is reported: the resolution aims to prevent a feared seizure of the island's territories by US forces. "
         "Both code COERCE seize by the Republican Assembly itself, asserted, dated Tuesday - spurious in both. "
         "They differ only in the Assembly's code (X None plus United Kingdom, Y GBR), all wrong."),
    24: ("111101", "N-", "X",
         "X: Netanyahu urging the government to act (REQUEST, source right, target Israel government as 'the "
         "government', asserted). Date wrong by rule: the quoted statement is the one of Sunday (2023-06-11), not the "
         "document date. Y misses it."),
    25: ("111011", "111111", "Y",
         "Target differs: Y 'al-Qaeda[IRQ/REB]' (al-Qaeda in Iraq) is right; X gives al-Qaeda no country and adds Iraq "
         "as a second accused party, wrong. Both: ACCUSE with unnamed accuser (empty source right), 2023-04 ('early April'), asserted."),
    26: ("101011", "N-", "Y",
         "'The aid mission is to be supported by the WFP, the Red Cross ...' is material support of an aid operation for "
         "Madagascar (AID/COOPERATE, future), not verbal SUPPORT: X's type wrong, and its target 'aid mission' (no "
         "country) is not the party helped (Madagascar). A wrong-type event is worse than Y's miss."),
    27: ("S", "S", "same",
         "Private individuals travelling to Argentina for a training seminar are no CONSULT between political actors; "
         "the sentence is the United States voicing concern. Spurious on both sides (Y's Argentina target is the more "
         "sensible reading, X's self-targeting the worse, but both are scored all wrong)."),
    28: ("110011", "110011", "same",
         "Both code 'her release' as RETREAT release with her lawyer Adrian Levy as the releaser (source wrong; he did not "
         "release her) and no target (wrong: Sobchak is the one released). They differ only in Levy's code (X RUS, Y GBR); "
         "same scores."),
    29: ("S", "N+", "Y",
         "'this new group of states is not going to be intimidated by Russian policies' is commentary, no threat act. "
         "X's THREATEN negated is spurious; Y's omission right."),
    30: ("N-", "111111", "Y",
         "Y: Binay 'I urge the Nicaraguan Government ... to take action', REQUEST, target Nicaraguan government[NIC], "
         "document date, asserted. Binay's country is not given in the text, so his empty code is right. All right; X misses it."),
    31: ("110101", "110101", "Y",
         "Field scores tie: both leave the source empty though the sentence says they died 'at the hands of the "
         "opposition' (wrong); target right; modality reported right. Date wrong in both: the sentence places the deaths "
         "in 2016. X gives the document date (a background act stamped as today's news), Y leaves it unknown - the lesser error."),
    32: ("N-", "111011", "Y",
         "Y: Grybauskaite 'I want to discuss ... with a new president', CONSULT hypothetical, source LTU right, no date. "
         "Target country wrong: the host president is Bosnia's (BIH per the visit), Y gives none. Right type beats X's miss."),
    33: ("N-", "111111", "Y",
         "Y: 'I won't apologize for the truth' as SUPPORT (apology) negated by Miljkovic[BIH], no target named (empty "
         "right), no date for the non-occurring act. An accepted coding of a refusal (REJECT asserted would be the "
         "other); all right. X misses it."),
    34: ("N-", "110111", "Y",
         "Y: 'I have repeatedly called on Eritrea to help find a peaceful solution', REQUEST, target Eritrea right, "
         "repeated act with no date (unknown right), asserted. Source country wrong: Boujanno is Mali's ambassador to "
         "the UN (MLI), not a UN official (UNO). Right type beats X's miss."),
    35: ("111111", "N-", "X",
         "X: Netanyahu condemns attacks by radical Jews, ACCUSE, target radical Jews[ISR], document date (this later "
         "statement has no date of its own), asserted. All right. Y misses it."),
    36: ("100111", "N-", "Y",
         "X's 'started our dialogue with Austria in 2007' is coded AGREE, but starting a dialogue is CONSULT/SUPPORT "
         "(type wrong), and Dos Santos is Suriname's president here, not AUT (source wrong); target Austria and date 2007 "
         "right. A wrong-type event is worse than Y's miss."),
    37: ("111111", "111011", "X",
         "Target differs: X's empty target is right for 'committing themselves'; Y codes the Cape Verde leaders and Cabo "
         "Verde as their own target (mutual self-target), wrong. Both: AGREE, source leaders[CPV], Wednesday 2023-06-14, asserted."),
    38: ("N-", "111011", "Y",
         "Y: John Key 'We call on all involved to take swift ... steps to de-escalate', REQUEST, source NZL right, "
         "document date, asserted. Target empty is wrong by rule: 'all involved' refers to the conflict parties (the ANC, "
         "ZAF) named before. Right type beats X's miss."),
    39: ("111011", "111001", "X",
         "Date differs: the deployment is this news ('have deployed'), document date right in X; Y's 2023-W23 comes from "
         "'last week', which dates the killing, not the deployment (wrong). Both make 'U.S. colleges' (a place) the "
         "target, wrong; source Police[USA] right."),
    40: ("111110", "N-", "X",
         "X: Yusef (Sudan workers' syndicate, SDN) trying to meet officials in Amman (JOR) five days ago (2023-06-10 "
         "right). CONSULT is acceptable only as negated - 'they refused' - so asserted is wrong. Type right, so better "
         "than Y's miss."),
}


def side(code):
    if code == "S":
        d = {f: False for f in FIELDS}
        d["all"] = False
        d["spurious"] = True
        return d
    if code in ("N+", "N-"):
        return {"omit_right": code == "N+"}
    assert len(code) == 6 and set(code) <= {"0", "1"}, code
    d = {f: c == "1" for f, c in zip(FIELDS, code)}
    d["all"] = all(d[f] for f in FIELDS)
    return d


def main():
    items = [json.loads(l) for l in open(ITEMS) if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(J))
    extra = sorted(set(J) - set(ns))
    if missing or extra:
        sys.exit(f"missing judgments {missing}, judgments for unknown items {extra}")
    rows = []
    for it in items:
        n = it["n"]
        x, y, better, reasons = J[n]
        assert better in ("X", "Y", "same")
        # null sides in the items must be judged as null, and non-null as events
        for s, code in (("X", x), ("Y", y)):
            is_null = it[s] is None
            assert is_null == (code in ("N+", "N-")), (n, s, code)
        rows.append({"n": n, "X": side(x), "Y": side(y), "better": better, "reasons": reasons})
    with open(OUT, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print(f"wrote {OUT} ({len(rows)} items)")
    for b in ("X", "Y", "same"):
        lst = [r["n"] for r in rows if r["better"] == b]
        print(f"better {b}: {len(lst)}  {lst}")
    for s in ("X", "Y"):
        ev = [r for r in rows if "omit_right" not in r[s]]
        nul = [r for r in rows if "omit_right" in r[s]]
        allr = [r["n"] for r in ev if r[s]["all"]]
        spur = [r["n"] for r in ev if r[s].get("spurious")]
        okn = [r["n"] for r in nul if r[s]["omit_right"]]
        badn = [r["n"] for r in nul if not r[s]["omit_right"]]
        fld = {f: sum(r[s][f] for r in ev) for f in FIELDS}
        print(f"{s}: {len(ev)} events, all fields right {len(allr)} {allr}; spurious {len(spur)} {spur}; "
              f"null {len(nul)} (omission right {okn}, wrong {badn})")
        print(f"   per field right: {fld}")


if __name__ == "__main__":
    main()
