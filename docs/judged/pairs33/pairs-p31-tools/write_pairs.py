"""Judge p31, pairs33 items 1-25: my judgments as data, written to pairs-p31.jsonl.

Run from the repo root:  python3 docs/judged/pairs33/pairs-p31-tools/write_pairs.py
Field order for a non-null side: event, type, source, target, date, modality ("all" is derived).
A null side is {"omit_right": bool}.  Scored by docs/judged/CONVENTIONS.md.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "pairs-p31.jsonl"
ITEMS = HERE.parent / "items.jsonl"

FIELDS = ("event", "type", "source", "target", "date", "modality")
T, F = True, False


def side(*flags):
    """side(e, t, s, tg, d, m) -> scored dict; side(omit=...) handled by omit()."""
    d = dict(zip(FIELDS, flags))
    d["all"] = all(flags)
    return d


def spurious():
    return side(F, F, F, F, F, F)


def omit(right):
    return {"omit_right": right}


J = {
 1: (side(T, T, T, F, T, T), side(T, T, T, F, T, T), "Y",
     "Both: US crackdown is a real COERCE act, source United States right. Target: the sentence names the group acted "
     "upon ('people thought to be supporters of the Islamic Movement of Uzbekistan'), so Y's empty target is wrong by "
     "the rules; X names that group but gives it USA, which the text does not support (they are the crackdown's "
     "victims in the territory, not Americans; the code should be empty). Both wrong on target, but X's USA code turns an "
     "international coercion into a USA-USA domestic dyad, which misleads more than Y's gap. Date 2023-W24 is shared: "
     "it comes from 'this week' (the trial), the crackdown is ongoing so the document date would be the strict answer; "
     "W24 contains it and I accept it for both."),
 2: (omit(F), side(T, T, F, T, T, T), "Y",
     "'The three leaders also agreed they would pursue an expansion of the economic zone' is a new AGREE (a second, "
     "distinct commitment after 'launch a new chapter'), so X's null misses it. Y: type, empty target (reciprocal "
     "agreement, codebook: both as actors, no recipient), document date (meeting reported as news) and modality are "
     "right; the source is the right party but MEX is wrong for a group of three leaders of three countries "
     "(NAFTA: US, Mexico, Canada) - it should be empty or the three states."),
 3: (side(T, T, T, T, F, T), side(T, T, T, T, F, T), "X",
     "Killing of the two men (ASSAULT, unknown killers, target 'two men' in Abuja -> NGA) is right on both. The sentence "
     "dates it 'Jan. 3'; the context gives the year: 'two killings on January 3, 2015'. X 2023-01-03 has the wrong "
     "year; Y gives the document date though the text gives a date. Both dates wrong; X is closer (it reads the text's "
     "day and month, only the year anchoring is wrong) while Y ignores the explicit date."),
 4: (omit(F), side(T, T, T, T, T, T), "Y",
     "'The rebels also agreed to continue a program to restore damaged schools...' is an AGREE (commitment to "
     "cooperate, within the ceasefire accord), distinct from the previous sentence's pledges. Y: source rebels right "
     "(they fight in Southern Italy per the context, ITA is defensible; empty would also do), no counterpart named "
     "-> empty target right, document date and asserted right. X misses it."),
 5: (omit(T), side(T, T, T, T, T, F), "same",
     "Same sentence as item 21: the two versions code this one act once each, Y's version under trigger 'conducted' "
     "(MOBILIZE weapons), the other under 'drills' (MOBILIZE troops, item 21), so X's null here misses nothing (a "
     "second record would be a duplicate). Y: MOBILIZE is the type (CAMEO 15x); troops is the better mode for drills "
     "but mode is not scored. Source empty is right by the letter of the rules (the sentence names no conductor; "
     "'These ... drills' refers to the act, not a party) - I would resolve it to the drills' conductor if the story "
     "named one. Modality wrong: 'upcoming' drills have not happened, future. Document date accepted (no rule for "
     "undated future acts). Same error in both versions."),
 6: (omit(F), side(T, T, T, T, F, T), "Y",
     "'a rally of around 30,000 people in Istanbul' is a PROTEST demo; the aim is not named and police fired on it, so "
     "by the home-protest rule Turkey is a right target and 'around 30,000 people' TUR a right source. Y's date is "
     "wrong: 2023-06-09 is the Friday on which 'authorities said' (context), while the rally is a background act "
     "(the suit concerns July 2011, 'one day before a major political demonstration'), so the said-date is not the "
     "rally's date. X misses a clear event."),
 7: (side(T, T, F, F, F, T), omit(F), "X",
     "'protests by Qadhafi supporters' is a real PROTEST, so Y's null misses it. X: type right; source party right but "
     "USA is not given by the text (it says nothing of where or whose supporters; empty); target United States is "
     "named in no part of the sentence and is not clearly the party protested against (the protest could be aimed at "
     "the US-Qatar meeting, Qatar or the handover) - empty would be right; date 2023-06-14 is borrowed from the "
     "meeting scheduled 'yesterday', the protests are undated. X has the event and type (counts for recall) but "
     "its args are mostly wrong; still more right than a miss."),
 8: (side(T, T, T, T, F, T), omit(F), "X",
     "'the operation had been launched' is the air strike on Anderlecht retold (ASSAULT). X: type right; the sentence "
     "names no launcher (passive) and no target, so empty source and target are right by the rules; date unknown is "
     "wrong because the text dates the operation ('Wednesday night's international air strike', 2023-06-14). "
     "Y misses the act."),
 9: (omit(F), side(T, T, T, T, T, T), "Y",
     "'Ribeiro was also accused of stealing a $1,000 credit card' is ACCUSE allege (charge with a crime); accuser "
     "unnamed -> empty source right; target Ribeiro, a local resident of Port-au-Prince -> HTI; reported as news, "
     "document date; 'According to' is attribution, asserted. Y all right; X misses it."),
 10: (side(T, T, T, T, F, T), side(T, T, T, F, F, T), "X",
     "ASSAULT 'attacks on journalists', attackers unnamed (empty source right). The sentence names the journalists, "
     "so Y's empty target is wrong; X has them. Country: the text calls Libreville the capital once of Southern "
     "Rhodesia, so ZWE follows the text (world knowledge would say GAB); I accept it. Shared error: the attacks are "
     "a background act (they preceded the curfew's expansion, before the curfew now lifted) and get the document date."),
 11: (side(T, T, T, T, F, T), side(T, T, T, T, F, T), "Y",
     "The 'U.S. airstrike' whose aftermath the family filmed: ASSAULT aerial, source USA, no target named for it "
     "(empty right). Date: X's document date is certainly wrong (the filming and the death threat preceded the July 4 "
     "strike, so the airstrike is a background act of an earlier time). Y's 2022-07-04 is right only if the airstrike "
     "is the July 4 drone strike; 'a U.S. drone strike' (indefinite) reads as another strike, so I score it wrong too, "
     "but Y is right under a plausible reading and X under none."),
 12: (omit(T), spurious(), "X",
     "'The second bus ... was also evacuated' (after protesters threw stones) is not an act between political actors "
     "and certainly not AID; Y's event is spurious, X's null is right."),
 13: (omit(F), side(T, T, F, T, T, T), "Y",
     "The teachers' strike is a PROTEST strike; X misses it. Y: source name 'almost one' is a broken span (the party "
     "is 'an estimated 25,500 ... teachers', EST, EDU rather than CVL) - wrong party name; target Estonia right "
     "(strike at home, no other aim named; public-school teachers' employer is the state); ongoing strike -> "
     "document date right (I would also accept the start date April 20); asserted right."),
 14: (side(T, F, T, T, F, T), omit(F), "Y",
     "'Trump also pledged during his campaign to withdraw the US from the' (truncated). The act is a campaign pledge to "
     "withdraw from an agreement or body: SANCTION withdraw (future), not AGREE - X's type reverses the valence into a "
     "cooperative commitment. Date: 'during his campaign' is a background act of an earlier time, the document date "
     "is wrong. Y's null misses the pledge, but X's record (a cooperative Trump event dated today) misleads more than "
     "the gap; a coder could also skip this truncated fragment."),
 15: (side(T, T, T, F, T, T), omit(F), "X",
     "'Putin accused the investigation, ordered by Kremlin foe Alexei Navalny, of being politically motivated' is a "
     "clear ACCUSE (allege or disapprove); Y misses it. X: source Putin RUS right, document date and asserted right; "
     "target empty is wrong - the sentence names the party behind the investigation, Navalny (RUS), who is the "
     "party accused."),
 16: (omit(F), side(T, T, F, F, T, T), "Y",
     "'Hartmann was also convicted ... by court-martial' is SANCTION convict; X misses it. Y: source empty is wrong, "
     "the sentence names the court-martial; target Hartmann is the right person but HUN is only where the trial took "
     "place - the text makes him a Serb general (fighting 'for the sake of ... the Serb Republic'), so the code is "
     "wrong. Date (conviction reported with the trial story) and modality right. Right event and type beat a miss."),
 17: (side(T, T, T, F, T, T), omit(F), "X",
     "'Pangilinan's son was also detained' is COERCE arrest; Y misses it. X: detainer unnamed -> empty source right; "
     "target is wrong: Maria Pangilinan is the wife (arrested in the previous sentence), the person detained here is "
     "the son. Right event and type, wrong person."),
 18: (side(T, T, T, T, T, T), omit(F), "X",
     "'the riot still continues' is a PROTEST riot; Y misses it. X: the sentence names no rioters (empty source right "
     "by the rules) and no aim (empty target acceptable; the state - Russia per Kizlyar - would also be right by the "
     "home-protest rule); date Monday 2023-06-12 is the day the text gives; asserted right. (The police clearing the "
     "area is another act, not this item.)"),
 19: (omit(T), spurious(), "X",
     "'they are just one example of a number of major military drills being conducted globally' is a generic "
     "statement with no specific act and no actor - not an event. Y's MOBILIZE is spurious; X's null is right."),
 20: (side(T, T, T, F, T, T), side(T, T, T, T, T, T), "Y",
     "'attacks on security forces by the opposition' (Guatemala, IAEA statement): ASSAULT, source opposition GTM. "
     "The sentence names the security forces, so X's empty target is wrong and Y's 'security forces' GTM right. "
     "Ongoing trend -> document date, asserted with reported_by IAEA. I would have hesitated to code a 'growing trend "
     "of attacks' at all (no single act), but both code it and the difference is only the target."),
 21: (side(T, T, T, T, T, F), omit(T), "same",
     "Same sentence and act as item 5: X's version codes it under trigger 'drills' (MOBILIZE troops, the better mode), "
     "Y's version under 'conducted' (item 5), so Y's null here misses nothing. Fields as item 5: source and target "
     "empty right by the rules, document date accepted, modality wrong ('upcoming' drills are future)."),
 22: (side(T, T, T, F, F, T), omit(F), "X",
     "The bombing 'targeted to eliminate terrorists' is an ASSAULT (the Wednesday night air strike). X: bombers not "
     "named in the sentence -> empty source right; target wrong: the sentence names the terrorists as those attacked; "
     "date unknown wrong, the text dates the strike Wednesday night (2023-06-14). Y has no event for it here; if Y's "
     "version codes the same act under 'detonated' (not shown), X would be a duplicate and 'same' would be the call - "
     "on what the item shows, X's right event and type beat the gap."),
 23: (side(T, T, T, F, T, T), omit(F), "X",
     "'Also found guilty and sentenced to two years in jail is Luis Carlos Diaz' is SANCTION convict; Y misses it. "
     "X: court unnamed -> empty source right; target empty is wrong, the sentence names Diaz (former mayor, CHL); "
     "conviction reported as the news -> document date right; asserted right."),
 24: (side(T, T, T, F, T, T), omit(F), "X",
     "Namibia's Ministry of Foreign Affairs 'demanded $7,500' in a letter to Luxembourg: REQUEST, source right (NAM "
     "GOV). Target empty is wrong: the sentence names Luxembourg as the addressee. Letter reported as news -> document "
     "date; asserted. Y has no event for it; 'asked for the sum to be recalculated' and 'demanded $7,500' are close to "
     "one demand, so if Y codes the 'asked' REQUEST (not shown) the difference shrinks - on the item, X better."),
 25: (side(T, T, T, T, T, T), side(T, T, T, T, T, T), "same",
     "Identical PROTEST demo by protesters (USA), environmental aim -> empty target right by the home-protest rule, "
     "date 2016-12-05 from the context's captions. Only the date basis differs (narrative vs explicit; the sentence "
     "itself has no date, so 'narrative' is the truer label), which is not a scored field."),
}


def main():
    ns = [json.loads(l)["n"] for l in ITEMS.read_text().splitlines() if l.strip()]
    assert sorted(ns) == list(range(1, 26)) and sorted(J) == ns, "items and judgments out of step"
    items = {json.loads(l)["n"]: json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()}
    lines = []
    for n in sorted(J):
        x, y, better, reasons = J[n]
        for name, judged in (("X", x), ("Y", y)):
            is_null = items[n][name] is None
            assert is_null == ("omit_right" in judged), (n, name, "null side / scored side mismatch")
        assert better in ("X", "Y", "same")
        lines.append(json.dumps({"n": n, "X": x, "Y": y, "better": better, "reasons": reasons}, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n")

    # summary for pairs-p31.md
    cnt = {"X": 0, "Y": 0, "same": 0}
    allr = {"X": [], "Y": []}
    omit_r = {"X": [], "Y": []}
    omit_w = {"X": [], "Y": []}
    wrong = {"X": {}, "Y": {}}
    for n in sorted(J):
        x, y, better, _ = J[n]
        cnt[better] += 1
        for name, s in (("X", x), ("Y", y)):
            if "omit_right" in s:
                (omit_r if s["omit_right"] else omit_w)[name].append(n)
            else:
                if s["all"]:
                    allr[name].append(n)
                for f in FIELDS:
                    if not s[f]:
                        wrong[name].setdefault(f, []).append(n)
    print("better:", cnt)
    for s in "XY":
        print(s, "all fields right:", len(allr[s]), allr[s], "| null right:", omit_r[s], "| null wrong:", omit_w[s])
        print("  wrong fields:", wrong[s])


if __name__ == "__main__":
    main()
