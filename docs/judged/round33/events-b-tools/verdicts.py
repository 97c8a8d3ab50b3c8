"""Round 33, judge b: verdicts on the 60 sampled events (events-b-items.jsonl), scored by
docs/judged/CONVENTIONS.md.

V[n] = (event, type, source, target, date, modality, reason), 1 = right, 0 = wrong.
A spurious event (event = 0) is wrong in every field.

usage (from docs/judged/round33): python events-b-tools/verdicts.py
writes events-b.jsonl and prints the per-field table (all 60, and real events only).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
ITEMS = HERE / "events-b-items.jsonl"
OUT = HERE / "events-b.jsonl"

SPUR = (0, 0, 0, 0, 0, 0)


def S(reason):
    """A spurious event: wrong in every field."""
    return SPUR + (reason,)

V = {
    1: (1, 1, 1, 1, 1, 1, "THREATEN by the Palau government; the threatened party is not named (territory), empty target "
        "right; 'the BBC reported Sunday' gives the act's report date 2023-06-11; asserted with BBC as reporter."),
    2: (1, 1, 1, 1, 1, 1, "Bush declared an emergency in Haiti in January: COERCE (state of emergency) as PLOVER lists it; "
        "'in January' read against the document year gives 2023-01 (the text gives no year; anachronism of the "
        "synthetic story not held against it)."),
    3: (1, 1, 1, 0, 0, 1, "REJECT of asylum by the Mexican government is right, but the party refused ('other Hond[urans]', "
        "truncated) is named and the target is empty; 'has already refused' is an earlier background act, not this "
        "news, so the document date is wrong (no date would be right)."),
    4: (1, 1, 1, 0, 1, 1, "Quote 'we have given up on the issue' (protests) is a CONCEDE; not a duplicate of e2 (another "
        "sentence). The speaker David Ospina for 'we' accepted as source (member speaking for the group, ZAF as the "
        "group's). The concession is made to the 'government' named in the sentence, so the empty target is wrong. "
        "Sentence has no date: document date right by the sentence rule."),
    5: (1, 1, 0, 1, 1, 1, "Future curfew (COERCE) right; the sentence names the authority, the Cabinet of Ministers whose "
        "decree imposes it (BIH), and the source is empty (it is only the reporter); no target named; future, no date "
        "(unknown) right."),
    6: (1, 1, 0, 0, 1, 1, "ACCUSE investigate right and 'said Monday afternoon' -> 2023-06-12 right; but the investigation "
        "is the Cuban authorities' (they announce it), source empty; the target 'the suspected bombmaker' is named in "
        "the sentence and left empty."),
    7: (1, 1, 0, 1, 1, 1, "AGREE to meet Kerry right, target Kerry USA right; source Abdulhussain bin Abdullah Al Khalifa is "
        "head of a Bahrain-based party, coded SAU (and JRN): wrong country. No date in the sentence: document date."),
    8: (1, 1, 1, 1, 1, 1, "Arrest of the blogger in August 2010 (COERCE arrest), passive with no agent, target the blogger "
        "IDN, date 2010-08: all right."),
    9: (1, 1, 1, 0, 1, 1, "PST's use of water cannons: ASSAULT crowd-control, source PST NOR right (another sentence from "
        "e1, not a duplicate by the rule); the protesters are named in the sentence and the target is empty. Document "
        "date = Thursday of the story."),
    10: S("Spurious: 'how the protesters would be taken care of' is care, not an assault (ASSAULT "
                "'pro_autocracy' from 'taken')."),
    11: S("Spurious: 'to prevent innocent people from getting killed' reports no killing; the sentence only "
                "describes the aim of identifying militants."),
    12: S("Spurious: Kerry's belief that Bahrainis 'are not willing to continue holding demonstrations' reports "
                "no demonstration on Friday; the act of the sentence is the Kerry-Zarif phone call (CONSULT), not a "
                "PROTEST asserted."),
    13: (1, 1, 1, 0, 0, 1, "Warning shots at ships coded THREATEN (a forceful warning) accepted; source Mozambican navy "
         "right; the Argentine ships are named and the target is empty; the shots belong to the earlier incident "
         "(no date given), not this news, so the document date is wrong."),
    14: S("Spurious: 'police declined to give further details' is declining comment (CAMEO 011, no PLOVER "
                "type), not a REJECT of a request between political actors."),
    15: (1, 0, 1, 1, 1, 0, "The party's announcement that it would 'not hesitate' to invade unless its rights are "
         "protected is a THREATEN, not an ASSAULT; as ASSAULT it is certainly not negated (modality wrong). Source "
         "the party KNA right; 'a member state' is indefinite, empty target accepted; statement made public Thursday "
         "= document date."),
    16: (1, 1, 0, 0, 1, 1, "MOBILIZE troops right; but the troops are dispatched FROM Greece, Bulgaria, Turkey etc.: "
         "those countries are the sources, and the extractor has them as targets with an empty source (no target is "
         "named; the migrants at most)."),
    17: (1, 0, 0, 1, 1, 1, "Soldiers took control of two buildings: armed forces taking ground is ASSAULT by the "
         "wave-30 rule (I would have accepted COERCE seize here, the act looks like a search, but score by the rule). "
         "The soldiers are the Philippine army's (the army's own statement), coded CHN: wrong. 'Thursday' read as "
         "the document date (a Thursday) accepted at sentence level."),
    18: S("Spurious: 'said ... after the World Summit on Youth ... on Friday' only times the statement; no "
                "meeting between named actors is reported, and the source is the summit itself."),
    19: S("Spurious: 'PNG soldiers take off in an F-18' (photo caption) is a flight, not a seizure."),
    20: (1, 1, 1, 0, 1, 1, "Conviction (SANCTION convict) of Levy and Dirceu right, no court named, date of the news "
         "right; the target list adds the Workers Party itself (not sentenced) and gives the two men no country "
         "though the sentence makes them Brazilian: wrong."),
    21: (1, 1, 0, 0, 0, 1, "REJECT of the ceasefire proposal right; the MRDF is a Maldivian group coded PHL, the target "
         "should be the (Maldives) government and is 'Philippines'; 2023-06-16 from 'the following day' is after "
         "the document date and not the act's date."),
    22: (1, 1, 1, 1, 1, 1, "SUPPORT (commends) Afghanistan gov -> Saint Kitts and Nevis, today: all right."),
    23: (1, 1, 1, 1, 1, 1, "CONSULT: Passos Coelho will meet Erdogan on Tuesday -> 2023-06-20, future: all right."),
    24: (1, 1, 0, 1, 1, 1, "ASSAULT with Syrians (SYR) killed right, 'in recent months' total has no date (right); but "
         "'Israeli air and artillery strikes' names Israel as the attacker and the source is empty."),
    25: S("Spurious: 'it [a deal] could give employers more flexibility' is a hypothetical effect of the AGREE "
                "already coded (e2), not a concession by Congress to employers."),
    26: (1, 1, 1, 1, 1, 1, "SAA retreating from several fronts in recent months: RETREAT withdraw, SYR, no target, a "
         "span with no date (unknown) right, asserted."),
    27: (1, 1, 1, 0, 1, 1, "Police seizure of cars in a raid on May 15: COERCE seize, Officers GBR, 2023-05-15 right; "
         "the raid is on 'their offices' (the gang's), the party acted upon, and the target is empty."),
    28: (1, 1, 1, 1, 1, 1, "Kenny's planned visit to South Africa: CONSULT visit, IRL -> ZAF, future with no date: right."),
    29: S("Spurious: 'Pristina Riot' is a (truncated) headline fragment; source 'Riot' as a person."),
    30: (1, 1, 1, 1, 1, 1, "REQUEST by Ban Ki-moon and the UNSC leaders to Israel to halt operations: source (Ban, "
         "UNSC; 'leaders' is the same party) and target right, news date, asserted. (reported_by 'Palestine "
         "spokeswoman' is wrong but not scored.)"),
    31: (1, 1, 1, 1, 1, 1, "ASSAULT, two Christians killed 'yesterday' (2023-06-14 by the document date), no killer "
         "named, target Christians TCD: right."),
    32: (1, 1, 0, 0, 1, 1, "The army's warning to its generals to step down 'or risk removal' is a THREATEN; source "
         "list includes the dateline '(AP)' Associated Press (wrong); the generals are named and the target is "
         "empty."),
    33: S("Spurious: 'as to the possibility of Iraq being invaded' is a topic with no actor; the act of the "
                "sentence is Iraq's warning (THREATEN), not a hypothetical ASSAULT on Iraq."),
    34: S("Spurious: a treaty provision that 'allows the U.S. Navy to investigate and prosecute Chinese "
                "submarines' is content of the agreement (coded as the signing), not an accusation."),
    35: (1, 1, 1, 1, 1, 1, "Trigger 'compromises' is in another sense, but the statement the sentence reports (with its "
         "closing half: Israel will reverse the settlement trend) is a verbal concession, so the record CONCEDE "
         "Netanyahu, no target, today, asserted matches what a coder codes; scored right."),
    36: S("Spurious: 'capital flight ... threatens the country's sovereignty' is not a threat by Putin "
                "(trigger in another sense)."),
    37: S("Spurious: a refugee's conditional 'If Italy doesn't open their borders, Europe will fall apart' "
                "is an opinion, no act of Italy (hypothetical RETREAT)."),
    38: (1, 1, 0, 0, 1, 1, "Deportation (COERCE deport) right, news date; but the officials deporting the men 'back "
         "to' Honduras are not Honduran (country not given or the US), coded HND; and the target is the 'Honduras "
         "government' instead of the deported asylum seekers ('them')."),
    39: (1, 0, 1, 0, 1, 1, "Announcing a new deal with the indigenous group is SUPPORT (finalize an agreement) or "
         "AGREE, not COOPERATE (material exchange); source and Sunday (2023-06-11) right; the group is named "
         "('its largest indigenous group') and the target is empty."),
    40: (1, 1, 1, 1, 0, 1, "AU SUPPORT for intervention right, no target named; the sentence has no date and the "
         "text gives none to the statement; 2023-06-10 is carried over from Mandela's Saturday pledge, wrong "
         "(the document date would be right)."),
    41: (1, 1, 0, 0, 0, 1, "The resolution (Sahara parliament) condemns Morocco: ACCUSE right, but Morocco is put as "
         "source and the target is empty (roles reversed); 2011-06-09 is the Council Decision's date, not the "
         "resolution's (document date)."),
    42: (1, 1, 1, 1, 1, 1, "Over 160 civilians killed in the recent period (ASSAULT), no attacker named, civilians "
         "SYR, a total with no date: right."),
    43: S("Spurious: 'The LDP calls the memorandum ... violations' is an ACCUSE; CONSULT phone from 'calls' "
                "is a trigger in another sense, with the LDP as Japan's party."),
    44: (1, 0, 1, 0, 1, 0, "Hungary 'is considering a boycott' of business deals in Malaysia: a state cutting "
         "commercial ties is SANCTION (PROTEST is civilian collective action), and considering is hypothetical, "
         "not asserted; Malaysia is named and the target is empty; source Hungary and date right."),
    45: S("Spurious: 'gave a live speech' is no concession."),
    46: S("Spurious: Erdogan's earlier remark that coup suspects 'could not be prosecuted' is no accusation "
                "or legal act (and has no parties)."),
    47: (1, 1, 1, 1, 1, 1, "'We have suspended terrorist attacks' (FSA): RETREAT ceasefire implemented, FSA SYR, no "
         "target in the sentence, no date in the sentence (document date), asserted: right (another sentence from "
         "e1, not a duplicate by the rule)."),
    48: (1, 1, 0, 0, 1, 1, "ACCUSE (criticized) right, ongoing criticism with the document date; but the critics are "
         "unnamed (empty source) and Jambon's government is the one criticized: source Jambon and empty target "
         "reverse the roles."),
    49: (1, 0, 1, 1, 1, 1, "Increased oil shipments between the US and Iran is trade (COOPERATE), not AID; USA -> IRN, "
         "present perfect trend with the document date, asserted."),
    50: (1, 1, 1, 0, 1, 1, "Conviction in the 1980s (SANCTION convict, '198' decade) right, no court named; the "
         "target list has only 'other military leaders' and drops Salazar, the first-named party: wrong."),
    51: (1, 1, 1, 0, 1, 1, "Taliban shooting at the car and downing the drone (ASSAULT) right, Sept. 21 from the "
         "previous sentence's strike right, attribution keeps it asserted; the car (the family) and the Army's drone "
         "are named and the target is empty."),
    52: (1, 1, 1, 1, 1, 1, "Rally in New York Saturday morning: PROTEST, Hundreds USA, no aim named so the state (USA) "
         "is a right target by the wave-30 rule, 2023-06-10: right."),
    53: S("Spurious: 'They are sending us a message with this withdrawal' is figurative, not a CONSULT (and "
                "Milosevic is not a party to it)."),
    54: (1, 1, 1, 1, 0, 1, "Arrest of the leaders (COERCE arrest), no agent named, leaders VEN right, attribution "
         "asserted; but 'this month' belongs to the media report of February 2017 that the story is about, not "
         "to the document date (2023-06)."),
    55: (1, 1, 1, 1, 0, 1, "Clash between the two opposing forces (ASSAULT), both sides in source with no target as "
         "the codebook codes reciprocal acts (accepted); the text dates it 'on Tuesday' (2023-06-13) and the date "
         "is empty."),
    56: (1, 1, 1, 1, 0, 1, "South Africa's sanctions on Swaziland (SANCTION) right in parties; they are a background "
         "act of years earlier (before Kganyago came to power), and the document date is wrong."),
    57: S("Spurious: 'the Seleka militia seeking secession' is an appositive describing the group's aim, "
                "not a request; coded USA as well."),
    58: S("Spurious: 'other people who get struck with a large bag ... don't get hit' is a generic remark; "
                "the Metropolitan Police did not hit anyone."),
    59: (1, 1, 1, 1, 1, 1, "Vietnam sets up a committee to investigate alleged rape by Chinese sailors: ACCUSE "
         "investigate VNM -> Chinese sailors CHN, news date, asserted: right."),
    60: (1, 1, 1, 1, 1, 1, "Clashes ongoing in Mansoura (ASSAULT), no parties named (empty right), 'earlier on "
         "Thursday' = 2023-06-15: right."),
}

FIELDS = ("event", "type", "source", "target", "date", "modality")


def main():
    items = [json.loads(line) for line in ITEMS.open()]
    assert len(items) == 60 and set(V) == set(range(1, 61)), (len(items), sorted(set(range(1, 61)) - set(V)))
    rows = []
    with OUT.open("w") as f:
        for it in items:
            v = V[it["n"]]
            assert len(v) == 7, it["n"]
            flags = dict(zip(FIELDS, (bool(x) for x in v[:6])))
            if not flags["event"]:
                assert not any(flags.values()), it["n"]
            flags["all"] = all(flags[k] for k in FIELDS)
            rows.append(flags)
            f.write(json.dumps(dict(it, verdict=flags, reasons=v[6]), ensure_ascii=False) + "\n")
    real = [r for r in rows if r["event"]]
    print("%-9s %13s %13s" % ("field", "all 60", "real events"))
    for k in FIELDS + ("all",):
        a = sum(r[k] for r in rows)
        b = sum(r[k] for r in real)
        print("%-9s %3d/%2d %5.1f%% %3d/%2d %5.1f%%" % (k, a, len(rows), 100 * a / len(rows),
                                                      b, len(real), 100 * b / len(real)))


if __name__ == "__main__":
    main()
