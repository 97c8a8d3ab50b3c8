"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from judge b's hand verdicts below, then check them.
usage (from docs/judged/round115): python events-b-tools/write_verdicts.py"""
import json

T, F = True, False
SP = None  # spurious
# n: (event, type, source, target, date, modality) or SP, reasons
V = {
 1: ((T,T,T,F,T,T), "Signing the basing deal is SUPPORT (sign agreement) by Rice on Tuesday 2005-12-06, right; but the target should be Romania (ROU), the other party to the deal, named in the sentence ('bases in Romania', 'the first such deal with a former Warsaw Pact country')."),
 2: ((T,F,T,T,T,T), "'Clashed repeatedly with the Social Democrats over their justice reforms' is a political dispute, not violence: type should be ACCUSE (disapprove), not ASSAULT. Iohannis (ROU) and the PSD (ROU) are right; repeated background clashes have no date, so null is right."),
 3: ((T,T,T,F,T,T), "Congratulating is SUPPORT by Putin and Erdogan, right, but 'him' is Ilham Aliyev: the target should be Aliyev (AZE), not empty."),
 4: ((T,T,T,T,T,T), "Bush saying Washington does not support Taiwan independence is a negated SUPPORT from the US government toward Taiwan, right. The sentence gives no date, so the document date passes under the rules (the statement was made at Friday's talks, 2002-10-25, which would be more exact)."),
 5: ((T,F,F,F,F,T), "Accepting the voters' verdict is Buckovski conceding defeat: type should be CONCEDE, not AGREE. His country code should be MKD, not EUR. 'Their decision' is the people's (the Macedonian voters, MKD); VMRO-DPMNE is not in the sentence. Date should be 2006-07-06, the Thursday on which he conceded and told reporters."),
 6: (SP, "Spurious: 'the riots' refers back to riots already reported. This sentence's verb is 'exposed anger', and it reports no act."),
 7: ((T,T,T,F,T,T), "Invading the north in 1974 is ASSAULT by Turkey, dated 1974, right; but the target should be Cyprus (CYP), the island whose north 'it invaded' ('the north' in the sentence)."),
 8: (SP, "Spurious: the abduction is what a TV drama depicts. It is fiction, not an act."),
 9: ((T,T,T,T,F,T), "Detentions by the authorities are COERCE arrest; an empty source is right for the agentless passive (the police in the same sentence would be better), and 'several people' in Mauritania is right. But the act is reported as this news with no date, so the date should be the document date 2007-12-25, not null."),
 10: ((T,T,T,F,F,T), "Hun Sen welcoming the surrendered leaders is SUPPORT, right. The target should be Khieu Samphan and Nuon Chea (KHM), named in the sentence. The date is wrong: this is a background act 'less than three months' before the arrest (late 1998), not the document date; no date would be right."),
 11: ((T,T,T,T,T,T), "Breaking off diplomatic relations is SANCTION, Saudi Arabia to the Taliban government on Tuesday 2001-09-25. All right (the mode would be 'discontinue')."),
 12: ((T,T,T,T,T,T), "Opposition parties calling on Bashir to reverse the price rises and step down is REQUEST, SDN to SDN, undated news at the document date. All right."),
 13: ((T,T,T,T,T,T), "Trading barbs is a mutual ACCUSE between Rama (ALB) and Vucic (SRB) on Monday 2014-11-10. All right (the mode would be 'disapprove')."),
 14: ((T,T,T,T,T,T), "NATO aircraft hitting the Bosnian Serb depot at Pale on Friday morning is ASSAULT by NATO, target Pale (BIH), 1995-05-26. All right."),
 15: ((T,T,T,T,F,T), "Druze factions rejecting Damascus' authority is REJECT, SYR to the Syrian government, right. But the rejection has gone on since July and still goes on, so it takes the document date 2025-10-06; null is wrong."),
 16: ((T,T,F,F,T,T), "The gunmen demanding an end to Russia's assault is REQUEST on Tuesday 1996-01-16. The source should be the armed men alone (Russia is not a demander), and the target should be Russia (RUS), whose assault they want ended."),
 17: ((T,T,T,T,T,T), "The government rejecting the opposition's suggestion is REJECT by Serbia's government (SRB). The sentence names no party, so an empty target is right; undated news takes the document date. All right."),
 18: ((T,T,T,T,F,T), "Cooperating with Washington on counter-terrorism is COOPERATE, MRT to USA, right. But the 1999 belongs to establishing relations with Israel. The cooperation goes on ('has cooperated'), so the date should be the document date 2007-12-25, or none, not 1999."),
 19: ((T,T,T,T,T,T), "The prime minister's spokesman ('he') appealing for calm is a REQUEST by the Lesotho government with no target, at the document date. All right (reported_by names the dead commander, which is wrong but not scored)."),
 20: ((T,T,T,T,T,T), "Investors welcoming Ramaphosa's election is SUPPORT toward Ramaphosa (ZAF), news at the document date. All right."),
 21: ((T,F,T,T,T,T), "Phuc asking to leave his posts and retire is an offer to step down: type should be CONCEDE (CAMEO 0831, accede to demands for a change in leadership) or RETREAT resign, not REQUEST. The source is right, and an empty target and unknown date are right."),
 22: ((T,T,T,T,T,T), "Regional mediators trying to broker a Mugabe–Tsvangirai deal is CONSULT (mediation), still going on at the document date. Tsvangirai is one of the right targets (Mugabe is missing), which I accept."),
 23: ((T,T,T,T,T,T), "The FARC urging the government to accelerate the process is REQUEST, COL rebels to the Colombian government, undated news at the document date. All right."),
 24: ((T,T,T,T,T,T), "Bush holding talks with Olmert on Wednesday (2008-01-09) is CONSULT, USA to ISR. All right."),
 25: ((T,T,T,T,T,T), "Borderline: security forces evacuating 700 people from the besieged complex is AID (rescue, emergency assistance). An empty source is right for the agentless passive; it is news at the document date."),
 26: ((T,T,T,T,F,T), "The opposition supporters' rally in Baku is a PROTEST aimed at the Azerbaijani state, right, but it took place 'before the vote' (before Wednesday 2018-04-11), not on the document date 2018-04-12. The exact day is not given, so no date would be right."),
 27: ((T,T,T,T,T,T), "Jammeh resigning from the army 'earlier this month' is RETREAT resign, dated 1996-09. All right."),
 28: ((T,T,T,F,T,T), "The gunman shooting on Sunday 2000-03-12 is ASSAULT, right, but the man shot is Saeed Hajjarian: the target should be Hajjarian (IRN), not Khatami, whose adviser he is."),
 29: ((T,T,T,T,T,T), "Hu Jintao urging Tung ('him') in December 2004 to find the inadequacies is REQUEST, CHN to HKG. All right."),
 30: ((T,T,T,T,T,T), "U.S. officials welcoming the Saudi move is SUPPORT, news at the document date. 'The move' names an act, not a party, so an empty target is right by the rules (a coder would add Saudi Arabia, SAU)."),
 31: ((T,T,T,F,T,T), "The killing of bin Laden by U.S. special forces is ASSAULT, dated May 2011, right; but bin Laden is coded USA. His country should be SAU (Saudi-born) or empty for al Qaeda."),
 32: ((T,T,T,T,T,T), "International observers criticising Azerbaijan's November 2000 election is ACCUSE toward Azerbaijan (AZE), with month precision from the text. Accepted."),
 33: ((T,T,T,T,T,T), "Modi accepting Sharif's invitation to attend the 2016 SAARC summit is AGREE, IND to PAK, on Friday 2015-07-10 (the document date). All right."),
 34: ((T,T,T,T,T,T), "The Taliban seizing Kabul in 1996 is ASSAULT (armed forces taking ground) against the Afghan government holding Kabul (AFG). All right."),
 35: ((T,T,T,T,F,T), "Police detaining more than 800 is COERCE arrest of the 800 (ZWE), with an empty agent, right. But it is a total over the two days of rioting (1998-01-19/20) before Wednesday's report, so it should have no date, not the document date 1998-01-21."),
 36: ((T,T,T,T,T,T), "Thousands of young people protesting in recent weeks for Boluarte's exit is a PROTEST aimed at the authorities, so the Peruvian state (PER) is the right target; 2025 is right."),
 37: ((T,T,T,T,T,T), "Zakayev (the Chechen separatists' spokesman, RUS rebels) accusing the Kremlin is ACCUSE, undated news at the document date. All right."),
 38: ((T,T,T,F,T,T), "Rama being due to travel on Tuesday 2014-11-11 is a future CONSULT visit, right; but the host should be Serbia (SRB), or the ethnic Albanians of the Presevo Valley, named in the sentence, not empty."),
 39: ((T,T,T,T,T,T), "The Houthis welcoming the U.S. decision is SUPPORT, undated news at the document date. 'The decision' is an act, so an empty target is right by the rules. All right."),
 40: ((T,T,T,T,T,T), "The Russian Foreign Ministry holding Ankara responsible for Russians' safety is ACCUSE toward Turkey (TUR). It is a statement separate from the summons and is news at the document date. All right."),
 41: ((T,T,T,T,T,T), "Idriss Deby being killed at the front while fighting rebels in 2021 is ASSAULT with an unstated agent, target Idriss Deby (TCD), 2021. All right."),
 42: ((T,T,T,F,T,T), "The police investigating the bribery allegations is ACCUSE investigate by the Maldives police, news at the document date. But the target should be the members of parliament (the opposition lawmakers, MDV) under investigation, named in the sentence."),
 43: ((T,T,T,F,T,T), "Christofias' promise is AGREE (a commitment) with an unknown earlier date, acceptable. But the promise was made to 'his coalition partners', so the target should be his coalition partners (CYP), not empty."),
 44: ((T,T,F,F,F,T), "Refusing to pay for Russian gas in roubles is REJECT, but the refuser is Petkov's government: the source should be Bulgaria's government (BGR), not Russia, and the target Russia/Gazprom (RUS). The refusal came before the April 2022 cut-off, so the document date is wrong; the text gives no exact date."),
 45: ((T,T,T,F,T,T), "India calling off the foreign secretaries' talks in August 2014 is SANCTION (halt negotiations), right; but the target should be Pakistan (PAK), the other side of the talks, named in the sentence ('Pakistan's envoy')."),
 46: ((T,T,T,F,T,T), "The Houthi offensive in recent days is ASSAULT, at the document date, right; but the target should be Yemen's government (YEM), which holds the 'government-held city of Marib'."),
 47: (SP, "Spurious: ministers only hope the president will not campaign against EU entry. No act is reported, and campaigning in a referendum is not ACCUSE."),
 48: ((T,T,F,F,T,T), "The office accusing the DPP on Sunday 2009-08-30 is ACCUSE, right, but the countries are swapped: the source should be China's Taiwan Affairs Office (CHN), not TWN, and the target the DPP (TWN), not CHN."),
 49: ((T,T,T,F,T,T), "British and U.S. officials praising is SUPPORT on the document date, right; but 'his fight against graft' is Mwanawasa's: the target should be Levy Mwanawasa (ZMB), not Mbeki."),
 50: ((T,T,T,T,T,T), "Preval appealing for calm is a REQUEST with no target, news at the document date. All right."),
}

PARAS = {
 "h35-x134-10": (["ACCUSE: Western governments (no code) -> Iran (IRN), condemned the Holocaust-denial conference as a deliberate provocation, 2006-12-12 (document date; the conference opened Monday 2006-12-11)",
                   "ACCUSE: Jewish groups (no code) -> Iran (IRN), condemned the conference as a deliberate provocation, 2006-12-12"],
                  0, "Dateline found no event. Iran opening (hosting) a conference is not an act toward a political actor. The two condemnations by different parties are two ACCUSE events."),
 "h35-x135-15": (["SUPPORT: Mahinda Rajapaksa (LKA) -> parliament's impeachment of chief justice Shirani Bandaranayake (LKA), ratified the impeachment (approve action), 2013-01-13",
                   "REJECT: Mahinda Rajapaksa (LKA) -> Supreme Court (LKA), brushed aside its rulings and the warnings of lawyers and foreign governments, 2013-01-13",
                   "ACCUSE: lawyers (LKA) and foreign governments (no code) -> Sri Lankan government (LKA), warned the move undermines judicial independence, before 2013-01-13 (no date)"],
                  1, "Dateline's SUPPORT for the ratification counts as found (its target is empty; Bandaranayake or parliament would be right). SANCTION (removal from office) would also be defensible for the ratification. The rejection of the rulings and the warnings were missed."),
 "h35-x134-15": (["ASSAULT: Sudanese security forces (SDN) -> protesters (SDN), killed dozens in four days of protests, no date (a toll over 2013-09-23..26)",
                   "PROTEST: protesters (SDN) -> Sudanese government (SDN), four days of protests over the fuel price rise, 2013-09-26 (still going on)"],
                  1, "Dateline found the killing (ASSAULT; null date right for the four-day toll). It missed the protests themselves."),
 "h35-x136-12": (["SUPPORT: Haitian electoral council/officials (HTI) -> (none), late-night deal on counting blank ballots (finalize an agreement), 2006-02-16 (night of 15-16)",
                   "PROTEST: protesters (Preval supporters, HTI) -> Haitian electoral council (HTI), days of street protests over the count, no date (days before 2006-02-16)"],
                  0, "Dateline found no event. Declaring a winner is not a PLOVER act. The deal and the protests were missed."),
 "h35-x133-23": (["ASSAULT: Russian forces (RUS) -> armed group fighters (no code: Russian volunteers fighting for Ukraine), killed more than 70 and pushed the rest back into Ukraine, 2023-05-22/23",
                   "ASSAULT: armed group (no code) -> Russia (RUS), crossed the border into the Belgorod region (an incursion, taking ground), 2023-05-22"],
                  1, "Dateline found the killing (ASSAULT). Coding the fighters RUS/REB is doubtful; the text gives no country. It missed the incursion."),
 "h35-x136-04": (["CONSULT: Andres Pastrana (COL) -> Manuel Marulanda (FARC, COL), flew into rebel territory to meet him, 1998-07-09",
                   "CONCEDE: Andres Pastrana (COL) -> FARC (COL), said he would withdraw troops from a large area of the south (a promise to withdraw), 1998-07-09"],
                  1, "Dateline found the meeting (CONSULT, right). It missed the promise to withdraw troops (CONCEDE)."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
keys = ["event", "type", "source", "target", "date", "modality"]
with open("events-b.jsonl", "w") as out:
    for it in items:
        vals, reason = V[it["n"]]
        if vals is SP:
            v = {k: False for k in keys}
        else:
            v = dict(zip(keys, vals))
            assert v["event"]
        v["all"] = all(v[k] for k in keys)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, notes = PARAS[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                              "dateline_events": len(p["events"]), "spurious": 0, "notes": notes},
                             ensure_ascii=False) + "\n")

# checks + counts
res = [json.loads(l) for l in open("events-b.jsonl")]
assert [(r["n"], r["doc"], r["trigger"]) for r in res] == [(i["n"], i["doc"], i["trigger"]) for i in items]
for r in res:
    v = r["verdict"]
    assert v["all"] == all(v[k] for k in keys)
    if not v["event"]:
        assert not any(v.values())
print({k: sum(r["verdict"][k] for r in res) for k in keys + ["all"]})
pv = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(pv) == 6
print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
      "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
