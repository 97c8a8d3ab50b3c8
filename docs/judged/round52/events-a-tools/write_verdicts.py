"""Round 52, judge a: verdicts on the 60 sampled events (events-a-items.jsonl).

V = {n: ([false fields], "reasons")}.  "event" in the list means spurious (then every field is false).
Writes ../events-a.jsonl (item line + "verdict" + "reasons") and prints the per-field table.
Run from docs/judged/round52:  python events-a-tools/write_verdicts.py
"""
import json
from pathlib import Path

FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = FIELDS  # spurious

V = {
    1: (ALL, "Spurious. 'warning that NATO expansion was a provocation': NATO enlargement (new members) is the topic "
             "of Putin's warning, not a troop mobilisation reported in the story; the acts in the sentence are Putin's "
             "criticism/accusation of the U.S. (coded as e1, e2)."),
    2: (ALL, "Spurious. Israeli officials 'refused to discuss the Syrian claim' is declining to comment (CAMEO 011), "
             "which PLOVER drops; no request or proposal is rejected. Even as REJECT the source country would be "
             "wrong: the officials are in Olmert's (Israeli) office, not SYR."),
    3: ([], "All right by the conventions: the sentence refers to Hamas's attack of that Saturday; no party is named "
            "or referred to in the sentence, so empty source/target are right; date = the attack's day. I would code "
            "otherwise: a re-mention of the attack already coded from the first sentence (e1), which an event "
            "dataset would not count a second time."),
    4: (["target"], "Target: the promise is that 'these countries' (Ukraine and Georgia, referred to in the "
                    "sentence) will become members; empty is wrong. Source: Scheffer speaking for 'we' (NATO "
                    "allies) with NATO code is accepted. Date 'today' = 2008-04-03 right."),
    5: (ALL, "Spurious (duplicate). 'protesters have attacked and set fire to factories, flower farms and vehicles' "
             "is one act, a violent riot against businesses, already coded from this clause as e7 PROTEST riot; this "
             "ASSAULT is a second event for it. (Its source also wrongly adds the Netherlands: the Dutch own the "
             "damaged businesses.)"),
    6: ([], "All right: assassination of Rajiv Gandhi by a suicide bomber, 1991 given; the bomber's group/country is "
            "not in the text, so an empty code is right."),
    7: ([], "All right: demonstrators refusing to leave despite police tear gas = REJECT (defy the order to "
            "disperse); no party named as target, so empty is right. Hong Kong protesters coded CHN accepted "
            "(the SAR is under Chinese rule, as the story says)."),
    8: (["target"], "Target: the measure imposes visa bans and asset freezes 'on Russians linked to the death of "
                    "Sergei Magnitsky', a group named in the sentence (RUS); empty is wrong. Type COERCE (CAMEO 163 "
                    "sanctions -> COERCE restrict) and date (signed December 14) right."),
    9: (["type", "date"], "Type: 'ordered an investigation into how he was able to slip away' is launching an "
                          "investigation, ACCUSE investigate, not a REQUEST. Date: Nigeria's statement is part of "
                          "this news (Taylor vanished two days before), so the document date 2006-03-29 is expected; "
                          "no date is wrong."),
    10: ([], "All right: mutual AGREE of Russia and Ukraine (their leaders), Monday = 2019-12-09."),
    11: ([], "All right: warning Kiram he could face charges = THREATEN (legal action); pluperfect 'had warned', "
             "earlier and undated, so no date is right."),
    12: ([], "All right: signing the Kumanovo withdrawal deal = SUPPORT (sign agreement); 'Military commanders' with "
             "no country given is a right party with empty code; no counterpart named; Wednesday = 1999-06-09."),
    13: ([], "All right: Obama met Mubarak on Thursday before the speech (morning tag consistent with the text)."),
    14: ([], "All right: Camara's initial promise to hand power to civilians = AGREE; earlier act with no date in the "
             "text, so no date is right; no addressee named, empty target accepted."),
    15: (["date"], "Date: 'Investigators have since searched Yukos offices' covers searches over the four months "
                   "since Lebedev's arrest, a span not reported as this news; the document date is wrong (no date "
                   "would be right)."),
    16: ([], "All right: 'her government would not recognise Franco' = SUPPORT (recognition, 054) negated; source "
             "'her government' = Argentina government; reported this day. (A coder might instead code REJECT "
             "asserted; both are accepted readings.)"),
    17: ([], "All right: Japan's concern that Russia could help North Korea's missile programmes: AID hypothetical, "
             "undated. (I would hesitate to code a voiced fear at all, but the conventions admit hypothetical acts.)"),
    18: ([], "All right: UN mission (UNAMI) urged all parties in Iraq to refrain = REQUEST; IRQ for the parties is "
             "plain from the text."),
    19: ([], "All right by the conventions: 'condemned the crackdown' names no party (the crackdown is an act), so "
             "empty target is right. I would code the Egyptian government/security forces as target."),
    20: (["source", "date"], "Source: the Special Court for Sierra Leone (seated in Freetown) is coded LBR, a wrong "
                             "country (SLE or none). Date: 'has charged' is the standing indictment on which Taylor "
                             "was arrested, a background act of an earlier time; the document date is wrong."),
    21: ([], "All right: Obama telephoned Modi to congratulate him = SUPPORT, a separate act from the call (CONSULT) "
             "and the invitation (AGREE) coded from the same sentence."),
    22: (["date"], "Date: '125 people had been killed ... in five days of street battles' is a total summed over a "
                   "span; by the round-20 rule it has no date, so the document date is wrong. Empty source right "
                   "(the sentence names no side)."),
    23: (["target"], "Target: the call for 'a new beginning between the United States and Muslims around the world' "
                     "is addressed to Muslims, named in the sentence; empty is wrong. Type REQUEST for 'called for' "
                     "accepted (AGREE/intent to cooperate would also be defensible)."),
    24: ([], "All right: EU officials urged Israel to withdraw, Friday 2002-03-29."),
    25: (["target"], "Target: 'the group' is the armed Filipino intruders sent by Kiram (his followers), not "
                     "'Inspector' (a fragment of the Inspector-General of Police from another paragraph)."),
    26: (["target"], "Target: the memorandum was signed with UNITA's military chief Gen. Abreu Kamorteiro (or UNITA); "
                     "'Angola parliament' is only the venue ('in parliament')."),
    27: (["type"], "Type: North Korea 'freeing itself from the treaty' is withdrawing from the NPT = SANCTION withdraw "
                   "(a country withdraws from a treaty), not RETREAT release (release captives). Source, empty "
                   "target, date right."),
    28: ([], "All right: EU opened membership negotiations with Turkey = CONSULT (negotiate, 046); late on Monday = "
             "2005-10-03."),
    29: ([], "All right: MP Athukorala shot dead a man, Monday 2022-05-09; reported by police."),
    30: (["date"], "Date: the Netanya bombing was 'two days' before the offensive of Friday 2002-03-29, i.e. "
                   "2002-03-27; the text gives it, so no date is wrong. Target '22 people' with empty code accepted."),
    31: ([], "All right: UN Security Council approved an international security presence = SUPPORT (approve), "
             "'the following day' = 1999-06-10."),
    32: ([], "All right: crowds burning homes and vehicles of ruling-party politicians = PROTEST riot; Sri Lanka as "
             "target accepted (aimed at the ruling party/authorities). I would code the ruling-party politicians "
             "(LKA) as target."),
    33: ([], "All right: 30 killed in clashes after Morales's departure, a total over a span, so no date is right; "
             "no perpetrator named."),
    34: (ALL, "Spurious (duplicate). 'gave up absolute power ... and accepted a constitutional role' is one act, the "
              "king's concession of 1990, already coded from this sentence as e6 (CONCEDE); 'accepted' adds no act. "
              "(Its date would also be wrong: the text gives 1990.)"),
    35: ([], "All right: SDF said at least five civilians were killed (SYR), same day 2019-10-09; no perpetrator in "
             "the sentence, empty source right."),
    36: ([], "All right: the court ordered the NAB to file corruption cases = REQUEST (order) court -> NAB. I would "
             "also code ACCUSE allege court/NAB -> Sharif."),
    37: (["date"], "Date: 'has promised to hand power ... by the end of June' is the military's earlier promise "
                   "(background, made months before), not this news; the document date is wrong."),
    38: (["target"], "Target: the strike hit the theatre 'where hundreds of civilians were sheltering' (Mariupol, "
                     "UKR); the civilians are named in the sentence, so empty is wrong. Date March 2022 right."),
    39: (["source", "target"], "Source: Kabbah's government (name cut to 'Ahmad Tejan') has no country code; it is "
                               "Sierra Leone's (SLE). Target: Foday Sankoh, RUF leader and vice-president of Sierra "
                               "Leone, also coded with empty country; SLE is plain. Undated pluperfect accusation: "
                               "no date accepted."),
    40: (ALL, "Spurious. 'Syria gave no indication of what, if anything, had been hit' asserts no attack; it is an "
              "embedded question about whether the Israeli jets hit anything (the incursion is coded elsewhere)."),
    41: (["date"], "Date: Putin and Zelenskiy's separate talks on gas were held at the Paris summit on Monday, the "
                   "news of the story; the date 2019-12-09 is expected, no date is wrong."),
    42: (["date", "modality"], "Modality: Yanukovych 'has ruled out seeking NATO membership' - seeking is negated "
                               "(or a REJECT asserted), not asserted. Date: the ruling-out is an earlier campaign "
                               "statement ('has said ... has ruled out'), not this news; document date wrong."),
    43: (["date"], "Date: 2012-06-15 is the date of the Curuguaty clash in the previous sentence; the lawmakers' "
                   "accusation came in the impeachment this week (no date given), so June 15 is wrong."),
    44: ([], "All right: recall of ambassadors = SANCTION withdraw (161), Wednesday 2014-03-05."),
    45: (["source", "date"], "Source: 'He' is Nawaz Sharif (the subject of the paragraph), not Pervez Musharraf. "
                             "Date: 'has criticised U.S. drone strikes' is an earlier campaign stance, not this news; "
                             "document date wrong."),
    46: ([], "All right: military declared a nationwide curfew = COERCE curfew, IRQ, 2022-08-29 (the 15:30 is when "
             "the curfew took effect; day right)."),
    47: (["source"], "Source: 'It' is the junta (Myanmar government), not the United Nations. Target: U.S. (one of "
                     "the U.S., French and British warships) accepted. Ongoing refusal, document date accepted."),
    48: ([], "All right: Navalny arrested in January 2021; no arresting party named."),
    49: ([], "All right by the conventions: alleged military backing of the case, reported (inside the allies' "
             "accusation), no party as target. (reported_by names the army, which denies; the speakers are "
             "Sharif's allies - not a scored field.)"),
    50: (["target"], "Target: McCain condemned the news conference as one of the most disgraceful performances 'by "
                     "an American president' - Trump, referred to in the sentence; empty is wrong."),
    51: ([], "All right: Netanyahu ordered mobilisation of reservists = MOBILIZE, 2023-10-07."),
    52: (ALL, "Spurious. 'calling up reservists to fight in Ukraine' is the purpose of the mobilisation (MOBILIZE, "
              "coded as e1); no assault by Putin is reported, and a future fight would not be asserted."),
    53: ([], "All right: Aoun expected to begin consultations with lawmakers = CONSULT future, undated."),
    54: (["date"], "Date: the summons happened 'in recent weeks', not on Tuesday 2014-03-04 (the GCC meeting in the "
                   "previous clause); the text gives no day."),
    55: ([], "All right: Hong Kong police warned they could use 'higher levels of force' = THREATEN, 2014-09-28."),
    56: (["source", "target"], "Source: the RCD is an Algerian party; it is coded with no country, and a spurious "
                               "'Berber[DZA]' person is added. Target: the threat to pull its ministers out of the "
                               "cabinet is aimed at the Algerian government (the coalition/'the authorities'), not "
                               "at its own ministers."),
    57: ([], "All right: Biden blaming Iran-backed militant groups = ACCUSE; groups' country not given, empty right "
             "(name truncated to 'backed militant groups' but the right party)."),
    58: ([], "All right: demonstrators marched on the presidential administration building = PROTEST demo, target "
             "Ukraine (aimed at the authorities), Friday 2001-03-09."),
    59: (["target", "date"], "Target: the attacks (April's Easter bombings of churches and hotels) 'damaged' Sri "
                             "Lanka's government politically; the government was not attacked, and it is coded IND "
                             "(wrong country). Date: the text gives April 2019 for these attacks; no date is wrong."),
    60: ([], "All right: Mbeki has been criticised for his quiet diplomacy (ongoing criticism, document date "
             "accepted); no critic named, empty source right."),
}

HERE = Path(__file__).resolve().parent.parent


def main():
    items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        assert set(false) <= set(FIELDS), it["n"]
        if "event" in false:
            false = FIELDS
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    with open(HERE / "events-a.jsonl", "w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':<10}{'right/60':>10}{'%':>7}{'right/real':>12}{'%':>7}")
    for f in FIELDS + ["all"]:
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:<10}{a:>6}/60{100*a/60:>7.1f}{b:>8}/{len(real)}{100*b/len(real):>7.1f}")
    print(f"spurious: {60-len(real)}  ({', '.join(str(r['n']) for r in out if not r['verdict']['event'])})")
    for f in FIELDS[1:]:
        bad = [r["n"] for r in real if not r["verdict"][f]]
        print(f"{f} wrong on real events: {len(bad)} {bad}")


if __name__ == "__main__":
    main()
