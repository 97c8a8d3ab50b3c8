"""Write events-b.jsonl from judge b's hand verdicts (round 178) and check the file.

Verdicts are listed per item n as the set of wrong fields ('SPURIOUS' = not an event).
"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ([], "Right: COERCE arrest of Keiko Fujimori (PER); the sentence names no arresting party so the empty source is right; Wednesday = 2018-10-10; asserted with prosecutors as reporter."),
 2: (["target"], "REQUEST for sovereignty negotiations by Fernandez (ARG) is right and an undated repeated call may go without a date, but the sentence names the party asked: target should be Britain (GBR), 'a demand Britain has refused'."),
 3: ([], "Right: Putin (RUS) praised the Chechen police (RUS) in his address delivered on the day of the report, 2014-12-04."),
 4: ([], "Right: Dhaka (BGD government) refusing to admit new refugees is a REJECT; the refugees' country is not given in the sentence, so an empty code is acceptable; 'has refused' is a standing refusal at the document date."),
 5: ([], "Right: Timerman (ARG) met Ban Ki-moon (UN) in New York on Friday 2012-02-10, the day of the complaint in the lead."),
 6: ([], "Right: declaring Kosovo's independence from Serbia is CAMEO 128 defy norms, which CAMEO2PLOVER maps to REJECT; Thaci (XKX) -> Serbia (SRB), 2008 as the text gives."),
 7: (["date", "modality"], "SUPPORT Taylor (USA) -> victims (CHN) is right, but the statement 'we will continue to stand with victims' is itself the verbal support, made after Thursday's vote: modality should be asserted and the date 2022-10-06, not future/undated."),
 8: ([], "Right: Moscow (RUS) rejected the Hamburg maritime tribunal's ruling; the rejection is undated in the text. By CONVENTIONS the seat country given in the text (Hamburg, DEU) is taken as acceptable, though I would code the tribunal (ITLOS) as an international body with no country."),
 9: (["SPURIOUS"], "Duplicate: the attack by Armenian forces that killed five Azerbaijani soldiers is one act, already coded as e3 ('killed', Armenian forces -> Azerbaijani soldiers) from the same sentence."),
 10: (["date"], "ASSAULT on Vidya Charan Shukla (IND) in the ambush is right, with no attacker named in this sentence, but the ambush was on Saturday evening: date should be 2013-05-25, not the document date."),
 11: (["source", "target"], "COERCE arrest on July 5 is right, but the sentence names the detaining party: source should be the (Turkish, TUR) police who raided the workshop; target should be 'the 10' activists (Idil Eser, Steudtner and others), not the 'four other detainees' of the previous sentence."),
 12: ([], "Right: REQUEST for an investigation by Masrour Barzani (IRQ), no addressee named, reported as this news at the document date."),
 13: (["source", "date"], "ACCUSE -> Saudi Arabia is right, but source should be Sweden's foreign minister Margot Wallstrom with code SWE (not empty); the criticism is an earlier background act ('had described the flogging as medieval'), so it should have no date rather than the document date."),
 14: ([], "Right: Demirtas (TUR) arrested in November 2016 (2016-11); no arrester named."),
 15: (["SPURIOUS"], "Not an event: 'a U.N. Security Council resolution endorsing it' only identifies a 2015 document the test did not breach. Even if coded, the target 'Defence' is garbage (should be the deal's parties) and the date would be 2015, not the document date."),
 16: ([], "Right: the anti-government protests that began in November 2013 (2013-11); the sentence names neither the protesters nor an aim, so empty source and target are right."),
 17: ([], "Right: killing of 67 people in Oromia (ETH), a toll summed over three days, so no date; no killer named."),
 18: ([], "Right: Jonathan (NGA) ordered an investigation (ACCUSE investigate), no party named as investigated, reported as this news."),
 19: (["SPURIOUS"], "Not an event: analysts' view that a direct Egypt-Turkey clash 'remained unlikely' reports no act and no actor's statement; even if coded it would be hypothetical and undated, not asserted on 2020-07-20."),
 20: (["source", "target", "date"], "ACCUSE is right, but the accusation is that Russian jets were killing Syrians: target should be Russia (RUS), not the Syrians; the delegates of the Syrian congress should carry SYR; and the congress ended Tuesday, so the date should be 2018-01-30, not the Wednesday document date."),
 21: ([], "Right: 'We will keep talking to Saudi Arabia' is CONSULT future by Lofven (SWE) -> Saudi Arabia (SAU), undated future act (as 'will meet' in CONVENTIONS)."),
 22: ([], "Right: Israel (ISR) has massed troops near the border, a state still holding at the document date; no target named."),
 23: ([], "Right: Macron (FRA) called the Israeli (ISR) strikes unacceptable; undated in the text, so the document date applies."),
 24: ([], "Right: police (BGD) detained more than 100 people (BGD), reported as this news."),
 25: (["SPURIOUS"], "Duplicate/no PLOVER type: Modi's condolence call is already coded as e8 CONSULT phone from the same sentence, and condolences (CAMEO 018, a statement) have no PLOVER event of their own."),
 26: ([], "Right: two Palestinians (PSE) attacked bus passengers (Israelis, ISR) on Tuesday 2015-10-13."),
 27: ([], "Right: Libya's parliament (LBY) approved the unity government (LBY) on Wednesday 2021-03-10."),
 28: ([], "Right: Raheel Sharif (PAK) ordered intelligence agencies and troops (PAK) to hunt the perpetrators (REQUEST/order); undated, document date."),
 29: (["type", "source", "target", "modality"], "The sentence reports a threat, not a demolition: type should be THREATEN, source Kadyrov ('he', RUS) rather than the country Russia, target the relatives of militants who kill police; the demolition itself is threatened (future/hypothetical), not asserted. The date (later on 2014-12-04) is right."),
 30: (["source", "target"], "ASSAULT on Friday 2017-04-21 is right, but 'They' are the Taliban attackers (AFG), not the defence ministry that reported it; target should be the Afghan soldiers (AFG) named in the sentence, not empty."),
 31: (["source", "date"], "REQUEST to the government (LKA) is right, but 'It' is the commission's report: source should be the Lessons Learnt and Reconciliation Commission (LKA), not empty; the report was tabled on Friday, so the date should be 2011-12-16."),
 32: ([], "Right as a third-party CONSULT: the Catholic bishops (NIC) mediate ongoing talks between the government and opposition (NIC), so the document date applies (the bishops' accusation of Ortega in the same sentence was missed)."),
 33: (["target", "date"], "REQUEST by Taipei (TWN) is right, but the jets are sought from Washington, named in the sentence: target should be the United States (USA); a request still pending ('has sought for years', under review) takes the document date 2011-09-22."),
 34: (["source"], "REJECT of the April deal is right, but the source is the Serb hardliners in northern Kosovo (Kosovo Serbs), not the state of Serbia; empty target and the document date for a standing rejection are acceptable."),
 35: (["SPURIOUS"], "Not a PLOVER event: promising 'a government that would put an end to uncertainty' is a general statement of aims, no commitment to cooperate with anyone (AGREE); even if coded the target would not be 'government' and the date would be 2011-12-06, not unknown."),
 36: (["type"], "Lawmakers (UKR) voting Honcharuk out: the act is his removal from office (a SANCTION against him), so SUPPORT toward Honcharuk inverts it; source, target (the party acted upon), date 2020-03-04 and modality are right."),
 37: ([], "Right: Abbas (PSE) met visiting Blinken (USA) in Amman, a mutual meeting; undated, document date 2023-10-13 (Friday)."),
 38: (["target"], "REQUEST for talks by the M23 spokesman (COD) is right, but the sentence names the party asked: target should be the Kinshasa government (COD)."),
 39: ([], "Right: the protests called by Mondlane (MOZ), ongoing at the time of the story, so the document date; the sentence names no aim, so the empty target is acceptable."),
 40: ([], "Right: Tillerson (USA) arrived in Doha, a visit to Qatar (QAT); undated, document date 2017-07-11."),
 41: (["source", "target"], "ASSAULT in May 2008 is right, but Khalil Ibrahim is the Sudanese JEM leader: code SDN, not BHR; the raid on Omdurman targets Sudan (SDN), named in the sentence, so an empty target is wrong."),
 42: ([], "Right: Ortega and Murillo (NIC) accused the protesters (NIC) of a coup attempt, a current accusation at the document date."),
 43: ([], "Right: the Israeli military (ISR) ordered ~1.1 million people in northern Gaza (PSE) to move south on Friday 2023-10-13 (REQUEST/order)."),
 44: (["target"], "CONCEDE negated (Doha would not bow) by Qatar (QAT) on 2017-07-11 is right, but the demands are the four blockading states', named in the same sentence: target should be Saudi Arabia, UAE, Bahrain and Egypt."),
 45: ([], "Right: prosecutor Perez (PER) is investigating Fujimori's campaign funds (PER), an ongoing investigation at the document date."),
 46: ([], "Right: Suleiman (LBN) opposes any delay (REJECT), a standing position; the delay's author is not named in the sentence."),
 47: (["date"], "ASSAULT killing soldiers (AFG) is right, but the attack the toll comes from was on Friday: date should be 2017-04-21, not the document date."),
 48: ([], "Right: Saleh (YEM) stepped down in 2012 (RETREAT resign)."),
 49: (["date"], "COERCE arrest of Sunday Igboho (NGA) is right, but 'late on Monday' before the Tuesday report is 2021-07-19, not 2021-07-18 (a Sunday)."),
 50: ([], "Right: Palestinian (PSE) attacks killed three Israelis (ISR) the previous day, 2015-10-13."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if "SPURIOUS" in wrong:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
    out.append(rec)
with open("events-b.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open("events-b.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: a[k] for k in a} == {k: b[k] for k in a}
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in back) for f in F + ["all"]}
print(counts)
