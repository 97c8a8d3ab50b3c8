"""Round 54, judge c: verdicts on the 35 sampled dateline events (events-c-items.jsonl).

V = {n: ([false fields], "reasons")}. A spurious event lists "event" and is false in every field.
Writes events-c.jsonl (each item line plus "verdict" and "reasons") and prints the per-field table.
Run from docs/judged/round54: python events-c-tools/write_verdicts.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
    1: ([], "All right. 'could seek compensation from the EU' is a hypothetical REQUEST by Polish officials "
            "to the EU; no date is given for the possible demand, so an unknown date is right."),
    2: (["event"], "Spurious: 'NATO's expansion toward its borders' is the alliance's enlargement (new members), "
                   "a word in another sense, not a mobilisation of troops. The act in the sentence is Putin's "
                   "objection (ACCUSE/REJECT Russia -> NATO), which dateline did not code from this trigger."),
    3: (["target"], "Target: Khan hailed the ruling of the court named in the same sentence ('who petitioned "
                    "the court'); the Supreme Court of Pakistan (PAK) is the party praised, so the empty target "
                    "is wrong. Type SUPPORT (praise), source, date (hailed on the day reported) and modality right."),
    4: (["target"], "Target: Obama 'took aim at Israeli settlement building' - the criticism is aimed at Israel "
                    "(ISR), named in the sentence; empty is wrong. ACCUSE disapprove, source 'the president' = "
                    "Obama (USA) and the speech's date are right."),
    5: ([], "All right. Whether Norland or 'Washington' is read as the subject of 'urged', the source is the "
            "U.S. government (USA), with Norland as reported_by; target Libyan leaders (LBY); document date "
            "for a statement reported as this news."),
    6: (["source"], "Source: the warning was issued by 'the election authority' (France's election commission), "
                    "not Macron - Macron's campaign was the hacking victim. Type THREATEN accepted: an "
                    "authority's warning not to publish, with legal penalties implied, is a 'coercive warning' "
                    "(a coder could also give REQUEST). Target media (FRA) right. Date: the text gives no day "
                    "for the warning; Friday inherited from the preceding sentence is a fair reading of the "
                    "narrative (it is not the document date of a background act), so scored right."),
    7: (["source"], "Source: only Roh Moo-hyun urged a peaceful solution; Kim Dae-jung called a meeting and is "
                    "wrongly added, and Roh is given no country code (KOR, 'South Korean President ... his "
                    "successor'). Empty target right (no addressee named); document date right."),
    8: ([], "All right. CPJ's tally of journalists killed in Russia since 2000 is an ASSAULT count with unnamed "
            "killers (empty source right); a total summed since an earlier time has no date, so unknown is "
            "right (CONVENTIONS, round 20); asserted with reported_by CPJ."),
    9: ([], "All right. Signing a treaty is SUPPORT ('ratify, sign, or finalize an agreement or treaty' in the "
            "PLOVER codebook; CAMEO 057 -> SUPPORT). Mutual: Alkatiri (TLS) and Howard (AUS) as source and "
            "target. 'Within hours of independence' (midnight Sunday) = 20 May 2002, the document date."),
    10: ([], "All right. Not a duplicate by the rule (the first sentence's declaration is another sentence). "
             "COERCE state of emergency; 'we' = the government, Hailemariam (ETH) as its head; document date "
             "(declared on Sunday, 9 Oct 2016) right."),
    11: ([], "All right. FFS (DZA) called for an international inquiry; no addressee named, empty target right. "
             "(The agent kind MIL is wrong for a party but is not a scored field.)"),
    12: ([], "All right. Megawati (IDN) condemned the bombing; the sentence names no perpetrator, so the empty "
             "target is right. 'Visited the scene' is not a CONSULT and was rightly not coded."),
    13: (["type", "target"], "Type: the court striking down a law (as unconstitutional) is a court ruling - "
                             "SANCTION convict ('find an entity or behavior guilty, unconstitutional') in "
                             "PLOVER - not a verbal criticism (ACCUSE disapprove). Target: 'Egypt' as a whole "
                             "is not the party acted upon; the law's maker (the parliament) is not named in the "
                             "sentence, so empty (or parliament) would be right. Source, date (Thursday = "
                             "document date), modality right."),
    14: ([], "All right. Ruto (KEN) conceded defeat: CONCEDE; the winning camp is not named in the sentence, "
             "empty target right; concession reported as this news, document date."),
    15: (["event"], "Spurious: a second event for the act already coded from this sentence (e2, #4): 'saying the "
                    "United States does not accept the legitimacy of continued Israeli settlements' is the "
                    "content of the same criticism ('took aim at'). A negated AGREE is moreover no act; the "
                    "refusal, if coded apart, would be REJECT asserted, not AGREE negated."),
    16: (["target", "date"], "Target: the warning is aimed at Ukraine and Georgia (and NATO), all named in the "
                             "sentence; empty is wrong. Date: 'Moscow has warned' reports earlier, undated "
                             "warnings as background to the summit, not an act of the document's day; it is "
                             "given the document date, which is wrong (unknown would be right). THREATEN, source "
                             "Russia (RUS), asserted right."),
    17: (["target"], "Target: 'press the ruling' means pressing China on the tribunal ruling, and Beijing is named "
                     "in the same sentence ('raise it with Beijing'); empty is wrong. Event/type accepted: a "
                     "negated REQUEST (a statement that he will not press); modality negated accepted (it is also "
                     "future). Date unknown right: 'has said' at an unstated time."),
    18: ([], "All right. Fujimori (PER) resigned (faxed his resignation): RETREAT resign, year 2000 from the "
             "sentence; no target named."),
    19: ([], "All right. Police detained dozens of people in Moscow, St Petersburg (previous sentence makes the "
             "country plain: RUS); Friday evening = 16 Feb 2024, the document date; asserted with reported_by "
             "rights groups."),
    20: (["event"], "Spurious: 'aid groups have warned of a second wave of deaths from disease and hunger' is a "
                    "warning of a danger, a word in another sense - no threat of coercion against anyone."),
    21: ([], "All right. UN tally of at least 1,500 killed since the run-off: ASSAULT count, killers unnamed, "
             "victims in Ivory Coast (CIV); a total summed since an earlier time has no date."),
    22: (["event"], "Spurious (borderline): a government suspending payments on its foreign debt is a sovereign "
                    "default forced by the collapse of its reserves, not a reduction of relations aimed at a "
                    "political actor; there is no target, and a PLOVER coder would not code it as SANCTION. Had "
                    "it been an event, 2022-04 ('last month') would have been the right date."),
    23: (["date"], "Date: 'later in the day' is the day of the bombing, 9 Sep 2004 (the document date); 2003-10-09 "
                   "is taken from 'the October 9 federal election' in the previous sentence, with the wrong year "
                   "as well. CONSULT visit (foreign minister flying to Jakarta) accepted; target Indonesia via "
                   "'Jakarta' right; source Downer (AUS) right."),
    24: ([], "All right. Passive 'was killed' with no killer in the sentence: empty source right by the rule "
             "(the U.S. drone strike is in the first paragraph). Target Soleimani (IRN); al-Muhandis, also "
             "killed, is missing from the target list but the party given is right. 3 Jan 2020 explicit."),
    25: ([], "All right. Trump (USA) warned that any country helping Iran could be sanctioned: THREATEN; the "
             "target is an indefinite set ('any country'), so empty is right. Said on Tuesday = document date."),
    26: (["type"], "Type: approving the police's request 'to deploy the army' is the president ordering a "
                   "deployment of troops - MOBILIZE troops (ZAF) - not verbal SUPPORT of his own police; a coder "
                   "codes the act approved. Empty target right for a deployment (attackers unnamed). Source Mbeki "
                   "(ZAF), Wednesday = 21 May 2008, asserted right."),
    27: (["source"], "Source: 'Critics, including opposition parties and church leaders' criticising 'the "
                     "government' in a South Africa story are plainly South African; the empty country code is "
                     "wrong by the rule (ZAF). Target government (ZAF), date, modality right."),
    28: (["modality"], "Modality: Trump did not cancel the summit; the cancellation is only the content of "
                       "Democrats' calls, so it is at most hypothetical, not asserted. Type SANCTION (halting "
                       "talks, CAMEO 164), source Trump, empty target (Putin not named in the sentence) and "
                       "unknown date accepted for the requested act. I would code instead REQUEST: Democrats "
                       "-> Trump."),
    29: (["target"], "Target: the IMF refused to release the payment to Argentina's government, which the same "
                     "sentence refers to ('saying the government had missed its fiscal targets'); empty is "
                     "wrong. REJECT accepted (refusing a disbursement requested; SANCTION withhold aid also "
                     "possible). 5 Dec 2001 explicit, right."),
    30: ([], "All right. Canberra (AUS) called for an independent inquiry in April 2020 (month explicit); the "
             "sentence does not say whom the call was addressed to, so empty target is right."),
    31: (["source"], "Source: 'the four leaders' are Putin, Zelenskiy, Macron and Merkel (RUS, UKR, FRA, DEU); a "
                     "single group coded UKR gives a wrong country. Type SUPPORT accepted ('finalizing an "
                     "agreement' in a joint statement; AGREE would also do). Empty target right for a reciprocal "
                     "agreement (PLOVER extraction note). Document date right."),
    32: (["type", "target"], "Type: messages of congratulation are SUPPORT (CAMEO 051 praise), not CONSULT (no "
                             "consultation). Target: dateline makes Sharif and the Chinese leaders each other's "
                             "targets; the congratulation is to Modi (not named in this sentence, so empty or "
                             "Modi would be right). Sources Sharif (PAK) and Chinese leaders (CHN) right."),
    33: ([], "All right. Signing a ceasefire: RETREAT ceasefire (CAMEO 0871 -> RETREAT ceasefire; SUPPORT for "
             "the signing would also do). Mutual army (AGO) / UNITA (AGO); Thursday = 4 Apr 2002."),
    34: ([], "All right. 'Its president' = the electoral tribunal's, Salvador Romero (BOL), urged patience: a "
             "REQUEST to the public, no addressee named; document date."),
    35: ([], "All right. Moscow's ban on Polish fruit and vegetables: an import ban, COERCE (CAMEO 163 embargo -> "
             "COERCE restrict; mode 'ban' is not scored). Source Russia, target Poland; 'last week' before "
             "Thu 7 Aug 2014 = 2014-W31, right."),
}


def main() -> None:
    items = [json.loads(line) for line in (HERE / "events-c-items.jsonl").open(encoding="utf-8")]
    assert sorted(V) == [item["n"] for item in items] == list(range(1, 36))
    out = []
    for item in items:
        false, reasons = V[item["n"]]
        assert all(f in FIELDS for f in false), item["n"]
        spurious = "event" in false
        verdict = {f: (not spurious and f not in false) for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        row = dict(item)
        row["verdict"] = verdict
        row["reasons"] = reasons
        out.append(row)
    with (HERE / "events-c.jsonl").open("w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10} {'right/35':>9} {'right/real':>11}")
    for f in FIELDS + ["all"]:
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:10} {a:>6}/{len(out)} {b:>8}/{len(real)}")
    print("spurious:", len(out) - len(real), [r["n"] for r in out if not r["verdict"]["event"]])
    for f in FIELDS[1:]:
        print(f"false {f}:", [r["n"] for r in real if not r["verdict"][f]])


if __name__ == "__main__":
    main()
