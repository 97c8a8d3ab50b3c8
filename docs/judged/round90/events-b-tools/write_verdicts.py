"""Write events-b.jsonl from events-b-items.jsonl and the verdicts below (fields: event type source target date modality;
T = right, F = wrong; a spurious event is written false in every field). Also check the file and print the counts."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPURIOUS = "SPURIOUS"

V = {
 1: ("TTTTTF", "A planned visit by Medvedev (the 'Russian head of state') to Venezuela: CONSULT RUS -> VEN is right and 2008-11-26 is the day after Tuesday's arrival, but 'is due in Caracas' makes the visit future, not asserted."),
 2: ("TTTTTT", "Pompeo's calling the vote a sham is an ACCUSE reported as Monday's news; 'the vote' names no party, so the empty target is right by the conventions (a coder might have used Venezuela's government)."),
 3: ("TTTTTT", "The Security Council's suspension of the arms embargo on the Rwandan government is easing an embargo (CAMEO 085, RETREAT); 'last week' before Tuesday 22 August 1995 is week 33."),
 4: ("TTTTFT", "The killing of about 300,000 people in Burundi's war is a total summed over the war since 1993, so it takes no date; the document date is wrong. 'Are believed' makes reported acceptable."),
 5: (SPURIOUS, "'Thaksin had called it' means he called (convened) the election, not a telephone call; there is no CONSULT here."),
 6: (SPURIOUS, "'Surrendering sovereignty to Washington' is a figurative charge inside the opposition's accusation (already coded as the ACCUSE); it is no military surrender, and the US as both source and target shows the misreading."),
 7: ("TTTTTT", "Trump's cruise missile strike on a Syrian air base on Thursday night (2017-04-06) is an ASSAULT USA -> Syria; all fields right."),
 8: ("TTTFFT", "The rebels' (UNITA) demobilising their own fighters is RETREAT, but the fighters are the source's own men, not a party the act is directed at: the target should be empty. 'Had demobilised' is an earlier act, so it should have no date, not the document date."),
 9: ("TTTFTT", "Iran and Russia criticised the U.S. raid; Syria is the victim whose sovereignty was violated, not the target. The target should be the United States (USA), whose attack it was, or empty."),
 10: ("TTTTTT", "Bangladesh's opposition (BGD) accusing Hasina (BGD) is an ACCUSE reported as this news; all fields right."),
 11: ("TTTFTT", "Wahid's promise that those responsible would be punished is an acceptable THREATEN, but 'those responsible' in the sentence refers to the pro-Indonesian militiamen who killed the UN staff: the target should be those militiamen (IDN), not empty."),
 12: ("TTFFFT", "The raid that killed Abu Ghadiya was by U.S. special forces: the source should be the United States (USA), not Iraq. The target is Abu Ghadiya, the smuggling network's Iraqi leader, not an Iraqi government leader. The date should be 2008-10-26, the Sunday of the raid."),
 13: ("TTTFTT", "Annan asking 'both sides' is a REQUEST, but the sides are the Greek Cypriot and Turkish Cypriot leaders Clerides and Denktash (Cyprus), not Greece and Turkey. The target is wrong."),
 14: ("TTTTFT", "Nkurunziza's pledge of priorities is an AGREE (promise), but he made it in his speech to parliament after Friday's vote: the date should be 2005-08-19, not the document date."),
 15: ("TTTTTT", "Xi inviting Trump on a state visit is an AGREE (invitation) CHN -> USA. 2017-04-07 is the day of the summit report (dateline April 7). All fields right."),
 16: ("TTTTFT", "Montenegro's accusation against Russian agents is an ACCUSE MNE -> RUS, but it is background (made after the 2016 elections), not this news: it should have no date, not the document date."),
 17: ("TTTTTT", "Putin ordering the pullout from Syria is a RETREAT (withdraw) ordered on Monday 2016-03-14. No party acted upon is named in the sentence, so the empty target is right."),
 18: ("TTFFFF", "'He' is Kazemi Qomi, so the source should be Iran (IRN), not the U.S. government. He blamed the U.S. military presence, so the target should be the United States (USA), not Iraq. The act is this news (2007-05-28), not undated, and asserted: the 'if' condition belongs to the other clause."),
 19: ("TTTFFT", "The U.S. urging is a REQUEST, but 'both sides' are Armenia (ARM) and Azerbaijan (AZE) and the text makes this plain, so 'sides' with no country is wrong. The text dates only Macron's statement (Thursday), so this act takes the document date 2021-05-14, not 05-13."),
 20: (SPURIOUS, "'Said they [the sanctions] would not intimidate officials' is no threat by Hong Kong's government. The act in the sentence is an ACCUSE of the U.S. sanctions ('shameless and despicable'), which was not coded."),
 21: ("TTTTTT", "The White House calling on Egypt to release Nour is a REQUEST USA -> EGY, made on the day of the report (Cairo dateline Dec 24). All fields right."),
 22: ("TTTTFT", "Tadic's 'I will never accept that' counts as a refusal: AGREE negated is acceptable by the conventions' refuse rule (REJECT asserted is equivalent), and 'that' names no party. But the statement is this news, made after Friday's meeting with Ahtisaari: the date should be 2007-02-02 (at least the document date), not undated."),
 23: ("TTFTTF", "The Bush administration is the U.S. government, so the source code should be USA, not SYR. Damascus's denial does not negate the accusation: the modality should be asserted. The ongoing accusation ('has long accused') rightly takes the document date."),
 24: (SPURIOUS, "'Santos struck a softer tone' is a conciliatory shift, not a verbal attack; no ACCUSE."),
 25: ("TTTTTT", "Navalny calling the result 'a huge lie' is an ACCUSE reported as this news. 'The result' names no party, so the empty target is right by the conventions."),
 26: ("TFTTTT", "Giving Lebanon's charge d'affaires 48 hours to depart is an expulsion of a diplomat (SANCTION), not an ultimatum threat. Source, target and Saturday's date (2021-10-30) are right."),
 27: ("TFTTTT", "'Russia would continue to help Kabul in fighting terrorism' is a pledge of help. Under the wave-76 rule it is AGREE, not AID. Source, target (the Taliban government, AFG), no date and future for the help as coded are right."),
 28: (SPURIOUS, "'Bremer ... can veto its decisions' describes a power, not a veto act; no event (the codes IRQ for Bremer and target USA also show the misreading)."),
 29: ("TTTTFT", "Ecuador's courts issuing an arrest warrant for Santos is COERCE (CAMEO 173), but 'have since issued' is a background act (after March 2008): it should have no date, not the document date."),
 30: ("TTTTTT", "Dozens of Zelaya supporters detained: COERCE arrest. The sentence names no detaining party (empty source right), and the target 'dozens' is plainly in Honduras. The document date is right for an undated act reported as news."),
 31: ("TTTTTT", "Singh said he would step down: RETREAT resign, future, with no date, as the conventions code 'is to step down'. (The PLOVER codebook would put a promised resignation under CONCEDE.)"),
 32: ("TTTTTT", "Arroyo defending the exercise is a verbal SUPPORT (CAMEO 052), an ongoing stance reported as this news. 'The exercise' names no party, so the empty target is right."),
 33: ("TTTFTT", "The EU and the U.S. refusing to recognise the South Ossetian vote is a REJECT, but the target 'Russia court' (the South Ossetian court, miscoded) is wrong. It should be empty (the vote names no party) or South Ossetia's authorities."),
 34: ("TTTTFT", "Xi's promise to step up counter-terrorism cooperation is an AGREE reported as this news: it should take the report date 2015-11-21 (Bamako dateline), not no date."),
 35: ("TTTTTT", "Up to 500 killed 'over the past three days' in Ramadi is a span total, so no date is right. The target civilians and security personnel (IRQ) is right and no killer is named in the sentence."),
 36: ("TTTTTT", "Rising attacks on U.S. troops in Iraq are an ongoing ASSAULT with an unnamed attacker, dated the report's day (Baghdad dateline July 13). Accepted as an event; all fields right."),
 37: ("TTTTTT", "Zhelev urging the Bulgarian authorities to find the killers is a REQUEST BGR -> BGR. It is undated and reported as this news, so the document date is right."),
 38: ("TTTTTT", "Trump and Xi meeting at Mar-a-Lago is a mutual CONSULT on the summit's 6-7 April 2017. Friday 04-07 is within it and is the report's day; all fields right."),
 39: ("TTTTTT", "Clinton and Yeltsin ending a two-day summit in Helsinki on Friday 1997-03-21 is a mutual CONSULT (the mode 'multilateral' is wrong, but the type is right)."),
 40: ("TTTTFT", "Russia freezing ties with NATO is a SANCTION RUS -> NATO, but it is background (done at the start of the bombing in late March 1999): it should have no date, not the summit day 1999-04-24."),
 41: ("TTTTFT", "Mali condemning the sanctions is an ACCUSE, and the empty target is acceptable ('these sanctions' names no party, though ECOWAS would be better). But the junta responded 'late on Sunday', so the date should be 2022-01-09, not the document date."),
 42: ("TTTTTT", "China recalling its ambassador from Washington is a SANCTION CHN -> USA. It is background after Lee's June trip with no date given, so no date is right."),
 43: ("TTTTTT", "Saakashvili saying he will not step down is a RETREAT negated (the conventions' refuse rule). It is an undated stance about a future act, so no date is right."),
 44: ("TTTTTT", "South Korea sending a senior diplomat to Kabul to coordinate with Afghan authorities is a CONSULT KOR -> AFG, reported as this news. (dateline's e6 'coordinate' in the same sentence is the duplicate, not this one.)"),
 45: ("TTTTTT", "The White House accusing Syria and Iran of destabilising Lebanon is an ACCUSE USA -> SYR, IRN reported as this news; all fields right."),
 46: ("TTTTTT", "Hezbollah accusing the Lebanese government of siding with Washington is an ongoing ACCUSE LBN -> LBN, dated the document date; all fields right."),
 47: ("TTTFFT", "Kostunica's refusal to receive Ahtisaari is a REJECT. But Ahtisaari acts here as the U.N. envoy ('the envoy had no mandate'), so the target should be coded UNO, not FIN (ELI). The refusal was during his Belgrade visit of Friday 2007-02-02, not the document date."),
 48: ("TTTTTT", "Iran proposing a trilateral security mechanism is an AGREE (offer) made at Monday's talks (2007-05-28). The US and Iraq, the parties of the mechanism, are acceptable targets."),
 49: ("TTFTTT", "The critics are 'in the tribes and among Islamists' of Yemen, so the source should be coded YEM, not left without a country. Target Saleh (YEM), the ongoing accusation's document date and asserted are right."),
 50: ("TTTFTT", "Xi condemning the Bamako killings is an ACCUSE, but the target he condemned is the Bamako hotel attackers (Islamist gunmen, or empty), not the Islamic State gunmen and suicide bombers of the Paris attack."),
}

items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    code, reason = V[it["n"]]
    if code == SPURIOUS:
        v = {f: False for f in FIELDS}
    else:
        v = {f: c == "T" for f, c in zip(FIELDS, code)}
        assert v["event"], it["n"]
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
    out.append(rec)
with open(HERE / "events-b.jsonl", "w") as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert [(r["n"], r["doc"], r["trigger"]) for r in back] == [(i["n"], i["doc"], i["trigger"]) for i in items]
for r in back:
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]: assert not any(v.values())
    assert {k: r[k] for k in items[0]} == items[r["n"] - 1]
counts = {f: sum(r["verdict"][f] for r in back) for f in FIELDS + ["all"]}
print(counts)
