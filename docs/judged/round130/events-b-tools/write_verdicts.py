"""Write events-b.jsonl (judge b, round 130) from the hand-made verdicts below.

Each entry: n -> (list of false fields, reasons). Fields: event type source target date modality.
An empty list means all six are right. 'event' in the list makes the item spurious (all false).
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "Protests spreading over the weekend is a PROTEST act; the sentence names neither the protesters nor an aim, so empty source and target are right by the sentence rule; 2025-W35-WE is the weekend of Aug 30-31 before the Sunday report."),
 2: ([], "US and EU pressing Zagreb (Croatia's government) to hand over suspects is REQUEST; 'have pressed' is an ongoing campaign, so the document date is right."),
 3: (["date"], "ASSAULT by suspected Boko Haram fighters on the Dapchi school is right, but the raid took place 'last Monday evening' (next sentence), so the date should be 2018-02-19, not Sunday 2018-02-25, the day of the government's statement."),
 4: (["type", "target"], "The act is Taiwan's application to join the CPTPP, a REQUEST (ask to be admitted), not SUPPORT/057 signing: nothing was signed or joined; target should be the CPTPP / its members (no country code), not a truncated 'Comprehensive and Progressive Agreement for' coded CHN."),
 5: ([], "Roh held a summit with Kim Jong Il in Pyongyang in October 2007: CONSULT KOR-PRK, 2007-10, asserted; all right."),
 6: ([], "Zyuganov (RUS) called for a government of national confidence: REQUEST with no addressee named in the sentence, so an empty target is right; document date right for this news (sector GOV is off for an opposition leader, but the country code is right)."),
 7: ([], "Israel said it was striking only Islamic Jihad targets: an ongoing ASSAULT by Israel on Islamic Jihad, still going on at the document date (2019-11-13); attribution keeps it asserted."),
 8: ([], "Albright (USA) pressed Kabila (COD) on Friday to allow a U.N. probe and open politics: REQUEST, 1997-12-12; all right."),
 9: (["date"], "ACCUSE by critics against the Australian government is right (critics' country not given, empty code acceptable), but the accusation belongs to the campaign narrative of earlier weeks and the text gives it no date, so it should have no date rather than the 2001-11-11 document date."),
 10: ([], "Critics accuse Thaksin (THA) of weakening security: ACCUSE in the present tense, ongoing, so the document date is right."),
 11: (["date"], "Guterres (UN) welcoming Assad's move is SUPPORT; an empty target is acceptable ('the move' names no party; Assad/SYR would also be right); but Guterres's statement is dated Monday in the lead, so the date should be 2023-02-13, not the 2023-02-14 document date."),
 12: (["type", "target"], "Turkish warplanes striking Kurdish militant targets is ASSAULT (aerial), not PROTEST/strike (a labour strike); target should be the Kurdish militants (PKK/YPG), not the states of Syria and Iraq where they were hit."),
 13: (["date"], "Ukraine joining the NPT is SUPPORT (ratify/sign a treaty) with no party as target, but the text dates it 'that November', i.e. 1994-11, not the 1996-06-02 document date."),
 14: ([], "Assad met U.N. relief chief Griffiths in Damascus before Monday's announcement: CONSULT SYR-UN, 2023-02-13; all right."),
 15: ([], "Critics have long cited Hambantota as an example of Chinese debt leverage, 'a charge China denies': ACCUSE critics -> China, ongoing, dated the story's own dateline day (Aug 16); all right."),
 16: ([], "Bush (USA) telephoned to offer congratulations: SUPPORT (praise); Bush's clause names no recipient, so an empty target is right (Sarkozy would also be right); undated reaction takes the document date."),
 17: ([], "A gunman killed five Jordanian intelligence officers on June 6: ASSAULT, 2016-06-06; all right."),
 18: ([], "Relatives (Israeli Druze of Maghar, ISR) said they would appeal to Mubarak (EGY) for clemency: REQUEST, future, no date; all right."),
 19: (["source"], "AGREE under the deal is right, but 'the militants' are the pro-Taliban militants of North Waziristan, a Pakistani group: source should be the North Waziristan militants (PAK), not Taliban coded AFG. Target Pakistani security forces (PAK) and date 2006-09-05 (Tuesday signing) are right."),
 20: ([], "Zhao Lijian said Beijing rejected any official exchanges by Taiwan including joining agreements: REJECT China -> Taiwan, document date; all right."),
 21: (["date"], "REQUEST by envoy Du Qiwen (CHN) to speak is acceptable and an empty target is right, but the asking happened at Tuesday's meeting ('The dispute erupted on Tuesday'), so the date should be 2018-09-04, not the 2018-09-05 document date."),
 22: (["target"], "Leaders of ten countries signing accession treaties on Wednesday is SUPPORT (sign agreement), 2003-04-16, source right (no single country code); but the sentence names the party they sign with and join: target should be the European Union, not empty."),
 23: (["target"], "Pashinyan signing the Russian-brokered truce that ended the fighting is RETREAT ceasefire (CAMEO 0871), 2020-11, asserted; but the other party, Azerbaijan, is named in the same sentence, so the target should be Azerbaijan (AZE), not empty."),
 24: ([], "Putin's visit to Sofia last week: CONSULT visit RUS -> Bulgaria, 2008-W03 (week before the Jan 25 report); all right."),
 25: (["date"], "Netanyahu's visit to the United States (CONSULT visit ISR -> USA) is reported, but it took place in the days before he cut it short after Saturday's rocket, and the text gives it no date: it should have no date (or at latest 2024-07-27), not the 2024-07-28 document date, when he was back in Israel."),
 26: (["target"], "Hundreds marching in Tegucigalpa and La Esperanza on Thursday is PROTEST, 2016-03-03, source right; but the march is for the killed activist ('Berta lives'), an aim other than the authorities, so by the crowd-protest rule the Honduran state is a wrong target and it should be empty."),
 27: ([], "Hezbollah and Israel have traded fire almost daily since Oct 8: mutual ASSAULT still going on at the story, so the document date is right."),
 28: ([], "The November 2006 riots in Nuku'alofa: PROTEST riot, 2006-11, no party named in the sentence, so empty source and target are right."),
 29: ([], "Marcos summoned China's ambassador (Huang Xilian, named later) on Tuesday to express serious concern: ACCUSE (complain officially) PHL -> CHN, 2023-02-14; all right."),
 30: ([], "Israel killed a senior Islamic Jihad commander in an air strike on Tuesday: ASSAULT, 2019-11-12; all right."),
 31: (["target"], "The requested U.N. investigation is ACCUSE investigate, hypothetical, undated, source U.N. right; but 'Rwandan' here names the victims (Hutu refugees), not the investigated party: the target should be empty (perpetrators not named in the sentence) or Kabila's forces (COD), not Rwanda."),
 32: ([], "Sarkozy (FRA) urged Washington to lead on climate change: REQUEST FRA -> USA; the text gives the speech no date, so the document date is right."),
 33: ([], "Zefzafi accused the preacher (and the authorities who wrote the sermon) on Friday: ACCUSE, 2017-05-26; target right (preacher's country left empty is acceptable); all right."),
 34: ([], "About 40 people detained since Friday: COERCE arrest, a total summed over a span, so no date is right; detaining party not named, so empty source is right."),
 35: ([], "A Syrian security guard was killed in Tuesday's attack: ASSAULT with the killers unnamed in the sentence (empty source right), 2006-09-12; all right."),
 36: (["type"], "The Supreme Court declaring amnesty laws unconstitutional is SANCTION convict ('find an entity or behavior ... unconstitutional'), not COERCE martial-law/curfew; source, target Argentina (whose laws were voided) and date 2005-06-14 are right."),
 37: (["source", "date"], "RETREAT release of about 200 NLD members is right, but the NLD did not free them: the releaser is not named in the passive sentence (the junta), so the source should be empty (or Myanmar's military government), not the NLD; 'have since been freed' is a total since late 2000, so it should have no date."),
 38: (["modality"], "Putin's planned visit to Turkey was postponed, so the CONSULT visit did not take place: modality should be negated (or future), not asserted; the month 2012-10 fits the planned date."),
 39: (["date"], "Malta, Slovenia and Hungary backing EU membership in referendums is SUPPORT, but 'have already backed' is a background act of earlier weeks with no date in the text: it should have no date, not the 2003-04-16 document date."),
 40: (["source", "target"], "SANCTION convict is right, but source and target are reversed: the convicted Australians (and Brazilian) are the target (AUS/BRA persons), and the convicting party, Indonesia's courts, is not named in the sentence (source empty or Indonesia). The year 2005 is accepted, although it may attach to the smuggling ring rather than the conviction."),
 41: ([], "U.N. envoy Grundberg urged restraint: REQUEST with no addressee named, empty target right, document date right."),
 42: ([], "Iranian diplomats killed in Mazar-i-Sharif in 1998: ASSAULT, killers not named in the passive clause (empty source right), 1998; all right."),
 43: (["date"], "India agreeing to supply power and ease market access to Bangladesh is AGREE IND -> BGD, but it is part of this news (the Tuesday visit and agreements), so the date should be 2010-01-12, not unknown."),
 44: (["source"], "ACCUSE (complaint of harassment and censorship) is right with no target named, but the complainant is the Azerbaijan Popular Front (opposition party, AZE), not the state of Azerbaijan."),
 45: ([], "The Turkish Foreign Ministry backed a solution based on 'the realities on the island': SUPPORT with no party named, document date; all right."),
 46: (["target"], "More than 40 wounded in the two Gaza bombings: ASSAULT, 1995-04-09, empty source right; but the wounded were on an Israeli bus and army convoy (Israeli soldiers, an American student), so the target code PSE is wrong: it should be ISR or empty."),
 47: ([], "Coalition party leaders accused the Rif movement of separatism earlier this month: ACCUSE MAR -> movement, 2017-05; all right."),
 48: ([], "Kharrazi said Iran condemned the attacks on New York and Washington: ACCUSE disapprove by Iran, attackers not named (empty target right), 2001-09-25; all right."),
 49: ([], "Egyptian lawmakers accused the interior ministry on Thursday: ACCUSE EGY -> EGY interior ministry, 2012-02-02; all right."),
 50: (["target"], "The U.S. agreeing in May to halt its bombing of the Houthis under an Oman-brokered deal is AGREE, 2025-05, but the other party of the deal, the Houthis (YEM), is named in the sentence: target should be the Houthis, not empty."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
with open("events-b.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        assert all(w in FIELDS for w in wrong)
        if "event" in wrong:
            v = {k: False for k in FIELDS}
        else:
            v = {k: (k not in wrong) for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print("wrote", len(items))
