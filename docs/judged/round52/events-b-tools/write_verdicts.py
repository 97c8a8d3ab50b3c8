"""Round 52, judge b: verdicts on the 60 sampled dateline events (events-b-items.jsonl).

V = {n: ([false fields], "reasons")}. A false "event" (spurious) makes every field false.
Writes events-b.jsonl next to the items and prints the per-field table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPUR = ["event"]

V = {
    1: (["target", "date"],
        "REJECT for defying the court order is a real act (Yameen's government refused to comply). "
        "Target: the sentence refers to the court ('a court order' = the Supreme Court, MDV JUD); empty is wrong. "
        "Date: the emergency (and the defiance) was declared on Monday, 5 Feb (para 4 'announced ... on Monday'; "
        "the arrests early Tuesday came 'hours after'); the document date 2018-02-06 is another date than the text gives."),
    2: ([], "All right: US urged Addis Ababa (= Ethiopian government) to respect protest rights; document date for the news statement."),
    3: ([], "All right: Sadr's 'final withdrawal' from political life is a RETREAT (resign/quit politics), Monday = 2022-08-29."),
    4: (["source"],
        "Source split into 'Mara[None]' and 'Ratu[FJI]': 'Ratu' is a title, and the president's name itself carries "
        "no country (FJI is plain). Type COERCE (state of emergency), target empty, date 'late on Friday' 2000-05-19 right."),
    5: (["source", "target", "date"],
        "Arrest of the guards is real. Source: the sentence's party is Nigeria ('Nigeria said it had ... arrested'); "
        "Obasanjo is named only in the previous sentence and is not the arresting party. Target: the security officers "
        "guarding Taylor in Calabar are Nigerian, not LBR. Date: 2006-03-25 is the Saturday of Obasanjo's statement, "
        "before Taylor vanished (Monday 27th); the text gives no date, so the document date would be right."),
    6: ([], "All right: Annan welcomed the accord (SUPPORT); 'the accord' is not a party, so an empty target is right."),
    7: ([], "All right (a reader may doubt): the president's stepping down is the condition of the protest leaders' statement, "
            "coded as a hypothetical RETREAT with no date; 'the president' = Gotabaya Rajapaksa, LKA."),
    8: (["target"],
        "Police used water cannon (ASSAULT crowd-control, PLOVER) to disperse 'some of them' = Lugo's supporters, "
        "named in the sentence; empty target is wrong (supporters, PRY)."),
    9: (["source", "date"],
        "'territories they have already seized': the seizing is a past act of the militants (Islamic State); the source "
        "given is the Russian government, the party that fights them. Date: a background act of an earlier time given "
        "the document date (should have none)."),
    10: (["source", "date"],
         "Pro-government rally is a PROTEST (demo), empty target right for a support rally. Source: 'backers' has no "
         "country though the rally is on Kiev's main street (UKR plain), and 'Ukraine government' is added as a second "
         "source although the government did not hold the rally. Date: reported as this news (the day of the verdict) "
         "so it takes the document date 2011-10-11; unknown is wrong."),
    11: ([], "All right (weak event): Khamenei praised the turnout, SUPPORT with no party as target; reported as this news."),
    12: ([], "All right: Juncker (EU, EUR/IGO) and EU leaders congratulated Macron, election day."),
    13: (["target", "date"],
          "ASSAULT (the killing) by two female agents, PRK implied by Kim Jong Un's order. Target: 'the killing' of "
          "'his half-brother' (Kim Jong Nam, named in the sentence) - empty is wrong. Date: the killing was on Monday "
          "13 Feb (para 2-3), not the document date 15 Feb."),
    14: ([], "All right: Israel freed Yassin in 1997 (RETREAT release)."),
    15: ([], "All right: Bush condemned the (unidentified) attackers; reported_by Kofi Annan is wrong but not a scored field."),
    16: ([], "All right: future REQUEST (ask Putin for a meeting), undated future act; agent GOV for business leaders is "
             "wrong but only the country is scored."),
    17: ([], "All right: lawmakers demanded Leung resign (REQUEST). CHN for Hong Kong actors is accepted (HKG would be finer)."),
    18: ([], "All right: Pakistani troops' assault on the Red Mosque (its militants/clerics), Wednesday 2007-07-11."),
    19: (["type"],
          "'called for protests' is a call (REQUEST: PLOVER REQUEST covers all requests/demands/appeals), not a protest: "
          "no protest is held in the sentence. As a PROTEST it would at best be future. Source Islamist parties PAK, "
          "empty target, document date, asserted call: right."),
    20: ([], "All right: Iran praised the attack (SUPPORT); 'the attack' is an act, not a party, so no target."),
    21: ([], "All right by the rules (a reader may doubt): 'the bombing' re-mentions the attack coded from the lead, but it is "
             "not the same sentence, so no duplicate; no party named, document date = the day of the bombing."),
    22: (["type"],
          "Israel and Syria each staged military exercises (amid tension): that is MOBILIZE (show of force), not COOPERATE "
          "(joint manoeuvres). Parties and 'over the summer' (2007-SU) right."),
    23: ([], "All right: authorities deployed troops (MOBILIZE), Monday."),
    24: ([], "All right (a reader may doubt): 'her party' (the SDP, given as 'Japan party' JPN) quit the ruling coalition "
             "led by Hatoyama - SANCTION withdraw; date follows 'Last Friday ... He then ...' (2010-05-28)."),
    25: ([], "All right: Brotherhood called on Egyptians to take to the streets (REQUEST), 14 Aug."),
    26: ([], "All right: Russia banned food imports (SANCTION); EU is one of the named targets (the US is missing but "
             "the target given is a right party); Thursday 2014-08-07."),
    27: ([], "All right: President (Gotabaya) Rajapaksa urging calm (REQUEST), no addressee named; Monday."),
    28: ([], "All right: Shafik welcomed the rulings (SUPPORT); 'the rulings' names no party; 14 June."),
    29: ([], "All right: Greece blocked Macedonia's NATO bid (REJECT), summit day; MKD right (the name string "
             "'North Macedonia' is anachronistic)."),
    30: (SPUR,
          "Spurious: 'Relations were badly damaged' states a consequence, with no actor; the act in the clause is the "
          "shooting down of the warplane, coded separately from the same sentence (e9)."),
    31: (["type", "target"],
          "'will help Australia acquire nuclear-powered submarines under a new security pact' is the leaders' announced "
          "pledge: a pledge of aid is AGREE by the conventions (wave 76), not AID. Target: the party helped is Australia; "
          "China is only the party the move is 'seen as aimed at countering'. Source USA+GBR right; date and modality "
          "scored on the help as the text gives it (future, undated) - right."),
    32: ([], "All right: a total 'since the uprising began in September 2000' has no date; both victim groups named."),
    33: (["source"],
          "The REJECT (refused calls to surrender) is right. Source split into 'gunmen[None]' and 'followers[PHL]': the "
          "gunmen are the Filipino intruders (followers of the Sultan of Sulu), so the empty code is wrong (same rule as #4)."),
    34: (SPUR,
          "Spurious: 'he had wanted Trump to win' is a wish, 'want' in another sense than a demand; no REQUEST."),
    35: ([], "All right: Gambian minister urged the ICJ judges (no country for the international court) on Tuesday 10 Dec."),
    36: (SPUR,
          "Spurious: an airliner crash killing those on board is no act between political actors (the text gives a "
          "technical fault); 'Ukraine' as attacker is wrong anyway."),
    37: ([], "All right: Russian officials have long complained about US courts (ACCUSE), ongoing - document date."),
    38: (["type"],
          "Firing a Taepodong-1 rocket over Japan is a missile test/show of force (MOBILIZE weapons test, or THREATEN), "
          "not an attack on Japan. Parties, August 1998, asserted right."),
    39: (["date"],
          "Killing of Mughniyeh, no source (the blame on Israel is an accusation), target right. Date: the text gives "
          "late on Tuesday (12 Feb, para 2), not 13 Feb."),
    40: (["source"],
          "'They' = the government loyalists who stormed the camp; the source given is 'witnesses' (the attribution)."),
    41: (SPUR,
          "Spurious: 'she asked the 17-judge panel' a rhetorical question; 'asked' in another sense than a request."),
    42: ([], "All right: Bush condemned the assassination (no party named as target), Tuesday = document date."),
    43: ([], "All right: Putin's verbal attack on US foreign policy (ACCUSE), Saturday; the 'accusing' event from the same "
             "sentence (e2) is the duplicate, not this one."),
    44: (["source"],
          "SANCTION negated (not cutting ties) is right, but 'the country' is the Philippines, not China."),
    45: (["target"],
          "Gbagbo's camp (Gbagbo, CIV) denounced a coup 'carried out by foreign troops': the foreign troops are named "
          "in the sentence as the denounced party; empty is wrong."),
    46: (["target"],
          "Sankoh is the Sierra Leonean RUF leader: the code SLE is plain; None is wrong. Wednesday 17 May right."),
    47: ([], "All right: Kerry met Lavrov (CONSULT), reported as this news."),
    48: ([], "All right: at least 24 killed in the Khartoum riots on Monday; perpetrators not named."),
    49: (["date"],
          "CONSULT Zelenskiy-Putin right, but the summit is this news, held on Monday (previous sentence; document "
          "date 2019-12-09); unknown is wrong."),
    50: (["source", "target"],
          "The arrests were by South African police (ZAF) in South Africa; 'Mozambique police' and '400 people[MOZ]' "
          "are wrong (the Mozambican is the victim of the previous sentence). No date for a running total: right."),
    51: ([], "All right: euro zone finance ministers (no country) to discuss Greece on Monday 26 Jan (future)."),
    52: (SPUR,
          "Spurious: 'did not seek a war with Tehran' is 'seek' in the sense of aim at, not a request."),
    53: ([], "All right (a reader may doubt): 'Kiev would not accept the federalisation' coded as AGREE negated, "
             "allowed like 'RETREAT negated' for a refusal; future negated act undated."),
    54: (["source"],
          "Sandu is Moldovan (MDA); WBK comes from 'former World Bank economist'. Thanking voters as SUPPORT accepted."),
    55: (["target"],
          "Guterres condemned the takeover by force: the target is the coup makers (not named here: empty would be "
          "right); the Guinean government is the victim, so wrong."),
    56: ([], "All right: Iran closed its border crossings with Iraq (COERCE restrict)."),
    57: (["target"],
          "Troops under Gotabaya Rajapaksa's command are Sri Lankan (LKA), not IND. Standing accusation: document date right."),
    58: (SPUR,
          "Spurious as a REQUEST: 'Moscow pressed an offensive' is 'press' in the sense of push on (the act is military, "
          "an ASSAULT on Ukrainian troops); no request."),
    59: (["type", "target", "date"],
          "Backing RUF rebels in a campaign 'in exchange for diamonds' is material backing (AID/arms), not verbal "
          "SUPPORT. Target: the RUF is Sierra Leonean (SLE), not LBR. Date: a background act of the 1990s given the "
          "document date; should have none. 'reported' right (inside the court's accusation)."),
    60: (["date"],
          "PROTEST re-mention right, no parties named; but 'last September' dates the disappearance of Gongadze, not "
          "the protests (the current protests, begun late 2000 / this news)."),
}


def verdict(false):
    if "event" in false:
        v = {f: False for f in FIELDS}
    else:
        v = {f: (f not in false) for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    return v


def main():
    items = [json.loads(l) for l in open(os.path.join(ROUND, "events-b-items.jsonl"))]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        row = dict(it)
        row["verdict"] = verdict(false)
        row["reasons"] = reasons
        out.append(row)
    with open(os.path.join(ROUND, "events-b.jsonl"), "w") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':<10}{'right/60':>10}{'%':>7}{'right/real':>12}{'%':>7}")
    for f in FIELDS + ["all"]:
        n = sum(r["verdict"][f] for r in out)
        m = sum(r["verdict"][f] for r in real)
        print(f"{f:<10}{n:>7}/60{100*n/60:>7.1f}{m:>8}/{len(real)}{100*m/len(real):>7.1f}")
    print("spurious:", 60 - len(real), sorted(r["n"] for r in out if not r["verdict"]["event"]))


if __name__ == "__main__":
    main()
