# Judge c, round 80: verdicts for events-c-items.jsonl, written to events-c.jsonl.
# Each entry: n -> (list of false fields or 'SPURIOUS', reasons). Fields: type source target date modality.
import json

V = {
 1: ([], "Israel's air strike on Hamas officials in Doha on Tuesday 2025-09-09: ASSAULT (mode would be aerial), Israel (ISR) -> Hamas officials (PSE), asserted; all right."),
 2: ([], "Banda conceding defeat is a verbal concession (CAMEO 080 -> CONCEDE) by Rupiah Banda (ZMB); no target in the sentence, reported as this news so the document date 2011-09-23 is right."),
 3: ([], "Jadhav's arrest: COERCE arrest, no arresting party in the sentence (empty source right), Kulbhushan Jadhav (IND) target, 'March last year' = 2016-03; all right."),
 4: ([], "'a revolt that India blames on Pakistan' is a standing accusation told in the present tense: ACCUSE India (IND) -> Pakistan (PAK), document date right for an ongoing act."),
 5: ([], "Beijing 'has urged' Japan to rein in its right-wingers: REQUEST China (CHN) -> Japan (JPN); undated present perfect of the current row, document date 1996-09-27 accepted."),
 6: (['target'], "AID (sanctuary, cf. CAMEO 075) by Kabul inside Pakistan's accusation, reported, is right, but 'them' is the Pakistani Taliban: the target should be the Pakistani Taliban (TTP, PAK/REB), not Pakistan."),
 7: ([], "Trump has accused the WHO of being too close to Beijing: ACCUSE Donald Trump (USA) -> WHO (IGO, no country; the 'WHO' code is the body's own and not a wrong country); undated present perfect, document date accepted."),
 8: (['target'], "ACCUSE by international rights groups is right, but 'its procedures' are the war crimes tribunal's: the target should be the International Crimes Tribunal (BGD/JUD), not the Bangladesh Nationalist Party (which is the speaker of the first clause)."),
 9: ([], "Israel said it would halt air strikes in southern Lebanon for 48 hours: a declared (not yet implemented) pause is CONCEDE, asserted as a statement; Israel (ISR) -> Lebanon (LBN); said after talks late on Sunday = 2006-07-30; right."),
 10: ([], "Obama condemned the Moscow metro attack: ACCUSE Barack Obama (USA), no perpetrator named (nobody claimed it) so empty target is right, document date 2010-03-29 right."),
 11: ([], "The prosecutor's office reopening a criminal investigation into the poisoning is ACCUSE investigate; 'Ukraine' for Ukraine's prosecutor's office keeps the right state and code (UKR/JUD would be finer); no party named as investigated, empty target right; document date accepted."),
 12: ([], "Western diplomats (no country given) praised Banda's decision: SUPPORT -> Rupiah Banda (ZMB), document date; all right."),
 13: (['target'], "SUPPORT (congratulation) by Masisi is right and dated right, but Boko is named in the sentence: the target should be Duma Boko (BWA/UDC), not empty."),
 14: (['target'], "Car bombs killing at least 30 people late Thursday (2004-10-07), no bomber named: ASSAULT right, but the dead were of several nationalities (Israelis, Egyptians, Russians, Italians), so the target '30 people' should carry no country code (or EGY for the place), not ISR."),
 15: ([], "The attackers shot at ambulances during Friday's mosque massacre (2017-11-24): ASSAULT firearms, gunmen (no country) -> ambulance crews (EGY/MED), asserted; right."),
 16: (['date'], "Palestinian police (PSE) detaining Hamas activists in Gaza is COERCE arrest, right, but 'later in the day' is Sunday 1996-02-25; 1995-05-29 apparently comes from the May 29 election date in another sentence."),
 17: ([], "Yeltsin sent in troops in December 1994: MOBILIZE troops, Boris Yeltsin (RUS), no target in the sentence (Chechnya is in the previous one), 1994-12; right."),
 18: ('SPURIOUS', "A consular official picking up fallen police caps and handing them back is a gesture in a video, not a RETREAT (return of property) between political actors; spurious."),
 19: ('SPURIOUS', "Injured passengers 'being helped up the escalators' by bystanders/rescuers is not a political AID event (no political actor giving aid); spurious."),
 20: ([], "The military 'has since imposed emergency rules': COERCE (state of emergency) by the Fijian military (FJI/MIL), no target named; the rules are still in force (censors posted), so the document date is accepted as for an ongoing act."),
 21: ([], "Kerala police (IND) arrested two Italian navy marines (ITA/MIL) on Sunday 2012-02-19: COERCE arrest; right."),
 22: (['date'], "The government's pledge to withdraw army camps is CONCEDE (promise to withdraw), asserted, but it is a term of the accord signed on Tuesday: the date should be 1997-12-02, not the document date."),
 23: (['source', 'target'], "A planned attack (ASSAULT, not yet carried out, future) is right as an act, but the planner is 'the suspect': the source should be Hambali (IDN), not Thaksin (the speaker), and the target should be Thailand (THA: 'targets in Thailand'), not empty."),
 24: (['target', 'date'], "Thailand's (THA) arrest of Hambali is COERCE arrest, but Hambali is 'the Indonesian militant' (IDN, not THA), and the text dates the seizure Monday: date should be 2003-08-11, not Friday's confirmation 2003-08-15."),
 25: (['date'], "Diplomats from Britain (GBR) meeting Indian officials (IND) is CONSULT, but 'later in the day' is Monday 1995-08-14, the day of the report; 1995-07-08 apparently comes from 'four days later' after July 4 in another paragraph."),
 26: ([], "India urged all sides in Nepal to exercise restraint: REQUEST India (IND) -> sides (NPL), document date 2025-09-10; right."),
 27: ([], "Japan's spokesman Hosoda urged Pyongyang to come back to the table: REQUEST JPN -> North Korea (PRK), no date given, document date right."),
 28: ([], "Bainimarama (FJI) accusing Canberra and Wellington of bullying: ACCUSE -> Australia (AUS) and New Zealand (NZL) governments, told local radio in this news, document date right."),
 29: ([], "Socialist lawmakers (GRC/LEG) threatened to vote against the government in Friday's confidence vote: THREATEN -> Greek government (GRC), Thursday 2011-11-03; right."),
 30: (['target'], "Wickremesinghe calling on lawmakers to work together is a REQUEST dated 2022-07-20 right, but the target should be the lawmakers (Sri Lankan parliament, LKA/LEG), not Singapore."),
 31: ('SPURIOUS', "'Pakistan hosts about 4 million Afghans' is a standing refugee figure, not a meeting (CONSULT visit) and not an act of the day; spurious."),
 32: (['target', 'date'], "Ugandan attacks (ASSAULT, source Uganda, asserted under attribution) are right as an act, but they were on the Rwandan forces named in the sentence: target should be Rwandan forces (RWA/MIL); the attacks belong to the six days of fighting that ended Saturday 2000-06-10, not the document date 2000-06-11."),
 33: ([], "Hun Sen (KHM) said he had asked King Norodom Sihamoni (KHM) to appoint Hun Manet: REQUEST; the asking is undated (before Wednesday's address), so no date with basis unknown is right."),
 34: ([], "Diallo (GIN) called on his supporters (GIN) to protest: REQUEST, dated Saturday 2015-10-17 with the rejection; right."),
 35: (['type', 'date'], "Forcing an opposition leader out of her own country is expelling an individual, CAMEO 174 -> COERCE deport, not SANCTION; 'They' (the Belarusian security services) as Belarus and the target Kolesnikova are right, hypothetical right, but the attempt is dated early Tuesday 2020-09-08 in the text, not unknown."),
 36: (['target'], "Ostro's abduction on July 4 (1995-07-04) is ASSAULT abduct with no abductor named in the sentence (empty source right), but Hans Christian Ostro is the Norwegian tourist: target code should be NOR, not IND."),
 37: (['type', 'date', 'modality'], "'We will not accept this' is Buhari rejecting the result: REJECT asserted (by the convention, refusing is a REJECT), not AGREE negated; said at this news conference, so the date should be the document date 2003-04-23 (Tuesday 22 at the earliest), not unknown."),
 38: (['date'], "The UN mission in Libya (UNSMIL, IGO) calling for the killers to be brought to justice is REQUEST with no addressee named; but the text gives the statement no day (Wednesday evening is the killing's), so it should take the document date 2014-06-26, not 2014-06-25 (borderline)."),
 39: (['source', 'target'], "Reporters Without Borders' indignation at the deception is ACCUSE, asserted, but the source should be Reporters Without Borders (international NGO, no country or FRA), not RUS; the deception was Ukraine's SBU sting, so the target is the SBU (UKR) or empty, not the Russian government."),
 40: (['date'], "Fernandez (ARG) accusing Repsol (ESP/BUS) of failing to invest is ACCUSE, but the televised address was Monday's move: the date should be 2012-04-16, not the document date 2012-04-17."),
 41: ([], "The BNP (BGD/PTY) of Khaleda Zia denounced the accord: ACCUSE, no party named as the agreement's author in the sentence (empty target right), reaction in this news dated by the document date 1997-12-03; right."),
 42: (['date'], "The 1971 war killings ('three million people were killed', as Bangladesh says) are an ASSAULT with no killer named and the Bangladeshi dead as target, but they are of 1971 (or a total with no date), not 2013-02-28."),
 43: (['date'], "Groysman (UKR) blaming the 'Russian totalitarian machine' (RUS) is ACCUSE, asserted, but it came before Russia's Tuesday reply, on Tuesday 2018-05-29 when the killing was announced, not the document date 2018-05-30."),
 44: (['type', 'target', 'date'], "NATO ready to press on with bombing 'if the Serbs did not pull heavy weapons back' is a conditional threat of force: THREATEN (violence), not AGREE; target should be the Bosnian Serbs (BIH Serb forces), not 'Serbs [SRB]' plus the Bosnian government; stated in this news, date should be 1995-08-30, not unknown."),
 45: (['target'], "LTTE fighters (LKA/REB) capturing the base and seizing its artillery is ASSAULT (armed forces taking ground), dated with the report 1996-07-20; but the target should be the Sri Lankan army (LKA/MIL) whose base it was, not 'artillery' (an object)."),
 46: (['date'], "Militants firing at Panlop's men (THA/MIL) is ASSAULT firearms, right parties (militants' country not stated), asserted, but it happened during Wednesday's mosque siege: date should be 2004-04-28, not the document date."),
 47: (['target'], "Zelenskiy's call for demilitarisation and for Russian forces to withdraw is REQUEST, present perfect accepted with the document date, but Russian forces are named as the party asked to withdraw: target should be Russian forces (RUS/MIL), not empty."),
 48: (['target'], "A member of Qatar's internal security forces killed in Tuesday's strike (2025-09-09) is ASSAULT with no killer named in the sentence, but the target should be that security force member (QAT/COP), not Qatar's interior ministry (the speaker)."),
 49: ([], "Nepalese soldiers (NPL/MIL) deployed at the airport and prisons: MOBILIZE troops, no date in the text, document date 2025-09-10; right."),
 50: ([], "Obasanjo (NGA) appealed for calm in a national broadcast: REQUEST, no addressee named, document date 2003-04-23; right."),
}

FIELDS = ['event', 'type', 'source', 'target', 'date', 'modality']
out = open('events-c.jsonl', 'w')
for line in open('events-c-items.jsonl'):
    item = json.loads(line)
    wrong, reason = V[item['n']]
    if wrong == 'SPURIOUS':
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v['all'] = all(v[f] for f in FIELDS)
    item['verdict'] = v
    item['reasons'] = reason
    out.write(json.dumps(item, ensure_ascii=False) + '\n')
out.close()
