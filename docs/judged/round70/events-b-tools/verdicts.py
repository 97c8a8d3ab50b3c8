"""Judge b's round-70 verdicts: the false fields and reasons per item (n). Fields not listed are true.
Run: python events-b-tools/verdicts.py  (writes events-b.jsonl and checks it)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")
SPUR = "SPURIOUS"

V = {
 1: (["target"], "Arson in the Tehran riots of the report day: ASSAULT (destroy property) with no perpetrator named in the passive sentence, so an empty source is right; the target should be the shops and banks (Iranian businesses, IRN), which the sentence names."),
 2: ([], "Lebanese anti-Syrian majority leaders welcomed the decision to establish ties: SUPPORT, LBN source, reaction reported as this news (document date); 'the decision' is no party, so an empty target is right."),
 3: ([], "Abubakar's appeal to Nigerians to remain calm in his first broadcast: REQUEST, Abubakar (NGA) -> Nigerians (NGA), undated act of the report (document date), asserted."),
 4: ([], "Megawati has yet to concede to her former minister Yudhoyono: CONCEDE negated, Megawati (IDN) -> Yudhoyono described as her former minister (IDN), current state at the document date."),
 5: (["source"], "The killings are right (ASSAULT, more than a thousand people CAF, a total since an earlier time so no date, asserted with the UN as reporter), but the source 'Tit' is a fragment of 'tit-for-tat': the sentence names no perpetrator, so the source should be empty."),
 6: (["target"], "Tadic's condemnation is ACCUSE asserted at the document date, but the sentence names the condemned party: the target should be the 'hooligans' (the Serb crowd that burned the post), or Pristina (Kosovo government, XKX) for the second clause, not empty. reported_by Thaci is also wrong (not scored)."),
 7: ([], "Abacha's seizure of power in November 1993: a military seizure, ASSAULT by the convention on armed takeovers, Abacha (NGA), date 1993-11 as given; the party power was taken from is not named, so an empty target is right."),
 8: (SPUR, "Duplicate: the 'conflict in which more than 30,000 people have been killed' is the PKK's war with Turkey already coded from this sentence as e2 (PKK fought -> Turkey); the death toll is the same act, not a second one."),
 9: ([], "Yeltsin thanked voters on television: SUPPORT (praise), Yeltsin (RUS) -> voters (RUS), on the day of the report, asserted."),
 10: ([], "Tbilisi accused Russia after Tuesday's bombing: ACCUSE, Georgian government (GEO) -> Russia (RUS), Tuesday = document date 2001-10-09, asserted."),
 11: (["source", "target"], "The pardon is a release (RETREAT release, Tuesday 2007-07-24, asserted) but the roles are inverted: the source should be Bulgarian President Georgi Parvanov (BGR), named as agent, and the target the five Bulgarian nurses and the Palestinian-born doctor; 'Palestine' is no party here."),
 12: (["date"], "Opposition parties' boycott of the election: PROTEST boycott, DZA parties, no named target; but the vote it boycotted was Thursday's election, so the date should be 2014-04-17, not the Friday report date."),
 13: ([], "Guei accused Bedie's government of corruption: ACCUSE, Guei (CIV) -> Bedie / his government (CIV), undated act of the report (document date), asserted."),
 14: (["source", "target"], "The shooting down is ASSAULT on Monday 2001-10-08, asserted, but the UN is the victim: the source should be empty (unidentified ground fire) and the target the U.N. helicopter / observer mission UNOMIG (UN, no country), not Georgia."),
 15: (["type"], "Abdullah did not call for a boycott or protests: the act is a (negated) call/appeal to his supporters, REQUEST, not a boycott itself (PROTEST would need an actual boycott); source Abdullah (AFG), empty target, Sunday date and negated modality are right."),
 16: (["date"], "Western governments welcomed Yeltsin's win: SUPPORT, right source, no named target; the date should be the report date 1996-07-04 (reaction to the result), not 1996-06-18, which comes from 'two days later' after the June 16 first round in another paragraph."),
 17: ([], "Khan's supporters protested in several cities on Friday: PROTEST, PAK supporters; no aim named and one crowd at a military commander's residence, so the state (Pakistan) is a right target by the protest rule; Friday 2022-11-04, asserted."),
 18: (["type", "modality"], "'The EU is expected to lift its arms embargo on Libya later this year': lifting an embargo is RETREAT (CAMEO 085 ease embargo; CONCEDE is a promise, and no promise is made here), and the act is expected, not done, so modality should be future (or hypothetical), not asserted. EU -> Libya and 2004 are right."),
 19: ([], "Prosecutors arrested Gusinsky on Tuesday: COERCE arrest, Russian prosecutors (RUS) -> Gusinsky (RUS), 2000-06-13, asserted."),
 20: (["type"], "EU ministers agreed to suspend talks with Turkey on eight chapters: halting negotiations is SANCTION (CAMEO 164 halt negotiations), not REJECT meet (rejecting a proposal to meet). EU ministers -> Turkey, Monday 2006-12-11, asserted are right."),
 21: (["target"], "Xi urged Washington to stop suppressing Chinese technology firms: REQUEST, Xi (CHN), Wednesday's meeting date, asserted; 'urged it' refers to Washington, so the target should be the United States government (USA), not empty."),
 22: (["type"], "Gayoom ratified a new constitution in August 2008 (date, source, empty target right), but a national constitution is no agreement between parties; after 'growing pressure for reform' the act is a reform conceded, CONCEDE (CAMEO 083/0834), not SUPPORT (sign an agreement)."),
 23: (["target"], "Quang welcomed the U.S. lifting of the arms ban: SUPPORT, Quang (VNM), Monday report date, asserted; the step welcomed is the United States' (USA) - or an empty target, since 'the step' is no party - but China is wrong."),
 24: ([], "Gligorov wounded by a car bomb on Tuesday: ASSAULT (assassination attempt), no perpetrator named (empty source right), target Gligorov (MKD), 1995-10-03, asserted with officials as reporter."),
 25: (["date"], "Iran-US talks in Oman: CONSULT, mutual Iran (IRN) / United States (USA), asserted; the sentence dates the meeting 'on Saturday', so the date should be 2025-04-12, not the Sunday report date 2025-04-13."),
 26: ([], "Latin American leaders welcomed the U.S.-Cuba thaw: SUPPORT, leaders of several countries (no single code), 'the thaw' is no party so an empty target is right; reaction at the April 11 summit (the story's dateline day), asserted."),
 27: ([], "European officials welcomed the Greek election result: SUPPORT, European (EU) officials with no single country, 'the result' is no party (empty target right), reaction of the report day, asserted."),
 28: ([], "'I do not recognise these results' (Benflis): a negated SUPPORT (approve/recognise) is the convention's accepted alternative to REJECT asserted; Benflis (DZA), results no party, report date, negated - right."),
 29: ([], "Beijing has refused to deal with Tsai since her election: REJECT, Chinese government (CHN) -> Tsai (TWN), a refusal still going on, so the document date is right; asserted."),
 30: (["type", "target", "date"], "Students blockading universities is a protest, PROTEST obstruct, not COERCE (state restriction); the target should be the state / President Vucic (SRB), at whom the sentence aims the protests, not the universities blockaded; and the university blockades are ongoing (document date 2025-01-28) - 'on Monday' dates the junction blockade, not this one."),
 31: (["date"], "A man shot dead in the Belgrade street fights: ASSAULT, no shooter named (empty source right), man (SRB), asserted; the fights were during Tuesday's counter-rally (previous sentence), so the date should be 1996-12-24, not the Saturday report date."),
 32: (["date"], "Iraq had threatened to expel the Americans: THREATEN, Iraq (IRQ) -> American inspectors (USA), asserted; the sentence gives the date: 1997-10-29 (Oct 29), so an empty date is wrong."),
 33: ([], "Damascus said it was investigating where the shell came from: ACCUSE investigate, Syrian government (SYR), no party investigated (empty target right), Thursday report date, asserted with the minister as reporter."),
 34: ([], "Some Israeli officials have urged military action: REQUEST, Israeli officials (ISR), the party urged is not named (empty target right), recent act at the document date, asserted."),
 35: (["target"], "Blinken urged steps to calm tensions: REQUEST, Blinken (USA), Monday report date, asserted; 'steps' is not a party - the target should be the ministers he addressed (or empty), not 'steps'."),
 36: ([], "Poroshenko said he would ask parliament to review the self-rule law: REQUEST, Poroshenko (UKR) -> parliament (UKR), future, no date given (unknown is right)."),
 37: (["type", "target", "date"], "Petro's campaign pledge to reopen the border with Venezuela to trade: a pledge to resume cooperation is AGREE (asserted, as the pledge) - CONCEDE 'allow humanitarian aid' does not fit; the target should be Venezuela (VEN), named in the sentence; and 'has said' is a pledge of an earlier, unstated time, so it should have no date, not the document date."),
 38: ([], "Netanyahu said the core of the conflict was the Palestinians' refusal to recognise Israel as a Jewish state: REJECT, Palestinians (PSE) -> Israel (ISR), a standing refusal (document date); 'he said' is attribution, so asserted by the rule (I would have coded it reported, as a claim against an adversary)."),
 39: ([], "Clinton was due to fly on to Israel later on Wednesday: CONSULT visit, Clinton (USA) -> Israel (ISR), 1996-03-13, future."),
 40: (["target"], "Police have detained more than 20 political figures since February: COERCE arrest, Tunisian police (TUN), a total since an earlier time so no date, asserted; the target should be the political figures (TUN), named in the sentence, not empty."),
 41: ([], "Zeidan called for calm: REQUEST, Zeidan (LBY), no party addressed (empty target right), Thursday of the report, asserted."),
 42: ([], "NATO leaders agreed on Friday to develop a territorial missile defence: AGREE among NATO members (NATO), no target, Friday 2010-11-19, asserted."),
 43: ([], "Panama had recognised the Taipei government for more than a century: SUPPORT (recognition), Panama (PAN) -> Taiwan government (TWN), a span from an earlier time so no date, asserted."),
 44: ([], "Calderon called for reconciliation: REQUEST (appeal), Calderon (MEX; 'organization' kind is wrong but the party and country are right), no party named, the ruling day Sept 5 of the dateline, asserted."),
 45: ([], "Thailand expelled Cambodia's ambassador: SANCTION expel, Thailand (THA) -> Cambodia's ambassador (KHM), dated by the text's narrative of Thursday's clashes (2025-07-24), asserted."),
 46: (["source", "date"], "'He ... blamed Israeli settlement building for the collapse of peace talks a year ago': ACCUSE -> Israel, asserted, but the source should be Abbas ('He', PSE), not the Palestinians, and the date should be the speech on Friday 2011-09-23; 2010 is the date of the collapse of talks."),
 47: (["target"], "Troops deployed at key installations in Colombo: MOBILIZE, Sri Lankan troops (LKA), Tuesday 2003-11-04, asserted; the sentence names no party the deployment is aimed at (installations are places), so the target should be empty, not Sri Lanka."),
 48: (["source", "target"], "Tantawi and Anan were awarded state medals: SUPPORT, Sunday report date, asserted, but they are the recipients: the source should be President Mursi (EGY), 'the president' of the sentence, and the target Tantawi and Anan (EGY)."),
 49: (["target", "date"], "Hernandez conceded: CONCEDE, Hernandez (COL), asserted; the target should be Petro (COL), named in the sentence as the winner he conceded to, and he 'quickly conceded' after Sunday's run-off, so the date should be 2022-06-19, not the Monday report date."),
 50: (["type"], "'He has also said he will seek talks with the ELN': a statement of willingness to negotiate is AGREE (PLOVER: 'expressing willingness to meet in the future', CAMEO 036), not REQUEST meet; Petro (COL) -> ELN (COL), no date given (unknown right), and the seeking is future as coded."),
}

items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    bad, reason = V[it["n"]]
    if bad == SPUR:
        v = {f: False for f in F}
    else:
        assert all(b in F for b in bad)
        v = {f: f not in bad for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it); o["verdict"] = v; o["reasons"] = reason
    out.append(o)
with open(HERE / "events-b.jsonl", "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(o["verdict"][f] for o in back) for f in F + ("all",)}
print(counts)
