"""Round 53, judge c: verdicts on the 60 sampled dateline events (events-c-items.jsonl).

V maps item n -> ([false fields], "reasons"). A spurious event lists "event" and is false in
every field. Writes ../events-c.jsonl and prints the per-field table.
Run from docs/judged/round53:  python events-c-tools/write_verdicts.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = FIELDS

V = {
    1: (["target"], "Target empty, but 'congratulate him' has the pronoun 'him' = Gotabaya Rajapaksa (LKA), the winner named earlier; by the pronoun rule the target is wrong when empty. The sibling AGREE 'invited' (e7) got him."),
    2: (["date"], "Type, parties right (Turkey's government; critics with no country). Date: 'Critics accused the government of a slow response' is a background act of the months after the February quakes (past tense, no date), not this news of the run-off; it should have no date, not the document date."),
    3: ([], "All right. Target 'soldiers [GIN/MIL]' comes from the previous paragraph, but the condemned killings are clearly the soldiers' (they opened fire on the rally), so it is the party acted upon."),
    4: (["date"], "REJECT of the verdict by Tymoshenko is right (ACCUSE disapprove would also do); empty target right (the sentence names only 'the ruling'). Date null/unknown is wrong: she dismissed it in the courtroom on the verdict day, the news of the story, so the document date 2011-10-11 applies (the text gives no other date; 'last year's' is the election)."),
    5: (["target"], "Seizing the airport is ASSAULT by the wave-30 rule; Russian soldiers RUS right; date 'early on Saturday' = 1999-06-12 right. Target 'Kosovo government [XKX]' is wrong: there was no Kosovo government in 1999 (the province was Yugoslav) and the seizure was not aimed at one; empty (or Yugoslavia) would be right."),
    6: ([], "All right. A court ordering a new vote to be held is a directive (CAMEO 10 demand -> REQUEST); the annulment itself is not coded here. Target empty right (the order's addressee is not named); 'on Monday' = 2020-02-03."),
    7: (["target"], "Target party Sonia Gandhi is right but her country code is empty; she is the leader of India's Congress party (IND), which the text makes plain."),
    8: (["target"], "Target party Foday Sankoh right but country empty: he is the Sierra Leonean RUF leader (SLE). Source empty right (shooter not named). Modality: 'appeared to have been shot' is a hedged observation; I accept asserted."),
    9: (["date"], "Date null/unknown, but the sentence says 'before dawn on Tuesday' = 2007-07-10 (document date Wed 2007-07-11). Target empty right (the compound is a place; the militants are not named in the sentence)."),
    10: ([], "All right: deployment of armoured vehicles near the court (MOBILIZE), no agent or target named in the sentence, document date, asserted with witnesses as reporter."),
    11: ([], "All right. Leaving the NPT coded SANCTION/withdraw (REJECT would also be defensible); target empty right (the treaty is not a party); 'on Friday' = 2003-01-10."),
    12: ([], "All right."),
    13: (["type"], "The UN 'began deploying' peacekeepers is CAMEO 074 (provide military protection or peacekeeping: send peacekeepers), which CAMEO2PLOVER maps to AID (context peacekeeping), not MOBILIZE. Source UN, empty target and 2000-05 ('since early May') right."),
    14: ([], "All right. 'called the tapes a fabrication' read as ACCUSE (alleging fabrication) with no target named in the sentence; I would code the denial as REJECT, but ACCUSE is defensible. Date unknown right ('has denied', time not given)."),
    15: (["source", "target"], "Source: 'He' is Dmitry Peskov, the Kremlin spokesman who is the subject of the previous sentence, not Putin (RUS right, party wrong). Target: 'Western accusations' names the accusers (the West / Western leaders) in the sentence; empty is wrong."),
    16: (ALL, "Duplicate: the sentence's act, police firing at the demonstrators in the Plaza de Mayo, is already coded as e6 ASSAULT (Police -> demonstrators); 'some officers used live ammunition' only adds what they fired in the same clash. (Taken as a separate event its target would also be wrong: empty where the demonstrators are named.)"),
    17: (["date"], "Moscow stationing troops in Transnistria (MOBILIZE, Russia) right; empty target acceptable. Date null/unknown is wrong: the text gives a time ('since the early 1990s'), and a stationing still going on takes the document date by the convention."),
    18: (ALL, "Spurious: 'decisions he did not agree with' is 'agree' in the sense of sharing an opinion, not an AGREE act (a commitment to cooperate); the act in the sentence is ElBaradei's resignation, coded as e8."),
    19: (["target"], "Target 'civilians' right as a party but country RUS is wrong: they are Syrian civilians killed in Homs and Hama (SYR). Source empty right (the strikes are named only in the previous sentence)."),
    20: (ALL, "Spurious: 'the Russian dash threatened to complicate the deployment' means 'risked complicating'; 'threatened' in another sense, no THREATEN act by any actor."),
    21: (["target", "date"], "Target: 'the former leader' charged with terrorism is Morales, not Luis Arce. Date: the charge was brought earlier by the interim government's prosecutors ('have charged'), a background act with no date in the text; the document date is wrong."),
    22: ([], "All right. Target 'friends all over the world' is the party as the sentence gives it (no country)."),
    23: ([], "All right. 15 killed 'in clashes with security forces and rival factions': Iraqi security forces are one of the two named attacking parties; 'on Monday' = 2022-08-29. Not a duplicate of e1 (the storming of the palace)."),
    24: ([], "All right. Bolton: Washington supported strong action (SUPPORT of the draft resolution/course of action); the sentence names no party supported, so empty target right."),
    25: (["date"], "'More than 130 people were killed in attacks during the campaign' is a total summed over the campaign weeks, which by the round-20 rule has no date; the document date is wrong. Target and empty source right."),
    26: ([], "All right. Odillo deploying troops at Banda's residence: MOBILIZE with Banda as target is acceptable (AID military protection would also do). Modality 'was reported to have deployed' = reported (unconfirmed report, no speaker), which I accept."),
    27: (["source"], "Source 'gunman' has country empty, but the sentence identifies him as Mevlut Mert Altintas of Ankara's riot police, a Turkish policeman (TUR). Target Russia's ambassador RUS right; date Monday 2016-12-19 right."),
    28: ([], "All right: the act inside the accusation (Russia arming the separatists) coded AID/military with modality reported, as the conventions ask; not a duplicate of the ACCUSE e6. No time in the text, so null date acceptable."),
    29: ([], "All right. The demand is on the Malaysian authorities, who appear in the sentence only as the reporters; an empty target is right by the conventions."),
    30: ([], "All right by CAMEO 057 (sign formal agreement) -> SUPPORT as dateline maps it; mutual signing with both parties in source and target; 'on Tuesday' = 2002-05-28. I would code an agreement signed as AGREE/COOPERATE (see notes)."),
    31: (["source", "target", "date"], "Source: Falae is the party whose court challenge was rejected, not the rejecter (the court, unnamed; empty would be right). Target: Falae, named in the sentence, is the target; empty is wrong. Date 1999-02-27 is the vote date; the rejection came later, no date in the text."),
    32: ([], "All right. 'last week' from Sunday 2016-10-09 = ISO week 2016-W39."),
    33: ([], "All right: a court ordering detention pending trial = COERCE/arrest; 'later on Saturday' = 2003-10-25."),
    34: (["source", "date"], "Source: the court asked parliament, not the electoral commission (the commission is the subject of the found-clause). Date null is wrong: the request is part of Monday's ruling (2020-02-03), the news of the story."),
    35: ([], "All right. Conviction in the impeachment trial = SANCTION; the vote was Friday 2012-06-22 (first sentence) = document date."),
    36: ([], "All right. Smear campaign's authors unnamed, so empty target right."),
    37: (["target"], "Target 'United States' is wrong: the US is the party withdrawn (the source's own state); the withdrawal is from the deal with Iran, so Iran (or empty) would be right."),
    38: (["type"], "Nigerian troops arriving as 'the vanguard of a West African peacekeeping force' is sending peacekeepers, CAMEO 074 -> AID (peacekeeping), not MOBILIZE. Source, empty target, date 'last week' = 2003-W32 and modality right."),
    39: ([], "All right. Killers unnamed, so empty target right."),
    40: (["type"], "'promising to wage war on corruption' is a figurative war: no threat of force. A pledge to fight corruption and review contracts is at most a promise (AGREE) or a non-violent warning, not THREATEN/violence. Source Obasanjo NGA right (kind 'organization' is off but not scored)."),
    41: ([], "All right: resignation coded RETREAT/resign; 'on Monday' = 2022-05-09."),
    42: (["target"], "Welcoming Mughniyeh's death is approval of the killing, not support for Mughniyeh; making him the SUPPORT target inverts the relation. The killers are not named, so the target should be empty."),
    43: (["target"], "Target empty, but 'the former comedian, elected in April' is a definite description of Zelenskiy (UKR), named earlier; by the conventions the target is wrong when empty. Present-tense accusation: document date right."),
    44: ([], "All right. 'the family' = the Rajapaksa family (LKA) by description; present-tense blame, document date."),
    45: (["target", "date"], "Target: 'his offer' is De la Rua's (named in the sentence); empty is wrong. Date: the Peronists' rejection came before the resignation of Thursday 2001-12-20, so the document date (Fri 2001-12-21) is after the act; the text gives no exact day."),
    46: ([], "All right. Background resignation in a relative clause, 'in November' = 2019-11 (the November before the October 2020 document)."),
    47: (["target"], "Target 'Rodrigo Duterte' is absurd: the victims are the 'more than 3,000 people' killed in his drug war. Source empty acceptable (agent unstated); total with no date, null right."),
    48: (["source", "date", "modality"], "Source: 'She' = Anna Politkovskaya (RUS), empty is wrong. Date: she negotiated during the theatre siege 'in October 2002', which the sentence gives (2002-10); null wrong. Modality: 'one of the few journalists to negotiate' is a past, asserted act, not future."),
    49: (["source", "target"], "Source country IND is wrong: Gotabaya Rajapaksa is Sri Lankan (LKA). Target: the promise is to 'all citizens' (of Sri Lanka), a common-noun party named in the sentence; empty is wrong."),
    50: (["source"], "Source: President Chen Shui-bian's government is Taiwan's (TWN); country code empty is wrong. Target empty right (the law's author, China, is not named in the sentence)."),
    51: ([], "All right. Agent not named in the sentence; Simone Gbagbo CIV right; Monday = document date."),
    52: (["source"], "Source: 'He has agreed' = Than Shwe (Myanmar), reported by Ban; Ban is the speaker, not the party that agreed. Target empty accepted (the UN, to whom the pledge was made, appears only as the speaker; the aid workers are beneficiaries)."),
    53: (["date"], "Date 1991 is the Barrios Altos massacre's year; the conviction is Tuesday's verdict (2009-04-07, the document date)."),
    54: (["target", "date"], "Target: Damascus vowed to resist Turkey's operation, and Turkey is named in the sentence; empty is wrong. Date 2019-10-03 has no basis in the text; the vow is this news (document date Wed 2019-10-09). THREATEN for 'vowed to resist' accepted."),
    55: ([], "All right: future consultation, no date."),
    56: (["source"], "Source empty, but the sentence itself names the soldiers (Israeli, 'moved from building to building' with the bulldozers) in whose assault the five were killed; they are clearly the attackers. Target Palestinians, date Friday 2002-03-29 right."),
    57: (["date"], "Date 2021-10 is wrong: the sentence says Sadr ordered his lawmakers to resign 'in June' (2022-06)."),
    58: ([], "All right. 'they said' = witnesses; Saturday 2001-04-28 = document date."),
    59: (["source"], "Source country IRQ is wrong: King Hussein of Jordan (JOR). Type by CAMEO 057 -> SUPPORT (as in item 30); target Israel and 1994-10 right."),
    60: ([], "All right. Victims' nationality not given, so empty country right; 'On August 7' = 2003-08-07."),
}


def main() -> None:
    items = [json.loads(l) for l in (HERE / "events-c-items.jsonl").open()]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        bad, reasons = V[it["n"]]
        if "event" in bad:
            bad = ALL
        verdict = {f: f not in bad for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        row = dict(it)
        row["verdict"] = verdict
        row["reasons"] = reasons
        out.append(row)
    with (HERE / "events-c.jsonl").open("w") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':<10} {'of 60':>8} {'of real (' + str(len(real)) + ')':>14}")
    for f in FIELDS + ["all"]:
        n60 = sum(r["verdict"][f] for r in out)
        nreal = sum(r["verdict"][f] for r in real)
        print(f"{f:<10} {n60:>5}/60 {nreal:>8}/{len(real)}  ({100 * n60 / 60:.0f}% / {100 * nreal / len(real):.0f}%)")
    print("spurious:", [r["n"] for r in out if not r["verdict"]["event"]])
    for f in FIELDS[1:]:
        print(f"{f} false:", [r["n"] for r in real if not r["verdict"][f]])


if __name__ == "__main__":
    main()
