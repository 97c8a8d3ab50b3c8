# Writes events-d.jsonl and paragraphs-d-verdicts.jsonl from the judge's hand verdicts below.
import json
F = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields, reasons); "SPURIOUS" = event false
V = {
1: ([], "Meeting reported (the king received Basri, Tuesday 9 Nov per the lead); CONSULT is mutual, so either direction is right. Not scored: reported_by should be the royal palace, not Basri."),
2: ([], "Condemnation by the State Department; the detainers are not named or referred to in the sentence, so an empty target is right by the rules (a coder would otherwise name the Belarus authorities). 25 March is the dateline day."),
3: (["type", "source", "target", "date", "modality"], "Saying they would not attend another summit without Cuba is a conditional boycott threat: type should be THREATEN (CAMEO 1312), asserted, dated 2012-04-16 (document date). Source should be the (Latin American) presidents with no country code, not USA; target should not be the OAS, which is named only as the body Cuba was suspended from (empty)."),
4: (["target"], "Bahrain condemned what it called (Iranian) interference; Iran/Tehran is named in the same sentence and is clearly the party criticised: target should be Iran (IRN)."),
5: ([], "Call on the international community to respond; all fields right."),
6: ([], "Erdogan rejected a demand whose author the sentence does not name; empty target right; Friday 17 Dec from the dateline."),
7: (["source"], "The ban is the court's (\"court officials said after the ruling\"): source should be the Supreme Court of Crimea (Russian-run, RUS), not empty. Restates the lead's ban, but it is a different sentence so not a duplicate by the rules."),
8: ([], "Arrest of Azzam in Nov 1996; arresting authority not named, empty source right."),
9: ([], "Appeal for caution by (Cuban exile) community leaders in Miami; marginal but a request; CUB accepted for an exile group (the GOV sector is wrong but sectors are not scored)."),
10: (["target", "modality"], "\"hinted that Japan would not ratify\" is hypothetical by the conventions (\"officials hinted they would reject\"), not negated; the ratification has no party as target (the Americans are in the condition), target should be empty."),
11: ([], "Rwanda's troop deployment, still in place when the story is told; destination not named in Rwanda's clause, empty target accepted."),
12: ([], "Obama not supporting legalisation read as a negated SUPPORT (like \"refused to\" = negated act); the proposers are not named in the sentence, empty target right."),
13: ([], "Kim-Koizumi summit in September 2002; right."),
14: (["target"], "Trzaskowski conceded the election to Duda, who is named in the same sentence: target should be Andrzej Duda (POL)."),
15: (["type", "date", "modality"], "\"would work closely with the government\" is a pledge to cooperate: AGREE (CAMEO 030), asserted, dated with the statement (document date 1999-05-30), not a future COOPERATE with no date."),
16: ([], "Security forces firing live rounds at crowds overnight into Saturday 5 Oct; right."),
17: ([], "Summoning India's ambassadors in protest (ACCUSE), Sunday 5 June; right. (dateline's e2 PROTEST for the same summons is the duplicate, not this one.)"),
18: ("SPURIOUS", "Duplicate: throwing stones at police and setting cars on fire are one riot by the same youths, already coded from this sentence as e4 (PROTEST riot, \"threw\")."),
19: ([], "Guterres called for an investigation; party investigated not named, empty target right; Friday 30 March from the paragraph's context (Friday reactions)."),
20: ([], "Zhang summoned Anami and protested, late on Wednesday 24 March 2004; right."),
21: (["target"], "Russia criticised the envoy's measures and the envoy is referred to in the sentence (\"oversees the envoy\"): target should be the High Representative Miroslav Lajcak (international office, no country code)."),
22: ([], "Bush expected to meet Mahathir at APEC in Bangkok, undated future; right."),
23: ([], "General Proano urged Ecuadoreans to settle differences peacefully, Wednesday 17 May; right."),
24: (["date"], "The militia head was killed on Monday evening (next sentence): date should be 2025-05-12, not the document date 2025-05-13."),
25: (["source", "target", "date"], "\"the prime minister\" is Mahathir, not John Howard: source should be Mahathir Mohamad (MYS); target should be the world's Muslims (named group, no country code); the urging was in Thursday's speech, date should be 2003-10-16."),
26: (["type", "source", "date"], "Armed rebels raiding police stations is an armed attack: ASSAULT (COERCE seize is for authorities' raids); the armed men are plainly Nepali (Maoists, stations in Rolpa/Rukum), code NPL; the raids were on Tuesday night, date should be 1996-02-13."),
27: (["date"], "The arrest took place \"several days ago\" (paragraph 4), not on Tuesday when it was announced: date should be undated / before 1997-02-18, not 1997-02-18."),
28: ([], "Opposition leaders denounced the attempt; attacker not named in the sentence, empty target right; right."),
29: (["source", "target"], "The troops being sent are Philippine armed forces (their chief is named in the sentence): source should be the Philippine military (PHL); Mindanao is where they come from, not a target: target should be empty (or the MNLF rebels)."),
30: ([], "Parliament's approval of the amendment coded SUPPORT (approve policy), Wednesday 12 Nov; right."),
31: ([], "Fawehinmi welcomed the releases; \"this step\" is an act, not a party, so empty target right."),
32: ([], "Rights groups welcomed the ICC warrants; court not named in the sentence, empty target right."),
33: ([], "Police briefly held the people inside Viasna's offices: a detention distinct from the raid (e4); right."),
34: ([], "Asset freeze distinct from the embargo (e1); SANCTION discontinue fits; Monday 3 Nov; right."),
35: (["date"], "The EU's criticism is background listed with earlier Western measures (\"has already imposed\"), an undated earlier act: no date (unknown) is right, not the document date."),
36: ([], "Statkevich detained before the march, Saturday 25 March; right."),
37: (["target", "date"], "Russia, Iran and India back Massoud (\"He ... is backed by\"), not the Taliban: target should be Ahmad Shah Massoud (AFG); the backing is a present state, so the document date 2001-09-10, not 1996 (the year Kabul was captured)."),
38: ([], "Solheim expected to meet the Tigers' political wing, future and undated; right."),
39: ([], "Slaa called for a recount on Thursday 4 Nov (previous sentence); addressee not named, empty target right."),
40: ([], "State Council backed the postponement; Lam not named in this sentence, empty target right."),
41: ([], "Saleh phoned Zapatero; right."),
42: (["type"], "Parliament scrapping term limits is no RETREAT (no release, withdrawal or material concession): if coded at all it is SUPPORT (approving the amendment), as in item 30."),
43: ([], "Two Serbs shot dead in August 2003; attacker not named; right."),
44: (["target"], "Djukanovic conceded defeat \"to Jakov Milatovic\": target should be Jakov Milatovic (MNE)."),
45: ([], "Signing of the defence pact by MBS and Sharif, Wednesday 17 Sept (mutual); right."),
46: ([], "Earlier US warning of grave consequences (THREATEN), undated; Pakistan not named, empty target right."),
47: ([], "The decree allows detention without charge: a permitted (hypothetical) COERCE by the Bolivian authorities on people, undated; accepted."),
48: ([], "Salman arrested in December 2014; right."),
49: (["target"], "The inquiry is \"into the air force's response\": target should be the Indian air force (IND), named in the sentence."),
50: (["target"], "The parties are plainly Kosovo's parties (Kosovo election story): the target needs Kosovo's code (XKX/KOS), not empty."),
}
items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50
with open('events-d.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            v = {f: (f not in wrong) for f in F}
        v['all'] = all(v[f] for f in F)
        o = dict(it); o['verdict'] = v; o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')

P = [
 {"doc": "h29-x110-20", "coder_events": [
   "COERCE: Saudi-led coalition (SAU) -> Yemen (YEM), closing all of Yemen's air, sea and land ports (blockade, CAMEO 191), 2017-11-06",
   "ASSAULT: Houthi rebels (YEM) -> Saudi Arabia (SAU), fired a ballistic missile towards Riyadh, 2017-11-04 (Saturday night, per paragraph 2)",
   "ACCUSE: Saudi-led coalition (SAU) -> Iran (IRN), accused of supplying the missile, 2017-11-06"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Found the missile attack (date given as 2017-11-06, wrong) and the accusation (source given as Yemen, should be the Saudi-led coalition); missed the closure of the ports."},
 {"doc": "h29-x111-13", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result (declared winner, beat his rival): no PLOVER act between political actors."},
 {"doc": "h29-x110-19", "coder_events": [
   "SANCTION: Bahraini court (BHR) -> Ali Salman (BHR), sentenced to four years, 2015-06-16",
   "ACCUSE: United States (USA) and rights groups -> Bahrain (BHR), criticism of the verdict, 2015-06-16",
   "ACCUSE: Iran (IRN) -> Bahrain (BHR), angry response to the verdict, 2015-06-16"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found the sentence; missed the criticism by the US and rights groups and Iran's angry response (the US and rights groups counted as one act with two sources)."},
 {"doc": "h29-x111-19", "coder_events": [
   "ASSAULT: unknown attackers -> people in Kabul (AFG), truck bomb killing at least 90 and wounding 400+, 2017-05-31"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found (date value '2017-05-31TMO', morning of Wednesday). The Taliban's 2001 ouster is a background time reference, not coded."},
 {"doc": "h29-x109-13", "coder_events": [
   "SUPPORT: Armenia (ARM) <-> Azerbaijan (AZE), presidents signed a joint declaration, 2008-11-02",
   "AGREE: Armenia (ARM) <-> Azerbaijan (AZE), pledging to seek a political settlement of Nagorno-Karabakh, 2008-11-02",
   "CONSULT: Armenia (ARM) <-> Azerbaijan (AZE), talks hosted by Russian President Medvedev (RUS, third party), 2008-11-02"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Found the signing and the pledge (the pledge taken as a codeable commitment in its own right); missed the Medvedev-hosted talks (CONSULT)."},
 {"doc": "h29-x109-15", "coder_events": [
   "ASSAULT: riot police (UKR) -> protesters (UKR), fired tear gas, 2012-07-04",
   "PROTEST: protesters (UKR) -> Ukraine (UKR) state, protest over the Russian-language law outside the Kiev conference hall, 2012-07-04",
   "AGREE: parliament speaker Volodymyr Lytvyn (UKR) -> (none), offered to resign (CAMEO 0341), 2012-07-04"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Found the tear gas and the offer to resign; missed the protest itself (aimed at a law, so the state is its target)."},
]
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + '\n')
