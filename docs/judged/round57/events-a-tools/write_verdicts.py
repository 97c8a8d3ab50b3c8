"""Round 57, judge a: verdicts on the 50 sampled events (events-a-items.jsonl).

V maps item n -> ([false fields], "reasons"). A spurious event (event false) is false in every
field. Writes ../events-a.jsonl (each item line plus "verdict" and "reasons") and prints the
per-field table. Scored by docs/judged/CONVENTIONS.md.

usage (from docs/judged/round57): python events-a-tools/write_verdicts.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEMS = HERE.parent / "events-a-items.jsonl"
OUT = HERE.parent / "events-a.jsonl"
FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPURIOUS = ["event", "type", "source", "target", "date", "modality"]

V = {
    1: (["target"], "REJECT by Iran of Israel's charges is right; the target 'foreign ministry spokesman' is "
        "Iran's own spokesman (the one who called the charges baseless), not the party rejected. Israel, "
        "whose charges they are, is not named or referred to in the sentence, so empty was right."),
    2: ([], "All right. Empty source is right: 'the attack' refers to the act, not to a party, and the "
        "Ivorian warplanes are named only in the previous sentence. Target 'other soldiers' = French "
        "soldiers, FRA plain. Date 2004-11-06: the raid was on Saturday (the French reply came 'within "
        "hours' of it). Not a duplicate: the wounding is the only act coded from this sentence."),
    3: (["date"], "SANCTION expel Canada -> Indian diplomat is right (PLOVER SANCTION mode expel). Date: "
        "Canada's expulsion is background, placed with Trudeau's Monday statement ('The move came a day "
        "after ...'); India's Tuesday expulsion (the news) answers it. A background act of an earlier time "
        "given the document date (2023-09-19) is wrong by the conventions."),
    4: ([], "All right, with a doubt: 'defended the arrest' is PLOVER SUPPORT (approve policy or action); "
        "target empty is right (the police who made the arrest are not named in the sentence). Present "
        "perfect, reported as news: document date right."),
    5: (["type", "source", "target"], "Type: offering condolences is CAMEO 018 (empathetic comment), which has "
        "no PLOVER type; the act a coder codes here is the leaders' visit to Riyadh, CONSULT visit. "
        "Source: 'Leaders from across the Arab world' are not Saudi; SAU is wrong (no single country, empty "
        "code). Target: 'the capital' = Riyadh, i.e. Saudi Arabia as host (as 'travel to Egypt' takes "
        "Egypt); empty is wrong. Date (burial day = document date) and modality right."),
    6: ([], "All right. 'told residents to register their weapons' is an order: REQUEST (PLOVER: requests, "
        "demands and orders). Officials in Addis Ababa ETH, residents ETH. Date: 'Hours earlier' than the "
        "Tuesday declaration, 2021-11-02 at day precision."),
    7: (["target", "date"], "CONSULT (hosting) by Clinton is right. Target 'leaders[None]': 'the two leaders' "
        "are Netanyahu (ISR) and Abbas (PSE); a description without their countries is not the right "
        "party/code. Date: the hosting is Thursday's talks, the news of the story (document date "
        "2010-09-02, as dateline gave the 'urged' event of the same sentence); None/unknown is wrong."),
    8: (["source", "target", "modality"], "Kept as an event (a negated/hypothetical act, as the conventions "
        "treat 'refused to withdraw'), though a coder could also say there is no act here. Modality: "
        "Sasser 'did not believe the crowds intended to storm' - hypothetical (or negated), not future. "
        "Source: 'the crowds' are the Chinese protesters at the Beijing embassy, CHN plain; empty code "
        "wrong. Target: 'the building' is the U.S. embassy (USA); empty wrong. No date for a hypothetical: "
        "right."),
    9: (SPURIOUS, "Duplicate: 'settling a dispute' is the same act as 'Russia agreed ... to withdraw its "
        "troops', already coded from this sentence (e1, CONCEDE, which the PLOVER codebook gives for a "
        "promise to withdraw)."),
    10: ([], "All right. ACCUSE India's foreign ministry -> Canada, part of Tuesday's news, document date."),
    11: ([], "All right. ASSAULT U.S. forces -> Uday (Qusay left out, but the party given is right), "
          "July 2003 from the text."),
    12: ([], "All right. The loan was approved and $2.75 billion released immediately: aid given, AID. IMF "
          "with its own IGO code is acceptable (no seat country)."),
    13: ([], "All right. 'it' is the killing (an act), not a party; the killer is not named in the sentence, so "
          "empty target is right."),
    14: (SPURIOUS, "No act: 'saying it had \"always condemned acts of violence\"' is a habitual self-description "
          "inside Pakistan's denial, not a condemnation of anyone on this occasion; the act of the clause is the "
          "rejection, coded separately (e6)."),
    15: (["source"], "CONSULT Figueiredo -> Susan Rice, September 2013, right; but the source has no country: "
          "Foreign Minister Luiz Alberto Figueiredo is Brazil's (the previous sentence's 'Brazilian officials', "
          "the story is Brazil's) - BRA plain, None wrong (and 'country' kind for a person)."),
    16: (["source", "target", "date"], "SANCTION convict is right (PLOVER SANCTION mode convict: sentenced via "
          "court order). Target: 'He' is Zarqawi, not Osama bin Laden (named in the previous sentence as a "
          "comparison). Source: the sentencing was 'in Jordan', i.e. by Jordan's courts, named in the sentence; "
          "empty is wrong. Date: a background act of an earlier time (over the 2005 bombings) given the "
          "document date."),
    17: (SPURIOUS, "No act: the Security Council resolution 'condemning the votes' was vetoed, so the Council "
          "condemned nothing; the act of the sentence is Russia's veto (e10). At most a negated ACCUSE, but "
          "not an asserted UNSC condemnation."),
    18: (["source", "target"], "ACCUSE is right. Source 'Foreign Ministry[None]': 'the ministry' is Russia's "
          "Foreign Ministry (the story's subject), RUS plain, None wrong. Target 'tribunal[RUS/JUD]': the "
          "tribunal is the International Criminal Court, not a Russian court; RUS is wrong (empty/IGO right, "
          "no seat country in the text)."),
    19: (SPURIOUS, "Duplicate and reversed: 'in which some 1,200 people were killed' is the casualty count of "
          "Hamas's October 7 attack, already coded from this sentence (e10 'attack', Hamas as source); this "
          "event makes Hamas the target of its own attack."),
    20: ([], "All right, with a doubt: a parliament approving a constitutional amendment is PLOVER SUPPORT "
          "'approve policy, action' (no target needed); the row with India is a consequence, not a coded "
          "act. Date Saturday 2020-06-13."),
    21: (["target"], "THREATEN Israel is right, date and modality right. Target: the warning is that 'the "
          "offensive' against Hamas could widen; Hamas is named in the same sentence and is the party "
          "threatened, so an empty target is wrong."),
    22: ([], "All right. No protester is named ('scattered demonstrations were reported'); the protests "
          "were the anti-government protests called for Friday (= document date). Empty source and target "
          "are right: the sentence names no party."),
    23: (["target"], "ACCUSE is right. Target: 'its supporters' are Golden Dawn's supporters (GRC), not "
          "'Pakistan supporters' - wrong party and country."),
    24: ([], "All right. Kerry-Zarif meeting on Thursday 2013-09-26."),
    25: ([], "All right, with a doubt: 'the 40 million votes Sisi had called for during the campaign' is an "
          "appeal to voters (REQUEST), no target named; a campaign-time act with no calendar date left "
          "undated (basis unknown) is right."),
    26: (["target"], "Type AGREE accepted (a guarantee of a pension, dacha and security is a commitment to "
          "provide; a coder could also say AID or code the immunity grant as CONCEDE). Target: 'him' in the "
          "sentence is Yeltsin - the target must be Yeltsin; empty is wrong."),
    27: ([], "All right. Future visit (CONSULT) of Barak to Egypt on Friday 1999-07-09."),
    28: (["target", "date"], "REQUEST Annan -> Sankoh is right. Target code: Sankoh is the Sierra Leonean "
          "RUF rebel leader (the story is Sierra Leone's civil war) - SLE plain, None wrong. Date: the text "
          "gives no day for Annan's appeal ('Sunday' belongs to the previous sentence's panic in Freetown); "
          "by the conventions the document date 2000-05-08 is right, 2000-05-07 wrong."),
    29: ([], "All right. Release of three militants by India in December 1999: RETREAT release; the militants' "
          "country is not given, empty code right."),
    30: ([], "All right. COERCE ban by al Shabaab of foreign agencies; date 2009 (the text: 'in 2009 and 2010') "
          "at year precision is the start of the act, accepted."),
    31: ([], "All right. REJECT by Hariri; the group whose demand he refused is named only in the previous "
          "sentence, so empty target is right; undated background act, basis unknown, right."),
    32: ([], "All right. REJECT India -> Trudeau (CAN), Tuesday."),
    33: ([], "All right. REQUEST Washington -> Beijing."),
    34: ([], "All right. Arrest of Milosevic in April 2001 ('the following April' after October 2000); the "
          "arresting authority is not named, empty source right."),
    35: (["type", "target", "modality"], "Kept as an event (an act inside India's demand, as the conventions "
          "keep acts inside accusations). Type: Pakistan's alleged support of militant groups (letting them "
          "operate from its territory) is material support, not PLOVER SUPPORT, which 'only includes verbal "
          "support'. Target: 'them' = the militant groups, named in the same sentence; empty wrong. Modality: "
          "the act is India's claim inside its demand - reported, not asserted."),
    36: (["date"], "AGREE (offering autonomy) by Morocco is right; the offer is Morocco's standing position "
          "('regards ... offering'), still going on, so the document date; 1975 is the annexation's year."),
    37: (["target"], "SUPPORT is the CAMEO2PLOVER/PLOVER type for signing an agreement (057). Target: the "
          "'Russian-installed leaders of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions' are named "
          "in the sentence as the other signatories; empty target wrong."),
    38: ([], "All right. Torching of homes and shops (ASSAULT destroy); the rioters and owners are not named "
          "in the sentence; the act is pluperfect within two days of riots, no day given: undated right."),
    39: ([], "All right by the conventions: Brammertz, 'The Hague's chief prosecutor', gets the seat country "
          "the text gives (NLD). I would code him as the U.N. tribunal (IGO), not NLD."),
    40: ([], "All right. REJECT Pakistan of India's allegations; India is not named in this sentence, empty "
          "target right."),
    41: ([], "All right. REQUEST (appeal for calm) by the junta spokesman to Nigeriens, late Thursday "
          "2010-02-18."),
    42: (["date"], "SUPPORT (ratify, PLOVER) negated by Russia is right. Date: 'never ratified' has no date; "
          "2000 is the year of the signing, not of the (non-)ratification."),
    43: ([], "All right, with a doubt: 'proposed a bipartisan commission' is an offer/commitment to cooperate, "
          "AGREE; no party named as target."),
    44: ([], "All right. SUPPORT Putin -> Pashinyan, Monday 2021-06-21."),
    45: ([], "All right. Mutual AGREE Russia-Turkey (both on each side covers 'A and B agreed')."),
    46: (["source", "target"], "SANCTION is right. Source: the Treasury is the U.S. Treasury (Washington in the "
          "same sentence), not RUS. Target: 'more Russian officials' right, but 'lawmakers' are Russian "
          "lawmakers ('Russian officials and lawmakers') - None wrong."),
    47: ([], "All right. REQUEST Washington and European governments -> Sudan."),
    48: (["source", "target"], "PROTEST Monday in Freetown right. Source: demonstrators in Sierra Leone's "
          "capital - SLE plain (conventions: protesters in a named country's capital), None wrong. Target: "
          "the march demands that Sankoh release the hostages - aimed at the rebels, not the authorities, so "
          "the Sierra Leone government is wrong (Sankoh or empty would be right)."),
    49: ([], "All right. Basayev killed 'overnight' before Monday's statement; killer not named in the "
          "sentence, empty source right; RUS for a Chechen rebel right."),
    50: (["target"], "SUPPORT future (open an embassy = expand diplomatic cooperation) by Honduras is right, "
          "undated future right. Target: 'embassy' is the thing opened, not a party; 'there' = Beijing, "
          "so the target is China."),
}


def main() -> None:
    items = [json.loads(line) for line in ITEMS.read_text().splitlines() if line.strip()]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    rows = []
    for it in items:
        false, reasons = V[it["n"]]
        assert set(false) <= set(FIELDS), it["n"]
        if "event" in false:
            assert set(false) == set(FIELDS), it["n"]
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rows.append({**it, "verdict": verdict, "reasons": reasons})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    real = [r for r in rows if r["verdict"]["event"]]
    print(f"{'field':<10} {'right/50':>9} {'right/real(' + str(len(real)) + ')':>16}")
    for f in FIELDS + ["all"]:
        a = sum(r["verdict"][f] for r in rows)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:<10} {a:>6}/50 {b:>12}/{len(real)}")
    print(f"spurious: {50 - len(real)} ({', '.join(str(r['n']) for r in rows if not r['verdict']['event'])})")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
