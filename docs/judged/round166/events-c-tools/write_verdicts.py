"""Write events-c.jsonl from the judge's verdicts below (fields marked wrong per item + reasons),
then check the output against the brief's rules.  usage: python3 write_verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n: (set of wrong fields, reasons); "event" in the set = spurious (all false)
V = {
 1: ({"target"}, "SUPPORT by the Indian opposition parties (IND) is right, but the sentence names what is welcomed: 'the men's return'; target should be the eight released former Indian navy personnel (IND), not empty."),
 2: ({"source"}, "Signing the security pact with China in April 2022 is SUPPORT (sign agreement); source should be Sogavare's government, the Solomon Islands (SLB), not the Australian government (Australia appears only as a distance reference)."),
 3: (set(), "Kanu's first arrest in 2015 is COERCE arrest with no agent named in the sentence (empty source right), target Kanu (NGA), dated 2015."),
 4: (set(), "The Oresharski government's resignation in July (2014) is RETREAT resign, source Oresharski's government (BGR); all fields right."),
 5: (set(), "The separatists' return of the seized factories is the act in the council's condition, so a hypothetical RETREAT (return) by the separatists (UKR) to Ukraine's owners, undated; right by the rule for acts in conditions."),
 6: ({"date"}, "Muizzu receiving Modi is the CONSULT of the visit (host/visitor order accepted as a mutual meeting), but the date should be 2025-07-25, the Friday of the visit; 2024 comes from 'early last year' in the clause about the earlier suspension."),
 7: (set(), "Counterfactual bar from office is coded as a hypothetical COERCE against Anwar (MYS) with no agent; the June 8 date is the release date on which the bar would have begun, accepted (I would not code counterfactuals at all, but the conventions allow hypothetical acts)."),
 8: ({"target"}, "Arrest is right (COERCE, Algerian authorities DZA, 2019-05-04), but the target wrongly includes former President Abdelaziz Bouteflika, named only in the apposition; target should be Said Bouteflika and the two former intelligence chiefs (DZA)."),
 9: (set(), "Chad's air strikes on Boko Haram positions on Wednesday 2015-06-17: ASSAULT (aerial) TCD -> Boko Haram (NGA); all right."),
 10: ({"target", "date"}, "Oli's signing of the transit agreement is SUPPORT NPL -> China, but the target should be Beijing/China (CHN) alone, not Nepal too; and the act was in Oli's previous term (2015-16), a background act with no date in the text, not the document date 2018-05-11."),
 11: (set(), "The two leaders signing 20-plus agreements on Tuesday 2014-09-16: SUPPORT, mutual Xi (CHN) and Rajapaksa (LKA); all right."),
 12: (set(), "Cubans approving the constitution in Sunday's referendum (2019-02-24) as SUPPORT (approve policy) by Cuban civilians with no party named as target is acceptable; reported_by the electoral commission is right."),
 13: ({"source", "target", "date"}, "The clash between Obama and Netanyahu is a mutual ACCUSE: source and target should be Obama (USA) and Netanyahu (ISR), not uncoded 'leaders' -> Iran (Iran is only the other party of the deal); it is a background act over last year's (2015) deal, so the document date is wrong (no date, or 2015)."),
 14: ({"type", "target"}, "Announcing new aid 'subject to approval by Congress' is a pledge, so AGREE, not AID (settled rule: offer/pledge of aid is AGREE); the target should be West Africa as named (Ghana, Benin, Ivory Coast, Guinea, Togo; no single code), not empty."),
 15: (set(), "Russian Defence Ministry accusing Ukraine of violations: ACCUSE RUS -> UKR, reported as this news on the document date; all right."),
 16: ({"type", "target"}, "The World Bank withdrawing its funding of the Padma bridge is SANCTION (withdraw resources/aid), not RETREAT (which is for forces, territory, captives); target should be the Bangladesh government (BGD, 'her government' in the sentence), whose project it was. Source and 2012 date right."),
 17: (set(), "Opposition coalition official accusing the authorities of ballot-stuffing: ACCUSE NER -> Niger authorities (NER), this news; all right (sector GOV for the opposition official is not scored)."),
 18: (set(), "Barghouti's 2004 conviction: SANCTION convict, no court named (empty source right), target Barghouti (PSE), 2004; all right."),
 19: ({"target"}, "The killing of 23 fighters by the overnight Israeli strikes is ASSAULT with no agent in the sentence (empty source right), but the fighters killed were Iranian forces and Syrian soldiers: the target code should be IRN/SYR (or empty), not ISR."),
 20: (set(), "Malema accusing the ANC of selling out: ACCUSE ZAF -> ANC (ZAF), reported as this news; all right."),
 21: (set(), "Kurz announcing his resignation on Saturday 2021-10-09: RETREAT resign, AUT; all right."),
 22: ({"source"}, "HDP urging both sides (Turkey and the PKK, both TUR) to step back is REQUEST; the source should be the HDP (TUR) once; dateline gives it as two actors, one an uncoded 'Democratic Party' (no country), so the source code is wrong."),
 23: ({"target"}, "Trump's threat of tariffs and remittance fees is THREATEN, undated earlier act (unknown basis accepted); target should be Guatemala (GTM), referred to in the sentence as 'the Central American country', not empty."),
 24: (set(), "Army-backed government blaming the Brotherhood: ACCUSE EGY -> Muslim Brotherhood (EGY); all scored fields right (reported_by 'Muslim Brotherhood' is wrong, should be none, but it is not scored)."),
 25: (set(), "Insurgency killing 13,000 people since 2009: ASSAULT NGA insurgents -> people in Nigeria; a total since 2009 has no date, so the unknown date is right."),
 26: ({"target"}, "In Pompeo's quote the council 'rejected' the resolution: REJECT by the Security Council, 2020-08-14, asserted; but Iran is the object of the embargo, not of the rejection: target should be empty (the sentence does not name the sponsor) or the United States (USA), the resolution's sponsor."),
 27: ({"date"}, "Obama meeting Castro at the Summit of the Americas is CONSULT USA -> CUB, but the text dates it: 'in April, days after he met' gives 2015-04, not an unknown date."),
 28: ({"target"}, "Modi's expected meeting is a future CONSULT, undated (right), but the target should be Emir Sheikh Tamim bin Hamad al-Thani (QAT), not 'Sheikh' coded IND."),
 29: (set(), "ECOWAS imposing economic sanctions in January 2022 on Mali (the junta named in the sentence): SANCTION, all right."),
 30: (set(), "Varela's accusation of graft against the government (PAN) is ACCUSE; 'has since accused ... charges it denies' is an accusation still standing when the story is told, so the document date is accepted (borderline: it began in 2011)."),
 31: (set(), "Bangladesh government signing the land border deal with New Delhi last year (2015): SUPPORT BGD -> IND; all right."),
 32: (set(), "Modi beginning a visit to Nepal on Friday 2018-05-11: CONSULT visit IND -> NPL; all right."),
 33: ({"target"}, "Basescu urging the coalition to back the nominee is REQUEST, ROU, this news; target should be the ruling coalition (ROU), named in the sentence, not empty."),
 34: ({"event"}, "Spurious: 'Rallies were banned' reports a ban (COERCE, coded separately as e5), not a protest held; no PROTEST happened in this sentence."),
 35: (set(), "Japan lodging a protest with China on Monday 2024-08-26: ACCUSE JPN -> CHN; all right."),
 36: ({"source"}, "Erdogan and Herzog supporting ceasefire efforts is SUPPORT with no party as target (empty right), 2022-03-09; but the source should be Erdogan (TUR) and Herzog (ISR), not 'Both leaders' with no country."),
 37: ({"target", "date"}, "Putin's declared Easter truce is CONCEDE by Russia, but 'Easter' is no party: target should be empty (Ukraine is not named in the sentence); the declaration was made on Saturday, so the date should be 2025-04-19, not the document date."),
 38: (set(), "Pashinyan's increasing criticism of Russia is ACCUSE ARM -> RUS, an ongoing act when the story is told, so the document date is accepted."),
 39: (set(), "Netanyahu urging world powers to set a limit on Iran's enrichment on Thursday 2012-09-27: REQUEST ISR -> world powers (no code right); all right."),
 40: ({"date"}, "France supplying defensive weapons to Armenia is AID FRA -> ARM, but it is a background act of an earlier time (2023-24) with no date in the text; the document date is wrong (no date)."),
 41: ({"target"}, "Ramaphosa condemning the travel bans is ACCUSE, 2021-11-28, but the target should be the countries that imposed the bans ('the countries concerned', no single code), not South Africa, which the bans hit."),
 42: (set(), "Kenyan lawmakers' motion of December 2010 urging the government to quit the ICC: REQUEST KEN legislature -> KEN government; all right."),
 43: (set(), "FSB detaining Ivanov on Tuesday 2024-04-23: COERCE arrest RUS -> RUS; all right."),
 44: (set(), "Pompeo meeting Imran Khan on Wednesday 2018-09-05: CONSULT USA -> PAK; all right."),
 45: ({"source"}, "Thanking Modi is SUPPORT (praise), 2024-02-12, target Modi right; but the source should be the released former Indian navy personnel (IND, 'several of the men'), not the Indian government."),
 46: (set(), "Tsipras promising to implement the bailout is AGREE (promise), no creditor named in the sentence (empty target right), Monday 2015-09-21; all right."),
 47: (set(), "The Security Council voting for the French-drafted resolution: SUPPORT (approve) UNSC -> France, Thursday 2013-03-28; acceptable."),
 48: ({"date"}, "Sri Lanka endorsing Xi's Silk Road plan is SUPPORT LKA -> Xi (CHN), but the date '20' comes from '21st century', a number that is not a date; it should be 2014-09-16, the day of the visit."),
 49: (set(), "The ELN releasing its hostages is the act in Santos's condition: hypothetical RETREAT (release) ELN (COL) -> hostages (COL), undated; right by the rule for acts in conditions."),
 50: (set(), "Hanoi demanding compensation from Beijing (named in the sentence) is REQUEST VNM -> CHN; the 'as' clause places it with Monday's statement, accepted (reported_by 'United States' is wrong, not scored)."),
}

def main():
    items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
    assert len(items) == 50 and [i["n"] for i in items] == list(range(1, 51))
    out = []
    for it in items:
        wrong, reason = V[it["n"]]
        if "event" in wrong:
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
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
    for it, r in zip(items, back):
        assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
        assert {k: r[k] for k in it} == it
        v = r["verdict"]
        assert v["all"] == all(v[f] for f in FIELDS)
        if not v["event"]:
            assert not any(v.values())
    counts = {f: sum(r["verdict"][f] for r in back) for f in FIELDS + ["all"]}
    print("right of 50:", counts)

if __name__ == "__main__":
    main()
