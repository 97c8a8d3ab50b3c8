"""Judge a's verdicts for round 77 (written by hand after reading each story); builds events-a.jsonl
and paragraphs-a-verdicts.jsonl.  Fields: E T S G(target) D M; 1 = right, 0 = wrong.
usage (from docs/judged/round77): python events-a-tools/verdicts.py"""
import json

V = {
 1: ("111110", "Haftar's forces attacking Tripoli in 2019 is a background fact told as such, so modality should be asserted, not hypothetical (only the alliance 'would have seemed improbable'). Haftar (LBY) for his forces and the Tripoli authorities (LBY) for Tripoli are acceptable; 2019 is right."),
 2: ("111111", "Drahos conceding the election is CONCEDE; the sentence names no counterpart so the empty target is right; no date in the text, reported as this news, so the document date is right."),
 3: ("101111", "'I accept the result' is Sharif conceding defeat (CAMEO 080 yield), so the type should be CONCEDE, not AGREE; it is not willingness to cooperate. Not a same-sentence duplicate of e1 (previous sentence), so the event stands; other fields right."),
 4: ("111111", "Mubarak's phone call with Saleh is CONSULT EGY -> YEM; the undated call reported as this news takes the document date."),
 5: ("111111", "Chinese Foreign Ministry asking Manila to investigate is REQUEST CHN -> Philippine government (PHL); document date and asserted are right."),
 6: ("110011", "'Its leaders' are Catalonia's leaders (regional government, ESP), not 'Spain leaders' (the national government, the other side); the source should be the Catalan leaders. Target should be Madrid, the Spanish government (ESP), named in the same sentence as the side that refuses the referendum. An ongoing request takes the document date."),
 7: ("111011", "Suicide bombing of a Jerusalem bus is ASSAULT with no perpetrator in the sentence (empty source right), but the victims are given the Palestinian code PSE; the text does not make their country plain (if anything Israeli), so the target should be 'more than 20 people' with no code (or ISR)."),
 8: ("110011", "'it rejected any measure' is Jordan's rejection: the source should be Jordan (JOR), not Israel, and the target should be Israel (ISR), whose measures are rejected and who is named in the sentence. REJECT, document date and asserted are acceptable."),
 9: ("111111", "Parliament approving Kadhimi as prime minister is SUPPORT (approve actor) IRQ -> Kadhimi (IRQ), early Thursday 2020-05-07."),
 10: ("111001", "NATO attacked Pakistani military posts, killing 24 Pakistani soldiers: the target should be the Pakistani soldiers/army (PAK), not Afghanistan. Date should be 2011-11-26: the attack was in the early hours before Pakistan's Saturday closure, not the document date (Sunday)."),
 11: ("111111", "Putin congratulating Lukashenko is SUPPORT RUS -> BLR, separate from the CONSULT phone call; document date (Monday) right; attribution to the Kremlin keeps it asserted."),
 12: ("111111", "Abe announcing his resignation on Wednesday is RETREAT resign JPN, 2007-09-12, asserted."),
 13: ("101111", "Dismissing Putin's talk of peacekeepers as 'nonsense' is criticism, ACCUSE (disapprove), not REJECT (no request or proposal to the US is rejected). USA -> Putin (RUS) right; 2022-02-21 is right from the council meeting late on Monday."),
 14: ("111101", "Detention of police officials is COERCE arrest; the sentence names no detaining party (empty source right); target police officials (ETH) right. The detention is reported as this news, so the date should be the document date 2018-06-24 (or the Saturday), not unknown."),
 15: ("111110", "Obama flying to Indonesia is CONSULT visit USA -> IDN on Tuesday 2010-11-09, but the story is told from Monday and the trip is scheduled: modality should be future, not asserted."),
 16: ("111111", "The cabinet stepping down is the condition that ends the organisers' protests; coded RETREAT resign with hypothetical modality and no date, as the conventions allow for acts in conditions. A coder would also code the organisers' pledge/demand (not coded by dateline). Accepted."),
 17: ("111011", "Tsang complaining about the handling of the crisis is ACCUSE HKG, but the sentence names Aquino (he could not reach him) and the handling is the Philippine authorities'; the target should be Aquino / the Philippine government (PHL), not empty. (Sector BUS is wrong but not scored.)"),
 18: ("110011", "'they' are officials in Brussels, i.e. EU officials (EU/IGO, no country), not Belgian officials; 'it' is Montenegro, so the target should be Montenegro (MNE), not the Belgian government. The text gives the urging no date; document date accepted."),
 19: ("111111", "Erdogan saying Turkey would not back down is a negated CONCEDE (per the conventions' 'refused to withdraw' rule); TUR, no counterpart named in the sentence, document date."),
 20: ("111111", "The joint AU/UN (and ECOWAS) mission arriving in Conakry is CONSULT visit to the Guinean government (GIN), Saturday 2020-10-24, asserted."),
 21: ("111111", "The three juntas signing a pact is SUPPORT (sign agreement), mutual among MLI, BFA, NER, Saturday 2023-09-16."),
 22: ("111111", "The grand assembly approving the constitution is SUPPORT (approve policy); Afghanistan (AFG) for the assembly is acceptable; Sunday 2004-01-04."),
 23: ("111111", "Hong Kong's leader demanding an account from the Philippine government is REQUEST HKG -> PHL, Tuesday 2010-08-24."),
 24: ("111111", "CIA contractor shooting dead two men in Lahore is ASSAULT USA -> men in Lahore (PAK, the country is plain from the city); January 2011 right."),
 25: ("111011", "'both sides' are Beijing and Taipei: the target should be China (CHN) and Taiwan (TWN), not an uncoded 'sides'. REQUEST from Washington (USA), Saturday date and asserted are acceptable."),
 26: ("111111", "Yeltsin telephoning Shevardnadze is CONSULT phone; 'Russia government' for Yeltsin has the right side and code (RUS); undated call in the news takes the document date."),
 27: ("111111", "Plevneliev calling on parliament to reconsider is REQUEST BGR -> parliament (BGR); undated statement in the news, document date right."),
 28: ("101100", "'Paris would give Ivory Coast its full support' is a verbal pledge of support, SUPPORT (or AGREE), not AID: no material aid is given. As a statement made now it is asserted and dated the document date (2016-03-14), not future with no date. FRA -> CIV right."),
 29: ("110011", "PROTEST is right and 'last week' (2005-W15) is right, but the sentence names the protesters, so the source should be middle-class residents of Quito (ECU); the protests are aimed at Gutierrez's decision, an act of the authorities, so the target should be Gutierrez / the Ecuadorean government (ECU), not empty."),
 30: ("111110", "Army backing President Leghari is SUPPORT PAK -> PAK with the document date, but 'appeared to have backed' is the diplomats' hedge, not a fact: modality should be hypothetical, not asserted."),
 31: ("111111", "Police reinforcing patrols across the Moscow metro is MOBILIZE (police) RUS, overnight before the document date; right."),
 32: ("111001", "State Department rejecting the Republicans' claim accepted as REJECT (borderline: a denial of a claim), but the sentence names the Republicans, so the target should be 'some U.S. Republicans' (USA). The rejection happened during the campaign, before the election, so the document date is a background act given the document date: no date (during the campaign) is right."),
 33: ("101111", "The Security Council authorising the deployment is approval of an action, SUPPORT, not MOBILIZE (the UNSC deploys no troops). UNSC source, empty target and last month (1997-03) are right."),
 34: ("111111", "Abbas condemning the attack is ACCUSE PSE; the attackers are not named in the sentence, so the empty target is right; document date right."),
 35: ("111011", "Annan welcoming the launch is SUPPORT UN, but the launch is the African Union's, named in the sentence as 'the union': the target should be the African Union (or the African leaders), not empty."),
 36: ("111111", "US condemning the violence is ACCUSE USA; no perpetrator named in the sentence, empty target right; document date right."),
 37: ("111101", "Kenyatta urging Kenyans to move on is REQUEST KEN -> Kenyans, but the address was on the day he was declared winner ('my victory today'), Monday 2017-10-30, not the document date 2017-10-31."),
 38: ("111111", "Several hundred Yemeni soldiers taken prisoner: ASSAULT (capture in the fighting) with no captor named in the sentence; target Yemeni soldiers (YEM); undated, told as this news, document date; diplomats' attribution keeps it asserted."),
 39: ("111111", "Johansson calling on Morocco to keep its commitment is REQUEST EU -> MAR, document date, asserted."),
 40: ("111111", "Cambodia asking the UN Security Council for an urgent meeting is REQUEST KHM -> UNSC, Tuesday 2008-07-22."),
 41: ("111111", "Hollande condemning the attack is ACCUSE FRA; the target al Qaeda (AQIM, which claimed the attack in the previous sentence, no country) is clearly the party condemned; document date right."),
 42: ("111011", "Bush pressing for religious freedom is REQUEST USA, but the sentence names Jiang as the one he pressed: the target should be Jiang Zemin (CHN), not empty."),
 43: ("111111", "The EU providing Morocco with funds is AID EU -> MAR, an ongoing act taking the document date."),
 44: ("111110", "Occupation of Bukavu is ASSAULT (conventions) RWA -> Bukavu (COD), but it is Kinshasa's charge ('repeating Kinshasa's charge'), which Rwanda denies: the act is inside a claim, so modality should be reported, not asserted."),
 45: ("111111", "Public prosecutors opening an investigation in September 2011 is ACCUSE investigate KWT; the sentence names no person, empty target right."),
 46: ("111011", "Moscow condemning the attack is ACCUSE RUS, but the target Yeltsin is wrong (he is the caller in the next clause); the attackers are unnamed, so the target should be empty."),
 47: ("111111", "Yeo saying he would step down from the cabinet is RETREAT resign SGP with future modality and no date (the conventions' 'is to step down' rule); the cabinet as target is acceptable."),
 48: ("111011", "Generals pressuring the government to step down is REQUEST (change) TUR in 1997, but the sentence names the party pressured: the target should be Erbakan's Islamist-led coalition government (TUR), not empty."),
 49: ("110111", "Dropping corruption charges against Bucaram is CONCEDE (CAMEO 081 ease sanctions) -> Bucaram (ECU), undated 'later' right; but the source, Ecuador's new Supreme Court, has the country code ECU, not none."),
 50: ("110011", "Signing the Entebbe declaration is SUPPORT, but the signers are Clinton and the regional leaders ('they'): the source should be Clinton (USA) / the regional leaders, and the target the other signers, not 'Uganda' with no target. Date (Wednesday 1998-03-25) and asserted right."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-a.jsonl", "w") as out:
    for it in items:
        code, reason = V[it["n"]]
        v = {f: c == "1" for f, c in zip(FIELDS, code)}
        if not v["event"]:
            v = {f: False for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = {
 "h16-x58-14": (["ASSAULT: Lebanese troops (LBN) <-> Israeli troops (ISR), exchange of fire across the border killing two Lebanese soldiers, a journalist and an Israeli officer, 2010-08-03"],
                1, 1, 0, "One mutual clash; the killings are its result, not separate acts. dateline's mutual ASSAULT is right in all fields."),
 "h16-x60-11": (["COERCE: Ecuador's Congress (ECU) -> President Lucio Gutierrez (ECU), voted to remove him from office, 2005-04-20",
                 "PROTEST: street protesters (ECU) -> Gutierrez / Ecuadorean government (ECU), days of mounting street protests, no date (the days before 2005-04-20)"],
                0, 0, 0, "dateline found nothing in the lead. PLOVER has no removal-from-office type; COERCE (CAMEO 172 administrative sanction) is the nearest. 'toppled' is the same removal."),
 "h16-x59-22": (["REJECT: Cellou Dalein Diallo (GIN) -> electoral commission / Alpha Conde (GIN), rejected the result as fraudulent, 2020-10-24"],
                1, 1, 0, "REJECT (or ACCUSE of fraud) found; dateline's empty target is arguable (the result is the commission's). Conde winning is not a PLOVER act; 'a week of deadly unrest' names no actors and is not coded."),
 "h16-x57-23": (["COERCE: Georgian police (GEO) -> Mikheil Saakashvili (GEO), arrested him in Tbilisi, 2021-10-01"],
                1, 1, 0, "Found and right in all fields. His secret return is not a PLOVER act."),
 "h16-x59-17": (["SUPPORT: Somalia's parliament (SOM) -> Hassan Sheikh Mohamud (SOM), elected him president, 2012-09-10"],
                0, 0, 0, "Coded as parliament approving an actor, like the Iraq item (#9) judged here; a coder who does not code elections would list nothing. dateline found nothing in the lead."),
 "h16-x60-21": (["SUPPORT: China's parliament (CHN) -> none, approved constitutional changes abolishing presidential term limits, 2018-03-11"],
                1, 1, 0, "Found with right type, source, date and modality."),
}
paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, n_dl, spur, notes = P[p["doc"]]
        assert n_dl == len(p["events"]), p["doc"]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": n_dl,
                              "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")
