"""Write events-c.jsonl from judge c's hand verdicts (below) and the items file, then check it."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")
OK = ""  # all six right

# n -> (set of wrong fields, or "SPURIOUS"), reasons
V = {
 1: (OK, "Business leaders welcoming the transition is SUPPORT; 'the smooth transition' is an act, not a party, so an empty target is right by the rules; MUS for Mauritian business leaders is plain from the story (sector GOV would be BUS, not scored)."),
 2: (OK, "An order to the defence minister is REQUEST (PLOVER: 'requests, demands, and orders'), Putin (RUS) to the Russian defence minister, no date in the text so the document date of the report."),
 3: (OK, "Abduction of 10 Chinese road workers in May 2014: ASSAULT, target CHN right; 'militants' is an unnamed group and an empty country is right by the rules (Boko Haram/NGA, implied by 'the group', would also be right)."),
 4: (OK, "Bemba's arrest in Belgium in 2008, no arresting party named: all right."),
 5: ({"date"}, "The execution of ~200 wounded men at Vukovar is a background act of the 1991 war (previous sentence), not of the document date; date should be 1991."),
 6: (OK, "Bush ('he') due to visit Georgia after Moscow: CONSULT visit, future, the text gives no date for it, so no date is right."),
 7: (OK, "US officials welcoming the warrant is SUPPORT; 'the warrant' is an act, not a party, so an empty target is right by the rules (the German prosecutor is not named in the sentence)."),
 8: (OK, "The gunmen's attack on the Ahmadi mosques in Lahore on Friday 2010-05-28: ASSAULT, gunmen in Lahore (PAK) against the worshippers killed (PAK); attribution to officials keeps it asserted."),
 9: ({"source"}, "Source is split into two actors, 'Sharaa' with no country and the truncated 'Ahmed al' (SYR); it should be Ahmed al-Sharaa (SYR) once. Type, target (MBS, SAU), date and modality are right."),
 10: ({"source"}, "'The attackers' is the Seventh Brigade, a Libyan armed group from Tarhouna (previous sentence); source should be the Seventh Brigade (LBY), not an attackers group with no country. Target, type and the Aug. 26 date of the attack are right."),
 11: (OK, "The PM calling the killing a 'cowardly act' is ACCUSE; the killer is not named (target empty right); document date for the reaction."),
 12: ({"source"}, "'They discussed' refers to Putin and Khamenei's talks (previous sentence); the Iranian officials are only the speakers. Source should be Khamenei (IRN) with Putin/Russia as the other party (RUS target accepted); date and modality right."),
 13: ({"source", "date"}, "Source Sharaa lacks his country: should be Ahmed al-Sharaa (SYR). The text dates the trip 'later this week' (the week after Sunday 2025-02-02, at least 2025-02), so no date is wrong."),
 14: (OK, "EU delegation and Western embassies urging the Georgian authorities to protect peaceful assembly: REQUEST, all fields right (embassies of many countries: empty code right)."),
 15: (OK, "Trump's standing conditional tariff threat against Canada: THREATEN, USA -> Canada; the threat is still in force ('has threatened ... unless'), so the document date is accepted."),
 16: (OK, "The court acquitting Tsvangirai and throwing out the state's charges is coded as REJECT of the prosecution's case (PLOVER has no acquittal type; REJECT is the closest); the state is not named, so empty target right; Friday 2004-10-15 right."),
 17: (OK, "China's standing demand that the Uighurs be returned: REQUEST, CHN; the addressee is not named in the sentence (empty target right); present standing demand takes the document date."),
 18: (OK, "Washington urging governments to downgrade ties with North Korea: REQUEST, USA -> governments (common noun, empty code right); ongoing ('has been urging') so document date."),
 19: ({"date", "modality"}, "The sentencing is a future act ('when he is sentenced in June'): date should be 2024-06 (June after the March 2024 verdict), not 2023-06, and modality should be future, not asserted."),
 20: ({"source"}, "'The foreign ministry' is the Swiss foreign ministry; source should carry CHE, not no country. Summoning the Israeli ambassador to protest is ACCUSE (CAMEO 114), target ISR, document date right."),
 21: ({"source", "target"}, "The Mujahideen Khalq (an exiled Iranian opposition group, only based in Iraq) said its fighters carried out the attack: source should be the MEK fighters (IRN), not IRQ; target should be Shirazi (IRN military), named in the sentence ('to punish Shirazi'), not empty."),
 22: ({"date"}, "Macron was due to travel to South Africa 'on Friday' after Thursday 2021-05-27: date should be 2021-05-28, not 2021-05-21."),
 23: (OK, "Tunisia reaching a staff-level agreement with the IMF in October (2022): AGREE accepted (a preliminary deal awaiting board approval, not a finalised one), all fields right."),
 24: ("SPURIOUS", "No assault: the 'plot to assassinate Mugabe' is only the content of the treason charges the court threw out; no attack or attempt is reported. At most an alleged act of 2001-02 (reported), never an asserted assault on the document date."),
 25: (OK, "Ruutel (EST) and Adamkus (LTU) turning down invitations to the Red Square parade: REJECT (rejecting an invitation); the inviter is not named in the sentence, so empty target right; the refusal stands, document date accepted."),
 26: ({"type"}, "'Warned Vucic against any deal' states no repercussion; it is a demand not to make the deal, so REQUEST, not THREATEN. Source (Serbian Church and opposition, SRB), target (Vucic, SRB) and the story date are right."),
 27: ({"source", "date"}, "'Has been criticised in the West' names the critics: source should be Western critics/governments (no single code), not empty. The criticism is a career-long background span, so it should have no date, not the document date."),
 28: (OK, "The National Assembly approving the anti-slavery law on Wednesday 2007-08-08: SUPPORT (approve policy), no party targeted; all right."),
 29: ({"source", "target"}, "The trigger 'rejected' is the partners' act: source should be Cameron's EU partners (the other member states, no single code), target Cameron (GBR). Even if the act is read as Cameron's refusal, the target should then be the partners, not empty."),
 30: (OK, "Issuing an arrest warrant for Fallahian is CAMEO 173 (charge with legal action), COERCE; DEU prosecutor -> IRN minister; Friday 1996-03-15 from 'officials said on Friday' accepted."),
 31: (OK, "Presidents of Poland and Ukraine signing a joint declaration: SUPPORT (sign agreement), a mutual event with POL and UKR on both sides; Wednesday 1997-05-21 right."),
 32: (OK, "Bemba's 2016 conviction for bribing witnesses: SANCTION convict, no court named in the clause, date 2016 right."),
 33: (OK, "Southeast Asian leaders signing a tariff deal with China on Monday 2004-11-29: SUPPORT, leaders of ten states (empty code right) -> CHN; all right."),
 34: ({"source"}, "'Summoned to the ministry' is Iran's foreign ministry (its spokesman is named in the same sentence); source should be the Iranian foreign ministry (IRN), not empty. Type, target (German ambassador, DEU), date and modality right."),
 35: ({"date"}, "The NLD supporters were killed in the attack on Suu Kyi's motorcade on May 30 (previous sentence); date should be 2003-05-30, not the document date."),
 36: ({"target"}, "The strike killed Haniyeh's three sons and grandchildren, not Haniyeh himself; target should be Haniyeh's sons/relatives (PSE). Source Israel, date 2024-04-10 and modality right."),
 37: (OK, "Pinera hailing the ICJ outcome: SUPPORT, CHL; 'the outcome' is not a party, so empty target right; Monday 2018-10-01 right."),
 38: (OK, "Pires appealing for calm: REQUEST (an appeal), no addressee named (empty target right), document date of the result's announcement."),
 39: (OK, "Mexican authorities seizing a North Korean cargo ship in 2014: COERCE seize (authorities confiscating property), MEX -> PRK; all right."),
 40: (OK, "UAE foreign minister's trip to Baghdad last month (2008-06): CONSULT visit, ARE -> IRQ; all right."),
 41: ({"type", "date", "modality"}, "'China will help Nepal' is a pledge, which the conventions code AGREE (asserted), not AID (future); the pledge was made during the visit and should take 2019-10-13 (the report's date), not no date."),
 42: ("SPURIOUS", "No act: the editor 'told friends he expected to be killed' is an expectation, not a future killing by anyone (the killing itself is coded in the lead); the target is also the wrong man (opposition leader Wickremesinghe, not the editor Wickrematunge). The sentence's event is the death threats (THREATEN)."),
 43: (OK, "The Colombian army blaming the ELN for the pipeline attack: ACCUSE, COL -> COL rebels, document date; all right."),
 44: (OK, "Kagame welcoming Macron's speech: SUPPORT, RWA; 'the speech' is an act, not a party, so empty target right by the rules; Thursday 2021-05-27 right."),
 45: (OK, "Malan charged with murder on Thursday 1995-11-02: ACCUSE allege, no charging party in the sentence; all right."),
 46: (OK, "Khama 'is expected to resign his military post': RETREAT resign, future, no date given; all right."),
 47: (OK, "Iwaya: 'we have asked the South Korean side to prevent a recurrence': REQUEST, JPN -> KOR; the text gives no date for the request, so the document date is accepted (Friday's protest would also do)."),
 48: ({"date"}, "'During that count' is the count of the June 1998 presidential vote (same sentence pair); date should be 1998-06, not no date."),
 49: ({"target"}, "The leaders agreed among themselves to draft an ASEAN charter; China belongs to the next clause (the tariff deal). Target should be empty (or ASEAN itself), not China."),
 50: ({"target"}, "'In recognition of his strategic leadership': the approval is of Munir's promotion and 'his' refers to Munir, so target should be Asim Munir (PAK), not empty. Type, source, date right."),
}

items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == "SPURIOUS":
        v = {f: False for f in F}
    else:
        wrong = set(wrong) if wrong else set()
        assert wrong <= set(F) and "event" not in wrong
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reason
    out.append(rec)
with open(HERE / "events-c.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in back) for f in F + ("all",)}
print(counts)
