"""Round 31, judge b: verdicts on the 60 sampled events (seed 20261356).

n -> (event, type, source, target, date, modality, reason), 1 = right, 0 = wrong.
Scored by docs/judged/CONVENTIONS.md. A spurious event is wrong in every field.
Run from docs/judged/round31:  python events-b-tools/verdicts.py
Writes events-b.jsonl and prints the per-field table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

S = (0, 0, 0, 0, 0, 0)  # spurious

V = {
    1: (1, 1, 1, 1, 1, 1, "ACCUSE by critics of the case; no target named in the sentence (the Democrat Party is the victim, not the target), empty right; critics' country not plain; background act with no date, unknown right."),
    2: (1, 1, 1, 1, 1, 1, "Ayrault 'seeking a comprehensive solution' read as a REQUEST with no addressee named; empty target right; no date in the text, news act -> document date."),
    3: S[:6] + ("Spurious: a central bank publishing a list of loans is no AID, nor any PLOVER act.",),
    4: S[:6] + ("Spurious: police 'refused to discuss any details' is declining comment (CAMEO 011), no PLOVER type; no request was rejected.",),
    5: (1, 1, 1, 1, 0, 1, "ASSAULT beat of the woman and child (unknown attackers, empty source right; USA plain, New Jersey). Date wrong: the beating is this news ('earlier this morning' in the next sentence), so the document date, not unknown/null."),
    6: (1, 1, 1, 1, 1, 1, "Future EU-Turkey negotiations = CONSULT; mutual, either party as source/target; 'this week' -> 2023-W24 right; future right. EUR accepted as the EU's CAMEO code."),
    7: (1, 1, 1, 1, 1, 1, "MOBILIZE of the UAVs; the deployer (SA Navy) is neither named nor referred to in this sentence, so empty source is right by the rule (I would code ZAF navy from the story). Earlier undated deployment, unknown right."),
    8: (1, 1, 0, 1, 0, 1, "SANCTION exclusion of Morocco; source should be Egypt, named in the sentence as the party whose deals excluded Morocco ('that country'). Date wrong: a background state of the past ('in the past unable...') given the document date."),
    9: (1, 1, 1, 1, 1, 1, "Djukanovic thanked parliament: SUPPORT; parties and codes right; speech reported as news, doc date (a Thursday) right."),
    10: (1, 1, 1, 1, 1, 0, "Jordan denied asking for a change: the REQUEST is denied by its own alleged source, so negated, not reported (the denial is the sentence's assertion)."),
    11: S[:6] + ("Spurious: 'struggling to raise international funds to invest' is no act between political actors; and 'the country' is Burkina Faso, not Chad.",),
    12: (1, 1, 1, 1, 0, 1, "ASSAULT (fighting) by the umbrella group's fighters (IRQ). Date wrong: the text gives a span 2003-2008; the start year alone misdates it (a span has no single date, round-20 rule)."),
    13: (1, 1, 1, 1, 1, 1, "Obasanjo called for a UN review: REQUEST to the UN (UNO accepted); lead act with no date in its sentence, doc date right (the Saturday memo may be a separate request)."),
    14: (1, 1, 1, 1, 1, 1, "India warned Bhutan: THREATEN; pluperfect background with no date, unknown right."),
    15: (1, 1, 1, 1, 1, 1, "Rescue by Israeli forces: AID (rescue); target woman and child right (woman's country not plain); 'early Tuesday' raid -> 2023-06-13 right."),
    16: (1, 1, 1, 1, 1, 1, "Military agreed to move bodies: AGREE; Afghan military right; no date for this act (the Saturday date is for the Kunduz authorities' act), doc date accepted."),
    17: (1, 1, 1, 1, 1, 1, "Sudan shut its border with Libya: COERCE restrict accepted (SANCTION would also do); April 9 explicit right."),
    18: (1, 1, 1, 1, 1, 1, "Arrests inside Amnesty's quote: COERCE arrest; the passive names no agent, empty source right by the rule; people NGA right; ongoing -> doc date. (reported_by carries a wrong NGA/GOV code, not scored.)"),
    19: (1, 1, 1, 1, 1, 1, "'ongoing Israeli military airstrike on southern Syria': ASSAULT Israel -> Syria; ongoing -> doc date; attribution keeps asserted."),
    20: (1, 1, 1, 1, 1, 1, "Spindelegger resigned Tuesday: RETREAT resign, 2023-06-13 right."),
    21: (1, 1, 0, 1, 1, 1, "Bill approved by 'Congress' on Monday: SUPPORT approve accepted; source wrong: the Marshall Islands' legislature is not a Congress and the story is about Washington's pressure, so MHL is a guess (US Congress is the reading). Monday 2023-06-12 right."),
    22: S[:6] + ("Spurious: survivors 'met another woman' is no political consultation; source 'Humvee' is a vehicle.",),
    23: (1, 1, 1, 0, 1, 1, "Arrest by Mexico City authorities: COERCE arrest; target wrong: the 'chief architect' of the kidnapping ring is named in the sentence. Said Sunday -> 2023-06-11 accepted."),
    24: (1, 1, 1, 0, 1, 1, "Syrian government denounced 'this report and its authors': target wrong, the definite description refers to the UN report/Pillay (UN) of the previous sentence; empty is wrong. Narrative Saturday accepted."),
    25: (1, 1, 0, 1, 1, 1, "'The president's visit to the Marshall Islands': CONSULT visit; source wrong: Kincaid is the host speaking; the visitor is the US president/delegation. Target MHL right."),
    26: (1, 1, 0, 0, 1, 1, "PROTEST by about two dozen people from DRC against Kabila's government: source wrong (the country DRC, not the group of people); target Kabila is right party but country code empty instead of COD. 'last month' -> 2023-05 right."),
    27: (1, 1, 1, 0, 0, 1, "US 'has long supported civil society in the Islamic world': SUPPORT; target wrong: civil society in the Islamic world is named; date wrong: an act still going on takes the document date, not unknown/null."),
    28: (1, 1, 1, 1, 1, 1, "UK stationed troops at UN HQ in support of the UN: MOBILIZE; UN as recipient accepted; present perfect news -> doc date."),
    29: (1, 1, 1, 1, 1, 1, "33 peacekeepers 'understood to have been killed': ASSAULT, unknown attacker; multinational peacekeepers, empty code right; 'are understood' -> reported accepted."),
    30: (1, 1, 1, 1, 1, 1, "150 killed in Yobe 'this year alone': ASSAULT; attackers not named in the sentence, empty right; the text dates the total to this year, 2023 accepted at that precision."),
    31: (1, 1, 0, 1, 0, 1, "'the country was seeking the aid of China': REQUEST assist; source wrong: 'the country' is Angola, not the US. Date wrong: 'last year' dates the cyber-attacks, the seeking is current (doc date)."),
    32: S[:6] + ("Spurious: 'while not giving up in any way EU powers' qualifies the scope of the veto move; no act (no refusal) is reported.",),
    33: (1, 1, 1, 1, 1, 1, "Federal court ordered the government to release firearms: REQUEST (orders) court -> government; Tuesday 2023-06-13 right."),
    34: (1, 1, 1, 0, 1, 1, "Organizers protesting an 'unfair police homicide': PROTEST; by the wave-30 crowd-protest rule a protest aimed at a police act has the state (USA) as target, so empty is wrong (I would accept empty here since the aim is a death). Sunday right."),
    35: (1, 1, 0, 1, 0, 1, "'its invasion of Kuwait in 1990' (its = the US in this text): ASSAULT; source wrong (Kuwait government invading Kuwait); date wrong: the text gives 1990."),
    36: (1, 1, 1, 0, 0, 1, "'Gambia, backed by Senegal': SUPPORT Senegal -> Gambia; target wrong: Gambia is named in the sentence. Date wrong: the backing goes with the break-up on Saturday (2023-06-10), not the doc date."),
    37: (1, 1, 0, 1, 1, 1, "'The leaders have agreed...': AGREE; source country wrong: the leaders of the Pacific Alliance meeting with Australia and NZ are not plainly Chinese (Wu is only the speaker)."),
    38: (1, 1, 1, 1, 1, 1, "US delegation will travel to Brazil and meet Rousseff: CONSULT visit, future; Monday night -> 2023-06-19 right."),
    39: (1, 0, 1, 0, 1, 1, "Approval of the first US crude shipments to Iran is material economic exchange (COOPERATE), not verbal SUPPORT; target wrong: lists the United States itself besides Iran. 2018-01-20 right."),
    40: (1, 1, 1, 1, 1, 1, "'Some reports say Boko Haram is cooperating with the military': COOPERATE; ongoing -> doc date; attribution keeps asserted by the rule."),
    41: (1, 0, 1, 0, 1, 1, "Electronic/digital attacks on ministries are COERCE cyber, not ASSAULT; target wrong: the Cambodian ministries are named in the sentence. Attacker unknown, empty source right."),
    42: (1, 1, 1, 1, 0, 1, "Irish president met by South African officials: CONSULT; date wrong: the meeting is given Tuesday, which is the date of the decision to extend the visit, not of this meeting (no date: doc date)."),
    43: (1, 1, 1, 0, 0, 1, "Taliban suspected of bombing houses: ASSAULT (mode aerial dubious, not scored); target wrong: the four (Afghan) civilians injured are named; date wrong: the text gives the assault as Tuesday night 12 April; 'suspected' -> reported right."),
    44: (1, 1, 1, 1, 1, 1, "'the first killing took place there in 1982': ASSAULT, no party named, empty right; 1982 right."),
    45: (1, 1, 1, 1, 0, 1, "Santos expressed support for UNICEF: SUPPORT right; date wrong: 'also' ties it to the Wednesday meeting of the lead (2023-06-14), not the doc date."),
    46: (1, 1, 1, 1, 1, 1, "40,000 protesting in Tashkent against government attempts to silence opposition: PROTEST; aimed at the authorities, so Uzbekistan as target right; 'are protesting' -> doc date."),
    47: (1, 1, 1, 1, 0, 1, "'The attack' on the US consulate: ASSAULT; no party named in this sentence, empty source/target right by the rule. Date wrong: the text dates the assault last Friday, not the doc date."),
    48: (1, 1, 1, 1, 0, 1, "Sahrawis targeted in the 1991-1994 conflict: ASSAULT; Algeria accepted as a party of the 'Franco-Algerian conflict'; date wrong: a span 1991-1994, the end year alone misdates it."),
    49: (1, 1, 0, 0, 1, 1, "Palm Beach County police investigating 25 suspects: ACCUSE investigate; source and target carry AUS, plainly USA (Florida)."),
    50: (1, 1, 1, 1, 1, 1, "'the air force fired a missile' on November 19: ASSAULT (mode heavy-weapons vs aerial not scored); SLE air force accepted; target an area, empty accepted; 2022-11-19 right."),
    51: (1, 1, 0, 0, 0, 1, "Cyber-attacks that disabled Angolan grid computers: COERCE cyber; source wrong (Dos Santos is the speaker, and coded USA); target wrong: Angola (its grid) is named; date wrong: 'last year' -> 2022, not doc date."),
    52: (1, 1, 1, 1, 1, 1, "Cameroon sending troops to help South Korea: MOBILIZE accepted (AID also possible); parties right; doc date right."),
    53: (1, 1, 1, 0, 1, 1, "European Commission's cease and desist order: REQUEST (order) accepted; target wrong: 'certain firms operating in Brussels...' are named in the sentence."),
    54: S[:6] + ("Spurious: the release is the aim of the agreement ('in order to secure their immediate release'); no release happened, and the speaker (Information Ministry) is not a releaser.",),
    55: (1, 0, 1, 1, 1, 0, "'We cannot agree with the strike': disapproval of the strike, ACCUSE disapprove asserted, not a negated AGREE; Thursday = doc date right; strikers not named, empty target right."),
    56: (1, 1, 0, 1, 1, 1, "UN compound in Goma attacked by rebels: ASSAULT -> UN right; source country RWA not plain (Goma is in DRC; Kagame is only the visitor), should be empty or COD. Undated background, unknown right."),
    57: (1, 1, 1, 1, 1, 1, "CTN said it would send 20 more units: MOBILIZE militia, future; country not given in the text, empty right; future act undated, null accepted."),
    58: (1, 1, 0, 1, 0, 1, "Accused of 'messing' with records by a newspaper: ACCUSE; source wrong: 'a newspaper' (Kieler Neueste Nachrichten) is named in the sentence; date wrong: the accusation preceded Tuesday's resignation, not the doc date."),
    59: S[:6] + ("Spurious: a campaign's money transfers through a phony company are not AID; the act in the sentence is the newspaper's allegation (ACCUSE).",),
    60: (1, 1, 0, 0, 1, 1, "Operators 'are being indicted': ACCUSE allege; source wrong: the prosecutor ('our investigation', Van Ostaeyen, BEL) is the indicting party in the sentence; target wrong: the operators of business associations are named."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality", "all"]


def main():
    items = [json.loads(l) for l in open(os.path.join(ROOT, "events-b-items.jsonl"))]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        v = V[it["n"]]
        vals = list(v[:6])
        if not vals[0]:
            assert not any(vals), it["n"]
        verdict = {f: bool(x) for f, x in zip(FIELDS, vals)}
        verdict["all"] = all(vals)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = v[6]
        out.append(rec)
    with open(os.path.join(ROOT, "events-b.jsonl"), "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print("field      all 60         real events (%d)" % len(real))
    for fld in FIELDS:
        a = sum(r["verdict"][fld] for r in out)
        b = sum(r["verdict"][fld] for r in real)
        print("%-9s %3d/60 %5.1f%%   %3d/%d %5.1f%%" % (fld, a, 100 * a / 60, b, len(real), 100 * b / len(real)))


if __name__ == "__main__":
    main()
