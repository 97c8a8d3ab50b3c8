# Writes events-a.jsonl (item + verdict + reasons) and paragraphs-a-verdicts.jsonl from the
# judgments below (judge a, round 78). Fields not listed as wrong are right.
import json
base = '/work/wt/j78a/docs/judged/round78/'
F = ['event', 'type', 'source', 'target', 'date', 'modality']
# n -> (set of wrong fields or 'spurious', reasons)
J = {
 1: ((), "Crowd rally demanding the PM's resignation: PROTEST by Thai protesters aimed at the authorities, so the Thai government is a right target; Saturday before the Tuesday 1 July story is 2025-06-28."),
 2: ((), "Nine killed in clashes around Thursday's repeat vote (2017-10-26); the sentence does not say which side killed them, so an empty source is right and the target is the nine people in Kenya."),
 3: ('spurious', "No act is reported: the sentence says the deal does not forbid attacks by Hezbollah on Israeli troops; the noun names a kind of attack the deal leaves allowed, not an attack that happened."),
 4: ((), "EU verbal backing of Madrid in the row with Morocco: SUPPORT EU -> Spanish government, reported as this news (document date)."),
 5: ((), "SPLA condemned the arrest: ACCUSE; the arrest's author, the Sudanese security forces of the first sentence, is clearly the party criticised, so the filled target is right; document date right."),
 6: ((), "US, UK and France accused Iran on Friday (2009-09-25, the story day): ACCUSE, all fields right."),
 7: ((), "France urged restraint: REQUEST with no addressee named in the sentence, so the empty target is right; reported as this news."),
 8: ('spurious', "'Sought to calm markets' means 'tried to', not a request: the trigger is in another sense. The codable act in the clause is a pledge (AGREE: Chavez promising to respect private property and honour the foreign debt), which this event does not code."),
 9: ((), "Army detained Brig. Gen. Danilo Lim: COERCE arrest PHL army -> Lim (PHL); no date in the text, reported as this news, so the document date is right."),
 10: ((), "Greece called for an emergency meeting of EU foreign ministers on Tuesday (2020-08-11): REQUEST for a meeting addressed to the EU; right."),
 11: ((), "Police said several people had been arrested after the Addis Ababa grenade attack: COERCE arrest by Ethiopian police of people in Ethiopia; undated, reported as this news."),
 12: ({'source', 'target'}, "The 'Castro' who seized power in 1959 is Fidel Castro (CUB), the subject of the story, not Raul Castro; the target should be dictator Fulgencio Batista (CUB), named in the sentence as the ruler toppled. Type ASSAULT (armed seizure) and year 1959 are right."),
 13: ((), "Background act with its year given: the 1974 Turkish invasion, ASSAULT by Turkey, dated 1974; Cyprus is not named in the sentence, so the empty target is right; reported by the UN force."),
 14: ({'date'}, "The government's rejection of an elected assembly was made at the third round of talks that ended 'about a week' before the announcement, a background act; it should not take the document date 2003-08-27 (about 2003-08-20, no exact day in the text). Source (Thapa's government) and empty target are right."),
 15: ({'date', 'modality'}, "The diplomats only expect the rebels to attack police posts and government offices within weeks: the act is future/hypothetical, not asserted, and a future act 'within weeks' has no date, not the document date. Type, rebels (NPL) and the government target (police posts, government offices) are right."),
 16: ((), "Rebels accused the Nepalese army of killing 19 people: ACCUSE rebels -> army (NPL), made with the announcement (document date)."),
 17: ((), "Kuwaiti interior ministry said it had arrested a number of people after the storming of parliament: COERCE arrest; reported as this news."),
 18: ((), "Nazif will visit Mahalla in the coming days: CONSULT visit, future, no date; Mahalla (EGY) stands for the town's people as host (its kind 'person' is a label slip, but party and country are right)."),
 19: ((), "Standing Taliban accusation (present tense) that Iran arms Masood's alliance: ACCUSE Taliban (AFG) -> Iran, document date right for an ongoing charge."),
 20: ((), "Clerides said he would ask the UN Security Council to condemn Turkey: REQUEST to the UNSC, future, undated; right."),
 21: ((), "Al Shabaab dismissed the vote as organised by foreigners: ACCUSE disapprove; the vote's makers are not named as a party in the sentence, so the empty target is right; reported as this news."),
 22: ({'type', 'source'}, "The letter accused Netanyahu of undermining peace efforts, so the act a coder codes is ACCUSE (King Hussein -> Netanyahu), not CONSULT; King Hussein is Jordan's king, so the source code should be JOR, not IRQ. Date 'earlier this week' = 1997-W11 is right."),
 23: ({'source', 'date'}, "The one who resigned is Abiy's predecessor (Hailemariam Desalegn, ETH), not Abiy Ahmed; 'April' dates Abiy taking office, not the resignation, which came earlier and has no date in the text (should be no date)."),
 24: ((), "Erdogan vowed Turkey would not bow to terrorism: by the conventions' 'refused to withdraw = RETREAT negated' reading this is a negated CONCEDE by Turkey with no named counter-party; accepted, though I would code at most a REJECT toward the bombers and mainly the ACCUSE ('acts of savagery') in the same sentence."),
 25: ((), "Hamas vowed revenge for the strike on Yassin: THREATEN, Israel not named in the sentence so empty target right; 'On the same day' has August 19 as its only dated antecedent, so 2003-08-19 is a defensible reading of the text (the strike may have been on a later, undated day)."),
 26: ((), "M23 captured Bukavu's Kavumu airport on Friday (2025-02-14): taking ground is ASSAULT by the conventions; no target named; right."),
 27: ({'target'}, "Erdogan's commitment to hold off exploration was toward Greece (one of 'the two neighbours' in the sentence); Merkel was only the mediator, so the target should be Greece (GRC). 'Only weeks ago' with no date is right as unknown."),
 28: ((), "Candidates were banned from forming lists or alliances: COERCE ban by unnamed Saudi authorities (empty source right) on candidates (SAU); rule in force for the election being reported, document date accepted."),
 29: ((), "EU and US urged Moldovan protesters to remain peaceful: REQUEST -> protesters (MDA); reported as this news."),
 30: ((), "Nepal security forces put on high alert: MOBILIZE, the forces as actor (the government that ordered it is not named); document date right."),
 31: ((), "Officials accused Turabi of conspiring with the SPLA: ACCUSE Sudanese officials -> Turabi (SDN); right."),
 32: ((), "Georgian court sentenced Saakashvili in absentia in 2018: SANCTION convict, dated 2018; right."),
 33: ((), "BDR troops occupied Pyrdiwah, land held by India: ASSAULT (occupying ground) BGD -> India; background act before Wednesday's clash with no date in the text, so unknown is right."),
 34: ((), "Syria endorsed the truce: SUPPORT; the deal's parties are not named in the sentence, empty target right; reported as this news."),
 35: ({'source'}, "'He' is Sam Rainsy (KHM), who called for an international investigation (the reported_by field even names him); Hun Sen is the man Rainsy blamed, not the one calling. Type REQUEST, empty target and 1997-03-30 are right."),
 36: ((), "Rwandan officials welcomed Clinton's statement: SUPPORT; the statement is not a party and Clinton is not named in the sentence, so the empty target is right."),
 37: ((), "Clashes between opposition supporters and Guinean security forces that have killed 21 since the vote: mutual ASSAULT; a total summed since an earlier time has no date, so unknown is right."),
 38: ((), "Rallies in Plovdiv, Varna and other cities: PROTEST; the sentence names no protesters and no aim, so empty source and target are right by the conventions; Saturday 2013-06-15 is the story day."),
 39: ((), "European governments urged Ankara not to hang Ocalan: REQUEST -> Turkish government; a set of several countries has no single code, empty right."),
 40: ((), "ECOWAS has threatened force to restore Bazoum: THREATEN; the junta is not named in the sentence, empty target right; a standing threat while ECOWAS 'keeps up pressure', document date accepted."),
 41: ((), "At least two people killed in Tbilisi early Thursday 2011-05-26: ASSAULT with no killer named (the story later says a car hit them), not a duplicate of the tear-gas event in the same sentence."),
 42: ((), "Rajoy praised the police: SUPPORT Rajoy -> Spanish police; no date in the text, reported as this news."),
 43: ({'type', 'source', 'date', 'modality'}, "Hun Sen's statement that Rainsy should be arrested is coded as the statement (PLOVER codes threats/demands): THREATEN (arrest) or REQUEST by Hun Sen (KHM) -> Rainsy, asserted, dated as this news (1997-03-30/31); a hypothetical COERCE with no source and no date is wrong in those fields. Target Rainsy is right."),
 44: ((), "Abbas resigned on Saturday 2003-09-06: RETREAT resign; right."),
 45: ({'date'}, "The killing of Rwandans in Clinton's remark is the 1994 genocide, a background act; it should be dated 1994 (as the story gives), not the document date 1998-03-25. Empty source and Rwandans (RWA) are right."),
 46: ((), "Turkish state security court sentenced Ocalan to death on Tuesday 1999-06-29: SANCTION convict; right."),
 47: ((), "Muhyiddin urged Malaysians to accept the king's decision in his Sunday address: REQUEST -> Malaysians (MYS), 2020-03-01; right."),
 48: ({'target'}, "The curfew was imposed on the people of Srinagar (the angry crowds, IND), not on the Indian state, which is the source; target should be the Srinagar residents/protesters (IND). Type, source and 1995-05-11 are right."),
 49: ({'target'}, "The sentence names the accused party: 'the authorities' of Belarus (BLR); the empty target is wrong. Source, type and the document date for a standing, repeated charge are right."),
 50: ({'source'}, "The Foreign Ministry spokesman speaking in Beijing is China's (the same sentence: 'China would not accept'), so the source code should be CHN, not empty. Empty target (the vote) and date are right."),
}
items = [json.loads(l) for l in open(base + 'events-a-items.jsonl')]
assert len(items) == 50 and set(J) == set(range(1, 51))
with open(base + 'events-a.jsonl', 'w') as out:
    for it in items:
        wrong, reason = J[it['n']]
        if wrong == 'spurious':
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h16-x57-18", "coder_events": [
   "MOBILIZE: Oleksandr Turchinov (UKR) -> pro-Russian gunmen (no code), announced a full-scale anti-terrorist operation, 2014-04-13",
   "ASSAULT: pro-Russian gunmen (no code) -> Ukrainian police and security services (UKR), seized police and security buildings in the east, 2014-04-13 (ongoing occupation)",
   "ASSAULT: (unnamed gunmen) -> SBU officer (UKR), killed in a shoot-out near Slaviansk, 2014-04-13"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the killing of the SBU officer (ASSAULT -> officer UKR, right). It missed the announced operation and the gunmen's seizure of buildings (ASSAULT by the conventions)."},
 {"doc": "h16-x60-25", "coder_events": [
   "SANCTION: Constitutional Court (THA) -> Paetongtarn Shinawatra (THA), suspended from duty, 2025-07-01",
   "CONSULT: Paetongtarn Shinawatra (THA) -> Hun Sen (KHM), leaked telephone call, June 2025 (background; month from a later paragraph)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in the lead: the court's suspension of the prime minister, the story's main act, is missed. The petition seeking her removal has no named source in the paragraph and is not listed."},
 {"doc": "h16-x58-11", "coder_events": [
   "ASSAULT: Israel (ISR) -> Palestinians (PSE), artillery shells killed 18 in Beit Hanoun, 2006-11-08"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found with the right type and arguments (Israel -> Palestinians, 2006-11-08, reported by medical officials)."},
 {"doc": "h16-x57-09", "coder_events": [
   "ASSAULT: suicide bombers (no code) -> British consulate-general (GBR) and HSBC headquarters (no code), truck bombs killing 27 incl. the British consul-general, 2003-11-20"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The Istanbul truck bombings (one coordinated attack on two targets) are missed entirely: 'struck' with suicide bombers as subject produced no event."},
 {"doc": "h16-x58-15", "coder_events": [
   "SANCTION: Israel (ISR) -> Egypt (EGY), flew its ambassador and most staff out of Egypt, 2011-09-10",
   "PROTEST: protesters (EGY) -> Israel (ISR), smashed a security wall and broke into the Israeli embassy in Cairo, before 2011-09-10 (no day given in the paragraph)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Both acts missed: the withdrawal of the ambassador and the storming of the embassy (PROTEST riot; ASSAULT would also be defensible)."},
 {"doc": "h16-x57-15", "coder_events": [
   "ASSAULT: Georgian riot police (GEO) -> opposition protesters (GEO), tear gas and rubber bullets to break up the protest, 2011-05-26",
   "PROTEST: opposition protesters (GEO) -> Georgian government (GEO), opposition protest in central Tbilisi, 2011-05-26",
   "ASSAULT: (unnamed) -> two people (GEO), killed, 2011-05-26"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Dateline found the crowd-control assault and the two deaths, both right; the opposition protest itself (object of 'broke up') is not coded."},
]
with open(base + 'paragraphs-a-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')
