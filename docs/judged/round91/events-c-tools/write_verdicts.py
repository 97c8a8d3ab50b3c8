# writes events-c.jsonl from the judge's per-item decisions below (fields listed are the WRONG ones)
import json
R = '/work/wt/j91c/docs/judged/round91/'
F = ['event', 'type', 'source', 'target', 'date', 'modality']
D = {
 1: (['source', 'target'], "The clause reports (via Macron) the junta confining ambassador Itte in the embassy ('effectively being held hostage'); ASSAULT abduct is acceptable, but the target should be ambassador Sylvain Itte (FRA), not Macron (the speaker), and the source should be the junta (NER military), which the sentence names; date 2023-09 and asserted are fine."),
 2: (['date'], "CONCEDE by Moon (KOR), no target in the sentence, is right; but the date value 2012-12-19T00:00 puts the concession at the start of election day, while the text gives 'shortly before midnight' on Wednesday, i.e. late on 2012-12-19 (the day alone would be right)."),
 3: (['target'], "SUPPORT praise by Kouchner (UN mission) is right and the document date is fine for a reaction reported as news; the praise of 'the calm conduct of the vote' is of the Kosovar voters, whom the sentence names ('Kosovars were ready'): target should be Kosovars (Kosovo), not empty."),
 4: ([], "AGREE by Abbas (PSE) to the proximity talks, asserted; no counterpart in the sentence, so an empty target is right; the pluperfect agreement before Monday's announcement has no date in the text, so an unknown date is right."),
 5: (['date'], "CONSULT visit by Tillerson (USA) to Kenya is right; but he arrived 'hours' after the Friday handshake, so the date should be 2018-03-09 (Friday), not the document date 2018-03-10."),
 6: (['target'], "PROTEST riot by Muslim protesters (NGA) on Wednesday 2002-11-20 is right; the protest's aim is the newspaper ThisDay, not the authorities, so by the home-protest rule the state is wrong: target should be ThisDay (NGA media) or empty."),
 7: (['date'], "ASSAULT on 22 police officers (PER), killers not named in the sentence, asserted, is right; the killings were in the clashes that began at dawn on Friday, so the date should be 2009-06-05, not 2009-06-06 (the Saturday of the curfew and the government statement)."),
 8: (['date'], "COERCE deport by the Netherlands against four Russian GRU officers is right; but the expulsion took place in April 2018 (the story says they were escorted to a flight on April 13), not on 2018-10-04, the day it was announced."),
 9: ([], "RETREAT release of Mandela (ZAF) in February 1990; the releasing authority is not named in the sentence, so an empty source is right."),
 10: ([], "ASSAULT by suicide bombers (country not given in the sentence) on the Coptic churches (EGY) on Palm Sunday 2017-04-09, asserted: all right (mode would be suicide-attack, not scored)."),
 11: ([], "REQUEST by Democratic lawmakers (USA) for a review of U.S. relations with Riyadh; the U.S. administration is the addressee and Saudi Arabia the party the review is aimed at, both named; date 2022-10-05 is the story's dateline day; asserted."),
 12: (['target', 'date'], "ACCUSE by Saudi Arabia is right, but 'the body' is the U.N. Security Council (UN/IGO, no country), not a Saudi group; and the accusation was made 'on Friday', 2013-10-18, not 2013-10-17 (the day of the election)."),
 13: ([], "COERCE curfew imposed from 10 p.m. on 2008-07-02 under the emergency decree; the imposer is not named in the sentence ('under the decree'), so empty source and target are right by the rules; asserted with officials as reporter."),
 14: ([], "THREATEN violence by Rajapaksa (LKA) against the Tamil Tiger rebels (LKA); a standing vow still in force when the story is told takes the document date; asserted."),
 15: ([], "ACCUSE (complain) by many African governments (no single country) against the ICC; a standing complaint still made takes the document date; asserted."),
 16: ([], "COERCE state of emergency declared by Enkhbayar (MNG) early on Wednesday 2008-07-02, asserted, no target: right."),
 17: (['date'], "SUPPORT (sign agreements) by Oli (NPL) with China is right; but the year 2015 belongs to the blockade stand-off in the other clause; the signing is dated only 'during his last spell in office', so the date should be unknown (no value)."),
 18: (['target', 'date'], "MOBILIZE troops by Serbia is right; the alert near the border is aimed at Kosovo, which the sentence names ('what Kosovo called a provocation'): target should be Kosovo; and this is a background act of the stand-off (late September 2021), not of the document date 2021-10-01."),
 19: (['source', 'date'], "SANCTION (snapback of U.N. sanctions) on Iran is right as a type and target, asserted as a launched process; but the actors are Britain, France and Germany (GBR/FRA/DEU), not the United Nations, and the act was 'on Thursday', 2025-08-28, not the document date 2025-08-29."),
 20: ([], "An offer of a credit line is AGREE (wave-76 rule): Modi (IND) to Nepal, Sunday 2014-08-03, asserted: all right."),
 21: (['modality'], "ACCUSE by Rusesabagina against Kagame (RWA) with a standing accusation dated to the document date is right; but his own accusation is an act the story asserts, not one inside someone else's claim: modality should be asserted, not reported."),
 22: ([], "REQUEST by Hariri (LBN) to all (Lebanese) sides to preserve national unity, Wednesday 2004-10-20, asserted: right."),
 23: (['type', 'date'], "The accusation is the grievance of a crowd protest (several thousand people gathered to demand reforms); PLOVER codes protests expressing disapproval as PROTEST (demo) against the Abkhaz government, not ACCUSE; and it happened on Tuesday 2014-05-27 (five days before the Sunday resignation), not on 2014-06-02."),
 24: (['event'], "Spurious: the summit was postponed and did not take place; 'summit' is a noun in a postponement, not a meeting held (no CONSULT). The act in the sentence is the heads of state pulling out in protest, which this event is not."),
 25: ([], "SUPPORT (sign agreement) between Poland and the United States in August 2008; a mutual event, both parties listed: right."),
 26: ([], "ASSAULT crowd-control: police (NGA) fired tear gas at the youths (NGA) in Abuja on Friday 2002-11-22, asserted (witnesses reporting): right."),
 27: (['target'], "ASSAULT by a suicide bomber on St Mark's Cathedral, 2017-04-09, is right, but Pope Tawadros II was unhurt (next sentence); the target should be the people killed at the cathedral gate, including police officers (EGY)."),
 28: ([], "REQUEST by the United States through its draft resolution for a much larger African Union force; the AU, whose force is to be enlarged, is an acceptable target (the Security Council would be the other reading); the recently circulated draft takes the story's date 2004-09-09; asserted."),
 29: ([], "CONSULT: Kayani (PAK) met Zardari and Gilani (PAK) over the weekend before Monday 2009-03-16, i.e. the weekend of ISO week 11 (March 14-15): right."),
 30: (['date'], "ASSAULT killing at least 118 people in Grozny (RUS/Chechnya), attacker not named in the sentence: right; but the market blasts were on Thursday evening, 1999-10-21 (lead sentence), not the document date 1999-10-22."),
 31: (['source', 'date'], "COERCE arrest of Palestinians is right, but the arresting party is the (Israeli) police named in the same sentence: source should be Israeli police (ISR), not empty; and the scuffles followed the Friday raid, so the date should be 2001-08-10, not the document date 2001-08-11."),
 32: ([], "ACCUSE (disapprove) by Karroubi (IRN) of the death sentence, on the Sunday of the same sentence (2002-11-10); the court is not named in the sentence, so an empty target is right by the rules (a coder would use the Hamedan court)."),
 33: ([], "REQUEST by the United States and the EU to Dodik (BIH) to call off the vote; an undated earlier act with no date is right; asserted."),
 34: ([], "REQUEST by Oviedo (PRY military) to President Wasmosy (PRY); his answer follows the Monday dismissal in the narrative, so 1996-04-22 is an acceptable reading; asserted."),
 35: ([], "COERCE arrest: police (MNG) detained about 700 people (MNG), reported as this news on 2008-07-02: right."),
 36: (['type', 'target'], "Alkatiri (TLS) dismissing nearly 600 soldiers in March 2006 is an act, but 'dismissed' here is sacking, not REJECT: it should be SANCTION (expel from an organisation); and the soldiers are East Timor's own army (TLS military), not the Australian army."),
 37: ([], "ASSAULT (invasion) by Russia of Ukraine in 2022, a dated background act: right."),
 38: (['date'], "CONSULT between Dodik (BIH) and Putin (RUS) in Moscow is right, but it was 'days before the vote' of Sunday 2016-09-25, so the date is a few days before 2016-09-25 (2016-09), not the document date 2016-09-26."),
 39: (['source'], "ACCUSE against Beijing (CHN) is right, but James Huang is Taiwan's foreign minister: the source's country should be Taiwan (TWN), not Costa Rica."),
 40: (['source'], "REJECT of the accusations, document date, asserted, is right, but 'He' is Prime Minister Mari Alkatiri (TLS), the man accused in the previous sentence, not Jose Ramos-Horta."),
 41: (['type'], "Saying Moscow 'would work with any legitimately elected leader' is a stated willingness to cooperate: AGREE (asserted statement), not a future COOPERATE; source Russia and the hypothetical Abkhaz leader as target are fine, and the future act has no date."),
 42: ([], "ACCUSE (condemn) by exiled Burundian opposition leaders (BDI) of the parliament's vote; the parliament is not named in the sentence, so an empty target is right by the rules; reported as news, document date; asserted."),
 43: ([], "The deal's provision that rebel and resistance fighters (PNG) are to disarm is a committed future disarmament, which PLOVER codes CONCEDE (promised, not yet a RETREAT), made in the deal signed on 2001-08-30; acceptable as coded (a coder might instead code RETREAT disarm, future)."),
 44: ([], "SUPPORT (approve an action): the president (SOM) hailed the Shabaab withdrawal; Shabaab is not named in the sentence, so an empty target is right; reaction reported as news, document date; asserted."),
 45: ([], "THREATEN by the interior ministry (IRN) that unauthorised gatherings would not be tolerated; no target named in the sentence; document date, asserted: right."),
 46: (['date'], "CONSULT visit by Zhu (CHN) to the United States is right, but the visit is going on when the story is told (talks at the White House on Thursday), so it takes 1999-04-08 (or the document date), not an unknown date."),
 47: ([], "ACCUSE by opposition parties (BIH) against the ruling nationalist parties (BIH) on the election weekend, document date, asserted: right."),
 48: ([], "ACCUSE by Eritrean officials (ERI) against the international community (no country); a standing accusation takes the document date; asserted: right."),
 49: ([], "REQUEST by a U.S. State Department spokesman (USA) to Russia to exercise restraint, reported as this news on the document date: right."),
 50: (['event'], "Spurious: a campaign promise to fight corruption and attract investment is a domestic policy pledge, not a willingness to cooperate with another party (no AGREE counterpart); a trained coder would not code it."),
}
items = [json.loads(l) for l in open(R + 'events-c-items.jsonl')]
with open(R + 'events-c.jsonl', 'w') as f:
    for it in items:
        wrong, reason = D[it['n']]
        if 'event' in wrong:
            v = {k: False for k in F}
        else:
            v = {k: k not in wrong for k in F}
        v['all'] = all(v[k] for k in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
# counts
rows = [json.loads(l) for l in open(R + 'events-c.jsonl')]
for k in F + ['all']:
    print(k, sum(r['verdict'][k] for r in rows), '/', len(rows))
