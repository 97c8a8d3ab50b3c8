"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from judge a's hand verdicts, and check them.

usage: python3 events-a-tools/write_verdicts.py   (run in docs/judged/round177)
Each verdict is a set of wrong fields (SPURIOUS = event false) and the reasons.
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPURIOUS = {"event"}

V = {
 1: ({"target"}, "Anderson urged 'them', the protesting Canadian fishermen (CAN), to end the protest; 'Fisheries' is a word from his title, not the party. Date 1997-07-20 is the Sunday of the datelined report, accepted."),
 2: ({"target"}, "AGREE is right (promise of autonomy, CAMEO 034 maps to AGREE) and an undated 'have promised' with no date is right; but the promise is made to 'the province', Aceh (IDN), which the sentence refers to: target should be Aceh/the Acehnese (IDN)."),
 3: ({"target"}, "Blair welcomed 'the move', the IRA's restoration of its ceasefire, and the IRA is named in the same sentence: target should be the IRA (GBR). Undated reaction reported as this news takes the document date, right."),
 4: ({"source"}, "The lawmakers are members of the U.S. Congress (voting on Jackson-Vanik), not Russian: source should be U.S. lawmakers (USA/LEG). Future REQUEST toward Moscow with no date is right."),
 5: (set(), "Signing of the border agreement by the two presidents, mutual, on Wednesday 1998-12-16; the presidents coded as their states with the right codes is accepted."),
 6: (set(), "Kosovo's declaration of independence from Serbia in February 2008 is a political act against Serbia; REJECT (CAMEO 128, defy) is an acceptable type and 2008-02 is the text's date. (reported_by 'Russia leaders' is wrong: the speakers are the Abkhaz and South Ossetian leaders; not a scored field.)"),
 7: ({"source"}, "The party that agreed is the Palestinian militant groups (Hamas, Islamic Jihad; PSE), not the state of Palestine. AGREE to a calm with Israel on Thursday 2005-03-17, with its own condition, is asserted per the conventions."),
 8: ({"date", "modality"}, "No negotiation took place: the officials find it 'hard to imagine negotiating' with Turkey, so the act is hypothetical, not asserted, and has no date (not the document date 2005-07-30). Source French officials and target the candidate Turkey (TUR) are acceptable."),
 9: ({"target", "date"}, "Lahoud supported the language praising Hezbollah, named in the sentence: target should be Hezbollah (LBN). The row was at the two-day summit that ended on Wednesday 2006-03-29, so the document date 2006-03-30 (after the summit) is wrong; 2006-03-29 (or the summit's days)."),
 10: ({"target", "date"}, "The ministers called for the withdrawal of Yugoslav forces: target should be Yugoslavia (YUG), named in the sentence. The meeting was on Thursday 1999-05-06 (previous sentence), not the document date 1999-05-07."),
 11: ({"date"}, "Arrest right in type and parties, but the text dates it: Nasheed 'was seized on Friday evening' = 2005-08-12, not the document date 2005-08-14."),
 12: ({"target"}, "'We have agreed' = NATO (Robertson) and Russia (Putin), a mutual agreement: target should be Putin/Russia (RUS), not empty. Date 2000-02-16 (the Wednesday meeting) right."),
 13: (set(), "The two leaders met at Bush's ranch on Monday 2005-04-25; mutual CONSULT with the states' codes USA/SAU (coarse but right country codes)."),
 14: (set(), "China summoned Japan's ambassador to protest: ACCUSE toward Japan's ambassador (JPN), on the day of the visit 2005-10-17. Mode should be disapprove rather than allege (not scored)."),
 15: ({"source", "target"}, "The clashes are between the northern Sudanese army (SDN/MIL) and the SPLA (SDN), both named in the sentence ('northern soldiers and members of the SPLA'); either as source and the other as target, not both empty. Date Wednesday 2008-05-14 right."),
 16: (set(), "Clinton called off air strikes on Iraq (de-escalation, RETREAT) after the Saturday pause, announced Sunday 1998-11-15; accepted since the final call-off followed the 24-hour pause."),
 17: ({"date"}, "Killing with unnamed agent and soldiers (SDN) as target is right, but 'dozens ... had been killed' is a toll of the fighting since Wednesday 14 May, a span with no single date (round-20 rule), not the document date 2008-05-17."),
 18: (set(), "Syrian officials rejecting the suggestion of instability is a REJECT (CAMEO 120) with no party named, so empty target right; undated reaction takes the document date. Borderline: a denial close to a plain statement."),
 19: (set(), "Chilean judge indicted Pinochet (ACCUSE/allege) on Monday 2004-12-13; all right."),
 20: ({"target"}, "The rights groups condemned 'Monday's ruling', the act of the Sharia appeals court: target should be the Katsina Sharia appeals court (NGA/JUD). Source (international rights groups, no code) and the document date are right."),
 21: ({"target"}, "The Commission welcomed 'the vote' of Turkey's parliament: target should be the Turkish parliament / Turkey (TUR). Source EU Commission and document date right."),
 22: ({"type", "source"}, "Protesters who 'promised to greet' Koizumi are promising protests: a THREATEN (threaten protest, CAMEO 133), not AGREE; and they are South Korean protesters (KOR), not JPN. Target Koizumi and no date right."),
 23: (set(), "SPLA political-wing officials (SDN) accused the northern army (SDN/MIL) of shelling; ACCUSE on the report's date; all right."),
 24: (SPURIOUS, "'Washington still lists Libya as a state sponsor of terrorism' is a standing designation given as background, not an act reported in this story; a coder codes no event here."),
 25: ({"target"}, "'They' = the U.S. and Saudi sides, a mutual agreement: target should be Saudi Arabia (SAU); the Saudi students are the subject of the agreement, not the party. AGREE and 2005-04-25 right."),
 26: (set(), "Kocharyan and Aliyev failed to reach agreement at talks: AGREE negated, mutual, 'weeks' before with no date (unknown) right."),
 27: ({"source", "target"}, "The voters who rejected the EU constitution in May 2005 are French voters (FRA), not Turkish; the rejected text is the EU's: target should be the EU (EUR), not the EU's rotating presidency (Britain in this story). Date 2005-05 right."),
 28: (set(), "Border demarcation agreement signed last month (2001-02) between Macedonia and Yugoslavia; mutual SUPPORT, right."),
 29: ({"target"}, "The opposition parties demanded that the electoral council resign, named in the sentence: target should be the Provisional Electoral Council (HTI). Date 1995-06-26 (the dateline Monday) accepted."),
 30: (set(), "Russia broke off ties with NATO in March 1999: SANCTION, Russia -> NATO, 1999-03; right."),
 31: (set(), "Knesset approved the interim agreement early on Friday 1995-10-06; SUPPORT; target the Palestinians (the other party to the accord, named as 'Palestinian self-rule') accepted."),
 32: ({"target", "date"}, "Denard surrendered to the French troops Paris sent, named in the same sentence: target should be France/French troops (FRA). Date 1995-W36 is invented precision: the text gives only 'a week' after a September coup (five months before March 1996), late Sept/early Oct 1995 at best. Source Denard with COM accepted (coup leader in the Comoros; the text calls him a Frenchman)."),
 33: (set(), "O'Grady's jet was struck on June 2 (1995-06-02); the attacker is not named in the sentence (missile only), so empty source right; target O'Grady (USA/MIL) right."),
 34: (set(), "South Korea investigates the warship sinking: ACCUSE/investigate with no party named (empty target right), ongoing, document date right."),
 35: ({"target"}, "The Marines rescued the American pilot: target should be the pilot Scott O'Grady (USA/MIL); Bosnia is only where he was. AID (rescue) on Thursday 1995-06-08 right."),
 36: ({"target"}, "The sentence names no suspect of the sinking; Kim Jong Il is the visitor, not the investigated party: target should be empty. (Second mention of the investigation in another sentence, so not a same-sentence duplicate.)"),
 37: ({"target"}, "Blair condemned the killing by IRA gunmen, named in the sentence: target should be the IRA gunmen (GBR/REB). Undated condemnation of last month's killing with no date is right."),
 38: ({"target"}, "'The criticism' is the opposition's (Umma, Turabi's party, opposition figures in the previous sentences): target should be the Sudanese opposition (SDN). REJECT and document date right."),
 39: (set(), "Russian police opened a murder inquiry (ACCUSE/investigate) into a killing by unknown persons; empty target and document date right."),
 40: ({"source"}, "The security officials asking Malaysia are Philippine (PHL), not Malaysian. Target Malaysia and document date right."),
 41: ({"date"}, "Arrests of the Daily News journalists (empty source acceptable, authorities not named) are right, but 2001-01 is the date of the bomb: the arrests 'under the media law' (passed 2002) are undated, so no date."),
 42: (set(), "Israeli police detained protesters on Thursday evening 1995-10-05 outside the Knesset; right."),
 43: ({"target"}, "Clinton threatened that U.S. forces would attack Iraq if Saddam broke his word: target should be Iraq / Saddam Hussein (IRQ), not the U.S. forces. THREATEN on Sunday 1998-11-15 right."),
 44: ({"target"}, "Sudan's government welcomed 'the move', Bush's appointment of a peace envoy: target should be the United States / Bush (USA). Date (dateline Thursday) accepted."),
 45: ({"target"}, "Kerekou's camp rejected the fraud claims made by Soglo, named in the same sentence: target should be Nicephore Soglo (BEN). REJECT and document date right."),
 46: (set(), "AU leaders (no code) urged member states (no code) to send the promised troops, at the summit ended 2007-07-03; right."),
 47: (set(), "More than 200 soldiers (LKA) killed since late July: toll over a span, no date right; the Tigers are not named in the sentence, so empty source right."),
 48: ({"date"}, "AGREE (pledge to replace the emergency law) by Mubarak with no party named is right, but the text dates it 'during his 2005 election campaign': date should be 2005, not none."),
 49: (set(), "The U.S., Canada and Guatemala voted against Libya on Monday 2003-01-20; REJECT with no party named in the sentence (Libya is in other sentences) right."),
 50: (SPURIOUS, "Business leaders warning that decertification 'could cost the country investment' is a pessimistic comment about consequences they do not control, not a threat; no event."),
}

P = [
 {"doc": "h66-x257-03", "coder_events": [
   "SUPPORT: Bosnia (BIH), Croatia (HRV), Yugoslavia (YUG) mutual, signed an arms control agreement, 1996-06-14"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The Dayton accord ending the war is background, not coded."},
 {"doc": "h66-x259-04", "coder_events": [
   "ASSAULT: gangs (KEN) -> at least a dozen people incl. police officers (KEN), killed in two nights of violence in Likoni, 1997-08-13/14 (span to 1997-08-15)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found no event in this paragraph; the killing of police by armed gangs is missed."},
 {"doc": "h66-x257-18", "coder_events": [
   "SUPPORT: Turkey (TUR) -> European Union (EUR), signed customs-union protocol, 2005-07-29",
   "REJECT: Turkey (TUR) -> Greek Cypriot government (CYP), declared the signing is no recognition, 2005-07-29"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's SUPPORT has an empty target (EU is named); the non-recognition declaration is missed."},
 {"doc": "h66-x259-12", "coder_events": [
   "SANCTION/convict: Islamic appeals court (NGA/JUD) -> single mother Amina Lawal (NGA), upheld death-by-stoning sentence, 2002-08-19"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The upheld sentence is missed."},
 {"doc": "h66-x258-17", "coder_events": [
   "PROTEST/riot: protesters (YEM) -> Yemen government (YEM), riots over fuel price rise, 2005-07-21",
   "ASSAULT/firearms: security forces (YEM) -> protesters (YEM), opened fire, at least 20 killed, 2005-07-21"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found with right parties and dates."},
 {"doc": "h66-x257-06", "coder_events": [
   "SUPPORT: Russia (RUS), Armenia (ARM) mutual, signed treaty of friendship and mutual assistance, 1997-08-29"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": ""},
]

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if "event" in wrong:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reason
    out.append(rec)
with open("events-a.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(paras, P):
    assert q["dateline_events"] == len(p["events"]), p["doc"]
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    for q in P:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open("events-a.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
assert len(open("paragraphs-a-verdicts.jsonl").readlines()) == 6
counts = {f: sum(r["verdict"][f] for r in back) for f in FIELDS + ["all"]}
print("right of 50:", counts)
print("paragraphs: coded", sum(len(q["coder_events"]) for q in P), "found", sum(q["found"] for q in P),
      "dateline", sum(q["dateline_events"] for q in P), "spurious", sum(q["spurious"] for q in P))
