"""Write events-d.jsonl from judge d's verdicts (fields that are wrong, per item) and reasons.
Usage (from round177/): python3 events-d-tools/write_verdicts.py"""
import json

F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (list of wrong fields, or 'spurious'; reasons)
V = {
 1: ([], "The CIS 'has long been criticised as a talking shop': an ongoing criticism (ACCUSE disapprove) of the CIS by critics the text does not name, so the empty source and the document date (still going on) are right by the rules; a coder might skip a sourceless act."),
 2: ([], "Khama's pledge to put economic diversification at the top of his agenda is an expressed intent to change policy (CAMEO 0342, AGREE); no recipient is named, and the undated speech reported as this news takes the document date."),
 3: (['target'], "Congratulating Barak is SUPPORT from Mubarak (EGY), not a duplicate of the CONSULT phone event, but the target's country is wrong: Ehud Barak is Israeli (ISR), not GBR."),
 4: ([], "Several hundred Misuari fighters (PHL rebels) attacked the army brigade headquarters on Monday 2001-11-19; all fields right."),
 5: (['source', 'target'], "The plan was accepted by Turkish Cypriots only (Greek Cypriots rejected it), so the source should be the Turkish Cypriots alone (CYP; their coding as TUR is also doubtful) and the target the UN, whose plan it was, or empty; the mutual coding with 'Cypriot Cypriots' is wrong. AGREE and 2004-04 are right."),
 6: ([], "Patil (IND) thanking Congress leader Sonia Gandhi (IND) is SUPPORT; the undated remark, reported as this news, takes the document date (the JUD sector is wrong but only party and country are scored)."),
 7: (['date'], "The civic groups urged the court to delay the second round, so they did it before the run-off of Thursday 2001-03-22 (between the 4 March and 22 March rounds); the document date 2001-03-24 is after the act. Date should be 2001-03 (before 2001-03-22)."),
 8: ([], "Bosnian Serb leaders (BIH) protesting against the U.S. train-and-equip programme is ACCUSE disapprove; the sentence names no party as target ('the programme' is a thing), so empty is right, and the undated perfect 'have protested' with basis unknown is right."),
 9: (['source'], "The one who welcomed the rally is the Free Aceh Movement (GAM, IDN rebels), not Indonesia: source wrong. Empty target is acceptable ('the rally' names no party), and 1999-11-08, the dateline day of the report, is right."),
 10: ([], "'Thousands of its members have been detained' since 2005: COERCE arrest of Brotherhood members (EGY) with no agent named, and a total summed over a span has no date, so source empty and date unknown are right."),
 11: ([], "'Bush said he would not ask Riyadh for specific output increases': a negated REQUEST from Bush (USA) to the Saudi government (SAU); the act has no date of its own, so basis unknown is right."),
 12: ([], "Putin (RUS) visited Abkhazia (coded GEO) last week, i.e. ISO week 2009-W33 before the 18 August report: CONSULT visit, all fields right."),
 13: (['date'], "The U.N. sanctions against the Taliban that 'take effect two days' after Friday 1999-11-12 are a future SANCTION by the UN on the Taliban, but the text dates them: date should be 1999-11-14 (Sunday; 'from Sunday' in paragraph 4), not unknown."),
 14: ([], "'Would not accept any demand that the IRA hand in weapons' is a refusal to yield: CONCEDE negated is the accepted pair of REJECT asserted (the CONVENTIONS' 'refused to withdraw' rule); Adams speaks for and leads the republicans, target empty (the demand's authors are not named), document date for the statement as news."),
 15: (['target'], "Russia's foreign ministry rejecting the criticism is REJECT, right in type, source and date, but the sentence itself names whose criticism it was ('the office', ODIHR): target should be the OSCE's ODIHR (no country), not empty."),
 16: ('spurious', "Duplicate: the person 'was killed' by the police fire already coded from the same sentence as ASSAULT police -> crowd (e2); the killing is the outcome of that one act, not a second event."),
 17: (['date'], "Iran's accusation that Britain stirred up protests is background from the weeks after the disputed June 2009 election ('relations have been poor for months'), not news of 2009-12-01: date should be 2009-06 (after the June election), or unknown, not the document date."),
 18: (['type'], "'Would not accept the result' of the election is a refusal to concede defeat: REJECT asserted (or CONCEDE negated), not AGREE, which is a commitment to cooperate; source, empty target (the result is no party), document date and negated are right for the act as coded."),
 19: ([], "Malawian church leaders and politicians (MWI) had praised the court that convicted the couple: SUPPORT; the past-perfect background act has no date in the text, so unknown is right."),
 20: (['date', 'modality'], "Iran hosting the OIC summit 'in December' is a scheduled act: modality should be future and date 1997-12, not asserted on the document date 1997-08-04."),
 21: (['date'], "Barak's warning was made 'after the meeting' of Sunday's cabinet vote (paragraph 3 'Barak said after the meeting'), so the date should be 2000-03-05, not the document date 2000-03-06. THREATEN, Barak (ISR) and empty target are right."),
 22: (['source'], "The officials who would ask the UN to verify the pullout are plainly Israeli (the sentence before: 'Israel has said the withdrawal...', 'the pullout' is Israel's): source country should be ISR, not empty. Future REQUEST to the UN, date unknown, right."),
 23: (['source'], "The indictment's agent is named in the sentence: source should be the U.N. war crimes tribunal in The Hague (ICTY, IGO), not empty. Mladic (BIH) as target, unknown date of this background act, asserted are right."),
 24: (['source', 'date'], "The troops who opened fire on the protesters were UN peacekeepers (Bangladeshi, per paragraph 2), not Ivorian (CIV) troops: source should be the UN peacekeepers (UNO/BGD). The killing is this news and paragraph 2 dates it: date should be 2006-01-18 (Wednesday), not unknown."),
 25: ([], "Ban (UN) welcomed Mutharika's pardon: SUPPORT; 'the decision' names no party, so empty target is right, and the undated reaction takes the document date by rule (it was likely Saturday 2010-05-29, at the joint news conference)."),
 26: ([], "NATO says bombing goes on 'until Milosevic accepted the alliance's conditions': a hypothetical AGREE by Milosevic (SRB accepted for FR Yugoslavia) toward NATO, with no date of its own; all fields right (CONCEDE would also fit)."),
 27: ([], "Britain (GBR) welcomed the U.S. sanctions decision: SUPPORT; 'the decision' names no party (empty target right), and 2007-10-25, the dateline day of the Washington report, is right."),
 28: (['date'], "Iacovou (CYP) conceding defeat is CONCEDE, but he did so 'shortly after midnight' after Sunday's 15 February run-off, i.e. in the early hours of 1998-02-16; 1998-02-15T00:00 is the midnight before the vote. Date should be 1998-02-16."),
 29: ([], "Kosovo Albanian leaders rejected the Macedonia-Yugoslavia border agreement: REJECT with Macedonia (MKD), a party to the agreement, as target; no date for the rejection is given beyond 'after last month's signing', so unknown is right."),
 30: ([], "IRA gunmen shot dead two policemen in Lurgan last month (1997-06): ASSAULT firearms, IRA (GBR) -> RUC policemen (GBR); all fields right."),
 31: (['type', 'source', 'target'], "'We welcomed them as guests' is Geelani's camp hosting the visiting MPs (CONSULT, host), not SUPPORT, since the same quote says the position has not changed; the source should be Geelani / his Hurriyat faction ('we'), not 'aide', and the target should be the visiting Indian MPs ('them', IND), not empty. 2010-09-20 and asserted are right."),
 32: (['date'], "Georgia expelling four Russian officers accused of spying is SANCTION expel (COERCE deport would also fit), GEO -> RUS officers, but the text dates it 'in September': date should be 2006-09, not unknown."),
 33: (['target', 'date'], "'Iraq has backed down' is Iraq's CONCEDE, but the target cannot be the reporters Clinton addressed: it should be empty (or the US/UN it yielded to). The climbdown was Iraq's letter of Saturday (paragraph 2): date should be 1998-11-14, not the document date."),
 34: ([], "Castro (CUB) met Pope John Paul II (VAT) at the Vatican on Tuesday 1996-11-19: CONSULT, all fields right."),
 35: ([], "Washington and London 'have urged' Nicosia to drop the S-300 purchase: REQUEST USA/GBR -> Cyprus government, a pressure still going on when the story is told, so the report date is right."),
 36: (['date'], "Police detained scores of people during the clashes of the two nights after Friday evening's arrest, i.e. the nights of 2005-08-12 and 2005-08-13; the Sunday document date 2005-08-14 is the report, not the act. COERCE arrest, police (MDV) -> people (MDV) right."),
 37: ([], "Kim Jong Il (PRK) ended a five-day visit to China on Friday 2010-05-07: CONSULT visit, all fields right (the 'hosted' event e2 from the same sentence is the duplicate, not this one)."),
 38: ([], "The US and the UN Security Council called for an immediate ceasefire: REQUEST with no target named in the sentence, reported as this news on the document date; all right."),
 39: ([], "Rugova (Kosovo) said he welcomed any plan that brought international troops to Kosovo: SUPPORT with no party as target, undated statement reported as this news; all right."),
 40: (['date'], "Kim's meeting with Premier Wen is a right CONSULT, but the text only places it within the five-day visit that ended on Friday (2010-05-03 to 2010-05-07); dating it to the Friday is more precise than the text allows. Date should be the visit span (2010-05-03/07), not 2010-05-07."),
 41: ([], "Iranian forces seized 15 British navy personnel in 2007: a capture/detention of persons, COERCE (ASSAULT abduct would also fit), IRN -> GBR navy, date 2007; all right."),
 42: ([], "Djoussouf's camp complained of irregularities: ACCUSE, Djoussouf (COM), no party named as target, report-day statement; all right."),
 43: ([], "Pyongyang threatened 'hundredfold' revenge last week: THREATEN by North Korea (PRK), target not named in the sentence, date the week before the 1996-10-02 report (1996-W39); all right."),
 44: (['source', 'date'], "The backing of Sudan's refusal was by the Arab leaders at the Khartoum summit, not Hamas: source should be the Arab leaders / Arab League. The summit ended 'on Wednesday' pledging and backing: date should be 2006-03-29, not the document date."),
 45: ([], "The UN welcomed the sovereignty plan in principle: SUPPORT by the UN with no party named as target; undated reaction reported as this news takes the document date; all right."),
 46: ([], "Solis (CRI) urged his supporters to remain peaceful on Monday 2007-10-08: REQUEST, all fields right."),
 47: (['source', 'target'], "The opposition politicians are Kenyan (the story is about Kenya and Moi's KANU): source country should be KEN, not empty; the sentence names the accused, so the target should be the allies of Moi's KANU party (KEN), not empty."),
 48: ([], "Georgia, Azerbaijan, Uzbekistan, Ukraine and Moldova 'have been discussing' a looser grouping: a mutual CONSULT still going on, so Moldova -> Ukraine (two of the parties) with the document date is right."),
 49: ([], "Lebanese politicians have accused Syria of links to Fatah al-Islam: ACCUSE LBN -> SYR, an accusation still standing at the time of the story (present perfect), so the document date is acceptable; all right."),
 50: ([], "The MPRP withdrew its ministers on Wednesday 2006-01-11 accusing Elbegdorj of failing on prices and corruption: ACCUSE MNG party -> Elbegdorj (MNG); all right."),
}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50
out = open('events-d.jsonl', 'w')
for it in items:
    wrong, reason = V[it['n']]
    if wrong == 'spurious':
        v = {f: False for f in F}
    else:
        v = {f: (f not in wrong) for f in F}
    v['all'] = all(v[f] for f in F)
    rec = dict(it)
    rec['verdict'] = v
    rec['reasons'] = reason
    out.write(json.dumps(rec, ensure_ascii=False) + '\n')
out.close()
