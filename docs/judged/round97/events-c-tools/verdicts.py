"""Write events-c.jsonl from the judge's verdicts below (fields: event type source target date modality)."""
import json

T, F = True, False
V = {
 1: ((T, T, T, T, T, T), "Moscow's call on both sides to observe the truce: REQUEST from the Russian government to the two sides, Azerbaijan and Armenia, reported as Sunday's news (document date); all right."),
 2: ((T, T, T, T, F, T), "Tubman's call to his supporters to stay home is a REQUEST to Liberian supporters, but it was made days before the 8 Nov vote when he pulled out (background); date should be none (no day given), not the 2011-11-11 document date."),
 3: ((T, T, T, T, F, T), "The Awami League's denunciation of the ban is ACCUSE; the sentence names no party (\"the decision\" is the interim government's, named earlier), so an empty target is right by the rules. Date should be the document date 2025-05-11: it is reported as this news, not of unknown time."),
 4: ((T, F, F, F, F, F), "Hariri's allies stating their goal to push Lahoud out of office is a demand for a change of leadership (REQUEST, change; CAMEO 1041), not a deportation; source should be Hariri's allies (LBN), not Hezbollah, target Emile Lahoud is Lebanon's president (LBN, not SYR), and the statement is asserted on 2005-06-20 (document date)."),
 5: ((T, T, T, F, T, T), "ACCUSE by Moroccan opposition parties is right and reported as this news, but the sentence names the party complained of: target should be the local officials (MAR), not empty."),
 6: ((F, F, F, F, F, F), "Spurious: the central bank suspending its own operations after a kidnapping is no act between political actors, and certainly no ceasefire (RETREAT)."),
 7: ((T, T, T, T, T, T), "REQUEST from the United States to China; \"has urged\" is a standing, continuing pressure told in the present, so the document date is right."),
 8: ((T, T, T, T, T, T), "Cameroon's government hailing the ICJ verdict is SUPPORT; the court is not named in the sentence, so an empty target is right by the rules (the ICJ would also be right); 2002-10-10 is the day of the ruling and of the Oct 10 dateline."),
 9: ((T, T, T, T, T, T), "ICRC call for civilians to be let out is a REQUEST; the ICRC has no country code and the addressees are not named, so empty target is right; document date right."),
 10: ((T, T, T, T, T, T), "Azerbaijani officials blaming Yerevan is ACCUSE against Armenia's government; undated reaction reported as this news takes the document date."),
 11: ((T, T, T, T, T, T), "Rubio condemning the jihadis is ACCUSE (disapprove) against the armed Islamists, whose country the text leaves open (it includes foreign jihadis); March 9 news."),
 12: ((T, T, T, T, T, T), "Signing the security agreement is SUPPORT (sign/finalise an agreement), mutual between Saudi Arabia and Iran, on Tuesday 2001-04-17."),
 13: ((F, F, F, F, F, F), "Spurious: analysts' view that New Delhi was keen to show it welcomed Bhutan's change is commentary on a motive, not an act of welcoming by India."),
 14: ((T, T, T, T, T, T), "Jiang Zemin's 2001 trip to Pyongyang is a background CONSULT (visit) by China's leader to North Korea, rightly dated by its year."),
 15: ((T, T, T, T, T, T), "The attack on Kamerhe's home is ASSAULT by the armed men (coup plotters led by a Congolese, COD acceptable) on a senior Congolese politician, early on Sunday 19 May; asserted with the army as reporter."),
 16: ((T, T, T, F, T, T), "The G20 leaders' agreement to meet again is AGREE among the leaders themselves; Obama is only the time reference (\"when Obama will be in office\"), so target should be empty (or the leaders, mutual), not Barack Obama."),
 17: ((T, T, T, F, T, T), "China's congratulations are SUPPORT reported as this news, but the sentence refers to the party congratulated (\"the new government\", Yoon's): target should be Yoon Suk-yeol / the incoming South Korean government (KOR), not empty."),
 18: ((T, T, F, T, T, T), "The Sidi Bouzid protests of Dec. 17 are PROTEST (demo); source should be the protesters of Sidi Bouzid (TUN), not empty; the sentence names no aim, so an empty target is right (Tunisia's state would also be)."),
 19: ((T, T, T, T, F, T), "Fernandez's promise of a social pact is AGREE, but it is a campaign pledge of an earlier, unstated time; date should be none, not the 2007-10-29 document date."),
 20: ((T, T, T, T, T, T), "Lavrov meeting Deshchytsia is CONSULT between Russia and Ukraine, on Monday 24 March (the story's day)."),
 21: ((T, T, T, T, T, T), "Indian authorities extending the Kashmir curfew is COERCE (curfew), told as Sunday's news (2016-07-10)."),
 22: ((T, T, F, T, T, T), "The exile group welcoming the US ban is SUPPORT toward the US (clearly the party whose measure is welcomed), but the exile group is Burmese: its code should be MMR (or empty), not USA."),
 23: ((T, F, T, T, T, T), "The deputies passing the measures that annul Crimea's laws and abolish its presidency is a coercive act against Crimea's authorities (COERCE), not SUPPORT for Crimea; source, target Crimea (UKR), date 1995-03-17 and modality are right."),
 24: ((T, T, F, F, F, T), "The Hirak marches are PROTEST, but the source should be the Hirak protest movement (DZA), not empty, the target should be Bouteflika / Algeria's government, at whom the sentence aims them (DZA), and the date should be 2019 (the weekly marches of \"last year\"); April 2019 is the date of the resignation."),
 25: ((T, T, T, T, T, T), "Kostunica's assurance to EU officials is AGREE (promise); background act with no date in the text, so no date is right."),
 26: ((T, F, F, T, T, T), "The G7 pledge to restrict Russia's access to technology and goods and curb its energy revenues is SANCTION (curtail exchanges), not COERCE restrict (political freedoms); source should be the G7 leaders (no code), not Ukraine; target Russia, future and no date are right."),
 27: ((T, T, T, T, T, T), "Putin arriving in Beijing is CONSULT (visit) by Russia to China, on Tuesday 2025-09-02."),
 28: ((T, T, T, T, F, T), "Mauritanian authorities detaining Haidallah is COERCE (arrest), but the text dates it: the eve of Friday's vote, i.e. 2003-11-06 (also four days before Sunday's arrest); null date is wrong."),
 29: ((T, T, T, T, T, T), "The year's toll of Palestinians and Israelis killed is ASSAULT on both with no named attacker; a total summed since the start of the year has no date by the rules."),
 30: ((T, T, T, F, T, T), "Kenyatta accusing the court is ACCUSE, but the court is the International Court of Justice (an international body, no country code), not a Kenyan court (KEN)."),
 31: ((T, T, T, T, T, T), "Deploying extra paramilitary troops in Karachi is MOBILIZE (Pakistani troops), Saturday's news."),
 32: ((T, T, T, T, T, T), "Turkey rejecting the genocide term is REJECT (\"all rejections and refusals\"); Armenia is named only in the previous sentence, so an empty target is right; a standing position told in the present takes the document date."),
 33: ((T, T, T, T, T, T), "The Security Council demanding a 30-day ceasefire is REQUEST (yield), on Saturday 2018-02-24; addressees not named, so empty target is right."),
 34: ((T, T, T, T, T, T), "Lebanon saying it would not sign security deals with Israel: coded as a negated SUPPORT (sign) Lebanon->Israel with no date; by the conventions' \"refused to withdraw\" rule this is right (a REJECT asserted would also be)."),
 35: ((T, T, T, F, T, T), "French opposition politicians calling for a debate is REQUEST, but \"the mission\" is France's own Sahel operation, not the U.N. peacekeeping mission; target should be empty (or the French government, FRA)."),
 36: ((T, T, T, F, T, T), "The Burundian government complaining that Nyerere was biased the other way is ACCUSE; the sentence names the party accused, so target should be Julius Nyerere (TZA), not empty; background with no date is right."),
 37: ((T, T, T, T, T, T), "Singh and Gilani meeting is mutual CONSULT between India and Pakistan on Thursday 2009-07-16."),
 38: ((T, T, T, F, T, T), "Turkey condemning the strike is ACCUSE, but Ganja is the city hit, not the party condemned; target should be empty (the attacker is not named in the sentence) or Armenia (ARM)."),
 39: ((T, T, T, T, F, T), "Haitian opposition leaders accusing government supporters is ACCUSE (HTI to HTI), but it belongs to the campaign before the 26 Nov vote (background); date should be none, not the 2000-11-29 document date."),
 40: ((T, T, T, T, T, T), "Indonesia and the Aceh rebels signing the ceasefire accord is SUPPORT (sign agreement); both as actors with no recipient follows PLOVER's reciprocal-agreement note; Monday 2002-12-09."),
 41: ((T, T, T, T, T, T), "Austin visiting Israel is CONSULT (visit) USA->ISR, going on on Sunday 2021-04-11 when the incident happened."),
 42: ((T, T, T, T, F, T), "Kabila accusing Rwanda is ACCUSE COD->RWA, but the text gives no day for his address; by the rules it takes the document date 2004-06-03, not Wednesday 2004-06-02 (the day of the seizure; plausible, but not given)."),
 43: ((T, T, T, T, T, T), "Kuwaiti deputies welcoming early elections is SUPPORT (approval of the emir's course, not named in the sentence, so empty target is right); reaction reported as this news."),
 44: ((T, T, T, T, T, T), "The EU's repeated criticism of Ankara is ACCUSE EU->Turkey's government; a repeated background act with no date is right undated."),
 45: ((T, T, T, T, T, T), "Vajpayee's offer to reach out to Pakistan is AGREE (offer of cooperation) IND->PAK on Friday 2003-04-18."),
 46: ((T, T, T, T, T, T), "The G20 leaders endorsing the growth measures is SUPPORT (approve/finalise an agreement) by the leaders collectively; reported as this news."),
 47: ((T, T, T, F, T, T), "Kiev hailing the tomos is SUPPORT, but the move hailed is Bartholomew's decree: target should be Ecumenical Patriarch Bartholomew (Istanbul; TUR or no code), not the Russian government, from which the move severs Ukraine's church."),
 48: ((T, T, T, F, T, T), "The State Department's call is REQUEST, but \"both sides\" are Israel (ISR) and the Palestinians (PSE), who met at Aqaba; a description with no country (sides[None]) is wrong by the rules."),
 49: ((T, T, F, T, F, F), "The full deployment of the U.N. force is a conditional act (MOBILIZE acceptable) whose actor is the U.N. / Security Council, not empty; it is hypothetical (conditional on progress), with no date: February 1995 is when the force was approved."),
 50: ((T, T, T, T, T, T), "The U.N. mission's call for a meeting of all parties is REQUEST; the parties are Libya's rival authorities, so Libya (LBY) is acceptable; reported as this news."),
}

out = open('events-c.jsonl', 'w')
for line in open('events-c-items.jsonl'):
    it = json.loads(line)
    f, reason = V[it['n']]
    if not f[0]:
        f = (F,) * 6
    keys = ['event', 'type', 'source', 'target', 'date', 'modality']
    verdict = dict(zip(keys, f))
    verdict['all'] = all(f)
    it['verdict'] = verdict
    it['reasons'] = reason
    out.write(json.dumps(it, ensure_ascii=False) + '\n')
out.close()
