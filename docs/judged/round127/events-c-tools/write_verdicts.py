"""Write judge c's round-127 verdicts (events-c.jsonl) and paragraph verdicts.

Verdicts are hand-coded below: for each item n, the fields that are wrong (or 'SPURIOUS') and the reasons.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: (["target"], "Clinton and Kim jointly proposed four-party talks to North Korea and China; they are co-sources, not each other's targets: target should be North Korea (PRK) (and China, CHN). AGREE (CAMEO 036 offer to negotiate), Tuesday 1996-04-16, asserted are right."),
 2: ([], "Mustafa (XKX) condemned the opposition's tear-gas attack: ACCUSE disapprove, document date 2015-10-09, asserted. The sentence names no party behind 'the attack', so an empty target is right by the rules."),
 3: ([], "Iraqi opposition politicians accused the government of ignoring warnings: ACCUSE, IRQ -> Iraqi government (IRQ), undated so the document date 2013-07-23 is right; the REQUEST in the same sentence is a separate act."),
 4: (["source", "date"], "Negated concession of the election is a fair CONCEDE, and an empty target is acceptable. But Arias Cardenas is Venezuelan (former Zulia governor): the source should be coded VEN, not empty. Date should be 2000-07-31: the results came early on Monday, and the text gives no Sunday date for not conceding."),
 5: ([], "Iran and the six powers agreed to extend the talks: mutual AGREE, IRN with the P5+1 (no single country code), Monday 2014-11-24, asserted."),
 6: ([], "India and China signed the border accord: SUPPORT (sign agreement), mutual IND-CHN, Monday 2005-04-11, asserted."),
 7: (["date"], "Tanks and artillery (Syrian government forces, SYR) shelling Homs is ASSAULT heavy-weapons; Homs/Khalidiya are places, so an empty target is acceptable. Date should be 2012-02-04: the shelling was overnight before Saturday's veto ('hours after'), not the document date 2012-02-05."),
 8: ([], "Al-Hoss (LBN) insisted on full implementation of Resolution 425, i.e. demanded Israel's full withdrawal: REQUEST LBN -> ISR. The date is the story's own dateline day (June 3), and the 'would not accept' is a separate event."),
 9: ([], "China's spokesman said China supported anything that helped peace, a verbal endorsement: SUPPORT, CHN, with no party named as target (the 'offer' is an act). Dated the document date 1996-04-16, asserted."),
 10: (["modality"], "Clinton's onward trip to Tokyo for talks with Hashimoto is CONSULT visit USA -> JPN on Tuesday 1996-04-16, but 'flies on ... later on Tuesday' is still to come when the story is told: modality should be future."),
 11: (["SPURIOUS"], "'Bowing to public pressure' describes the parliament's approval of the constitution, which dateline already coded from this sentence (e1 'approved'). This is a second event for the same act, a duplicate. A single CONCEDE (CAMEO 083, accede to demands for reform) toward the Thai public would also have been defensible, but not both."),
 12: ([], "Wen Jiabao held talks with Manmohan Singh: CONSULT CHN -> IND, Monday 2005-04-11, asserted. This act is separate from the signing."),
 13: (["SPURIOUS"], "Declaring national mourning and closing offices and businesses for Zayed's death is an administrative holiday, not repression or a coercive act against anyone. There is no PLOVER event (not COERCE)."),
 14: ([], "Washington (USA) condemned the attack: ACCUSE disapprove. 'The attack' is clearly the Algerian Salafist group's raid, so the Algerian fighters (DZA) target is right. Document date 2005-06-06, asserted."),
 15: (["target", "date"], "Vajpayee's promise of a full-term government is an AGREE-type pledge to the voters. The target should be the Indian voters (IND) or empty, not the Indian government, which is his own. Date should be the document date 1999-10-07: the statement is reported as this news, not undated."),
 16: ([], "'The reforms he had promised' reports Sirisena's earlier promise of reform (AGREE, CAMEO 034), made by LKA to no named party. Undated act of unknown time, so the empty date is right. Asserted."),
 17: (["target"], "Palestinians (PSE) marching for the Nakba anniversary is PROTEST demo on Thursday 1998-05-14. But the march's aim is commemorating the Nakba, not the authorities of the place, so by the crowd-protest rule the Palestine target is wrong: the target should be empty (or Israel)."),
 18: ([], "The NAM declaration called for a peaceful resolution within the UN: REQUEST from the member states (NAM, no country), with no party named as target. Tuesday 2003-02-25, asserted (attribution only)."),
 19: (["source"], "India's nuclear tests of May 11 and 13 are MOBILIZE weapons (test weapons), dated 1998-05-11, with no target. But the sentence names India as the tester: the source should be India (IND), not empty."),
 20: (["target", "date"], "Tunis complaining of interference is ACCUSE (114), TUN. The target should be France (FRA): French officials are named in the sentence as the party complained about. Date should be none: the pluperfect complaint is a background act from the hunger-strike weeks, not the document date 2000-05-04."),
 21: ([], "Colombia and Venezuela restored diplomatic relations: SUPPORT (resume diplomatic cooperation), mutual COL-VEN, Monday 2022-08-29, asserted."),
 22: ([], "Nicaraguan prosecutors accuse Aleman: ACCUSE allege, NIC -> NIC. The accusation is still standing when the story is told, so the document date 2002-12-13 is right. Asserted."),
 23: (["type"], "The Pentagon's statement that it would continue to support Libyan forces in tracking militants pledges material military support (air strikes), not verbal support. The type should be AGREE (pledge, CAMEO 0312/0332) rather than SUPPORT. USA -> LBY is right, and future with no date is right for the support promised."),
 24: ([], "Macron accused Bolsonaro of lying: ACCUSE, FRA -> BRA, 'last week' = 2019-W34 relative to the 2019-08-27 story, asserted."),
 25: ([], "Mosisili thanked King Letsie III in his resignation statement: SUPPORT (praise), LSO -> LSO. The statement belongs with Wednesday's resignation, so 2012-05-30 is right. Asserted."),
 26: (["target"], "Beijing imposing the 2020 national security law is COERCE (restrictions), CHN, 2020, asserted. The law was imposed on Hong Kong, which the sentence refers to ('the city'): the target should be Hong Kong (HKG/CHN), not empty."),
 27: ([], "Pakistani opposition parties said they supported the army's operation: SUPPORT, PAK. 'The operation' is an act, so an empty target is acceptable. Undated statement, so the document date 2009-10-18 is right. Asserted."),
 28: ([], "Chuan Leekpai called on Chavalit to dissolve the house: REQUEST, THA -> THA, document date 1997-09-27, asserted."),
 29: ([], "Bizimungu was arrested 'last year': COERCE arrest, no source named, target Bizimungu (RWA), 2002, asserted."),
 30: ([], "Gilani appealed for national unity, a call to the nation: REQUEST, PAK, no party named. Document date 2009-10-18, asserted."),
 31: (["target"], "The convictions of thirteen fugitives are SANCTION convict (court unnamed, so an empty source is right; undated, so an empty date is right). But those convicted are the fugitives, not France: the French tanker was the object of their attacks. The target should be the thirteen prisoners (YEM/empty)."),
 32: ([], "Bush held talks with Triet and Dung: CONSULT, USA -> VNM. Undated in the text, so the document date 2006-11-19 is right. Asserted."),
 33: ([], "The Cuban party congress delegates approved the economic guidelines: SUPPORT (approve policy), CUB, no target, Tuesday 2011-04-19 as in the lead, asserted."),
 34: ([], "Vajpayee and Sharif met: mutual CONSULT IND-PAK, Wednesday 1998-07-29, asserted."),
 35: ([], "European officials welcomed Belarus's prisoner release: SUPPORT. European officials have no single country, so the empty code is right, and 'the release' is an act, so the empty target is acceptable. Document date 2025-06-22, asserted."),
 36: ([], "Tsikhanouskaya (BLR) thanked the United States (and European allies): SUPPORT, BLR -> USA, document date 2025-06-22, asserted."),
 37: (["type", "date"], "The SDF spokesman says Cameroonians rejected the election by staying away from the polls, i.e. the boycott. The type should be PROTEST boycott rather than REJECT. Date should be 1997-10-12, the day of the boycotted vote, not the document date. The Cameroonian people (CMR) as source, an empty target and asserted are acceptable."),
 38: (["date"], "Several attackers were killed (agentless; ASSAULT, empty source acceptable, target the attackers). But they were killed in the raid on the post on Saturday: the date should be 2005-06-04, not the document date 2005-06-06."),
 39: (["date"], "Russia offering Sputnik V to EU countries is AGREE (an offer), RUS -> EU members. But 'has offered' is undated background to the Slovak story: the date should be none (unknown), not the document date 2021-03-29."),
 40: (["source"], "Mark Brown's visit to Beijing is CONSULT visit -> China (CHN), document date 2025-02-16, asserted. But Brown is Prime Minister of the Cook Islands: the source should be coded COK, not NZL."),
 41: (["target"], "US and EU non-recognition of the Crimean results is acceptable as negated SUPPORT (recognition), the counterpart of a REJECT. USA, document date 2016-09-19. But 'Crimean' is a place, not a party, and coded UKR: the target should be Russia (RUS, which held the vote) or empty."),
 42: (["target"], "Kosovo lawmakers calling for suspending the EU-brokered talks is REQUEST, XKX, document date 2017-01-05, asserted. But the call is addressed to Kosovo's own government, which would suspend the talks: the target should be the Kosovo government (XKX) or empty, not Serbia."),
 43: ([], "The US and EU had privately urged Zagreb to back down: REQUEST, USA/EU -> HRV. The pluperfect act has no date in the text, so the empty date is right. Asserted (diplomats' attribution)."),
 44: (["SPURIOUS"], "Dahal's side trip to Madhya Pradesh to visit a temple, within a visit to India already coded from the lead (Modi hosted Dahal), is no consultation or meeting with a political actor. There is no event here."),
 45: ([], "Kabore condemned the attack: ACCUSE disapprove, BFA. The attackers are unknown (no claim), so an empty target is right. Document date 2021-06-06, asserted."),
 46: ([], "The EU and US urged Azerbaijan to admit observers: REQUEST, EU/USA -> AZE, document date 2023-09-28, asserted."),
 47: ([], "Serbian police used batons on the crowd: ASSAULT (crowd-control/beat), SRB police -> crowd (SRB), Wednesday evening 2000-05-17, asserted."),
 48: (["source", "date"], "The killing of 15 Mauritanian soldiers is ASSAULT, target the soldiers (MRT). But the sentence names the perpetrators, 'about 150 gunmen': the source should be the gunmen, not empty. Date should be 2005-06-04, the Saturday of the raid."),
 49: (["source", "date"], "The ministers' resignations are RETREAT resign. The source should be several Slovak ministers incl. the health minister, coded SVK: not empty-coded, and not including Matovic, who only said he would resign. Date should be early March 2021 or none: this is background to the crisis, not the document date 2021-03-29."),
 50: ([], "Rwanda backing M23 inside Congo's accusation: AID (material backing), RWA -> M23 (COD), reported, with no date for this unspecified act. All right."),
}

items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
assert len(items) == 50
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == ["SPURIOUS"]:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reason
    out.append(rec)
with open(HERE / "events-c.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

P = [
 {"doc": "h41-x157-14", "coder_events": [
   "COERCE: Georgian Interior Ministry (GEO) -> 13 suspects incl. Georgian military pilots (GEO), arrested in spy operation, announced Friday 2010-11-05",
   "ACCUSE: Georgian Interior Ministry (GEO) -> Russian military intelligence (RUS), accused of running a spy network in Georgia, 2010-11-05",
   "ACCUSE: Moscow (RUS) -> Georgia (GEO), derided the operation as a 'political show', 2010-11-05"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline codes nothing in the lead: it misses the arrests, the espionage accusation and Moscow's derision. It does code Russia's later dismissal (REJECT) in paragraph 5."},
 {"doc": "h41-x158-04", "coder_events": [
   "ASSAULT: Israeli soldiers (ISR) -> Palestinians (PSE), shot dead several, Thursday 1998-05-14",
   "PROTEST: tens of thousands of Palestinians (PSE) -> no target (Nakba commemoration), marches across West Bank and Gaza, 1998-05-14"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found with the right type. The PROTEST's target (Palestine) is wrong by the crowd-protest rule, since the march's aim is the Nakba anniversary."},
 {"doc": "h41-x158-19", "coder_events": [
   "AGREE: Iran (IRN) <-> six world powers (P5+1), agreed to extend nuclear negotiations by seven months, Monday 2014-11-24"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Failing to meet the deadline is not an act. The one agreement is found and right in all fields."},
 {"doc": "h41-x157-12", "coder_events": [
   "ACCUSE (investigate): Romania's Constitutional Court (ROU) -> no target, ordered a recount of 130,000 annulled ballots, Tuesday 2009-12-08",
   "ACCUSE: Mircea Geoana (ROU) -> Traian Basescu (ROU), contested his run-off victory, between 2009-12-06 and 2009-12-08 (no day given)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline has no events anywhere in this story. The court's recount order could also be coded as a partial concession to Geoana's challenge."},
 {"doc": "h41-x160-20", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning an election and 'handing a defeat' to a coalition are electoral outcomes, not PLOVER acts, so nothing is missed. dateline's events in this story are in later paragraphs."},
 {"doc": "h41-x160-21", "coder_events": [
   "REJECT: Brazil (BRA) -> G7, rejected $20 million in emergency Amazon aid, Monday 2019-08-26",
   "AGREE: Group of Seven (G7) -> Brazil (BRA), offered $20 million in emergency aid to fight the fires, 2019-08-26 (announced at the close of the summit)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The REJECT is found and right. The G7's offer (AGREE by the convention) in the same sentence is missed. The 'bitter row' is a description, not a discrete act."},
]
with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as fh:
    for p in P:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")

# summary
cnt = {f: sum(r["verdict"][f] for r in out) for f in F + ["all"]}
print(cnt)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
