# Judge c, round 67: writes events-c.jsonl from the verdicts below (wrong fields per item + reasons).
import json
SPUR = "spurious"
V = {
 1: ([], "Demonstrators shot dead outside the prime minister's office in Albania in January 2011: ASSAULT, shooters unnamed (empty source right), demonstrators ALB, 2011-01; all right."),
 2: ([], "Kuchma ordering a full investigation into the exercises is ACCUSE investigate; the sentence names no party investigated ('those responsible' unnamed), so an empty target is right; reported as this news, document date right."),
 3: ([], "'The rebels' are the Houthis (YEM) accusing Riyadh (SAU government); 'had previously accused' is background of unknown time, so no date is right."),
 4: (["target"], "Servicemen abducting and raping a schoolgirl is ASSAULT with the right source and date (September 1995), but the sentence names the victim: target should be the 12-year-old schoolgirl (Okinawa, JPN), not empty."),
 5: ([], "Russia accepting British and Norwegian offers of help is AGREE (RUS -> GBR, NOR) on Wednesday 2000-08-16; all right."),
 6: (["source"], "Announcing a ceasefire that took immediate effect is RETREAT ceasefire (CAMEO 0871) on Wednesday 2003-01-29, mutual so empty target is right; but the Maoist rebels carry no country code where the text makes plain they are Nepal's rebels: source should be Nepal's government (NPL) and the Maoist rebels (NPL)."),
 7: ([], "Sharif's policy pledge to rebuild the economy is an expressed intent (CAMEO 034 family, PLOVER AGREE) with no other party named, so empty target is right; the victory speech is this news, document date right. A coder could also treat a domestic pledge as no event; I keep it."),
 8: (["target"], "'I congratulate society on its first victory' is SUPPORT by Zourabichvili (GEO), but it is addressed to Georgian society (the protesters, GEO civilians), not the Georgian government, which she opposes: target should be Georgian society (GEO)."),
 9: (["target"], "Parliament approving the bill in first reading on Tuesday 2023-03-07 is SUPPORT (approve policy) by the Georgian parliament; the sentence names no party acted upon (the bill is not a party), so the target should be empty, not Georgia."),
 10: (["date"], "Calling for dialogue is REQUEST by Western governments and the AU with no party named as addressee (empty target right); but 'have called' in the background paragraph is an earlier act of unspecified time, not this news: date should be none, not the document date 2018-10-22."),
 11: ([], "The Solomon Islands cabinet voting to establish ties with Beijing is SUPPORT (initiate diplomatic ties) SLB -> CHN on Monday 2019-09-16; all right."),
 12: (["target"], "Government forces seizing Qusair is ASSAULT (settled convention) by Syrian forces on Wednesday 2013-06-05, but the sentence names the party the town was taken from: target should be the Syrian rebels (SYR REB), not empty."),
 13: ([], "Zourabichvili welcoming the decision is SUPPORT; 'the decision' is an act, not a party, so empty target is right by the conventions (Georgian Dream, GEO, would also be right); document date right."),
 14: ([], "The woman's two sons killed in Bentalha in 1997 is ASSAULT with unnamed killers (empty source right) and the sons (DZA) as target, dated 1997; all right despite the odd name."),
 15: ([], "Lowassa's camp rejecting the partial results is REJECT by Lowassa (TZA); the results' issuer is not named (empty target right); reported as this news, document date right."),
 16: ([], "EU leaders agreeing in March to open talks with North Macedonia and Albania is AGREE EU -> MKD, ALB, dated 2020-03; all right."),
 17: ([], "Protesters storming and torching the Iranian consulate in Basra on Friday 2018-09-07 is PROTEST riot by Iraqi protesters against the Iranian consulate (IRN); all right (ASSAULT destroy would also be defensible)."),
 18: ([], "Irish voters rejecting the EU's Lisbon Treaty is REJECT IRL -> EU; results shown on Friday 2008-06-13, the only date the text gives; all right."),
 19: ([], "Police using water cannon and tear gas on crowds is ASSAULT crowd-control by Georgian police on the Tbilisi crowds, placed by the narrative on Tuesday 2023-03-07; all right."),
 20: ([], "A son shot dead by police in 2017 is ASSAULT firearms, Philippine police -> the son (PHL), 2017; all right."),
 21: (["target"], "The Security Council demanding an immediate end to hostilities earlier this month (1999-02) is REQUEST yield, but the demand is on the warring parties: target should be Ethiopia (ETH) and Eritrea (ERI) ('both countries'); 'all states' is the target of the separate arms-sales appeal."),
 22: (["target", "date"], "The suicide bombing of the hotel is ASSAULT with unknown bombers (no code right), but the sentence refers to the president ('his', 'he') and Kenya's foreign minister: target should be President Hassan Sheikh Mohamud (SOM); date should be September 2012 (two days after his election, 'weeks' before the report), not 2011-10, which comes from another sentence."),
 23: (SPUR, "Spurious: 'the anniversary of Japan's World War Two surrender' is a date reference to a 1945 event, not an act reported in the story (and 2012-07 is not its date)."),
 24: (SPUR, "Spurious: Dhlakama 'retreated to the base' means he withdrew to a bush hideout in defiance of the government, not a RETREAT (material concession or withdrawal from territory to an opponent); no PLOVER act here."),
 25: ([], "The US and EU congratulating Tunisians on the vote is SUPPORT USA, EU -> TUN, reported from the Oct 27 dateline; all right."),
 26: (["date"], "Prachanda's CPN (Maoist) calling for 'a meaningful dialogue' is REQUEST (meet) from NPL rebels with no addressee named (empty target right); but it is this news, the ceasefire statement: date should be 2003-01-29/the document date 2003-01-30, not unknown."),
 27: (["source"], "The accusation of corruption against Defence Secretary Reyes (PHL) is ACCUSE with document date acceptable, but the accuser is 'the group' of mutineers led by Trillanes and Gambala: source should be the mutinous soldiers (PHL), not the navy as an institution."),
 28: ([], "Biden and Putin agreeing on Wednesday 2021-06-16 to return ambassadors and begin arms talks is a mutual AGREE (USA, RUS); all right."),
 29: ([], "Gama calling for an immediate ceasefire is REQUEST (yield) by Portugal's foreign minister (PRT) with no addressee named; reported as this news, document date right."),
 30: (["target", "date"], "Pezeshkian's call for constructive engagement with the West to lift sanctions is a REQUEST by Pezeshkian (IRN), but the sentence names the West: target should be the West (Western governments, no code); and 'has called' refers to his campaign before the runoff, so the date should be none (or the June-July 2024 campaign), not the document date."),
 31: (["target"], "The Arab League condemning the strike is ACCUSE disapprove (ARL), but it condemns the striker, not the victim: target should be the United States (USA), not Sudan."),
 32: (["date"], "Authorities blocking video platforms during the lawmakers' online session is COERCE censor by the Tunisian authorities (TUN), asserted with the lawmakers as reporters; the session was held on Wednesday, hours before the dissolution: date should be 2022-03-30, not the document date 2022-03-31."),
 33: (["target"], "Police firing tear gas on Sunday 2024-02-04 is ASSAULT crowd-control by Senegalese police (SEN), but the sentence names those gassed: target should be the opposition supporters (SEN), not empty."),
 34: (["target"], "Musharraf's government banning militant groups in January 2002 is COERCE ban by Pakistan's government (PAK), but the groups banned are the Pakistan-based militants: target should be the militant groups (PAK, or no code), not IND."),
 35: (["target"], "The State Department urging dialogue is REQUEST (USA) dated by the document, but 'both sides' are Venezuela and Colombia: target should be Venezuela (VEN) and Colombia (COL), not 'sides' with no code."),
 36: ([], "Dhlakama accusing Frelimo of monopolising power is ACCUSE MOZ -> Frelimo (MOZ), at the time of his move about a year before (2012); all right."),
 37: ([], "Australia, Japan and Chile lodging formal protests with Paris is ACCUSE (complain officially, CAMEO 114) -> France (FRA), reported as this news; all right."),
 38: (["target"], "The protocol's pledge that Israeli forces will pull out of Hebron is CONCEDE (promised withdrawal) by Israel, agreed early on Wednesday 1997-01-15 and asserted as a pledge; but the sentence names the party the city is handed to: target should be the Palestinian police / Palestinians (PSE), not empty."),
 39: ([], "Relatives of Lockerbie victims welcoming the admission is SUPPORT by the relatives (mixed nationality, no code right); 'the admission' is an act, so empty target is right; document date right."),
 40: (["date"], "Candidates and supporters detained is COERCE arrest with no agent in the sentence (empty source right) and Senegalese opposition supporters as target; but it happened with Sunday's dispersal: date should be 2024-02-04, not 2023-02-25 (a number from the '25 February' election date)."),
 41: (["target", "date", "modality"], "France threatening a veto is THREATEN (FRA), but the threat presses Libya ('unless Libya improved compensation'): target should be Libya (LBY) (the UK only sponsors the resolution); the threat was made, so modality should be asserted (only the veto is conditional) and date the document date 2003-08-16, not unknown."),
 42: (["target", "date"], "American missiles destroying the plant is ASSAULT destroy by the US, asserted, but the plant is in Sudan's capital: target should be Sudan (SDN); and the text dates the attack 'late on Thursday': date should be 1998-08-20, not unknown."),
 43: ([], "The UN and AU condemning the coup attempt is ACCUSE disapprove; 'the attempt to seize power' is an act, no party named, so empty target is right (the mutineers would also be right); document date right."),
 44: ([], "Japan demanding an apology and compensation from China on Sunday 2005-04-10 is REQUEST JPN -> CHN; all right."),
 45: ([], "Spain calling for calm is REQUEST (ESP) with no addressee; 'both sides' is the object of its ties, not of the call, so empty target is right; document date right."),
 46: (["date"], "More than 3,000 killed or disappeared under Pinochet is ASSAULT against Chileans (CHL), killers not named (empty source acceptable; Chile's military government would be better), but it is a total over 17 years (1973-1990): by the conventions it has no date, not the document date 2000-08-09."),
 47: (["date", "modality"], "Iraq accusing Washington of seeking a pretext for war is ACCUSE IRQ -> USA, but the accusation was made (past 'accused'), so modality should be asserted, not future; and it is this news, in the letter delivered Wednesday: date should be 2002-11-13 (or the document date), not unknown."),
 48: ([], "The government spokesman dismissing the mutineers as 'a handful of adventurers' is ACCUSE disapprove, Guinea-Bissau government -> mutineers (GNB), document date right; all right."),
 49: (["target"], "The rebels attacking army and police posts in November 2001 is ASSAULT by Nepal's Maoist rebels (NPL), but the sentence names the targets: target should be Nepal's army and police (NPL MIL/COP), not empty."),
 50: ([], "Human rights groups calling for Anwar's release is REQUEST yield by the groups (no code); the detaining government is not named in the sentence, so empty target is right; document date right."),
}
F = ["event", "type", "source", "target", "date", "modality"]
out = open('events-c.jsonl', 'w')
for l in open('events-c-items.jsonl'):
    it = json.loads(l)
    wrong, reason = V[it['n']]
    if wrong == SPUR:
        v = {f: False for f in F}
    else:
        v = {f: (f not in wrong) for f in F}
    v['all'] = all(v[f] for f in F)
    it['verdict'] = v
    it['reasons'] = reason
    out.write(json.dumps(it, ensure_ascii=False) + '\n')
out.close()
