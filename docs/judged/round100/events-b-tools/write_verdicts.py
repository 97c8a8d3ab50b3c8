"""Write events-b.jsonl from the judge's verdicts below (fields: event type source target date modality),
and check the output: order, all == and of six, spurious false everywhere."""
import json
from pathlib import Path
here = Path(__file__).resolve().parents[1]
T, F = True, False
SPUR = "spurious"
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, T, F, T, T, T, "REJECT of the constitutional declaration is right, but the source should be the Kurdish-led administration of northeastern Syria (SYR), not the Syrian Democratic Forces: the next sentence names the SDF as 'its' force, a distinct body. Empty target is right by the rules ('the declaration' names no party; Sharaa's government would also do)."),
 2: (T, T, T, T, T, T, "SUPPORT Vucic (SRB) -> Montenegrin police (MNE); no date given for the praise, so the document date is right."),
 3: (T, T, T, F, T, T, "REQUEST by Karekin II (ARM) is right, but the sentence names the party called on: the target should be his clergy (the Armenian Apostolic clergy, ARM), not empty. Date 2025-06-25 is the story's own dateline day, accepted."),
 4: (T, T, T, F, T, T, "REQUEST Clinton (USA), 2000-08-26 right, but 'urged them' refers to the Nigerian lawmakers: the target should be the Nigerian lawmakers / National Assembly (NGA), not the United States."),
 5: (F, F, F, F, F, F, "Spurious: 'the group still called for Israel's destruction' is the spokesman's description of Hamas's standing position inside his accusation, not a request made to Israel; the sentence's event is the spokesman's ACCUSE Israel -> Hamas. Even if kept, it would be reported and undated."),
 6: (T, T, T, T, T, T, "REJECT White House (USA) of Iraq's offer; 'the offer' names no party, so the empty target is right by the rules (Iraq would also be right); no date in the text, document date right."),
 7: (F, F, F, F, F, F, "Spurious: 'to mediate' is the purpose of the group Lula proposed, already coded as the proposal (e5 AGREE, CAMEO 039 express intent to mediate); no mediation took place and the proposed group, not Lula, would mediate."),
 8: (T, T, T, T, F, T, "ACCUSE Trump (USA) -> Venezuelan government (VEN) right, but the address is the Tuesday speech of the lead: date should be 2017-09-19, not the document date 2017-09-20."),
 9: (T, T, F, T, T, T, "ASSAULT abduct of Zeidan (LBY), October 2013 right, but the sentence names the abductors: source should be the gunmen (country not given, or LBY), not empty."),
 10: (T, T, T, T, T, T, "SUPPORT State Department (USA) welcoming the expulsion; 'the expulsion' names no party, empty target right by the rules (China would also do); document date right."),
 11: (T, T, T, T, T, T, "REJECT India -> U.N. observers (UN code) is a standing position still held, so the document date is right."),
 12: (T, T, T, T, F, T, "MOBILIZE Mongolia troops to Afghanistan is acceptable (AID military assistance would also do), but 'has also sent troops' is a background act of an earlier, unstated time: it should have no date, not the document date 2005-11-21."),
 13: (T, T, T, T, T, T, "ACCUSE Zyuganov (RUS) -> Kremlin (RUS) on the day of the vote, document date right."),
 14: (T, T, T, T, T, T, "REQUEST US and EU urging restraint and removal of the barricades; the sentence names no party asked (the barricades are things), so the empty target is right; document date right."),
 15: (T, T, T, T, T, T, "Summoning Pakistan's envoy to protest is ACCUSE (official complaint), India -> Pakistan's envoy (PAK), Wednesday 2013-01-09 right."),
 16: (T, T, T, T, T, T, "REJECT Hun Sen (KHM) of the opposition's complaints; 'the complaints' names no party, so the empty target is right; document date right."),
 17: (T, T, T, F, T, T, "REQUEST Voronin (MDA) demanding resignation is right, but the sentence names 'the coalition': the target should be the ruling Alliance for European Integration / government (MDA), not empty."),
 18: (T, T, T, T, T, T, "SUPPORT Milosevic (YUG) -> Bulatovic (MNE), a backing still going on, so the document date is right."),
 19: (T, T, T, T, T, T, "SUPPORT (congratulate) Washington (USA) -> Bucaram (ECU), future ('was expected to') with no date: all right."),
 20: (T, T, T, T, T, T, "ASSAULT Pakistani patrol (PAK) -> Indian patrol (IND, coded as India), Tuesday 2013-01-08 right; 'the Indian army said' is attribution, asserted."),
 21: (T, F, T, T, T, T, "'I accept the results' is Ince conceding defeat: type should be CONCEDE (yield), not AGREE; source, empty target, date 2018-06-25 and modality are right."),
 22: (T, F, T, F, T, T, "Suspending the opposition's referendum campaign is a restriction on political activity: type should be COERCE (restrict/ban), not RETREAT ceasefire, and the target should be the Venezuelan opposition (VEN), named in the sentence. Source and Thursday 2016-10-20 right."),
 23: (T, T, T, T, T, T, "ACCUSE China condemning the shooting; 'the shooting' names no party, empty target right; document date right."),
 24: (T, T, T, T, T, T, "The hoped-for EU easing of visa rules for Russians is CONCEDE, hypothetical, undated: right by the modality rules (the EU is labelled 'EU presidency' but carries the EU's code). A coder would also code Moscow's appeal as REQUEST Russia -> EU."),
 25: (T, T, F, T, F, T, "ASSAULT on 24 people (EGY) right, but the sentence names the soldiers and armed men they battled: source should be the Egyptian soldiers (EGY military) and armed men, not empty; and the text dates the violence to Sunday evening, so the date should be 2011-10-09, not the document date."),
 26: (T, T, T, T, T, T, "ASSAULT on political activists (KHM), killer not named, killings over 'the months before the vote' have no single date: all right."),
 27: (T, T, T, T, T, F, "ACCUSE Saakashvili (GEO) -> Russia, undated background act, right; but nothing makes it hypothetical: modality should be asserted."),
 28: (T, T, T, T, T, T, "SUPPORT Abe (JPN) -> U.S. stance (USA); no date for his remark, document date right."),
 29: (F, F, F, F, F, F, "Spurious: 'a Pakistani patrol' is the noun naming the attacker of the attack already coded from this sentence (e4 ASSAULT); slipping across the line is part of that attack, not a mobilization."),
 30: (T, T, T, T, T, T, "COERCE arrest soldiers (SDN) -> young Darfuri men (SDN), reported as this news with no date: document date right."),
 31: (T, T, T, F, T, T, "ACCUSE (strong protest) by Li Zhaoxing (CHN) is right, but the sentence names whom he called in: the target should be Ambassador Joseph Prueher / the United States (USA), not empty."),
 32: (T, T, T, T, T, T, "REQUEST State Department spokesman (USA) -> Moscow (RUS), document date right."),
 33: (T, T, T, T, T, T, "'said on Monday he would not resign' is a RETREAT resign negated (or REJECT asserted) by Abe (JPN), Monday 2007-07-30: right by the conventions."),
 34: (T, T, T, T, T, T, "ACCUSE rights groups (no country) -> Kagame (RWA), an accusation still being made: document date right."),
 35: (F, F, F, F, F, F, "Spurious: 'surrendering the country's interests' is figurative, inside the BNP's accusation, not a military surrender; the codable act is ACCUSE BNP (BGD) -> Bangladesh government (BGD), which dateline did not code."),
 36: (T, T, T, T, T, T, "REQUEST Georgia (GEO) -> UN Security Council for an urgent meeting; no date given, document date right."),
 37: (T, T, T, T, T, T, "REQUEST Ozawa (JPN) -> Japanese government (JPN) to dissolve the lower house; document date right."),
 38: (T, T, T, T, T, T, "ASSAULT (beheading) of an Indian soldier (IND), perpetrator not named in the sentence, dated to the Tuesday attack 2013-01-08; 'Indian media reported' is attribution: right."),
 39: (T, T, T, T, T, T, "REJECT Israel of Hamas's changes; 'the changes' names no party, empty target right; document date right."),
 40: (T, T, T, T, T, T, "AGREE (pledged to work together for peace) by Lula (BRA) and Xi (CHN), mutual, Friday 2023-04-14: right."),
 41: (T, T, T, T, T, T, "REQUEST Kremlin (RUS) -> Kiev (UKR) for talks, Monday 2014-05-12 (document date): right."),
 42: (T, T, T, F, T, T, "ASSAULT deaths at Hodeidah on Saturday 2024-07-20 with the attacker not named in the sentence is right, but the three people killed are in Yemen: target country should be YEM, not ISR."),
 43: (T, T, T, T, F, T, "ASSAULT beat police (BGR) -> demonstrators (BGR) right, but the beating came 'later' than the 10 January break-in and overnight trapping: 1997-01-10 is the date of the earlier act; the text gives only January 1997 (the night of 10-11 January at the earliest)."),
 44: (T, T, T, T, T, T, "ASSAULT deaths (BHR) summed since early December have no date; killer not named: right."),
 45: (T, T, T, T, F, T, "PROTEST thousands (UKR) against the government's decision -> Ukrainian government right, but the rally is still going on when the story is told: date should be the document date 2013-11-29, not none."),
 46: (T, T, T, T, T, T, "REJECT Russian Foreign Ministry (RUS) of Saakashvili's accusations; 'the accusations' names no party, empty target right; document date right."),
 47: (T, T, T, T, F, T, "Future CONSULT Abbas (PSE) -> Trump (USA) right, but the text dates it: two days after Monday's launch (2017-05-01), so the date should be 2017-05-03, not none."),
 48: (T, T, T, T, T, T, "CONCEDE negated: De Venecia (PHL) did not concede, Wednesday document date 1998-05-13: right."),
 49: (T, T, T, T, T, T, "AGREE North Korea (PRK) -> IAEA to let inspectors return, announced Wednesday 2012-02-29: right."),
 50: (T, T, T, T, T, T, "CONSULT Bush (USA) -> Enkhbayar (MNG), Monday 2005-11-21: right."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(here / "events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    v = V[it["n"]]
    d = dict(zip(FIELDS, v[:6]))
    if not d["event"]:
        assert not any(d.values()), it["n"]
    d["all"] = all(d[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = d
    rec["reasons"] = v[6]
    out.append(rec)
with open(here / "events-b.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
# checks
back = [json.loads(l) for l in open(here / "events-b.jsonl")]
assert [(b["n"], b["doc"], b["trigger"]) for b in back] == [(i["n"], i["doc"], i["trigger"]) for i in items]
for b in back:
    vd = b["verdict"]
    assert vd["all"] == all(vd[f] for f in FIELDS)
    if not vd["event"]:
        assert not any(vd.values())
counts = {f: sum(b["verdict"][f] for b in back) for f in FIELDS + ["all"]}
print(len(back), "lines;", counts)
