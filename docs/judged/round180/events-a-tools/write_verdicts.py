"""Judge a, round 180: write events-a.jsonl (items + verdict + reasons) and paragraphs-a-verdicts.jsonl.
The verdicts below are the judge's own, made by reading each item's sentence and story
(events-a-tools/doc_events.py, ../round19/tools/show.py) under ../CONVENTIONS.md."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")
T, X = True, False
SPUR = (X, X, X, X, X, X)
ALL = (T, T, T, T, T, T)

V = {
 1: (ALL, "US preparing new sanctions on Iranian individuals and firms: SANCTION (CAMEO 163), future, no date for the act; "
          "'Iranian' governs both nouns, so the firms' empty code is a shade loose, but the target set is the right party with IRN."),
 2: ((T, T, T, X, T, T), "JEM moving fighters out of Darfur is a MOBILIZE by JEM (SDN) on Sunday; but Darfur is only where the "
          "fighters moved from, not a party acted upon: target should be empty."),
 3: (ALL, "The junta (MMR military) promised new elections (CAMEO 034, AGREE); no target named, and the promise is a background "
          "act of unknown time, so no date is right."),
 4: ((T, T, T, X, T, T), "Army killing Khalil Ibrahim on Sunday is right, but the target's country is wrong: Ibrahim, leader of "
          "Darfur's JEM rebels, should be SDN (rebel), not BHR/GOV."),
 5: (SPUR, "Sharif calling off his US trip after the Lahore bombing is a cancellation for a domestic emergency, not a reduction "
          "of relations with the United States; no SANCTION (or other PLOVER act) toward the US here: spurious."),
 6: ((T, T, T, T, X, T), "Washington welcoming the king's appointment of the commission is SUPPORT USA -> King Hamad (BHR), but "
          "it is background ('has since appointed', between March and now): no date, not the report date 2011-07-17."),
 7: (ALL, "US embassy urging US citizens to avoid the area on the day of the attack: REQUEST, right parties and date."),
 8: (ALL, "Fishermen's long-standing complaint against Chinese vessels: ACCUSE PHL -> CHN, ongoing, so the document date is right."),
 9: (ALL, "Rights groups (no country given) accusing Nigeria's security forces: ACCUSE, ongoing ('have long accused'), document date right."),
 10: (ALL, "AU and US condemning the assassination: ACCUSE, no party named as target; 2015-08-02 is the story's own dateline "
          "(Aug 2), the day of the killing and the report."),
 11: (ALL, "Marcos seeking closer defence ties with the US: expression of intent to cooperate militarily (CAMEO 0312, AGREE), "
          "PHL -> USA, since taking office 'last year' (2022)."),
 12: (ALL, "Serbian government lifting most lockdown restrictions in May 2020 (RETREAT, easing restrictions like a curfew, CAMEO "
          "0813); the target Serbia (its population) is not named in the sentence but is clearly the party acted upon."),
 13: (ALL, "US and Qatar signing the counter-terrorism financing agreement on Tuesday 2017-07-11: SUPPORT (sign), mutual, right."),
 14: (ALL, "The junta hailing the referendum result: SUPPORT by the Mali junta (MLI), no party as target, reported as this news."),
 15: (SPUR, "Engineers travelling to a work site when the bomber struck is no CONSULT/visit and no political act: spurious."),
 16: (ALL, "Philippine government welcoming the tribunal's ruling: SUPPORT, no party named as target, reported as this news."),
 17: (ALL, "Saudi Arabia, UAE, Bahrain and Egypt cutting diplomatic and transport links with Qatar on June 5: SANCTION, all right."),
 18: (ALL, "Manmohan Singh calling the attack an attack on democratic values: ACCUSE (disapprove), no party as target, Sunday 2013-05-26."),
 19: ((T, T, T, T, X, T), "Victims killed with sticks and machetes in clashes (the source, unnamed 'groups' in clashes, is acceptably "
          "empty); but the killings are part of the three-day toll (Wednesday to Friday, 2019-10-23..25), so the date should be that "
          "span or none, not Friday 2019-10-25 alone."),
 20: (ALL, "UN General Assembly calling on member states on Friday 2021-06-18 to prevent the flow of arms: REQUEST, right."),
 21: (ALL, "Sisi resigning from the military on Wednesday 2014-03-26: RETREAT resign, EGY, right (the military as target is named)."),
 22: (ALL, "President Vaz accusing (unnamed) officials of nepotism in his address on Wednesday: ACCUSE GNB -> officials (GNB), right."),
 23: (SPUR, "Freed hostages Cisse and Petronin arriving in Bamako is a homecoming, not a CONSULT/visit to the Malian government: "
          "spurious (the sentence's real act, the authorities freeing ~200 prisoners, is RETREAT release)."),
 24: (ALL, "Lieberman refusing to give in to 'a government of Jewish law' (the proposed Netanyahu coalition): REJECT asserted, ISR -> "
          "ISR government; the refusal is part of the collapse being reported, so the document date is acceptable."),
 25: ((T, T, X, T, T, T), "Two people killed on July 1 in the night raid on Igboho's home; the raid was carried out by Nigeria's DSS, "
          "named in the sentence (and 'the agency' found weapons at the house), so the source should be the DSS (NGA), not empty. "
          "(reported_by 'State Department[USA]' is also wrong, though not scored.)"),
 26: ((T, T, T, T, X, T), "Houthi attack on a Saudi warship: ASSAULT YEM -> SAU is right, but Wednesday is the date of the US "
          "statement; the text dates the attack to Monday: should be 2017-01-30."),
 27: (ALL, "Ukraine's parliament approving Shmyhal as prime minister on Wednesday 2020-03-04: SUPPORT (approve actor), right."),
 28: (ALL, "Armenian defence ministry denying launching any attack: coded as ASSAULT negated (as the conventions allow for a "
          "refused/denied act), ARM source, no target named, report date; acceptable."),
 29: (ALL, "China urging all sides to return to talks: REQUEST, CHN -> 'sides' (no country), reported as this news."),
 30: ((T, T, T, T, X, T), "Maoist ambush of the Congress convoy: ASSAULT IND rebels -> Congress politicians right, but the text dates "
          "the attack to Saturday evening: should be 2013-05-25, not the Sunday of the police statement."),
 31: ((T, T, T, T, X, T), "Clinton-Sargsyan talks in Yerevan: CONSULT USA -> ARM right, but the talks came hours before the fighting "
          "erupted, which began on Monday (Tuesday was the second day): should be 2012-06-04, not the document date."),
 32: (SPUR, "'No peace agreement has been signed' states a lasting absence, not an act, and no US act at all: spurious "
          "(the source United States is in any case wrong)."),
 33: (ALL, "Hamas telling Gaza residents to stay in their homes: REQUEST PSE -> residents (PSE), reported as this news."),
 34: ((T, X, X, X, T, X), "The act is the lawyers' planned application to the Turkish court for Demirtas's release: REQUEST, source "
          "Demirtas's lawyers (TUR), target the Turkish court hearing his case (TUR), modality future; no release has happened, "
          "so RETREAT asserted with Demirtas as target is wrong (no date is right for the future act)."),
 35: ((T, T, T, X, T, T), "Barring imports of fuels refined from Russian crude from 2026: a trade ban (COERCE restrict by CAMEO 163's "
          "mapping, or SANCTION), future, source unnamed in the sentence (empty acceptable); but the US and Britain are the exempted "
          "allies, not the target: target should be Russia (RUS)."),
 36: ((T, T, T, T, X, T), "Galstanyan urging supporters to block roads: REQUEST ARM -> supporters right, but it was said at the "
          "Thursday-evening rally: date should be 2024-05-09, not the Friday document date."),
 37: ((T, T, T, X, T, T), "Beijing pressing the armed groups to protect trade routes: REQUEST CHN right, but 'them' are the ethnic "
          "armed groups along the border (Myanmar, MMR), not China; undated repeated act, no date acceptable."),
 38: ((T, T, T, X, T, T), "Insurgents (Boko Haram, NGA) attacking on Tuesday 2013-04-16 is right, but the target is the Multinational "
          "Joint Task Force patrol (mostly Nigerian soldiers; empty or NGA code), not Chad."),
 39: (ALL, "O'Neill rejecting suggestions that PNG had been paid off: REJECT asserted (borderline, a denial of an allegation, but a "
          "rejection), PNG, no party named as target, report date."),
 40: (ALL, "Half a dozen Israelis killed in attacks since the start of the month: ASSAULT on Israelis, no attacker named, a total "
          "since an earlier time, so no date is right."),
 41: (ALL, "Protesters accusing Yingluck of being Thaksin's puppet: ACCUSE THA -> Yingluck, ongoing, document date right."),
 42: (ALL, "PM Markovic condemning the attack: ACCUSE MNE, no party as target (attacker dead, 'the attack'), report date."),
 43: ((T, T, T, X, T, T), "Argentina invading the islands in April 1982: ASSAULT right, but 'the islands' are the British-held "
          "Falklands: target should be the Falkland Islands / Britain (GBR), not empty."),
 44: ((T, X, T, X, T, T), "The lower house voting to block the corruption charge is a REJECT of the charge (263 deputies 'voted to "
          "reject the charge'), which favours Temer, not COERCE restrict against him; target should be empty (the prosecutor general "
          "who brought the charge is not named in the sentence). Source Brazil (BRA) acceptable for the lower house."),
 45: (ALL, "Netanyahu accusing his former aide (Lieberman) of bringing down the government: ACCUSE ISR -> ISR, right."),
 46: ((T, T, T, T, X, T), "MBZ building up the UAE's military (CAMEO 154, MOBILIZE) is right, but it is background over his years as "
          "crown prince: no date, not the document date 2022-05-15."),
 47: (ALL, "Gantz accusing Netanyahu of putting his legal troubles first: ACCUSE ISR -> ISR, reported as this news."),
 48: (ALL, "Turkey's foreign ministry welcoming the resumption of talks: SUPPORT TUR, no party named as target, report date."),
 49: (ALL, "Protests in other Haitian cities on the day of the march: PROTEST demo HTI, aimed at the president (state target right "
          "by the convention), Friday 2019-09-27."),
 50: ((T, X, T, T, T, T), "Imran Khan calling the killing 'a day of shame' is a condemnation: type should be ACCUSE (disapprove), not "
          "REQUEST; source, empty target and date are right."),
}

items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50 and [i["n"] for i in items] == list(range(1, 51))
with open(HERE / "events-a.jsonl", "w") as out:
    for it in items:
        vals, reason = V[it["n"]]
        if not vals[0]:
            vals = SPUR
        verdict = dict(zip(F, vals))
        verdict["all"] = all(vals)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h67-x264-06",
  "coder_events": ["PROTEST (obstruct): anti-government protesters (THA) -> Thai government (THA), blocked voting in Bangkok and the south, 2014-02-02"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found no event in the lead; the blocking of the vote is missed. The 'three months of street turmoil' is background, not coded."},
 {"doc": "h67-x264-07",
  "coder_events": ["CONSULT: Nicolas Maduro (VEN) <-> opposition leaders (VEN), first formal talks, 2014-04-10"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's CONSULT (mutual, Thursday 2014-04-10) is right. The two months of protests are only the talks' purpose (background)."},
 {"doc": "h67-x261-19",
  "coder_events": ["SANCTION (expel/remove from office): Ukraine's parliament (UKR) -> Honcharuk government (UKR), voted to dismiss it, 2020-03-04",
                   "SUPPORT (approve): Ukraine's parliament (UKR) -> Denys Shmyhal (UKR), approved as prime minister, 2020-03-04",
                   "REQUEST (change): Volodymyr Zelenskiy (UKR) -> parliament/government (UKR), demanded the shake-up, no date (before the vote)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the approval of Shmyhal (item #27, right in all fields). The dismissal vote has no clean PLOVER type (coded here as a removal, SANCTION); Zelenskiy's demand is missed."},
 {"doc": "h67-x262-23",
  "coder_events": ["COERCE (seize/raid): Tunisian police (TUN) -> national bar association (TUN), stormed its headquarters, 2024-05-11",
                   "COERCE (arrest): Tunisian police (TUN) -> Sonia Dahmani (TUN), arrested her, 2024-05-11"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline has one COERCE event on 'stormed' with Dahmani as target, so it merges the raid and the arrest; counted as finding one of the two."},
 {"doc": "h67-x264-17",
  "coder_events": ["MOBILIZE (weapons): North Korea (PRK), test-fired a submarine-launched ballistic missile, 2019-10-02 (Wednesday, per the next paragraph)",
                   "CONSULT (future): North Korea (PRK) <-> United States (USA) negotiators due to meet within days (working-level talks)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's MOBILIZE is found (its date, Thursday 2019-10-03, is the report day, not the test day). The planned meeting is missed; 'since it began talks' is background."},
 {"doc": "h67-x263-13",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results only: no PLOVER act between political actors; dateline rightly found none."},
]
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as out:
    for p in P:
        assert p["found"] <= len(p["coder_events"])
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
