"""Write events-b.jsonl from the judge's verdicts (fields: event,type,source,target,date,modality)."""
import json
T, F = True, False
V = {  # n: (event, type, source, target, date, modality, reasons)
 1: (T,T,T,F,T,T, "Jailing of the gunman in April 2019 is a COERCE act with no named jailer (empty source right); the target should be the gunman himself (the Austrian/North Macedonian IS sympathiser), not the countries Austria and North Macedonia."),
 2: (T,F,T,T,T,T, "Announcing aid for Ortega's government is a pledge of aid, which the conventions (wave 76, CAMEO 033) code AGREE, not AID; parties, undated future act and future modality are right."),
 3: (T,T,T,T,T,T, "Gunmen (no country given in the sentence) attacked the Tunisian army barracks and other posts on Monday 2016-03-07; the barracks stands for the Tunisian army (TUN), right."),
 4: (T,T,T,T,T,T, "Riyadh agreed to start local production of Kalashnikovs as part of Thursday's deals (2017-10-05); Russia is not named in the sentence, so the empty target is right."),
 5: (T,T,F,T,F,T, "Source should be Iran's judiciary (IRN), named in the sentence as the convicting authority; the conviction is an earlier, undated background act (pluperfect), so the document date 2023-01-14 is wrong and it should have no date. Akbari as GBR is acceptable for a dual national."),
 6: (T,T,T,F,T,T, "The muted congratulations were offered to Beijing, which the sentence names; target should be China/Beijing (CHN), not empty."),
 7: (T,T,T,T,T,T, "Morrison said he would step down as Liberal leader: RETREAT resign with future modality as the conventions code 'is to step down' (PLOVER's codebook would put a promised resignation under CONCEDE); no date for the future act is right; not a duplicate of the CONCEDE 'conceded defeat'."),
 8: (T,T,T,T,T,T, "Nobel Committee (NOR) praised Ebadi (IRN) on Friday 2003-10-10, the day of the announcement: right in all fields."),
 9: (T,T,T,T,T,T, "China's Foreign Ministry welcomed Nauru's decision; Nauru is not named in the sentence, so the empty target is right by the rules (a coder would add Nauru); document date right."),
 10: (T,T,T,T,F,T, "Clinton's condemnation was in her speech on Tuesday; the date should be 1995-09-05, not the document date 1995-09-06. Target China is right ('without naming China', remarks aimed at the hosts)."),
 11: (T,T,T,T,T,T, "European governments had complained that Berlin (DEU) held them back; earlier undated complaints, so no date is right."),
 12: (T,T,F,T,F,T, "Source should be the protesters (TLP supporters, PAK), named in the same sentence as the obvious hostage-takers; the date 2021-04-12 is the day of Rizvi's arrest, while the hostage-taking happened at some point in the three days of protest (no day given), so it should be the span or the document date."),
 13: (T,T,T,T,F,T, "Qatar's agreement was reached at the Riyadh meeting late on Sunday; the date should be 2014-11-16, not the document date 2014-11-17."),
 14: (T,T,T,T,T,T, "Unknown killers shot the three Kurdish activists, found early Thursday 2013-01-10; the activists are the right target (adding the PKK, whose founding member was among them, is tolerable)."),
 15: (T,T,T,T,T,T, "U.S. urged restraint on 'all sides' (not named in the sentence); empty target acceptable; no date given, document date right."),
 16: (T,T,T,F,T,T, "Kyiv rejected the claim of Russia's Defence Ministry, which the sentence names; the target should be Russia's Defence Ministry (RUS), not empty."),
 17: (T,T,T,F,T,T, "Security forces fired tear gas at the youths manning barricades ('them'); the target should be the youths/protesters (TGO), not the witnesses who reported it."),
 18: (T,T,T,T,T,T, "Two gunmen fired at the tourist centre in Wednesday's attack (2005-04-06); the centre is a building, so an empty target is acceptable."),
 19: (T,T,T,T,T,T, "MSP (DZA) accused officials (DZA) of manipulating the count; no date in the text and 2021-06-15 is the report's dateline date, acceptable."),
 20: (T,T,T,T,F,T, "Britain 'had given' assurances before the asylum was withdrawn: an earlier, undated background act, so the document date 2019-04-12 is wrong; it should have no date."),
 21: (T,T,T,F,T,T, "Moshoeshoe pledged to respect the elected government of Ntsu Mokhehle, which the sentence names; target should be Mokhehle's government (LSO), not empty."),
 22: (T,T,T,T,F,T, "The endorsement is the referendum vote, held on Monday; the date should be 2000-07-10 (the text says people voted on Monday), not the announcement/document date 2000-07-11."),
 23: (T,T,T,F,F,T, "The accused vessel is the North Korean ship Chong Chon Gang, so the target's country should be PRK, not PAN; Martinelli's accusation came before Cuba's Tuesday statement and is undated, so it should have no date, not the document date 2013-07-17."),
 24: (T,T,T,T,T,T, "Saudi warning that it will not tolerate unrest is THREATEN; no target named; present perfect report, document date right."),
 25: (T,T,T,T,F,T, "Labor's accusation against Morrison was made during the campaign after last month's pact, a background act; it should have no date (campaign, April-May 2022), not the document date 2022-05-22."),
 26: (T,T,T,T,T,T, "Total of deaths since September 2000: ASSAULT with Palestinians and Israelis as targets and no date, as the round-20 rule settles."),
 27: (F,F,F,F,F,F, "Spurious: the prime minister and ministers were taken (escorted) to the palace for safety after the blasts; no abduction or other event."),
 28: (F,F,F,F,F,F, "Spurious: officials calling the bombing 'the worst attack of its kind' is a description, not an accusation against the Thai government; no event."),
 29: (T,T,T,T,T,T, "Al-Eryani (YEM) blamed the Houthis (YEM) on Wednesday 2020-12-30, the day of the attack: right."),
 30: (T,T,T,F,T,T, "Khan's government promised in November 2020 to put the matter before Pakistan's parliament; the target should be the TLP (the party the promise was made to, PAK) or empty, not the French parliament."),
 31: (T,T,T,F,T,T, "Russia has backed 'its' (Belgrade's) position; the pronoun refers to Serbia, so the target should be Serbia (SRB), not empty; ongoing support, document date acceptable."),
 32: (T,T,T,T,T,T, "Albanese demanded accountability; Israel is not named in the sentence, so empty target is right; document date right."),
 33: (T,T,T,T,T,T, "U.S., EU and Japan welcomed the agreement; its parties are not named in the sentence, empty target right; document date right."),
 34: (T,T,T,F,T,T, "The attacked groups (ULFA, NDFB, KLO) are Indian separatist rebels; target should be these groups coded IND, not BTN (and ULFA is missing)."),
 35: (T,T,F,T,T,T, "The warrants were issued by the International Criminal Court (an international body, no Sudanese code), not a Sudanese court; source should be the ICC. COERCE (CAMEO 173) and 'last year' = 2007 are right."),
 36: (T,T,T,T,T,T, "Xi agreed (in Thursday's talks, 2025-10-30) to work to stop the fentanyl chemicals flow; no recipient named as such, empty target right."),
 37: (T,T,T,T,F,T, "Houthi attacks on Red Sea shipping are a background series (from November 2023, paused in January per the story); the document date 2025-03-16 is wrong, it should have no date (a span)."),
 38: (T,T,T,T,T,T, "Zambian police officers took Kaunda (ZMB) away for questioning early Thursday 1997-12-25: COERCE arrest, right."),
 39: (T,T,T,F,T,T, "Leonen signed with Mohagher Iqbal of the MILF; the target should be Iqbal/MILF (PHL), not Najib Razak, who only watched."),
 40: (T,T,T,T,T,T, "Separatists occupying the airport terminal on Monday 2014-05-26 is ASSAULT by the conventions' settled rule; right."),
 41: (T,T,T,T,F,T, "'Due to step down in December' refers to December 2009 (story of October 2009, two terms from 1999); the date should be 2009-12, not 2008-12."),
 42: (T,T,T,T,T,T, "Peres met Sultan Qaboos (OMN) in Muscat on Monday 1996-04-01: right; distinct from the 'arrived' and 'reached' events."),
 43: (T,T,T,T,T,T, "Sunak condemned Iran's execution of Akbari; Iran is clearly the party condemned; document date right."),
 44: (T,T,T,T,F,T, "This refers to the recall reported in the lede, made on Wednesday; the date should be 2021-03-17, not unknown."),
 45: (T,T,F,T,T,T, "The boycotting deputies are Kosovo Serb members of Kosovo's assembly; the source's country should be Kosovo (XKX), not Serbia (SRB). Empty target acceptable; Friday 2018-12-14 right."),
 46: (T,T,T,T,T,T, "Mahamat Deby welcomed the accord; parties not named, empty target right; date of the signing report acceptable."),
 47: (T,T,T,T,T,T, "Zelenskiy (UKR) thanked Scholz (DEU); document date right."),
 48: (T,T,T,T,T,T, "BDP (TUR) called on France to find the killers: REQUEST, right; distinct from the 'condemned' event."),
 49: (T,T,T,T,T,T, "The resolution's arms ban on the Taliban (an embargo, CAMEO 163 COERCE) adopted Tuesday 2000-12-19; UNSC as source right."),
 50: (T,T,T,T,T,T, "Lavrov (RUS) urged Kiev (UKR) to halt the operation; no date in text, document date right."),
}
K = ["event","type","source","target","date","modality"]
items = [json.loads(l) for l in open('events-b-items.jsonl')]
with open('events-b.jsonl','w') as out:
    for it in items:
        v = V[it['n']]
        ver = dict(zip(K, v[:6]))
        if not ver['event']:
            assert not any(v[:6])
        ver['all'] = all(v[:6])
        o = dict(it); o['verdict'] = ver; o['reasons'] = v[6]
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
print(len(items))
