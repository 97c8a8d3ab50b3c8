"""Round 55, judge d: verdicts on the 60 sampled events (events-d-items.jsonl).

V maps item n -> ([false fields], "reasons"). A spurious event lists "event" and is scored
false in every field. Writes ../events-d.jsonl and prints the per-field table.
usage (from docs/judged/round55): python events-d-tools/write_verdicts.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROUND = HERE.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
    1: (["source", "target", "date"],
        "ASSAULT by Fatah al-Islam militants on army checkpoints is right. Source: besides "
        "'Militants' it names 'Fatah[PSE/PTY]', i.e. the Palestinian Fatah party, a different "
        "organisation from Fatah al-Islam (wrong party). Target 'army[PSE]' is the Lebanese army "
        "(LBN), wrong country. Date: the attack opened the clashes that 'erupted on Sunday' "
        "(2007-05-20, previous sentence, and dateline's own e4/e5 say so); the document date "
        "(Monday) is wrong. 'according to army officials' is attribution: asserted is right."),
    2: (["type"],
        "Bhutan 'protested that the construction violated earlier agreements' is a diplomatic "
        "verbal protest: PLOVER ACCUSE (CAMEO 11x), not PROTEST/demo, which is a street "
        "demonstration. Target empty is right: 'the construction' is an act, the sentence names "
        "no party (China is in the previous sentence). No date is right: a background act of the "
        "standoff (from mid-June) that the text does not date itself."),
    3: ([], "All right: France SUPPORT the ICC (the court's independence), reported as this "
            "news, document date."),
    4: (["source", "date"],
        "'Kenyatta, the son of ... Jomo Kenyatta, thanked the court': the thanker is Uhuru "
        "Kenyatta, not his father Jomo (wrong party). Target 'the court' = Kenya's Supreme Court, "
        "right. Date: the thanks are this news (after Saturday's ruling); the document date "
        "2013-03-30 should be given, not none."),
    5: (["source"],
        "'Ravalomanana's supporters said they would not recognise the new leader': source "
        "'South Korean company[KOR]' is a party from the previous sentence, wrong (should be "
        "Ravalomanana's supporters, MDG). Target 'the new leader' = Rajoelina, right. SUPPORT "
        "(recognise) negated is accepted as the convention's 'RETREAT negated' reading of a "
        "refusal (REJECT asserted would also do). Document date for a statement reported as news."),
    6: (["source", "type"],
        "'the Wye River memorandum signed in October 1998 by Barak's predecessor, Benjamin "
        "Netanyahu': the signer is Netanyahu, not Barak (wrong party). Signing a formal agreement "
        "is PLOVER AGREE (CAMEO 057 -> AGREE), not SUPPORT. Target empty is right (the sentence "
        "does not name the co-signer for the signing). 1998-10 right."),
    7: (["target"],
        "REJECT by Israel of the ICJ's opinion, right. Target: the sentence names the "
        "International Court of Justice as author of the opinion Israel rejected; it is clearly "
        "the party acted upon, so an empty target is wrong. Date: document date = Friday, right."),
    8: (["type", "target", "date"],
        "'Morales met Chavez and Castro in Havana to sign a trade pact': signing a pact is AGREE, "
        "not SUPPORT. Target: the co-signers Chavez and Castro are named in the sentence; empty is "
        "wrong. Date: 'two days after' the announcement (Monday 1 May 2006) gives about 2006-04-29; "
        "no date is wrong. Not a duplicate of e6 'met' (a second act, the signing)."),
    9: (["event"],
        "Spurious: 'GNA forces ... drove Haftar's LNA from the outskirts of Tripoli ..., ending a "
        "14-month offensive': 'ending' is the LNA's offensive coming to an end by defeat, not a "
        "GNA ceasefire (RETREAT/ceasefire is the word in another sense). The real act here, GNA "
        "ASSAULT on the LNA ('drove'), was not coded."),
    10: (["target"],
         "COERCE arrest by Saudi authorities right. Target 'princes[LBN]': the detained princes "
         "and officials are Saudi (SAU), not Lebanese; wrong country. Date: 'hours later' after "
         "late Saturday; 2017-11-04 accepted."),
    11: ([], "All right: COERCE (barred) with no named agent; target the opposition's polling "
             "agents (TZA; the sector tag is not scored); 'Opposition parties said' is attribution, "
             "asserted; document date for the week's vote reported as news is accepted."),
    12: ([], "All right: opposition parties (MDV) staged rallies against the detention (an act "
             "of the authorities), so the state Maldives is a right target by the protest "
             "convention; the rallies are not dated in the text (after 'last month's' arrest), so "
             "no date is accepted."),
    13: ([], "All right: Putin's quoted statement, attribution only ('Putin told'), so asserted; "
             "Kyiv regime (UKR) firing at civilian buildings, houses and ambulances in Russia; "
             "'ambulances[RUS]' is a common-noun target with the right country; fighting of "
             "6-7 Aug still going on, document date accepted."),
    14: ([], "All right: Putin thanked the government (RUS), Wednesday = document date."),
    15: ([], "All right: 'Russia's invasion of Ukraine' as a background act; this story gives "
             "it no date, so no date is right."),
    16: (["target"],
         "ASSAULT by the rebels (LTTE) in 1995, right. Target: 'two navy gunboats' names the "
         "(Sri Lankan) navy as the party attacked; empty target is wrong."),
    17: (["date", "modality"],
         "'The draft ... would have allowed the government to seize white-owned farms': a "
         "counterfactual provision of a rejected draft. COERCE seize by the government is the "
         "right type, but the act is hypothetical (never took place), not asserted, and a "
         "hypothetical act has no date; the document date is wrong."),
    18: (["target"],
         "'Protesters set fire to offices of the Muslim Brotherhood': PROTEST/riot by Egyptian "
         "protesters on Friday is right. Target: the act is aimed at the Brotherhood (a party, not "
         "the authorities, a law or a government building), so by the crowd-protest convention "
         "the state Egypt is wrong; right would be the Muslim Brotherhood or empty. (I would "
         "accept Egypt, as the arson was against Mursi's decree, but score by the convention.)"),
    19: ([], "All right: an ASEAN summit hosted by Vietnam, CONSULT Vietnam -> ASEAN, Sunday = "
             "document date; a second act in the sentence besides the signing, not a duplicate."),
    20: (["source", "target", "date"],
         "Arson of the parliament by 'criminals' (ASSAULT accepted). Source lists 'France "
         "parliament[FRA]' beside 'criminals': the parliament is Gabon's and it is what was set "
         "on fire, so the source is wrong; the target (the parliament, GAB) is empty, wrong. "
         "Date: the fire of the overnight unrest is this news (2016-08-31/09-01); no date is wrong. "
         "'a government spokesman said' is attribution: asserted right."),
    21: (["target"],
         "REQUEST (asked for clemency) by Khodorkovsky, right; no date (before Thursday, "
         "undated) is right. Target: clemency is asked of the president; Putin is named in the "
         "sentence as the one who signed the pardon, clearly the party asked; empty is wrong."),
    22: (["source"],
         "'the Guards actively participated in, financed and promoted terrorism': AID (financing) "
         "accepted as the act named; 'said in a statement' is attribution, asserted. Source "
         "'Guards[USA]': Iran's Revolutionary Guards are IRN; wrong country code. Ongoing "
         "characterisation, document date accepted."),
    23: ([], "All right: Trump's withdrawal from the 2015 nuclear deal, SANCTION/withdraw, "
             "'May last year' = 2018-05; Iran is not named in the sentence, empty target right."),
    24: (["date"],
         "AGREE (pledging to respect contracts) by Lula, right. Date: the pledges were made in "
         "the campaign ('this time he softened his image'), a background act before the election; "
         "the document date is wrong."),
    25: (["type"],
         "'Abadi ordered an investigation': PLOVER codes ordering/opening an investigation as "
         "ACCUSE (mode investigate, CAMEO 09), not REQUEST. Source Abadi (IRQ) right; empty target "
         "accepted (the clause names no party); document date accepted."),
    26: (["modality"],
         "'Washington would \"no longer commit further funding\" to UNRWA': a pledge of money is "
         "AGREE, and here it is refused, i.e. AGREE negated (or SANCTION/stop aid asserted); "
         "'future' is the wrong modality. Target United Nations for UNRWA (a U.N. agency) "
         "accepted. Not a duplicate: e1 'fund' is in the lead sentence."),
    27: ([], "All right: Trump phoned Zelenskiy (UKR; the kind 'organization' is not scored), "
             "'the White House said' attribution, document date."),
    28: (["source"],
         "'He promised that every Brazilian would be able to eat three meals a day': 'He' is Lula; "
         "source 'Avenida Paulista' (a street) is wrong. AGREE right; the victory speech is this "
         "news and undated in the text, document date accepted."),
    29: ([], "All right: some judges (EGY) threatened to suspend work; no target named."),
    30: ([], "All right: Biden congratulated Sheinbaum, SUPPORT, document date."),
    31: (["source", "date"],
         "'The main opposition All People's Congress rejected the result': source 'US Congress"
         "[USA]' is a misreading of the APC (SLE), wrong. Date 2023-10 is the month of the later "
         "deal; the rejection followed the June 2023 election; wrong."),
    32: ([], "All right: Hamas dismissed Abbas's speech (REJECT of his programme accepted; ACCUSE "
             "would also do), document date."),
    33: (["source"],
         "REQUEST (seek membership of NATO and the EU), future, no date, right. Source: "
         "'Saakashvili[None]' lacks his country (GEO), and 'United States' is added as a second "
         "source from 'educated in the United States'; wrong."),
    34: ([], "All right: Musharraf assured Vajpayee, AGREE, document date (Tuesday's meeting)."),
    35: (["source", "date"],
         "'police did not move against the crowd and the protest ended peacefully': 'the protest' "
         "is Saturday's Bolotnaya rally (this news). Source: 'the crowd' refers to the protesters; "
         "empty is wrong. Date 2011-12-05 is the Monday of the smaller rally named only for "
         "contrast; the protest meant is Saturday 2011-12-10, wrong. Empty target accepted (no aim "
         "named). Not a same-sentence duplicate, so not spurious."),
    36: ([], "All right: 'Libyans rejected any foreign interference' as the sentence gives it "
             "(al-Mishri the speaker), no target named, document date."),
    37: (["date"],
         "'the killing' = the 2018 killing of Khashoggi (first sentence); an ASSAULT with no named "
         "parties in this sentence is acceptable, but it is a background act given the document "
         "date 2022-07-15; the text gives 2018."),
    38: ([], "All right: Besigye arrested Thursday, no arrester named in the sentence."),
    39: ([], "All right: Annette Lu hit by the gunman's shot, unknown attacker, Friday."),
    40: (["event"],
         "Spurious: officials 'had privately warned that the move could put American troops ... "
         "at risk' is internal advice about a risk, not a threat against anyone (THREATEN is the "
         "word in another sense); no act between political actors."),
    41: (["event"],
         "Spurious: 'Israel says the barrier has sharply reduced attacks' names attacks in "
         "general (no specific act), and the source Israel is the side attacked, not the attacker."),
    42: (["target"],
         "THREATEN by Islamist insurgents, right; no date for the background threat is right. "
         "Target: the threat is against 'any foreign troops sent to Somalia' (the AU/Ugandan "
         "peacekeepers), not Somalia; wrong."),
    43: ([], "All right: UNRWA (a U.N. agency, 'United Nations' accepted) appealed for a "
             "ceasefire, no addressee named, document date."),
    44: (["target"],
         "SUPPORT (approved) by President Bhandari on Dec 20, right. Target: 'the move' is Oli's "
         "recommendation, and Oli is named in the sentence; he is clearly the party whose move is "
         "approved; empty is wrong."),
    45: ([], "All right: the IMF agreed a $30 billion loan, AGREE (an offer/pledge of money per "
             "the conventions), 2002-08; Brazil is not named in the sentence, empty target right."),
    46: (["date"],
         "CONSULT Clinton -> Musharraf, future, right. Date: the text gives 'on Saturday' "
         "(2000-03-25; dateline's own e10 has it); no date is wrong."),
    47: (["type"],
         "Delegates of Libya's rival parliaments signed a U.N.-brokered agreement: signing a "
         "formal agreement is AGREE (CAMEO 057 -> AGREE), not SUPPORT. Source, empty target "
         "(mutual among the delegates), Thursday date, asserted: right."),
    48: (["target"],
         "RETREAT (handing back territory) by Portugal, right. Target: China, to which Macau was "
         "handed, is named in the sentence; empty is wrong. Date: 'at midnight on Sunday' = "
         "Sunday 1999-12-19 at day precision, accepted (the 'T00:00' puts it at the start rather "
         "than the end of Sunday, which I note but do not count)."),
    49: ([], "All right: Mubarak proposed a constitutional reform in February 2005 (AGREE, intent "
             "to reform, CAMEO 034 -> AGREE)."),
    50: (["target"],
         "MOBILIZE by Russia, right; 'Western officials have said' is attribution; an ongoing "
         "build-up 'in recent weeks' takes the document date. Target 'Crimea[UKR/country]': Crimea "
         "is where troops were massed, not the party; the party is Ukraine ('near Ukraine'); wrong."),
    51: (["type", "target"],
         "'agreed to ease some sanctions ... and to impose no new ... sanctions': an agreement to "
         "ease sanctions later is AGREE (intent to ease sanctions, CAMEO 0354 -> AGREE), not "
         "CONCEDE (the easing itself). Target: the six powers are given as their own target; the "
         "party is Iran ('giving Iran access'), named in the sentence; wrong."),
    52: ([], "All right: Serra congratulated 'his rival' (= Lula, by the description with BRA)."),
    53: ([], "All right: Haftar is supported by Egypt, the UAE and Russia; a standing state, "
             "document date accepted."),
    54: ([], "All right: protests over gas exports (two waves, 2003-10 and 2005-06; one coded "
             "with the first date); no protester or target named."),
    55: ([], "All right: Genscher met Khodorkovsky at the airport, Friday = document date."),
    56: ([], "All right: Australians voted against the constitutional change, REJECT; the "
             "sentence does not say whose proposal it was, so an empty target is accepted."),
    57: ([], "All right: Modi expected to attend the BRICS summit from Sunday (2017-09-03), "
             "future."),
    58: (["target"],
         "COERCE arrest by Zanzibar police 'this week' (2020-W44), right. Target: the arrested "
         "candidate Seif Sharif Hamad is named; empty is wrong."),
    59: (["date"],
         "ACCUSE (prosecuted) of Dink, the prosecutor unnamed; target by description right. "
         "Date: the prosecution is background (the court case of 2005 per the story), not an act "
         "of Friday; the document date is wrong."),
    60: ([], "All right: Clinton condemned the attack, ACCUSE; the attackers are not named in "
             "the sentence, so an empty target is right; document date."),
}


def main():
    items = [json.loads(l) for l in open(ROUND / "events-d-items.jsonl")]
    assert len(items) == 60 and set(V) == set(range(1, 61))
    out, right, right_real = [], {f: 0 for f in FIELDS + ["all"]}, {f: 0 for f in FIELDS + ["all"]}
    real = 0
    for it in items:
        bad, reasons = V[it["n"]]
        assert all(b in FIELDS for b in bad), (it["n"], bad)
        spurious = "event" in bad
        v = {f: (False if spurious else f not in bad) for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reasons
        out.append(rec)
        if not spurious:
            real += 1
        for f in FIELDS + ["all"]:
            right[f] += v[f]
            if not spurious:
                right_real[f] += v[f]
    with open(ROUND / "events-d.jsonl", "w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{'field':10} {'right/60':>9} {'%':>6}   {'right/real(' + str(real) + ')':>16} {'%':>6}")
    for f in FIELDS + ["all"]:
        print(f"{f:10} {right[f]:>9} {100*right[f]/60:6.1f}   {right_real[f]:>16} "
              f"{100*right_real[f]/real:6.1f}")
    print(f"spurious: {60 - real}")


if __name__ == "__main__":
    main()
