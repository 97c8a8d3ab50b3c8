"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's verdicts below, then check them."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")

# n -> (wrong fields, reasons); "SPURIOUS" marks a non-event
V = {
1: (["source"], "Source should be Sudan's U.N. ambassador (SDN), the 'he' of the sentence, not the Egyptian leader; ACCUSE toward Washington (USA) is right, and the document date is accepted since the text gives the statement no date of its own."),
2: (["target"], "Target should be the regional officials whose dismissal Yarosh demanded (UKR) (or no target); 'supporters' belong to the separate 'called on supporters to rally' act. Source, REQUEST type and document date (reported as this news) are right."),
3: ([], "King Mohammed VI (MAR) ordering an investigation is ACCUSE investigate; no party is named as its object, so the empty target is right; undated, reported as news, so the document date is right."),
4: ([], "Resuming diplomatic relations is SUPPORT (resume diplomatic cooperation), United States -> Libya, Monday = 2004-06-28."),
5: ([], "Annan (UN) urging the leaders of divided Cyprus to reach agreement is REQUEST; Cyprus (CYP) stands for 'them', the island's leaders; Monday = 2002-11-11."),
6: ([], "UNITA's spokesman (the rebels, AGO) accused the Angolan government (AGO) of hunting down its members: ACCUSE, asserted with reported_by the spokesman; undated news, document date right."),
7: ([], "Mutual AGREE between India and Pakistan on reopening the hotline and creating working groups, Monday = 1997-05-12."),
8: (["target"], "Target 'all sides' refers to the parties to Congo's election dispute, so its country should be COD, not empty; US/EU source, REQUEST and document date are right."),
9: (["type", "date", "modality"], "France accepting Deby's takeover is SUPPORT (approve an actor/action), not AGREE; it is an asserted past act, not future, dated 2021 ('at the time' of the 2021 takeover), not undated."),
10: (["target"], "The agreement was reached by North and South Korea: with South Korea as source the target should be North Korea (PRK), not empty; AGREE and Tuesday 2015-08-25 are right."),
11: (["source"], "The residents are South Ossetians, and the text calls South Ossetia Georgia's breakaway region, so the source country should be GEO, not RUS; a long-running complaint with no accused party named: ACCUSE, empty target, document date right."),
12: ([], "SANCTION convict against Ishag (SDN) on Thursday 2014-05-15; the court is not named in this sentence, so the empty source is right under the sentence rule."),
13: (["source", "target"], "Junta spokesman Zaw Min Tun and the rebels he accuses are Myanmar actors: both codes should be MMR, not CHN."),
14: (["date"], "Houthis (YEM) shooting down U.S. drones is an ASSAULT on the USA, but the text gives no date for the shoot-downs (somewhere in the campaign from 15 March to the May deal); 2025-03-15 is the campaign's start, so the act should be undated."),
15: (["date"], "Mutual AGREE between Israel and Turkey is right, but the leaders agreed in Friday's telephone call, so the date should be 2013-03-22, not the document date."),
16: ([], "Announcing a recall of ambassadors is SANCTION (reduce diplomatic relations), future; the Lima Group (no country) -> Venezuela (VEN); the recall itself is undated."),
17: (["type"], "Test-firing missiles into a sea target zone is a weapons test or show of force (MOBILIZE weapons, or THREATEN), not ASSAULT: nothing was attacked. China -> Taiwan and Friday 1995-07-21 are right."),
18: ([], "China's Foreign Ministry (CHN) calling for restraint is REQUEST with no addressee named; 2017-04-07 is the story's dateline day, reported as this news."),
19: ([], "Washington (USA) expelling Libyan envoys (LBY) in 1981 is SANCTION expel, dated 1981."),
20: ([], "Pakistan army launching the operation is ASSAULT; the sentence names no opponent, so the empty target is right; Tuesday = 2004-03-16."),
21: ("SPURIOUS", "Spurious: 'Albanians have voted for change' is Berisha's quoted claim about the election result; voting is not a PLOVER act between political actors."),
22: ([], "Troops (SDN) deployed around parliament and state broadcasters: MOBILIZE, no target. The text gives the deployment no date (it probably came on Sunday night, 1999-12-12), so the document date is accepted under the rule."),
23: ([], "China (CHN) welcomed the agreement: SUPPORT; the sentence names no party as the object ('the agreement'), so the empty target is right; document date right."),
24: ([], "The Pope (VAT) urging Poles (POL) to embrace the EU: REQUEST, an earlier undated act ('had urged'), so the unknown date is right."),
25: ([], "Cardoso's government (BRA) promising a fiscal programme is AGREE (intent to change policy); 'in return' names no party, so the empty target is accepted; the promise has no date in the text, so the document date is right."),
26: (["type"], "'Dismissed the ceremony as a stunt' is a disparaging criticism, ACCUSE disapprove, not REJECT (I would give the target as Odinga, but 'the ceremony' names no party, so the empty target is right under the rule)."),
27: ("SPURIOUS", "Spurious: 'may fire back if attacked' is a conditional rule of engagement with no attacker, not an act between political actors, and 'American officials' are not the party in any case."),
28: ([], "Regional leaders (no country) and the UN welcomed parliament's vote: SUPPORT; the empty target is right under the sentence rule; undated news, document date right."),
29: ([], "Kenyatta (KEN) saying the opposition (KEN) must accept the result is a demand, REQUEST; document date right ('has ... said')."),
30: (["source"], "Source should be Arroyo (PHL), the 'she' who apologised, not Senate President Franklin Drilon; SUPPORT (apologise), no target, 2005-06-27 are right."),
31: ([], "Ukrainian prosecutors opening criminal cases is ACCUSE (investigate/charge); the sentence names no suspect, so the empty target is right; undated news, document date right."),
32: ([], "Russian Foreign Ministry (RUS) condemned Greece's decision: ACCUSE; 'the decision' names no party, so the empty target is right; document date right."),
33: ("SPURIOUS", "Spurious: 'his support for Washington' is a background stance named in a relative clause about militants' motives, not an act."),
34: ([], "Sudanese police fired tear gas at protesters gathered in Khartoum (SDN): ASSAULT crowd-control, Thursday 2018-12-20."),
35: ([], "Jonathan (NGA) declaring a state of emergency is COERCE (state of emergency), dated 2011-12-31."),
36: ([], "UN Security Council sanctions restricting the travel of Sudanese officials (SDN): COERCE restrict (CAMEO 163/172), Friday 1996-04-26."),
37: ([], "Yoon (KOR) calling the launch a reckless provocation: ACCUSE; 'the launch' names no party, so the empty target is right; Tuesday = document date."),
38: ([], "Egypt (EGY) welcomed the Security Council's decision: SUPPORT, empty target under the sentence rule; document date right."),
39: ([], "North Korea (PRK) preparing to conduct a nuclear test: MOBILIZE weapons, future and undated."),
40: (["date"], "ACCUSE by the Security Council is right, but the Council met 'within hours' of Iraq's Saturday announcement, so the date should be 1998-10-31, not the Sunday document date."),
41: ([], "Demonstrators in Turkey (TUR) at the Italian embassy: PROTEST against Italy (ITA), Tuesday = document date 1998-11-17."),
42: ([], "Netanyahu (ISR) and Arafat (PSE) met: mutual CONSULT, Wednesday 1996-09-04."),
43: ([], "Wahid (IDN) offering condolences over the killing of U.N. staff is accepted as SUPPORT (verbal support); no recipient named; undated news, document date right."),
44: ([], "Washington (USA) will station a Patriot battery in Poland (POL): MOBILIZE, future, undated (COOPERATE/AID would also be defensible)."),
45: (["date"], "Iran (IRN) firing missiles at Israel (ISR) is ASSAULT, but 'over the past year' is a span (Oct 2023 to Oct 2024), not the year 2023: it should be undated."),
46: (["date"], "CONCEDE reported (inside the critics' accusation), Saleh (YEM) -> USA is right, but the bowing has no date in the text: 2002-11 comes from the previous sentence's drone strike. It should be undated (an ongoing charge)."),
47: (["date"], "Putin (RUS) meeting Bush (USA) in Slovenia is CONSULT; the text dates it 'a month' before the 16 July 2001 Kremlin meeting, so the date should be 2001-06, not unknown."),
48: (["date"], "Perry (USA) urging a comprehensive approach is REQUEST, no addressee named, but 'has since urged' is a background act of some time since May 1999: it should be undated (or 1999), not the document date."),
49: (["type", "target", "date", "modality"], "'We will start killing the hostages' is a THREATEN by the Taliban spokesman (AFG), asserted, on 2007-07-21 (told reporters on Saturday); the hostages are South Korean (KOR), not AFG."),
50: (["date"], "Two attackers (no country) killed: ASSAULT, no source named, is right, but they died in Friday's siege, so the date should be 2015-11-20, not the Saturday document date."),
}

PARAS = {
"h22-x83-08": (["ASSAULT: Gunmen (no code) -> 24 Hindu villagers (IND), lined up and shot dead in a Kashmir village, 2003-03-23"], 1, 1, 0,
    "dateline's ASSAULT has the right type and date; it leaves the 24 Hindus out as target and gives the unidentified gunmen IND."),
"h22-x83-03": (["AGREE: India (IND) <-> Pakistan (PAK), prime ministers agree to reopen the hotline and create joint working groups, 1997-05-12",
                "CONSULT: India (IND) <-> Pakistan (PAK), the prime ministers' encounter (meeting), 1997-05-12"], 1, 1, 0,
    "The AGREE was found; the meeting ('the warmest encounter') was not, though dateline did not code it from the next sentence either ('met for nearly two hours')."),
"h22-x82-08": (["AGREE: Iraqi Governing Council members (IRQ) -> (none), promise to restore sovereignty quickly, 2003-07-13"], 0, 0, 0,
    "The council's own first session and its cancelling of Saddam-era holidays are internal acts, so I do not code them; the appointment by the occupation authority is background. dateline found nothing here."),
"h22-x84-25": ([], 0, 0, 0,
    "An election result; Trump's tariffs and his '51st state' talk are background noun phrases that explain voters' anger, not acts reported here."),
"h22-x84-24": ([], 0, 0, 0, "An election run-off result; no PLOVER act."),
"h22-x83-02": (["COERCE restrict (sanctions): UN Security Council (UNO) -> Sudan (SDN), orders member states to cut Sudan's diplomatic missions and restrict travel of Sudanese officials, 1996-04-26",
                "REJECT: Sudan (SDN) -> (none), refusing to hand over three men wanted over the Mubarak attempt, 1996-04-27 (ongoing)",
                "ASSAULT assassinate: unnamed attackers -> Hosni Mubarak (EGY), last year's assassination attempt, 1995"], 1, 1, 0,
    "dateline coded the sanctions (COERCE restrict) on 'restrict'; it missed Sudan's refusal and the background assassination attempt."),
}

def main():
    items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
    assert len(items) == 50 and [i["n"] for i in items] == list(range(1, 51))
    out = []
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {k: False for k in F}
        else:
            assert set(wrong) <= set(F), wrong
            v = {k: k not in wrong for k in F}
        v["all"] = all(v[k] for k in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
        out.append(rec)
    with open(HERE / "events-d.jsonl", "w") as f:
        for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
    with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as f:
        for p in paras:
            ce, found, de, sp, notes = PARAS[p["doc"]]
            assert de == len(p["events"]), p["doc"]
            f.write(json.dumps({"doc": p["doc"], "coder_events": ce, "found": found, "dateline_events": de,
                                "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")
    # checks
    back = [json.loads(l) for l in open(HERE / "events-d.jsonl")]
    assert len(back) == 50
    for a, b in zip(items, back):
        assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
        assert {k: b[k] for k in a} == a
        v = b["verdict"]; assert v["all"] == all(v[k] for k in F)
        if not v["event"]: assert not any(v.values())
    pv = [json.loads(l) for l in open(HERE / "paragraphs-d-verdicts.jsonl")]
    assert len(pv) == 6
    counts = {k: sum(r["verdict"][k] for r in back) for k in F + ("all",)}
    print("per-field right of 50:", counts)
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
          "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
    from collections import Counter
    c = Counter(k for r in back if r["verdict"]["event"] for k in F if not r["verdict"][k])
    print("wrong fields among real events:", dict(c))

if __name__ == "__main__":
    main()
