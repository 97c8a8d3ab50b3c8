"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's verdicts below, then check them.
usage (from round168/): python3 events-b-tools/write_verdicts.py"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields, or "SPURIOUS"), reasons
V = {
 1: (["target"], "U.S. officials' condemnation of the strikes is ACCUSE, asserted, with the document date (no date in the text); but the strikes condemned are Iran's, so the target should be Iran (IRN) (or empty): Iraq is the victim whose sovereignty was violated, not the party condemned."),
 2: ("SPURIOUS", "Not an event: \"Serbia has voted for the European path\" is Vucic's reading of an election result (the electorate voting), not an act of support by one political actor toward another; PLOVER does not code elections."),
 3: ([], "The opposition's standing accusation that Maduro became a dictator: ACCUSE, VEN opposition -> Maduro (VEN), present tense so the document date, asserted. All right."),
 4: ("SPURIOUS", "Duplicate: \"deplored and rejected any violation of its sovereignty\" is one condemnation, already coded from this sentence as e3 ACCUSE (deplored); rejecting a violation is no rejection of a request, so it is not a separate REJECT."),
 5: ([], "Background act in the relative clause: the EU's sanctions on Lukashenko (BLR), SANCTION (a trained coder codes sanctions so, though CAMEO2PLOVER maps 163 to COERCE), undated in the text so no date is right; asserted."),
 6: (["source"], "COERCE (barred from politics), Sharif (PAK) target, 2017 and asserted are right; the source should be Pakistan's Supreme Court (PAK), the agent of the coordinated passive (\"removed ... by the Supreme Court ... and barred\", \"a ruling\"), not empty."),
 7: ([], "Buhari (NGA) held talks with Putin (RUS) at the Sochi summit: CONSULT, document date (the Thursday of the summit), asserted. All right."),
 8: ([], "Putin (RUS) accused Western powers (no single country code) on Thursday 2019-10-24: ACCUSE, asserted. All right."),
 9: ("SPURIOUS", "No act of blaming: Aliyev said countries should not be blamed for having oil and gas, a defence, not an accusation; the Netherlands comes from the previous sentence and is not in this one."),
 10: ([], "Pashinyan (ARM) and Aliyev (AZE) are due to meet Putin (RUS) in Moscow on Thursday 2023-05-25: CONSULT, future. All right."),
 11: (["target"], "Forgiving is SUPPORT (CAMEO 056), Anwar (MYS), at the news conference on the day of the report, asserted; but \"him\" is Mahathir, named in the same sentence (\"referring to Mahathir\"), so the target should be Mahathir Mohamad (MYS), not empty."),
 12: ([], "Kosovo's leaders (XKX) rejecting the allegations, scored as REJECT (\"all rejections and refusals\"; CAMEO would put a denial under 016, which PLOVER drops); the accuser (the Council of Europe report) is only in the previous sentence, so an empty target is right; a standing rejection, document date right."),
 13: ([], "Sri Lanka's opposition (LKA) criticised the terms of the Chinese loans: ACCUSE disapprove toward China (the lender, named as \"Chinese\"), a standing criticism in this news so the document date, asserted. All right."),
 14: (["target"], "North Korea (PRK) agreed on Tuesday 2018-01-09 to send athletes: AGREE, asserted, right; but the agreement was made with South Korea in the talks between \"the rivals\", and South Korea is named in the sentence, so the target should be South Korea (KOR), not empty."),
 15: ([], "The Guards (IRN) accused the Iranian Kurdish opposition groups (\"terrorist\" groups, IRN) of stoking the protests: ACCUSE, asserted; 2022-09-28 is the Wednesday of the operation the Guards were claiming (the document date would also do)."),
 16: ([], "Trump (USA) has repeatedly threatened to pull out of NAFTA: THREATEN; the sentence names no party threatened (Canada and Mexico are not in it), so an empty target is right; repeated acts of unknown time, no date right; asserted."),
 17: (["type", "modality"], "Zelenskiy said Ukraine would observe a ceasefire where Russia did: a conditional pledge, so the type should be CONCEDE (declaration, not implementation, of a ceasefire), not RETREAT ceasefire (which needs an implemented truce), and the observing is future and conditional (hypothetical), not asserted. Ukraine -> Russia and the document date are right."),
 18: (["target"], "The protests (PROTEST demo, mid-January 2012) are right, and the sentence names no protester, so an empty source is accepted; but Arafat was not the protests' target (they backed him): they were aimed at the planned overhaul of emergency services, an act of the authorities, so the target should be the Romanian government (ROU)."),
 19: (["date"], "Qatar's PM (QAT) backed the Arab-force idea: SUPPORT, asserted, empty target right (the idea, not a party, is in the sentence); but this was at the Tunis meeting the text dates Friday, so the date should be 2012-02-24, not the document date 2012-02-25."),
 20: ([], "Obama (USA) did not meet Netanyahu (ISR) during his visit: CONSULT negated, this week's news so the document date. All right."),
 21: (["date"], "U.S. officials (USA) welcomed the inter-Korean talks: SUPPORT, asserted, empty target acceptable (the talks, no party named as welcomed); but the sentence says they said so on Tuesday, so the date should be 2018-01-09, not none."),
 22: ([], "Israel (ISR) has agreed to the U.N.-supervised monitoring mechanism: AGREE, no counterpart named as party so an empty target is right, a current position with no date in the text so the document date, asserted. All right."),
 23: ([], "The Brotherhood (EGY) called on its supporters (EGY) to keep protesting: REQUEST, hours after Tuesday's arrest (= document date 2013-08-20), asserted. All right."),
 24: (["type"], "Kurz saying he would propose Schallenberg (AUT) as his successor is an endorsement of a person, SUPPORT (approve an actor), not AGREE (willingness to cooperate); Kurz -> Schallenberg, future and no date for the proposing are right."),
 25: ([], "Washington (USA) and Seoul (KOR; labelled \"Seoul delegation\" but the South Korean government) agreed last week (2018-W01) to postpone the joint exercises: mutual AGREE, asserted. All right."),
 26: ([], "Indonesia (IDN) deplored any violation of its sovereignty: ACCUSE disapprove; the sentence names no party that violated it (Australia is not in it), so an empty target is right; Jakarta's reaction on the day of the report, document date; asserted. All right."),
 27: ([], "Erdogan (TUR) hosted Herzog (ISR) in Ankara on Wednesday 2022-03-09: CONSULT visit, asserted; PLOVER would make the visitor the source, but a meeting is mutual, so host -> visitor is accepted."),
 28: (["source"], "The Suruc suicide bombing that killed 32 young activists (TUR) on Monday 2015-07-20 is ASSAULT, asserted; the source should be Islamic State, named in the sentence (\"blamed on Islamic State\"), not empty."),
 29: (["target"], "Trump (USA) blaming NAFTA for lost jobs is ACCUSE, with the document date for a standing complaint, asserted; but he blamed the agreement, and Mexico is only where the jobs went: the target should be empty (NAFTA is no party), not Mexico."),
 30: ([], "India (IND) agreed last year (2024) to a currency swap arrangement: AGREE; the Maldives is not named in the sentence, so an empty target is right; asserted. All right."),
 31: ([], "Anti-China riots across Vietnam in 2014: PROTEST riot against China (CHN); the sentence names no rioters, so an empty source is accepted; asserted. All right."),
 32: (["target"], "Hundreds of people (BLR) protested on Sunday 2022-02-27: PROTEST, asserted; but the protest's aim was the war (Russia's invasion), not the Belarusian authorities or their acts, so by the crowd-protest rule the state is wrong: the target should be empty (or Russia)."),
 33: (["type", "modality"], "The three leaders declared they would hold the summit annually: a pledge to meet in future, which PLOVER codes AGREE (\"expressing willingness to meet in the future\"), not CONSULT; as given (a joint declaration of a future act) it is future, not hypothetical. South Korea -> Japan passes as two of the three mutual parties; no date for the future meetings is right."),
 34: (["date"], "Kerry (USA) brokering the 2014 power-sharing deal is CONSULT (mediation), Abdullah (AFG) one of the parties, asserted; but the text places it in the 2014 election, so the date should be 2014, not none."),
 35: ([], "Republican lawmakers (USA) accused Beijing (CHN) of IP theft and currency manipulation during the Wednesday 2011-01-19 state visit: ACCUSE, asserted. All right."),
 36: ([], "Saudi officials (SAU) have long rejected criticism of the justice system: REJECT (see item 12), critics not named in the sentence so an empty target is right, a continuing stance so the document date, asserted. All right."),
 37: ([], "Park (KOR) and Abe (JPN) will hold their first bilateral meeting on Monday 2015-11-02: mutual CONSULT, future. All right."),
 38: ("SPURIOUS", "Not a PLOVER act: suspending payments on external debt is a debt default listed among Ghana's economic troubles, with no creditor named, not a reduction of relations (and not CAMEO 162, reducing aid) toward a political actor."),
 39: (["source", "date"], "Seizing Tikrit is ASSAULT (taking ground), and Tikrit (IRQ) passes as the target, asserted; but \"they\" are the ISIL-led militants, so the source should be ISIL (not Iraq); and Tikrit fell \"a day after\" Mosul, a day before Thursday's move, so the date should be 2014-06-11, not 2014-06-12."),
 40: (["target"], "Girkin (RUS) calling for full mobilisation is REQUEST, a standing call with the document date, asserted; but the call is addressed to Russia's leadership (the Kremlin and Defence Ministry named in the sentence, RUS), not to Ukraine, the enemy it is meant to defeat."),
 41: (["date"], "Security forces (AFG) killed, source unnamed in the sentence (empty right), ASSAULT asserted; but the killings were during Saturday's vote, so the date should be 2019-09-28, not the document date 2019-09-29 (the Sunday of the count)."),
 42: ([], "Xi (CHN) and Hasina (BGD) agreed to upgrade ties to a strategic partnership: mutual AGREE (SUPPORT would also do), on Friday 2016-10-14 = document date, asserted. All right."),
 43: ([], "Indonesian officials (IDN) have repeatedly objected to the push-back policy: ACCUSE disapprove; no party is named in the sentence (the policy is Australia's), so an empty target is right; repeated acts of unknown time, no date right; asserted. All right."),
 44: (["target"], "Russia (RUS) refusing to extradite is REJECT, a standing policy so the document date, asserted; but the target of the refusal is the party asking for extradition (the Netherlands, from the previous sentence) or empty, not Russia's own citizens."),
 45: ([], "Australia (AUS) apologised to the Indonesian government (IDN): SUPPORT (CAMEO 055 apologise), said by Morrison on Friday 2014-01-17 = document date, asserted. All right (another sentence than the lead's, so not a duplicate by the rule)."),
 46: ("SPURIOUS", "Duplicate of e5 (Hu's trip to Chicago, same sentence): visiting Chinese-owned firms there is the same trip, and a visit to his own country's companies is no political interaction; besides, Hu's code would be CHN, not USA."),
 47: ([], "Tikhanovsky (BLR), \"another would-be candidate\" (the actor's name is garbled as \"be candidate\" but it is him), arrested in late May 2020 by unnamed authorities: COERCE arrest, empty source right, asserted. All right."),
 48: (["date"], "Vietnam's foreign ministry (\"It\") asked Beijing (CHN) to investigate: REQUEST, asserted, right; but the request is in the ministry's statement of Saturday, so the date should be 2020-04-04, not the document date 2020-04-07."),
 49: ([], "Marcos (PHL) visited Beijing (CHN) in January 2023: CONSULT visit, asserted. All right."),
 50: (["source", "target"], "ACCUSE, present tense (document date), asserted are right; but \"it\" is Ennahda, so the source should be Ennahda (TUN party), not the Tunisian government, and the party accused is Qalb Tounes (TUN), not Tahya Tounes."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-b.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            assert all(w in F[1:] for w in wrong), wrong
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h61-x240-02",
  "coder_events": [
    "ACCUSE: Philippines (PHL) -> China (CHN), lodged a formal diplomatic protest, 2011-03-04",
    "COERCE: Chinese patrol boats (CHN) -> survey vessel MV Veritas Voyager (PHL-licensed survey), harassed it and ordered it to leave Reed Bank, 2011-03-02"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the protest (ACCUSE PHL -> CHN, right). It did not code the harassment (the date, Wednesday, is in the next paragraph)."},
 {"doc": "h61-x238-25", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results only: no PLOVER act between political actors."},
 {"doc": "h61-x238-23",
  "coder_events": [
    "RETREAT: Houthis (YEM) <-> Yemeni government (YEM) (mutual), released prisoners in an exchange of almost 900 detainees, 2023-04-16"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in this paragraph and so missed the prisoner exchange (RETREAT release, mutual). Some coders would add the ICRC's organising role (AID/mediation); I count the swap only."},
 {"doc": "h61-x237-01", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election result and its implications (a 'question mark' over Finland's backing for the Portugal rescue): no act."},
 {"doc": "h61-x238-10",
  "coder_events": [
    "ASSAULT: Turkish warplanes (TUR) -> Kurdish militants (PKK) camps in northern Iraq, air strikes overnight, 2015-07-25",
    "ASSAULT: Turkey (TUR) -> Islamic State positions in Syria, bombing, 2015-07-24",
    "THREATEN: Ahmet Davutoglu (TUR) -> militants threatening Turkey, said the strikes would continue as long as Turkey was threatened, 2015-07-25"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the strikes on the Kurdish camps (its target code IRQ is doubtful for PKK militants; recall counts type only). It missed the earlier bombing of Islamic State in Syria and Davutoglu's warning."},
 {"doc": "h61-x238-20",
  "coder_events": [
    "CONSULT: Sheikh Abdullah bin Zayed (ARE) -> Bashar al-Assad (SYR), met / visited in Damascus, 2021-11-09"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in the lead; its only meeting event (e2, Assad received the Emirati delegation) is in the second paragraph, so the lead's meeting is not found here."},
]
paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(paras, P):
    assert len(p["events"]) == q["dateline_events"], p["doc"]
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for q in P:
        out.write(json.dumps(q, ensure_ascii=False) + "\n")

# checks
rows = [json.loads(l) for l in open("events-b.jsonl")]
assert len(rows) == 50
for r, it in zip(rows, items):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
    assert {k: r[k] for k in it} == it
counts = {f: sum(r["verdict"][f] for r in rows) for f in F + ["all"]}
print("counts of 50:", counts)
pl = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(pl) == 6
print("paragraphs: coded", sum(len(q["coder_events"]) for q in pl), "found", sum(q["found"] for q in pl),
      "dateline", sum(q["dateline_events"] for q in pl), "spurious", sum(q["spurious"] for q in pl))
from collections import Counter
c = Counter()
for r in rows:
    for f in F[1:]:
        if r["verdict"]["event"] and not r["verdict"][f]:
            c[f] += 1
print("wrong fields among real events:", dict(c), "spurious:", sum(not r["verdict"]["event"] for r in rows))
