"""Round 51, judge c: verdicts on the 60 sampled events (events-c-items.jsonl).

V[n] = ([false fields], "reasons"). Fields: event, type, source, target, date, modality.
A spurious event ("event" false) is false in every field.
Run from docs/judged/round51:  python events-c-tools/write_verdicts.py
writes events-c.jsonl and prints the per-field table.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL6 = list(FIELDS)

V = {
    1: (["target"], "ACCUSE (condemn) by Ban [UNO] and Obama [USA] is right; the thing condemned is the attack, "
        "whose authors this sentence does not name, so the target is empty; Israel is named only in the "
        "separate clause about advisers and is not the party condemned."),
    2: ([], "All right: a call for restraint addressed to no named party (empty target right); doc date for a "
          "reaction reported as news."),
    3: ([], "All right: backing down from the curfew plan is a concession (CONCEDE); no party yielded to is "
          "named, Wednesday = 2020-07-08."),
    4: (["target"], "AGREE (pledge) by Finland and Sweden is right, but the pledge is made to Turkey under the "
        "deal, not by each to itself: the self/mutual target Finland+Sweden is wrong (empty or Turkey would be "
        "right); it is not a mutual act between Finland and Sweden."),
    5: (["type"], "Jordan joining coalition air strikes is material military cooperation (COOPERATE, CAMEO 062) "
        "or the strikes themselves (ASSAULT), not SUPPORT, which PLOVER limits to verbal support. Source, the "
        "coalition partners as targets, September 2014 and asserted are right."),
    6: ([], "All right: crowd-control fire (tear gas, water cannon, live rounds) by Syrian security forces; "
          "the sentence names no target, so empty is right; the text dates it Friday 2011-03-18. Not a "
          "same-sentence duplicate of the lead's 'opened fire' (other sentence)."),
    7: (["source"], "The warning is Wiranto's (he 'said ... and warned'); 'the government' is the subject of the "
        "other clause (would investigate), so the source party is wrong. THREATEN accepted for a security "
        "minister's warning against provocation, though it is mild; I would hesitate between THREATEN and no "
        "coded act."),
    8: (ALL6, "Spurious: 'unclear how such a ban could be enforced' is a comment on feasibility, not an act; "
        "the act in this sentence is the ordering of the flight ban, already coded from it (e3)."),
    9: (ALL6, "Spurious: 'the protests' is a mention of the protests reported in the lead, the topic of the "
        "Fidesz spokesman's claim that they were organised by Soros-paid people; the sentence's act is that "
        "claim (ACCUSE), not a protest."),
    10: (["type", "source", "target"], "Seizing 21 hostages from a resort is an abduction: ASSAULT (abduct), not "
         "COERCE seize (kept for police/authorities confiscating property). Source: the sentence names Abu "
         "Sayyaf (the group), not Abu Sabaya (its spokesman, a person). Target: the hostages were taken from a "
         "Malaysian resort and were many of them Western tourists; PHL is not their country (code should be "
         "empty). 2000 ('last year') is right."),
    11: ([], "All right: SUPPORT (he backed his security cabinet's decision) with the cabinet as target; the "
           "backing is restated at Friday's news conference, so the doc date is accepted even though the "
           "decision itself was taken on Thursday."),
    12: (["source", "target"], "The clause 'since air strikes began' does report an act (the coalition's air "
         "strikes), undated here (unknown date right). But its party is named in the sentence: the U.S.-led "
         "coalition (source) against the militants/Islamic State (target), both named; empty source and "
         "target are wrong."),
    13: (["source"], "ASSAULT accepted for rioting workers setting fire to factories (arson as part of the "
         "anti-China unrest; I would code PROTEST riot, but ASSAULT destroy/primitive also fits). Source: "
         "workers rampaging in Vietnam's Binh Duong industrial zones are plainly Vietnamese; the country code "
         "is empty. Target empty right (factories, owners not named). 2014-W20 ('earlier in the week') right."),
    14: (["target"], "SUPPORT Algeria -> Polisario right, an ongoing stance (doc date right), but the Polisario "
         "Front is the Western Sahara (ESH) independence movement, as the sentence says; its country code is "
         "empty."),
    15: (["target", "date"], "PROTEST led by the Serbian Orthodox Church (SRB, the church's own country) is right. "
         "Target: the protests were against a law passed by Montenegro's authorities and the sentence names "
         "'the state'; by the crowd-protest rule the state (MNE) is the target, empty is wrong. Date: 'months "
         "of protests' overshadowing the campaign are a background span from December on, not an act of the "
         "document date."),
    16: ([], "All right: police detained dozens outside the Moscow court (RUS plain), Friday = doc date."),
    17: ([], "All right: detention by Hungarian police (passive, police the plain agent and the speaker); "
           "Thursday night = doc date."),
    18: (["target"], "REQUEST (order) by Lukashenko is right and dated right (Tuesday), but the security chiefs "
         "he ordered are plainly Belarus's; the target's country code is empty."),
    19: ([], "All right: 'signalled they would not back down' is a REJECT asserted or, equivalently by the "
           "conventions' 'refused to withdraw' rule, a CONCEDE negated; Ugandan officials; the donors are not "
           "named here (empty target right); a negated future act with no date (unknown accepted)."),
    20: (["target", "date"], "REJECT by the Senate is right, but what it rejected is the lower house's vote, and "
         "the lower house is named in the sentence: the target is the lower house, not empty. Date: "
         "2021-02-08 is the end of the president's term; the rejection came after the April 12 vote."),
    21: (["type"], "Barring a politician from public office is COERCE ban (CAMEO 1722), not SANCTION; I would "
         "rather code the act as it happened, REQUEST prosecutors -> court, asserted, 2021-06-02. Scored as "
         "the bar: prosecutors [NIC] -> Chamorro [NIC] right, hypothetical and no date accepted for a bar that "
         "was only sought."),
    22: ([], "All right: AID (military/logistic support to the strikes) by the four countries; the supported "
           "parties (U.S., Britain) are not named in this sentence, so empty target right. COOPERATE would "
           "also do."),
    23: (["type"], "The ICJ ordering Uganda in a judgment to pay reparations is a court finding of liability: "
         "SANCTION (convict: 'find someone liable in a court of law'), not REQUEST. ICJ [UNO], Uganda, 2005, "
         "asserted right."),
    24: ([], "All right: the building destroyed (ASSAULT destroy), passive with no agent in this sentence "
           "(empty source right), the office building is not a party (empty target right); Tuesday 14:49 "
           "right. Not a same-sentence duplicate of the lead."),
    25: (["source", "target"], "REQUEST (sought closer security ties) accepted. Source: Aquino is the "
         "Philippine president (the sentence says 'Manila's treaty ally'); the country code is empty. Target: "
         "the United States is right but 'Philippines government' (his own government) is wrongly added."),
    26: ([], "All right: UNHCR [UNO/IGO] 'firmly opposed to' the arrangements, REJECT (CAMEO 12 'refuse, "
           "oppose') accepted (ACCUSE disapprove would also do); Britain is not named in the sentence, so "
           "empty target right."),
    27: ([], "All right: New Zealand dispatching troops and police (MOBILIZE accepted; I would code AID, "
           "military/police personnel sent at Tonga's request); Tonga not named in this sentence; Friday = "
           "doc date."),
    28: (["source", "target"], "COERCE (sailors seized) and 2018 ('last year') are right, but Sentsov and the "
         "sailors are the victims, not the source (the seizer is Russia, named in the sentence), and "
         "'Crimea[UKR/GOV/organization]' is a place, not the party acted upon (the sailors, UKR)."),
    29: (["target", "date"], "COERCE arrest (being jailed) is a real background act, source unnamed (empty "
         "right), but the jailed man, Asaminew Tsige, is the relative clause's antecedent in the sentence: "
         "empty target is wrong. Date: the jailing long precedes his release 'last year'; the narrative date "
         "2019-06-23 is wrong."),
    30: (["target"], "Crowd control by Ukrainian riot police, Sunday = doc date, right; but the demonstrators the "
         "police used tear gas and batons on are named in the same sentence: empty target is wrong (a reader "
         "might accept empty; I score by 'the party acted upon is named in the sentence')."),
    31: ([], "All right: 'said they would open talks with Bosnia and Herzegovina once it met the criteria' is "
           "future talks (CONSULT future, as 'will meet' is); EU leaders with no country (an IGO's leaders, no "
           "seat in the text) right; no date for a future act right."),
    32: (["source", "date"], "PROTEST right, but the protesters are named in the sentence ('worshippers' in "
         "Damascus): empty source is wrong. Date: these are the same Friday's protests (Friday prayers, the "
         "'Friday of dignity'); the text dates the day's protests Friday 2011-03-18, not the Saturday doc "
         "date. Empty target right (no aim named)."),
    33: (["target"], "ASSAULT by the Arakan Army, ongoing (doc date right), but the government forces it fights "
         "in Rakhine state are plainly Myanmar's; the target's country code is empty."),
    34: (["source"], "AGREE (the two sides agreed to disengage) right, mutual with no recipient right, "
         "2024-01-10 within the Wednesday-Thursday talks the text gives accepted; but the representatives of "
         "the two sides are Myanmar's junta and rebel alliance, not Chinese: CHN is wrong."),
    35: ([], "All right: 'would not negotiate with bandits' is a CONSULT negated (or REJECT), Philippine "
           "government -> the kidnappers ('bandits', PHL); a negated future act, no date accepted. Not a "
           "duplicate of the ransom refusal (a different act)."),
    36: (["source", "modality"], "The harassment is an act claimed inside the embassy's demand; as an event it "
         "is the Philippine side's harassing of the Chinese fishermen, so the source (the Chinese embassy) is "
         "wrong, and inside a claim it is reported, not asserted. Type COERCE and target fishermen [CHN] right."),
    37: (["target", "date"], "ASSAULT (several more killed), attribution to Chinese state media keeps it "
         "asserted; killers unnamed (empty source right). Target: 'several more' are Chinese nationals named "
         "in the sentence; empty is wrong. Date: the deaths were in the attack late on Wednesday "
         "(2014-05-14), not the Thursday doc date."),
    38: (["date"], "ASSAULT on the Amhara regional president [ETH/GOV] right, attacker unnamed (empty right). "
         "Date: the Bahir Dar killing was on Saturday evening (hours before Abiy's broadcast shortly after "
         "midnight), 2019-06-22, not the Sunday doc date."),
    39: (["source", "target"], "Event accepted: with al-Shabaab claiming the raid, the sentence reports the "
         "raid with its author. Source: al-Shabaab is named as the claimed author, empty is wrong; target: "
         "the raid was retaliation against Kenya, named in the sentence, empty is wrong. Doc date right for "
         "the siege still going on; asserted right."),
    40: (["source"], "RETREAT negated ('would not withdraw its troops') right per the conventions, Somalia as "
         "target, doc date right; but the source is Kenya ('the country'), not 'NAIROBI' with no code."),
    41: (["date"], "CONCEDE (promise to reopen airspace and borders) Saudi Arabia -> Qatar right; but it was "
         "announced on Monday night (2021-01-04), and the doc date (Tuesday) is wrong."),
    42: ([], "All right: critics (country not given, empty code right) accuse the Egyptian government; undated "
           "ongoing criticism takes the doc date."),
    43: (["source"], "AGREE (proposed a hotline) right, Xi not named in the sentence (empty target right), "
         "Saturday = doc date; but Ma Ying-jeou is Taiwan's president: CHN is wrong (TWN)."),
    44: ([], "All right: Syrian security agents detained several dozen people on Wednesday 2011-03-16."),
    45: (ALL6, "Spurious: 'Mswati ... was working with the government' says the king is at work with his own "
         "government; it is not an act of cooperation between political actors (word in another sense)."),
    46: (["type", "source", "target", "date"], "The act is the 2011 protests demanding a greater say: by the "
         "PLOVER codebook protests making demands are PROTEST, not REQUEST. Source: the protesters (the "
         "Shi'ite majority), not the state of Bahrain. Target: the Sunni-led monarchy is named (demanding "
         "... from the monarchy); empty is wrong. Date: 2011, not the 2014 doc date."),
    47: (["target"], "Crowd control by Serbian police, Wednesday evening right; but the protesters ('some of "
         "them tried to break through') are named in the sentence as those the tear gas was used on: empty "
         "target is wrong."),
    48: (["date"], "SANCTION convict of Ilan Shor ('fugitive businessman', MDA) right, court unnamed (empty "
         "source right); but the conviction is a background act of an earlier time, not of the narrative "
         "date 2024-10-21."),
    49: (["target", "date"], "REJECT ('dismissed as a farce') by officials in Tripoli (LBY/GOV; the label 'Libya "
         "move officials' is garbled but the party is right); the target is Haftar, whose move it was, not "
         "'Officials'. Date: the text gives February 2014; the day 17 appears to come from the 'February 17 "
         "Brigade', a number that is not a date."),
    50: (["target", "date"], "CONSULT visit by Mohammed VI right, but 'East' and 'West Africa' are regions, not "
         "parties (empty would be right); and the tour is a background span over past months, not an act of "
         "the document date."),
    51: (["source", "target"], "SUPPORT (endorsed the compact) is right on the Sunday; but the House of "
         "Representatives is Nepal's (the story is Nepal's parliament), not USA; and the Millennium Challenge "
         "Corporation is a U.S. agency (the lead's 'U.S. grant'), so its empty country code is wrong."),
    52: (["type"], "The act inside the four states' accusation (reported, undated, Doha [QAT] as source, right) "
         "is material backing of terrorism, not the verbal SUPPORT PLOVER means; AID (reported) would fit, "
         "and the sentence's own act, ACCUSE four states -> Qatar, was not coded."),
    53: (["target"], "PROTEST by Ukrainians on Sunday right (first event of this act; e2/e3 are the "
         "duplicates); but the march was against the government's decision and 'the government' is named in "
         "the sentence: the state/government is the target, empty is wrong."),
    54: (["source", "date"], "A referendum vote for independence accepted as SUPPORT (approve a policy), though I "
         "would hesitate to code a vote at all. Source: the voters are the Iraqi Kurds, not the state of "
         "Iraq. Date: the ballot was on Monday (2017-09-25); Wednesday is when results showed."),
    55: ([], "All right: Armenian police detained opposition activists that Sunday evening."),
    56: (["target"], "CONSULT (mediated) by Kuwait and the U.S. right, undated span right; but they mediated "
         "between the Saudi-led bloc and Qatar (not named here), not with each other: the self/mutual target "
         "is wrong (empty would be right)."),
    57: (["target"], "COERCE arrest by the FSB right on Saturday; but the 11 detained are given RUS with nothing "
         "in the text to support it (the next sentence reports the suspects as citizens of Tajikistan); the "
         "code should be empty."),
    58: (["target"], "ACCUSE (the ADF 'is accused of killing'), accuser unnamed (empty right), ADF [UGA] right; "
         "but the state of Uganda is wrongly added as a second target."),
    59: (["date"], "ASSAULT Venezuelan security forces -> people right, asserted under attribution; but the "
         "thousands killed are a total summed over 2018-2019, which has no date, not the doc date."),
    60: ([], "All right: REQUEST by the Chinese embassy to the Philippine side, doc date."),
}


def main():
    items = [json.loads(l) for l in (HERE / "events-c-items.jsonl").open()]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        assert set(false) <= set(FIELDS), it["n"]
        if "event" in false:
            assert set(false) == set(FIELDS), it["n"]
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    with (HERE / "events-c.jsonl").open("w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10} {'right/60':>9} {'%':>6} {'right/real':>11} {'%':>6}")
    for f in FIELDS + ["all"]:
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:10} {a:>6}/60 {100*a/60:>5.1f}% {b:>7}/{len(real)} {100*b/len(real):>5.1f}%")
    print(f"spurious: {60-len(real)} (items {[r['n'] for r in out if not r['verdict']['event']]})")
    for f in FIELDS[1:]:
        print(f"  {f} false: {[r['n'] for r in real if not r['verdict'][f]]}")


if __name__ == "__main__":
    main()
