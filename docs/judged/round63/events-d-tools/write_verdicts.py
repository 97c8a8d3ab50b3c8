"""Round 63, judge d: verdicts on the 50 sampled dateline events (events-d-items.jsonl).

V = {n: ([false fields], "reasons")}. A spurious event lists "event" and is false in every field.
Writes ../events-d.jsonl (each item line plus "verdict" and "reasons") and prints the per-field table.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROUND = HERE.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPUR = ["event", "type", "source", "target", "date", "modality"]

V = {
    1: (["date"], "AID Khan -> Iran, Libya, North Korea is right (an admission, kept asserted: the story treats "
        "it as fact). Date: the help is a background act of earlier years (the proliferation network), the text "
        "gives it no date; the document date is wrong, it should be undated."),
    2: (SPUR, "Spurious: 'to guarantee peace' is the purpose of the deployment (coded as e2 MOBILIZE), not a "
        "promise or agreement between parties; troops and police agreeing with themselves is no AGREE act."),
    3: ([], "All right: REQUEST State Department spokesman (USA) -> Islamabad = Pakistan government, reported as "
        "this news (document date)."),
    4: ([], "All right: COERCE arrest, Sudan's armed forces -> Hamdok, Monday 2021-10-25; a distinct act from the "
        "seizure of power (e1), not a duplicate."),
    5: ([], "All right: 'ready to negotiate with the Palestinians' is AGREE (intent to negotiate, CAMEO 036); "
        "'He said' continues Olmert's speech 'late on Tuesday' = 2006-03-28."),
    6: (SPUR, "Spurious: 'holding peacekeeping hostage' is a metaphor inside an accusation, no abduction. The act "
        "in the sentence is ACCUSE council members -> USA, which dateline did not code."),
    7: (SPUR, "Spurious: 'given up Ukraine's national interests' is Klitschko's charge of betrayal, a word in "
        "another sense, not a concession to a party; the act here is ACCUSE Klitschko -> Yanukovych (not coded). "
        "Even read as CONCEDE it would be reported, not asserted."),
    8: (SPUR, "Spurious: 'Sudan has not ratified its founding treaty' states a standing legal fact used as an "
        "argument, no act of this news (nor a refusal). The acts in the sentence are Sudanese officials' "
        "REJECT of jurisdiction and ACCUSE ('neo-colonial plot'). (Had it been coded, signing/ratifying a treaty "
        "is AGREE in my reading.)"),
    9: (["target"], "ASSAULT, date (strikes before dawn Thursday = document date) and asserted right; empty source "
        "right by the rule (the sentence does not name the attacker, though it is plainly U.S. forces). Target: "
        "the strikes were aimed at a compound where Saddam and senior leaders met - named in the sentence; "
        "empty target is wrong."),
    10: ([], "All right: the commitment to accept IAEA inspections is AGREE North Korea -> IAEA, Monday = "
         "document date 2005-09-19; a commitment distinct from the lede's pledge to abandon weapons."),
    11: ([], "All right: a war toll (50,000 killed in an 11-year war ended 2002) is an ASSAULT with no date; "
         "victims in Sierra Leone, source not named."),
    12: ([], "All right: total 'since March 2011' has no date by the conventions; Syria plain for the victims."),
    13: (["source", "date"], "'release Taliban prisoners as promised' does report a promise (AGREE), but it is "
         "the two Afghan leaders'/government's promise, not Pompeo's: source wrong. It is an earlier promise "
         "(background), given the document date: date wrong. Empty target acceptable."),
    14: ([], "All right: an arrest warrant is CAMEO 173 -> COERCE arrest; ICC -> Bashir (SDN), Wednesday "
         "2009-03-04. The accusation in the same sentence is the separate e2 ACCUSE."),
    15: (["date"], "REQUEST Masra -> supporters right. Date: 'hours before the announcement', and the results "
         "were announced on Thursday (2024-05-09); the document date (Friday 2024-05-10) is wrong."),
    16: (["target"], "ASSAULT heavy-weapons by the Tamil Tiger rebels right. Target: 'pounded it' = the garrison "
         "(Sri Lankan army troops), not the defence ministry (the speaker). Date: Saturday taken from the lede's "
         "capture; the shelling was in the days ending with the fall - accepted at that precision."),
    17: (["date"], "REQUEST prosecutors (IDN) right; empty target right (Amrozi is only in the previous "
         "sentence). Date: 'have demanded' is the earlier demand at the Bali trial, a background act, not this "
         "news; the document date is wrong (no date is right)."),
    18: ([], "All right: road blockade protest aimed at military rule ('No to military rule') -> the state is a "
         "right target; same day."),
    19: ([], "All right (borderline): attending IMF meetings in Washington is CONSULT (multilateral/visit) "
         "Kudrin -> IMF, ongoing on the document date. I note the sentence's main act, Kudrin's refusal to serve "
         "under Medvedev (REJECT), was not coded."),
    20: (["target"], "ASSAULT by the suicide bomber (no country: right), Monday 2008-07-07, asserted. Target "
         "'41 people' coded AFG: the sentence says the dead include India's defence attache and another Indian "
         "diplomat, so the victims' country is not plain (mixed); AFG is wrong. I would code the Indian "
         "embassy / India as target."),
    21: (["type", "source"], "Type: Taliban fighters pushing into (taking) Buner district is armed forces taking "
         "ground = ASSAULT by the conventions (settled wave 30), not COERCE seize. Source: these are the "
         "Pakistani Taliban of Swat (the story is about Pakistan); code AFG is wrong, PAK. Date 'last month' = "
         "2009-04 right; empty target acceptable."),
    22: (["source"], "ACCUSE disapprove right; date Monday (narrative from the preceding sentence) accepted. "
         "Source: Deputy Foreign Minister Ryabkov is Russian (the paragraph is 'Russia has warned...'); the empty "
         "country code is wrong. Target empty scored right by the rule ('the decision' names no party), though I "
         "would code Finland and Sweden."),
    23: (["target", "date"], "CONCEDE Budisa right. Target: he conceded defeat to 'his rival' (Mesic), named in "
         "the sentence; empty is wrong. Date: the concession is this news (after Monday's run-off; the "
         "congratulation in the same sentence got the document date); null date is wrong."),
    24: (["type", "source", "target", "date", "modality"], "The act is Malema's demand that Zuma resign: "
         "REQUEST (demand) Malema -> Zuma, asserted, on the document date (told reporters outside the court "
         "after Thursday's ruling). Dateline coded the demanded act (RETREAT by Zuma, hypothetical, undated): "
         "type, source, target, date and modality all wrong; the event itself is real."),
    25: (["target"], "AGREE (accept a meeting) by Putin, negated ('gave no indication he would accept' = has "
         "not accepted) accepted; null date accepted (no acceptance to date). Target: the request accepted or "
         "not is Erdogan's, named in the sentence; empty is wrong."),
    26: (["source", "target"], "AGREE negated and date (Thursday talks = document date) right. 'The two "
         "leaders' are Obama and Abe (United States and Japan); dateline has Japan and China - China is wrong, "
         "the United States missing, in both source and target."),
    27: ([], "All right: Putin's order is a REQUEST (demand) to his security chiefs; empty target acceptable "
         "(the addressee is only implied); Friday (narrative) = document date."),
    28: (["type"], "Kosovo's 2008 declaration of independence from Serbia is an act between the two (source, "
         "target, 2008 and asserted right), but it is not a REQUEST/demand for change: the declaration enacts, "
         "it does not ask. No PLOVER type fits well (closest REJECT of Serbian sovereignty); REQUEST change is "
         "wrong."),
    29: (SPUR, "Spurious: 'the man he helped to win the war' describes Fonseka's role as army chief in "
         "Rajapaksa's war, not aid given by one party to another; and a background act given the document date."),
    30: (["target"], "SANCTION convict right; empty source right (the tribunal is named only for the other two); "
         "no date right (earlier, undated). Target: Hla Myo Aung and Aung Thura Zaw are named in the sentence; "
         "empty target is wrong."),
    31: (["target"], "RETREAT withdraw Syria, ongoing ('has begun') -> document date right. Target: the "
         "withdrawal is of Syria's troops kept in Lebanon, named in the sentence; empty is wrong (Lebanon)."),
    32: ([], "All right: MOBILIZE troops (reservists) Israel, late on Thursday 2000-10-12; the sealing of towns "
         "is another act (not coded), so no duplicate."),
    33: (["modality"], "CONSULT USA -> Russia right, null date fine for an act to come. Modality: 'would keep "
         "talking to Moscow' is a stated intention = future (as 'will meet'), not hypothetical."),
    34: ([], "All right: REQUEST United States -> Colombo (Sri Lanka government), this news."),
    35: (["target"], "The relative clause 'where the soldiers were killed' refers to the killing of the two "
         "Israeli reservists (ASSAULT, same Thursday, source unnamed: right). Target: the soldiers are Israeli "
         "(ISR/MIL), not PSE."),
    36: (SPUR, "Spurious: Kim's order conferring military ranks on six people (an internal promotion) is no "
         "REQUEST to a party and no PLOVER act between political actors."),
    37: ([], "All right: PROTEST demo, 'demonstrations spread on Monday' (2002-04-22) names no protesters in "
         "that clause (empty source acceptable); anti-fascist aim -> empty target right. The Sunday gathering "
         "in Paris was not coded separately."),
    38: (["target"], "ACCUSE Maduro, earlier on Tuesday (= 2013-03-05) right. Target: the accused party is "
         "'enemies' of Venezuela, a common-noun group named in the sentence; empty is wrong."),
    39: (["date"], "SUPPORT Hezbollah -> Syria (rally to thank Syria) right. Date: the Hezbollah rally was 'six "
         "days' before Monday's rally = 2005-03-08; the document date 2005-03-14 is wrong."),
    40: (["source"], "REJECT right, same Tuesday right. Source: it was Hazare who refused to sign the bond, not "
         "the magistrate. Empty target acceptable (the bond, no party named as addressee)."),
    41: ([], "All right: total killings by Myanmar security forces since Feb 2021 - no date by the "
         "conventions; parties right."),
    42: (["date"], "RETREAT resign (Putin forced to step down by term limits) accepted as an event. Date: he "
         "stepped down in 2008 (the sentence gives 'from 2000 to 2008'); the document date is wrong."),
    43: (["source", "date"], "REJECT right. Source: the Swat Taliban are Pakistani (PAK), not AFG. Target "
         "Gilani accepted as standing for 'the government' of the previous sentence (the party that offered "
         "the deal). Date: the text gives the refusal no date; February is the date of the government's deal, "
         "not of the refusal."),
    44: (["source", "target"], "REQUEST, document date, asserted right. Source: the White House (USA) urged, not "
         "Israel. Target: 'both sides' = Israel and Hamas; Egypt is wrong and Israel missing."),
    45: ([], "All right: mutual ACCUSE Israel <-> Palestinian militants, 'immediately' = Tuesday evening."),
    46: (["date"], "Signing by Dagalo and al-Rabie, mutual, right (SUPPORT accepted as dateline's CAMEO 057 "
         "mapping; I would code a signing as AGREE). Date: this is the Saturday signing of the lede "
         "(2019-08-17 = document date); null is wrong."),
    47: (["type", "modality"], "Israeli forces -> Lebanon right; date accepted (terms in force from Wednesday). "
         "Type: a troop withdrawal is RETREAT withdraw (CONCEDE has no withdraw mode). Modality: 'are to "
         "withdraw' under the truce terms is future, not asserted."),
    48: (["type", "date", "modality"], "'would seek a relationship of friendship and cooperation with "
         "Washington' is a statement of intent to cooperate: AGREE (CAMEO 03x) Lopez Obrador -> USA, asserted "
         "as a statement on the document date. REQUEST is the wrong type; future and the null date follow "
         "from coding the intended act instead of the statement."),
    49: (["target"], "REQUEST White House -> both sides, this news, right. Target: 'both sides' = China and "
         "Taiwan (Taiwan named in the sentence); 'sides' with no country is wrong."),
    50: (["source"], "AGREE, Sunday 2020-01-19, asserted right; target UN (respect a U.N. arms embargo) accepted. "
         "Source: 'leaders of world powers with a stake in Libya's war' are not Libyan; LBY/GOV is wrong "
         "(no single country; empty code)."),
}


def main():
    items = [json.loads(l) for l in (ROUND / "events-d-items.jsonl").read_text().splitlines() if l.strip()]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    out = []
    counts = {f: 0 for f in FIELDS + ["all"]}
    real = 0
    real_counts = {f: 0 for f in FIELDS + ["all"]}
    for it in items:
        bad, why = V[it["n"]]
        assert set(bad) <= set(FIELDS), it["n"]
        if "event" in bad:
            assert set(bad) == set(FIELDS), it["n"]
        verdict = {f: f not in bad for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = why
        out.append(rec)
        for f in FIELDS + ["all"]:
            counts[f] += verdict[f]
        if verdict["event"]:
            real += 1
            for f in FIELDS + ["all"]:
                real_counts[f] += verdict[f]
    (ROUND / "events-d.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out))
    print(f"{'field':10s} {'right/50':>9s} {'%':>5s} {'right/real':>11s} {'%':>5s}")
    for f in FIELDS + ["all"]:
        print(f"{f:10s} {counts[f]:>6d}/50 {100*counts[f]/50:5.0f} {real_counts[f]:>7d}/{real:<3d} "
              f"{100*real_counts[f]/real:5.0f}")
    print(f"spurious: {50-real}")
    errs = {}
    for n, (bad, _) in V.items():
        if "event" in bad:
            errs.setdefault("spurious", []).append(n)
        else:
            for f in bad:
                errs.setdefault(f, []).append(n)
    for k, v in errs.items():
        print(f"{k}: {len(v)} {v}")


if __name__ == "__main__":
    main()
