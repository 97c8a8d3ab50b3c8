"""Cross-check judge c: verdicts on the 120 items of docs/judged/cross22/items.jsonl.

Scored by docs/judged/CONVENTIONS.md. Each verdict is
n -> (event, type, source, target, date, modality, reason); a non-event is 0 in every field.
Document date 2023-06-15 is a Thursday: Mon=06-12, Tue=06-13, Wed=06-14, Fri=06-09, Sat=06-10, Sun=06-11.

usage: python docs/judged/cross22/tools/verdicts.py   (writes events-c.jsonl beside tools/, prints the table)
"""
import json
from pathlib import Path

def non(reason):
    """A non-event: wrong in every field."""
    return (0, 0, 0, 0, 0, 0, reason)

V = {
    1: (1, 1, 0, 0, 0, 1, "source Rovana Army is the pro-government army of Tokelau: code TKL, not empty; "
        "target TOP is named in the sentence (empty is wrong); the text dates this repelled attack 'yesterday' (2023-06-14), not the document date"),
    2: (1, 1, 1, 0, 1, 1, "target should be Singapore (SGP); 'ambassador' is Belgium's own envoy, the wrong party"),
    3: (1, 1, 1, 0, 1, 1, "target is Theresa May (GBR), whose invitation Khan rejected, not the European Union"),
    4: (1, 1, 1, 0, 1, 1, "target Kony is the leader of a Ugandan rebel group fighting the Ugandan military: UGA (or empty), not CFR"),
    5: (1, 1, 1, 1, 1, 1, ""),
    6: (1, 1, 0, 0, 1, 1, "source is the army named in 'army attack' (Guatemalan military, GTM MIL), not empty; "
        "target is the six soldiers killed (GTM), named in the sentence"),
    7: (1, 1, 1, 1, 1, 1, ""),
    8: (1, 1, 1, 1, 1, 1, ""),
    9: non("not an event: 'is banned under the Chemical Weapons Convention' describes the legal status of a weapon; no act",),
    10: (1, 1, 0, 0, 1, 1, "the corruption investigation (ACCUSE investigate) is not Putin's act: investigator unnamed here (empty), "
         "target is his four closest aides (RUS GOV), named in the sentence"),
    11: (1, 0, 1, 1, 1, 1, "the curfew was LIFTED: an easing of restrictions (RETREAT), not COERCE curfew"),
    12: (1, 0, 0, 1, 1, 1, "the rebels vowed to STOP fighting: a promise of ceasefire (CONCEDE/AGREE), not THREATEN violence; "
         "source is the rebels only (the Argentines signed the deals, they did not vow)"),
    13: (1, 1, 0, 0, 0, 1, "source is the U.S. Congressional subcommittee (USA LEG), not the United States as a state; "
         "target World Bank (its arrangement is scrutinised) is named; date: the report was issued Wednesday (2023-06-14)"),
    14: (1, 1, 1, 1, 1, 1, ""),
    15: (1, 1, 1, 0, 0, 1, "target: the leaders are Zimbabwean (ZWE) labour/opposition leaders, not an uncoded GOV group and a ZAF party; "
         "date: Sunday is the release date, the accusation is earlier (at their arrest late last month)"),
    16: (1, 1, 1, 1, 0, 1, "date: the joint statement belongs to the agreement the text dates 'today (July 20)', not the document date"),
    17: (1, 1, 0, 1, 1, 1, "source: 'the protesters' are the protesters in Guinea's southwest against President Conde: country GIN, not empty"),
    18: non("spurious: 'Nigerians defend their land' is no SUPPORT act; the act is Keita's (Mali) pledge to help Niger (AGREE, MLI -> NER), "
               "and 'Nigerians' here are people of Niger (NER), not NGA"),
    19: (1, 1, 1, 1, 1, 1, ""),
    20: (1, 1, 1, 0, 1, 1, "target: the text makes Gaston Browne Tonga's president: TON, not ATG"),
    21: (1, 1, 1, 0, 1, 1, "target: the NGOs whose assets may be seized are named in the sentence (ERI NGOs); empty is wrong"),
    22: (1, 1, 0, 1, 1, 1, "source John Ging heads the UN mission in Somalia: UN/IGO (or empty), not SOM"),
    23: (1, 1, 1, 1, 1, 1, ""),
    24: (1, 1, 1, 1, 0, 1, "date: the quote describes the march 'on the night of 29 February', not an act of the document date"),
    25: (1, 1, 1, 0, 1, 1, "target: the call for removal of the pipeline is not aimed at Canada; no addressee named (empty) or the pipeline/US authorities"),
    26: (1, 1, 0, 1, 1, 1, "source 'Koreas' without a code: the two Koreas are KOR and PRK (one as source, the other as target or both as actors)"),
    27: (1, 1, 1, 1, 1, 1, ""),
    28: (1, 1, 1, 1, 0, 1, "date 2023-06-14 is taken from an unrelated sentence (the Kremlin's Wednesday announcement); the accusation has no date in the text"),
    29: (1, 1, 1, 1, 1, 1, ""),
    30: (1, 1, 1, 0, 1, 1, "target: the visit is to ICC Prosecutor Angela Kane (ICC); Ouattara is the subject of the case, not a party visited"),
    31: non("not an event: announcing plans to reschedule a domestic election after a court ruling is no AGREE (no willingness to cooperate "
               "with another actor); the 'target' is an uninhabited territory"),
    32: (1, 1, 1, 0, 0, 1, "target: the 47 people were arrested throughout New York City: country USA, not empty; "
         "date: 'in all, a total of 47' sums arrests over a series of incidents (from September 9), so no date"),
    33: (1, 1, 1, 1, 1, 1, ""),
    34: (1, 1, 1, 1, 0, 1, "date: the assault on Aghinabad was on Tuesday night (12 April); 2000 is the year a resident fled, not this act's date"),
    35: (1, 1, 1, 0, 1, 1, "target: the peace deal is between the APC and the rebel group MEND/MUJWA (both NGA), not the US Congress and Niger"),
    36: (1, 1, 1, 1, 1, 1, ""),
    37: (1, 1, 1, 1, 0, 1, "date: inside Dalhuisen's account of the 29 February march; not the document date"),
    38: (1, 1, 1, 0, 1, 1, "target: the St. Martin government and the unions, whose negotiation progress is welcomed, are named in the sentence"),
    39: (1, 1, 1, 0, 1, 1, "target: the president of Puerto Rico's Democratic party: country PRI, not USA (the text is explicit about Puerto Rico)"),
    40: (1, 1, 1, 1, 1, 1, ""),
    41: non("spurious: 'pull the economy out of its slump' is no RETREAT; no withdrawal and the IMF is not a party acted upon"),
    42: (1, 1, 1, 1, 1, 1, "(reported_by should be Reuters, not the Supreme Council; not a scored field)"),
    43: (1, 1, 1, 1, 1, 1, "(target split into 'government' without code plus Marshall Islands MHL; accepted as the Marshall Islands government)"),
    44: (1, 1, 1, 0, 1, 1, "target: the humanitarian missions go to Bosnia, Iraq and Pakistan (BIH/IRQ/PAK), named in the sentence; an AID event needs its recipient"),
    45: (1, 0, 0, 0, 0, 0, "a demand, not a retreat: Li Baodong (China, CHN GOV) demands the Myanmar government pull out its military: "
         "REQUEST CHN -> Myanmar government, dated Monday (2023-06-12), asserted"),
    46: (1, 1, 0, 1, 1, 1, "source 'The country' is Bermuda (BMU), not the United States"),
    47: (1, 1, 1, 1, 1, 1, ""),
    48: (1, 1, 1, 1, 1, 1, ""),
    49: (1, 1, 0, 0, 0, 0, "Majdalani is an Egyptian mediator (EGY), not PSE; the talks are between the group Saba Nasser and the Egyptian mediator, "
         "so the group is missing; date: the text gives 'tomorrow, Sunday, December 3'; modality: 'will be discussed' is future"),
    50: (1, 1, 1, 1, 0, 1, "date: the refusal concerns a conference held one year after the restrictions were lifted in 2012 (a background act), "
         "not an act of the document date"),
    51: (1, 1, 1, 1, 1, 1, ""),
    52: (1, 1, 1, 1, 1, 1, ""),
    53: (1, 1, 0, 1, 0, 1, "source: the ratifier is Lithuania (its parliament), not the culture minister who expressed pride; "
         "date: the text dates the ratification Tuesday (5 June)"),
    54: (1, 1, 1, 1, 0, 1, "date: Gabon's request is a background act that preceded the aid approved and announced Friday; no date, not the document date"),
    55: non("spurious: 'to help curb' is no AID act; the sentence's event is the ministers' agreement (AGREE)"),
    56: (1, 1, 1, 1, 0, 1, "date: 'it has been a week since the troops began their offensive' dates the start about 2023-06-08 (or the ongoing offensive the document date); null is wrong"),
    57: non("not an event: 'to prevent further clashes' names clashes that are to be prevented; the sentence's act is the police deployment (MOBILIZE police)"),
    58: (1, 1, 0, 1, 0, 1, "source: 'It' is the document/deal of the main opposition party of Aruba, not Aruba the state; "
         "date: the document was released Monday (2023-06-12)"),
    59: (1, 1, 1, 1, 1, 1, ""),
    60: (1, 1, 1, 0, 1, 1, "target: Russia, whose training and arms delivery are criticised, is named in the sentence"),
    61: (1, 1, 0, 0, 0, 1, "source 'They' are the asylum-seeking activists, not the Turkish government; target the Netherlands (named) where they sought shelter; "
         "date: the text gives March 6"),
    62: (1, 1, 1, 1, 0, 1, "date: 'had told Obama' is a background act earlier than the Monday agreement; not the document date"),
    63: (1, 1, 1, 1, 1, 1, ""),
    64: (1, 1, 1, 0, 0, 1, "target: Gibraltar (GIB), whose immigration policy is supported, is named; "
         "date: the statement was issued yesterday (2023-06-14)"),
    65: (1, 1, 0, 1, 0, 1, "source: the text makes Gnassingbe Cote d'Ivoire's president (CIV), not TGO; "
         "date: the text dates this offer September 30"),
    66: (1, 1, 1, 0, 1, 1, "target: the two people killed (SYR civilians) are named in the sentence; empty is wrong"),
    67: non("not an event: Kim Jong Un visiting 'the North', his own country, is no CONSULT between two actors"),
    68: non("spurious: 'could not be trusted to provide the security' is no AID act; the sentence holds a CONSULT (Strelkov-Yatsenyuk, Saturday) and Strelkov's criticism of Kiev"),
    69: (1, 1, 1, 1, 1, 1, ""),
    70: (1, 1, 1, 1, 1, 1, ""),
    71: non("not an event: 'its efforts to sign a U.N. climate treaty would be undermined' is a forecast, no act of signing"),
    72: (1, 1, 0, 0, 1, 1, "source are the opposition parties ('they blamed'), target is Gruevski's VMRO party; the roles are inverted"),
    73: (1, 1, 0, 1, 1, 1, "source: Wolfgang Sobotka is Austria's interior minister: AUT, not empty"),
    74: (1, 1, 1, 0, 0, 1, "target is 'the current king' who was imprisoned, not President Maikel Franco; "
         "date: the imprisonment was 'later' than the 1975 coup, its date is not given"),
    75: (1, 1, 0, 0, 0, 1, "source: the sentence names no perpetrator of the massacre (empty), not Myanmar; target: the civilians killed (Rohingya, MMR) are named; "
         "date: a background massacre of 2011, not the document date"),
    76: (1, 1, 1, 0, 1, 1, "target: 'them', the many African nations, are named in the sentence; empty is wrong"),
    77: (1, 1, 0, 1, 1, 1, "source: the sentence names the attackers, 'peaceful activists'; empty is wrong"),
    78: (1, 1, 1, 1, 1, 1, ""),
    79: (1, 1, 1, 1, 1, 1, ""),
    80: (1, 1, 1, 1, 1, 1, ""),
    81: (1, 1, 0, 0, 1, 1, "source: Wallstrom is the foreign minister, not the attacker (militants, unnamed: empty); "
         "target: the attack hit the Social Democrats' headquarters (SWE party)"),
    82: (1, 1, 1, 1, 1, 1, ""),
    83: (1, 1, 0, 1, 0, 1, "source: the curfew is imposed by Algeria's presidential office, named in the sentence (DZA GOV); "
         "date: it starts 'tomorrow' (2023-06-16), not 2023-06-15"),
    84: (1, 1, 1, 0, 1, 1, "target: 'both countries' (Dominican Republic and Honduras) are referred to in the sentence; empty is wrong"),
    85: (1, 1, 1, 0, 1, 1, "target: the civilians killed by US drone strikes are in Pakistan (PAK), not USA"),
    86: non("spurious: 'how many ethnic groups Singapore recognizes' is no SUPPORT act; the sentence's act is a plan to ease deportations (COERCE deport, future)"),
    87: (1, 1, 1, 1, 1, 1, ""),
    88: non("not an event: 'makes it easy for Washington to come in and offer more support' is a general claim, no act of aid"),
    89: (1, 1, 1, 1, 0, 1, "date: Psaki made this statement on May 16 (the previous sentence), not the document date"),
    90: (1, 1, 0, 1, 1, 1, "source: the text describes the gunmen as Palestinians: PSE, not ISR"),
    91: (1, 1, 1, 1, 1, 1, ""),
    92: (1, 1, 1, 0, 1, 1, "target: the 12 Islamists killed (in Mali) are named in the sentence"),
    93: non("spurious: militias stepping in 'to help security' in a lawless Libya is no AID by Libya"),
    94: (1, 1, 1, 1, 1, 1, ""),
    95: (1, 1, 1, 1, 1, 1, ""),
    96: (1, 1, 1, 1, 0, 0, "date: 'Wednesday night's air strike' (2023-06-14), not null; modality: the killings are only the general's 'impression' (a claim: reported)"),
    97: (1, 1, 0, 1, 0, 1, "source is the minister (UAE) who agreed to resign, not the cabinet secretary Al Shammari, and not ISR; "
         "date: the meeting was on Monday (2023-06-12)"),
    98: (1, 1, 1, 0, 1, 1, "target: the truncated 'the U.' is the U.S. (USA); empty is wrong"),
    99: (1, 1, 1, 0, 1, 1, "target: 'foreign nationals' are named as the victims of the attacks"),
    100: (1, 0, 1, 1, 0, 1, "ordering compulsory military service is a domestic coercive decree (COERCE), not a REQUEST; "
          "date: an act of the dictator's rule from 1975 on, a background act, not the document date"),
    101: (1, 0, 1, 0, 1, 1, "ordering death sentences is a judicial sanction (SANCTION convict), not a REQUEST; "
          "target is the three Nigerian citizens only, Russia's government is not acted upon"),
    102: (1, 1, 1, 1, 0, 1, "date: 'people who are arrested in the movement' are earlier arrests of unknown time (background): no date"),
    103: (1, 0, 1, 1, 1, 1, "vowing not to give in to pressure is a refusal (REJECT), not CONCEDE"),
    104: (1, 0, 0, 1, 1, 1, "parliament approved a withdrawal still to be made: a promised withdrawal is CONCEDE, not RETREAT; "
          "source: 'its forces' are Montenegro's forces (MNE), not Kosovo forces"),
    105: (1, 1, 1, 1, 1, 1, ""),
    106: (1, 1, 1, 1, 1, 1, ""),
    107: non("not an event: 'Iraqis found guilty of some kind of violent crime' describes a class of people; the sentence's acts are US forces' "
                "detentions and executions of Iraqis (COERCE/ASSAULT)"),
    108: (1, 1, 0, 1, 1, 1, "source 'both leaders' are Cameron (GBR) and Renzi (ITA); no country code is wrong"),
    109: (1, 1, 1, 1, 1, 1, ""),
    110: (1, 1, 1, 1, 1, 1, ""),
    111: (1, 1, 1, 1, 0, 0, "the buildup 'is expected to accelerate': modality future, and a future act of unknown time takes no date"),
    112: (1, 1, 1, 1, 1, 1, ""),
    113: (1, 1, 1, 1, 1, 1, ""),
    114: (1, 1, 1, 0, 1, 1, "target: MINUSCA is the AU force (AU/IGO or empty), not a Rwandan (RWA) organisation"),
    115: non("spurious: 'the country offered an important opportunity' is no AGREE; the sentence's act is Komorowski's visit to Greece (CONSULT POL -> GRC, Tuesday)"),
    116: (1, 0, 0, 0, 1, 1, "a demand, not a consultation: the Nordic countries demand that Catalan leaders start talking to Madrid: "
          "REQUEST Nordic countries -> Catalan leaders"),
    117: (1, 0, 1, 1, 1, 1, "a cyber attack by malware is COERCE cyber, not ASSAULT"),
    118: (1, 1, 0, 0, 1, 1, "source is the Barbados Football Association, not Barbados the state; target is FIFA (its summit), not the FIFA Ethics Committee coded BRB"),
    119: (1, 1, 1, 1, 1, 1, ""),
    120: (1, 1, 1, 1, 1, 1, ""),
}

FIELDS = ("event", "type", "source", "target", "date", "modality")


def main():
    here = Path(__file__).resolve().parents[1]
    items = [json.loads(l) for l in (here / "items.jsonl").open()]
    assert len(items) == 120 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        v = V[it["n"]]
        assert len(v) == 7, it["n"]
        flags = [bool(x) for x in v[:6]]
        if not flags[0]:
            assert not any(flags), it["n"]
        verdict = dict(zip(FIELDS, flags))
        verdict["all"] = all(flags)
        if not verdict["all"]:
            assert v[6], f"no reason for item {it['n']}"
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = v[6]
        out.append(rec)
    with (here / "events-c.jsonl").open("w") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = len(out)
    print(f"{'field':<10}{'right':>7}{'of':>5}{'precision':>11}")
    for k in FIELDS + ("all",):
        c = sum(r["verdict"][k] for r in out)
        print(f"{k:<10}{c:>7}{n:>5}{c / n:>10.1%}")


if __name__ == "__main__":
    main()
