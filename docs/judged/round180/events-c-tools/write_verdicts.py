"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from the judge's verdicts below, then check them.
usage (from docs/judged/round180): python events-c-tools/write_verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")

# n: (wrong fields, reasons); "event" among the wrong fields = spurious (false everywhere)
V = {
 1: ({"date"}, "The killings were in Ibrahim's raid on Omdurman, dated May 2008 in the sentence before, so the date should be 2008-05, not left empty. Agent unnamed, so an empty source is right, and the victims were in Sudan (SDN)."),
 2: ({"target"}, "Dismissing the IAEA findings is a rejection (REJECT 'all rejections and refusals'; ACCUSE/disapprove would also fit). The sentence names the agency whose findings are rejected, so the target should be the IAEA (no country code), not empty."),
 3: ({"target"}, "Attack on Sunday 2020-08-09 by unnamed gunmen (empty source right), but the target should be the victims (the French aid workers, FRA, and two Nigeriens, NER), not the Niger government."),
 4: (set(), "India (IND) urged all sides in the Maldives (MDV) to show restraint: REQUEST, undated statement reported as news, document date right."),
 5: (set(), "Lopez Obrador (MEX) thanked/praised Trump (USA) on Wednesday 2020-07-08: SUPPORT, all fields right."),
 6: ({"target", "date"}, "The accusation is right, but the second target 'local opposition leaders' lacks its code: the text makes them plainly Montenegrin (MNE). The date should be the document date 2018-02-22, since authorities 'say' (present, ongoing claim). 2016-10 is when the plot was dated, not when the blaming was made."),
 7: (set(), "Bukele (SLV) dismissing criticism is a REJECT under PLOVER's 'all rejections and refusals'. The critics (HRW) are not named in the sentence, so an empty target is right by the rule, and the undated act takes the document date."),
 8: ({"date"}, "Soldiers (NGA) shooting Baga residents (NGA) is ASSAULT. But it happened last week after the Tuesday attack, so the date should be 2013-04-16 (or week 2013-W16), not the document date 2013-04-22."),
 9: ({"target"}, "Turkish (TUR) military support is AID. But the party it helped is the GNA, Libya's Tripoli government (LBY), so the target should be the GNA, not Haftar, who is also miscoded EGY. June 2020 is right."),
 10: (set(), "State Department (USA) called on all sides in Burundi (BDI) to reject violence: REQUEST. The date 2015-08-02 is the report's own dateline (BUJUMBURA, Aug 2), so it is right."),
 11: ({"date"}, "Prosecutions (ACCUSE/allege) of people in Tunisia by unnamed authorities are right. But 'dozens have been prosecuted' is a total summed since the 2022 decree, so it should have no date, not the document date."),
 12: (set(), "'Did not apologise' is SUPPORT (CAMEO 055 apologize) negated, by Johnson (GBR) on 2022-07-07, with no target named. A coder could also leave it uncoded, but by the rules it is right."),
 13: (set(), "Manila's (PHL) suit is ACCUSE/allege in 2013-01. The sentence does not name the respondent, so an empty target is right by the rule (China would be the fuller coding)."),
 14: ({"event"}, "The arrest is only ordered, not carried out. The order is already coded from this sentence as e8 REQUEST Salam -> army, so this asserted COERCE/arrest is a duplicate of that act, not a second event."),
 15: ({"source"}, "'It' is the Israeli military's evacuation order, so the source should be the Israeli military (ISR), not Palestine. The target, Gaza residents (PSE), and the date 2023-10-13 are right."),
 16: ({"type"}, "The walkout is al-Wefaq pulling out of the national dialogue: SANCTION (CAMEO 164 halt negotiations), not a labour strike. The sentence names no party, so empty source and target are right by the rule, and 2011-07-17 is right."),
 17: (set(), "U.S. Embassy (USA) urged U.S. citizens (USA) to avoid travel: REQUEST. The date 2019-09-27 is the report's own dateline, so it is right."),
 18: ({"event"}, "A factory manager's earlier instruction to his workers to remove posters is a workplace order between private persons, not a political act, so this is spurious. It is also background wrongly given the document date."),
 19: (set(), "All 11 attackers were killed (ASSAULT) in the Grozny fighting of 2014-12-04. The killer is unnamed (empty source right), and the text does not make the attackers' nationality plain (empty code right)."),
 20: ({"source"}, "The source should be the Arab and Turkmen parties of Kirkuk (IRQ), not Turkmenistan. The target, the Federal Supreme Court (IRQ), and the date Sunday 2023-09-03 are right."),
 21: ({"date"}, "Kurdish protesters (IRQ) were killed by an unnamed party: ASSAULT with empty source. But the text dates the clashes to Saturday, so the date should be 2023-09-02, not left empty."),
 22: ({"source", "date"}, "The source is the international arbitration tribunal at The Hague, coded empty (or NLD), not PHL. The request was part of Thursday's ruling, so the date should be 2015-10-29, not the document date 2015-10-30."),
 23: (set(), "A military court (CMR) sentenced Julius Ayuk Tabe (CMR) in August 2019: SANCTION/convict, all right."),
 24: (set(), "The junta (MLI) promised votes before handing power to civilians: AGREE. The promise is an undated background act, so no date is right."),
 25: ({"target"}, "Ongoing recognition by Ankara (TUR) is SUPPORT with the document date. But the party recognised is named in the sentence, so the target should be the Turkish Cypriot state in the north (CYP), not empty."),
 26: (set(), "Abe's (JPN) pledge to protect agriculture is AGREE (a promise) on 2013-03-15, with no party named as recipient. All right."),
 27: ({"target"}, "The EU leaders agreed to open membership talks with Serbia (SRB), so the target should be Serbia alone. Kosovo (XKX) is not a party to this agreement: its SAA talks are in the next sentence."),
 28: (set(), "Xi (CHN) urged Japan (JPN) at the 2015-04-22 meeting: REQUEST, all right."),
 29: ({"source"}, "The warning putting Iran (IRN) on notice is a THREATEN on Wednesday 2017-02-01. But it came from the Trump administration, so the source should be the U.S. government (USA), not Yemen."),
 30: (set(), "Popular Force lawmakers (PER) accused the judge (PER): ACCUSE, undated statement reported as news, document date right."),
 31: (set(), "Around 30 Palestinians (PSE) were killed by Israeli forces (ISR): ASSAULT. It is a total over the month, so no date is right."),
 32: (set(), "The U.S. embassy (USA) working with the Montenegrin authorities (MNE) on the investigation is COOPERATE on 2018-02-22. All right."),
 33: ({"date"}, "Igboho (NGA) was detained by an unnamed party at Cotonou (the same arrest as the lead, but a separate sentence). The lead says 'late on Monday', which is 2021-07-19 (the document date 2021-07-20 is a Tuesday), not 2021-07-18."),
 34: (set(), "Janot (BRA) accused Temer (BRA): ACCUSE/allege. It is an undated background act, so no date is right."),
 35: ({"type"}, "Removing the barrier China's coast guard installed is no concession by the Philippines, so not RETREAT: it is a coercive act against China's installation (COERCE). Source PHL, target CHN coast guard, and the date of the report are right."),
 36: (set(), "Summoning the U.S. ambassador (USA) is ACCUSE (CAMEO 114 complain officially) by China (CHN) on Wednesday 2011-09-21. All right."),
 37: ({"date"}, "Security forces (ETH) shot protesters (ETH): ASSAULT/firearms. But the shootings were over the three days of unrest from Wednesday, so the date should be 2019-10-23..25. The 2019-10-25 given is the day of the police chief's statement."),
 38: ({"event"}, "Flying to a state capital is travel, not a meeting: the sentence names no host or counterpart, and 'Raipur' is a city, not an actor. A trained coder would code no CONSULT here."),
 39: (set(), "Navalny (RUS) jailed three times in 2017: COERCE/arrest with the jailer unnamed. It is a separate act from the police detentions in the same sentence (e3). Year precision is right."),
 40: ({"event"}, "'Seselj's support for a Greater Serbia' is an ideological stance described in the judge's ruling, not an act of support toward an actor, so this is spurious."),
 41: ({"date"}, "Nkurunziza (BDI) urging Burundians (BDI) to stay calm is a REQUEST. But the address followed the killing on Sunday, so the date should be 2015-08-02. 2015-05 is the month of the earlier coup attempt."),
 42: ({"source"}, "The source should be Vice Foreign Minister Liu Zhenmin with his country code, CHN (China's vice foreign minister, speaking in Beijing), not empty. ACCUSE toward the Philippines on Friday 2015-10-30 is right."),
 43: ({"target", "date"}, "The deployment (MOBILIZE, deployer unnamed) is aimed against the rebels in Darfur and South Kordofan (SDN), so they should be the target, not the RSF that are deployed. The deployment is ongoing since last year, so the date should be the document date 2014-05-18, not empty."),
 44: ({"source", "target", "date"}, "The appeal for calm is Masoud Barzani's (IRQ), so he should be the source, not empty. It is addressed to no named party, so the target should be empty, not the killed Kurdish protesters. The statement is news, so the date should be the document date 2023-09-03."),
 45: (set(), "Maldives police (MDV) arrested Nasheed (MDV) on Monday 2012-10-08: COERCE/arrest, all right."),
 46: (set(), "Germany's (DEU) decision in June 2017 to move its troops out of Incirlik is a troop move (MOBILIZE), with no target named. SANCTION would also fit; all fields right by the rules."),
 47: (set(), "Houthi gunmen (YEM) patrolling the seized city is an ongoing show of force (MOBILIZE) with the document date. All right."),
 48: (set(), "Brigadier General al-Qushaibi (YEM) was killed on Tuesday 2014-07-08 in the assault by an unnamed party: ASSAULT, all right."),
 49: ({"target"}, "Turkey (TUR) invaded in 1974: ASSAULT. But Cyprus is named in the sentence, so the target should be Cyprus (CYP), not empty."),
 50: ({"date"}, "Pakistan (PAK) blaming militants based in Afghanistan (AFG) is ACCUSE. But it was the reaction to the July 2021 bus bombing, so the date should be 2021-07, not the document date 2024-03-27."),
}

PARAS = {
 "h67-x264-09": (["REJECT: arbitration tribunal in The Hague (no code) -> China (CHN), ruled it has jurisdiction, rejecting Beijing's argument that it had none, 2015-10-29",
                  "ACCUSE: Philippines (PHL) -> China (CHN), case brought challenging China's South China Sea claims (legal action), background (filed 2013-01 per the story)"],
                 "The ruling on jurisdiction is the news. The Philippine case is a background legal action named in the lead. Dateline codes nothing in this paragraph."),
 "h67-x261-10": (["PROTEST: opposition deputies (XKX) -> Kosovo parliament (XKX), set off tear gas canisters to disrupt the session, 2016-02-26",
                  "PROTEST: protesters (XKX) -> police (XKX), thousands clashed with police outside parliament (riot), 2016-02-26"],
                 "The parliament's election of Thaci is not a PLOVER event and is not counted. Dateline codes nothing in this paragraph."),
 "h67-x264-11": (["SANCTION: China (CHN) -> Taiwan (TWN), suspended the official communication channel, 2016-05-20 (halted since May 20, per the next paragraph)",
                  "REJECT: Taiwan's new government (TWN) -> China (CHN), refused to endorse the one-China principle, ongoing (2016-06-25)"],
                 "Dateline codes nothing in this paragraph: neither the suspension nor the refusal."),
 "h67-x263-17": (["ASSAULT: gunmen (no code) -> six French aid workers (FRA) and two Nigeriens (NER), killed at the Koure reserve, 2020-08-09",
                  "ACCUSE: Emmanuel Macron (FRA) -> the attackers, called the attack 'murderous', 2020-08-09"],
                 "Dateline codes no event in the lead. Its e1 (item #3) is the second paragraph's 'they were attacked', which is not counted here."),
 "h67-x261-01": ([],
                 "Winning a UN Security Council seat by General Assembly vote, after Slovenia's contest, is no PLOVER act between actors. Slovenia's withdrawal of its candidacy is in the next paragraph. Dateline codes nothing here."),
 "h67-x262-05": ([],
                 "Parliament extending its own mandate and postponing elections is a domestic institutional act with no PLOVER type (at most COERCE/restrict, which a coder would not code here). Dateline codes nothing here."),
}


def main():
    items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    with open(HERE / "events-c.jsonl", "w") as out:
        for it in items:
            wrong, reason = V[it["n"]]
            assert wrong <= set(F), it["n"]
            if "event" in wrong:
                v = {f: False for f in F}
            else:
                v = {f: f not in wrong for f in F}
            v["all"] = all(v[f] for f in F)
            rec = dict(it)
            rec["verdict"] = v
            rec["reasons"] = reason
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
    with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as out:
        for p in paras:
            acts, notes = PARAS[p["doc"]]
            out.write(json.dumps({"doc": p["doc"], "coder_events": acts, "found": 0,
                                  "dateline_events": len(p["events"]), "spurious": 0, "notes": notes},
                                 ensure_ascii=False) + "\n")
    check(items, paras)


def check(items, paras):
    got = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
    assert len(got) == 50
    for it, g in zip(items, got):
        assert (g["n"], g["doc"], g["trigger"]) == (it["n"], it["doc"], it["trigger"])
        assert {k: g[k] for k in it} == it
        v = g["verdict"]
        assert v["all"] == all(v[f] for f in F)
        if not v["event"]:
            assert not any(v[f] for f in F + ("all",))
    pv = [json.loads(l) for l in open(HERE / "paragraphs-c-verdicts.jsonl")]
    assert len(pv) == 6 and [p["doc"] for p in pv] == [p["doc"] for p in paras]
    counts = {f: sum(g["verdict"][f] for g in got) for f in F + ("all",)}
    print("right of 50:", counts)
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
          "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))


if __name__ == "__main__":
    main()
