"""Write events-c.jsonl from judge c's decisions (round 174). Fields: event, type, source, target, date, modality.
Each decision lists the fields judged wrong ('SPURIOUS' = not an event) and the reasons.
usage (from docs/judged/round174): python events-c-tools/write_verdicts.py"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
D = {
 1: ([], "Right: Oli's government (NPL) seeking closer links with China is a request for closer ties (REQUEST/assist), an ongoing policy, so the document date is right; Oli stands for his government (same NPL/GOV code)."),
 2: ([], "Right: Iran criticised the Patriot plan on the news day; 'the plan' is no party, so an empty target is right by the rules (NATO/Turkey would also do)."),
 3: ([], "Right: U.S. companies signing energy deals on Thursday (Aug 20) is SUPPORT (sign agreement, CAMEO 057); the sentence does not say with whom, so the empty target is right. reported_by Trump is wrong (the clause is the reporter's), but that field is not scored."),
 4: (["target"], "Target should be South Sudan / Juba (SSD government), named in the same sentence as the party the $36 demand is made of; empty is wrong."),
 5: (["date"], "SUPPORT of the U.N. resolutions is acceptable, but the votes are background acts of earlier weeks (the March UN votes, no date in the text): date should be none, not the document date 2022-04-04."),
 6: ([], "Right: Sirisena (LKA) signed the nuclear pact with India (IND) on Monday 2015-02-16."),
 7: (["source"], "Source should be Yemen's government (YEM/GOV), 'the Saudi-backed government'; dateline gives a country-less 'backed government' plus Saudi Arabia, which is the backer, not the accuser."),
 8: (["SPURIOUS"], "Spurious: 'would not be used to support a no-fly zone' is military use of the missiles, not verbal SUPPORT between actors; the sentence's SUPPORT (solidarity with Turkey) is already e1."),
 9: ([], "Right: Modi (IND) urged Colombo (LKA government) during the Feb 16 talks; REQUEST, document date."),
 10: (["source"], "Source should be the Pakistani foreign office spokesman (PAK): 'He' refers to the Pakistani spokesman of the previous sentence, not the BJP lawmaker."),
 11: ([], "Right: a protest by Goma protesters (COD) demanding the government cut ties with Rwanda is PROTEST aimed at the authorities, so the Congolese state is a right target; document date for the reported demand."),
 12: ([], "Right: African and Western governments (no single country) welcomed the move on the news day; 'the move' is no party, so the empty target is right (Ethiopia would also do)."),
 13: ([], "Right: Benomar (U.N.) welcomed the decision on the news day; the empty target is right ('the decision' is no party)."),
 14: ([], "Right: Bachelet (U.N. High Commissioner) urged Colombo (LKA government); REQUEST, document date, asserted with reported_by Bachelet."),
 15: ([], "Right: opponents accuse Kabila (COD) of stalling, an ongoing accusation dated to the story; an empty country is right for 'opponents' as the text gives none."),
 16: ([], "Right: security forces (PHL) tried to capture Hapilon on May 23 (explicit); coded as the arrest attempt, COERCE, asserted."),
 17: ([], "Right: tens of thousands marched in Minsk on Sunday 2020-10-11 with no stated aim, so the Belarusian state is a right target."),
 18: ([], "Right: Luxon (NZL) thanked Ardern (NZL) on the news day; SUPPORT."),
 19: (["target"], "Target should be the small Montenegrin parties representing ethnic Albanians, Bosniaks and Croats (MNE); dateline gives the ethnic groups Bosniaks and Croats coded BIH and HRV. Type, future modality and no date are right."),
 20: (["target"], "Target should be Europe (the EU / European governments), named as the party Putin urged; empty is wrong. Date 2018-08-18 (Saturday talks) is right."),
 21: ([], "Right: the Freedom Party (AUT) signed with United Russia (RUS) in 2016; the extra 'Putin' in the target list is redundant (his party, same RUS code) and is not counted against it."),
 22: (["date"], "Date should be 2022-06-13, the Monday the lead gives for the capture of Bunagana ('had taken the town'), not the document date. Taking ground is ASSAULT by the conventions; 'the town' is no party, so the empty target is right."),
 23: ([], "Right: the UNSC endorsed the Syria peace roadmap on Friday 2015-12-18; Syria as the target of the endorsed plan is accepted (an empty target would also do)."),
 24: ([], "Right: Uganda (UGA) deployed special forces to Juba (SSD), said on Tuesday 2025-03-11; MOBILIZE troops."),
 25: (["target"], "Target should be Malaysia (MYS), named as the party Goldman agreed to pay; empty is wrong. AGREE, source (USA code for Goldman is acceptable) and date 2020-W30 ('last week') are right."),
 26: (["SPURIOUS"], "Spurious: gangs freeing inmates in a prison attack is part of the ASSAULT already coded from this sentence (e3), not a RETREAT release of captives by their holder."),
 27: (["target", "date"], "Target should be empty (the law approved is the government's, the MILF is only party to the peace deal); date should be about a week before Jan 27 ('less than a week' before the bombing), not the document date 2019-01-28."),
 28: (["target"], "Target should be the West (the Western governments whose sanctions Serbia refused to join); Russia is the object of the sanctions, not of the refusal."),
 29: ([], "Right: unattributed shooting after the truce took effect on Monday is an ASSAULT; the sentence names no party, so empty source and target are right."),
 30: ([], "Right: business groups and Republicans (USA) criticised Trump's move on the news day; 'the move' is no party, so the empty target is right."),
 31: (["source"], "Source should be the Iran-backed militias the sentence names as those blamed for the rocket attacks (country empty or IRQ); empty is wrong. Target (U.S. embassy, USA) and date 2020 are right."),
 32: ([], "Right: a death toll of 1,700 civilians since the protests began (SYR) has no date by the rules; no killer is named in the sentence."),
 33: (["target"], "Target should be Tahir Elci (TUR), the lawyer who was shot dead; empty is wrong. Date 2015-11-28 is right."),
 34: ([], "Right: the United States imposed sanctions on Turkey's procurement agency SSB (TUR) on Monday 2020-12-14."),
 35: ([], "Right: U.S. forces (USA) carried out air strikes in the ongoing Ghazni battle, dated to the story; the Taliban are not named in the sentence, so the empty target is right."),
 36: ([], "Right: Hanoi (VNM government) accused Chinese patrol boats (CHN) in May and June 2011; 2011-05 is the start of the span the text gives."),
 37: ([], "Right: the bombs killed at least 20 people (PHL) on Sunday 2019-01-27; no perpetrator in the sentence."),
 38: (["source"], "Source should be the U.N.-backed tribunal alone: dateline adds Rafik al-Hariri, the victim of the assassination under investigation. ACCUSE (investigation/indictment), date and modality are right."),
 39: (["source"], "Source should be North Korea (PRK), named in the sentence as where (and by whom) the Americans were detained; empty is wrong. No date for 'in past years' is right."),
 40: ([], "Right: curfews in force on districts of Sur, an ongoing measure dated to the story; the imposing authority is not named, so the empty source is right."),
 41: ([], "Right: the Tunisian government promised jobs in Kasserine: a pledge is AGREE by the conventions; no date is given in the text, and no party is promised to."),
 42: ([], "Right: Simson (EU) welcomed the gas deal on the news day; the empty target is right ('the agreement' is no party)."),
 43: ([], "Right: the SPLM-IO (SSD) accused Kiir's camp (Kiir, SSD) on the news day."),
 44: (["target"], "Target should be empty (the sentence does not say with whom the companies signed) or Iraq; dateline repeats the source companies as the target, which is wrong."),
 45: (["target", "date"], "Target should be the exiled Ethiopian opposition groups with code ETH ('welcomed ... home'); date should be none, as the welcome is a background act since Abiy took power in April, not the document date."),
 46: (["target"], "Target should be Rwanda (RWA), the other party to the asylum deal, named in the same sentence; empty is wrong. Date 2022-04 is right."),
 47: ([], "Right: the foreign ministers (Saudi Arabia among them) met Blinken (USA) on the news day; coding the group as Saudi ministers is acceptable, though the other ministers are missing."),
 48: (["source", "date"], "Source should be empty (the passive 'has been asked' names no asker; the U.S. and Russia come from another sentence and are not shown to be the askers); date should be none, as the request is an earlier act, not the document date."),
 49: (["type", "target"], "Type should be COERCE (or SANCTION), a law forcing judges to retire, not SUPPORT, which is approval of another party's act; target should be the judges (SLV) named in the sentence. Date 2021-W34 ('last week') is accepted."),
 50: (["source", "date"], "Source should be Netanyahu (ISR), the one who dismissed Gallant (named in the sentence and in the lead); date should be 2024-11-05, the Tuesday of the firing, not 2024-10-07 (taken from the 'Oct. 7 last year' failures)."),
}
items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and sorted(D) == [i["n"] for i in items]
with open("events-c.jsonl", "w") as f:
    for it in items:
        wrong, reason = D[it["n"]]
        if "SPURIOUS" in wrong:
            v = {k: False for k in FIELDS}
        else:
            assert all(w in FIELDS for w in wrong), wrong
            v = {k: k not in wrong for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
