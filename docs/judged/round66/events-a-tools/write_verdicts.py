"""Write events-a.jsonl: each item unchanged plus verdict and reasons.
WRONG lists the false fields per item ('event' = spurious, all false)."""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
J = {  # n: (wrong fields, reasons)
 1: (["target"], "Putin's proposal of the direct talks is AGREE (CAMEO 036, willingness to meet), last weekend (2025-W19 weekend) is right; but the proposal was plainly addressed to Ukraine, named in the sentence (Kyiv), so target should be Ukraine (UKR), not empty."),
 2: ([], "Russia warned Montenegro of consequences: THREATEN RUS -> MNE; 'earlier' gives no date, so an unknown date is right."),
 3: ([], "Moscow's formal recognition of Ukraine's borders in the treaty is SUPPORT (recognition, CAMEO 054) Russia -> Ukraine on Saturday 1997-05-31; a distinct act from the signing itself, so not a duplicate."),
 4: ([], "'Pyongyang does not recognise the sea border': a standing refusal of recognition, SUPPORT negated by North Korea with no party named as target; an ongoing stance takes the document date. Marginal as an act, but the convention codes negations this way."),
 5: (["date"], "Bizimungu's promise of an inquiry is AGREE (a promise) with no target; but 'on Sunday' dates the visit, and 'has promised' (present perfect) carries no date of its own, so the date should be the document date 1995-04-24, not Sunday 1995-04-23."),
 6: ([], "Pastrana broke off peace talks with the FARC: SANCTION (discontinue) COL -> FARC, February 2002 as the text gives."),
 7: (["event"], "Duplicate: 'targets had been hit' and 'civilians had been killed' are the same strikes, already coded from this sentence as e2 (ASSAULT, 'hit'); the killing is a result of that act, not a second act. (Had it stood, the date should also be 1998-12-16, the Wednesday night of the strikes.)"),
 8: ([], "Gunmen (no country given) attacked the bus carrying Sri Lanka's cricket team on Tuesday 2009-03-03: ASSAULT; the target coded as Sri Lanka carries the team's right code LKA (the team, not the state, would be the finer party)."),
 9: ([], "'We will not accept a stolen election' is a refusal: AGREE negated (equivalent to REJECT asserted, as in the convention's 'refused to withdraw'), by Chamisa (ZWE), said on Sunday 2023-08-27; no party named as target."),
 10: ([], "Hungary's foreign ministry summoned the Azerbaijani ambassador to protest: ACCUSE (disapprove) HUN -> AZE ambassador; undated act reported as this news takes the document date."),
 11: (["target", "date"], "Australia's refusal to play in Pakistan is a REJECT by AUS, but the party refused is Pakistan, named in the sentence, so target should be Pakistan (PAK); and this is a background act (pluperfect, before Sri Lanka agreed to tour) that should carry no date, not the document date 2009-03-03."),
 12: (["type", "target"], "'North Korean vessels opened fire first' is ASSAULT (firearms), not RETREAT access; the target should be the South Korean patrol boats (KOR), not the United Nations (the UN Command only drew the border)."),
 13: ([], "Uribe said he would ask the UN to help bring the rebels back to talks: REQUEST COL -> UN, future, undated."),
 14: ([], "Critics in Bamako accused the Malian government of a poorly prepared offensive: ACCUSE MLI critics -> MLI government, document date."),
 15: ([], "Orban held talks with Putin in Moscow on Friday 2024-07-05: CONSULT HUN -> RUS."),
 16: ([], "Mesa said he was stepping down (his resignation tendered that Monday night): RETREAT resign by Mesa (BOL), 2005-06-06, asserted with Mesa as reporter."),
 17: ([], "U.S. and European officials urged Nigerians to resolve disputes in court: REQUEST -> Nigerians (NGA), document date. The source code USA covers the U.S. officials only (the European officials, EUR, are dropped), accepted as the right party."),
 18: (["date"], "CONSULT third-party: Stoltenberg hosted talks between Erdogan and Kristersson (mutual source/target right), but the talks were on Monday, as the sentence gives ('announced ... late on Monday after hosting talks'), so the date should be 2023-07-10, not the document date 2023-07-11."),
 19: ([], "'We remember, and we demand': a demand by Sargsyan (ARM) at Friday's ceremony, REQUEST with no party named; thin (the thing demanded is unstated) but a demand as stated."),
 20: (["event"], "Duplicate: 'hitting nuclear facilities and missile sites' describes the same strikes already coded from this sentence as e1 (ASSAULT Israel -> Iran, 'strikes')."),
 21: ([], "Crowds in Qamishli set fire to government offices: PROTEST riot aimed at the authorities, so the Syrian state is a right target; Saturday 2004-03-13 as the paragraph gives."),
 22: ([], "Netanyahu said he would not compromise on his citizens' security: CONCEDE negated by Netanyahu (ISR), no party named, said in his victory speech (document date). A statement of stance rather than an act, but coded as the convention codes refusals."),
 23: ([], "Conde called on Diallo to join him in building the nation: REQUEST GIN -> GIN, document date."),
 24: (["target"], "The Kremlin congratulated Dodon: SUPPORT RUS -> Dodon, right type and date; but Dodon's country is plain (he won Moldova's presidency), so the target code should be MDA, not empty."),
 25: ([], "Safarov hacked Lt. Margaryan to death with an axe in February 2004: ASSAULT AZE -> ARM soldier, 2004-02."),
 26: ([], "Lawmakers had accused Wahid of incompetence and scandal: ACCUSE IDN lawmakers -> Wahid; background act with no date given, unknown date right."),
 27: (["target"], "The United States welcomed Bahrain's referendum: SUPPORT USA, document date right; the welcomed party is Bahrain, named in the sentence, so target should be Bahrain (BHR), not empty."),
 28: (["target"], "Talabani said Baghdad was ready to cooperate against the PKK: AGREE IRQ, document date right; but the PKK is the object of the cooperation, not its partner. The partner (Turkey) is not named in the sentence, so the target should be empty (or Turkey), not the PKK."),
 29: ([], "NATO bombed targets in Montenegro in 1999: ASSAULT aerial NATO -> Montenegro (then in Yugoslavia; 'the country' is Montenegro), 1999; 'have not forgotten that' keeps it asserted."),
 30: ([], "The Kiev government stepping down is the condition in Pushilin's refusal to leave: RETREAT resign by the Ukrainian government, hypothetical, undated; right as coded. (A coder would also or instead code the implied demand that it step down.)"),
 31: (["source", "target"], "The raid and seizure are COERCE seize on Wednesday 2004-08-25; but the officers are of South Africa's Scorpions unit, so source code should be ZAF, not GNQ, and the house raided is Mark Thatcher's, so target should be Mark Thatcher (GBR), not Margaret Thatcher."),
 32: (["source", "target", "date"], "The Mumbai killings are an ASSAULT, but the 'ten gunmen' are the Mumbai attackers, resolved here to the Lahore gunmen of e1 (wrong party); the victims were killed in Mumbai, so the target code should be IND or empty, not PAK; the date should be 2008-11 (November), not 2009-03-03."),
 33: (["source", "date"], "The air strike killing over 140 people in Sanaa is an ASSAULT on Yemeni civilians; but the sentence names no attacker (the context points to the Saudi-led coalition), so source should be empty (or the coalition, SAU), not the Yemeni government; the attack was on Saturday, so the date should be 2016-10-08, not 2016-10-09 (the day the UN spoke)."),
 34: (["type", "date"], "Taliban officials ordering women to stay away from work is the new authority imposing a restriction on rights, COERCE (restrict), not a REQUEST. It came 'within hours of the takeover' of Friday, so the date should be 1996-09-27, not the document date 1996-09-28."),
 35: ([], "Jonathan appealed for calm and urged political leaders to restrain their followers: REQUEST NGA -> political leaders (NGA), document date."),
 36: (["target"], "Nicaragua rejected the resolution: REJECT NIC on Friday 2010-11-12; the resolution is that of the Organization of American States, named in the sentence, so the target should be the OAS, not empty."),
 37: ([], "'Serbia will never accept the amputation of 15 percent of its territory': AGREE negated (a refusal) by Serbia, no party named, said at Monday's meeting (document date 2006-07-24)."),
 38: (["date"], "'Dozens of North Korean sailors may have been killed' is an ASSAULT on PRK sailors, hypothetical, no attacker named; but the killing happened in Tuesday's clash reported as this news, so the date should be 1999-06-15, not unknown."),
 39: ([], "Musharraf urged India to find the culprits quickly: REQUEST PAK -> IND, document date."),
 40: ([], "Deby broke off diplomatic relations with Sudan: SANCTION TCD -> SDN; the lead's 'on Thursday' covers both coordinated clauses, so 2006-04-13 is right."),
 41: (["event"], "Duplicate: delivering a stern message to Milosevic is the purpose of the same visit already coded from this sentence as e4 (CONSULT, 'fly' to Belgrade); besides, its target is the NATO generals themselves (should be Milosevic, YUG)."),
 42: (["type"], "Ordering Walker to leave the country within 48 hours (declared persona non grata) is an expulsion, SANCTION expel (or COERCE deport), not a REQUEST; source YUG, target Walker (USA) and Monday 1999-01-18 are right."),
 43: ([], "SANA said an investigation had been ordered: ACCUSE investigate with no party named (the agent is unstated), document date."),
 44: ([], "China's foreign ministry dismissed reports of the incident as 'rumours': REJECT (a denial) by CHN, no party named as target, document date."),
 45: (["source"], "OSCE monitors will help the Ukrainian authorities carry out the measures: AID future to the Ukrainian authorities (UKR), undated; but the monitors are the OSCE's, an international body, so the source code should be OSCE or empty, not UKR."),
 46: ([], "Chernomyrdin and Lazarenko reached an agreement on the Black Sea Fleet on Wednesday 1997-05-28: AGREE mutual RUS/UKR."),
 47: ([], "Kibaki accepted the referendum result on Tuesday 2005-11-22: AGREE (acceptance) by Kibaki (KEN), no party named."),
 48: ([], "Mattis visited Skopje last month: CONSULT visit USA -> North Macedonia government, 2018-09."),
 49: (["date"], "Police arrested local election monitors: COERCE arrest ZWE police -> monitors (ZWE); but 'the night of the vote' is Wednesday's election, so the date should be 2023-08-23, not 2023-08-24."),
 50: (["target"], "Massa conceded defeat on Sunday 2023-11-19: CONCEDE by Massa (ARG); the concession went to Milei, named in the sentence ('called Milei to congratulate him'), so target should be Javier Milei (ARG), not empty."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, reason = J[it["n"]]
        if "event" in wrong:
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

counts = {f: 0 for f in FIELDS + ["all"]}
for l in open("events-a.jsonl"):
    v = json.loads(l)["verdict"]
    for f in counts:
        counts[f] += v[f]
print(counts)
