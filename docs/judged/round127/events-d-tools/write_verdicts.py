"""Write events-d.jsonl from the judge's per-item verdicts below (fields: event type source target date modality)."""
import json
HERE = '/work/wt/j127d/docs/judged/round127/'
T = True; F = False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T,T,T,T,T,T, "Signing the radar agreement is SUPPORT (sign agreement); mutual US/Czech parties, Tuesday 2008-07-08 per the July 8 dateline: all right."),
 2: (T,T,T,T,T,T, "Georgia's 2006 detention of four Russian officers: COERCE arrest, Georgia (GEO) -> Russian officers (RUS), dated 2006 as the text gives: all right."),
 3: (T,T,T,T,F,F, "The clause refers to the past jailing of the freed Belarusian prisoners (no agent named, so an empty source is right), but they were jailed: modality should be asserted, not negated ('should never have been' is a judgement); a background act of an earlier time, so the date should be none, not the document date. (A coder could also skip this clause entirely; it fails either way.)"),
 4: (T,T,T,F,F,T, "Ntaganda's request (the same act as the lead, but in another sentence, so not a duplicate by the rule) was made to the US embassy: target should be the United States (USA), named in the sentence; the ICC is only where he asked to go. Date should be 2013-03-18, the Monday the text gives the request, not the document date."),
 5: (T,T,F,T,T,T, "Flying in reinforcements is MOBILIZE and Monday 1998-11-02 is right, but the source should be the reinforcements themselves (Colombian troops, COL), which the sentence names; the empty source is wrong."),
 6: (T,T,F,T,T,T, "Patrol by soldiers and riot police on Sunday 2011-02-20 is MOBILIZE, but the soldiers are left without a country; they patrol Uganda's capital, so the code should be UGA (the riot police got UGA)."),
 7: (T,T,T,F,F,T, "Syria's accusation that Iraq backed the Muslim Brotherhood: SUPPORT reported is fine, but the Brotherhood Iraq backed against Damascus is the Syrian one (SYR, or empty), not EGY; the backing is a pre-1980 background act, so the date should be none (about 1980), not the 1997 document date."),
 8: (T,T,T,T,T,T, "Egypt signed the $35bn deal with ADQ, Abu Dhabi's sovereign fund (UAE state, ARE), on Friday 2024-02-23: SUPPORT (sign agreement), all right."),
 9: (T,T,T,T,T,T, "Rights groups (no country given) criticised the pact: ACCUSE. The target is a pact, not a party, so empty is right by the rule (a coder might add the Australian government). Reaction reported as news, so the document date is right."),
 10: (T,T,T,F,T,T, "The US warning against sanctions-breaking trade can be THREATEN and the undated background act rightly has no date, but it was aimed at Iraq's neighbours (Syria and others), not Iraq: target should be Iraq's neighbours."),
 11: (T,T,T,T,T,T, "The expected resignation of Abu Ragheb's government is RETREAT resign with future modality and no date ('in the coming days'); coding the PM for his government is accepted (JOR)."),
 12: (T,T,T,T,T,T, "Israeli soldiers (ISR) shot Palestinians (PSE) on Thursday 1998-05-14: ASSAULT firearms, all right."),
 13: (T,T,T,T,T,T, "The Election Commission (THA) 'was still investigating' vote-buying complaints: ACCUSE investigate, going on at the time of the story so the document date is right, no target named; asserted with Abhisit as reporter."),
 14: (T,T,F,T,T,T, "Condemning the bombing is ACCUSE with no named target and a news date, but the source 'opposition leaders' are plainly the Maldivian opposition (the sentence's 'the government' is the Maldives'); the country should be MDV, not empty."),
 15: (T,F,T,T,F,F, "The sentence reports a commitment to consult, made earlier (the 2001 declaration), and the consultation did not happen ('That did not happen'). Type should be AGREE (Cook Islands -> New Zealand), or CONSULT negated; the date should be none (2001), not the document date; modality asserted is wrong for a consultation that did not take place. The target 'us' is New Zealand (NZL); Peters is accepted as its minister."),
 16: (T,T,T,T,T,T, "The EU and France condemned the attack: ACCUSE; the attackers are not named in the sentence, so empty target is right; reaction reported as news: all right."),
 17: (T,T,T,F,F,T, "Abbas dismissing the claims as lies is a REJECT (or ACCUSE) by Abbas (PSE), but the claims are Qaddoumi's and Qaddoumi is named in the sentence: target should be Farouk Qaddoumi (PSE). It answers last month's accusation and is background to the congress story, so it should have no date rather than the document date."),
 18: (T,T,T,F,T,T, "The US drone strike that killed Baitullah Mehsud in August 2009: ASSAULT, USA source and the 2009-08 date are right, but the target adds 'Pakistan', which was not attacked; target should be Baitullah Mehsud (PAK) alone."),
 19: (T,T,T,F,F,T, "The EU welcoming greater civilian control is SUPPORT, but it is aimed at Turkey/Ankara (TUR government), not the Turkish military, which is what is being put under control. 'Has welcomed' is a standing position of unspecified time, not this news: it should have no date, not 2010-02-22."),
 20: (T,T,T,T,T,T, "Netanyahu (ISR) welcomed that no deal was struck: SUPPORT with no party as target, dated as this news: all right."),
 21: (T,T,T,T,F,T, "More than 700 fighters killed is a toll summed over the six-month Sirte offensive (since May), so by the rule it has no date; the document date is wrong. The source is unnamed (empty right) and the target is the pro-government fighters (LBY)."),
 22: (T,T,T,F,T,T, "Modi congratulating Tshering is SUPPORT dated as news, but Tshering is named in the sentence: target should be Lotay Tshering (BTN), not empty."),
 23: (T,T,T,T,T,T, "Kiev calling the Crimean vote illegal: ACCUSE by the Ukrainian government; the sentence names no party (the vote is not a party), so empty target is right by the rule (a coder would add Russia); reaction reported as news."),
 24: (T,T,T,T,T,T, "'Hundreds have been detained' since December 1994 is a summed span: no date is right; no agent named (empty source right), target hundreds in Bahrain (BHR): all right."),
 25: (T,T,F,T,F,T, "'He' is the late Sheikh Zayed bin Sultan al-Nahayan (ARE), not Mohammed bin Zayed: source wrong. His backing of the Palestinians is a lifelong background stance, so it should have no date, not the document date."),
 26: (T,T,F,F,T,T, "PAIGC's backing of Dias is SUPPORT, but both are Guinea-Bissau parties: the source PAIGC should be GNB (not empty) and the target Fernando Dias should be GNB, not AGO. Backing of a standing candidacy takes the document date."),
 27: (T,T,T,F,T,T, "Pakistan's army launching the offensive on Saturday 2009-10-17 is ASSAULT, but the sentence names the party attacked: target should be the Pakistani Taliban (PAK), whose stronghold the troops were sent into."),
 28: (T,T,T,T,T,T, "The US lifting the Sudan embargo on Friday 2017-10-06: RETREAT (ease sanctions), USA -> SDN, all right."),
 29: (T,T,T,T,T,T, "King Abdullah's talks with Maliki and Talabani on Monday 2008-08-11: CONSULT, JOR -> IRQ leaders, all right."),
 30: (T,T,T,T,T,T, "ECOWAS and the AU condemned the 'unconstitutional change of government': ACCUSE; the coup officers are not named in the sentence, so empty target is right; reaction dated as news."),
 31: (T,T,F,T,T,T, "Conceding defeat on Sunday 2010-02-07 is CONCEDE with no named target, but Otton Solis is a Costa Rican candidate: his country should be CRI, not empty (Guevara's CRI is right)."),
 32: (T,T,F,T,T,T, "'They' are the two presidents Bush (USA) and Putin (RUS); the agreement is AGREE, mutual with no target, Thursday 2005-02-24, but the source codes the pair as one Russian group; should be Bush (USA) and Putin (RUS)."),
 33: (T,T,T,F,F,T, "Guillier urging the left to regroup is REQUEST, but the left (Chilean left-wing parties, CHL) is named in the sentence: target should be the left, not empty. The concession speech came within an hour of polls closing on Sunday: date should be 2017-12-17."),
 34: (T,T,T,T,T,T, "Armenia welcomed the French vote: SUPPORT; the sentence names no party (the vote is an act), so empty target is right by the rule; reaction dated as news: all right."),
 35: (T,T,T,T,F,T, "Dozens killed in two days of fighting are ASSAULT on people in Guinea (GIN), no killer named, but the killing happened in the fighting on Friday-Saturday (1996-02-02/03) before Conte was back in control on Sunday: the Sunday date 1996-02-04 is wrong."),
 36: (T,T,T,T,T,T, "Kufuor calling on the opposition (GHA) to join in nation-building: REQUEST dated as this news: all right."),
 37: (T,T,T,T,T,T, "Soldiers (Rwandan army, RWA) opening fire on displaced people at Kibeho in April 1995: ASSAULT firearms dated 1995-04: all right."),
 38: (T,T,T,T,F,T, "Morales blaming 'groups that do not want change' (a common-noun group, BOL) is ACCUSE, but his statement is reported as this news: date should be the document date 2007-11-26, not none."),
 39: (T,T,T,T,T,T, "Vajpayee (IND) thanking voters in a statement on the results day: SUPPORT -> voters (IND), document date 1999-10-07: all right."),
 40: (T,T,T,T,F,T, "Police killed in the FARC raid: ASSAULT, no killer named in the sentence (empty source right), police (COL). But they were killed when the garrison was overrun on Sunday 1998-11-01 (previous sentence); 1998-11-03 is the day of the report, not of the act."),
 41: (T,T,T,T,T,T, "More than 5,400 killed since March is a summed total: no date is right; no killer named; target people in Syria (SYR): all right."),
 42: (T,T,T,T,F,T, "Zuma thanking voters is SUPPORT -> voters (ZAF), but the act is reported as this news (results day): date should be 2014-05-10, not just the month 2014-05."),
 43: (T,F,T,F,T,T, "Washington proposing that Israel hand over 13 percent of the West Bank asks Israel to act: type should be REQUEST (US -> Israel), not AGREE, and the target should be Israel (ISR), named in the sentence. A standing proposal takes the document date."),
 44: (T,T,T,T,T,T, "King Abdullah's visit to Iraq on Monday 2008-08-11: CONSULT visit, JOR -> IRQ, all right."),
 45: (T,T,T,F,T,T, "The SLA (Lebanese militia, LBN) completing its withdrawal from Jezzine on Thursday 1999-06-03 is RETREAT, but the sentence names the party that recovered the ground: target should be Lebanon (LBN), not empty."),
 46: (T,T,T,T,T,T, "Musharraf's resignation 'a week' before Monday 2008-08-25 is RETREAT resign, dated at week precision 2008-W34 (18-24 Aug): all right."),
 47: (T,T,T,T,T,T, "Beijing's liaison office (Chinese government, CHN) praised the vote: SUPPORT; the Legislative Council is not named in the sentence, so empty target is right by the rule; dated as this news."),
 48: (T,T,T,T,T,T, "The NAM summit Mahathir (MYS) opened on Monday 2003-02-24 is a multilateral CONSULT with no target; all right (the blistering attack on Washington, an ACCUSE, was missed but is not this event)."),
 49: (T,T,T,F,F,T, "Kosovo's government condemning the detention as based on a 'politically motivated Serbian warrant' is ACCUSE, but it names Serbia as the party accused: target should be Serbia (SRB). The reaction is reported as this news: date should be the document date 2017-01-05, not none."),
 50: (T,T,T,T,T,T, "Rights groups (no country given) criticised the move: ACCUSE; the US is not named in the sentence, so empty target is right by the rule; reaction dated as news: all right."),
}
items = [json.loads(l) for l in open(HERE + 'events-d-items.jsonl')]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open(HERE + 'events-d.jsonl', 'w') as out:
    for it in items:
        ev, ty, so, ta, da, mo, why = V[it['n']]
        if not ev:
            ty = so = ta = da = mo = False
        v = {"event": ev, "type": ty, "source": so, "target": ta, "date": da, "modality": mo}
        v["all"] = all(v.values())
        o = dict(it); o["verdict"] = v; o["reasons"] = why
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
# counts
rows = [json.loads(l) for l in open(HERE + 'events-d.jsonl')]
for k in ["event", "type", "source", "target", "date", "modality", "all"]:
    print(k, sum(r["verdict"][k] for r in rows))
