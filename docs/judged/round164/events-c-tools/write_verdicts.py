# Writes events-c.jsonl and paragraphs-c-verdicts.jsonl from the judge's verdicts below.
# Verdict fields in order: event, type, source, target, date, modality.
import json
T, F = True, False
ALL = (T, T, T, T, T, T)
SPUR = (F, F, F, F, F, F)
V = {
 1: (ALL, "Ukraine's general staff rejecting Russia's claim is a REJECT ('all rejections and refusals'); 'Ukraine' for its general staff is the same state party with UKR. Target empty is right by the sentence rule ('the claim' names no party; a coder would code Russia from context); no date in the sentence, so the document date is right."),
 2: ((T, T, T, F, F, T), "Target should be the Russian commanders (RUS military), named in the sentence as 'the commanders', not empty. Date should be 2025-04-26, the Saturday of Gerasimov's video meeting with Putin at which he congratulated them (first paragraph), not the document date."),
 3: (ALL, "Crowd protest at home over a royal pardon (an act of the authorities), so Morocco is a right target; 'over the weekend' before Monday 5 Aug is the weekend of 2013-W31 (3-4 Aug)."),
 4: (ALL, "Babis congratulating 'his rival' (Pavel, CZE) is SUPPORT; the description resolves to Pavel with the right country; Jan 28 is the dateline day of the Saturday result."),
 5: (ALL, "Maliki calling on other (Iraqi) parties to join his government is a REQUEST with the right parties; the address is undated, so the document date is right."),
 6: ((T, T, T, F, T, T), "Pulling out of the nuclear deal is SANCTION withdraw by Trump/USA, but the target should be Iran (IRN, the deal's counterpart, named in the sentence), not the United States itself."),
 7: ((T, T, T, F, T, T), "Israel agreeing to release prisoners is AGREE; the target should be the Palestinian prisoners / Palestinians (PSE), the men to be freed, not John Kerry, who only brokered the deal. No date in the text, so undated is right."),
 8: (ALL, "Egypt's foreign ministry condemning the vote is ACCUSE; an empty target is right by the sentence rule ('the vote' names no party; a coder would code Turkey's parliament, TUR); undated statement in this news takes the document date."),
 9: (ALL, "'Would discuss his next steps with his party' is coded CONSULT future as the conventions do for 'will meet'; 'his party' is PDI-P (IDN); a future act with no date is right undated."),
 10: ((T, T, T, F, F, T), "Target should be the parties to the Syrian conflict (the Syrian government and rebels, SYR) referred to by 'them', not the United Nations. Date should be 2016-02-04, the Thursday of the London conference where Ban spoke, not week 2016-W05."),
 11: (ALL, "Sunni leaders blaming Maliki's government is ACCUSE with the right parties (IRQ); a present-tense, ongoing accusation takes the document date."),
 12: ((T, T, T, T, F, T), "Police firing tear gas at demonstrators is ASSAULT crowd-control with the right parties (PAK), but the date should be 2012-09-21, the Friday holiday on which the protests took place, not the Saturday document date."),
 13: (ALL, "Margvelashvili calling on all (Georgian) sides to preserve the foreign-policy course is REQUEST; 'all sides' with GEO is right; undated statement of this news takes the document date."),
 14: ((T, T, T, F, F, T), "Criticising the readmission of Syria is ACCUSE by Western governments (no code right), but the criticised party is the Arab League that voted to end the isolation (or empty by the sentence rule), not Assad. Date should be none: 'have criticised' is a background act of an unknown earlier time, not this news of 19 May."),
 15: ((T, T, T, F, F, T), "Obama praising the continent's growth is SUPPORT, but the target should be Africa ('the continent', a region with no country code), not empty. Date should be 2015-07-28, the Tuesday of the AU speech, not the document date."),
 16: (ALL, "Conceding defeat to Chaves is a verbal concession (CONCEDE) with the right parties (CRI); the concession is undated, so the document date is right."),
 17: ((T, T, T, T, F, T), "Trump meeting Zelenskiy is CONSULT with the right parties, but the date should be 2025-04-26 (the Saturday of the funeral, when the announcement came), not 2025-03, which comes from another sentence's 'in March'."),
 18: (ALL, "North Korean troops sent to the Kursk region is a deployment (MOBILIZE; AID to Russia would also fit), PRK right; 'last autumn' is 2024-FA, and the act sits inside reports, so reported is right."),
 19: ((T, T, F, T, T, T), "Praise of the Afghan police is SUPPORT, but the source General John Allen, the ISAF commander, should be coded NATO/ISAF (or USA), not AFG."),
 20: ((T, F, F, T, T, T), "Type should be MOBILIZE (a deployment of U.S. troops; AID to Uganda would also fit), not a CONSULT visit. Source should be the U.S. soldiers (USA): the text makes plain they are U.S. troops; Uganda as target and 2011-10-12 (Wednesday) are right."),
 21: ((T, T, T, T, F, T), "Zelenskiy accusing Budapest is ACCUSE with the right parties, but the date should be none: 'has accused' is a background statement of an unknown earlier time, not this news."),
 22: (ALL, "Suicide bombers striking police posts is ASSAULT; the bombers' country is not given (empty right), target Afghan police; 'at about the same time' as the Tuesday seizure gives 2011-09-13."),
 23: (ALL, "Bin Daghr accusing the UAE of backing the rebels is ACCUSE with the right parties (YEM -> ARE); undated statement in this news takes the document date."),
 24: ((T, T, T, T, F, T), "Assad attending the Arab League summit is CONSULT (multilateral), but the date should be 2023-05-19, the Friday of the summit, not undated."),
 25: ((T, T, T, F, T, T), "Signing the agreement is SUPPORT between the opposition and the ruling coalition; the target should be Congo's ruling coalition (COD), not Kabila, who the text says was not among the signatories."),
 26: ((T, T, T, T, F, T), "Kinshasa accusing Rwanda and Uganda is ACCUSE with the right parties, but the date should be none: 'has accused' is a background accusation of an unknown earlier time, not this news."),
 27: (ALL, "Dlamini-Zuma welcoming the visit is SUPPORT; an empty target is right by the sentence rule ('the visit' names no party; a coder would code Obama/USA); undated reaction takes the document date."),
 28: (ALL, "Haitian officials asking for a pause in deportations is REQUEST; the sentence names no addressee (the U.S. from context), so empty is right; it is part of the current deportation news, so the document date is right."),
 29: ((T, T, T, F, F, T), "The government agreeing to free the detainees is AGREE, but the target should be the 11 detained politicians (SSD) referred to by 'they', not empty. Date should be 2014-01-23, the Thursday the second agreement was signed, not undated."),
 30: ((T, T, T, T, F, T), "Zarif's resignation is RETREAT resign, but the date should be 2019-02-25 ('announced late on Monday'), not 2019-02-27."),
 31: ((T, T, T, T, F, T), "Kaczynski's stated support for protecting life from conception is a (weak) SUPPORT of a policy with no target, but 'has said' is a background statement of unknown time: the date should be none, not the document date."),
 32: (ALL, "Riot police beating demonstrators is ASSAULT beat with the right parties (MAR), dated Friday 2013-08-02; attribution to activists keeps it asserted."),
 33: (SPUR, "Spurious: Sentsov never accepting Russian citizenship is a personal legal status claimed by his lawyers, not an act of the PLOVER family between political actors."),
 34: ((T, T, T, F, F, T), "Lawmakers ousting the prime minister is SANCTION, but the target should be 'his predecessor', Mustafa Abushagur (LBY), not empty, and the date should be 2012-10-07 (a week before; the no-confidence vote 'on October 7'), not 2012-10-14."),
 35: (ALL, "Opponents accusing Sargsyan is ACCUSE; 'opponents' with no country the text states, target Sargsyan (ARM); 'have long accused' is still going on, so the document date is right."),
 36: (ALL, "A death toll from months of fighting with no named perpetrator: empty source, 3,000 people in Ivory Coast (CIV); a total summed over an earlier span takes no date."),
 37: (ALL, "Germany's pledge of 2.3 billion euros is AGREE (pledge of aid); the recipient is not named in the sentence, so empty is right; pledged at the Thursday conference, 2016-02-04."),
 38: (ALL, "A total killed since March 2011 in Syria: empty source, people (SYR), no date by the round-20 rule; reported_by activists with asserted modality is right."),
 39: (ALL, "Modi holding talks with Sirisena is CONSULT (IND -> LKA) on the Sunday of the visit, 2019-06-09."),
 40: (ALL, "The two leaders signing the declaration is SUPPORT (sign agreement), a mutual event; both China and Australia as parties are right (listing each on both sides is redundant but names the right parties)."),
 41: (ALL, "Orban saying Hungary will not agree to Kyiv's membership is a refusal, coded AGREE negated (as the conventions allow RETREAT negated for 'refused to withdraw'); HUN -> UKR right; background statement with no date is right undated."),
 42: (SPUR, "Spurious: Babis saying he would 'fight for people struggling with high prices' is a figurative fight, not an ASSAULT."),
 43: (ALL, "Calling off the planned NSA talks is SANCTION (halt negotiations); the passive names no agent, so empty source and target follow the text (a coder might code India -> Pakistan from knowledge); 'As recently as August' is 2015-08."),
 44: (ALL, "EU and rights groups criticising the bans and purge is ACCUSE; the sentence names no criticised party (Turkey's government from context), so empty is right; the background criticism is right undated."),
 45: (ALL, "Paz promising 'capitalism for everyone' is AGREE (intent to change policy) with no target; the speech is not dated in the text, so the document date is right."),
 46: ((T, T, T, T, F, T), "India banning Chinese companies' apps is COERCE with the right parties (IND -> CHN), but the date should be 2020-06-29: the ministry announced the block 'late on Monday', not on the document date."),
 47: ((T, T, T, F, T, T), "Declining to condemn Russia is a REJECT asserted by India, but the target should be Russia (RUS) only; Ukraine is the victim of the invasion, not a target of India's refusal."),
 48: ((T, T, T, F, T, T), "Erdogan condemning the attacks is ACCUSE, but the target should be Yemen's Houthi movement (YEM), who carried out the attacks, not the United Arab Emirates, their victim."),
 49: ((T, T, T, F, T, T), "Campaigners urging the government is REQUEST, but the target should be 'the government', the Nigerian government (NGA), not the Swiss government."),
 50: (ALL, "Critics saying Ivanishvili still pulls the strings is ACCUSE (GEO -> GEO); present-tense, ongoing criticism takes the document date."),
}
F6 = ("event", "type", "source", "target", "date", "modality")
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open('events-c.jsonl', 'w') as out:
    for it in items:
        vals, reason = V[it['n']]
        v = dict(zip(F6, vals))
        if not v['event']:
            v = {k: False for k in F6}
        v['all'] = all(v[k] for k in F6)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h59-x231-16", "coder_events": [
   "CONSULT: Narendra Modi (IND) -> Sri Lanka (LKA), first foreign leader to visit since the Easter bombings, 2019-06-09",
   "AGREE: Narendra Modi (IND) -> Sri Lanka (LKA), promising help in fighting terrorism, 2019-06-09",
   "ASSAULT: suicide bombers (unnamed, LKA) -> worshippers at a Colombo church (LKA), dozens killed in the Easter Sunday bombings, 2019-04-21"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's one event is the church killing (ASSAULT, found), but with target 'Colombo church' instead of the worshippers and the document date 2019-06-09 instead of Easter Sunday 2019-04-21. It missed the visit (CONSULT) and the promise of help (AGREE). The wreath-laying is a symbolic act (CAMEO 017), not a PLOVER event."},
 {"doc": "h59-x231-01", "coder_events": [
   "ASSAULT: Afghan and NATO forces (AFG, NATO) -> Taliban gunmen (AFG), killed the last of them, 2011-09-14",
   "ASSAULT: Taliban gunmen (AFG) -> Kabul tower block (AFG), occupied an unfinished tower block, 2011-09-13",
   "ASSAULT: Taliban gunmen (AFG) -> U.S. embassy (USA) and NATO headquarters (NATO), fired rockets for about 20 hours, 2011-09-13"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the killing with the right parties and date; it missed the occupation of the building (ASSAULT by the seizure convention) and the rocket fire at the embassy and NATO HQ in the relative clause."},
 {"doc": "h59-x229-23", "coder_events": [
   "SANCTION: Olaf Scholz (DEU) -> Christian Lindner (DEU), fired the finance minister, 2024-11-06"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The dismissal of a minister is coded as SANCTION (expulsion from the government); the coalition's collapse is its consequence, not a further act. Dateline found nothing."},
 {"doc": "h59-x230-08", "coder_events": [
   "REJECT: several rival blocs (IRQ) -> Nuri al-Maliki (IRQ), say they will not back him for a third term, 2014-05-20"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The election result (seats won, results shown) is not a PLOVER event; the rival blocs' refusal to back Maliki is (REJECT, or SUPPORT negated). Dateline found nothing."},
 {"doc": "h59-x232-13", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Only an election win (Bolsonaro elected, defeating Haddad), which is not a PLOVER event; nothing to code, and dateline coded nothing."},
 {"doc": "h59-x229-06", "coder_events": [
   "RETREAT: Valdis Dombrovskis (LVA) resigned as prime minister, 2013-11-27"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the resignation with the right actor and date. The roof collapse that killed 54 is an accident, not an act between political actors."},
]
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
for p, q in zip(paras, P):
    assert len(p['events']) == q['dateline_events'], p['doc']
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for q in P:
        out.write(json.dumps(q, ensure_ascii=False) + '\n')
