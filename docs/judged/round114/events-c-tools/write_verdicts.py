# writes events-c.jsonl from the per-item judgements below (fields marked wrong listed per item)
import json
F = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields, reasons); "event" in the list = spurious
J = {
 1: ([], "REQUEST by the pro-war Russian bloggers (RUS) for retaliation; no addressee in the sentence, so an empty target is right; undated reaction reported as this news takes the document date."),
 2: (["target", "date"], "Muluzi backed the candidate John Tembo, so the target should be John Tembo (MWI), not the Malawi Congress Party; the backing is campaign background before Tuesday's (19 May) election with no date in the text, so the date should be none, not 2009-05-22 (the Friday of the results)."),
 3: (["target"], "ACCUSE by rights groups is right, but the sentence names the party behind the sale ('should give Washington pause'): target should be the United States (USA), not empty."),
 4: ([], "Hezbollah (LBN) began firing at Israel (ISR) the day after 7 Oct 2023: ASSAULT, 2023-10-08, asserted; all right."),
 5: (["source"], "The killers are named in the sentence by 'militant violence': source should be militants (no country given), not empty. Target Pakistani civilians (PAK), no date for a toll since 2001 and asserted (reported_by the ministry) are right."),
 6: (["target"], "REJECT by rival Islamist groups in Syria (SYR) is right, but the rejected proclamation is that of Baghdadi's group, named in the sentence: target should be the Islamic State / Abu Bakr al-Baghdadi (IRQ or no code), not empty."),
 7: ([], "EU call for an investigation: REQUEST, source EU (EUR accepted as the EU's code), no addressee named so empty target right, document date for the reaction; right."),
 8: ([], "'It' is Russia's defence ministry (RUS) calling the strikes a terrorist act: ACCUSE. Ukraine, the author of the strikes, is not named or referred to in this sentence, so an empty target is right by the rule (I would have coded Ukraine)."),
 9: (["source", "date"], "The caller is Al Wefaq (BHR), the subject of the sentence, not the Iran government; the target, Bahraini officials responsible for abuses (BHR), is right. Al Wefaq's reaction to Wednesday's report is reported as this news, so the date should be the document date 2011-11-24, not unknown."),
 10: ([], "Akhalaia (GEO) stepping down: RETREAT resign, Thursday 2012-09-20 (the lead's 'resigned on Thursday'), asserted; right."),
 11: ([], "Ecevit (TUR) ruled out working with the Virtue Party (TUR): COOPERATE negated is accepted as the negated counterpart of a REJECT (conventions: 'refused to withdraw'); document date 1999-04-19 (Monday) right."),
 12: ([], "Pakistan (PAK) rejected Trump's (USA) accusation on Tuesday, 2017-08-22: REJECT, asserted; right."),
 13: (["target"], "ASSAULT by Bosnian Serb forces (BIH) in July 1995 is right, but the victims are Srebrenica's (Bosniak Muslim) men and boys (BIH), not Serbia (SRB)."),
 14: (["event"], "Spurious: officials warning that Abdeslam's network could strike again is a warning about a danger, not a threat by the officials against anyone; no PLOVER event (and not THREATEN toward Abdeslam)."),
 15: ([], "Azerbaijani forces (AZE) shot down an Armenian military helicopter: ASSAULT on Armenia's military (ARM), Wednesday 2014-11-12, asserted; right."),
 16: ([], "Muslim community leaders in Britain (GBR) urged people (in Britain) not to take revenge: REQUEST, document date for the reaction, asserted; right (sector GOV is off but not scored)."),
 17: (["date"], "CONSULT between the Russian and Ukrainian delegations is right (mutual), but nothing puts the Istanbul meeting on Sunday: it is 'hours later' news of a Monday story (the talks were held on Monday), so the date should be the document date 2025-06-02, not 2025-06-01."),
 18: ([], "Qin (CHN) accepted a U.S. (USA) invitation to visit Washington: AGREE, document date for this news, asserted; right."),
 19: (["target"], "ASSAULT in August 2014 is right and an empty source is right (the sentence names no side), but the troops killed are not said to be Azerbaijani (both sides lost men): target should be troops with no code (or Armenian and Azerbaijani troops), not AZE."),
 20: ([], "Speight (FJI) demanding the removal of Chaudhry (FJI): REQUEST for change of government, 19 May 2000, asserted; right."),
 21: (["date"], "PROTEST by demonstrators against the Socialist government of Bulgaria is right, but February 1997 is the date the election was called; the protests came in the weeks before it, which the text does not date: date should be none (weeks before Feb 1997, i.e. Jan 1997), not 1997-02."),
 22: ([], "Moscow (RUS) rejected the investigators' conclusions: REJECT; the investigators are not named in this sentence, so empty target right; document date; right."),
 23: (["date"], "THREATEN by Beijing (CHN) against Washington (USA) is right, but 'on Monday' dates the White House announcement; the warning that followed has no date in the text, so it takes the document date 2021-12-07 (Zhao's warning was on Tuesday), not 2021-12-06."),
 24: (["date"], "SUPPORT by the United States (USA) for Flores (SLV) is right, but it is background to the race before Flores pulled out in April: date should be none (before April 2005), not the document date."),
 25: (["source"], "'Leaders from Washington to Moscow' are world leaders of many countries: source should be world leaders with no single country, not United States leaders (USA). ACCUSE, empty target (the bombers are not named here) and document date are right."),
 26: ([], "Amnesty International (no code) urged Dhaka (BGD) to abolish the death penalty: REQUEST, document date, asserted; right."),
 27: ([], "Students (BFA) staging demonstrations: PROTEST, target the state of Burkina Faso right (no aim named other than the death in police custody, i.e. the police); a series since February has no single date, so unknown is accepted."),
 28: (["type", "target", "date"], "A campaign pledge to annex West Bank settlements is not an offer to cooperate: it should be coded as the act promised (future annexation, which dateline also codes as e2) or as THREATEN (territory) toward the Palestinians (PSE); the target should be the Palestinians / West Bank (PSE), not 'Palestine jewish settlements'; and the date should be the final days of the campaign before the 9 April 2019 vote, not the document date."),
 29: ([], "The South African government (ZAF) rejects Trump's 'narrow perspective': REJECT; Trump is not named in this sentence, so empty target right; Thursday 2018-08-23 = document date; asserted (reported_by should be the South African government, not scored)."),
 30: (["source"], "'They' are the main opposition parties of Albania (ALB) from the previous sentence, not the ruling party activists. REQUEST for a fresh election, empty target and document date are right."),
 31: ([], "Venezuela's government (VEN) condemned the transfer: ACCUSE; the U.S. is not named in the sentence, so empty target right; document date for the reaction; right."),
 32: (["date"], "ASSAULT by Israel (ISR) on Iranian commanders and scientists (IRN) is right, but it happened in the 12-day war in June 2025, not on the document date: date should be 2025-06."),
 33: ([], "Chinese officials' assurance that Beijing (CHN) was not providing lethal weapons to Moscow (RUS): AID negated, reported_by Chinese officials, document date for the current state; right."),
 34: (["type", "target", "date"], "Handing over a memorandum of conditions at the talks is a demand, REQUEST, not CONSULT (the meeting itself is e4); the memorandum went to Ukraine, named in the sentence ('Kyiv officials'), so target should be Ukraine (UKR); it was handed over at these talks, reported as this news, so date should be 2025-06-02, not unknown."),
 35: ([], "Rivlin (ISR) is due to consult party leaders (ISR) next week: CONSULT future, 2019-W16 (the week after Wednesday 10 April); right."),
 36: (["date"], "Wen's (CHN) visit to the United States (USA): CONSULT visit is right, but the visit is this news (he stood next to Bush on Tuesday), so the date should be 2003-12-09 (or the document date), not unknown."),
 37: ([], "Dobriansky said Washington could not accept the text: AGREE negated (the counterpart of REJECT), no other party named, document date (the final Saturday session), right."),
 38: (["source", "target"], "The detainer and the detainee are swapped: source should be Russian authorities/forces (RUS), target Andrei Babitsky (Radio Liberty correspondent; RUS), not Babitsky -> Chechnya. COERCE arrest, January 2000 ('last month'), asserted are right."),
 39: (["target", "date"], "Wang Yi's (CHN) proposal of a deal is AGREE (an offer), but it was proposed to the Pacific nations named in the sentence, so target should be Pacific island nations (no single code); and it is background from May 2022, so date should be 2022-05, not the document date."),
 40: (["target", "date"], "ACCUSE by government critics (TUR) is right, but the sentence names whom they accuse of using the inquiry as a weapon: target should be the Turkish government (TUR), not empty; the criticism has no date in the text, so it takes the document date 2008-07-15, not 2008-07-14 (the day of the indictment)."),
 41: (["target"], "ASSAULT on 17 July 2014 with an empty source (the sentence does not say who) is right, but the party hit is flight MH17 of Malaysia Airlines and its passengers (MYS), not the Malaysian government."),
 42: (["type"], "'France would not accept being lectured' rejects the Commission's criticism: type should be REJECT (France -> Reding/European Commission), not a negated AGREE (being lectured is no act of cooperation). Source France (FRA), empty target (Reding not named here), document date and the negation as given are right."),
 43: (["source", "target"], "'It' is the Bali road map agreed by nearly 190 nations; the call comes from those nations / the conference (no single code), not the Denmark government, and its addressee, developing countries (no code), is named in the sentence, so the target should not be empty. REQUEST, Saturday 2007-12-15 and asserted are right."),
 44: (["source"], "SANCTION convict of Gillian Gibbons (GBR) on Thursday 2007-11-29 is right, but the sentence names the court: source should be the Sudanese court (SDN), not empty."),
 45: ([], "Mikati (LBN) appealed for a ceasefire: REQUEST, no addressee named so empty target right, Tuesday 2024-10-01 (document date), asserted; right."),
 46: ([], "Banat (PSE) had attacked the Palestinian Authority (PSE) over the vaccine deal: ACCUSE, background with no date so unknown is right, asserted; right."),
 47: (["source"], "Guaido is the Venezuelan opposition leader: source should be Juan Guaido (VEN), not COL (he was only speaking from Colombia). REQUEST to foreign governments, document date, asserted are right."),
 48: (["date"], "Jiang's (CHN) state visit to Washington (USA): CONSULT visit is right, but the text dates it as less than three weeks before the 16 Nov 1997 release: date should be late Oct/early Nov 1997 (1997-10 to 1997-11), not unknown."),
 49: ([], "Jewish groups in the United States and Europe condemned Assad's speech: ACCUSE; USA accepted for the U.S. groups (Europe has no single code); Assad not named here, so empty target right; document date for the reaction; right."),
 50: ([], "Russian (RUS) missile attack on Ukraine's (UKR) power grid on Sunday 2024-11-17: ASSAULT, asserted (mentioned in the diplomats' statement); right."),
}
items=[json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items)==50
with open('events-c.jsonl','w') as f:
    for it in items:
        wrong, reason = J[it['n']]
        assert all(w in F for w in wrong)
        if 'event' in wrong:
            v={k:False for k in F}
        else:
            v={k:(k not in wrong) for k in F}
        v['all']=all(v[k] for k in F)
        it=dict(it); it['verdict']=v; it['reasons']=reason
        f.write(json.dumps(it, ensure_ascii=False)+'\n')
