# Judge c, round 124: write events-c.jsonl from the verdicts below (fields not listed are true).
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
V = {
 1: ([], "Polish officials (POL) praise Putin (RUS) on the day of the ceremony reported; SUPPORT asserted, document date right."),
 2: (['source', 'date'], "Source should be India's foreign secretary Sujatha Singh (IND), not PAK; date should be 2014-08-25, not 2013 (the story is of August 2014). CONSULT visit to Pakistan's government with the planned (future) modality is acceptable."),
 3: ([], "Chechen separatist leaders (RUS) denounce Kadyrov (RUS): ACCUSE, undated act reported as this news takes the document date."),
 4: ([], "The ICJ (UN body) rejected Argentina's demand on Tuesday 2010-04-20: REJECT, right."),
 5: ([], "Rodriguez (for the Cuban government, CUB) accused Washington (USA); the source is coded as his government rather than the minister himself, which I accept as the same Cuban government actor."),
 6: ([], "Western governments (no single country code) welcomed the transfer of power; the sentence names no party welcomed, so an empty target is right."),
 7: ([], "A total of killings summed since 1999 with no perpetrator named: empty source, people of Nigeria (NGA) as target and no date are right by the conventions."),
 8: ([], "Yerevan (ARM) denounced Azerbaijan's (AZE) checkpoint; the denunciation is undated news, document date right."),
 9: (['date'], "REQUEST by Magarief (LBY) to Libyans (LBY) is right, but the speech came after the vote held late on Thursday, so the date should be 2012-08-09, not the Friday document date."),
 10: ([], "Police (IRN), named in the sentence, made the arrests of 300+ people (IRN); arrests reported as this news without a date take the document date."),
 11: ([], "30 rebels (LTTE, LKA) killed in Tuesday's offensive (1997-05-13); the sentence names no killer, so an empty source is right."),
 12: (['target'], "Noboa (ECU) backed the campaign of strikes; the party supported, the Trump administration (USA), is named in the same sentence, so the target should be the Trump administration (USA), not empty."),
 13: ([], "Passive arrests with no agent named: empty source and people of Chad (TCD) right; the text gives no date for the arrests, so unknown is right."),
 14: ([], "ECOWAS (IGO) expressed support for Barrow (GMB): SUPPORT, right."),
 15: (['source'], "The offensive is the Yemeni government's, so the source should be the Yemeni government/army (YEM), not AQAP; the target (the group's fighters, YEM) is right, and an offensive still under way takes the document date."),
 16: ([], "August 2004 grenade attack on an Awami League rally (BGD) with no attacker named; the target (the party and its leader killed) and 2004-08 are right (the mode should be explosives, not firearms, but mode is not scored)."),
 17: (['target', 'date'], "'some of them' refers to the accused opposition figures (TUN), so the target should be those defendants, not empty; the accusation is background from the case before the trial, not news of 2025-04-19, so the date should be unknown."),
 18: (['target', 'date'], "Deuba (NPL) asked Washington and London for support: the target should be the US (USA) and UK (GBR) governments named in the sentence; the date should be 2002-05 ('earlier this month'), not the document date."),
 19: (['target'], "Netanyahu accused 'extremist forces' (the party is right) but the text does not make them Israeli; the country code should be empty, not ISR."),
 20: ([], "Putin and Kim met on Thursday 2019-04-25; mutual CONSULT between RUS and PRK, right."),
 21: (['source', 'target'], "Target should be the candidates killed (COL), not the paramilitaries; the source should be the FARC and right-wing paramilitaries (COL), who are blamed in the sentence."),
 22: ([], "North Korea's (PRK) second nuclear test in May 2009: MOBILIZE weapons test, right."),
 23: ([], "Soviet authorities (SUN) blamed Nazi Germany (DEU) for decades: ACCUSE, with no single date, so unknown is right."),
 24: (['date'], "Rama's (ALB) promise to bring Albania into the EU is an AGREE (pledge) made during the campaign; the text gives it no date, so it should be undated, not Monday 2025-05-12 when the results were released."),
 25: (['event'], "Spurious: 'warned that his republic could not cope' is a statement of hardship, not a THREATEN; his appeal for federal help is coded separately (e6)."),
 26: (['target'], "Ota (JPN) refused to sign the land-lease documents against Tokyo's demand ('collision course with Tokyo'); the target should be the Japanese central government (JPN), not the US government."),
 27: ([], "The Hanoi summit between Kim (PRK) and Trump (USA) in February 2019 is a CONSULT; date 2019-02 right."),
 28: ([], "Indonesia (IDN) recalled its ambassador from Australia (AUS) on Friday 2006-03-24: SANCTION, right."),
 29: ([], "Uganda (UGA) and Sudan (SDN) presidents signed the agreement on Wednesday 1999-12-08: SUPPORT (sign agreement), mutual, right."),
 30: ([], "The FBI (USA) has been investigating the incidents (no party named): ACCUSE investigate, ongoing so document date, right."),
 31: ([], "Baku (AZE) has accused Armenia (ARM): ACCUSE, a standing accusation takes the document date."),
 32: ([], "ECOWAS (IGO) condemned the assault; the condemned thing is an act, so an empty target is right; date 2012-05-21 (the story's own dateline) accepted."),
 33: (['source', 'target', 'date'], "'They killed one man' is the sheikh's restatement of Abu Risha's killing: the source should be al Qaeda / the Islamic State of Iraq (IRQ), not tribal leaders; the target is Abu Risha (IRQ), not USA; the date should be 2007-09-13 (Thursday), not the document date."),
 34: (['type'], "Protesters torching buses and government buildings in post-election unrest is a violent riot: type should be PROTEST (riot), not ASSAULT; protesters (TZA) and the undated document date are right."),
 35: (['target', 'date'], "Target should be Nouri alone (IRN); Khatami is only mentioned as his ally; the verdict was read out late on Saturday, so the date should be 1999-11-27, not the Sunday the lawyer spoke."),
 36: (['type', 'date'], "Ordering foreign troops out of the country is an expulsion, so the type should be SANCTION (expel; CAMEO 166), not REQUEST; 'over the past year' is the 12 months to April 2023, so the date should be that span (undated), not 2022."),
 37: (['source', 'target'], "The rejecter is the Armed Islamic Group (GIA, DZA), not the diplomats who report it, and the target should be the FIS leadership (DZA), not 'authority'."),
 38: (['date'], "The state of emergency was declared in April 2017 (after Palm Sunday 2017), so the date should be 2017-04, not the document date; COERCE with no actor named is otherwise right."),
 39: (['date'], "Washington (USA) backed Inzko's threat; an empty target is right because 'the threat' is an act, not a party; but the backing is background from before Friday's climbdown, so the date should be unknown, not the document date."),
 40: (['source'], "The killings were 'in clashes between rival factions', so the source should be the rival Alliance for Democracy factions in Oyo (NGA), not empty; target and unknown date ('in recent weeks') are right."),
 41: ([], "Gruevski (MKD) convicted in May 2018, court not named: SANCTION convict, right."),
 42: (['type'], "A travel warning telling Americans not to travel to Cuba is advice, not a threat: type should be REQUEST (State Department, USA, to Americans, USA); last week 2017-W39 is right."),
 43: ([], "Albanese (AUS) congratulated Manele (SLB): SUPPORT, right."),
 44: ([], "ECOWAS (IGO) condemned the coup attempt; no party named, empty target right."),
 45: (['source'], "The protesters rallying in Jakarta are Indonesians (IDN), not Australians; target Australian embassy (AUS) right; date Friday 2006-03-24 accepted as the day of the story's news."),
 46: ([], "The US (USA) expelled 15 Cuban diplomats (CUB) on Tuesday 2017-10-03: SANCTION (expel), right."),
 47: ([], "At least 20 people (SAU) detained 'since the weekend', with no agent named: the count is summed over a span, so no date is right."),
 48: (['type', 'date'], "Officers slamming Said's head is a physical assault: type should be ASSAULT (beat), not ACCUSE; the beating happened on June 6, 2010 (the day he died), not 2010-06-25."),
 49: (['target'], "Netanyahu (ISR) urged the public: the target should be the Israeli public (ISR), named in the sentence, not empty."),
 50: (['target'], "The authorities urged are Chad's military government (TCD), not German authorities; the target should be Chad's authorities (TCD)."),
}
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open('events-c.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        v = {f: f not in wrong for f in F}
        if not v['event']:
            v = {f: False for f in F}
        v['all'] = all(v[f] for f in F)
        it = dict(it); it['verdict'] = v; it['reasons'] = reason
        out.write(json.dumps(it, ensure_ascii=False) + '\n')
