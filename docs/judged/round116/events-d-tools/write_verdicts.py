"""Write judge d's round-116 verdicts (events-d.jsonl, paragraphs-d-verdicts.jsonl) and check them."""
import json

T = True
F = False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, T, T, T, T, T, "Zuma (ZAF) urging 'the security forces' (Lesotho's, LSO) to respect civilian authority is a REQUEST reported as this news; all fields right."),
 2: (T, T, T, F, T, T, "Praise by witnesses is a SUPPORT, but what they praise is the speed of the special forces and police, named in the sentence: target should be the Kenyan special forces/police (KEN), not empty."),
 3: (F, F, F, F, F, F, "Spurious: 'The test comes when the budgets are written' is a campaigner's quote with no act; 'test' is not a weapons test or any MOBILIZE."),
 4: (T, T, T, T, F, T, "Hachani's arrest (COERCE) with no named arrester is right, but the text dates it: 'shortly afterwards' after the January 1992 cancellation, so date should be 1992, not unknown."),
 5: (T, T, T, T, T, T, "Serbian nationalist parties (SRB) denouncing Rama's (ALB) remarks is an ACCUSE reported as this news; all right."),
 6: (T, T, T, T, F, T, "The killing of Lipolelo by unknown gunmen is an ASSAULT with the right parties, but the date should be June 2017 (two days before Thabane's inauguration after the June 2017 election, 'less than three months' before this 2017-09-05 story), not 2014 (the year Thabane fled, from another sentence)."),
 7: (T, T, F, T, T, T, "Kickl criticised the EU sanctions: source should be Herbert Kickl (AUT), not the country Austria (Kickl is put only as reported_by). Target EU right; the campaign stance undated, document date accepted as an ongoing position."),
 8: (T, T, T, T, T, T, "Winnie Mandela (ZAF) accusing the government in February 1995 is an ACCUSE; source, target and date 1995-02 right."),
 9: (T, T, F, T, T, T, "'Leaders across Latin America' are not Colombian: source country should be empty (several Latin American states), not COL. Target Santos and the SUPPORT type right."),
 10: (T, T, T, T, F, T, "Saakashvili calling for Poroshenko's impeachment is a REQUEST with the right parties, but the march came 'then', right after his release on Tuesday: date should be 2017-12-05, not the document date 2017-12-06."),
 11: (T, T, T, T, T, T, "US sanctions on Chen Quanguo on Thursday 2020-07-09: SANCTION, USA -> Chen (CHN), all right."),
 12: (T, F, T, F, T, T, "Appealing the election result to the Supreme Court is a legal challenge, ACCUSE (sue/legal accusation, CAMEO 115), not REQUEST; the party challenged (the election commission/result) is not named in the sentence, so target should be empty rather than the court. Source Renamo/Dhlakama (MOZ), no date and future modality right."),
 13: (T, T, T, T, T, T, "Abe and Xi signing a currency swap deal and business accords is a SUPPORT (sign agreement), mutual, on Friday 2018-10-26; a distinct act from the 'agreed to open a new era' AGREE in the same sentence."),
 14: (T, T, T, T, T, T, "EU (via its spokeswoman) welcoming the Rama-Vucic meeting is a SUPPORT; the welcomed thing is a meeting, no party named as its object, so empty target right."),
 15: (F, F, F, F, F, F, "Spurious duplicate: 'alleging that votes were being bought' spells out the same accusation already coded as e2 ('accused some opposition lawmakers of corruption and bribery')."),
 16: (T, T, T, T, T, T, "Spain backing Rabat's autonomy plan 'last year' (2022 in a January 2023 story) is a SUPPORT Spain (ESP) -> Morocco (MAR); all right."),
 17: (T, T, T, T, T, T, "Serbian nationalist parties calling on Vucic (SRB) to cut the visit short is a REQUEST; all right."),
 18: (T, T, T, F, T, T, "Gunmen opening fire at a Lima concert is an ASSAULT on Wednesday night (2025-10-08) right, but the sentence names the victims: target should be the wounded musicians (PER civilians), not empty."),
 19: (T, T, T, T, T, T, "Major (GBR) welcoming the chance to host the next summit is a mild SUPPORT of the summit's decision (AGREE, willingness to meet, would also fit); no target in the sentence; document date right."),
 20: (T, T, T, T, T, T, "Karzai's call for calm in a televised address is a REQUEST with no named addressee; document date right."),
 21: (T, T, T, F, F, T, "Taliban offensive is an ASSAULT by the Taliban (AFG), but it is not aimed at NATO, which has yet to take over the south: target should be empty (no party attacked is named). The offensive is still going on ('have launched'), so date should be the document date 2006-05-30, not unknown."),
 22: (T, T, F, T, T, T, "'His previous visit to Taiwan' is the Dalai Lama's: source should be the Dalai Lama (Tibetan exile, CHN), not 'Ma' (Ma Ying-jeou is the host's president). Target Taiwan and 2001 right."),
 23: (T, T, T, T, T, T, "Lobo (HND) signing the Cartagena accord on 22 May 2011 is a SUPPORT (sign agreement); no co-signatory named in the sentence, so empty target right."),
 24: (T, T, T, T, F, T, "The Galwan fighting that killed 20 Indian soldiers is an ASSAULT China (CHN) -> Indian soldiers (IND), but the text dates it June 2020: date should be 2020-06, not the document date 2022-12-13."),
 25: (T, T, T, T, T, T, "The Hague tribunal's 1997 indictment of Raznatovic (SRB) is an ACCUSE; all right."),
 26: (T, T, T, T, T, T, "Contemplacion's judicial execution on Friday 1995-03-17 is ASSAULT execute; no executor named in this sentence, so empty source right."),
 27: (T, T, T, T, T, T, "The Security Council leaders endorsing a call to strengthen peace operations on Thursday 2000-09-07 is a SUPPORT; UN code for the Council's summit acceptable; all right."),
 28: (T, T, F, T, T, T, "'The foreign ministry' here is France's (the paragraph is about Paris and French citizens): source country should be FRA, not empty. REQUEST to French citizens on 24 Dec (the story's dateline) right."),
 29: (T, T, T, F, T, T, "The opposition boycott of Chad's 29 December elections is a PROTEST boycott, but the boycotted elections are Chad's, named in the sentence: target should be Chad/its government (TCD), not empty."),
 30: (T, T, T, T, T, T, "Youths burning tyres and petrol stations in Khartoum on Wednesday 2013-09-25 is a PROTEST riot; no aim in the sentence, so the state (SDN) is a right target."),
 31: (T, T, T, T, T, T, "Abdallahi (MRT) condemning the attack is an ACCUSE; the attackers are unknown, empty target acceptable; 24 Dec (the story's dateline) right."),
 32: (T, T, T, T, T, T, "The Maldivian ministers (MDV) accusing opposition lawmakers (MDV) of corruption is an ACCUSE reported as this news; all right."),
 33: (T, T, T, T, T, T, "Two men killed with Arkan on Saturday 2000-01-15 is an ASSAULT; no killer named in the sentence; all right."),
 34: (T, F, T, T, F, T, "Demonstrators clashing with police outside government buildings is a violent protest, PROTEST riot, not ASSAULT; and it happened 'in recent weeks', not on Monday 2013-12-09 (which is the date of the peaceful march): date should be none (late November-early December 2013)."),
 35: (T, T, T, F, T, T, "Guterres rejecting the decision is a REJECT, but the decision is Guatemala's and the sentence names Guatemala ('expected Guatemala to honour'): target should be Guatemala/its government (GTM), not empty."),
 36: (T, T, T, T, T, T, "Hundreds of Brotherhood members sentenced to death in Egypt is SANCTION convict; the courts are not named; a span since July 2013 rightly has no date."),
 37: (T, T, T, T, T, T, "Congress (IND) accusing Modi's government of hiding the truth is an ACCUSE; Modi for 'Modi's government' acceptable (same party, IND); document date right."),
 38: (T, T, T, T, T, T, "Havana's warning that it would cut ties is a THREATEN by Cuba; Panama is not named in the sentence; a warning repeated 'for days' rightly has no single date."),
 39: (T, T, T, T, T, T, "Critics accusing Dragnea (ROU) is an ACCUSE; background act of unknown time, no date right."),
 40: (T, T, T, F, T, T, "Vaz's promise to reconcile the country and control the army is an AGREE (promise), but Portugal comes from the independence clause: target should be empty (or Guinea-Bissau's armed forces, GNB), not Portugal."),
 41: (T, T, F, T, T, T, "The accusers are 'all other parties' (OVP, Social Democrats, NEOS, Greens; AUT), not the Freedom Party, which is Kickl's own party. Target Kickl (AUT) right."),
 42: (T, T, T, F, T, F, "The accused is 'the North' (North Korea, PRK), not Russia (the recipient of the shells). The accusation itself is asserted; only the supplying inside it is reported, so modality should be asserted."),
 43: (T, T, T, T, T, T, "Hachani calling for a political solution is a REQUEST with no named addressee; a stance held since 1997 rightly has no date."),
 44: (T, T, T, T, T, T, "Aid groups welcoming the Millennium targets is a SUPPORT; no party named as object; all right."),
 45: (T, T, T, T, T, T, "The United States pressing its security agenda at APEC on Tuesday 2003-10-21 is a REQUEST; no addressee named beyond 'a forum'; all right."),
 46: (T, T, T, T, T, T, "Ciller's 'Turkey would not bow to terrorism' is a CONCEDE negated (or REJECT asserted) by Turkey; no target named; the negated future act rightly undated."),
 47: (T, T, T, T, T, T, "Egyptian officials (EGY) rejecting the rights groups' criticism is a REJECT; the critics are not named in the sentence; all right."),
 48: (T, T, T, T, F, T, "Saakashvili accusing Poroshenko is an ACCUSE with the right parties, but it came at the march right after his release on Tuesday: date should be 2017-12-05, not 2017-12-06."),
 49: (T, T, T, T, T, T, "The US, Canada, France and Brazil welcoming Haiti's result is a SUPPORT; Preval is not named in the sentence; all right."),
}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 49
out = []
for it in items:
    ev, ty, so, ta, da, mo, why = V[it['n']]
    if not ev:
        ty = so = ta = da = mo = False
    v = {"event": ev, "type": ty, "source": so, "target": ta, "date": da, "modality": mo}
    v["all"] = all(v.values())
    o = dict(it)
    o["verdict"] = v
    o["reasons"] = why
    out.append(o)
with open('events-d.jsonl', 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h35-x135-14", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Zuma's re-election as ANC leader over Motlanthe is an intra-party vote, not a PLOVER event; nothing to code."},
 {"doc": "h35-x135-21", "coder_events": ["ASSAULT: Islamist insurgents (MOZ, rebels) -> Mozambican army (MOZ), took control of the port town of Mocimboa da Praia after several days of fighting, 2020-08-12"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The seizure of the town (ASSAULT under the conventions) is missed; dateline codes only the March occupation from paragraph 5."},
 {"doc": "h35-x133-20", "coder_events": ["PROTEST: main opposition parties (AZE) -> Azerbaijan government/election (AZE), boycotted the early presidential election, 2018-04-11"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Aliyev's election win is not an event; the boycott is missed here (and in paragraph 5's 'stayed away')."},
 {"doc": "h35-x135-22", "coder_events": [
    "ACCUSE: Rajnath Singh (IND) -> Chinese troops (CHN), told parliament they tried to unilaterally change the status quo, 2022-12-13",
    "ASSAULT: Chinese troops (CHN) -> Indian troops (IND), border clash in Arunachal Pradesh with soldiers injured on both sides, 2022-12-09 (last week; 9 December in paragraph 2)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Both missed in the lead; dateline codes the clash only from paragraph 4 ('The Indian army had disclosed the clash', ASSAULT Indian army with no target)."},
 {"doc": "h35-x134-17", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result only; nothing to code."},
 {"doc": "h35-x136-05", "coder_events": ["COERCE: Cambodian troops (KHM) -> Ta Mok (KHM, Khmer Rouge), captured / arrested, 1999-03-06 (Saturday, per paragraph 2)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The capture is missed in the lead; dateline codes it from paragraph 2 ('was seized on Saturday', COERCE seize, arrest would fit better) with no source."},
]
with open('paragraphs-d-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open('events-d.jsonl')]
assert len(back) == 49
for it, o in zip(items, back):
    assert (it['n'], it['doc'], it['trigger']) == (o['n'], o['doc'], o['trigger'])
    v = o['verdict']
    assert v['all'] == all(v[k] for k in ('event', 'type', 'source', 'target', 'date', 'modality'))
    if not v['event']:
        assert not any(v.values())
assert len(open('paragraphs-d-verdicts.jsonl').readlines()) == 6
fields = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
print({k: sum(o['verdict'][k] for o in back) for k in fields})
print('paragraphs: coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
