"""Round 24, judge b: verdicts on the 60 sampled events (seed 20261331), scored by docs/judged/CONVENTIONS.md.

VERDICTS: n -> (event, type, source, target, date, modality, reason), 1 = right. A spurious event (no act of the
PLOVER family, or a second event for an act already coded from the same sentence) is 0 in every field.

usage (from docs/judged/round24): python events-b-tools/verdicts.py
writes events-b.jsonl (each item of events-b-items.jsonl with "verdict" and "reasons") and prints the per-field table.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
SPUR = (0, 0, 0, 0, 0, 0)

VERDICTS = {
    1: (1, 1, 1, 1, 0, 1, "COERCE arrest by the Mali army of suspected Islamists is right; but the date 2023-06-14 is "
        "Wednesday inherited from the clashes of the previous sentence, while this sentence says the unrest began "
        "AFTER the arrest (the story later puts the arrest before the Tuesday-night fighting): not the act's date."),
    2: (1, 1, 1, 1, 1, 1, "Protesters injured in the Saturday confrontation in Tallinn: ASSAULT, the sentence names "
        "no attacker (empty source right by the rule), target some protestors EST, date Saturday 2023-06-10 right."),
    3: (1, 1, 0, 0, 1, 1, "THREATEN is right (warning the militants would target the U.S. embassy in Djibouti); "
        "the source is the threatened U.S. embassies (should be al-Muhaisan / the militants) and the target, "
        "the U.S. embassies (USA), is empty."),
    4: (1, 1, 1, 0, 0, 1, "REQUEST by Shimomura (JPN) right; the sentence names the party asked (children's schools, "
        "JPN) and the target is empty; date 2023-06-11 is no date the text gives the request ('had requested' "
        "before; Monday is the day of the closure, and Monday is 2023-06-12)."),
    5: (1, 0, 1, 1, 0, 0, "'has tried to meet with government officials' in past demonstrations: an attempt (a "
        "REQUEST to meet at most), not a CONSULT that took place, so type and asserted modality are wrong; background "
        "act of past demonstrations given the document date. Yusef/SDN and government officials/SDN right "
        "(sector not scored)."),
    6: SPUR + ("Duplicate: the same sentence's 'attacked' (e3: suicide bomber -> Revolutionary Guards cadets, June 5) "
               "already codes this attack; 'killing 21' is its outcome, a second event for the same act.",),
    7: (1, 1, 1, 1, 1, 1, "Authorities (CMR) promised to revise the curriculum: AGREE (CAMEO 034 intent to change "
        "policy -> AGREE), no party named as target, 'have promised' reported as this news, document date right."),
    8: (1, 0, 1, 0, 1, 1, "Burkina Faso planning to join the Malian navy is intended military cooperation "
        "(COOPERATE/AGREE), not a MOBILIZE; target Mali ('the Malian navy') is named and left empty; future, "
        "undated: no date right, future right."),
    9: SPUR + ("Prince Charles visiting a golf course on a family outing: no act between political actors.",),
    10: (1, 1, 1, 1, 1, 1, "SUPPORT: Diarra (GMB) commended Tonga (TON); 'has commended' as this news."),
    11: (1, 1, 1, 1, 1, 1, "SUPPORT ratify between Vietnam and Norfolk Island: mutual, either party as source and "
         "the other as target (the extractor lists both in both slots, which I accept; Thailand, party to the "
         "second agreement, is missing but 'the two jurisdictions' of the sentence are these two)."),
    12: (1, 0, 1, 1, 0, 1, "'backed by Hezbollah fighters' is military backing in the recapture (AID military "
         "assistance / COOPERATE), not verbal SUPPORT; the act is of early 2012, not the document date. "
         "Hezbollah LBN / Syrian forces SYR right."),
    13: (1, 0, 1, 1, 1, 1, "Sharif's government ordering the postponement of the UN-brokered talks is halting "
         "negotiations (CAMEO 164 -> SANCTION), not a REQUEST to the UN; source (Sharif's government, PAK) right; "
         "target UN / Afghan officials, named in the sentence as the talks' brokers/supporters, accepted; "
         "Saturday 2023-06-10 right."),
    14: (1, 0, 1, 1, 0, 1, "'a demonstration of military strength' by PNG soldiers is a show of force (MOBILIZE, "
         "CAMEO 150), not a PROTEST; it was on the day before the 13 August 2003 flight, not the document date."),
    15: (1, 1, 1, 0, 1, 1, "ISIL's offensive (ASSAULT, begun at an unknown time, no date right); the target "
         "United Nations is the reporter of the UN report, not the party attacked (none is named for the "
         "offensive)."),
    16: SPUR + ("'Okodare insisted the strike was part of ongoing debate': the strike is the topic of the minister's "
                "statement, not an act reported here (already coded from the lead and 'had joined the strike').",),
    17: SPUR + ("'saying they were seeking fame' is no act; the urging to surrender is already coded from this "
                "sentence (e6 'urged'), so this REQUEST (with a Serbian-army source) is spurious/duplicate.",),
    18: (1, 1, 0, 1, 0, 1, "1995 blast by British RAF Tornados that killed seven: ASSAULT; the sentence names the "
         "attacker (British Royal Air Force, GBR) and the source is empty; the text gives 1995, the date is empty."),
    19: (1, 0, 1, 0, 0, 1, "Sata ordering the troops removed from the border with Poland is the withdrawal "
         "(RETREAT, Zambia -> Poland), not a REQUEST; target Poland (named in the sentence) empty; the order is "
         "part of this news (the withdrawal announced Tuesday), so no date is wrong."),
    20: (1, 1, 1, 0, 1, 1, "COERCE cyber; no attacker named (empty source right), but the attacked national "
         "telecommunications company (URY) is named and the target is empty; Monday 2023-06-12 right."),
    21: SPUR + ("'The agreement could open the way for the government to hold ... elections': a speculative "
                "consequence, no act by anyone (holding elections is no PLOVER act either).",),
    22: (1, 1, 0, 0, 0, 1, "CONSULT (meeting of the youth association's leaders) accepted; source and target add "
         "'North Korea government', which the sentence does not name as a party (from 'Pyongyang'), and an "
         "internal meeting has no target; the text gives May 23-24, 2014, not 2023-05-23."),
    23: (1, 1, 1, 0, 1, 1, "Protests in the capital demanding the release of political prisoners: PROTEST, no "
         "protesters named (empty source right), 'earlier this year' = 2023 right; by the crowd-protest rule the "
         "aim is the authorities' act (the detentions), so the state (Prince Hassan's government) is the target "
         "and empty is wrong."),
    24: (1, 1, 1, 1, 0, 0, "Deployment of 10,000 more UN peacekeepers to Anguilla is only allowed by the "
         "resolution: a future deployment, not asserted, and not of the document date. MOBILIZE accepted "
         "(CAMEO 074 peacekeeping -> AID would also do)."),
    25: SPUR + ("'It is where Tajik border guards patrol': a description of routine patrolling at a place, no "
                "mobilization act.",),
    26: (1, 1, 0, 1, 1, 1, "REJECT of a mediation offer in the Gibraltar-EU stand-off right, target EU accepted, "
         "Friday right; but Gibraltar's government is coded GBR, while Gibraltar has its own code (GIB) and is a "
         "party distinct from the UK (the extractor codes Anguilla AIA, Norfolk Island NFK)."),
    27: (1, 1, 1, 1, 1, 1, "Police (BGD) fired rubber bullets and tear gas at the protestors: ASSAULT crowd-control, "
         "Saturday 13:30 right."),
    28: (1, 1, 1, 1, 1, 1, "Shiites (BHR) complain of discrimination: ACCUSE, an ongoing complaint (document date), "
         "no accused party named (empty target right). Borderline as an event, accepted."),
    29: SPUR + ("'a live rifle that had already been confiscated as part of the operation': a background detail with "
                "no party seizing or seized; no act between political actors.",),
    30: (1, 1, 1, 0, 1, 1, "SANCTION expel of the diplomats by Malaysia right; 'the diplomats' refers to the "
         "Hungarian diplomats of the first paragraph, and the target has no country (HUN)."),
    31: (1, 1, 1, 1, 0, 0, "The U.S. contingent is only expected to arrive Monday to work with international "
         "organizations: future, not asserted; the date is Saturday, the day of the statement, not of the act "
         "(Monday 2023-06-12)."),
    32: SPUR + ("Medvedev 'warned that Moscow's gold reserves could plunge': an economic forecast, not a threat "
                "against anyone; no PLOVER act.",),
    33: (1, 1, 1, 0, 1, 1, "COERCE arrest by security forces (IRQ) on Tuesday right; 'Two' refers to two of the "
         "four Sunni protesters named before, and the target is empty."),
    34: (1, 1, 0, 1, 1, 1, "REJECT of South Ossetia's decision right; the regional government of North Ossetia is "
         "a Russian region's government (the story: North Ossetia made part of a Russian region), coded with no "
         "country; 'the decision' names no party, so the empty target is right."),
    35: (1, 1, 1, 1, 1, 0, "CONSULT between Kagame, the prime minister and the rebels' commander: 'will likely be "
         "followed by' a second round, future/hypothetical, coded asserted; no date right for a future act."),
    36: (1, 1, 1, 0, 0, 1, "Police did not take legal action (COERCE, negated) right; the sentence names the party "
         "not acted against ('the officers responsible'), target empty; May 17 is the date of the death, not of "
         "the (non-)action."),
    37: (1, 1, 1, 1, 1, 1, "SUPPORT: Aquino (PHL) signed a treaty with the United States, Wednesday 2023-06-14."),
    38: (1, 1, 0, 1, 1, 1, "M.M. refusing to confess (REJECT) accepted as an event; no interrogator named (empty "
         "target right), 2003 right; but M.M.'s country is not given (he committed crimes in the UAE 'before he "
         "left', transferred to Abu Dhabi) and the source is coded ARE."),
    39: (1, 1, 1, 1, 1, 1, "REQUEST: Abbas urged Palestinians not to fall apart; statement of Thursday = document "
         "date."),
    40: (1, 1, 0, 0, 1, 1, "ACCUSE of the Labor Secretary-General by the workers right, month right; but the story "
         "is in Taipei and both are coded AUS (should be TWN)."),
    41: (1, 1, 1, 0, 1, 1, "Protests in Syria turning into a revolt last year (2022): PROTEST, no protesters named; "
         "no aim named, so by the crowd-protest rule the state (Syria) is the target, and empty is wrong."),
    42: (1, 1, 1, 1, 1, 1, "As the sentence has it, the national government (ALB) awarded the IMF a loan in 2009: "
         "AID (credit), source and target right, 2009 right."),
    43: (1, 1, 0, 1, 1, 1, "ACCUSE charge of the former Australian politician on Friday right; the sentence puts "
         "the charge in 'a U.S. probe' by 'American officials', so the charging party (USA) is referred to and "
         "the source is empty."),
    44: (1, 1, 0, 0, 1, 1, "Signing of the US-Samoa deal (SUPPORT) on Monday right; source Peter O'Neill is coded "
         "USA (he is named with the Samoa side), target the State Department only describes the deal; the "
         "signers are the US (Obama) and Samoa."),
    45: (1, 1, 1, 1, 1, 1, "COOPERATE future: U.S. personnel will be working with international organizations; "
         "future undated, no date right."),
    46: (1, 1, 1, 1, 1, 1, "PROTEST boycott of the Saturday referendum by 'the government' and pro-British "
         "unionist parties; read as the U.K. government (the previous sentence: the U.K. government not "
         "recognizing the referendum) - ambiguous text, accepted; no party boycotted (the referendum), empty "
         "target right."),
    47: SPUR + ("'his people will not be intimidated' is a statement of resolve, not a threat; the source Calvo is "
                "not the speaker (Caldwell) either.",),
    48: (1, 1, 1, 0, 0, 1, "Camp commander wounded in the explosion (ASSAULT), no attacker named in the sentence "
         "(empty source right); the commander of a NATO camp with a Czech name is coded BIH, a country the text "
         "does not give; the explosion is the air strike reported as this news, so no date is wrong."),
    49: (1, 1, 1, 1, 0, 1, "CONSULT Mamphenga (SWZ) - Polish Ambassador (POL), 'was scheduled': future right; but "
         "the story tells August 4-5 as past ('The visit was held', statement issued August 5th), so the year "
         "is 2022, not 2023-08-04."),
    50: (1, 1, 1, 1, 1, 1, "SUPPORT approve: Montenegro's parliament approved the new constitution on Sunday "
         "(2023-06-11)."),
    51: (1, 1, 1, 1, 0, 1, "ASSAULT, over 90 people (SYR) killed in bombings, no attacker named; a total over "
         "'the past week' has no date by the round-20 rule (and the week ending 2023-06-15 is not ISO week 23)."),
    52: SPUR + ("The energy company DEPA shutting down its own network to check its vulnerability is no coercion "
                "of anyone; no act between political actors.",),
    53: (1, 1, 1, 1, 1, 1, "PROTEST march organized by the HDP (coded DEM Party TUR, plus a garbled copy with no "
         "country - same party, accepted); aim is the police violence and the lawmakers, so empty target right; "
         "Friday right."),
    54: (1, 1, 1, 1, 0, 1, "ACCUSE complaint by the Liberals (NOR), no party named as the object (empty target "
         "right); the complaint and cancellation are part of this news (crisis 'continued Thursday'), so no date "
         "is wrong."),
    55: (1, 1, 1, 0, 1, 1, "CONCEDE: promise to ease restrictions on migration (PLOVER: promise of future easing "
         "of restrictions), conditional 'if elected' -> hypothetical, undated accepted; target United States is "
         "not named or acted upon (the beneficiaries are migrants, unnamed): should be empty."),
    56: (1, 1, 1, 0, 0, 1, "Motorcycle blown up in an attack near Panmunjom (ASSAULT, a second attack beside the "
         "Wonsan car torching, accepted as a distinct act); the victims are the police officers named in the "
         "sentence (target empty); the lead dates the incidents Wednesday (2023-06-14), not Tuesday."),
    57: (1, 1, 1, 0, 1, 1, "AGREE by Burundi to restart talks right; the target adds Central African Republic, "
         "a misreading of 'the remote Central African nation' (= Burundi)."),
    58: (1, 1, 0, 1, 1, 1, "MOBILIZE future (militia expected to be deployed), undated right; the sentence names "
         "the militia members (ATG) and the source is empty."),
    59: (1, 1, 1, 1, 1, 1, "REQUEST: Djibouti asked Canada in May to suspend the arms embargo; 2023-05 right."),
    60: (1, 1, 0, 1, 1, 1, "ACCUSE by WARO of the Interior Ministry's decree right; the source adds the 'United "
         "Arab Emirates government' (from 'in Abu Dhabi'), the very government condemned."),
}

FIELDS = ("event", "type", "source", "target", "date", "modality")


def main():
    items = [json.loads(line) for line in open(HERE / "events-b-items.jsonl")]
    assert len(items) == 60 and set(VERDICTS) == {it["n"] for it in items}
    out = []
    for it in items:
        v = VERDICTS[it["n"]]
        verdict = {f: bool(x) for f, x in zip(FIELDS, v[:6])}
        verdict["all"] = all(v[:6])
        out.append({**it, "verdict": verdict, "reasons": v[6]})
    with open(HERE / "events-b.jsonl", "w") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10} {'all 60':>14} {'real events (' + str(len(real)) + ')':>20}")
    for f in FIELDS + ("all",):
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:10} {a:>4}/60 {100 * a / 60:5.1f}% {b:>8}/{len(real)} {100 * b / len(real):5.1f}%")


if __name__ == "__main__":
    main()
