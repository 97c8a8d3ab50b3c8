#!/usr/bin/env python3
"""Judge p2's blind paired judgments for pairs36 (40 items), scored by docs/judged/CONVENTIONS.md.

Codes per side:
  "EVTSDM" six letters T/F  -> event, type, source, target, date, modality ("all" derived)
  "SPUR"                    -> spurious event: wrong in every field
  "OMIT+" / "OMIT-"         -> side is null; coding no event here is right / wrong
Run from the repo root:  python3 docs/judged/pairs36/pairs-p2-tools/write_pairs.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = os.path.join(HERE, "..", "items.jsonl")
OUT = os.path.join(HERE, "..", "pairs-p2.jsonl")
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n: (X code, Y code, better, reasons)
J = {
 1: ("TTFTTT", "TTFTTT", "Y",
     "Source differs, wrong on both by the rules: the sentence names 'troops from several African countries', a group with no single country, so the right source is troops with an empty code. X codes them RWA (not in the text); Y leaves the source empty. Y is better because X's invented Rwandan actor makes a false dyad. Target empty is right on both ('the nation' is defended, and no party is acted upon); document date and asserted (reported_by Chumma) are right."),
 2: ("TTFTTT", "TTFTTT", "X",
     "Source differs, wrong on both: the deployed force is the Cuban Revolutionary Armed Forces (previous sentence), so CUB. X leaves it empty; Y names the party but codes it COL. X is better because Y's wrong country makes a false Colombian actor. Target Venezuela (the named destination), document date for a deployment still going on ('have been fighting ... for six months'), and asserted are right on both."),
 3: ("TTTFTT", "TTTTTT", "Y",
     "Target differs: X puts the deployed riot police (the units moved) as target. The sentence names no party acted upon ('to the square'), so Y's empty target is right. Source local police SVK (Bratislava), date 2023-06-16 ('tomorrow morning') and future ('are expected to deploy') are right on both."),
 4: ("TTFFTT", "TTTTTT", "Y",
     "Source and target differ: X has the Israeli soldiers as target and no source, a swapped role; Y has them as source and an empty target, which is right because Akrotiri is a place, not a party. Unknown date and future ('will be stationed') are right on both."),
 5: ("TTFFTT", "OMIT-", "X",
     "Y codes nothing at 'rallies', but the anti-government rallies in several cities are a real PROTEST, so Y's omission is wrong. X has the right event, type, Thursday date and modality. X's source 'rioters' is wrong: they are the Kiev rioters, and the rallies in other cities have no named participants. X's target is wrong too: the rallies are anti-government, and the sentence refers to the government, so the Ukrainian state is the target (crowd-protest rule)."),
 6: ("TTTTFT", "OMIT-", "X",
     "The beating to death of an imam is a real ASSAULT, so Y's omission is wrong. X has the right type, an empty source (unnamed attackers) and the target imam BGD. X's date is wrong: the killing is a background act from before the campaign, with no date in the text, and X gives it the document date."),
 7: ("TTFTFT", "TTTTFT", "Y",
     "Source differs: X codes the school (the place of the rally) as source; the sentence names no participants, so Y's empty source is right. Both get the date wrong: the rally was on Friday (previous sentence, 2023-06-09), and both give the document date of the criticism. Target empty is right on both: the sentence names no aim."),
 8: ("TTTFTT", "TTFFTT", "X",
     "Source differs: the sentence names the National Guard (ECU). X codes it; Y leaves the source empty. Target is wrong on both: the deployment is aimed at the protesters, whom 'the protests' refers to, and both leave the target empty. Document date and asserted are right on both."),
 9: ("OMIT-", "TTTFTT", "Y",
     "X codes nothing, but the stabbing of a soldier is a real ASSAULT, so the omission is wrong. Y has the right source (Palestinian terrorists, PSE), document date and modality ('Israeli sources claimed' makes the act reported). Y's target is wrong only on the country: the soldier is coded with no country, but the text makes plain he is IDF (next sentence), so ISR."),
 10: ("OMIT-", "TTTFFT", "Y",
     "X codes nothing at the protest at Obama's home, a real PROTEST, so the omission is wrong. Y's source (protesters USA) is right. Y's target is wrong: the protest is aimed at the president, whom the sentence names ('demand that the president resign'). Y's date is wrong: the march was on Saturday (2023-06-10), and Y gives the document date."),
 11: ("TTTTTT", "OMIT-", "X",
     "An eight-year-old boy stabbed to death in the Tuvalu riot is a real ASSAULT (civilian victim, unnamed attackers), so Y's omission is wrong. X is right in all fields: empty source, target the boy TUV, no date (the text gives none) and asserted."),
 12: ("OMIT-", "TTTFFT", "Y",
     "An army patrol targeting Islamist militants is a codable MOBILIZE, so X's omission is wrong. Y's type and source (army EGY) are right. Y's target is wrong because it adds Egypt, the patrolling state, beside the militants. Y's date is wrong: Monday belongs to the curfew, and the text gives the patrol no date. Asserted is kept: 'what it said was' is attribution to state TV."),
 13: ("OMIT-", "TTTFFF", "X",
     "Y codes a 'potential government crackdown ... next month' as an asserted COERCE with the document date, so its date (next month) and modality (hypothetical) are wrong. Its target is also wrong: the crackdown is on the counter-demonstrators, and Y leaves it empty. X's omission is also wrong, because the conventions code hypothetical acts with their modality. X is still better: Y reports as having happened today a crackdown that is only a possibility for next month."),
 14: ("OMIT-", "TTTTTT", "Y",
     "The army offensive that killed 12 is a real ASSAULT, so X's omission is wrong. Y is right in all fields: army LVA; an empty target (the victims are unidentified 'people' on 'the territory'); 2023-W23, since 'early in the week' is the week of clashes before the accord signed three days before Tuesday 13 June; and asserted."),
 15: ("TTTFTT", "OMIT-", "X",
     "The police crackdown on Odinga's supporters is a real COERCE, so Y's omission is wrong. X's source (police KEN), date (an ongoing crackdown, 2023-06-15) and modality are right. X's target is wrong: the supporters have no country code though they are plainly Kenyan, and Odinga is added though he is not the party acted upon."),
 16: ("OMIT+", "SPUR", "X",
     "Event differs: 'part of a disturbing pattern of the military bombing of cities and towns' is the writer's generalisation about a pattern, not a reported act. The bombing itself was coded in the earlier sentences. Y's ASSAULT with the document date is spurious; X's omission is right."),
 17: ("TTTTTT", "TTTFTT", "X",
     "Target differs: Y puts the Nigerien troops (the force that was sent) as target. They are the units moved, not a party acted upon, and the sentence names only a purpose ('to help counter an Islamist group'), so X's empty target is right. Source China, date 2022-09 and asserted are right on both."),
 18: ("TTTFFT", "OMIT-", "X",
     "The protests in Tokyo are a real PROTEST, so Y's omission is wrong. X's source (protesters JPN) is right. X's target is wrong: the protests are against the government's plans, and the sentence names the government, so the Japanese state is the target. X's date is wrong: the text dates the protest Tuesday (2023-06-13), and X gives the document date."),
 19: ("TTTFFT", "OMIT-", "X",
     "The stabbing to death of the pastor is a real ASSAULT, so Y's omission is wrong. X's type and source (local resident IDN) are right. X's target is wrong: 'him' is the pastor Rachmul/Ibrahim, not Anwar, who is the speaker. X's date is wrong: 2023-06-09 is the date of the quote, and the text dates the killing June 16. X is the weak winner: it holds a real event with the right type and source."),
 20: ("TTTFTT", "OMIT-", "X",
     "The protest (the latest of a series) is a real PROTEST in this clause, so Y's omission is wrong. X's empty source (no participants named), document date (Thursday's protest) and modality are right. X's target is wrong: the protest demands democracy 'in China', an aim at the authorities that the sentence names, so China is the target."),
 21: ("OMIT+", "SPUR", "X",
     "Event differs: 'This new rebel offensive' is a truncated fragment with no act reported (headline-fragment rule). Y's ASSAULT is spurious; X's omission is right."),
 22: ("TTFTTT", "OMIT-", "X",
     "The protests outside the government office against the Reform Party and Thaksin are a real PROTEST, so Y's omission is wrong. X's source is wrong: the sentence does not say the pro-government protesters held these protests; only their vehicles and offices were damaged. X's target, the new political party (the Reform Party, THA), is right: it is a named non-state aim. X's date and modality are right."),
 23: ("OMIT-", "TTTTTT", "Y",
     "The main opposition demonstration on January 8 is a real PROTEST, so X's omission is wrong. Y is right in all fields: opposition RUS, an empty target (no aim in this sentence), 2023-01-08 and asserted."),
 24: ("TTTFTT", "TTFFTT", "X",
     "Source differs: the sentence's stationed party is the security forces (HND). X codes them as source; Y leaves the source empty and puts them in the target. Target is wrong on both: the Honduran government is not acted upon, and the airport zone is a place. The ongoing stationing takes the document date. Borderline whether a relative clause stating where forces are stationed is an event; it is scored as one (an ongoing deployment)."),
 25: ("OMIT+", "SPUR", "X",
     "Event differs: 'what were supposed to be tough concessions by the Trump administration' characterises the terms of a deal signed in February. It is hedged ('supposed to be') and reports no act, so Y's CONCEDE with the document date is spurious. If it were counted as an act, its date (February, a background act) would still be wrong. X's omission is right."),
 26: ("OMIT+", "SPUR", "X",
     "Event differs: 'a bomb could have killed Americans as well' is a counterfactual comment on the bombing already coded in the previous sentence; no act happened. Y's hypothetical ASSAULT on Americans is spurious; X's omission is right."),
 27: ("TTTTTT", "TTFTTT", "X",
     "Source differs: 'A police crackdown' names the police (UKR). X codes them; Y leaves the source empty. Target rioters UKR, Thursday 2023-06-15 and asserted are right on both."),
 28: ("SPUR", "OMIT+", "Y",
     "Event differs: 'to send a migrant police force' is the content of the officials' demand, not a deployment that happened. PLOVER codes the statement as REQUEST at 'demanding'. X's asserted MOBILIZE at 'send', with the police force as its source and Macedonia as target, is spurious; Y's omission at this trigger is right."),
 29: ("OMIT-", "TTTFTT", "Y",
     "The bomb that killed two soldiers is a real ASSAULT, so X's omission is wrong. Y's empty source (unknown bomber), Thursday date and modality are right. Y's target is wrong on its country: USA is not given, and the next sentence says no Americans were hurt, so the right code is empty."),
 30: ("SPUR", "SPUR", "same",
     "Both code MOBILIZE at 'patrol', where 'a police patrol' is a unit that was attacked, not an act of mobilising (trigger in another sense). Both are spurious and wrong in every field. Y's filled source (police KEN) does not help."),
 31: ("TTFFTT", "TTFFTT", "X",
     "Source differs, wrong on both: the stationed troops are Israeli (ISR, the army's deployment in the previous sentences). X leaves the source empty; Y codes them PSE. X is better because Y invents Palestinian troops. Target is wrong on both: Israel, the deploying state, is listed as a target."),
 32: ("OMIT-", "TTTTTT", "Y",
     "The Shining Path attack that killed 22 is a real ASSAULT, so X's omission is wrong. Y is right in all fields: Shining Path PER; an empty target (unidentified 'people'); 1998, since 'the attack' refers back to the 1998 attack in the previous sentence; and asserted."),
 33: ("TTFFTT", "TTFFTT", "Y",
     "Source and target differ, and both are wrong on both sides. The stationed party is the police force under the Solomon Islands command (SLB). Y has it as source without its code; X puts it in the target and leaves no source. Both add the PNG government as target, though Port Moresby is a place and PNG is not acted upon. Y is better because its roles are right. Borderline event (relative clause 'that is stationed'), scored as an ongoing deployment."),
 34: ("TTTTTT", "TTTFTT", "X",
     "Target differs: Y's 'police snipers' come from a later sentence, with no country. X's target Iraq stands for the attacked Baghdad police station, an Iraqi state institution with the right code. I score it right, though 'Iraqi police' would be more exact. Source gunmen, Friday 2023-06-09 and asserted are right on both."),
 35: ("TTTTFT", "TTTTTT", "Y",
     "Date differs: the next sentence dates the signing December 26 (2022-12-26), as Y has. X's document date is wrong because the text gives another date. Type SUPPORT (signing an agreement) is right, and source and target are right on both: a mutual signing, both parties listed."),
 36: ("TTTTTT", "TTFFTT", "X",
     "Source and target differ: the Gabonese police (GAB) are the deployed party. X codes them as source with an empty target (the region is a place), which is right. Y puts them in the target and leaves the source empty, which is wrong in both fields."),
 37: ("OMIT-", "TTTTFT", "Y",
     "The demonstrators' march is a real PROTEST, so X's omission is wrong. Y's source demonstrators LUX (the story's cantons are Luxembourg's), empty target (no aim in this sentence) and modality are right. Y's date is wrong: the text gives Saturday (2023-06-10), and Y has no date."),
 38: ("TTFFTT", "TTTFTT", "Y",
     "Source differs: 'A police crackdown' names the police (JPN). Y codes them; X leaves the source empty. Target is wrong on both: the crackdown is on the protesters, whom the sentence names, and both leave it empty. Document date (ongoing, 'has intensified') and asserted are right on both."),
 39: ("OMIT-", "TTTFTT", "Y",
     "The killing of at least 38 people at the protest is a real ASSAULT, so X's omission is wrong. Y's source (armed assailants COD), date 2023-05-10 and modality are right. Y's target is wrong: the sentence names the people attacked, the Odinga supporters whose protest was disrupted, and Y leaves the target empty."),
 40: ("TTTTTT", "OMIT-", "X",
     "The rioters torching 18 cars is a real ASSAULT (destroy), so Y's omission is wrong. X is right in all fields: rioters with no country (the text gives none), an empty target (cars in a settlement), Monday 2023-06-12 ('hours later' after Monday's shooting) and asserted ('according to ... IDF' is attribution)."),
}


def score(code, side_val):
    if code.startswith("OMIT"):
        if side_val is not None:
            sys.exit(f"OMIT code for a non-null side: {code}")
        return {"omit_right": code == "OMIT+"}
    if side_val is None:
        sys.exit(f"field code {code} for a null side")
    if code == "SPUR":
        d = {f: False for f in FIELDS}
    else:
        assert len(code) == 6 and set(code) <= {"T", "F"}, code
        d = {f: c == "T" for f, c in zip(FIELDS, code)}
        if not d["event"]:
            d = {f: False for f in FIELDS}
    d["all"] = all(d[f] for f in FIELDS)
    return d


def main():
    items = [json.loads(l) for l in open(ITEMS) if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(J))
    extra = sorted(set(J) - set(ns))
    if missing or extra:
        sys.exit(f"missing judgments {missing}, judgments for unknown items {extra}")
    rows = []
    for it in items:
        xc, yc, better, reasons = J[it["n"]]
        assert better in ("X", "Y", "same")
        rows.append({"n": it["n"], "X": score(xc, it["X"]), "Y": score(yc, it["Y"]),
                     "better": better, "reasons": reasons})
    with open(OUT, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def ns_where(pred):
        return [r["n"] for r in rows if pred(r)]

    print(f"wrote {len(rows)} lines to {os.path.relpath(OUT)}")
    for b in ("X", "Y", "same"):
        l = ns_where(lambda r: r["better"] == b)
        print(f"better {b}: {len(l)}  {l}")
    for s in "XY":
        coded = ns_where(lambda r: "omit_right" not in r[s])
        allr = ns_where(lambda r: r[s].get("all"))
        spur = ns_where(lambda r: "omit_right" not in r[s] and not r[s]["event"])
        nulls = ns_where(lambda r: "omit_right" in r[s])
        omit_ok = ns_where(lambda r: r[s].get("omit_right") is True)
        print(f"{s}: coded {len(coded)}, all fields right {len(allr)} {allr}; spurious {len(spur)} {spur}; "
              f"null {len(nulls)} {nulls}, of which omission right {len(omit_ok)} {omit_ok}")
        for f in FIELDS:
            print(f"   {f}: {sum(r[s][f] for r in rows if 'omit_right' not in r[s])}/{len(coded)}")


if __name__ == "__main__":
    main()
