"""Write events-b.jsonl from the judge's per-item decisions (judge b, round 105).
V[n] = (set of wrong fields, or 'SPURIOUS'), reasons."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: (set(), "Negated recognition (SUPPORT, CAMEO 054) by Moscow; 'the election result' is a thing, not a party, so the empty target is right by the conventions (a coder could add Ukraine). Ongoing stance at the document date; negated is right."),
 2: (set(), "Nauru grants recognition to China: SUPPORT Nauru (NRU) -> China (CHN), Monday 2024-01-15, asserted; distinct from the SANCTION for breaking ties with Taiwan."),
 3: ({"date"}, "CONSULT USA -> Japan is right, but the consultation happened 'beforehand', before the Saturday 2008-10-11 removal; it is a background act, so the document date 2008-10-12 is wrong (no day given; at most 'before 2008-10-11')."),
 4: ({"target", "date"}, "'it' is the main pro-Kurdish party in Turkey's parliament (BDP, TUR), not the parliament itself; 'has accused' is a background accusation of no stated time, so it should have no date rather than the document date."),
 5: ({"type"}, "Erdogan cancelled a trip because of the attacks at home; it is not a sanction or reduction of relations aimed at Kazakhstan. A coder would code at most a CONSULT (visit) that will not take place (negated); source, target and date are right."),
 6: (set(), "Future official complaint (ACCUSE, CAMEO 114) by Lebanon; the party complained about (Israel) is not named or referred to in the sentence ('the attacks' is an act), so the empty target is right; future, no date, right."),
 7: (set(), "REQUEST by NATO's Robertson to Kosovo Albanian leaders (XKX) to cut support for the guerrillas, reported on Thursday 2000-11-23; all right."),
 8: ({"type"}, "Militants captured by Tunisian troops and police in the fighting is an arrest/detention, COERCE arrest (CAMEO 173), not ASSAULT abduct (kidnapping); no agent in the sentence so the empty source is right; date Monday 2016-03-07 right."),
 9: ({"date"}, "ASSAULT by the Houthis (YEM) is right, but 'attacked more than 100 merchant ships from November 2023' is a total summed over a span from an earlier time, which has no date under the conventions (not 2023-11)."),
 10: (set(), "AGREE by chief negotiator Hill (USA) reached in Pyongyang this month (2008-10); a reciprocal agreement with no recipient named as a party is right with an empty target; attributed to McCormack, asserted."),
 11: ({"date"}, "SUPPORT (welcome) by Iranian supporters of Ebadi, future, is acceptable, but the text gives the time: 'when she returns next week', so the date should be the following week (2003-W42), not unknown."),
 12: (set(), "ECOWAS says it will continue to support Abubakar's mediation: SUPPORT ECOWAS -> Abubakar (NGA), future, undated; right."),
 13: ({"target"}, "ASSAULT destroy by the LTTE's suicide commandos (LKA) in July 2001 is right, but the sentence names what was hit: the national airline's fleet at Colombo airport, so the target should be the Sri Lankan national airline / Sri Lanka (LKA), not empty."),
 14: ({"type"}, "Militants captured while crossing into India are detained, COERCE arrest (CAMEO 173), not ASSAULT abduct; the empty source (passive, no agent) and the uncoded militants are acceptable; reported on 2003-12-16."),
 15: ({"target"}, "Signing a peace agreement is SUPPORT (CAMEO 057) and the source is right, but the rebel and opposition groups are Chadian (TCD); Qatar is only the venue, so the QAT country code is wrong."),
 16: ({"date"}, "REQUEST Jiang (CHN) -> Washington (USA) is right, but he urged it at the Sunday meeting reported in this story, so the date should be 1996-11-24 (document date), not unknown."),
 17: (set(), "REQUEST by CAR opposition leaders for a national conference; no addressee named, so the empty target is right; date 1996-05-20 from the dateline, asserted."),
 18: ({"date"}, "PROTEST demo by the Armenian opposition aimed at Kocharyan (state target right), but 'has staged rallies for weeks' is an act still going on when the story is told, so it takes the document date 2004-04-13, not unknown."),
 19: ({"date"}, "The prosecutor seeking charges against a sitting head of state (Bashir, SDN) is ACCUSE by the ICC, right; but it is this news (the Monday request), so the date should be 2008-07-14, not unknown."),
 20: (set(), "Protesters throwing stones and bottles at police during the cleared gathering is PROTEST riot aimed at the authorities (state target right); early Tuesday 2004-04-13; attribution to the Interior Ministry keeps it asserted."),
 21: ({"target", "date"}, "SANCTION convict by the Baghdad court is right, but 'them' are the two American civilians (USA), not Jordan; 'less than two weeks later' than 13 March gives late March 1995 (1995-03), and the 27th is outside that window."),
 22: ({"event"}, "Serb deputies taking part in a session of the Kosovo assembly is participation in a domestic legislature, not a consultation or meeting between political actors; spurious (should be no event)."),
 23: ({"event"}, "'Every element of verification that we sought' describes the content of the package inside a quote; it is not a request reported as an act (and it would have no target or date); spurious."),
 24: (set(), "ACCUSE Georgia -> the Russian fighter (Russian air force, RUS): right party and country (its REB/person sector is odd but not scored); present 'accuses' takes the document date; right."),
 25: (set(), "ACCUSE disapprove by the EU and NATO; 'it' is the attack, not a party, and the PKK is not named in the sentence, so the empty target is right; same-day reaction 2011-10-19."),
 26: ({"type"}, "U.N. agencies pulling their international staff out of Kabul for fear of reprisals is a withdrawal of personnel/involvement, SANCTION withdraw (CAMEO 1663), not a RETREAT (a material concession, e.g. pulling forces back); target Afghanistan (AFG) and the undated 'ahead of the vote' are acceptable."),
 27: (set(), "SUPPORT (congratulations) by Ardern (NZL); the person congratulated is not named in the sentence, so the empty target is right; 2022-05-22 right."),
 28: (set(), "AGREE by Saddam (IRQ) to release the Americans, agreed at Sunday's meeting 1995-07-16; the empty target is right (no party named); attributed to Richardson, asserted."),
 29: ({"source"}, "ASSAULT on Houthi leaders (YEM) on Saturday 2025-03-15 is right, but the sentence names the United States (U.S. officials describing their own strikes), so the source should be the United States (USA), not empty."),
 30: (set(), "ASSAULT crowd-control by Comoros police on Wednesday 2024-01-17; the protesters are not named in the sentence, so the empty target is right."),
 31: ({"target", "date"}, "SUPPORT by Libya (welcomed the proposal) is right, but the target cannot be Libya itself: it should be the proposers, the US and Britain (USA/GBR), or empty; the date is given, 'said on Tuesday': 1998-08-25."),
 32: ({"source"}, "COERCE seize (security forces searching houses) is right, but they are Tunisian security forces (TUN), not Libyan; date 2016-03-07 (that day) right."),
 33: ({"target", "date"}, "Restating the shooting of one of the three Kurdish activists is an ASSAULT firearms, but the text gives no nationality for the women (Kurdish activists in Paris), so the target's country should be empty, not TUR; it is this news (found early Thursday), so the date should be 2013-01-10, not unknown."),
 34: (set(), "Refusal to yield ('would not give up the fight') coded as a negated CONCEDE (CAMEO 080 yield) by the separatist commanders (UKR); acceptable (REJECT asserted would also do); document date right."),
 35: (set(), "Libya's earlier proposal of a neutral-venue trial is an offer, AGREE; no addressee named so the empty target is right; background 'had proposed' with no date: unknown right."),
 36: (set(), "SUPPORT USA -> Colombia (COL), reported as this news on the document date; right."),
 37: ({"target"}, "THREATEN by Trump is right (warning to stop supporting the Houthis 'immediately'), but the party warned is Iran, 'the group's backer' (IRN), not the Houthis."),
 38: ({"event"}, "Netanyahu speaking to his own election-night rally is not a protest or any PLOVER act; spurious."),
 39: ({"target"}, "ASSAULT firearms by Zambian police in August 1997 is right, but the sentence names who was fired on: the opposition rally (Kaunda was grazed), so the target should be the opposition / Kaunda (ZMB), not empty."),
 40: (set(), "SUPPORT by rights groups (no country) for the prosecutor's move; 'the move' is an act, not a party, so the empty target is right; this news, 2008-07-14."),
 41: ({"target"}, "ASSAULT by Austrian police on Monday 2020-11-02 is right, but 'him' is the gunman, not Chancellor Sebastian Kurz; the target should be the gunman (attacker)."),
 42: ({"target"}, "SANCTION withdraw by Chavez on Friday 2005-01-14 is right, but 'his ambassador to Bogota' is recalled from Colombia, so the target should be Colombia (COL), not empty."),
 43: ({"date"}, "REJECT (veto) by Poland is right with no party named as target, but 'has vetoed ... since November' is still going on when the story is told, so it takes the document date 2007-05-18 (not unknown)."),
 44: (set(), "CONSULT phone Morrison -> Albanese (AUS), on Saturday night 2022-05-21; a separate act from the congratulation; right."),
 45: ({"target"}, "COERCE arrest by German police (DEU) is right, but the protesters were detained in Germany ahead of the Heiligendamm G8; their country is not Russia: it should be DEU or empty."),
 46: ({"target"}, "PROTEST demo by Russians in April 2007 is right (the country-level Russia stands for the Russian protesters), but the protests were over Estonia's relocation of the war memorial, so the target should be Estonia (EST), named in the sentence."),
 47: (set(), "REQUEST by Bosnian government officials (BIH) to the ICRC (no country), reported as this news; right."),
 48: ({"event"}, "'the crackdown' is a reference to the police action already reported, used as the topic of Ambiga's statement; the sentence reports no new coercive act (its act is her criticism); spurious."),
 49: (set(), "CONSULT visit Trump (USA) -> China (CHN) in April 2026, future; right."),
 50: ({"date"}, "CONCEDE by Zinsou (BEN) is right (empty target acceptable for 'conceded defeat'), but the text says he telephoned Talon to concede late on Sunday night, so the date should be 2016-03-20, not Monday 2016-03-21."),
}
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-b-items.jsonl"))]
assert len(items) == 50 and set(V) == set(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if "event" in wrong:
        v = {f: False for f in F}
    else:
        v = {f: (f not in wrong) for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it); o["verdict"] = v; o["reasons"] = reason
    out.append(o)
with open(os.path.join(ROOT, "events-b.jsonl"), "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
counts = {f: sum(o["verdict"][f] for o in out) for f in F + ["all"]}
print(counts)
