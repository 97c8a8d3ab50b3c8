"""Write events-b.jsonl from judge b's hand verdicts (round 163).

Each entry: n -> (failed fields, reasons). Fields: event type source target date modality.
'event' in failed means spurious (all fields false).
"""
import json

F = ("event", "type", "source", "target", "date", "modality")
V = {
 1: ({"target"}, "A militant warning that the arrest could inflame tensions is a veiled THREATEN, and the source is right (Niger Delta militant leaders, NGA). The target is wrong: the warning is aimed at whoever arrested him, not at Alamieyeseigha, and the sentence names no such party, so the target should be empty (or the Nigerian federal government, NGA)."),
 2: (set(), "ASSAULT by the attackers (in Nigeria, NGA) on villagers near Jos (NGA). Sunday before the Monday report is 2010-03-07, asserted with officials as the reporter."),
 3: (set(), "ACCUSE from Sudan's government (Khartoum, SDN) to Uganda's government (Kampala, UGA). This is a standing, habitual accusation of no stated time, so no date is accepted (the document date would also be accepted)."),
 4: (set(), "ACCUSE from the Croatian opposition parties (HRV) to the ruling HDZ (HRV), reported as this news with the document date."),
 5: ({"date"}, "CONSULT visit from Natwar Singh (IND) to Iraq (Baghdad as host, IRQ) is right. The date is wrong: the text dates the visit to 2001 ('in 2001, when he ... visited Baghdad'), so it should be 2001, not unknown."),
 6: (set(), "REJECT by Danish voters (DNK) of euro membership in a referendum. No party is named as target, and the year 2000 is the date the text gives."),
 7: (set(), "ACCUSE from Zimbabwe's government ministers (ZWE) to the unions (ZWE), undated and reported as this news, so it takes the document date."),
 8: ({"target"}, "The ASSAULT, the empty source (no bomber named in the sentence) and the date 2008-06 ('earlier this month') are right. The target is wrong: the victims are a French engineer and his driver, civilians, not the French state; it should be the French engineer (FRA, civilian)."),
 9: ({"target"}, "A passive ACCUSE with no accuser, so the empty source is right, and a standing accusation with the document date is accepted. The target 'its leaders' is Jamaat-e-Islami's leaders, but their country is Bangladesh, so it should be BGD, not PAK."),
 10: (set(), "RETREAT resign by the Kuwaiti government (KWT). 'Is expected to resign ... in the coming days' is future, and no date is given, so unknown is right."),
 11: ({"event"}, "Spurious: 'ocean now patrolled by Chile' describes routine control of waters, not a MOBILIZE act, and 'tens of thousands' (of square kilometres) is not a party."),
 12: ({"date"}, "COERCE arrest of Shi'ite activists (BHR), with no arresting party named in the sentence, is right. The date is wrong: 'a crackdown that has seen dozens ... detained' is a total summed over the crackdown (since August, by the later text), so it should have no date, not the document date."),
 13: ({"event"}, "Duplicate: the suicide bombing, already coded from this sentence as e1 (ASSAULT, 'blew himself up'), is the one act that killed three women and wounded 40. The 'wounding' is a result of that act, not a second event."),
 14: (set(), "ACCUSE from Madikizela-Mandela's supporters (ZAF) to the South African state (ZAF). The sentence is undated and reported as this news, so the document date is accepted."),
 15: (set(), "ACCUSE (condemn) from the UN and Western governments. The perpetrators of 'the bloodshed' are not named, so the empty target is right, with the document date."),
 16: (set(), "SUPPORT (congratulate) from Olmert (ISR) to Peres (ISR) on the day of the vote (document date)."),
 17: (set(), "ACCUSE from the Venezuelan opposition leaders (VEN) to the government (VEN). The sector label GOV on the opposition is off but is not scored."),
 18: (set(), "CONSULT visit from Bhutto (PAK) to Washington (US government as host, USA), dated April 1995 as the text gives."),
 19: (set(), "Blair's promise of a referendum is AGREE (CAMEO 034, intent to make political reform). It is a background promise with no date and no named recipient."),
 20: ({"event"}, "Duplicate: the crowd's urging is the demand of the rally already coded as the PROTEST e2 ('gathered'), and PLOVER codes protests that make requests as PROTEST, not REQUEST. The target 'Janpath' (a street) would be wrong in any case; 'her' is Sonia Gandhi (IND)."),
 21: (set(), "Persson's concession of defeat is CONCEDE by Persson (SWE) with no target, dated late on Sunday, 2003-09-14."),
 22: (set(), "MOBILIZE: helicopter gunships being deployed. The deploying party is not named in the sentence, so the empty source is right, and the empty target is accepted. Undated and reported as this news by the minister."),
 23: ({"date"}, "REJECT of the euro by the Swedish voters (SWE), with no target, is right. The date is wrong: the text gives the rejection as 'Sunday's referendum', so it should be 2003-09-14, not the Monday document date."),
 24: ({"target"}, "The REQUEST from Philippine senators (PHL) is right. The target is wrong: they call on Manila to revive its claim, and Manila is named in the sentence, so the target should be the Philippine government (Manila, PHL), not empty."),
 25: ({"source"}, "The REJECT of 'Indian claims' (target India, IND) is right. The source is wrong: it is Pakistan, through the spokesman in Islamabad (PAK), not 'South Asia'."),
 26: ({"date", "modality"}, "ACCUSE from the US (Washington, USA) to Musharraf (PAK) is right as the act that did not happen. Modality is wrong: 'has avoided criticising' says the criticism did not occur, so it should be negated, not hypothetical. Date is wrong: this is the reaction to Thursday's decision reported as news, so it should be the document date 2004-12-31."),
 27: ({"target", "date"}, "The ACCUSE (condemned) has no agent named, so the empty source is right. The target is wrong: the judges were condemned, so it should be the suspended judges (KEN), not parliament. The date is wrong: the condemnation ('had been condemned') came before Monday's suspension and is undated, so it should have no date, not the document date."),
 28: (set(), "'Refused to concede' is a REJECT by Paroubek (CZE), asserted, with no target and the document date."),
 29: (set(), "Enkhbayar's pledge of policy is AGREE (CAMEO 034) by Enkhbayar (MNG) with no recipient. It is a background campaign pledge with no date."),
 30: (set(), "AID (backing) from Uganda (Kampala, UGA) to the southern Sudanese rebels (SPLA, SDN). It sits inside Khartoum's accusation, so it is reported, and it is undated."),
 31: (set(), "ACCUSE ('blamed on') with no accuser named, against the ADF (the 'rebel group' apposition, UGA), with the document date."),
 32: (set(), "ASSAULT by Dipendra (NPL) on King Birendra (NPL) on the date the text gives, 2001-06-01. 'According to an official inquiry' is attribution only, so it stays asserted."),
 33: ({"target"}, "Khamenei hailing the turnout is SUPPORT by Khamenei (IRN), and the document date is right. The target is wrong: America is the party said to be defeated, not the one praised; it should be the Iranian voters (IRN), or empty."),
 34: (set(), "A PROTEST at home by opposition supporters (BLR) with no aim named in the sentence, so the state (Belarus) is a right target. Sunday evening is 2008-09-28."),
 35: ({"target"}, "COERCE deport by Malaysia (MYS) is right, and as a total summed over this year it is right with no date. The target's country is wrong: the workers are 'most of them Indonesians', foreigners in Malaysia, so it should be IDN (or empty), not MYS."),
 36: (set(), "ASSAULT by the rebels (UGA) on the technical college in western Uganda (UGA), on Monday 1998-06-08."),
 37: ({"target", "date"}, "RETREAT (ease sanctions) by the EU is right: the actor is the EU (EUR) despite its odd label. The target should be Yugoslavia (YUG), named in the same sentence as the party under sanctions. The date should be 2000 (after Kostunica replaced Milosevic in October), since the text gives no month; 2000-11 comes from the UN readmission."),
 38: ({"target", "date"}, "The REQUEST from the guerrillas (URNG, GTM) is right. The target is wrong: the guerrillas' supporters voting in Guatemala's election are plainly Guatemalan, so it should be their supporters (GTM), not a code of None. The date is wrong: the call was made for the November 1995 first round, so it should be 1995, not the 1996-01-08 document date."),
 39: (set(), "ACCUSE from the Republicans in Congress (USA) to the Clinton administration (White House, USA), reported as this news with the document date."),
 40: ({"event"}, "Spurious: 'it would strengthen Armenia's ties with Europe' is Kocharyan's forecast of the papal visit's effect, not a COOPERATE act, and Turkey is nowhere in the sentence."),
 41: (set(), "ASSAULT by the ADF (UGA) on civilians (UGA). It is a total over two years, so no date is right."),
 42: (set(), "ACCUSE (criticised) from rights groups to Azerbaijan (AZE). A criticism that is still going on takes the document date, which is accepted."),
 43: ({"target"}, "'Has not been charged' is a negated ACCUSE with no charging party named, and the document date is accepted for a state still going on. The target is wrong: it should be the Taiwanese-born Los Alamos scientist (USA), not Bill Richardson."),
 44: ({"date"}, "AGREE by Britain (GBR) is right. The target Taylor (LBR) is accepted as the party the promised act is on, though the court would be a better recipient. The date is wrong: this is a background agreement of an earlier, unstated time in a background paragraph, so it should be unknown, not the document date."),
 45: ({"target"}, "AGREE by Sonia Gandhi (IND) to lead the party, dated 1998 ('last year'), is right. The target is wrong: 'the party' in the sentence is the Congress party, whose leadership she agreed to take, so it should be the Congress party (IND), not empty."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 45 and sorted(V) == [it["n"] for it in items]
with open("events-b.jsonl", "w") as out:
    for it in items:
        bad, why = V[it["n"]]
        if "event" in bad:
            v = {f: False for f in F}
        else:
            v = {f: f not in bad for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = why
        out.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h58-x228-06", "coder_events": [
   "COERCE: Mexico (MEX) -> Italian human rights activists (ITA), expelled 40 activists, 1998-05-11",
   "ACCUSE: Mexico (MEX) -> Italian human rights activists (ITA), accused them of breaking visa terms by political activity, 1998-05-11"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found with the right type and arguments. 'Toured Zapatista rebel communities' is a background relative clause and is not coded as a CONSULT. The later text dates the flight out to Sunday night (1998-05-10); the paragraph gives no date."},
 {"doc": "h58-x228-03", "coder_events": [
   "SUPPORT: Efrain Rios Montt (GTM) -> Alfonso Portillo, the FRG candidate (GTM), backed the candidate, campaign (undated)",
   "AGREE: Alvaro Arzu (GTM) -> (none named; the URNG guerrillas by the later text), promised to end the civil war within the year, campaign (undated)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the backing (SUPPORT, with the document date, which is arguable for a campaign-long endorsement) but missed Arzu's promise to end the war (AGREE). Winning the run-off is not a PLOVER event."},
 {"doc": "h58-x226-06", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election gains and the outlook of 'fresh clashes' with the government: no act is coded."},
 {"doc": "h58-x228-24", "coder_events": [
   "ACCUSE: Mexico (MEX) -> China (CHN), accused China of discriminating against its citizens, 2009-05-04",
   "COERCE: China (CHN) -> healthy Mexican citizens (MEX), quarantined dozens of Mexicans (restricted movement), 2009-05-04 (ongoing)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The ACCUSE was found. The quarantine, stated as fact in the 'by' phrase, was missed. Mexico sending a plane to bring its own citizens home is an act toward its own nationals and is not coded."},
 {"doc": "h58-x225-11", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Euro notes going into circulation: no political interaction."},
 {"doc": "h58-x225-06", "coder_events": [
   "ASSAULT: NATO (NATO) -> Yugoslavia (YUG), air strikes on their fourth night, 1999-03-27 (ongoing campaign)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The NATO air strikes were missed. The jet 'went down' with no shooter named in the paragraph (the Yugoslav army's claim comes later), so it is not coded. The rescue of the US pilot by a US team is not an act between actors."},
]
paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(P, paras):
    assert p["dateline_events"] == len(q["events"])
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
