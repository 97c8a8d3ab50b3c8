"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's verdicts below.
Each verdict: n -> (wrong fields, reasons). Fields: event type source target date modality.
'event' in the wrong set means spurious (all fields false)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ("type", "Iraq's office 'warned against an invasion' names no repercussion, so it is not a PLOVER THREATEN (coercive warning with serious repercussions); it is a REQUEST that Turkey not invade. Source Iraq government, empty target (Turkey not named in the sentence), document date and asserted are right."),
 2: ("", "Rioters setting fire to the U.S. embassy in Belgrade is PROTEST riot against the U.S.; source rioters (SRB), target U.S. embassy (USA), 'last month' = 2008-02, asserted: all right. The rally is a separate act (e6), not a duplicate."),
 3: ("", "Obama met Park Geun-hye: CONSULT USA -> KOR; 'hours later' after Monday's cancellation makes 2016-09-05 the date the text gives (the text does not date the meeting more precisely); asserted."),
 4: ("target", "Li Keqiang 'visiting Europe' is a CONSULT visit; the host is named in the sentence, so the target should be Europe (EUR, the region visited), not empty. Source, document date (ongoing visit) and asserted are right."),
 5: ("target", "The sinking of the Moskva is ASSAULT dated April 2022, and the passive sentence gives no attacker (empty source right), but the ship is named: target should be the Russian cruiser Moskva (RUS/MIL)."),
 6: ("", "Beijing rejecting Chong's allegations as groundless is a REJECT by the China government; 'the allegations' names no party, so an empty target is right; document date, asserted."),
 7: ("", "The relative clause 'whom U.S. officials blame for a string of bombings' is an ongoing ACCUSE USA -> Zarqawi (JOR); document date right for an ongoing charge; asserted (the clause is the writer's, so reported_by Jayousi is off, but that field is not scored)."),
 8: ("", "Suicide truck bomber killing ~100 sailors (Sri Lankan navy, plain from the context) is ASSAULT; the bomber's group is not named in the sentence so an empty country is right; 'this month' = 2006-10; asserted."),
 9: ("", "Arrests after the Banja Luka riot: COERCE arrest, no arresting party named (empty source right), target several people (BIH); reported as news, document date; asserted with the minister as reporter."),
 10: ("target", "ACCUSE by human rights groups is right and dated as an ongoing accusation, but 'their armies and allied Russian fighters' are named in the sentence: target should be the armies of Mali, Burkina Faso and Niger (MLI/BFA/NER MIL) and the Russian fighters (RUS), not empty."),
 11: ("", "Hasina's government cracking down on Indian insurgent groups: COERCE BGD GOV -> IND REB; a background act over her tenure with no date, so unknown is right; asserted."),
 12: ("target", "PROTEST demo by people in Benghazi and Tripoli is right, but the rally is against the eastern autonomy declaration (tribal leaders, not the authorities), so by the crowd-protest rule Libya is a wrong target: empty (or the Cyrenaica council) is right."),
 13: ("", "Muslim leaders in Sarajevo calling the attack a 'message' to refugees is ACCUSE disapprove; 'the attack' names no party, so empty target is right; BIH source (sector not scored); document date; asserted."),
 14: ("type target", "Protesters gathering and 'demanding a halt to the talks' is a protest: PLOVER codes demands made by protests as PROTEST (demo), not REQUEST. Its target is Rabin / the Israeli government (ISR), named in the sentence ('chanting against Rabin'), not empty. Source, date (Monday = document date) and asserted are right."),
 15: ("date", "Bush praising Arroyo is SUPPORT USA -> PHL, but the praise was in his speech to Congress, which the text dates 'on Saturday': date should be 2003-10-18, not the document date 2003-10-19."),
 16: ("date", "Guelleh's promise (AGREE, no target; a borderline domestic pledge that I accept as a commitment statement) was made 'in his first comments after the results', i.e. this news: date should be the document date 1999-04-11, not unknown."),
 17: ("date", "Announced withdrawal from the ICC is SANCTION withdraw by the juntas (Niger is one of the three named; Mali and Burkina Faso are missed), target ICC, future modality by the 'would withdraw' rule; but the text gives 'with immediate effect' said on Monday, so the date should be 2025-09-22, not unknown."),
 18: ("target", "Spavor's sentencing is SANCTION convict, no court named (empty source right), 'last month' = 2021-08 right, but Spavor is a Canadian businessman: target should be Michael Spavor (CAN), not CHN."),
 19: ("", "Saddam and co-defendants 'are charged' over Dujail: ACCUSE allege, no prosecutor named (empty source right), target Saddam (IRQ), trial-opening day = document date, asserted."),
 20: ("target", "Vajpayee welcoming the gesture is SUPPORT, but the sentence names Pakistan as the party whose gesture it is ('Pakistan must now follow it'): target should be Pakistan / Musharraf (PAK), not empty. Date (Saturday = 2002-01-05) and asserted are right."),
 21: ("", "Hasina's visit to New Delhi: CONSULT visit BGD -> India government, during Tuesday's signing (2022-09-06), asserted."),
 22: ("", "France 'would expel' 12 Algerian officials: SANCTION expel FRA -> DZA officials, future, no date given for the expulsion, so unknown is right."),
 23: ("", "Kicillof rejecting the word default is a REJECT of the default declaration by Argentina's minister; no party named (empty target right); document date for this news; asserted."),
 24: ("source target date", "Turning down an offer of money is a REJECT by Claes, but at the time (around 1988) he was Belgian economy minister, so his code should be BEL, not NATO; the sentence does not say who made the offer (Agusta is likelier than Dassault, and Dassault is French, not BEL), so the target should be empty; and a background act of an earlier time gets no date (unknown/c.1988), not the document date."),
 25: ("", "India and Bangladesh signing the Kushiyara water deal: SUPPORT (sign agreement), mutual IND/BGD, Tuesday 2022-09-06, asserted."),
 26: ("target", "Joly expelling Zhao Wei is SANCTION expel on Monday 2023-05-08, but Zhao Wei is a Chinese diplomat: target should be Zhao Wei (CHN/GOV), not CAN."),
 27: ("", "Museveni's rebel army seizing Kampala in 1986 is ASSAULT by the convention on armed forces taking ground; source his rebel army (UGA), target the Ugandan government of the day (UGA), 1986, asserted."),
 28: ("target", "The Iraqi invasion in 1990 is ASSAULT by Iraq, dated 1990, but the invaded party is Kuwait, whose island Failaka and Kuwaiti forces the sentence names: target should be Kuwait (KWT), not empty."),
 29: ("date", "Barak due to attend the Sharm el-Sheikh summit with Clinton and Arafat is CONSULT, future, right parties; but 'on Monday' in a story written on Sunday 15 October (document date Monday 2000-10-16) is 2000-10-16, not 2000-10-23."),
 30: ("target", "Rights groups urging 'both sides' is REQUEST, document date right, but the two sides are the Ukrainian government forces and the pro-Russian separatists: target should be Ukraine (UKR) and the rebels (UKR REB), not Russia."),
 31: ("", "The king thanking citizens for their wishes is SUPPORT SAU GOV -> SAU citizens, on his return Wednesday (document date), asserted."),
 32: ("", "Belarus accusing Warsaw of sheltering activists: ACCUSE BLR -> Poland government; recurring over a span since April with no date, so unknown is acceptable; asserted."),
 33: ("target date", "The declaration condemning 'Iranian interference' is ACCUSE by the Arab leaders, but Iran is named: target should be Iran (IRN), not empty; and the declaration was adopted at the summit that ended on Monday, so the date should be 2016-07-25, not the bare year 2016."),
 34: ("", "Moscow calling on Kiev to halt operations: REQUEST RUS GOV -> UKR GOV, document date for this standing call, asserted."),
 35: ("", "India and Afghanistan signing the strategic partnership: SUPPORT mutual IND/AFG, Tuesday 2011-10-04, asserted."),
 36: ("date", "Three attackers opening fire on worshippers in Muscat is ASSAULT firearms with right parties (OMN by location, as the convention's 'named capital' example allows), but the text dates it 'on Monday night': date should be 2024-07-15, not 2024-07-16."),
 37: ("", "State Department calling on the Congo government to respect dissent: REQUEST USA -> COG GOV, document date, asserted."),
 38: ("source date", "The call on Bulgaria to tighten arms exports is made by the U.N. panel's report (source should be the U.N. panel of experts, UNO/IGO), not UNITA; and the report was made public on Friday, so the date should be 2000-03-10, not the document date 2000-03-11."),
 39: ("target", "The government dismissing the officers' takeover is a REJECT by the Madagascar government (document date right), but the sentence names the party: target should be the army officers ('a handful of disgruntled soldiers', MDG/MIL), not empty."),
 40: ("", "Rights groups urging Vilnius to respect asylum rights: REQUEST -> Lithuania government, document date, asserted."),
 41: ("", "Lebanese politicians welcoming the visit: SUPPORT by LBN politicians; 'the visit' names no party, so an empty target is right; document date; asserted."),
 42: ("date modality", "'Hungary could no longer support Ukraine' is a withdrawal of support stated now: SUPPORT is acceptable only as negated (or THREATEN asserted), so modality should be negated, not hypothetical; and the stance was stated on Wednesday, so the date should be 2017-09-27, not unknown."),
 43: ("source target", "Trudeau announcing the release is the report of a RETREAT release dated Friday 2021-09-24, but the releasing party is China, not Trudeau (source should be China, CHN, or empty), and the released are the two Canadians Kovrig and Spavor (CAN), not China."),
 44: ("", "Bahrain jailing opposition leaders since 2011: COERCE arrest BHR -> BHR opposition leaders, a span from 2011 with no single date, so unknown is right; asserted."),
 45: ("date", "North Korea abducting Japanese citizens is ASSAULT abduct PRK -> JPN, but the text gives 'the 1970s and 1980s', a span: '197' is a malformed date covering only part of it; should be no date (or 1970s-1980s)."),
 46: ("", "Hungary summoning the Slovak ambassador is an official complaint (CAMEO 114, ACCUSE) HUN GOV -> SVK ambassador; no date in the text, document date; asserted."),
 47: ("event", "Spurious: 'the sharpest public clash yet between Washington and Manila' is a verbal row described as a topic, not an armed ASSAULT; no act in this sentence."),
 48: ("", "France 'would recall its ambassador from Algiers': SANCTION withdraw (reduce relations) FRA -> Algeria, future, no date for the recall, unknown right."),
 49: ("", "Correa's victory-night promise is coded AGREE with no target (a borderline domestic pledge, accepted as a commitment statement as in item 16); no date in the text, document date; asserted."),
 50: ("", "Djindjic shot dead on March 12: ASSAULT firearms, no shooter named (empty source right), target Djindjic (SRB GOV), 2003-03-12, asserted."),
}

items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it["n"]]
    wrong = set(wrong.split())
    assert wrong <= set(F), wrong
    if "event" in wrong:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it)
    o["verdict"] = v
    o["reasons"] = reason
    out.append(o)
with open(HERE / "events-a.jsonl", "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")

P = {
 "h38-x147-11": (["CONSULT: Sri Lankan government (LKA GOV) <-> Tamil Tiger rebels (LTTE, LKA REB), two days of talks in Geneva ended without agreement, 2006-10-29 (ended Sunday)"], 0,
                 "Only the talks are coded; the deadlock is the talks' outcome, not a separate act. Dateline has no event in the lead."),
 "h38-x145-11": (["ASSAULT: Kurdish rebels (PKK, TUR REB) -> Turkish soldiers (TUR MIL), killed 12 and wounded 16 in an ambush, 2007-10-21",
                  "THREATEN (violence): Turkish parliament (TUR LEG) -> northern Iraq / PKK (IRQ), authorised a cross-border incursion, 2007-10-17 ('just days' before; Wednesday in the story)"], 1,
                 "e1 ASSAULT is right. e2 'order' REQUEST army -> Iraq is spurious: the attack 'piles pressure' on Erdogan to order an incursion; nobody requests or orders anything. The parliament's authorisation is missed."),
 "h38-x146-04": (["RETREAT/CONCEDE (easing a ban, CAMEO 0812): Morocco (King Mohammed VI, MAR GOV) -> Abraham Serfaty (MAR), exiled dissident allowed to return home, returned 1999-09-30 (Thursday)"], 0,
                 "The 17 years in prison is a background state, not coded here. Dateline has no event in the lead (it codes only Serfaty's thanks later in the story)."),
 "h38-x147-14": (["COERCE (or ASSAULT, seizing power): senior Malagasy army officers (MDG MIL) -> Madagascar government / institutions (MDG GOV), announced they had suspended institutions and taken control, 2010-11-17 (Wednesday)"], 0,
                 "The coup announcement is missed; voting in the referendum is not an event between actors."),
 "h38-x147-19": (["ACCUSE: Congo opposition (COG PTY) -> Congo government (COG GOV) / the result, dismissed the referendum result as a fraud, 2015-10-27"], 1,
                 "e1 ACCUSE disapprove found with the right type (empty target). Voters approving the constitution is not coded."),
 "h38-x146-23": (["ACCUSE (or REJECT): exiled Bahraini opposition leaders (BHR) -> Bahrain government (BHR GOV), dismissed the 73% turnout figure as meaningless, 2022-11-13"], 0,
                 "Dateline has no event in the lead; the government presenting the figure is a statement, not an act between actors."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
spurious = {"h38-x145-11": 1}
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as fh:
    for p in paras:
        ev, found, notes = P[p["doc"]]
        fh.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                             "dateline_events": len(p["events"]), "spurious": spurious.get(p["doc"], 0),
                             "notes": notes}, ensure_ascii=False) + "\n")

# checks and counts
items2 = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
assert [(a["n"], a["doc"], a["trigger"]) for a in items2] == [(b["n"], b["doc"], b["trigger"]) for b in items]
for a in items2:
    v = a["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
cnt = {f: sum(a["verdict"][f] for a in items2) for f in F + ["all"]}
print(cnt)
pv = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
print(len(pv), "paragraphs; coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
      "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
