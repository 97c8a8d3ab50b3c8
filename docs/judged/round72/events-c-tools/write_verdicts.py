"""Write events-c.jsonl from the judge's verdicts below (fields not listed in `wrong` are right)."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n -> (set of wrong fields, reasons); "event" in wrong = spurious
V = {
 1: ((), "Right: the junta's detention of Bachelet and her mother in 1975 ('the following year' after 1974); the detaining agency is not named in the sentence, so an empty source is right."),
 2: ((), "Right: a death toll summed since October 2023 carries no date, the killer is not named in the sentence, and attribution to the Gaza health authorities keeps it asserted."),
 3: (("date",), "The Security Council's call was made at its emergency session 'on Sunday': date should be 2025-01-26, not the document date (Tuesday 2025-01-28). Type, parties (foreign forces, uncoded) and modality are right."),
 4: ((), "Right by the rules: 'the decision' is the U.S. recognition, an act and not a party, so an empty target is right (I would code the United States as target). Note reported_by names Netanyahu, which is wrong (the speaker is the Syrian ministry itself); modality asserted is right."),
 5: ((), "Right: Toledo's withdrawal from the run-off is a boycott (CAMEO 143), dated 'last week' (2000-W21) relative to the Monday 29 May story; the boycott is aimed at the vote, not a named party, so an empty target is acceptable."),
 6: ((), "Right: Weah conceded to Boakai on Friday 2023-11-17."),
 7: (("target",), "Target should be the protesters in Kinshasa (COD), to whom 'them' refers; an empty target is wrong under the pronoun rule. Police (COD), ASSAULT crowd-control and the Tuesday date are right."),
 8: ((), "Right: Ban urged all sides in Xinjiang (CHN) to show restraint, undated act reported as this news so the document date is right."),
 9: ((), "Right: parliament granting women political rights is CAMEO 0833 (accede to demands for rights) -> CONCEDE, dated 'last year' = 2005."),
 10: ((), "Right: BNP boycott of the 2014 election."),
 11: (("target",), "Target should be Abdoulaye Wade (SEN), named in the sentence as the rival Diouf conceded to; date Monday 2000-03-20 and the rest are right."),
 12: (("source",), "Source country should be ROU: Simion is the Romanian nationalist candidate in Romania's run-off, not uncoded. The 'later' concession sits between Sunday night and the Monday story, so the Sunday-night date is accepted."),
 13: ((), "Right: Ethiopia released the 38 prisoners on Friday 2007-07-20; target given as activists (ETH) and journalists (journalists should also be ETH, and the opposition leaders are omitted), accepted as the released group."),
 14: (("date",), "The lead says Thursday's ruling prompted Germany to expel the diplomats, with the EU following 'within hours': date should be 1997-04-10 (Thursday), not the Friday document date. Type SANCTION expel and parties are right."),
 15: ((), "Right: a negated CONSULT (Wen had no formal talks with Koizumi) distinct from the rejected three-way meeting; summit day is the document date."),
 16: ((), "Right: Bagapsh (Abkhaz separatist, GEO) accused Georgia; undated statement reported as this news takes the document date."),
 17: ((), "Right: U.S. military build-up in the Gulf over the preceding weeks; no single date, so unknown is acceptable; no target named."),
 18: ((), "Right: Russia objected to Denmark; a background act of last month with no date given, so unknown is right."),
 19: ((), "Right: the opposition's call for a new vote, reported Monday 2018-12-31; the addressee is not named so empty target is right."),
 20: ((), "Right: U.S. and U.N. condemned the bombings; the bombers are not named in the sentence, so empty target is right."),
 21: ((), "Right: Xi hosting the BRICS leaders is a CONSULT on Sunday 2017-09-03 (host/visitor direction accepted as a mutual meeting; BRICS as an IGO code accepted)."),
 22: ((), "Right: riot against the French consulate (FRA) on Thursday 2009-09-03 by rioters in Gabon."),
 23: (("date",), "Karzai urged Afghans to vote when he cast his ballot on election day: date should be Saturday 2014-04-05 (the story's lead), not the Sunday document date."),
 24: ((), "Right: Barak's office urged the international community to press Iran; dated with the July 1 dateline."),
 25: ((), "Right: Australia's announced easing of sanctions is a promise of future easing = CONCEDE (asserted); Fiji is not named in the sentence, so empty target is right."),
 26: (("target",), "Target should be Iran (IRN), named in the sentence as the party warned not to entrench itself in Syria. Repeated warnings with no date: unknown is right."),
 27: ((), "Right: security tightened in Colombo (troops deployed), agent unnamed, Saturday document date."),
 28: (("source", "target"), "Source should be the White House spokesman / United States (USA), who did the urging; target should be Israel (ISR), to which 'it' refers. Dateline swapped Israel into the source and left the target empty."),
 29: ((), "Right: insurgency death toll summed over a decade has no date; killers not specified."),
 30: (("event",), "Spurious: the trigger is 'ASEAN's own summit', mentioned only as a time reference; the sentence reports a plan for the East Asia Summit to meet annually (which would be a future CONSULT by its 16 member leaders, not an asserted ASEAN meeting)."),
 31: (("type",), "Type should be ASSAULT: rebels seizing a city is coded ASSAULT under the conventions (wave 30), not COERCE seize. M23 (COD), Goma (COD), 2012 are right."),
 32: ((), "Right: Hasanli alleged ballot-stuffing; the accused are not named, so empty target is right; Thursday document date."),
 33: (("target",), "Target should be Modi / the Indian government (IND), named in the same sentence and the party asked to call the talks off; empty is wrong."),
 34: ((), "Right: Algeria recalled its ambassador from Spain on Saturday 2022-03-19."),
 35: ((), "Right: Prachanda's promises on 15 August 2008 (AGREE, no target)."),
 36: ((), "Right: Hassan called on Tanzanians to unite, Friday 2021-03-19 (sector EDU is odd but country TZA is right)."),
 37: ((), "Right: Seoul court convicted/sentenced Chun on Monday 1996-08-26."),
 38: (("type",), "Type should be REJECT (the Senate resolved it would not ratify any treaty exempting developing economies - a conditional refusal), not SUPPORT; voting for a resolution is not praise/endorsement. Parties, July 1997 date and modality are right."),
 39: ((), "Right: trade/liaison offices with Israel since 1993, a span with no date; COOPERATE accepted (SUPPORT would also fit for liaison offices)."),
 40: (("source", "date"), "Source should be the rival (party) supporters (BGD) named in the sentence as the clashing parties; date should be election day, Sunday 2018-12-30, not the Monday document date."),
 41: ((), "Right: U.S. officials urged Pristina (Kosovo government) to reconsider; undated, document date. reported_by 'Kosovo diplomats' is loose (diplomats in the Kosovo capital) but modality asserted is right."),
 42: (("target",), "Target should be the 10 Jewish defendants (IRN), who were convicted; Israel is only the country they were accused of spying for."),
 43: ((), "Right by the support-rally rule: a pro-Chavez celebration rally with an empty target (state would be wrong); undated, document date."),
 44: ((), "Right: the 13 Jews were arrested early 1999 ('early last year'); arresting agency unnamed."),
 45: (("source", "target", "date"), "The refusal to accept that Taiwan is part of China is Tsai's government's (source Tsai Ing-wen, TWN; target China, CHN), not Beijing's; an ongoing stance takes the document date 2018-11-25, not unknown."),
 46: ((), "Right: U.S. State Department support for Musharraf; undated statement, document date."),
 47: ((), "Right: suicide bombing in Rawalpindi on Thursday 2003-12-25 killing 14 (Musharraf was the intended target, but the victims are acceptable for 'killing'); bombers coded PAK by location accepted."),
 48: ((), "Right: Macron and Sandu welcomed the result; Dan is not named in the sentence, so empty target is right."),
 49: ((), "Right: Brazil agreed to lead the MINUSTAH military component; undated, document date."),
 50: ((), "Right: Davutoglu to step down this month (2016-05), future."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-c.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        spurious = "event" in wrong
        v = {f: (False if spurious else f not in wrong) for f in F}
        v["all"] = all(v[f] for f in F)
        it = dict(it); it["verdict"] = v; it["reasons"] = reason
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
counts = {f: 0 for f in F + ["all"]}
for l in open("events-c.jsonl"):
    d = json.loads(l)
    for f in counts: counts[f] += d["verdict"][f]
print(counts)
