"""Round 58, judge b: verdicts on the 50 sampled dateline events (heldout_news7).

V = {n: ([false fields], "reasons")}. Fields: event, type, source, target, date, modality.
A spurious event (event false) is false in every field. Writes events-b.jsonl next to
events-b-items.jsonl and prints the per-field table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALLF = FIELDS

V = {
    1: (["target", "date", "modality"],
        "Demolition of shantytowns and markets by Zimbabwe is a real ASSAULT/destroy act. Target: the "
        "sentence names the people acted upon ('some 700,000 people' left without homes, ZWE civilians); "
        "empty is wrong. Date: the campaign is still going on (envoy calls for it to halt now; it began in "
        "May) so it takes the document date 2005-07-22, not unknown. Modality: the demolitions happened; "
        "the infinitive 'to demolish' does not make it hypothetical - asserted (reported_by the envoy)."),
    2: ([], "All right: police fired tear gas/water cannon at protesters in Diyarbakir on election night "
        "(document date, Sunday)."),
    3: (["target"],
        "Target: the man killed is Rafik al-Hariri, but the actor given is the merged 'Hariri' entity that "
        "is Saad al-Hariri (its mentions are Saad's: 'He called on his opponents', the subject of this "
        "sentence). Source empty right (bomber unnamed); 2005-02 right."),
    4: (["date"],
        "AGREE for a promise of transparency is right by the wave-76 rule. Date: 'has promised' is "
        "background of an unstated earlier time (since the June election), not this news (the phone call); "
        "the document date is wrong, unknown would be right."),
    5: ([], "All right: congratulating the country = SUPPORT (CAMEO 051) toward Pakistan, document date."),
    6: (["date"],
        "Killing of the Gaza police chief in the Saturday strikes is this news and takes the document date "
        "2008-12-27 (the strikes are dated Saturday in the lead); unknown is wrong. Empty source right by the "
        "rule (sentence says only 'bombs hit'); not a duplicate (different sentence)."),
    7: (["date"],
        "Date: the Gaza rally against the Annapolis conference happened on the conference day "
        "(2007-11-27, document date); 2007-06 comes from 'in June' of the previous sentence (Abbas losing "
        "Gaza). Empty target right: aim is the conference, not the home authorities (crowd-protest rule)."),
    8: ([], "All right: 'would not surrender' coded as RETREAT negated, as the conventions allow for a "
        "refusal ('refused to withdraw' = REJECT asserted or RETREAT negated). 'the movement' = Hamas."),
    9: ([], "All right: rocket killed an Israeli man in Netivot; source empty is right by the rule (the "
        "sentence names no firer, Hamas fighters are in the previous sentence)."),
    10: (["date"],
         "ACCUSE (criticise the trial as a 'farce') right. Date: the reaction is this news on the trial's "
         "opening day, 2002-02-12; unknown is wrong. Target empty is right by the conventions ('the "
         "proceedings' is an act; the tribunal is not named in this sentence) - I would code the ICTY."),
    11: (["source", "target"],
         "The act with trigger 'welcomed' is the main opposition coalition welcoming Tandja's removal "
         "(SUPPORT). Source 'witnesses' is wrong (they report the street gathering). Target Tandja is "
         "wrong: the opposition welcomed his removal, approving the coup/junta, not Tandja."),
    12: ([], "All right: Taliban destroying the statues = ASSAULT destroy, no party as target (statues); "
         "Friday 2001-03-02 is the document date; sector REB for the ruling Taliban is not scored."),
    13: ([], "All right: deputies demanded an independent inquiry (REQUEST), addressee unnamed, "
         "document date."),
    14: (["target"],
         "Police broke up protests: the party acted upon is the protesters (named 'protests' in the "
         "sentence), not the state of Palestine."),
    15: ([], "All right: future visit of Mbeki to Abidjan = CONSULT visit toward the host government "
         "(CIV), no date given for the trip, future."),
    16: (["type"],
         "'called the agreement \"a great day\"' is praise (SUPPORT), not a REQUEST: 'called' in the "
         "naming sense. Empty target right by the rule (the parties to the agreement are not in this "
         "sentence)."),
    17: (ALLF,
         "Spurious: 'France will not allow its soldiers to be targeted' is a general warning; no assault "
         "by anyone is reported here (the Bouake raid is coded from the lead). The sentence's acts are a "
         "warning (THREATEN) and the REJECT of Ivorian claims, coded separately."),
    18: ([], "All right: diplomatic protests lodged = ACCUSE; the Taliban are not named in this sentence, "
         "so empty target is right by the rule."),
    19: ([], "All right: Sharif welcomed the ruling = SUPPORT; the court is not named in this sentence "
         "(empty target right by the rule; I would code the Supreme Court)."),
    20: (["date"],
         "Date: 'was blamed for some of the bloodiest attacks of the war' is a standing background "
         "attribution over the war, not an act of the news day; the document date is wrong (no date / "
         "unknown is right). Empty source (blamers unnamed) and AQI as IRQ right."),
    21: ([], "All right: Sharif called for early elections (REQUEST), addressee unnamed, document date "
         "(Tuesday)."),
    22: (["target"],
         "Hezbollah attacks on Israeli troops in south Lebanon: the sentence names the party attacked "
         "('the army', i.e. the Israeli troops) - empty target wrong. The ongoing stream of attacks takes "
         "the document date (right). reported_by Barak is odd but not scored."),
    23: ([], "All right: mutual pledge to ease cross-Strait tension, Friday 2005-04-29."),
    24: (["target"],
         "Beijing rejected 'that explanation', the explanation given by NATO and the United States named "
         "in the same sentence: the party rejected is NATO/USA; empty target wrong."),
    25: ([], "All right: 'earlier this week' of Friday 2020-10-02 = ISO week 2020-W40."),
    26: ([], "All right: France and the US called for return to civilian rule (REQUEST); the junta is not "
         "named in this sentence (empty target right)."),
    27: ([], "All right: IGAD called for sanctions in May 2009; IGAD as an IGO code (no country) is "
         "acceptable; Eritrea not named in the sentence."),
    28: ([], "All right: criticism of the deal (ACCUSE), no party criticised by name (India is the "
         "beneficiary, not the target of the criticism); document date for 'say'."),
    29: ([], "All right: Moroz accuses Kuchma and the interior minister (UKR) before parliament on "
         "Tuesday; a quote in a different sentence from the lead's, so not a duplicate by the rule."),
    30: ([], "All right: Turkey will reinforce its observation posts = MOBILIZE future; no date given."),
    31: ([], "All right: State Department praised Chile's election = SUPPORT toward Chile, document date."),
    32: ([], "All right: EU commissioner (EUR/IGO code acceptable) congratulated Gul, document date."),
    33: ([], "All right: total killed since the war began has no date by the round-20 rule; target "
         "'Thousands' ETH acceptable."),
    34: (["target"],
         "The United States welcomed the accord between Japan and South Korea, which the same sentence "
         "refers to as 'its two main Asian allies': the target is JPN/KOR, empty is wrong."),
    35: (ALLF,
         "Spurious: 'fearing it could encourage separatists' - 'it' is Montenegrin secession; no request "
         "by Brussels (which is the EU here, not the Belgian government). No act of that kind."),
    36: (["target"],
         "Saudi authorities accusing 'them' (the seven detained people, women's rights campaigners, SAU) "
         "- a pronoun in the sentence, so the target is the detainees; empty is wrong."),
    37: (["type"],
         "Signing the lease/gas agreement is AGREE (a formal agreement between the two presidents), not "
         "SUPPORT (praise/endorse). Arguments mutual and date (Wednesday) right."),
    38: (["type", "source"],
         "'It' is the Security Council resolution: an arms embargo plus travel bans and asset freezes is "
         "SANCTION (embargo), not COERCE ban. Source China is wrong (China abstained in the previous "
         "sentence); should be the UN Security Council. Target Eritrea and date right."),
    39: ([], "All right: Pinera's video call with Boric = CONSULT, Sunday 2021-12-19."),
    40: ([], "All right: Algeria condemned violations (ACCUSE); Morocco is not named in this sentence, "
         "so empty target is right; Friday = document date."),
    41: (["date"],
         "Request to the FBI is reported as this news (Muscat speaking on the day of the killing): "
         "document date 2017-10-16, not unknown."),
    42: (["date"],
         "'Mexico has demanded an investigation' is background to the Brazil story (after the earlier "
         "revelation about Pena Nieto's emails), of an unstated earlier time; the document date is wrong. "
         "Empty target right by the rule (NSA/US in the previous sentence)."),
    43: ([], "All right: opposition leaders (IND) demanded the government explain = REQUEST toward the "
         "Indian government; sector GOV for opposition is not scored."),
    44: (["date"],
         "Kast conceded within an hour of polls closing on Sunday: this news, document date 2021-12-19; "
         "unknown is wrong. Empty target right (Boric not in this sentence)."),
    45: (["type", "date"],
         "The act toward Turkey is a warning of possible sanctions (THREATEN), not AGREE: the leaders "
         "agreed among themselves, and AGREE aimed at Turkey is not what happened. Date: at the overnight "
         "summit reported as this news (2020-10-02), not unknown. Source EU leaders, target Turkey right."),
    46: ([], "All right (source): 'Taylor's government' coded as Charles Taylor, its head (LBR GOV) - same "
         "party in CAMEO terms. 'the move' (the court's unsealing) names no party in this sentence."),
    47: ([], "All right: opposition lawmakers criticised the sunshine policy on Saturday 2002-06-29; Kim "
         "is not named in this sentence (empty target right by the rule)."),
    48: (["source"],
         "'His campaign said it would not accept the result' - the party is Odinga's campaign (KEN); "
         "'Kenya police' is wrong. AGREE negated accepted as the mirror of a REJECT (conventions)."),
    49: (["date"],
         "Zelenskiy thanked the leaders after the Thursday deal: this news, document date 2024-02-01; "
         "unknown is wrong."),
    50: ([], "All right: spring 2007 rallies against Gul's candidacy, the government's nominee - the "
         "state is a right target under the crowd-protest rule; 2007-SP right."),
}


def main():
    items = [json.loads(l) for l in open(os.path.join(ROOT, "events-b-items.jsonl"))]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    out = []
    right = {f: 0 for f in FIELDS + ["all"]}
    right_real = {f: 0 for f in FIELDS + ["all"]}
    real = 0
    for it in items:
        bad, why = V[it["n"]]
        assert all(b in FIELDS for b in bad)
        if "event" in bad:
            bad = list(FIELDS)
        verdict = {f: f not in bad for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = why
        out.append(rec)
        for f in FIELDS + ["all"]:
            right[f] += verdict[f]
        if verdict["event"]:
            real += 1
            for f in FIELDS + ["all"]:
                right_real[f] += verdict[f]
    with open(os.path.join(ROOT, "events-b.jsonl"), "w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("| field | right of 50 | right of %d real events |" % real)
    print("|---|---|---|")
    for f in FIELDS + ["all"]:
        name = "all six" if f == "all" else f
        print("| %s | %d/50 (%.0f%%) | %d/%d (%.0f%%) |" % (
            name, right[f], 100 * right[f] / 50, right_real[f], real, 100 * right_real[f] / real))
    print("spurious: %d" % (50 - real))


if __name__ == "__main__":
    main()
