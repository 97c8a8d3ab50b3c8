"""Write events-d.jsonl from the judge's verdicts below (n -> wrong fields, reasons).
'SPURIOUS' in the wrong list marks an item that holds no event (false in every field)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "China's announced protest to Pyongyang is ACCUSE (CAMEO 114), China -> North Korea; 'would lodge' is future and the undated future act rightly has no date."),
 2: ([], "Holding the Yugoslav authorities responsible for Stambolic's safety is a disapproving/accusing statement (ACCUSE), Washington -> Yugoslav authorities (YUG), said on the report's Sunday."),
 3: ([], "Hamas and Islamic Jihad (PSE) rejecting Abbas's pledge is REJECT toward Abbas, reported as this news on the document date."),
 4: ([], "Parliament accusing Basescu of overstepping his powers when it suspended him on April 19: ACCUSE, Parliament (ROU) -> Basescu (ROU), 2007-04-19."),
 5: (["date", "modality"], "CONCEDE is right (PLOVER: promise of future easing of restrictions), Japan -> South Korea, but the concession is the promise itself, made at the summit: modality should be asserted and the date 2023-03-16, not future/undated."),
 6: (["SPURIOUS"], "Mills travelling to the United States for medical checks is a private medical trip, not a consultation or visit hosted by a political actor; no PLOVER event."),
 7: (["target"], "SUPPORT by the Spanish government is right, but 'the head of state' is King Juan Carlos (ESP), not Hugo Chavez; target should be Juan Carlos (ESP)."),
 8: (["target"], "The negated approval (SUPPORT, UN Security Council) is of Christian Schmidt's appointment; target should be Christian Schmidt (DEU), not the Russian government (the clause's REJECT by Moscow and the Bosnian Serbs is a separate, uncoded act)."),
 9: ([], "Tudjman's office calling the attacks 'a terrorist crime' is ACCUSE; the sentence names no attacker, only 'the attacks', so an empty target is right by the rules; document date 1995-05-03."),
 10: (["source"], "An ongoing conflict killing thousands a year can be taken as a continuing ASSAULT with the document date, but the source is the conflict between guerrillas, right-wing paramilitaries and the state (COL), not the truncated 'wing paramilitaries' alone."),
 11: ([], "The State Department congratulating Ecuadoreans on the vote is SUPPORT, USA -> Ecuadoreans (ECU), reported as this news (2006-11-27)."),
 12: ([], "Trump agreeing on Monday to delay the tariffs is AGREE (USA -> Mexico, Canada), 2025-02-03, asserted."),
 13: (["source"], "ACCUSE with an empty target is right ('the launch' names no party), but 'Both leaders' are Yoon Suk Yeol (KOR) and Fumio Kishida (JPN); a source with no country code loses both."),
 14: ([], "Bizimungu's arrest is COERCE arrest with no named arresting party; the text gives no date ('later'), so no date is right."),
 15: (["target"], "Russia's full-scale invasion (ASSAULT, 2022-02) is of Ukraine, which the sentence names as Kyiv; target should be Ukraine (UKR), not empty."),
 16: ([], "The AU and the US welcoming the election result is SUPPORT; 'the result' is not a party, so the empty target is right; document date 2009-01-31."),
 17: (["SPURIOUS"], "'Slammed' is the shells hitting Bogota, not criticism; there is no ACCUSE here (the act is an ASSAULT by the suspected rebels, which dateline did not code)."),
 18: (["date"], "Kaczynski's campaign pledge is AGREE (POL), but it was made during the campaign before the October 23 run-off, a background act given the document date; date should be none (campaign period, no date in text)."),
 19: ([], "Government officials (BGD) rejecting the accusation is REJECT; the sentence names no accuser, so the empty target is right; document date 2005-08-18."),
 20: ([], "Detention of thousands of PTI supporters (PAK) in the crackdown after May is COERCE arrest; the text gives no date for it, so none is right; PTI stands for its supporters acceptably."),
 21: ([], "Correa blaming the traditional parties for a decade of chaos is ACCUSE, Correa (ECU) -> traditional parties (ECU); a standing charge, document date."),
 22: ([], "The State Department praising the high turnout is SUPPORT; the turnout is not a party, so the empty target is right; document date 2012-10-08."),
 23: ([], "The act inside the accusation, Djukanovic 'bowing to Washington', is a reported yielding (CONCEDE), Djukanovic (MNE) -> US (USA), with the report's date; it is not a duplicate of the ACCUSE coded from the same sentence."),
 24: ([], "Georgian leaders accusing Russia of sabotage in January: ACCUSE GEO -> RUS, 2006-01."),
 25: ([], "Washington and Tokyo urging both sides (the Indonesian government and GAM, IDN) to return to talks is REQUEST, document date 2003-05-19."),
 26: (["type"], "Voronin having 'clashed with Moscow' over Transnistria is a political dispute, not violence: type should be ACCUSE (disapprove), not ASSAULT; parties and the ongoing-act date are right."),
 27: ([], "Lissu's call for electoral reform (REQUEST, TZA, no target named) is an earlier act with no date in the text; attribution to his lawyers ('said') keeps it asserted."),
 28: (["SPURIOUS"], "An observer group 'coordinated by the United Nations' is a description of who organised the mission, not a consultation or meeting; no event."),
 29: (["date"], "RETREAT resign by Haradinaj (XKX) is right, but the resignation took place on Friday, as the story's first sentence says; date should be 2019-07-19, not the document date."),
 30: ([], "North Korea's first nuclear test in 2006 is MOBILIZE (weapons test), PRK, dated 2006 as the text gives."),
 31: (["source"], "RETREAT resign from the army in April 2009 is right, but Abdel Aziz is Mauritanian; source code should be MRT, not CIV."),
 32: (["target"], "The Houthi seizure of the ship is ASSAULT (hijacking) on Sunday 2023-11-19, but the sentence names what was seized: target should be the cargo ship and its 25 crew members (no country code; the ship was not Israeli), not empty."),
 33: (["source", "target"], "COERCE curfew in early December 2017 is right, but 'the government' is the Honduran government; source should be the Honduras government (HND) and the target Honduras (HND), not the United States."),
 34: (["source", "target"], "SUPPORT is right, but the speaker is the U.S. embassy in Ankara (USA) and 'its NATO ally' is Turkey; source should be the U.S. embassy/United States (USA), target Turkey (TUR)."),
 35: ([], "China signing bilateral deals on the trip is SUPPORT (sign agreements); the partners are not named in the sentence, so the empty target is right; recent act, document date."),
 36: (["modality"], "CONSULT Thaci (XKX) -> party leaders (XKX) is right, but 'must first consult' is a required next step, not a condition; modality should be future, not hypothetical."),
 37: (["source", "target"], "REJECT of earlier drafts, undated, is right, but 'whose government' is Lavrov's, Russia (RUS), not a Syrian government; the drafts' authors are not named, so the target should be empty, not Assad (the drafts excluded Assad)."),
 38: ([], "More than 4,000 killed since late 2005 is a total summed from an earlier time: ASSAULT with no source named, target the victims (LKA), no date - all as coded."),
 39: ([], "Ocalan's continuing negotiations with Turkish intelligence officials are CONSULT, TUR -> TUR, an ongoing act with the document date."),
 40: (["date"], "COERCE ban, Ukraine -> Russian channels, films and artists (RUS), is right, but the bans were made at earlier times 'since' 2014 and are given the document date; date should be none (no date in text)."),
 41: (["target"], "SUPPORT by Bosniak leaders (BIH) for the ban is right, but 'the ban' is not a party and Bosnia and Herzegovina did not impose it (Inzko did); target should be empty."),
 42: (["date"], "RETREAT resign by Abdallahi (MRT) is right, but it is a background act under the June accord, before the vote; the document date is wrong - date should be none (or 2009-06, the accord's month)."),
 43: (["source"], "A planned visit (future, Saturday 2000-11-18) during the state visit, but 'the president' who is due to visit the dig for a U.S. pilot is Bill Clinton (USA), not Tran Duc Luong; source should be Clinton (USA)."),
 44: ([], "Clinton restoring diplomatic relations in 1995 is SUPPORT (diplomatic recognition) by Clinton (USA); the partner is not named in the sentence, so the empty target is right."),
 45: ([], "The U.S. call for the disputes to be resolved through dialogue is REQUEST (USA), a standing position given the document date; the disputing parties are not named in the sentence."),
 46: (["date"], "SANCTION (cutting contacts) Palestinian leadership (PSE) -> Trump administration (USA) is right, but it happened after the December 2017 recognition, not on the document date; date should be 2017-12 (after the recognition) or none."),
 47: ([], "Jordanians welcoming the king's move is SUPPORT, Jordanians (JOR) -> King Abdullah (JOR), reported with the story's Sunday announcement."),
 48: (["source"], "REQUEST to China to return rifles and pay damages is right, but General Romeo Brawner is the Philippine armed forces chief; source code should be PHL, not CHN."),
 49: ([], "Palestinian officials (PSE) criticising the visit is ACCUSE; 'the visit' is not a party, so the empty target is right; document date 2021-12-14."),
 50: (["date"], "REQUEST Nasheed -> his supporters (MDV) is right, but the text dates it 'late on Friday'; date should be 2015-03-13, not none."),
}

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
with open(HERE / "events-d.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if "SPURIOUS" in wrong:
            v = {f: False for f in F}
        else:
            assert all(w in F for w in wrong), wrong
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", HERE / "events-d.jsonl")
