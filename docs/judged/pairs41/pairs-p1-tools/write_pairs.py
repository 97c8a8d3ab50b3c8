"""Blind paired judging of pairs41, judge p1.

Holds the judgments of the 40 items in docs/judged/pairs41/items.jsonl, checks that every item
and every side is judged (a null side by omit_right, a coded side by the six fields), writes
docs/judged/pairs41/pairs-p1.jsonl and prints the counts.

Scoring follows docs/judged/CONVENTIONS.md. Run from the repository root:
    python3 docs/judged/pairs41/pairs-p1-tools/write_pairs.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
ITEMS = os.path.join(DIR, "items.jsonl")
OUT = os.path.join(DIR, "pairs-p1.jsonl")

FIELDS = ("event", "type", "source", "target", "date", "modality")


def ev(event, type_, source, target, date, modality):
    """A coded side: 1/0 per field; all = all six right."""
    d = dict(zip(FIELDS, map(bool, (event, type_, source, target, date, modality))))
    d["all"] = all(d[f] for f in FIELDS)
    return d


SPUR = ev(0, 0, 0, 0, 0, 0)  # a spurious event is wrong in every field


def om(right):
    """A null side: is coding no event at this trigger right?"""
    return {"omit_right": bool(right)}


# n: (X, Y, better, reasons)
J = {
    1: (ev(1, 1, 1, 1, 1, 1), ev(1, 1, 1, 1, 1, 1), "same",
        "Signing of the agreement by Kerry, Hagel and the Iraqi leaders: SUPPORT (sign agreement), "
        "mutual, document date for 'have signed' reported as news, asserted (the State Department "
        "statement is attribution). Only the Iraqi party differs: X 'leaders[IRQ/GOV]', Y "
        "'Iraq[IRQ/country]'; both are the right party with the right code (X's is the more exact "
        "description)."),
    2: (om(1), SPUR, "X",
        "'an opportunity that we didn't just fail to fully accept' is Golding's reflection on his time in "
        "office, no act of agreeing toward anyone: Y's negated AGREE is spurious (event and all fields "
        "wrong); X's omission is right."),
    3: (ev(1, 1, 0, 0, 1, 1), ev(1, 1, 0, 1, 1, 1), "Y",
        "target: Sobchak is a Moscow-based Russian presenter, Y codes her RUS (right); X codes her GBR "
        "and adds 'Russia government' as a second target (wrong). Both leave the source empty though the "
        "sentence names the arresting party ('by the British government'), so source is wrong on both; "
        "type COERCE arrest, date 2023-02 ('in February') and asserted are right on both."),
    4: (om(0), ev(1, 1, 0, 1, 0, 1), "Y",
        "A real SUPPORT (thanks) by Bekayev to Greece ('them' = Greece): X misses it. Y has type, the "
        "source party and the target right; source code wrong (GRC: Bekayev speaks for a Central Asian "
        "country, Uzbekistan by the story, not Greece) and date wrong (the interview was 'yesterday', "
        "2023-06-14, not the document date). Not a duplicate: item 10 is the previous sentence."),
    5: (om(1), SPUR, "X",
        "'we will only abide by the WTO rules ... and comply with international rulings' is a general "
        "statement of policy with no counterpart, in a passage whose point is China's refusal to comply: "
        "no CONCEDE event. Y is spurious; X's omission is right."),
    6: (ev(1, 1, 1, 1, 0, 0), ev(1, 1, 1, 0, 0, 0), "X",
        "target: X 'Embassy[SVK]' is the Embassy of Slovakia with its code; Y leaves the embassy with no "
        "code and adds Slovakia as a second party (wrong by the code rule, a near miss). Both are wrong "
        "on date (the text gives 'the 16th', both give none) and modality ('had reportedly planned to "
        "storm' is a plan, future/hypothetical, not asserted). Storming the embassy taken as ASSAULT on "
        "both (PROTEST riot would also be defensible); source protesters in Bratislava SVK right."),
    7: (om(0), ev(1, 1, 1, 0, 1, 1), "X",
        "Netanyahu condemns 'actions against Israel in the name of peace': a real ACCUSE, so X's omission "
        "is a miss. But Y codes Israel as the target of the condemnation, turning the act round (Israel's "
        "prime minister condemning Israel); type, source, date and modality are right, target wrong. A "
        "record that inverts who is condemned is worse than none, so X."),
    8: (om(1), SPUR, "X",
        "The sentence's act is the decree's call to stop protesting; the protests are only presupposed, "
        "and the 'Vietnamese media' that reported the decree protest nothing: Y's PROTEST is spurious, "
        "X's omission right."),
    9: (om(0), ev(1, 1, 0, 1, 0, 1), "Y",
        "'we are now signing this agreement': a real SUPPORT (sign agreement) that X misses. Y names the "
        "speaker Cavaco Silva (from the attribution that follows; clearly the speaker) but codes him PRT, "
        "while the story has him speaking for Cape Verde ('the country (Cape Verde) ... than we have in "
        "the past'): source code wrong. Date wrong: the story gives the signing as Wednesday "
        "(2023-06-14), not the document date. Type, empty target ('this agreement', no party) and "
        "asserted right."),
    10: (om(0), ev(1, 1, 0, 1, 0, 1), "Y",
         "'We thank Greece': a real SUPPORT that X misses. Y as in item 4: source code GRC wrong "
         "(Bekayev is not Greek), date wrong (interview 'yesterday', 2023-06-14); type, target and "
         "modality right."),
    11: (ev(1, 1, 1, 1, 0, 0), om(0), "Y",
         "'we can no longer work with the prosecutors' ends cooperation: COOPERATE negated (or SANCTION "
         "discontinue). X keeps COOPERATE with the right mayor and prosecutors but as hypothetical, "
         "which reads as possible cooperation, the opposite of the text (modality wrong); date unknown "
         "is wrong for a declaration reported as this news. Y misses a real event, but X's record "
         "reverses its polarity, so Y."),
    12: (ev(1, 1, 1, 1, 0, 1), ev(1, 1, 0, 1, 0, 1), "X",
         "source: X codes the filing association (name cut, 'Association of Political Prisoners "
         "of[FRA]') with France's code, right; Y gives the association no code and adds France the "
         "state as a second source, which is no party to the lawsuit (wrong). REQUEST (asks for the "
         "release), empty target (the sentence names no addressee) and asserted right on both; date "
         "wrong on both: the lawsuit that asks was filed Friday, not on the document date."),
    13: (ev(1, 1, 0, 1, 0, 0), ev(1, 1, 0, 1, 0, 0), "same",
         "Both code the postponed trip the same way except the source code: Tung Chee-hwa is the "
         "Foreign Minister of South Korea by the sentence, so X's empty code and Y's PRK are both "
         "wrong. Both wrong on date (the trip was scheduled for next week and is postponed) and "
         "modality (asserted for a visit that will not happen as planned); CONSULT visit and the "
         "target North Korea right."),
    14: (om(0), ev(1, 0, 0, 0, 1, 1), "X",
         "'I invite all Vietnamese overseas to stop taking part in these protests' is a REQUEST by the "
         "decree (President Truong Tan Sang / the government) to Vietnamese overseas; X misses it. Y "
         "codes AGREE (type wrong: an invitation to stop is a demand, not an invitation to visit) from "
         "'Vietnamese media' (source wrong: they only reported it) to Vietnam (target wrong). Wrong in "
         "type and both parties, Y's record is worse than none."),
    15: (ev(1, 1, 1, 0, 1, 1), om(0), "X",
         "The EU official's conditional return of migrants to Turkey is a real COERCE deport, "
         "hypothetical, undated: X has type, source, date and modality right; target code wrong "
         "('people[HUN]': refugees and migrants in Hungary are not Hungarian, and the text gives no "
         "nationality, so the code should be empty). Y misses the event."),
    16: (ev(1, 1, 1, 1, 1, 1), om(0), "X",
         "'so that we can offer appropriate assistance to the Guatemalan government': IAEA to the "
         "Guatemalan government, AID hypothetical, undated: all right (the IGO code IAE taken as right, "
         "no seat country is in the text; AGREE 'offer' would also be defensible). Y misses it."),
    17: (SPUR, om(1), "Y",
         "'It has been called by critics the first truly socialist economy' uses 'called' as 'named': no "
         "phone CONSULT. X is spurious; Y's omission is right."),
    18: (ev(1, 1, 1, 1, 1, 1), om(0), "X",
         "'We have had talks with the Eritreans today' (Hailemariam, named in the attribution that "
         "follows): CONSULT Ethiopia's foreign minister with the Eritreans, today = the document date, "
         "asserted: all right. Y misses it."),
    19: (ev(1, 1, 1, 1, 1, 1), om(0), "X",
         "'if a Palestinian state can exist ..., I will support it': SUPPORT Netanyahu to Palestine, "
         "hypothetical, undated: all right. Y misses it."),
    20: (ev(1, 1, 1, 0, 1, 1), ev(1, 1, 1, 0, 1, 1), "same",
         "Both code U.S. officials welcoming 'her release' with target Adrian Levy, her lawyer, who is "
         "not the party ('her' is Sobchak); they differ only in Levy's code (GBR/RUS), wrong either way. "
         "Type, source, date and modality right on both."),
    21: (om(0), ev(1, 1, 1, 1, 1, 1), "Y",
         "'We encourage the rebels [to go to the negotiating table]' said by the UN peacekeeper general "
         "for the mission: REQUEST from the UN mission to the rebels (code empty: the text does not make "
         "their country plain), document date, asserted: all right. X misses it."),
    22: (SPUR, om(1), "Y",
         "Oil exports 'hit by sanctions': 'hit' is not an attack, and Iran is the sanctioned party, not "
         "an attacker. X's ASSAULT is spurious; Y's omission is right (the background sanctions have no "
         "sanctioner in the sentence)."),
    23: (SPUR, SPUR, "same",
         "'in a bid to prevent ... the seizure of its territories': a feared act the resolution aims to "
         "prevent, not a seizure that happened, and not one by the Republican Assembly or the United "
         "Kingdom. Both code an asserted COERCE seize: spurious on both; they differ only in the source "
         "list."),
    24: (ev(1, 1, 1, 1, 0, 1), om(0), "X",
         "'I am urging the government to act against ... inciters': REQUEST Netanyahu to the Israeli "
         "government, asserted, right; date wrong: the statement is the one the story dates Sunday "
         "(2023-06-11), not the document date. Y misses it."),
    25: (ev(1, 1, 1, 0, 1, 1), ev(1, 1, 1, 1, 1, 1), "Y",
         "target: the accused is 'al-Qaeda in Iraq'; Y codes al-Qaeda IRQ (right), X gives al-Qaeda no "
         "code and adds Iraq the country as a second accused (wrong). ACCUSE allege, empty source (no "
         "accuser named), 2023-04 ('in early April') and asserted right on both."),
    26: (ev(1, 0, 1, 1, 1, 1), om(0), "Y",
         "'The aid mission is to be supported by the World Food Program ...' is material support of an "
         "aid mission (AID or COOPERATE, future), so Y misses a codable act. X codes it SUPPORT, which "
         "PLOVER keeps for verbal support only: type wrong (source, target, undated and future right). "
         "A record with the wrong type is worse than none, so Y."),
    27: (SPUR, SPUR, "same",
         "'individuals ... including Americans, traveled to Argentina to [organize a seminar]' is travel "
         "of private individuals to a training seminar, no consultation between political actors: "
         "spurious on both. Y's form (individuals to Argentina) is nearer a visit than X's individuals "
         "meeting themselves, but both are wrong in every field."),
    28: (ev(1, 1, 0, 0, 0, 1), ev(1, 1, 0, 0, 0, 1), "same",
         "Both code 'her release' as RETREAT release from Adrian Levy, her lawyer, who released no one "
         "(source wrong; the releaser is not in the sentence), with an empty target though 'her' is "
         "Sobchak (target wrong) and no date for a release reported as this news (date wrong). They "
         "differ only in Levy's code (RUS/GBR)."),
    29: (SPUR, om(1), "Y",
         "'this new group of states is not going to be intimidated by Russian policies' is commentary "
         "on resolve, no act of threatening. X's negated THREATEN is spurious; Y's omission right."),
    30: (om(0), ev(1, 1, 0, 1, 1, 1), "Y",
         "'I urge the Nicaraguan Government ... to take action': a real REQUEST Binay to the Nicaraguan "
         "government that X misses. Y has type, target, date and modality right; source code wrong "
         "(empty, while the story has Binay speaking for his government, Bangladesh's foreign ministry)."),
    31: (ev(1, 1, 0, 1, 0, 1), ev(1, 1, 0, 1, 1, 1), "Y",
         "date: the killings are background acts of an earlier time (reported in February 2017, 'during "
         "2016'); X gives them the document date (wrong), Y none (right). Both leave the source empty "
         "though the sentence names 'the opposition' as the killers (wrong); ASSAULT, the targets and "
         "'allegedly' = reported right on both."),
    32: (om(0), ev(1, 1, 1, 0, 1, 1), "Y",
         "'I want to discuss joint projects ... with a new president': Grybauskaite's intended talks "
         "during her planned visit, coded CONSULT hypothetical (AGREE 'willingness to meet' would also "
         "be defensible; scored right). Y's target code is wrong (the new president is Bosnia's, the "
         "host of the visit, not code-less). X misses the event."),
    33: (om(0), ev(1, 1, 1, 1, 0, 1), "Y",
         "'I won't apologize for the truth': an apology refused. An apology is CAMEO 055, which maps to "
         "SUPPORT, so SUPPORT negated is a right coding (as REJECT asserted would be, by the 'refused to "
         "withdraw' rule); source Miljkovic BIH right, empty target right (no party in the sentence). "
         "Date wrong: a refusal reported as this news takes the document date, not none. X misses it."),
    34: (om(0), ev(1, 1, 0, 1, 1, 1), "Y",
         "'I have repeatedly called on Eritrea to help find a peaceful solution': a real REQUEST that X "
         "misses. Y: type, target Eritrea, no date (repeated acts of unknown time) and asserted right; "
         "source code UNO wrong on the natural reading ('U.N. Mali Ambassador' rebutting Eritrea's "
         "accusations on Mali's behalf is Mali's ambassador to the UN, MLI)."),
    35: (ev(1, 1, 1, 1, 1, 1), om(0), "X",
         "'I condemn ... attacks by radical Jews against Israeli civilians and soldiers': ACCUSE "
         "Netanyahu to radical Jews (ISR), document date ('later', no date given), asserted: all right. "
         "Y misses it."),
    36: (ev(1, 0, 0, 1, 1, 1), om(0), "Y",
         "'we started our dialogue with Austria in 2007': beginning talks is CONSULT (or SUPPORT, "
         "initiating diplomatic cooperation), not AGREE: X's type wrong; source code AUT wrong (Dos "
         "Santos is Suriname's president in the story). Date 2007 and target Austria right. Wrong in "
         "type and source, X's record is worse than Y's omission of this background act."),
    37: (ev(1, 1, 1, 1, 1, 1), ev(1, 1, 1, 0, 1, 1), "X",
         "target: the leaders commit themselves unilaterally; X's empty target is right, Y repeats the "
         "sources (leaders, Cabo Verde) as targets, making it a self-agreement (wrong). AGREE, source, "
         "Wednesday 2023-06-14 and asserted right on both."),
    38: (om(0), ev(1, 1, 1, 0, 1, 1), "Y",
         "'We call on all involved to take swift and decisive steps to de-escalate': a real REQUEST by "
         "John Key that X misses. Y: type, source, date and modality right; target wrong (empty, while "
         "'all involved' refers to the parties to the conflict named before, the ANC sides)."),
    39: (ev(1, 1, 1, 0, 1, 1), ev(1, 1, 1, 0, 0, 1), "X",
         "date: the deployment is this news, document date (X right); Y's 2023-W23 comes from 'last "
         "week', which dates the killing, not the deployment (wrong). Both take 'U.S. colleges', a "
         "location, as target (wrong: the deployment is aimed at no named party, or at the planned "
         "protests); MOBILIZE police, source and asserted right on both."),
    40: (ev(1, 1, 1, 1, 1, 0), om(1), "Y",
         "'I was trying to meet with officials in Amman ..., but they refused': the meeting did not "
         "take place. X codes an asserted CONSULT (modality wrong: it reads as a meeting held; the act "
         "here is the officials' refusal, a REJECT at 'refused'). Y's omission at 'meet' is right."),
}


def main():
    items = [json.loads(l) for l in open(ITEMS, encoding="utf-8") if l.strip()]
    ns = [it["n"] for it in items]
    missing = sorted(set(ns) - set(J))
    extra = sorted(set(J) - set(ns))
    if missing or extra:
        sys.exit(f"unjudged items {missing}, judgments for unknown items {extra}")
    out = []
    for it in items:
        n = it["n"]
        X, Y, better, reasons = J[n]
        assert better in ("X", "Y", "same"), n
        for side, j in (("X", X), ("Y", Y)):
            if it[side] is None:
                if set(j) != {"omit_right"}:
                    sys.exit(f"item {n}: side {side} is null but judged as an event")
            elif set(j) != set(FIELDS) | {"all"}:
                sys.exit(f"item {n}: side {side} is coded but judged as null")
        out.append({"n": n, "X": X, "Y": Y, "better": better, "reasons": reasons})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def nums(pred):
        return [r["n"] for r in out if pred(r)]

    print(f"wrote {os.path.relpath(OUT)} ({len(out)} items)")
    for b in ("X", "Y", "same"):
        ids = nums(lambda r, b=b: r["better"] == b)
        print(f"better {b:4}: {len(ids):2}  {ids}")
    for s in ("X", "Y"):
        coded = [r for r in out if "event" in r[s]]
        nulls = [r for r in out if "omit_right" in r[s]]
        allr = [r["n"] for r in coded if r[s]["all"]]
        spur = [r["n"] for r in coded if not r[s]["event"]]
        om_r = [r["n"] for r in nulls if r[s]["omit_right"]]
        om_w = [r["n"] for r in nulls if not r[s]["omit_right"]]
        print(f"side {s}: coded {len(coded)}, all fields right {len(allr)} {allr}; spurious {len(spur)} {spur}")
        print(f"        null {len(nulls)}: omit right {len(om_r)} {om_r}, omit wrong {len(om_w)} {om_w}")
        for f in FIELDS[1:]:
            real = [r for r in coded if r[s]["event"]]
            print(f"        {f:8} right {sum(r[s][f] for r in real)}/{len(real)} real events")


if __name__ == "__main__":
    main()
