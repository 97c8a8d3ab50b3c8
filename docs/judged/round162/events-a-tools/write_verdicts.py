"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from judge a's verdicts (round 162).
usage (from docs/judged/round162): python events-a-tools/write_verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")

# n -> (set of wrong fields, or "spurious"; reasons)
V = {
 1: ((), "ACCUSE by Serbia's nationalist opposition (SRB) against Dacic (SRB) is right; the undated reaction takes the story's own date, Friday 2012-10-19 (dateline Oct 19)."),
 2: ((), "Turkey's backing of Azerbaijan is SUPPORT (CAMEO 051) and still going on, so the document date is right."),
 3: ((), "Gbagbo's capture by forces loyal to Ouattara (CIV) is an arrest (COERCE), dated April 2011 by the text."),
 4: ((), "Security Council demand for a ceasefire and the hostages' release is a REQUEST on Monday 2024-03-25; the sentence names no addressee (Israel appears only as the party the U.S. veto would shield), so an empty target is right."),
 5: (("target",), "'it' refers to the Lord's Resistance Army, so the target should be the LRA (UGA, rebels), not empty."),
 6: ((), "A promise of economic reforms is AGREE (CAMEO 034); undated background with unknown basis is right."),
 7: ((), "Killings 'in the Israeli offensive' give Israel as source and Palestinians as target; a toll summed over the war has no date; attribution to the health ministry keeps it asserted."),
 8: ((), "An apology is SUPPORT (CAMEO 055 maps to SUPPORT); Azerbaijan to Russia on Monday 2020-11-09."),
 9: (("date",), "'last week' dates the swearing-in, not Netanyahu's urging, which the text leaves undated: the date should be the document date 2014-06-09 (or none), not 2014-W23."),
 10: ((), "Washington urging Moscow to free the two men is a REQUEST, USA to RUS, on the document date."),
 11: ((), "The two Free Democrat ministers' resignations are RETREAT/resign on Wednesday 2014-11-05 ('hours later')."),
 12: ((), "More than 140 killed on Friday 2012-10-26 is an ASSAULT with no named attacker; reported by the Observatory, asserted."),
 13: ((), "Modi's state visit to the United States is CONSULT/visit, still going on at the document date."),
 14: (("target",), "The target is Galvan Fina, whom the text calls a Spanish man among 48 Spaniards: his country should be ESP, not MAR. SANCTION/convict and the 2011 date are right."),
 15: ((), "Mutual AGREE between India and Pakistan on Wednesday 2015-12-09."),
 16: ((), "Protest in Chisinau demanding the president's resignation targets the authorities, so the state (MDA) is a right target; Sunday 2015-09-06."),
 17: ((), "Kenyan (and Ugandan) business groups welcoming Congo's admission is SUPPORT; 'the move' names no party, so an empty target is right."),
 18: ((), "Assad's visit to Tehran is CONSULT/visit to Iran on Monday 2019-02-25."),
 19: ((), "Zyuganov demanding an explanation is a REQUEST; the sentence names no addressee; document date."),
 20: ((), "Students marching against Bouteflika's move target the authorities, so Algeria (DZA) is a right target; Tuesday 2019-03-12."),
 21: ("spurious", "Spurious: 'left' is 'was left out' (the coalition was excluded), not Hariri withdrawing, and the date comes from the coalition's name 'March 14'. The sentence's act is a REJECT: the March 14 coalition (LBN) refused to take part in Mikati's government (undated)."),
 22: ((), "Ratifying a treaty is SUPPORT in PLOVER; Philippines, 2011; no party named as target."),
 23: (("target",), "'both sides' are South Sudan's government and the rebels (SSD); Ethiopia, host of the talks, is a wrong target."),
 24: (("date",), "Kosovo's agreement is the deal the EU announced on Saturday (lead sentence): the date should be 2022-08-27, not the Sunday document date 2022-08-28."),
 25: (("source",), "The pro-democracy lawmakers are plainly Hong Kong legislators: the source's country should be HKG, not empty. Calling the plan 'fake democracy' as ACCUSE/disapprove with no party target is right."),
 26: ((), "Harris meeting Phuc is CONSULT on Wednesday 2021-08-25."),
 27: (("target",), "'which it accuses' refers to bin Daghr's government: the target should be the Yemeni government (YEM), not empty."),
 28: (("source",), "'They' are Akhtem Chiygoz and Ilmi Umerov, the freed Crimean Tatar leaders (UKR); the Mejlis with no country code is the wrong party. A future visit to Kiev, undated, is otherwise right."),
 29: ((), "Juncker congratulating Conte is SUPPORT, EU to ITA, on Friday 2018-06-01, the day of the swearing-in."),
 30: ((), "The Taliban delegation (AFG) meeting Western envoys is CONSULT; the U.S. envoys are one of the right targets; the talks ended on the document date."),
 31: ((), "Kurdish politician (IRQ) accusing Maliki is ACCUSE on the document date."),
 32: (("type",), "A rocket launch putting a satellite into orbit attacks no one: the type should be MOBILIZE/weapons (weapons test), not ASSAULT. North Korea, 2016-02-07 are right."),
 33: (("target",), "The 280 civilians were killed in Haftar's offensive in Libya: the target should be Libyan civilians (LBY), not TUR."),
 34: (("date",), "The praise was given when the general reported to Putin 'on Saturday': the date should be 2025-04-26, not unknown."),
 35: ((), "'ruled out cooperating' coded as COOPERATE negated is accepted by CONVENTIONS (REJECT asserted or the act negated); Merz to AfD, document date."),
 36: ((), "Kolokoltsev saying he would ask Putin to dismiss officers is a future REQUEST, undated."),
 37: ((), "Mutual AGREE between China and South Korea on Tuesday 2017-10-31."),
 38: ((), "The Taliban seizing power in Kabul is ASSAULT (armed seizure), against the Afghan government, August 2021."),
 39: (("date",), "The council's call for a halt is the Monday vote reported as this news: the date should be 2024-03-25 (or the document date), not unknown."),
 40: ((), "The World Bank sanctioning Chaves is SANCTION; undated background act, unknown is right."),
 41: (("target",), "Sanaa is held by the Houthis, and the previous sentence names Oman as a channel to the Houthi movement: the target should be the Houthis (YEM), not the Yemeni government."),
 42: (("target",), "'it' is Kosovo: the target of the withheld recognition should be Kosovo (XKX), not the European Union."),
 43: (("date",), "Kerry spoke while attending the conference on Friday: the date should be 2015-03-13, not the Sunday document date."),
 44: (("source",), "Chubarov is the Crimean Tatar Mejlis chairman, a Ukrainian figure: the source's country should be UKR, not RUS. The REQUEST with no named addressee is right."),
 45: ((), "Kim's expected onward travel to Russia's far east is a future CONSULT/visit to Russia, undated."),
 46: (("source",), "'it' that hosts the refugees is Lebanon: the source should be Lebanon (LBN), not France. Hosting refugees as AID (asylum) to Syrian refugees is accepted."),
 47: ((), "Gordillo's detention by federal agents (MEX) is COERCE/arrest on Tuesday 2013-02-26."),
 48: ((), "Netanyahu hailing the government's collapse is SUPPORT with no party target; no date in the text, so the document date is right."),
 49: ((), "Doha refusing to normalise ties with Damascus is SUPPORT (CAMEO 050) negated, Qatar to Syria, undated statement."),
 50: ((), "Kony's indictment by the ICC is ACCUSE/allege, 2005."),
}

items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50 and [it["n"] for it in items] == list(range(1, 51))
with open(HERE / "events-a.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h59-x232-02",
  "coder_events": ["SANCTION: Australia's High Court (AUS) -> Australian government (AUS), struck down the Malaysia asylum-swap plan as unlawful, 2011-08-31"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline coded the ruling as ACCUSE/disapprove with Malaysia as target: the act is there but the type (a court ruling a government act unlawful, SANCTION/convict) and the target (the Australian government) are wrong, so it is not found with the right type, though not spurious."},
 {"doc": "h59-x231-11",
  "coder_events": ["RETREAT: Boko Haram (NGA) -> 82 Chibok schoolgirls (NGA), freed, 2017-05-07 (reported Sunday)",
                   "RETREAT: Nigerian authorities (NGA) -> Boko Haram suspects (NGA), released in exchange, 2017-05-07",
                   "ASSAULT: Boko Haram (NGA) -> Chibok schoolgirls (NGA), kidnapped, 2014 (three years ago)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found only the background kidnapping (its target should be the schoolgirls, not Nigeria); it missed the release of the girls, which is the news, and the exchange release of suspects."},
 {"doc": "h59-x229-16",
  "coder_events": ["SANCTION: Klaus Iohannis (ROU) -> Laura Codruta Kovesi (ROU), decree dismissing her, 2018-07-09",
                   "CONCEDE: Klaus Iohannis (ROU) -> Constitutional Court (ROU), bowing to its ruling, 2018-07-09",
                   "ACCUSE: critics (ROU) -> Iohannis (ROU), said the move would weaken the fight against graft, 2018-07-09"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the CONCEDE (target empty, and it puts the critics as reported_by of the president's own act); it missed the dismissal itself and the critics' disapproval."},
 {"doc": "h59-x229-03",
  "coder_events": ["SANCTION: Kiev court (UKR) -> Yuri Lutsenko (UKR), sentenced to four years, 2012-02-27",
                   "ACCUSE: Lutsenko's supporters (UKR) -> Viktor Yanukovich (UKR), called the verdict political revenge, 2012-02-27"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's SANCTION/convict is the right act, but it adds Tymoshenko (not sentenced here) as a target and leaves Lutsenko without a country code; the supporters' accusation is missed."},
 {"doc": "h59-x229-10",
  "coder_events": ["SANCTION: Russian military court (RUS) -> Oleg Sentsov (UKR), sentenced to 20 years, 2015-08-25",
                   "ACCUSE: Kiev (UKR), human rights groups, Western governments -> Russian court (RUS), condemned the verdict as a show trial, 2015-08-25"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The sentencing is found and right in every field; the condemnation by Kiev, rights groups and Western governments is missed."},
 {"doc": "h59-x230-22",
  "coder_events": ["AGREE: Naftali Bennett (ISR) -> Yair Lapid (ISR), announced he would dissolve parliament and hand power to Lapid (intent to change leadership, CAMEO 0341), 2022-06-20, future"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline has no event in this lead. A future hand-over of power is not a RETREAT/resign (PLOVER: promises of resignation are coded elsewhere), so a coder codes the announced intent as AGREE; dissolving parliament itself has no PLOVER type between actors."},
]
paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(paras, P):
    assert len(p["events"]) == q["dateline_events"], p["doc"]
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as out:
    for q in P:
        out.write(json.dumps(q, ensure_ascii=False) + "\n")

# checks and counts
rows = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in rows) for f in F + ("all",)}
print("per-field right of 50:", counts)
print("paragraphs: coded", sum(len(q["coder_events"]) for q in P), "found", sum(q["found"] for q in P),
      "dateline", sum(q["dateline_events"] for q in P), "spurious", sum(q["spurious"] for q in P))
