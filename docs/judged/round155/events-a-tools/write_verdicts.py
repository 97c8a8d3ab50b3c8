"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from judge a's verdicts (round 155), then check them.

usage (from docs/judged/round155): python events-a-tools/write_verdicts.py
Verdicts: for each item n, the fields judged wrong (F = spurious event) and the reasons.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (wrong fields, reasons); "event" in wrong fields means spurious (all false)
V = {
 1: (["target"], "SUPPORT by the Bosnian Serb leaders is right, but what they welcome is the EU's takeover, and the sentence names the EU force: target should be the EU force (EUFOR/European Union, EUR), not empty."),
 2: ([], "COERCE arrest by Malaysian police of 29 people, attributed to police; '29 detained so far' is a running total, so no date is right."),
 3: ([], "ASSAULT on the Hazara community (PAK) with no killer named in its clause; 2012 ('last year') is the year the text gives. The clause with the actor, 'It (LeJ) has carried out a string of attacks', is the act dateline missed."),
 4: ([], "REQUEST from Biden to Georgia's leaders (GEO), dated by the speech on Thursday 2009-07-23 (the document date); all right."),
 5: (["date"], "ACCUSE by Iraq's Foreign Ministry against the Jordanian authorities is right, but the accusation is this news (made with the recall on Sunday): date should be 2005-03-20 (or the document date 2005-03-21), not unknown."),
 6: (["type", "target"], "Moscow's diplomatic protest is not a street demonstration: type should be ACCUSE (disapprove), and target should be NATO (named in the sentence, whose jets pounded Serb positions), not empty."),
 7: (["target"], "'troops killed them': 'them' are the attackers who opened fire in the hospital, so target should be the attackers (gunmen, no country code/AQAP), not security officials (YEM)."),
 8: (["source", "target"], "'They' are the LRA fighters who stormed the camp: source should be the LRA fighters (UGA rebels), not the state Uganda; target should be the people shot and hacked (displaced villagers, UGA), named in the sentence."),
 9: (["date"], "REQUEST EU -> Turkey (Ankara) is right, but 'has urged' is background of an earlier, unstated time in the story's closing paragraph, not this news: date should be none (unknown), not the document date."),
 10: ([], "Voting against the Serbian-drafted resolution is a REJECT by the United States; no party is named in the sentence, so the empty target is right; Wednesday 2008-10-08 is right."),
 11: ([], "RETREAT resign by foreign minister Kozyrev (RUS); 'last week' from 1996-01-10 is 1996-W01; all right."),
 12: (["type"], "A missile launched off North Korea's own coast with no target is a weapons test: type should be MOBILIZE (weapons test), not ASSAULT; the other fields are right."),
 13: (["source", "target"], "The rejecter is 'Riyadh and its allies': source should be Saudi Arabia (SAU) and its Gulf allies, and target should be Zarif/Iran (IRN), whose offer was rejected; an ongoing 'so far rejected' takes the document date, so the date is right."),
 14: (["source", "target", "modality"], "The killer is the self-confessed hitman (PHL), acting on Duterte's orders, not de Lima, and his victims are unnamed (target should be empty, not Duterte); the killing is inside testimony that the president's office dismissed, so modality should be reported. An unknown date is right."),
 15: (["event"], "Spurious: flying Husseini's body to Amman is a funeral logistics step, not a visit or a consultation between Kuwait and Jordan; nothing of the CONSULT family happens (the condolences are a CAMEO 01 statement with no PLOVER event)."),
 16: ([], "SANCTION convict by a French court (FRA) of Noriega (PAN) in 1999; all right."),
 17: (["date"], "ASSAULT with 15 killed (BLR) in the metro bombing, no perpetrator named, is right, but the text dates the blast to April 11 last year: date should be 2011-04-11, not unknown."),
 18: (["target"], "REQUEST by the State Department spokesman is right, but he urged 'the North', named in the sentence: target should be North Korea (PRK), not empty."),
 19: (["target"], "REQUEST by the Hong Kong pro-democracy lawmakers to Leung Chun-ying is right, but Beijing is whom Leung should ask, not whom the lawmakers ask: target should be Leung alone (HKG). Source code CHN is accepted (HKG would match Leung's code)."),
 20: (["target"], "REQUEST by the State Department is right, but 'both sides' are the Angolan government and UNITA: target country should be Angola (AGO), not USA."),
 21: (["event"], "Spurious: 'has never been recognised by any state' is a standing non-recognition with no acting party, not an act; had it been coded, the target would be Transdniestria (MDA), not Russia, and 1992 is the date of the breakaway, not of any recognition."),
 22: ([], "SANCTION by the UN Security Council on Iran in June 2010; all right."),
 23: ([], "REQUEST by China's foreign ministry to Japan, undated in the text, takes the document date; all right (the 'shocked and indignant' ACCUSE is a missed second event)."),
 24: ([], "Future CONSULT of Iran with the six world powers (no single country), with no date for 'days before'; all right."),
 25: (["target"], "REJECT by Gaddafi is right, but 'the offer' is the UN Security Council sanctions committee's: target should be the Security Council committee (UN), not Libyans, who were the offer's beneficiaries."),
 26: ([], "CONSULT Xi (CHN) with Harris (USA) on Saturday 2022-11-19; all right."),
 27: ([], "REQUEST by the U.S. embassy to Americans in Morocco, on the Saturday of the bombing (2007-04-14); all right."),
 28: (["type", "target"], "A court approving an arrest warrant is legal coercion, not praise: type should be COERCE (arrest; or ACCUSE allege), and target should be Kim Hong-gul (KOR), named in the sentence, not empty."),
 29: (["target"], "ASSAULT at Koulogon on 2019-01-01 with no attacker named is right, but the victims are named: target should be the about 40 Fulani (MLI), not empty."),
 30: ([], "REQUEST by EU leaders to 'both sides' (Turkey and Russia, from the previous sentence); the sentence gives no date, so the document date is accepted (the summit itself was Sunday 2015-11-29)."),
 31: ([], "REQUEST by the UN General Assembly to the ICJ on Wednesday 2008-10-08; all right."),
 32: ([], "ACCUSE by Kaczynski (POL) against the Polish government, undated, takes the document date; all right."),
 33: ([], "CONSULT Salam (LBN) with al-Sharaa (SYR), attributed to officials, undated, takes the document date; all right."),
 34: ([], "ASSAULT on Khamis Gaddafi (LBY) inside officials' claim, reported; dated by the Sunday of the claim (2012-10-21), the only date the text gives; no killer named, so an empty source is right."),
 35: ([], "ASSAULT in the 1994 genocide, 800,000 killed (RWA), no perpetrator named in the sentence; 1994 is right."),
 36: (["source", "target"], "Mutual AGREE to meet again on Sunday 1997-07-13 is right, but Denktash is the Turkish Cypriot leader: his code should be CYP (Cyprus), not TUR (Turkey), in both source and target."),
 37: (["target"], "REJECT by Lukashenko on Wednesday 2012-03-14 is right, but 'their appeals' refers to the two condemned men: target should be Kovalyov and Konovalov (BLR), not empty."),
 38: ([], "REQUEST by Muizzu (MDV) to Beijing (CHN) to send tourists; the sentence gives no date, so the document date is accepted (it was made during the visit that ended that day)."),
 39: ([], "SUPPORT by Kurdistan PM Barzani (IRQ) for the election result, no party named as target; document date; all right."),
 40: (["target"], "Japan's April 2001 safeguard tariffs are right as SANCTION, but 'Welsh onions' is a vegetable, not Wales: target should be China (CHN), whose produce the tariffs curb (named in the sentence), not the United Kingdom."),
 41: (["target", "date"], "PROTEST by Kaczynski's supporters (POL) is right, but they did not protest against their own leader: target should be the Polish state (POL; no aim is named) or empty, not Kaczynski; 'during Medvedev's visit' dates it to the visit on Monday: date should be 2010-12-06."),
 42: ([], "ASSAULT with at least 92 killed (PAK) in the Thursday evening blasts (2013-01-10), no perpetrator named; all right."),
 43: ([], "Iraq expelling six American UNSCOM inspectors on 1997-11-13 is SANCTION expel (CAMEO 1662); all right."),
 44: ([], "ASSAULT by Philippine police on suspects, as an ongoing practice, takes the document date; attribution to the government keeps it asserted. Borderline: a generic claim that some coders would not code at all."),
 45: ([], "ASSAULT by Syrian forces on Lebanese villages (LBN) on Sunday 2025-03-16; all right."),
 46: (["source"], "The accuser is Moldova's breakaway Transdniestria region (the separatist authorities in Tiraspol, code MDA), not Moldova, which backs the Ukrainian rules: source should be Transdniestria's leadership. Target and date are right."),
 47: ([], "ACCUSE by the opposition MDP (MDV) against President Muizzu; document date; all right."),
 48: ([], "SUPPORT by British Columbia (CAN) for the agreement, no party named as target; document date; all right."),
 49: ([], "COERCE arrest of Cheng Lei (AUS) in February 2021, no arresting party named in the sentence; all right."),
 50: (["type", "date", "modality"], "'We will carry out more such attacks' is a threat: PLOVER codes it as THREATEN (asserted, dated with the statement, the document date 2008-01-15), not a future ASSAULT with no date. Source Mujahid (AFG) and the empty target are right."),
}

PARAS = {
 "h54-x210-14": (["COERCE ban: (unnamed Iranian vetting bodies, IRN) -> many reformist candidates (IRN), barred from running in the election, before 2008-03-14 (no date given)"],
                 "Winning an election is no PLOVER event; the disqualification is the one act, with its actor not named in the paragraph."),
 "h54-x212-15": ([], "Noda winning a party leadership vote and being on course to become prime minister: no PLOVER event."),
 "h54-x211-25": ([], "A death from natural causes, announced by family and government: no PLOVER event."),
 "h54-x211-15": (["ASSAULT: assailants armed with machetes (unnamed, no code) -> Avijit Roy (BGD; U.S.-based) and his wife, hacked to death / seriously wounded, 2015-02-26 (Thursday night)"],
                 "One attack with two victims, coded once. dateline has no event in this paragraph, so the killing is missed."),
 "h54-x212-08": (["COERCE arrest: South Korean prosecutors (KOR) -> Kim Dae-jung's youngest son Kim Hong-gul (KOR), arrested on bribery and influence-peddling charges, 2002-05-19"],
                 "dateline's COERCE arrest is right (source, target and date too); the charges are part of the arrest, not a second act."),
 "h54-x210-17": (["ASSAULT (suicide attack): suicide bomber (no code) -> Yemen's defence ministry compound (YEM), explosives-laden car driven into it, 2013-12-05",
                  "ASSAULT: gunmen (no code) -> military hospital inside the compound, at least 52 killed including foreign doctors and nurses (YEM), 2013-12-05"],
                 "dateline found the storming (ASSAULT, gunmen -> 52 people, 2013-12-05) but not the car bomb; the gunmen's YEM code is an inference, since the text does not give their country."),
}


def main():
    items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
    assert len(items) == 50 and sorted(V) == [i["n"] for i in items]
    with open(HERE / "events-a.jsonl", "w") as out:
        for it in items:
            wrong, reason = V[it["n"]]
            spurious = "event" in wrong
            v = {f: (not spurious) and f not in wrong for f in FIELDS}
            v["all"] = all(v[f] for f in FIELDS)
            rec = dict(it)
            rec["verdict"] = v
            rec["reasons"] = reason
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
    with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as out:
        for p in paras:
            coder, notes = PARAS[p["doc"]]
            found = {"h54-x212-08": 1, "h54-x210-17": 1}.get(p["doc"], 0)
            out.write(json.dumps({"doc": p["doc"], "coder_events": coder, "found": found,
                                  "dateline_events": len(p["events"]), "spurious": 0, "notes": notes},
                                 ensure_ascii=False) + "\n")
    check(items, paras)


def check(items, paras):
    got = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
    assert len(got) == 50
    for it, g in zip(items, got):
        assert (g["n"], g["doc"], g["trigger"]) == (it["n"], it["doc"], it["trigger"])
        assert all(g[k] == it[k] for k in it)
        v = g["verdict"]
        assert v["all"] == all(v[f] for f in FIELDS)
        if not v["event"]:
            assert not any(v.values())
    pv = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
    assert len(pv) == 6 and [p["doc"] for p in pv] == [p["doc"] for p in paras]
    counts = {f: sum(g["verdict"][f] for g in got) for f in FIELDS + ["all"]}
    print("per-field right of 50:", counts)
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
          "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))


if __name__ == "__main__":
    main()
