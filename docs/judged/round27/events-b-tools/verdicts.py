"""Round 27, judge b: verdicts on the 60 sampled events (events-b-items.jsonl), scored by
docs/judged/CONVENTIONS.md.

V[n] = (event, type, source, target, date, modality, reason), 1 = right, 0 = wrong.
A spurious event (event 0) is wrong in every field.

usage (from docs/judged/round27): python events-b-tools/verdicts.py
writes events-b.jsonl (each item with "verdict" and "reasons") and prints the per-field table.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROUND = HERE.parent
FIELDS = ("event", "type", "source", "target", "date", "modality")

SPUR = (0, 0, 0, 0, 0, 0)

V = {
    1: (*SPUR, "Spurious: 'protesters ... were met by an aggressive police presence' - met = encountered; no "
               "meeting or consultation, and witnesses are only the reporters."),
    2: (1, 1, 1, 1, 0, 1, "'as requested by the President and the Prime Minister': the Albanian leaders' request "
               "(ALB government, country right); no addressee in the sentence, empty target right. Date wrong: "
               "the request is the letter of 20 January 2004; 2023-01-26 takes the forwarding day of the earlier "
               "sentence and the document year."),
    3: (*SPUR, "Duplicate: the demand for the police chief's resignation is the aim of the rally, already coded "
               "PROTEST (e1) from the same sentence; PLOVER codes protests making demands as PROTEST, not REQUEST."),
    4: (1, 1, 1, 1, 1, 1, "Argentina and Burkina Faso negotiating: mutual CONSULT, both parties present. Ongoing "
               "act takes the document date (the story's dateline reads 'March 15'; scored by the convention's "
               "document date)."),
    5: (1, 1, 0, 0, 0, 1, "'the arrest' (Yuen's own) is a COERCE arrest, but Yuen is the arrested, not the "
               "arrester: source should be empty (police not in the sentence) and Yuen the target (he is "
               "Taiwanese, not SGP). Background arrest of an earlier time given the document date."),
    6: (1, 1, 1, 0, 1, 1, "Prosecutor seeking the arrest of former ministers: REQUEST by Rodriguez (CUB) on Monday "
               "(2023-06-12) right; the parties acted upon, the former ministers and party members (CUB), are "
               "named in the sentence, so the empty target is wrong."),
    7: (*SPUR, "Not an act: 'the ANC and the regime agreed that Mandela could continue to protest' - the protest "
               "is the term of the agreement (a permission), not a protest reported; his hunger strike is coded "
               "elsewhere (e1)."),
    8: (*SPUR, "Not an act: 'there is no guarantee it will be accepted by the Bosnia's creditors' is speculation "
               "about a possible acceptance; nobody agrees or says they will. (Had it been coded, the source would "
               "be the creditors, not Bosnia.)"),
    9: (1, 1, 1, 1, 1, 1, "'Moraes' strike' - his ongoing hunger strike: PROTEST by Moraes (Spanish per the story), "
               "no target named, ongoing at the time of the Thursday statement = document date; asserted."),
    10: (1, 1, 1, 0, 1, 1, "Trump 'said he'd like to restrict the ability of some young people to get driver's "
               "licenses': hypothetical COERCE restrict by Trump, undated - right; but the group acted upon "
               "('some young people', US) is named in the sentence, so the empty target is wrong."),
    11: (1, 1, 1, 0, 1, 1, "Jordan's army to train security forces: AID (military assistance), future, 'this "
               "month' = 2023-06 right; target wrong - the forces are those of 'its neighboring country', not "
               "Jordan's (JOR code wrong)."),
    12: (1, 1, 1, 0, 1, 1, "Signing of the disarmament agreement on Sunday (2023-06-11): SUPPORT by the Syrian "
               "forces right; target 'ELN' coded COL/REB is wrong - the National Liberation Army here is a Syrian "
               "group (formerly the NDF)."),
    13: (*SPUR, "Duplicate: 'marched ... to protest against Zuma's government' is one act, already coded "
               "PROTEST from 'marched' (e2) in the same sentence."),
    14: (1, 1, 0, 0, 1, 1, "'they hit me': ASSAULT on Guevara by unnamed attackers. Source 'State radio' (from an "
               "earlier sentence, the reporter) is wrong, should be empty/the attackers; target empty is wrong - "
               "'me' is Guevara (VEN). Beating reported as this news, document date accepted."),
    15: (1, 1, 1, 1, 1, 1, "Referendum 'approved by the electorate on April 9': SUPPORT (approval) by Niue's "
               "electorate, date 2023-04-09 as given, no party as target. Borderline as an event (a vote), "
               "accepted."),
    16: (1, 1, 1, 0, 1, 1, "Police arrested about 80 people on Saturday (2023-06-10): COERCE by Samoa police "
               "right; target country FJI wrong - the story places the riots and 'the capital of Suva' in Samoa "
               "(FJI comes from world knowledge against the text)."),
    17: (*SPUR, "Not a threat: critics feel the trade deal 'threatens democracy' - an inanimate subject in another "
               "sense; 'Council' (SUR) is not in the sentence. The sentence holds at most the critics' ACCUSE."),
    18: (1, 1, 1, 1, 0, 1, "'The first strike was the first step': the workers' earlier strike, PROTEST strike; "
               "strikers and the truncated speaker unnamed, so empty arguments accepted. Date wrong: the first "
               "strike is a background act (the November walkout), given the document date."),
    19: (1, 1, 1, 0, 0, 1, "Madagascar welcomed a proposal: SUPPORT by Madagascar right. Target Kazakhstan wrong - "
               "it appears only in the 'after' clause as the immigrants' origin; the proposer is unnamed (empty). "
               "Date: the text says 'earlier this week', so the document day (Thursday) itself is wrong."),
    20: (1, 0, 1, 1, 1, 1, "'The angry mob stormed a building ... breaking windows and hurling items': a violent "
               "protest crowd of students - PROTEST riot, not ASSAULT. Mob (USA, Missouri) right, no party "
               "target, Sunday night 2023-06-11 right."),
    21: (1, 1, 1, 1, 1, 1, "NPA 'is giving local authorities in Tuvalu some of the land': CONCEDE accepted (the "
               "story frames it as concessions and later says the land 'will be given' - a promise, not yet a "
               "material transfer); source PHL rebels, target Tuvalu authorities as the text has it; reported "
               "Thursday = document date."),
    22: (1, 1, 0, 1, 1, 1, "State of emergency declared: COERCE martial-law right, document date right for the "
               "statement reported as news. Source wrong: the sentence names President Morsy as the one "
               "announcing the declaration; a coder codes Egypt's government/the president, not an empty source."),
    23: (1, 0, 0, 0, 0, 0, "'The opposition coalition wants ... President Nicolas Maduro to step down': the act is "
               "the opposition's demand - REQUEST (change), source the opposition coalition (VEN), target Maduro, "
               "asserted, document date; coded as Maduro's hypothetical RETREAT resign, every field wrong."),
    24: (1, 1, 1, 0, 1, 1, "AU agreed to strengthen economic cooperation with African countries: AGREE by the AU "
               "right, document date right; the partner named in the sentence ('African countries') is missing, "
               "so the empty target is wrong."),
    25: (1, 0, 1, 0, 1, 1, "Russia 'might move to annex territory to the east of' Georgia: hypothetical taking of "
               "territory by a state - ASSAULT by the conventions (or THREATEN territory in context), not COERCE "
               "seize; target Georgia ('the country') missing. Source Russia, undated hypothetical right."),
    26: (1, 1, 1, 1, 1, 1, "Costa Rica 'will withdraw from the U.S. jurisdiction', foreign minister said Wednesday: "
               "CONCEDE (promised withdrawal) CRI -> USA, dated the Wednesday statement, asserted promise."),
    27: (1, 1, 1, 1, 0, 1, "HRG's meeting with government officials: CONSULT GUY right; date wrong - the meeting "
               "is the December 2016 meeting of the previous sentence, a background act given the document date."),
    28: (1, 1, 1, 1, 1, 1, "'He is accused of orchestrating the bribery scandal': ACCUSE, target Zuma (He), accuser "
               "unnamed, standing accusation at document date."),
    29: (1, 1, 1, 1, 1, 1, "'Syria, which has been accused of supplying arms to rebels': ACCUSE, target Syria, "
               "accuser unnamed in the clause, standing accusation at document date."),
    30: (1, 1, 1, 1, 1, 1, "Sengfler 'is charged with four counts': ACCUSE allege, target Sengfler (no country "
               "stated in the text; empty accepted), charging authority not in the sentence, reported as this "
               "news = document date."),
    31: (1, 1, 0, 1, 1, 1, "'A government statement said that it had already ordered an independent ...' "
               "(truncated): REQUEST/order accepted, undated earlier order right; source GCC (from the previous "
               "sentence) wrong - 'it' is the (Emirati) government."),
    32: (1, 1, 1, 0, 0, 1, "'the attacks by unidentified gunmen that killed several people': ASSAULT by the gunmen "
               "(SMR by location accepted, as the conventions' protesters-in-a-capital example); the victims "
               "('several people') are named, empty target wrong; date wrong - 2023-06-09 is a Friday, the "
               "attacks were on Thursday night (06-08 before the Friday condemnation)."),
    33: (1, 1, 0, 1, 1, 1, "Deby 'raised prospects that Chad's opposition parties could be banned': hypothetical "
               "COERCE ban accepted (as 'hinted they would reject' in the conventions; THREATEN ban also "
               "plausible); target right, undated hypothetical right; source empty is wrong - Deby (his "
               "government) is the one who would ban."),
    34: (1, 1, 0, 1, 1, 1, "Lu Kang invited ASEAN member states to visit Brunei on Thursday: AGREE invite right, "
               "target ASEAN right, date right; source coded IDN - Lu Kang is the ASEAN Secretary General per the "
               "story, country code wrong."),
    35: (1, 1, 0, 0, 1, 1, "The coalition 'seeking a negotiated settlement': REQUEST (negotiations) right, "
               "document date right; source WTO wrong (the coalition = the Oceania Group of Pacific states); "
               "target 'negotiated settlement' YEM/CVL is not a party."),
    36: (*SPUR, "Not a consultation: displaced people expected to 'arrive in Phrae and Chiang Khong provinces' - "
               "refugee movement, no visit by a political actor."),
    37: (1, 1, 1, 1, 1, 1, "Burundi commends the Lebanese government: SUPPORT BDI -> LBN government, present "
               "statement = document date."),
    38: (*SPUR, "Not an act: 'if Iran does not withdraw its troops' is the condition of a warning by Zeid; no "
               "withdrawal is reported or announced."),
    39: (1, 1, 0, 0, 1, 1, "'after the international envoy's proposals have been turned down': REJECT of the envoy's "
               "proposals, rejecter unnamed (empty source right, not Fico, who only speaks); target should be the "
               "international envoy, not Slovakia. Date accepted."),
    40: (1, 0, 1, 0, 1, 1, "Cartes 'issued an order on Thursday to pardon all those convicted': the pardon is "
               "RETREAT release (or CONCEDE), not a REQUEST; source Cartes and date right; the pardoned ('all those "
               "convicted') are named, empty target wrong."),
    41: (1, 1, 1, 0, 1, 1, "The Iranians declined to provide information: REJECT by Iran's officials (IRN) right, "
               "document date right; the sailors are the topic of the withheld information, not the party "
               "refused - the requester is not named (empty target would be right)."),
    42: (1, 1, 1, 1, 1, 1, "'the Militants are currently staging protests' in Australian states: PROTEST, "
               "militants coded AUS by location, no aim named and not plainly a protest against Australia's "
               "authorities - empty target accepted; ongoing = document date."),
    43: (1, 1, 1, 0, 1, 1, "'Today's (day 5 on the) Gaza-Israel border ceasefire': an ongoing ceasefire, RETREAT "
               "ceasefire, today = document date; mutual between Israel and Gaza - Gaza side missing, target "
               "wrong."),
    44: (1, 1, 1, 1, 1, 1, "Barrow 'has pledged to roll back some of the military's recent past abuses': AGREE "
               "(intent to reform, CAMEO 034), Barrow GMB, document date."),
    45: (1, 1, 1, 0, 1, 1, "'The demonstrations began in December after Navalny reported fraud': PROTEST, begun "
               "2022-12 right; protesters not in the sentence (empty source accepted); a crowd protest at home "
               "against election fraud - by the conventions the state (Russia) is the target; empty is wrong."),
    46: (1, 1, 1, 1, 1, 1, "'A man was arrested over the attack': COERCE arrest, arrester unnamed; the man coded "
               "PSE (the attack in a West Bank settlement; accepted by location); date = the attack's 'last week' "
               "(2023-W23), accepted for the follow-up arrest."),
    47: (1, 1, 1, 0, 1, 1, "'the defense pact signed by Santos and ... Maduro on Friday': SUPPORT sign, Friday "
               "2023-06-09 right; mutual - Santos (COL) missing, empty target wrong."),
    48: (1, 1, 0, 0, 1, 1, "Abaye 'was sentenced to life imprisonment by the courts': SANCTION convict right, "
               "undated background right; source should be the courts (named), target Abaye, not the country "
               "Guadeloupe."),
    49: (1, 1, 1, 1, 0, 1, "'In other cases, torture and mutilation was used': ASSAULT torture, parties unnamed in "
               "the sentence; date wrong - the documented cases are of 2011-2012, not the document date."),
    50: (1, 1, 1, 1, 1, 1, "Central Committee demanded a referendum: REQUEST, COK, no addressee named; Sunday from "
               "the lead sentence accepted for the same episode."),
    51: (1, 1, 0, 1, 1, 1, "The law 'approved by local authorities and constitutional courts': SUPPORT approve; "
               "the authorities are Andalucia's (Spain, plain from the text) - empty country code wrong; law as "
               "the object, no party target; date accepted."),
    52: (*SPUR, "Not an agreement: 'the military is trying to use the new transitional government to settle its "
               "own political differences with the Muslim Brotherhood' - a protester's accusation (the act a coder "
               "would code is ACCUSE by the protester), 'settle' is not AGREE."),
    53: (1, 1, 1, 1, 1, 1, "Saudi Arabia will provide the Egyptian army with weapons from November 11-19: AID SAU -> "
               "EGY army, future, 2023-11-11 (start of the given span) right."),
    54: (1, 1, 0, 0, 1, 1, "'We do provide some assistance to them': AID by the U.S. military (we), spokesman "
               "Crosson coded UGA - wrong; 'them' = the Cambodian and Vietnamese troops, not 'U.S. troops' - "
               "target wrong."),
    55: (1, 1, 1, 0, 1, 1, "Riot police stormed a square on October 17 with tear gas and rubber bullets, injuring "
               "10 people: ASSAULT (crowd control) by Kosovo police, 2022-10-17 right; target is the people "
               "injured, not the country Kosovo."),
    56: (*SPUR, "Duplicate/not an act: 'to provide international assistance to Botswana' is the content of Khama's "
               "request (REQUEST e2 from the same sentence); no aid is given, and Khama would not be its source."),
    57: (1, 1, 0, 0, 1, 1, "Pio Arias 'has sought U.S. help': REQUEST assist right, document date right; Pio Arias "
               "is the islands' former president, not USA (source code wrong); the United States is named as "
               "the party asked - empty target wrong."),
    58: (1, 1, 1, 1, 0, 1, "ACLU's Cassell: 'We urge the FBI to take over these investigations': REQUEST USA -> "
               "FBI right; the statement is the ACLU call of 'late Wednesday' (previous sentence), so the "
               "document date (Thursday) is wrong."),
    59: (1, 1, 1, 1, 1, 1, "Opposition 'will not accept anything short of full security': AGREE negated accepted "
               "(the conventions' 'refused to withdraw' = REJECT asserted or RETREAT negated); Somali opposition "
               "party, no target, undated."),
    60: (1, 1, 1, 1, 0, 1, "Militia attacked police trying to arrest the commissioner's nephew: ASSAULT USA militia "
               "-> police right; date wrong - the clash is Monday's (lead sentences, 2023-06-12), not the "
               "document date."),
}


def main():
    items = [json.loads(l) for l in (ROUND / "events-b-items.jsonl").open()]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        v = V[it["n"]]
        flags = [bool(x) for x in v[:6]]
        if not flags[0]:
            assert not any(flags), it["n"]
        verdict = dict(zip(FIELDS, flags))
        verdict["all"] = all(flags)
        out.append({**it, "verdict": verdict, "reasons": v[6]})
    with (ROUND / "events-b.jsonl").open("w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10} {'all 60':>14} {'real events':>16}")
    for k in FIELDS + ("all",):
        a = sum(r["verdict"][k] for r in out)
        b = sum(r["verdict"][k] for r in real)
        print(f"{k:10} {a:3d}/{len(out)} {100*a/len(out):5.1f}% {b:5d}/{len(real)} {100*b/len(real):5.1f}%")


if __name__ == "__main__":
    main()
