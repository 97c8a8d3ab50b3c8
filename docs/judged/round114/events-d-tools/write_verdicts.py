"""Write events-d.jsonl from the judge's per-item verdicts (fields marked wrong) and reasons."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
SPUR = "spurious"
# n -> (wrong fields or SPUR, reasons)
V = {
 1: (["date"], "AU's SUPPORT (reaffirmed commitment to Mali's territorial integrity) to Mali is right, but the date is the March 22 putsch date from the previous sentence; the AU reacted to Friday's declaration, so the date should be 2012-04-06 (the document date/Friday)."),
 2: (SPUR, "'lend' has the visit as its subject (the visit would lend Saddam legitimacy); the State Department gives Saddam no support. The act in the sentence is an ACCUSE (troubled by the visit) by the State Department toward Chavez/Venezuela, not this SUPPORT."),
 3: ([], "OSCE mediators urging restraint is a REQUEST; OSCE mediators with no country code are right; the sentence names no addressee (both sides are in the previous sentence), so the empty target is right; Wednesday is the document date."),
 4: (["date"], "Wen welcoming Bush's remarks (SUPPORT, CHN -> USA) is right, but he did so at Tuesday's Oval Office appearance (quoted through an interpreter); date should be 2003-12-09, not the Wednesday document date."),
 5: ([], "Police deployment in Nyeri is MOBILIZE (police); Kenyan police (KEN), no target named, reported as this news on the document date."),
 6: (["source"], "SUPPORT for efforts against tax evasion, but 'It' is the G20's final communique: source should be the G20 (no country code), not China."),
 7: ([], "Summoning Sudan's ambassador to express dismay is an official complaint (ACCUSE, CAMEO 114), Miliband (GBR) -> Sudan's ambassador (SDN); 'this week' gives week precision, so 2007-W48 is right."),
 8: (SPUR, "'meet outstanding claims' means satisfy claims, not a meeting; no CONSULT. (The sentence's act would be Libya providing compensation, hypothetical.)"),
 9: ([], "US and EU urged restraint: REQUEST, USA and EU as sources, no addressee in the sentence; undated reaction reported as news, document date."),
 10: (["source", "date"], "ASSAULT on the Labour Party youth camp is right (target Labour Party/its youth members accepted), but the source is the gunman disguised as a policeman (Breivik, NOR), not a policeman (COP); the shooting was on Friday, hours after Friday afternoon's bomb: date should be 2011-07-22 ('on Saturday' dates the shock)."),
 11: ([], "Wu (TWN) thanking Lithuania (LTU) is SUPPORT (praise); undated, document date."),
 12: (["date"], "Soldiers (FJI) storming the rebel camp is ASSAULT -> rebels (FJI), but the storming came 'later' and paragraph 4 puts it on Thursday: date should be 2000-07-27, not Wednesday's 2000-07-26 (the arrest's date)."),
 13: ([], "Russia's veto of the UNSC resolution is REJECT (veto), RUS -> UN Security Council, dated 2015 as the text gives."),
 14: (["date"], "Knesset approving Sharon's plan (SUPPORT, approve policy, ISR LEG -> Sharon) is right, but the vote was 'late on Tuesday': date should be 2004-10-26, not the Wednesday document date."),
 15: ([], "Putin hosting Sargsyan and Aliyev in Sochi is CONSULT (host a visit), RUS -> ARM, AZE, August 2014 as given."),
 16: (["source", "target"], "Calling for the U.S. embassy to be closed is a REQUEST, but the source is Moqtada al-Sadr (IRQ), not Shi'ite lawmakers; the target should be the U.S. embassy (USA), which the sentence names. Sunday accepted as the date of the reaction to Sunday's vote."),
 17: (["type", "source", "target", "date"], "Several thousand red shirts gathering outside parliament is a PROTEST (demo), not an ACCUSE; source should be the red-shirted Thaksin supporters (THA), not 'Outside parliament'; the protest is aimed at the parliament's vote, so target should be the Thai parliament/state (THA); it was during Monday's vote: date 2008-12-15."),
 18: ([], "Human rights groups welcoming Wei's release is SUPPORT; no party named in the sentence ('the news'), so empty target right; undated reaction, document date."),
 19: ([], "Kim Dae-jung (KOR) calling for a permanent meeting place is a REQUEST; the sentence names no addressee; statement reported on the document date."),
 20: (["source", "date"], "Setting up a commission of inquiry is ACCUSE (investigate) per CAMEO2PLOVER, but 'the government' is Myanmar's: source code should be MMR, not empty; the commission was set up earlier ('has set up', after the June 3 attack), a background act: it should have no date rather than the document date."),
 21: ([], "Biden urging leaders holding elections to ensure fair votes is a REQUEST, USA -> Sierra Leone (one of the six named countries; Nigeria and Liberia are missing but the party given is right); undated, document date; reported_by White House right."),
 22: (["source", "target"], "Family reunions coded as CONSULT accepted (civilians of both Koreas meeting), Tuesday 2000-08-15 right, but both parties are coded KOR: the meetings are between South and North Korean family members, so one side should be North Korean (PRK), e.g. South Korean families (KOR) <-> North Korean relatives (PRK)."),
 23: (["target"], "Diplomats welcoming the coalition agreement is SUPPORT, but the target should be the parties to the deal (Cambodia/CPP and Funcinpec, KHM) only; ASEAN is not acted upon (Cambodia's seat there is a hoped-for consequence)."),
 24: (["source", "target"], "Signing the declaration is SUPPORT (CAMEO 057) on Thursday 2022-09-29, but the signers are leaders of Pacific island states, not USA-coded leaders: source should be Pacific island states' leaders (no single country code); the target repeats the source with USA and should be empty (the sentence names no other party)."),
 25: ([], "Clinton and Jiang expected to meet: CONSULT, USA <-> CHN, future, no date given (undated future act)."),
 26: (["type"], "The army denying coordination with Hezbollah/Damascus: coordinating a military offensive is COOPERATE (military cooperation, CAMEO 062), not CONSULT; negated and LBN army -> Hezbollah right (Syria/SYR missing as a second target)."),
 27: ([], "US, Japan and Canada refusing the EU's demand to put the figures in the text is REJECT -> EU (named in the same sentence); during the talks reported on the document date."),
 28: ([], "Horn conceding defeat is CONCEDE (yield), HUN, no target named, late on Sunday 1998-05-24 right."),
 29: (["date"], "Trump (USA) calling on India (IND) is a REQUEST, but it was in Monday night's televised address: date should be 2017-08-21, not 2017-08-22 (the day of Pakistan's rejection)."),
 30: ([], "Iraq's 1990 invasion of Kuwait: ASSAULT, IRQ -> KWT, 1990 as given."),
 31: ([], "Stefanovic (SRB) calling the attack attempted murder is ACCUSE (disapprove); the attackers are not named in the sentence, so empty target right; Saturday is the document date."),
 32: (["date"], "US rejecting the 'freeze for freeze' proposal is REJECT (USA, empty target acceptable), but it happened 'in the past', a background act: it should have no date, not the document date 2017-07-05."),
 33: ([], "Rubio (USA) thanking Bukele (SLV) is SUPPORT; undated, document date."),
 34: ([], "IMF approving a nearly $3 billion loan with immediate disbursement is AID, IMF -> Sri Lanka (LKA), Monday 2023-03-20."),
 35: ([], "Military arresting Speight late on Wednesday: COERCE (arrest), FJI military -> Speight (FJI), 2000-07-26."),
 36: ([], "Negated recognition (SUPPORT 054, negated) of the declaration by African states; no party for the declaration named in the sentence, so empty target accepted; reported by France's defence minister; document date."),
 37: ([], "Biden promising $810 million in aid is AGREE (pledge of aid, wave 76), USA -> Pacific island nations (no single code), Thursday 2022-09-29."),
 38: ([], "China rejecting the proposal to restore military communication is REJECT (meet); the proposer is not named in the sentence, so empty target right; during the talks, document date; reported by Blinken."),
 39: ([], "Hasina (BGD) urging supporters (BGD) to prepare for the campaign is a REQUEST; undated, document date."),
 40: ([], "Taya's December 1984 coup coded ASSAULT (armed seizure of power) accepted; no target named in the sentence; 1984-12 as given."),
 41: ([], "Deuba backed by his own party (Nepali Congress, NPL) is SUPPORT toward Deuba; the Maoist Centre and the UML faction are missing as co-sources but the party given is right; present state, document date."),
 42: ([], "Media rights groups and Russian journalists calling the exchange illegal is ACCUSE; the exchange's authors are not named in the sentence, so empty target right; document date."),
 43: ([], "Saakashvili promising an overhaul of the prison system is AGREE (intent to reform, CAMEO 034); no target named; televised address reported on the document date."),
 44: ([], "Bush hosting the Pakistani and Afghan leaders for dinner on Wednesday: CONSULT (visit), USA -> PAK, AFG, 2006-09-27."),
 45: ([], "Belgium's security services 'have been criticised': ACCUSE with unnamed critics (empty source), target BEL security services, background of unknown time with no date."),
 46: (["type", "source", "target", "date", "modality"], "'the plan must be coordinated with them' is a demand by the Palestinian officials: a REQUEST by Palestinian officials (PSE) -> Israel (ISR), asserted, on the document date 2004-10-27, not a hypothetical CONSULT by the Knesset."),
 47: (["date"], "Smaller protests in Hebron: PROTEST (demo), no party named (empty source and target accepted), but they are part of Thursday's protests told in the lead: date should be 2021-06-24, not the Friday document date."),
 48: ([], "al-Beidh (YEM) dismissing the conference is REJECT; the conference is not a party, empty target right; document date accepted."),
 49: (["date"], "Karzai (AFG) accusing Pakistan (PAK) is ACCUSE, but it came 'in the days leading up to the dinner' (before 2006-09-27): a background act with no exact date, not the document date 2006-09-28."),
 50: (SPUR, "'China's support for Russia' is a topic of Blinken's concerns, not an act reported in the sentence; the act to code is Blinken's ACCUSE (raised concerns) toward China."),
}

out = []
for l in open('events-d-items.jsonl'):
    it = json.loads(l)
    wrong, reasons = V[it['n']]
    if wrong == SPUR:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v['all'] = all(v[f] for f in F)
    it['verdict'] = v
    it['reasons'] = reasons
    out.append(it)
with open('events-d.jsonl', 'w') as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + '\n')
counts = {f: sum(it['verdict'][f] for it in out) for f in F + ['all']}
print(len(out), counts)
