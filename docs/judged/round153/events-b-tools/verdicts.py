"""Judge b, round 153: writes events-b.jsonl from the items plus the verdicts below, and checks the result.

Each entry: n -> (list of false fields or "SPURIOUS", reasons). Fields not listed are true.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")

V = {
 1: ([], "Suicide bombing near the U.S. consulate in Casablanca on Saturday 2007-04-14: ASSAULT by the bombers (Casablanca, MAR) on the consulate, the evident target; all right."),
 2: ([], "Future CONSULT of the EU (the actor is the EU cluster, EUR, though labelled 'rotating EU presidency') with North Macedonia and Albania on Tuesday 2022-07-19; all right."),
 3: (["target"], "Vajpayee condemning the killings is ACCUSE; target should be the unidentified killers (the mob / 'the culprits', IND) or empty, not Australia, the victim's country."),
 4: (["date"], "Washington's blame of Iran is background to the May/June tanker attacks, not this news; date should be none (unknown, mid-2019), not the document date 2019-07-31."),
 5: (["target"], "Sentence (SANCTION convict, court unnamed so empty source is right, 'last December' = 2021-12 right); target should be Alaa Abd El-Fattah (EGY), not President Abdel Fattah al-Sisi."),
 6: ([], "UN Security Council arms embargo on Yugoslavia in March 1998: SANCTION, all right."),
 7: (["target", "date"], "'called on him to go' = REQUEST to Trudeau; target should be Justin Trudeau (CAN), not Freeland. Date: the text places the calls only 'then', after Freeland quit on Dec. 16, so no day is given (unknown, after 2024-12-16), not 2024-12-16."),
 8: ([], "'ready to help Bangladeshi authorities with the investigation' is an offer of help, AGREE (wave-76 rule), US -> BGD authorities, reported as this news; all right."),
 9: (["source", "target", "date"], "ASSAULT firearms right, but source 'The attackers' are the Taliban gunmen of the lead (AFG), not country-less; target should be the guards at the entrance (Afghan guards), not 'Afghan officials' who report it; date should be Monday 2008-01-14, the day of the attack, not the document date."),
 10: ([], "Opposition politicians (KOR) accusing the government (KOR) of exaggerating the threat, current news on the document date; all right (sector GOV for opposition politicians is not scored)."),
 11: (["date"], "Future CONSULT visit of Powell to Lebanon and Syria right; date should be Monday 2002-04-15 (the document date; the meeting with Arafat was Sunday the 14th), not 2002-04-22."),
 12: ([], "Georgian officials welcoming Merkel's remarks: SUPPORT GEO -> Merkel (DEU), reported as this news; all right."),
 13: (["date"], "ACCUSE opposition parties -> BJP right; but the accusation sits in the background paragraph on the Christmas attacks in Gujarat, an earlier act with no date given: date should be none (unknown), not the document date (borderline: it could be read as a reaction now)."),
 14: (["source"], "'PAS leaders rejected the suggestion' is a REJECT (empty target right: the ruling-party politicians are in the previous sentence); source PAS is Malaysian, should be MYS, not MDA (Moldova)."),
 15: (["target"], "European officials welcoming the investigation is SUPPORT; the sentence names the party approved, Ukraine's anti-corruption bodies (NABU, UKR): target should be them, not empty."),
 16: ([], "Yeltsin's public criticism of 'his minister' (Kozyrev, RUS) late 1995: ACCUSE, target by description with the right country, date 1995; all right."),
 17: ([], "Duterte accusing de Lima for months: ACCUSE PHL -> PHL, still going on so the document date is right; all right (the 'attacked' ASSAULT beside it is the spurious one)."),
 18: ([], "UAE did not blame Iran: negated ACCUSE ARE -> IRN; the non-blaming holds up to the story's time, document date acceptable; all right."),
 19: ([], "Amien Rais urging Indonesians to wear black ribbons: REQUEST IDN -> IDN on the document date; all right."),
 20: (["source", "target", "date"], "The clause reports the killing of Husseini's father in 1948 (ASSAULT is the right type), but source should be the Jewish forces (ISR), target should be the father Abdel Qader al-Husseini (PSE), not Faisal Husseini (who died of a heart attack), and date should be 1948, not 2001-05-31."),
 21: (["target", "date"], "SUPPORT by the council right; target should be Eritrea and Ethiopia (ERI, ETH; also Somalia), whose agreement it welcomed, not empty; date should be Wednesday 2018-11-14, the day of the resolution, not the document date."),
 22: ([], "Zelenskiy thanking Yermak on Friday 2025-11-28: SUPPORT UKR -> UKR; all right."),
 23: (["source"], "CONSULT in Tehran on Tuesday 2019-07-30 right; source should be the UAE coast guard delegation with country ARE (the sentence says 'from the United Arab Emirates'), not country-less."),
 24: ([], "Iraq's invasion of Kuwait in August 1990: ASSAULT IRQ -> KWT, 1990-08; all right."),
 25: ([], "Djibouti authorities expelling the Democracy International team last month (2011-03): SANCTION expel; the group's seat is not given, empty code right; all right."),
 26: ([], "Macron's visit to Algiers 'last August' = 2022-08: CONSULT visit FRA -> DZA; all right."),
 27: (["date"], "THREATEN ('vowed to wage total war') SOM -> al Shabaab right, but the vow is background, made at some time since May; date should be none (unknown), not the document date."),
 28: ([], "July 2025 protests against the law curbing NABU: PROTEST UKR -> parliament (the state, protest aimed at its law); all right."),
 29: ([], "EU condemning the cable incident: ACCUSE, no perpetrator named in the clause so empty target right, reported as this news; all right."),
 30: ([], "'We will not recognise Abkhazia and South Ossetia': SUPPORT (recognition) negated, Biden (USA) -> the regions (GEO), Thursday 2009-07-23; all right."),
 31: ([], "NATO deploying 60,000 troops to Bosnia in December 1995: MOBILIZE NATO -> BIH, 1995-12; all right."),
 32: ([], "Communist deputies welcoming the choice: SUPPORT RUS; 'the choice' names no party, so empty target is right; reported as this news; all right."),
 33: ([], "Kim Young-sam convening his national security council on Saturday 1996-04-06: CONSULT KOR -> KOR; all right."),
 34: ([], "Spokesman says Duterte never filed a case against a journalist: negated ACCUSE PHL -> a journalist (no country given); the negation holds to the story's time, document date acceptable; all right."),
 35: (["date"], "Noriega's conviction in absentia in Panama (SANCTION, agent unnamed, target PAN) is background of years before; date should be none (unknown), not the document date 2010-04-27."),
 36: (["type", "target"], "Border guards refusing to let Transdniestrian goods cross is a restriction of the movement of goods (the story's 'economic blockade'): type should be COERCE (restrict), not REJECT; target should be Transdniestria / its exporters (the breakaway region), not Moldova, whose rules Ukraine is enforcing. Start date 'since Friday' 2006-03-03 accepted."),
 37: ([], "US condemnation of the hotel attack: ACCUSE, attackers not in the sentence so empty target right; all right."),
 38: (["type", "date"], "Jordan pulling out its charge d'affaires from Baghdad is a recall of a diplomat, SANCTION (reduce relations, CAMEO 161), not RETREAT; date should be Sunday 2005-03-20 (the recall the lead reports; at least the document date), not none."),
 39: (["target"], "Noun phrase 'her visit to the Caucasus' is a CONSULT visit still going on (document date right); target should be the host states of the South Caucasus (Georgia, Armenia, Azerbaijan) or the region without a code, not 'Caucasus' coded DEU."),
 40: ([], "US, EU and UN Security Council condemning the attack: ACCUSE, empty target right; 2013-12-05 is the wire's own dateline day (Dec 5); all right."),
 41: (["target", "date"], "Bush's demand is a REQUEST by Bush (USA) that Israel withdraw: target should be Israel (ISR), named in the sentence, not empty; date 'more than a week ago' puts it before about 2002-04-07 (early April 2002, unknown day), not week 2002-W15 (Apr 8-14)."),
 42: ("SPURIOUS", "Duplicate: Merkel's meeting Pashinyan in Armenia is the same consultation as the visit to Armenia already coded from this sentence (e6 'travel' CONSULT visit Merkel -> Armenia)."),
 43: ([], "Guterres condemning the attack: ACCUSE UN -> the attackers ('terrorists', clearly the party condemned), reported as this news; all right."),
 44: ([], "Rugova expected to travel to Washington later this month: CONSULT visit, future, 1998-05; all right."),
 45: (["date"], "Police detentions (COERCE arrest IND -> several people) are part of this news: date should be the document date 1999-01-24 (reported as this news), not none."),
 46: (["target"], "The commander (Abdel Qader al-Husseini, PSE) fighting Jewish forces in 1948 is an ASSAULT with the right date; target should be the Jewish forces coded ISR (or no code), not PSE."),
 47: ("SPURIOUS", "Duplicate and wrong sense: 'summoned India's ambassador to protest' is one diplomatic protest, already coded from this sentence as e1 ACCUSE Nepal -> India's ambassador; it is no PROTEST demonstration."),
 48: (["date"], "The UN air embargo on Libya (SANCTION UN -> LBY) was imposed 'three years ago', in April 1992 (as the story says later): date should be 1992 (1992-04), not 1995-04-19."),
 49: ([], "North Macedonia's parliament approving the compromise with Bulgaria on Saturday 2022-07-16: SUPPORT MKD -> BGR; all right."),
 50: (["target"], "Biden calling on the world not to recognise the regions: REQUEST right; target should be 'the world' (the international community, no code), not Georgia."),
}

items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and [i["n"] for i in items] == list(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == "SPURIOUS":
        v = {f: False for f in F}
    else:
        assert all(w in F for w in wrong)
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
    out.append(rec)
with open(HERE / "events-b.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert len(back) == 50
for it, r in zip(items, back):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    assert {k: r[k] for k in it} == it
    assert r["verdict"]["all"] == all(r["verdict"][f] for f in F)
    if not r["verdict"]["event"]:
        assert not any(r["verdict"].values())
counts = {f: sum(r["verdict"][f] for r in back) for f in F + ("all",)}
print("right of 50:", counts)
