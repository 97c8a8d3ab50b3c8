"""Write events-b.jsonl from judge b's verdicts (fields that are wrong, per item) and check it.
usage (from docs/judged/round99): python events-b-tools/write_verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (set of wrong fields, reasons); "event" in the set means spurious (false in every field)
V = {
 1: ({"type"}, "'said he would cooperate with the government' is a pledge: AGREE (intent to cooperate, CAMEO 03), not COOPERATE. Source Milanovic and target the Croatian government are right; for the act coded (future cooperation) 'future' and no date are right (as an AGREE it would be asserted, dated the speech)."),
 2: (set(), "REQUEST by the leaders in Donetsk to be absorbed by Russia on Monday; party and country (UKR) right, though the GOV sector/name 'Ukraine leaders' is loose for separatist leaders."),
 3: (set(), "U.N. death toll of the Burundi crisis: ASSAULT, no named killer, 1,200 people (BDI); a total summed since 2015 has no date (rule of round 20)."),
 4: ({"source", "target"}, "CONSULT right, but the parties should be Bush (USA) and Enkhbayar (MNG), either way round; 'the two leaders' is given as one group with no country, and the United States comes from 'U.S. aid', the topic of the talks."),
 5: ({"source"}, "The boycott was by Bulatovic's party (the Socialist People's Party, MNE), not by Bulatovic himself; the rest is right (no party named as target; Thursday = document date)."),
 6: ({"source"}, "The accuser is Kosovo Prime Minister Albin Kurti (XKX), the subject of 'accused'; 'Belgrade' (Serbia government) is the party he says is destabilising Kosovo. Target Vucic, date and modality right."),
 7: (set(), "Kagame's earlier promise to step down (intent to yield, AGREE per CAMEO2PLOVER 035), attributed by the State Department; undated background act, no date is right."),
 8: (set(), "21 killed in the two bomb attacks on Saturday evening (1999-12-18); no attacker named in the sentence, victims Sri Lankan."),
 9: (set(), "South Africa would be required to detain Putin if he came: COERCE arrest, hypothetical, undated; right."),
 10: (set(), "Bolsonaro's allies (BRA) accused Beijing (CHN) of spreading the coronavirus; undated background act, no date is right."),
 11: ({"event"}, "Spurious: 'taken the constitution hostage' is a figure of speech, no abduction; the sentence holds an ACCUSE by the opposition deputy against Orban's government."),
 12: ({"date"}, "Killings of Bangladeshis by Indian border guards are a background grievance of unstated time; it should have no date, not the document date."),
 13: ({"date"}, "ACCUSE Beijing -> Harry Wu right, but the text gives the accusation no date; June 19 is the detention's date, so no date is right."),
 14: ({"type", "source"}, "'We cannot negotiate away the right of a people' is a refusal to yield (REJECT, or a negated CONCEDE), not a negated CONSULT (the talks took place). Polisario's country is Western Sahara (ESH), not Morocco; target Morocco is clearly the counterpart."),
 15: (set(), "The ICC warrant accusing Putin of deporting children: ACCUSE allege (charge with a crime), March 2023. The same act is also coded as e2 'issued' COERCE; of the two this is the right type, e2 is the redundant one."),
 16: ({"date"}, "Kerry's talks with Rodriguez were 'later' on the Friday of the flag-raising: 2015-08-14, not 2014-12 (the December thaw announcement)."),
 17: (set(), "Rights groups called for an independent inquiry; no addressee named, no country given; document date."),
 18: (set(), "Obasanjo and Yar'Adua jailed in 1995 (recalled by NADECO: attribution, asserted); jailer not named in the sentence."),
 19: (set(), "Navalny detained at Sunday's rally, 2017-03-26; detaining police not named."),
 20: ({"source"}, "'it would file a complaint' is the main opposition coalition led by Agathon Rwasa (BDI), not the Burundi government. Future lawsuit, no target party named, undated: right."),
 21: ({"target"}, "Tripoli accepting responsibility is a concession to Britain: target should be the United Kingdom (GBR), not the dead policewoman. Type, source, date (reported Wednesday) right."),
 22: (set(), "North Korean missile launches over Japan (test weapons, MOBILIZE); two launches 'since late August' are a span, no date is right; Japan as the overflown target accepted."),
 23: (set(), "Kyiv called the election illegal: ACCUSE by the Ukrainian government; the sentence names no party (only 'the election'), so an empty target is right by the rules."),
 24: (set(), "Chinese court convicted Harry Wu on Thursday 1995-08-24; right."),
 25: ({"target"}, "NATO's promise that Georgia and Ukraine would join: target should be Georgia (GEO) and Ukraine (UKR), both named in the sentence."),
 26: (set(), "US condemned the detentions; the sentence names no party, so an empty target is right by the rules (Russia's authorities would be the natural target)."),
 27: ({"type"}, "Zarif dismissing Trump's address as 'ignorant hate speech' is criticism: ACCUSE (disapprove), not REJECT (no request or proposal rejected). Empty target right by the rules ('the address' is not a party)."),
 28: ({"type"}, "'promised to find those responsible' is a pledge (AGREE: intent to investigate), not a threat; no threatened party or repercussion is stated. Source, date, modality right."),
 29: ({"source"}, "The police who fired on crowds in Hathazari were Bangladeshi: source country should be BGD, not IND. Date Friday 2021-03-26 right."),
 30: (set(), "Nasheed was forced to resign in 2012: RETREAT resign, 2012, right."),
 31: (set(), "The IMF demanding reforms (ongoing, document date); Thailand not named in the sentence, empty target right."),
 32: ({"target"}, "'the former Soviet satellite' is Mongolia: the target of Bush's praise should be Mongolia (MNG), not the Soviet Union."),
 33: (set(), "Bulgarian protests from early January (1997-01) that broke into parliament; a protest at home aimed at the authorities takes the state as a right target."),
 34: (set(), "Moscow court sentenced Navalny on Monday 2017-03-27; right."),
 35: (set(), "Mikati vowed (Friday 2021-09-10) to halt the freefall and seek IMF help: AGREE toward the IMF accepted; e2 REQUEST is the promised act."),
 36: (set(), "Albanese visited Beijing in 2023: CONSULT visit AUS -> China, 2023; right."),
 37: ({"source", "target", "date"}, "The drone was shot down, by the Abkhaz leaders' account, by their own air defences: source should be the Abkhaz separatists (GEO), not Russian air force officials; target Georgia (its drone); date 2008-04-20, the Sunday the text gives the downing."),
 38: (set(), "Ukrainian officials complained about the new Schengen frontier: ACCUSE, no party named as target; document date."),
 39: ({"target"}, "Lukashenko dismissed 'Western criticism': the target should be the Western critics, the EU and the United States named in the previous sentence, not empty."),
 40: ({"event"}, "Spurious: a political scientist's remark that voters chose stability; voting in an election is not a PLOVER act."),
 41: (set(), "Bulgaria's ruling Socialists bowed to the protests on Tuesday 1997-02-04: CONCEDE; the ruling party acting as the government coded as Bulgaria accepted (the Socialist Party, BGR, would be more exact)."),
 42: ({"date"}, "October is the date of the run-off, not of the allegation; Bulatovic's alleging fraud is still going on, so it takes the document date 1998-01-15."),
 43: (set(), "EU closed its airspace to Russian carriers after the invasion: COERCE restrict EU -> Russian carriers (RUS); no calendar date in the text, none is right."),
 44: ({"type", "date", "modality"}, "Orban did not resign: the protesters chanted for him to resign, a REQUEST (protesters HUN -> Orban) on Monday evening 2012-01-02; the resignation coded is asserted and dated though it did not happen (Orban as its actor and no target are accepted for the act as coded)."),
 45: (set(), "Hamas officials hailed the truce deal: SUPPORT, no party named, document date; right."),
 46: (set(), "Tehran repeatedly accused Pakistan, Britain and the US of sheltering Jundallah; repeated acts of unstated time, no date is right."),
 47: (set(), "Moscow does not recognise the ICC's jurisdiction: SUPPORT negated (equivalent to a REJECT asserted), ongoing, document date; distinct from e4 'rejects the charge'."),
 48: (set(), "Abacha has promised to hand over to an elected government (intent to yield power, AGREE); standing promise, document date accepted; 'an elected government' (NGA) accepted as target."),
 49: ({"date"}, "Beijing recalled its ambassador in protest at the June visit of Lee Teng-hui: 1995-06 (or no date), not the Thursday of the verdict."),
 50: (set(), "Orban rejects the criticism (present tense, document date); 'the criticism' names no party, empty target right."),
}

items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if "event" in wrong:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
    out.append(rec)
with open(HERE / "events-b.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in back) for f in FIELDS + ["all"]}
print(counts)
