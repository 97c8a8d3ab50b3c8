"""Judge b, round 82: write events-b.jsonl from the items and the verdicts below, then check it.

Each verdict: n -> (event, type, source, target, date, modality, reasons). A spurious event
(event False) is written False in every field."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
T, F = True, False
V = {
 1: (T, T, T, T, F, T, "THREATEN by Trump is right (target G20, the summit he threatens to skip; South Africa, the host, would also do). Date wrong: 'has threatened' is a background act of an earlier, unstated time, so it should have no date, not the meeting day 2025-05-21."),
 2: (T, T, T, T, T, T, "Washington (USA) urged all sides in the Georgia-South Ossetia-Russia fighting to stop; 'sides' spans several countries, so an empty code is right; Friday's document date is right."),
 3: (T, T, T, F, T, T, "REQUEST by Haniyeh's Hamas government (PSE) is right. Target 'captors' has no code, but the story makes plain they are the Palestinian militants who seized Shalit: should be the captors / Palestinian militants (PSE)."),
 4: (T, T, T, T, T, T, "Tsai's pledge to keep the status quo with Beijing is AGREE toward China; the Saturday election-night date (2016-01-16) is the story's time (the document date would also do)."),
 5: (T, T, T, T, T, T, "The four states pressed the summit to keep Zimbabwe suspended (REQUEST); no addressee is named, so an empty target is right; the sentence gives no date, so the document date is right by the rules (the pressing came before Sunday's decision)."),
 6: (T, T, T, T, T, T, "Kadhimi's call for calm and restraint is a REQUEST with no named addressee; same day (Sunday, the document date)."),
 7: (T, T, T, F, T, T, "Japan saying it will extend its sanctions is SANCTION, future, undated: right. Target wrong: the sentence names it, 'against the North', should be North Korea (PRK)."),
 8: (T, T, T, T, T, T, "Pita urged fellow members of parliament (THA) to use their power well: REQUEST, Wednesday the document date."),
 9: (T, T, T, T, T, T, "Russia's Foreign Ministry accused Washington of using false pretexts: ACCUSE, RUS -> USA, Friday (document date)."),
 10: (T, T, F, F, F, T, "REQUEST for Arroyo to step down is right in type, but 'they' are the rebel soldiers, not the government 'troops' who fired tear gas: source should be the rebel soldiers (PHL); target should be President Arroyo (PHL), named in the sentence; date should be 2007-11-29, the Thursday of the standoff, not the document date."),
 11: (T, T, F, F, T, T, "Agreeing to lend is AGREE (wave 76) and Sunday 2010-05-02 is right, but the euro zone finance ministers are coded GRC (they have no single country; empty/EU); target should be Greece (GRC), to whom the loans are pledged, not the lenders themselves."),
 12: (T, T, T, T, T, T, "Moussa praised Sisi (SUPPORT, EGY -> EGY) at an unstated time before January; no date is right."),
 13: (T, T, T, T, F, T, "REJECT by Armenian officials with no named target is acceptable (Aliyev's remarks are not a party in the sentence). Date wrong: dismissing Aliyev's repeated warnings is background of an unstated earlier time, should be undated, not the document date."),
 14: (F, F, F, F, F, F, "Spurious: a shopkeeper's store destroyed in the accidental Aug. 4 port explosion is not an act between political actors, and the government did not destroy it."),
 15: (T, T, T, T, T, T, "North Korea said it would conduct a nuclear test: coded as the act (weapons test, MOBILIZE) with future modality and no date, which the conventions allow; source PRK right."),
 16: (T, T, F, T, T, T, "ASSAULT on civilians (GEO, South Ossetia) on the day of the offensive is right, asserted with Kokoity as reporter. Source should be Georgia (GEO), named in the same sentence as the party accused of the 'genocide', not empty."),
 17: (T, T, T, T, F, T, "Khatami's promise of greater freedoms is AGREE (CAMEO 0343) to Iranians, right. Date wrong: 'has promised' is background since his 1997 election, should be undated, not the document date."),
 18: (T, T, T, F, T, T, "Murad's (MILF, PHL) urging is REQUEST, and the MILF rebels are an acceptable source for their chairman. Target wrong: this is the Philippine Congress (PHL), not the US Congress (USA)."),
 19: (T, T, T, T, T, T, "Ramaphosa rejected Trump's claims (REJECT); Trump is not named in the sentence so an empty target is right; Wednesday 2025-05-21 of the meeting is right."),
 20: (T, T, T, T, T, T, "Putin congratulated Pashinyan: SUPPORT RUS -> ARM, on the day of the vote (document date), asserted with the Kremlin as reporter."),
 21: (T, T, T, T, T, T, "Saakashvili's unilateral ceasefire, declared and in force Thursday evening (2008-08-07), is RETREAT ceasefire (CAMEO 0871); CONCEDE would also be defensible for a declaration."),
 22: (T, T, T, T, T, T, "The Algerian government rejected the fraud accusations: REJECT, no party named as target, on the day of the results (document date)."),
 23: (T, T, T, T, T, T, "Awami League supporters clashed with police near the court on the day of Hasina's arrest (Monday, document date): ASSAULT BGD -> BGD police."),
 24: (T, T, T, T, T, T, "US, EU and Japan welcomed the peace agreement (SUPPORT); the signatories are not named in the sentence, so an empty target is right; document date right."),
 25: (T, T, T, T, T, T, "The Moscow court ordered Gershkovich held (COERCE arrest, RUS -> USA); the sentence gives only 'later', so the document date is right by the rules."),
 26: (T, T, T, T, T, T, "The chief prosecutor asked the Constitutional Court to close Welfare: REQUEST to the court, last month (1997-05). (ACCUSE against Welfare for the closure case would also be a reading.)"),
 27: (F, F, F, F, F, F, "Spurious: Bhutto 'hoping to ease U.S. sanctions' reports a hope, not an act, and she cannot ease US sanctions herself (a RETREAT by Bhutto toward the US is not in the text)."),
 28: (T, T, T, T, T, T, "Analysts' forecast that Beijing will press Tsai to accept the 1992 consensus: REQUEST CHN -> TWN, future, undated (before May)."),
 29: (T, T, T, T, F, T, "Anwar's jailing for sodomy (COERCE arrest) is right, but it is background from before the 2004 overturning: should be undated, not the story day 2008-08-26."),
 30: (T, T, T, T, T, T, "The rebels (Trillanes, Lim and their soldiers, PHL) urged the public and the military to rise up: REQUEST, Thursday 2007-11-29; the military is one of the two named addressees."),
 31: (T, T, T, T, T, T, "Ortega's first government established ties with Beijing in 1985: SUPPORT NIC -> CHN, 1985."),
 32: (T, T, T, T, T, T, "ACCUSE (indictment) of Milutinovic (SRB) and Sainovic (YUG) on Thursday 1999-05-27; the tribunal is not named in the sentence so the empty source is right (Ojdanic and Stojiljkovic are missing from the target list)."),
 33: (F, F, F, F, F, F, "Spurious: a duplicate; setting part of the parliament on fire is the same riot already coded as 'stormed' (PROTEST riot) from this sentence."),
 34: (T, T, T, T, T, T, "Opposition politicians (NGA) said they supported firm action: SUPPORT; the government is not named in the sentence, so no target; document date right."),
 35: (T, T, T, T, T, T, "The United States congratulated Tsai: SUPPORT USA -> TWN, document date."),
 36: (T, T, T, T, T, T, "Guterres urged both sides (Russia and the US) to agree a new path: REQUEST, document date."),
 37: (T, T, T, T, T, T, "The Arab League suspended Syria's membership in November 2011: SANCTION ARL -> SYR, 2011-11."),
 38: (T, T, F, F, F, T, "SUPPORT is right but reversed: source should be the JVP and JHU (LKA), which backed Rajapaksa; target should be Rajapaksa (LKA). Date: the backing was during the campaign before the vote, so undated, not the results day."),
 39: (T, T, F, T, F, T, "The noun phrase reports a deployment (MOBILIZE), but of a U.S. system: source should be the United States (USA), not Moon, who only questioned it; date should be undated (an earlier deployment), not the document date."),
 40: (T, T, F, T, T, T, "REQUEST to Israel is right, but 'they' are the three groups (Hamas's armed wing, the Popular Resistance Committees, the Army of Islam, PSE); the source 'Islam' is a truncated name, not the party."),
 41: (T, T, T, T, T, T, "Chu conceded defeat (CONCEDE, TWN) on election night, Saturday 2016-01-16."),
 42: (T, T, T, T, T, T, "Nastase conceded defeat on Monday 2004-12-13: CONCEDE, ROU."),
 43: (T, T, T, T, T, T, "Koroma seized power in a coup in May 1997: ASSAULT (armed seizure), SLE, no target named in the sentence."),
 44: (T, T, F, F, T, T, "REQUEST is right, but the source should be the Arab and Muslim states (no single code), not 'Muslim' (ISR); the pressing is aimed at the conference text (no target, or at most Israel), the Palestinians are not a target."),
 45: (T, F, T, T, F, T, "'Clashed with France' here is a diplomatic row, not violence: type should be ACCUSE (disapprove); date should be undated (a row of earlier months), not the document date."),
 46: (T, T, T, T, T, T, "Saudi Arabia, France and the US welcomed the nomination: SUPPORT, no party named as target, document date."),
 47: (T, T, F, F, T, T, "AGREE on Monday 2020-12-14 is right, but the two leaders are Kenyatta (KEN) and Somaliland's president Muse Bihi Abdi, not Somalia: source and target lists carry the wrong party Somalia."),
 48: (T, T, F, T, T, T, "Kabbah welcomed the deal (SUPPORT, document date), but the source has no country: should be Kabbah, Sierra Leone's ousted president (SLE)."),
 49: (T, T, T, T, T, T, "Monks and residents protested this year (2017) against plans to take over land for the industrial zone, an act of the authorities, so Sri Lanka is a right target."),
 50: (F, F, F, F, F, F, "Spurious: diplomats' guess that Damascus 'would want' the new cabinet to work with Lahoud reports no request or other act."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open(HERE / "events-b.jsonl", "w") as out:
    for it in items:
        *vals, reason = V[it["n"]]
        if not vals[0]:
            vals = [False] * 6
        v = dict(zip(FIELDS, vals))
        v["all"] = all(vals)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

# checks and counts
rows = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in rows) for f in FIELDS + ["all"]}
print(counts)
