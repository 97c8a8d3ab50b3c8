"""Write events-d.jsonl from the judge's verdicts below (wrong fields per item + reasons).
usage: python3 events-d-tools/verdicts.py   (run in round84/)"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n: (wrong fields, reasons); "event" in wrong fields = spurious
V = {
 1: ([], "SUPPORT by the US and the EU welcoming Gul's visit, the news of the story; 'the visit' is an act, not a party, so the empty target is right by the rules (a coder would code Turkey/Gul, TUR); document date right."),
 2: (["date"], "Suicide car bombing of the UN building in Abuja, right type and parties (the sentence does not name the bomber's group). Date should be 2011-08-26, the Friday the text gives ('on Friday'), not the Saturday document date."),
 3: (["source", "target"], "AGREE to form a reconciliation government is right and dated right (Friday 2003-01-24), but the opposition parties and the rebels are Ivorian (CIV), not French (FRA): they hold the north of Ivory Coast; the talks were only held in France."),
 4: ([], "Albania's government calling the allegations unfounded and defamatory is a disapproval (ACCUSE disapprove) of the report; it is the one act of the sentence and this is its right type (the sibling REJECT e6 of the same act is the duplicate, denial not being a PLOVER REJECT of a request). Target empty is right ('them' = the allegations); document date right."),
 5: (["target"], "ASSAULT by Rwandan troops (RWA) in 1996-97 is right (the year 1996 the text gives, start of the span; 'It says' is attribution, so asserted stands), but the sentence names the victims: target should be the Hutu refugees (Rwandan Hutu refugees in Congo)."),
 6: (["date"], "The killing of at least 55 people in the Grozny bombing (source unnamed in the sentence, RUS victims) is right, but the act is the Friday bombing: date should be 2002-12-27, not the Saturday 2002-12-28 taken from the rescue-work sentence."),
 7: ([], "Italy recalling its ambassador to Egypt is SANCTION (CAMEO 161) ITA -> EGY, on Friday 2016-04-08 as the text gives; all right."),
 8: ([], "Iran's Foreign Ministry blaming the crisis on US and Israeli interference: ACCUSE IRN -> USA, ISR, undated news of the report, document date right."),
 9: ([], "Israeli opposition politicians accusing the Israeli government: ACCUSE, both ISR, document date right (GOV sector of the opposition is not scored)."),
 10: ([], "ACCUSE by the exiled Iraqi opposition against Saddam Hussein's government; coding Saddam (IRQ/GOV) for 'President Saddam Hussein's government' is the same party code; document date right."),
 11: ([], "US veto of a Security Council resolution is CAMEO 129 veto -> REJECT, USA -> UN Security Council, 'earlier this month' = 1997-03; all right."),
 12: ([], "Erdogan (TUR) accusing Armenia (ARM): ACCUSE, undated, document date right."),
 13: ([], "US expelling South Africa's ambassador Rasool: SANCTION USA -> Rasool (ZAF), announced 'on Friday' = 2025-03-14; all right."),
 14: (["date"], "Russian forces pounding Chechen gunmen and hostages at Pervomayskoye is ASSAULT with the right parties, but the text dates it 'this month's siege': date should be 1996-01 (the siege, earlier in January), not 1996-01-25, the day of the Strasbourg vote."),
 15: (["date"], "Boko Haram ('the group') claiming it attacked the UN: ASSAULT NGA -> UN, 'said' is attribution so asserted; but the attack is the Friday bombing of the first sentence: date should be 2011-08-26, not the Saturday document date."),
 16: ([], "Ocalan (TUR) calling on the PKK in February to convene a congress and disarm: REQUEST, 2025-02; all right."),
 17: (["source"], "Protest march on the Norwegian embassy (NOR) on Saturday is right, but the protesters are the Syrian protesters in Damascus of the first sentence: the source's country should be SYR, which the text makes plain, not empty."),
 18: ([], "Russia backing Syrian forces with air power (the story says so) is military AID RUS -> SYR forces, an ongoing act: document date right."),
 19: ([], "Joint statement of Biden, Kishida and Marcos criticising the Chinese coast guard: ACCUSE USA/JPN/PHL -> CHN, at Thursday's summit 2024-04-11; all right."),
 20: ([], "Moscow agreeing in 1994 to withdraw its troops: AGREE (CAMEO 0356 intent to de-escalate), RUS, no recipient named in the sentence, 1994; all right."),
 21: ([], "Ban Ki-moon (UN) condemning the attack: ACCUSE, attacker not named in the sentence so empty target right, undated news: document date right."),
 22: (["type"], "Bolton dismissing Chavez's speech as 'cartoon-like' is a disapproval, ACCUSE (disapprove), not REJECT (no request or proposal is rejected); source USA, empty target ('the speech' is not a party) and document date are right."),
 23: ([], "Hezbollah gunmen taking control of west Beirut is ASSAULT by the seizure rule, LBN -> Lebanon, on Friday 2008-05-09; all right."),
 24: ([], "Bremer (US administrator, USA) condemning the Najaf bombing: ACCUSE, no party named as target, document date (Friday 2003-08-29, the day of the bombing) right."),
 25: ([], "Kremlin congratulating Kuchma: SUPPORT RUS -> UKR, document date right."),
 26: (["event"], "Spurious: the State Department 'rejected any suggestion of American involvement as completely false' is a denial of responsibility (CAMEO 016, no PLOVER event), not a rejection of a request; the sentence's codable act is the condemnation, already coded as e4."),
 27: (["target"], "Iran condemning the killing of Sadr is ACCUSE IRN, right date, but the target Ali al-Gharawi is wrong (he is a cleric killed in June 1998, and a victim at that): no party is named, the target should be empty."),
 28: ([], "Qurie (PSE) condemning Rantisi's killing: ACCUSE, Israel not named in the sentence so empty target right, document date right."),
 29: ([], "OSCE observers criticising rule changes and voter lists: ACCUSE, source the OSCE observers (no country, right), no party named as target; document date right."),
 30: ([], "The act inside the opposition's accusation, Mulino bowing to Washington (acceding to US pressure), is CONCEDE PAN -> USA with modality reported, as the rules code acts inside accusations; document date right."),
 31: (["source"], "The accusation of provocations at the shoal is made by China's foreign ministry spokeswoman: source should be China's foreign ministry (CHN), not the Philippines; target Manila (PHL government) and date right."),
 32: ([], "Total of 5,600 killed since April: ASSAULT with no named attacker, victims in eastern Ukraine (UKR), a total summed since an earlier time so no date; all right."),
 33: (["date"], "Arrests of opposition leaders (COERCE, authorities unnamed, target Tunisian opposition) are right, but the text dates them 'this month': date should be 2023-02, not unknown."),
 34: (["source"], "The call on Israel to drop the project is made by the draft Security Council resolution (its sponsors / the UNSC), which the United States vetoed: source should be the UN Security Council (the resolution), not the USA."),
 35: (["type", "target", "date"], "Hezbollah's 'support' for the Polisario is, in this story, arming and training (weapons, military experts): type should be AID (military), not verbal SUPPORT; the Polisario is the Western Sahara independence movement (ESH), not a Moroccan party (MAR); an ongoing act from after 2017-03 takes the document date 2018-05-02, not 2018-05-01."),
 36: ([], "Protests spreading across the Muslim world in recent days: PROTEST with no party named either side, an ongoing act at the document date; vague but a real act, all fields right."),
 37: ([], "Putin (RUS) urging Ukrainian troops (UKR) to lay down arms: REQUEST; the text gives no date for the Budapest remark ('had urged'), so no date is right."),
 38: ([], "Beijing pressing for a written pledge on Taiwan: REQUEST CHN, Japan is not named in the sentence so the empty target is right; undated ('had pressed') so no date is right."),
 39: ([], "Armenian forces occupying Azerbaijani territory is ASSAULT by the occupation rule, ARM -> AZE, ongoing: document date right."),
 40: ([], "Sadr shot dead late on Friday: ASSAULT, gunmen not named in this sentence, target Sadr (IRQ), 1999-02-19; all right."),
 41: (["date"], "Summoning China's ambassador to hand her the arbitration notification is ACCUSE (legal action / official complaint) PHL -> CHN, but it belongs to the launch the Philippines announced on Tuesday: date should be 2013-01-22, not the Wednesday document date (China replied 'on Wednesday')."),
 42: (["date"], "An aide's statement that Armenia would not agree to Azerbaijani rule over Karabakh: AGREE negated (or REJECT) ARM -> AZE is right, but the statement was made at the end of the talks on Saturday: date should be 2001-04-07, not unknown."),
 43: ([], "DEM Party urging the Turkish government: REQUEST TUR -> TUR, document date right."),
 44: ([], "Najaf car bomb killing Hakim on Friday (2003-08-29, the document date): ASSAULT, bomber not named, target Hakim (IRQ); all right."),
 45: (["target"], "The pardon is RETREAT (release) by Kuczynski (PER) in 2017-12, but the sentence names the party released: target should be Alberto Fujimori, 'the elder Fujimori' (PER), not empty."),
 46: ([], "Ankara assuring Azerbaijan it would not open the border with Armenia: a commitment, AGREE TUR -> AZE, reported by the Baku spokesman, document date right."),
 47: (["target"], "Ieng Sary blaming the killings on Pol Pot: ACCUSE KHM, but the target should be Pol Pot (KHM), not the United States government."),
 48: ([], "Suicide bombing of Revolutionary Guards commanders on Sunday (2009-10-18): ASSAULT, bomber unnamed in the sentence, target IRN military; all right."),
 49: (["target"], "Total killed in Ivory Coast's war (no date, no named attacker) is right as ASSAULT, but the victims are Ivorians (CIV) or uncoded, not French (FRA)."),
 50: (["target"], "Abe refusing opposition calls to resign: REJECT JPN, ongoing, document date right; but the sentence names whom he rejects: target should be the (Japanese) opposition (JPN), not empty."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50
with open("events-d.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if "event" in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = reason
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
