"""Write events-a.jsonl from the judge's verdicts below (judge a, round 146).
Each entry: n -> (wrong fields, reasons). 'SPURIOUS' marks event false (all fields false)."""
import json
HERE = '/work/wt/j146a/docs/judged/round146/'
FIELDS = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
 1: ([], "Journalists marching in Nairobi in protest at the police raid (an act of the authorities) is PROTEST with the Kenyan state a right target; no date is given, so the document date stands."),
 2: ([], "Signing the Split declaration is SUPPORT (sign an agreement), mutual between Tudjman (HRV) and Izetbegovic (BIH), on Saturday 1995-07-22."),
 3: (['date'], "ASSAULT/execute by Gambia on the death-row prisoners is right, but the next sentence gives the act's date: date should be 2012-08-23 (Thursday night), not the document date."),
 4: (['date', 'modality'], "Obama travelling to Wales (UK host) for the NATO summit is a CONSULT visit, but it is scheduled, not done: modality should be future and the date 2014-09-04 (the summit on Thursday and Friday), not the document date."),
 5: (['source'], "JEM's attack on Omdurman in May 2008 is right in type, target (Sudan) and date, but the source should be the JEM fighters with code SDN (a Darfur rebel group); Deby is only named via his ethnic group and is not an attacker."),
 6: ([], "Netanyahu dismissing Gallant is SANCTION (expel from the government), ISR to ISR, earlier this month = 2024-11."),
 7: ([], "Sri Lankan opposition leaders urging the government not to abuse its majority is REQUEST, LKA to LKA, document date."),
 8: (['date'], "The attack that wounded Saleh is a background act some three months before the story (about June 2011); date should be unknown/that earlier time, not the document date 2011-09-30."),
 9: ([], "The NIS alleging that Lee led an underground group is ACCUSE, KOR to KOR, present-tense allegation at the document date."),
 10: ([], "Shooting dead the editor of Dan late on Thursday is ASSAULT with unknown gunmen (empty source right) and the Montenegrin editor as target, 2004-05-27."),
 11: ([], "Ethnic Albanian leaders (MKD) welcoming the handover is SUPPORT; the sentence names no party (only 'the handover'), so an empty target is right."),
 12: ([], "Widodo calling the attacks barbaric is ACCUSE/disapprove; the bombers (IDN) are clearly the party condemned; same-day document date."),
 13: ([], "Mauritanian opposition politicians alleging that Libya paid for the transfer is ACCUSE, MRT to LBY, document date."),
 14: ([], "Pelosi (USA) holding talks with Pashinyan (ARM) in Yerevan on Sunday is CONSULT, 2022-09-18."),
 15: ([], "Borisov and Zaev signing the friendship treaty is SUPPORT (sign an agreement), mutual BGR/MKD, Tuesday 2017-08-01; the first sentence's signing is another sentence, so by the sentence rule this is not a duplicate."),
 16: ([], "Local leaders (NGA) blaming armed herders is ACCUSE; the text does not state the herders' nationality, so an empty code is acceptable."),
 17: ([], "Sarkozy urging African governments to cooperate against illegal migration is REQUEST; the target is several governments with no single country, so the empty code is right; speech date 2007-07-26."),
 18: (['target'], "Putin offering condolences is acceptable as SUPPORT, but 'their talks' refers to Erdogan, who receives the condolences: target should be Tayyip Erdogan (TUR), not empty."),
 19: ('SPURIOUS', "Spurious: the sentence says peace talks have been frozen since 2014, so no talks take place; 'talks' is a topic noun, not a CONSULT act (the freeze is coded separately as item 28)."),
 20: (['source'], "The allegation of links to cigarette smuggling is ACCUSE against senior Montenegrin officials (MNE) in 2003, but the source Dan is Montenegro's main opposition daily: its code should be MNE, not empty (the original accuser is arguably the Croatian weekly, HRV)."),
 21: (['type'], "A Syrian official saying Damascus and Ankara will 'coordinate closely' on Iraq is a statement of commitment to cooperate: type should be AGREE (mutual SYR/TUR), not a CONSULT meeting; as a future coordination the undated future reading is consistent."),
 22: ([], "Crvenkovski saying Macedonia welcomed the EU troops is SUPPORT from Macedonia (MKD) to the EU force, document date."),
 23: ('SPURIOUS', "Spurious: investors welcoming the prospect of political stability (with bonds rising) is a market reaction with no political act aimed at any party, not a PLOVER event."),
 24: ([], "Moldova ordering Russia to cut its embassy staff (expelling 45 staff) is SANCTION/expel, MDA to RUS, Wednesday 2023-07-26."),
 25: ([], "Modi being expected to visit Nepal later this year is a future CONSULT visit, IND to NPL, 2014."),
 26: (['date'], "Indonesian special forces storming the rebel hideout is ASSAULT, IDN military against OPM rebels (IDN), but the next sentence says the raid was launched on Wednesday: date should be 1996-05-15, not Thursday 1996-05-16 (the day the military said it)."),
 27: ([], "Hooded police raiding the Standard group's offices and seizing computers is COERCE/seize by Kenyan police against the Standard group (KEN), Thursday 2006-03-02."),
 28: (['date'], "The freezing of Israeli-Palestinian peace talks can be coded as SANCTION (halting negotiations), Israel to the Palestinians, but the text dates it: date should be 2014 (frozen since 2014), or the document date for a state still going on; the null date is wrong either way."),
 29: (['source', 'date'], "The request to Congress for $1 billion is Obama's ('his request'), so the source should be Barack Obama (USA), not Grybauskaite; it was announced in June, so the date should be 2014-06."),
 30: ([], "Morales accusing the U.S. ambassador of backing the opposition is ACCUSE, BOL to USA, last September = 2008-09."),
 31: ([], "The U.S. embassy thanking the Georgian authorities is SUPPORT, USA to GEO, document date."),
 32: ([], "King Abdullah urging the faithful to reject extremism is REQUEST on Wednesday 2008-07-16; the target 'followers' keeps only the last of 'Muslims, Christians, Jews and followers of other faiths', but the party (believers of all faiths, no country) and its empty code are the same, so it is accepted."),
 33: (['target'], "The US, France and Britain pledging troops or aircraft is AGREE (pledge of aid), but it is not a mutual pledge among themselves: the target should be empty (the sentence does not name the recipient) or the Canadian-led multinational force, not the three pledgers."),
 34: ([], "The Duma having yet to ratify START II is a negated SUPPORT (ratify) by the Duma (RUS); the sentence names no counterpart, so an empty target is right; document date."),
 35: (['target'], "VMRO-DPMNE criticising the treaty is ACCUSE/disapprove, but the criticism is aimed at Zaev, named in the same sentence ('saying Zaev had made concessions'): target should be Zoran Zaev (MKD), not empty."),
 36: (['type'], "Saad Eddin Ibrahim being 'jailed for seven years' in May 2001 is a court sentence: type should be SANCTION (convict/sentence), not a COERCE arrest; the empty source and the target (EGY) are right."),
 37: ([], "Human rights groups having long accused the Indonesian army of abuses is ACCUSE, an act still going on, so it takes the document date."),
 38: ([], "Del Ponte (the U.N. tribunal's prosecutor) urging Serbia to arrest Mladic and Karadzic is REQUEST to SRB, on the day of her statement."),
 39: ([], "Moldova accusing Moscow of hostile actions is ACCUSE, MDA to RUS, Wednesday 2023-07-26; it is a separate act from the expulsion order, not a duplicate."),
 40: (['target'], "The arrest is COERCE on Monday 2019-01-07 (empty source acceptable for the passive), but 'their leader' is the coup plotters' leader, Lt. Kelly Ondo Obiang of the Republican Guard (GAB), not a 'Gabon leader' in government: target should be the plotters' leader."),
 41: ([], "Jammeh dismissing foreign criticism is REJECT by Jammeh (GMB); 'foreign criticism' names no party, so an empty target is right; an ongoing attitude takes the document date."),
 42: ([], "Nearly 54,000 Palestinians killed since the war began is ASSAULT on the Palestinians (PSE) with no source named; as a total summed since 2023 it takes no date (basis unknown is right)."),
 43: ('SPURIOUS', "Spurious: 'would not surrender to political blackmail' uses 'surrender' in another sense (yielding to a budget demand), not a military RETREAT/disarm; a coder would code Sharon's refusal as REJECT of Ben-Eliezer's demand instead."),
 44: ([], "Lebanese politicians hailing the municipal poll is SUPPORT with no party as target; document date."),
 45: ('SPURIOUS', "Spurious: 'joined in condemning the ruling' is ACCUSE (Israeli opposition leaders condemning the ICC ruling), and 'joined' is not a SUPPORT act; a SUPPORT from the trigger 'joined' takes the word in another sense (ACCUSE/disapprove toward the ICC would be right)."),
 46: ([], "Cairo blaming the Addis Ababa ambush on militants sheltered by Sudan is ACCUSE, EGY to SDN (Sudan is accused of sheltering them); the blame's time is not given, so no date is right."),
 47: ([], "Russia banning Lithuanian dairy imports on Monday is SANCTION/discontinue, RUS to LTU, 2013-10-07."),
 48: (['source'], "The 100,000 deaths since 1992 were caused by Algeria's conflict with armed Islamist groups, not by the groups alone: source should be empty (or both sides, Algeria and the groups); target (DZA) and the missing date for a total are right."),
 49: (['date'], "The meeting between Bhutan's then prime minister and Chinese leaders is CONSULT BTN to CHN, but it is a background act before the 2013 election: date should be unknown (before mid-2013), not the document date 2014-06-16."),
 50: ([], "Solana reporting that Iran promised to let IAEA inspectors visit Qom is AGREE (a promise), IRN to the IAEA, Thursday 2009-10-01; it is in a different sentence from the first sentence's 'agreed', so it is not a duplicate."),
}
items = [json.loads(l) for l in open(HERE + 'events-a-items.jsonl')]
assert len(items) == 50 and set(V) == {it['n'] for it in items}
with open(HERE + 'events-a.jsonl', 'w') as f:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == 'SPURIOUS':
            v = {k: False for k in FIELDS}
        else:
            assert all(w in FIELDS[1:] for w in wrong)
            v = {k: (k not in wrong) for k in FIELDS}
        v['all'] = all(v[k] for k in FIELDS)
        out = dict(it); out['verdict'] = v; out['reasons'] = reason
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
print('written')
