"""Write events-b.jsonl from judge b's verdicts (fields wrong per item + reasons), and check the file."""
import json

# n -> (set of wrong fields, or "spurious"; reasons)
V = {
 1: ([], "REJECT for 'dismissed' is acceptable (ACCUSE disapprove would also do). 'The summits' names events, not a party, so an empty target is right under the rules (a coder might give the GCC/Arab League). Document date, asserted."),
 2: (["target"], "Target should be the former president Rodrigo Duterte (PHL), the 'Duterte, 80' arrested in March, not his daughter Sara Duterte. An empty source is acceptable because the sentence does not name who made the arrest (the ICC only issued the warrant); 2025-03 is right."),
 3: ([], "Georgia's foreign ministry dismissing the Abkhaz ballot as illegitimate is ACCUSE disapprove. 'The ballot' is not a party, so the empty target is right. Document date, asserted."),
 4: (["source"], "Source should be the chief prosecutor (GEO), who resigned; Zaza Saralidze only led the rallies. RETREAT resign, dated 2018-05 ('last month'), is right."),
 5: (["type", "target"], "Type should be RETREAT (disarm): the PKK fighters burning their own rifles is a symbolic step toward disarmament, not an assault. The target should be Turkey (TUR), named as 'the Turkish state' whose insurgency the step ends; source, date and modality are right."),
 6: ([], "Pakistan handing the captured Indian pilot back to India is RETREAT (release/return), Pakistan -> India, on Friday 2019-03-01 night; right."),
 7: (["target"], "The demand for release is made of the Bahraini authorities (BHR), which the sentence does not name, so the target should be empty or Bahrain. Rajab is the person to be released, not the party asked. The rest is right."),
 8: ([], "SANCTION convict on Rajab (BHR). The sentence names no court, so an empty source is right. Document date for the conviction reported as this news; asserted, and reported_by the lawyer."),
 9: ([], "ACCUSE: Saudi Arabia, the UAE and Bahrain -> Qatar, on Wednesday 2014-03-05. This is a separate act from the recall."),
 10: ([], "The US and Russia agreeing the plan in September is AGREE (mutual), dated 2013-09 and asserted; right."),
 11: ("spurious", "Duplicate: the Armenian soldier killed is the result of the Azerbaijani attack on the positions, which is already coded from this sentence (e1 'attacked'). The casualties belong to that ASSAULT."),
 12: ([], "Erdogan dismissing the European Parliament vote is REJECT (ACCUSE disapprove would also do), dated Wednesday 2016-11-23. 'The vote' is an act, not a party, so the empty target is right under the rules (a coder might give the European Parliament)."),
 13: ([], "The EU calling for de-escalation is REQUEST. Its own clause names no addressee, so the empty target is right ('both sides', Armenia and Azerbaijan, named in the US clause would also be right). Document date, asserted."),
 14: ([], "The announced deployment of 1,500 troops is MOBILIZE by the United States, future and without a date (basis unknown), which is right. The sentence names no party acted upon, so the empty target is fine."),
 15: (["target"], "Target should be Pope Francis (VAT): 'the pontiff' in the sentence refers to him, so an empty target is wrong. The rest is right."),
 16: ([], "Labor lawmakers voting for Rudd is SUPPORT (approving an actor), AUS -> AUS, on 2013-06-26 and asserted; right."),
 17: (["source"], "The source is European Parliament lawmakers (EU, code EUR or none), not France: Strasbourg is only where they sit. Backing the resolution as SUPPORT with no target, dated 2016-11-24, is acceptable."),
 18: ([], "Russia's foreign ministry welcoming the progress is SUPPORT. 'The progress' is not a party, so the empty target is right under the rules (a coder might give Armenia and Azerbaijan). Document date, asserted."),
 19: (["target"], "Target should be the Syrian government (SYR): calling for dialogue with it is a request for negotiations made to that party, and the sentence names it. Source, date and modality are right."),
 20: ([], "The SOHR report of dozens of soldiers killed is ASSAULT with the target Syrian soldiers (SYR). The sentence names no attacker, so an empty source is right. Dated Sunday 2013-05-05, asserted with reported_by."),
 21: (["target"], "Target should be the Tunisian police (TUN/COP): the bomb went off at a group of police vehicles and mostly hurt police officers. The bomber as source with no country is acceptable, and the date of 2 p.m. on 2018-10-29 is right."),
 22: ([], "Palestinian officials welcoming the Paris meeting is SUPPORT. 'The meeting' is not a party, so the empty target is right under the rules. Document date 2016-06-03, asserted."),
 23: ([], "Iran condemning the attack is ACCUSE disapprove. Israel is not named in the sentence, so the empty target is right under the rules (Israel would also be right). Document date, asserted."),
 24: (["target"], "Target should be Armenia (ARM): the corridor is demanded across southern Armenia and 'Yerevan rejects' it, so the party being asked is named in the sentence. The ongoing demand rightly takes the document date."),
 25: ([], "The State Department calling for the charges to be dropped is REQUEST. Iran is not named in the sentence, so the empty target is right. Document date, asserted."),
 26: (["target"], "The target 'the authorities' is Myanmar's (MMR), not the United States. The rest is right."),
 27: (["target"], "The target should be Kenneth Bae alone (USA). The United States was not arrested and is wrongly added as a second target. The empty source (North Korea is not named) and 2012-11 are right."),
 28: ([], "'We will not relent' is a refusal to yield (CAMEO 124 REJECT). By the rules' 'refused to withdraw' analogy, CONCEDE negated is accepted. Kenyatta as source, no target or date: right."),
 29: (["source"], "Source should be U.S. prosecutors (USA), the party named in the sentence that has not charged him. The target Juan Orlando Hernandez (HND), negated modality and the document date for the standing state are right."),
 30: ([], "SANCTION: United States -> Iran, Monday 2018-11-05; right."),
 31: (["source", "date"], "The source should be the troops of Saudi Arabia and the UAE; the UAE is missing. The date should be 2011-03 ('in March 2011'), not the document date. AID to Bahrain's rulers is right."),
 32: (["source"], "The source ('the text', the resolution) should be the European Parliament (EU, code EUR or none), not French lawmakers. The targets Commission and member states, the date and the modality are right."),
 33: ([], "Pozo rejecting the fraud accusation is REJECT. 'The accusation' is not a party, so the empty target is right under the rules (Lasso would also be right). Document date, asserted."),
 34: ([], "ACCUSE: North Korea -> the United States, Saturday 2018-07-07; right."),
 35: ([], "COERCE arrest: Carabinieri (ITA) -> the Italian officer (ITA), Tuesday evening 2021-03-30; right."),
 36: (["source", "target"], "The target 'the two men' are the Swedish journalists (SWE), not ETH. The source should be the Ethiopian court (ETH), which the sentence names ('told the court'). SANCTION convict and the date (last week, 2011-W51) are right."),
 37: (["source", "target", "date"], "The source 'They' is the three sponsors: Russia, Turkey and Iran, not Russia alone. The target should be the Syrian armed opposition groups (SYR), whose participation is backed. The date should be 2017-01-24 (the Astana statement), not Dec. 30, which is the truce date."),
 38: ([], "The Security Council not having approved the plan yet is SUPPORT negated. 'The plan' is not a party, so the empty target is right. Document date for the present state; right."),
 39: ([], "PROTEST demo begun in December (2018-12) after a beating. The sentence names no party, so the empty source is right under the rules (a coder would give Serbian opposition protesters, SRB). The aim is the violence, so an empty target is right."),
 40: (["target"], "Consular access is sought from Tanzania (TZA), which the sentence does not name, so the target should be empty or Tanzania, not Mwangi, the person the access is for. The rest is right."),
 41: ([], "Netanyahu saying he is ready to meet Abbas is AGREE (willingness to meet), ISR -> PSE. The readiness holds at the time of the story, so the document date is right."),
 42: ([], "REQUEST: White House -> Saleh (YEM), dated 2011-05-22, the Sunday of the report (dateline May 22); right."),
 43: ([], "Economists welcoming the deal is SUPPORT. Lebanon, whose IMF deal is welcomed, is an acceptable target. Document date, asserted."),
 44: ([], "The rally of several thousand outside government headquarters against the decision is PROTEST. Because it is aimed at the authorities, Hong Kong (HKG) is a right target. Sunday evening 2014-08-31; right."),
 45: (["target"], "The target should be Rezaian (USA/IRN) together with his wife Yeganeh Salehi (IRN), who was 'arrested along with' him; she is missing. The empty source and 2014-07 are right."),
 46: ([], "Kosor congratulating 'her rival' (Milanovic, HRV) is SUPPORT; the description with the right country counts. Document date, asserted."),
 47: ([], "Recalling the ambassadors is SANCTION (reduce diplomatic relations): SAU/ARE/BHR -> Qatar, on Wednesday 2014-03-05; right."),
 48: (["type", "target"], "Announcing on Thursday that Pakistan 'will be releasing him' is a promise of a future release: CONCEDE (or AGREE), not RETREAT, because the release itself was Friday's. The target should be India (IND) or the Indian pilot, not parliament, which only heard the announcement. The date 2019-02-28 is right."),
 49: (["target"], "Target should be Aung San Suu Kyi (MMR), who is named in the sentence as the one criticised. The empty source ('abroad'), the document date for the continuing criticism and the asserted modality are right."),
 50: (["source"], "The source Alvi Karimov, spokesman for the Chechen leader Kadyrov, should have the country code RUS; the text makes plain that Chechnya is in Russia. The report is not a party, so the empty target is right. Document date, asserted."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and all(it["n"] == i + 1 for i, it in enumerate(items))
with open("events-b.jsonl", "w") as f:
    for it in items:
        wrong, why = V[it["n"]]
        if wrong == "spurious":
            v = {k: False for k in FIELDS}
        else:
            assert set(wrong) <= set(FIELDS[1:])
            v = {k: k not in wrong for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it); out["verdict"] = v; out["reasons"] = why
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
# checks
rows = [json.loads(l) for l in open("events-b.jsonl")]
assert len(rows) == 50
for r, it in zip(rows, items):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = r["verdict"]
    assert v["all"] == all(v[k] for k in FIELDS)
    if not v["event"]:
        assert not any(v.values())
print({k: sum(r["verdict"][k] for r in rows) for k in FIELDS + ["all"]})
