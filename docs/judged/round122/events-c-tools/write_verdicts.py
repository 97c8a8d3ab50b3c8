# Writes events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's hand verdicts below.
import json
T = True; F = False
# n: (event, type, source, target, date, modality, reasons)
V = {
1: (T,T,T,T,T,T, "Ireland's 2001 referendum No to the Nice treaty is a REJECT; 'in June last year' gives 2001-06. No party is acted upon in the sentence ('the same treaty' is a document), so the empty target stands by the rules (I would also accept the EU)."),
2: (T,T,T,T,T,T, "Romanian police detained several hundred miners in Wednesday's clash (1999-02-17); all fields right."),
3: (T,F,T,T,T,T, "The LRA's dismissal of its chief negotiator is not a rejection; type should be SANCTION (removal from the group). The dismisser is not named in the sentence, so the empty source is right; 'was later reported' keeps it an unconfirmed report."),
4: (T,T,T,T,T,T, "Fukuda says he will press Washington: a future REQUEST from Japan to the US. An undated future act with an unknown date is right."),
5: (T,T,T,T,F,T, "The REQUEST, source and target are right, but the date 2008-02-17 comes from the previous sentence (Kosovo's declaration). The text gives no date for the demand, which came before the 2008-03-08 resignation, so it should be undated."),
6: (T,T,T,T,T,T, "Lai congratulated Trump: SUPPORT TWN -> USA, reported as this news on the document date."),
7: (F,F,F,F,F,F, "Spurious: 'his mandate does not include negotiating' describes the scope of Blair's post; nobody negotiates or refuses to. The target 'final peace settlement' is not a party."),
8: (T,T,T,T,T,T, "The US cut off trade with Iran 'last year' (1995): SANCTION USA -> IRN; all fields right."),
9: (T,T,T,T,T,T, "Discussed Saudi investment: a CONSULT between the Syrian and Saudi sides. Saudi Arabia, named in the sentence, is the other party; it is reported as this news (talks Wednesday-Thursday, document date Thursday)."),
10: (T,T,T,T,T,T, "Law and Justice backing Duda is a SUPPORT for a candidate, an ongoing state on the document date. It is marginal, an appositive description, but an endorsement of an actor. Only the country POL is scored; JUD is the wrong sector."),
11: (T,T,T,F,T,T, "Signing a double-taxation agreement is SUPPORT (sign agreement), but it is a bilateral act: 'they' are the two sides, so the target should be Saudi Arabia / King Abdullah (SAU), not empty."),
12: (T,T,T,T,T,T, "Komorowski conceding the election is a verbal CONCEDE. Duda is not in the sentence, so the empty target is right. Sunday evening (2015-05-24) follows from the sentence."),
13: (T,T,T,T,T,T, "De Silva accused the Tigers: ACCUSE LKA -> LTTE (LKA), on the day the talks ended (document date)."),
14: (T,T,T,T,F,T, "Kuwaiti security forces detained about 15 people: COERCE arrest, KWT -> KWT. The detention was reported as this news ('said on Wednesday'), so the date should be the document date 2002-10-09, not unknown."),
15: (T,T,T,T,T,T, "King Abdullah held talks with Assad on Wednesday and Thursday: CONSULT SAU -> SYR; 2009-10-07 is the first day of the span the text gives."),
16: (T,T,T,F,F,T, "The charging of the Arctic Sunrise crew with piracy is ACCUSE, and the empty source is right (Russia is not named in the sentence). The target should be the 30 people on board with no country code: they are a multinational crew, not RUS. The charges are background with no date, so the date should be undated, not the document date."),
17: (T,T,T,F,F,T, "'The government' is the Maldives government (MDV), not Sri Lanka. The US call came after the August 2004 crackdown, so the date should be undated or 2004, not the 2005 document date."),
18: (T,T,T,T,F,T, "Arab leaders backing the French initiative is a SUPPORT -> France. It is in the Nouakchott declaration of the one-day summit that ended on Monday, so the date should be 2016-07-25, not the document date 2016-07-26 (Tuesday)."),
19: (T,T,T,T,T,T, "Kostunica says he will ask Tadic to dissolve parliament: a future REQUEST SRB -> SRB; the undated future act is right."),
20: (T,T,T,F,T,T, "The UN told its Afghan national staff not to come to work: REQUEST (order). The target should be the UN's Afghan national staff (AFG), not the country Afghanistan."),
21: (T,T,T,T,T,T, "Washington praised Seoul: SUPPORT USA -> KOR; all fields right."),
22: (T,T,T,T,T,T, "Rights groups welcomed the king's steps: SUPPORT. The groups' country is not given, and 'the steps' names no party, so the empty code and target are right by the rules."),
23: (T,F,T,F,T,T, "A country leaving the ICC is SANCTION (withdraw from an organisation), not RETREAT; dateline itself codes the Sahel withdrawal SANCTION. The target should be the ICC, which the sentence names as 'the court'. April (2025-04) is right."),
24: (T,T,T,T,T,T, "US officials have not blamed Iran: a negated ACCUSE USA -> IRN that still holds on the document date; all fields right."),
25: (T,T,F,T,T,T, "Ali Mahdi's call to Aidid's followers is a REQUEST, but the source's country should be SOM, not empty. The target is garbled ('s followers), but it is the right party (the general's followers, SOM)."),
26: (T,T,F,T,T,T, "The ACCUSE is right, but the source should be Kuwaiti Islamist members of parliament (KWT legislators), not the state of Kuwait. The attackers are not named in the sentence, so the empty target is right."),
27: (T,T,T,T,T,T, "Dirceu resigned on Thursday (2005-06-16): RETREAT resign; all fields right."),
28: (T,T,T,T,T,T, "Irish voters approved the EU's Nice treaty: SUPPORT IRL -> EU, with results on Sunday (document date); all fields right."),
29: (T,T,T,T,F,T, "Election officials rejected Musharraf's nomination papers: REJECT PAK -> PAK. This is background ('have since', between his March return and now), so the date should be undated, not the document date."),
30: (T,F,T,T,T,T, "Parliament voting to scrap the age limit is no concession to any party. The nearest type is SUPPORT (approving a policy that favours Museveni), not CONCEDE. The source, the empty target and Wednesday 2017-12-20 are right."),
31: (T,T,F,T,F,T, "The refusal is a REJECT, but the source should be Tadic's Democratic Party (SRB), not Tadic himself. The refusal came before Saturday's resignation and is undated, so the document date is wrong (it should be undated). The empty target is right (Kostunica is not in the sentence)."),
32: (T,T,T,T,T,T, "Kobakhidze accused foreign intelligence services (no country given): ACCUSE on Sunday, the document date; all fields right."),
33: (T,T,T,T,T,T, "The State Department welcomed the ruling: SUPPORT. The court is not named in the sentence, so the empty target is right. The story's dateline is May 30, so 1995-05-30 is right."),
34: (T,T,T,T,T,T, "Hamas seizing Gaza is an ASSAULT by convention; the target is Palestinian territory (PSE) and 'this month' gives 2007-06."),
35: (T,T,T,F,T,T, "French prosecutors charged three men: ACCUSE. The target should be the three Algerian men (DZA), not the state of Algeria. 'Last week' is 2025-W15, which is right."),
36: (T,T,F,T,T,T, "The ASSAULT and the date (last week, 2004-W17) are right, but the sentence names the other side of the shootout: the source should be the Jordanian security forces (JOR), not empty."),
37: (T,T,F,T,T,T, "The Commission urging both governments is a REQUEST -> SVK, HUN, but the source is the European Commission (EU/IGO), not a Belgian body (BEL)."),
38: (T,T,T,T,T,T, "The US offer to help UNHCR and contribute funding is AGREE by convention (an offer of aid); all fields right."),
39: (T,T,T,T,T,T, "The European Commission urged Minsk: REQUEST EU -> BLR government, on the document date; all fields right."),
40: (T,T,T,T,T,T, "Angolan government forces captured UNITA strongholds in October (1999-10): ASSAULT by convention; all fields right."),
41: (T,T,T,T,T,T, "The July Tel Aviv bus blast killed six: ASSAULT with no attacker named (the empty source is right), victims in Israel, 1995-07."),
42: (T,T,F,T,T,T, "Chong welcoming Canada's expulsion is a SUPPORT, but Michael Chong is a Canadian MP: the source code should be CAN, not HKG. The target Joly (CAN) is clearly the party whose act is welcomed."),
43: (T,T,T,T,T,T, "The Supreme Court sentenced Cozma on Monday (1999-02-15): SANCTION convict ROU -> ROU; all fields right."),
44: (T,T,T,F,T,T, "Duterte's repeated outbursts are an ACCUSE, but the sentence names the critics: the target should be the U.N. and the U.S. ambassador in Manila (USA), not empty. A repeated series has no date, so unknown is right."),
}
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 44
with open('events-c.jsonl', 'w') as f:
    for it in items:
        e, ty, s, t, d, m, r = V[it['n']]
        if not e:
            ty = s = t = d = m = False
        it = dict(it)
        it['verdict'] = {"event": e, "type": ty, "source": s, "target": t, "date": d, "modality": m,
                         "all": all([e, ty, s, t, d, m])}
        it['reasons'] = r
        f.write(json.dumps(it, ensure_ascii=False) + "\n")

P = [
 {"doc": "h38-x146-16",
  "coder_events": [
    "SANCTION: United States (USA) -> host countries of 19 embassies (no single code), keeps embassies and consulates closed through the week, 2013-08-04 (said on Sunday; closure future to end of week)",
    "SANCTION: Britain, France, Germany (GBR, FRA, DEU) -> Yemen (YEM), shut their missions in Yemen, 2013-08-04"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Security closures of missions, which a coder might code as SANCTION (reduced diplomatic presence). The al Qaeda 'threat of attack' is intelligence, not a communicated threat, so it is not coded. dateline has no event in the paragraph."},
 {"doc": "h38-x148-07",
  "coder_events": [
    "AGREE: George W. Bush / United States (USA) -> Philippines (PHL), pledges to help defeat militants and more military aid, 2003-10-18",
    "CONSULT: George W. Bush (USA) -> Philippines / Philippine Congress (PHL), visit to Manila and address, 2003-10-18"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Per the wave-76 rule, the pledge of aid is AGREE. dateline codes nothing in the paragraph; its SUPPORT (praised Arroyo) is in paragraph 2."},
 {"doc": "h38-x148-15",
  "coder_events": [
    "SUPPORT: China / Beijing (CHN) -> Ma Ying-jeou / Taiwan (TWN), signalled relief at the election result, 2012-01-14"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning an election and defeating a rival are not PLOVER interactions. Beijing's signal of relief is a verbal SUPPORT (dated Saturday or the document date). dateline has no event in the paragraph."},
 {"doc": "h38-x147-24",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A swearing-in, a coalition already formed and a government's collapse: no act of the PLOVER type family between actors in the paragraph. The UML-Nepali Congress deal is reported in paragraph 3."},
 {"doc": "h38-x146-14",
  "coder_events": [
    "AID: King Abdullah / Saudi government (SAU) -> Saudi citizens (SAU), announced benefits worth about $36 billion, 2011-02-23"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Announcing benefits for his subjects is coded as material provision (AID); some coders would code it CONCEDE (a concession to head off protests). Returning home is not an event. dateline has no event in the paragraph."},
 {"doc": "h38-x146-07",
  "coder_events": [
    "ACCUSE: main opposition parties (YEM) -> ruling General People's Congress / authorities (YEM) (implied), complained of vote-rigging and intimidation, 2003-04-29"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline's e1 ACCUSE (complained) matches, with the right type; it leaves the target empty, which is acceptable since the sentence names no accused party."},
]
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks and counts
out = [json.loads(l) for l in open('events-c.jsonl')]
assert [o['n'] for o in out] == [i['n'] for i in items]
assert [(o['doc'], o['trigger']) for o in out] == [(i['doc'], i['trigger']) for i in items]
fields = ["event", "type", "source", "target", "date", "modality", "all"]
for o in out:
    v = o['verdict']
    assert v['all'] == all(v[k] for k in fields[:-1])
    if not v['event']:
        assert not any(v.values())
print({k: sum(o['verdict'][k] for o in out) for k in fields}, "of", len(out))
pp = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(pp) == 6
print("paragraphs: coded", sum(len(p['coder_events']) for p in pp), "found", sum(p['found'] for p in pp),
      "dateline", sum(p['dateline_events'] for p in pp), "spurious", sum(p['spurious'] for p in pp))
