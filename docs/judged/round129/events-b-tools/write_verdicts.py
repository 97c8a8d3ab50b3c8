"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's hand verdicts below, then check them."""
import json

T, F = True, False
# n: (event, type, source, target, date, modality, reasons)
V = {
1: (T,T,T,T,T,T, "Bremer (USA) condemning the bombings is ACCUSE; the sentence names no perpetrator (\"the bombings\" is an act), so the empty target is right, and the undated statement reported as this news takes the document date."),
2: (T,T,T,T,T,T, "\"Has long opposed\" cross-border deliveries is a REJECT stance still held when the story is told, so it takes the document date; the sentence names no party as the one rejected, so the empty target is right."),
3: (T,T,T,T,T,T, "The peshmerga officials' renewed appeal to Baghdad (and the West) for weapons is a REQUEST with the Iraqi government as a right target; undated, reported as this news, so the document date is right."),
4: (T,T,T,T,T,T, "Jailing of Chun and Roh Tae-woo is COERCE arrest with no jailer named (empty source right); the decade value 199 matches the text's \"in the 1990s\"."),
5: (T,T,T,T,T,T, "Papandreou welcoming the meeting is SUPPORT; the meeting's parties are not named in this sentence, so the empty target is right; undated reaction takes the document date."),
6: (T,T,T,T,T,T, "Israel launching its offensive is ASSAULT dated March 29 as the text says; the sentence names no party attacked, so the empty target is right."),
7: (T,T,T,F,T,T, "SUPPORT by the liberal deputies is right, but \"the minister\" is Information Minister Sheikh Saud Nasser al-Sabah (KWT), not Crown Prince/PM Sheikh Saad al-Abdullah al-Salem al-Sabah."),
8: (T,T,T,F,T,T, "Capturing Tarhouna is ASSAULT (convention) by GNA forces (LBY) on Friday 2020-06-05; the sentence names the party whose stronghold was taken, so the target should be Khalifa Haftar's forces (LNA, LBY), not empty."),
9: (T,F,T,T,T,T, "Putin warning that recognising Kosovo's declaration would set a dangerous precedent announces no coercive act by Russia; it is disapproval of recognition, type should be ACCUSE (disapprove), not THREATEN. Source, empty target (the recognising states are not named), date and modality are right."),
10: (T,T,T,F,T,T, "\"Said it stood with its ally\" is SUPPORT by the State Department, but \"its ally\" refers to the Philippines, so the target should be the Philippines (PHL), not empty."),
11: (T,T,T,T,T,T, "NATO members expected to sign an accession protocol with North Macedonia is SUPPORT (sign) in the future; \"in the coming weeks\" gives no date, so no date is right."),
12: (T,T,T,T,F,T, "NATO inviting Latvia to join is AGREE (invitation), future, with the right parties, but the text dates it: \"at a summit in Prague next month\", so the date should be 2002-11, not unknown."),
13: (T,T,T,T,T,T, "The suicide car bomb killing six Jordanian security-force members is ASSAULT with no attacker named (empty source right) on 2016-06-21, the Tuesday of the closure; the target given as Jordan (JOR) is the state whose forces were hit, which I accept though Jordanian security forces (JOR) would be more precise."),
14: (T,T,T,T,T,T, "ZANU-PF's central committee expected to endorse Mugabe this week is SUPPORT, future, week 2007-W13 as the text gives it."),
15: (F,F,F,F,F,F, "Spurious: \"Gunmen arrived in trucks\" is the raid already coded from the first sentence, not a separate mobilisation; if coded at all it would be the Dapchi raid as ASSAULT dated 2018-02-19 (last Monday), not MOBILIZE on the document date."),
16: (T,T,T,T,T,T, "Waqa demanding an apology from the Chinese envoy is REQUEST NRU -> CHN, reported as the news of 2018-09-05."),
17: (T,T,T,T,T,T, "Washington imposing sanctions on Syria in 2004 is SANCTION (curtailing commercial exchange per the codebook; CAMEO2PLOVER would put CAMEO 163 under COERCE, but POLECAT practice and the type's definition fit SANCTION), USA -> SYR, 2004."),
18: (T,T,F,F,T,T, "The denunciation is ACCUSE on the news day, but the one who denounced was Salome Zourabichvili (GEO), not Kavelashvili; the target should be the electoral college / Georgian Dream (GEO) whose move was denounced and which the sentence names."),
19: (F,F,F,F,F,F, "Spurious duplicate: the Israeli air strike that killed the Houthi ministers is the same act as e1 (\"killed ... in an Israeli air strike\") already coded from this sentence."),
20: (T,T,T,F,F,T, "Nightly protests are PROTEST with no protester named (empty source acceptable), but they are aimed at the government's decision on EU talks named in the sentence, so the target should be the Georgian government (GEO); they are still going on, so the date should be the document date 2024-12-14, not the start date 2024-11-28."),
21: (T,T,F,T,T,T, "The refusal of India's request to order Jadhav's release was the International Court of Justice's (IGO, no country), not Pakistan's; type, target India, date 2019-07-17 and modality are right."),
22: (T,T,T,T,T,T, "President Ochirbat welcoming the peaceful conduct of the vote is SUPPORT with no party named; the undated reaction takes the document date."),
23: (T,T,T,T,F,T, "Conde's promise to shrink and reorganise the army is AGREE (intent to reform), but \"has promised\" is an undated background act since he took office, so it should have no date; 2011-07-19 is the attack's date."),
24: (T,T,T,T,T,T, "Erdogan thanking Putin at the joint news conference is SUPPORT TUR -> RUS on 2016-08-09, the day of the meeting."),
25: (T,T,T,F,T,T, "The storming is ASSAULT by unidentified gunmen on 2015-01-07, but the target should be Charlie Hebdo (FRA media) and its staff; the French government was not attacked, so the listed target is wrong."),
26: (T,T,T,T,T,T, "Cameron saying Britain stood with France is SUPPORT GBR -> FRA, reported as the news of 2015-01-07."),
27: (T,T,T,T,T,T, "Kirchner welcoming the ruling is SUPPORT; the court is not named in the sentence, so the empty target is right; dated to the news day 2005-06-14 given by the dateline."),
28: (T,T,T,F,T,T, "Vietnam accusing Thanh is ACCUSE with an ongoing accusation at the document date, but Thanh is plainly Vietnamese (a PetroVietnam chairman and provincial official who fled Vietnam), so the target's code should be VNM, not empty."),
29: (T,T,T,F,T,T, "Rousseff pleading for the man's life is a REQUEST dated Friday 2015-01-16, but it was made to Joko Widodo, whom the sentence names, so the target should be Widodo (IDN), not empty."),
30: (T,T,F,T,F,T, "The Mansoura bombing is ASSAULT on 16 people (EGY), but the sentence names no bomber, and \"terrorist organisation\" is the Brotherhood being designated, not the attacker, so the source should be empty; the bombing came a day before the Wednesday (2013-12-25) declaration, so the date should be 2013-12-24."),
31: (T,T,T,T,T,T, "Duran congratulating Banzer is SUPPORT BOL -> BOL, undated and reported as this news, so the document date is right."),
32: (T,T,T,T,T,T, "Rousseff telephoning Widodo is CONSULT (phone) BRA -> IDN on Friday 2015-01-16."),
33: (T,T,F,F,T,T, "Clerides and Denktash agreeing to open negotiations is a mutual AGREE on Tuesday 2001-12-04, but Denktash is the Turkish Cypriot leader, a Cypriot party (CYP), not Turkey (TUR); with TUR on him both source and target carry a wrong country code."),
34: (T,T,F,F,T,T, "The condemnation of a violation of Somali sovereignty is ACCUSE on the news day, but it was made by a spokesman for Aidid's Somali faction (SOM), not an Ethiopian government spokesman; the target should be Ethiopia (\"the Ethiopians\" in the same sentence, ETH)."),
35: (T,T,F,F,T,T, "Detaining dozens is COERCE arrest on the summit day, but the police at Strasbourg were not Turkish: source should be the (French/Strasbourg) police, FRA or empty, and the detained people's country is not given, so their code should be empty, not TUR."),
36: (F,F,F,F,F,F, "Spurious: deaths caused by Hurricane Mitch are a natural disaster, not an act between political actors."),
37: (T,T,T,T,F,T, "The Gaza rocket killing a student in Sderot is ASSAULT with no firer named (empty source right), but the text dates it \"last Wednesday\", i.e. 2008-02-27, not the document date."),
38: (T,T,T,T,T,T, "Police using water cannon and tear gas on the rallies is ASSAULT (crowd-control) GEO police -> protesters (GEO); \"have used\" gives no date, so no date is right."),
39: (T,T,T,T,T,T, "Lebanon's caretaker government calling for a halt to hostilities on all fronts is a REQUEST addressed to no named party, reported as the news of 2024-07-28; distinct from the condemnation in the same sentence."),
40: (T,T,T,T,T,T, "Raising the security alert to the highest level is MOBILIZE (police/security readiness; mode troops is off but type is right) by the French government on 2015-01-07."),
41: (T,T,F,T,T,T, "Firing tear gas and stun grenades is ASSAULT (crowd-control) on the summit day, and the sentence names no target, but the police in Strasbourg were not Turkish: the source should be the (French) police, FRA or empty, not TUR."),
42: (T,T,T,F,T,T, "Reformist deputies condemning the attacks is ACCUSE, but the sentence names the perpetrators (\"attacks by vigilantes\"), so the target should be the hardline vigilantes (IRN), not empty."),
43: (T,T,F,T,T,T, "The call not to comply is a REQUEST to Colombia's government on the news day, but the former foreign ministers urging \"the government\" are plainly Colombia's, so their code should be COL, not empty."),
44: (T,T,T,T,T,T, "Israeli forces killing several gunmen is ASSAULT ISR -> gunmen (no country) on Thursday 2011-08-18; attribution keeps it asserted."),
45: (T,T,T,T,T,T, "Parliament approving the constitutional reforms is SUPPORT (approve policy) with no target, dated 2010 as \"earlier this year\" gives it."),
46: (T,T,T,T,F,T, "Police detaining the Mobile Brigade officers is COERCE arrest IDN -> IDN officers, but the text gives the detention no date (Thursday night is the date of the killing), so it takes the document date 2025-08-31, not 2025-08-28."),
47: (T,T,T,T,T,T, "The Israeli military's strike on a Houthi military target is ASSAULT ISR -> Houthis (YEM) on Thursday 2025-08-28; a different sentence from the Houthi report, attribution keeps it asserted."),
48: (F,F,F,F,F,F, "Spurious duplicate: the three deaths were caused by the demonstrators setting fire to the parliament building, the act already coded from this sentence as PROTEST riot (e4)."),
49: (T,T,T,T,F,T, "Russia imposing sanctions on Turkey is SANCTION RUS -> TUR, but it is a background act after the November 2015 downing, so the date should be 2015 (late 2015), not the document date."),
50: (T,T,T,F,T,T, "Barak blaming the Popular Resistance Committees is ACCUSE on the news day, but the PRC is a Gaza-based group, so its code should be PSE, not ISR."),
}

items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50
out = []
for it in items:
    ev, ty, so, ta, da, mo, why = V[it['n']]
    if not ev:
        assert not any((ty, so, ta, da, mo))
    v = {"event": ev, "type": ty, "source": so, "target": ta, "date": da, "modality": mo}
    v["all"] = all(v.values())
    o = dict(it)
    o["verdict"] = v
    o["reasons"] = why
    out.append(o)
with open('events-b.jsonl', 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h42-x163-04",
  "coder_events": [
    "MOBILIZE: Pakistan (PAK) -> none (India, IND, as the range named), test-firing of the nuclear-capable Ghauri missile, 1998-04-06 (said on Monday)",
    "ACCUSE: New Delhi's government (IND) -> Pakistan (PAK), sharp response to the test, 1998-04-07 (undated, document date)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline codes nothing in this paragraph: neither the weapons test (MOBILIZE) nor India's sharp response (ACCUSE)."},
 {"doc": "h42-x161-17",
  "coder_events": [
    "ASSAULT: masked gunmen (no code) -> Charlie Hebdo (FRA, media) and its staff, storming the offices and killing 12, 2015-01-07"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found with the right type and date; its target lists the French government, which was not attacked (item #25)."},
 {"doc": "h42-x164-07",
  "coder_events": [
    "RETREAT: Myanmar's military government (MMR) -> Aung San Suu Kyi (MMR), release from house arrest, 2002-05-06",
    "CONCEDE: Myanmar's military government (MMR) -> Aung San Suu Kyi (MMR), declares her free to travel and do political work (easing political restrictions), 2002-05-06"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline has no event in this paragraph; it codes the release only from a later sentence (\"no conditions had been attached to her release\", with no source). The CONCEDE is a secondary act some coders would fold into the release."},
 {"doc": "h42-x164-04",
  "coder_events": [
    "SUPPORT: Bill Clinton (USA) -> Guatemala (GTM), expression of regret / apology for past U.S. policy, 1999-03-10",
    "AID: United States (USA) -> Guatemalan security forces (GTM), past military support during the civil war, no date"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's one event takes the noun \"support\" (the past U.S. backing) as SUPPORT dated 1999-03-10: it is the past material backing (AID, undated), so the type and date are wrong, and it is not the apology. Not spurious, but neither act found with the right type."},
 {"doc": "h42-x163-10",
  "coder_events": [
    "MOBILIZE: Rwandan soldiers of the AU protection force (RWA) -> Darfur, Sudan (SDN), deployment/arrival, 2004-08-15 (AID peacekeeping also defensible)",
    "AGREE: Paul Kagame (RWA) -> none, pledge that the troops will intervene to protect civilians if attacked (intent to provide military protection), 2004-08-15"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline finds the deployment (MOBILIZE, right date); it misses Kagame's pledge to protect civilians (AGREE; some would code THREATEN)."},
 {"doc": "h42-x164-02",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result; no PLOVER act between political actors in the paragraph, and dateline codes none."},
]
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
assert [p['doc'] for p in paras] == [p['doc'] for p in P]
for p, q in zip(P, paras):
    assert p['dateline_events'] == len(q['events'])
with open('paragraphs-b-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks and counts
back = [json.loads(l) for l in open('events-b.jsonl')]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a['n'], a['doc'], a['trigger']) == (b['n'], b['doc'], b['trigger'])
    v = b['verdict']
    assert v['all'] == all(v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality'))
    if not v['event']:
        assert not any(v.values())
fields = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
print({k: sum(b['verdict'][k] for b in back) for k in fields})
print('paragraphs', len(P), 'coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
