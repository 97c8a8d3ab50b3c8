"""Write events-b.jsonl from the judge's per-item verdicts (wrong fields listed per item)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (list of wrong fields, or "spurious"; reasons)
V = {
 1: (["source", "date"], "One Azerbaijani soldier killed in the fighting is an ASSAULT by the Armenian troops the same sentence names as the other side: source should be the Armenian troops (ARM), not empty. Date should be 2010-06-18: the story dates the clash late on Friday (overnight), not the Saturday of the report (borderline: 'overnight' may run into Saturday)."),
 2: ([], "Resolution 1718 (the Security Council, UNO) ordering an asset freeze, travel ban and luxury-goods export ban on North Korea; COERCE restrict follows CAMEO2PLOVER's mapping of sanctions (163/172) (SANCTION would also be defensible); Saturday 2006-10-14, asserted."),
 3: ([], "The CUD's refusal to take up its seats is a REJECT by the CUD (ETH) of parliament (ETH); ongoing refusal, so the document date is right; asserted."),
 4: ([], "Musharraf (PAK) detaining hundreds of lawyers and activists in the November 2007 emergency: COERCE arrest, date 2007-11 as the text gives it; stated as fact in the ruling, asserted."),
 5: ([], "LTTE spokesman (LKA) urging Colombo (the Sri Lankan government) to respond to its proposal: REQUEST, reported as this news with no date, so the document date is right; asserted."),
 6: (["target"], "French judges investigating 'his family's' property holdings: 'his' is Omar Bongo, so the target should be Omar Bongo / the Bongo family (GAB), not Ali Ben Bongo, who is named only in the next sentence. Type, date (ongoing investigation) and modality are right."),
 7: ([], "Trump (USA) due to visit Tokyo (Japanese government) next week: CONSULT visit, future, 2025-W44 is the week after the Tuesday 2025-10-21 report."),
 8: (["target"], "U.N. officials appealed 'to both Abkhaz camps' to avoid bloodshed: the target is named in the sentence and should be the two Abkhaz camps (Bagapsh's and Khadjimba's supporters, Abkhazia, GEO), not empty."),
 9: ([], "Bolanos jailed by the Sandinista government (NIC) in the 1980s: COERCE arrest, decade date '198' (the 1980s) is at the precision the text gives; asserted."),
 10: (["source"], "Source is the Comoros federal government but its country code is empty: should be COM. The separatists are not named in the sentence ('the declaration'), so the empty target is right by the rule; ACCUSE, document date and asserted are right."),
 11: ([], "Assad (SYR) thanking Tehran (Iranian government) for its support during Raisi's visit: SUPPORT, 2023-05-03 (the Wednesday of the visit), asserted."),
 12: ([], "EU leaders accepting Turkey as a candidate at Helsinki in December 1999: AGREE accepted (agree to Turkey's candidacy; SUPPORT 'approve actor' would also fit); EU -> Turkey, 1999-12, asserted."),
 13: ([], "Egypt welcomed the Rafah agreement: SUPPORT; the parties to the agreement are not named in the sentence, so the empty target is right; document date 2005-11-15 (the day of the deal) and asserted are right."),
 14: (["source", "date"], "'It' is the final statement of the Baghdad conference: the source should be the conference participants (multinational, no single code), not Iraq, the host. Date should be 2021-08-28, the Saturday of the conference; 2020-10-10 comes from the election date in the previous sentence, with the wrong year."),
 15: (["date"], "Riot police (RUS) detaining over 1,000 people after the verdict: date should be 2021-02-02, the Tuesday of the verdict (the story puts the detentions 'after the verdict' that day), not the document date 2021-02-03. Type, actors and modality are right."),
 16: ([], "Sarkozy (FRA) joining the leaders of Syria, Qatar and Turkey for a summit in Damascus on Thursday 2008-09-04: CONSULT, asserted."),
 17: ("spurious", "Duplicate: 'several people had been killed when security forces opened fire' is one act, already coded from this sentence as the 'killed' event (security forces -> several people); 'opened fire' is a second event for it. It also puts Tchiroma himself as target when the people killed were near his residence."),
 18: (["date"], "Eritrean security forces (ERI) arresting 11 senior ruling-party members: date should be 2001-09-18, the Tuesday of the dawn raids the story gives, not the Thursday document date. Type, actors and modality are right."),
 19: ("spurious", "Prigozhin standing with fighters holding flags in a video is not a political act of SUPPORT toward anyone; no PLOVER event in the sentence."),
 20: (["target"], "Keating welcomed the end of the tests, France's act, and France is named in the same sentence: target should be France (FRA), not empty. SUPPORT, the Jan 29 dateline day and asserted are right."),
 21: (["type", "date"], "'Paris said its troops would not be used to defend his government' is France refusing Bozize's appeal: REJECT (France -> CAR government), or military protection (AID) negated; SUPPORT (verbal defence, 052) is the wrong sense of 'defend'. Date should be 2012-12-27, the Thursday of the appeal and answer."),
 22: (["target"], "Prabowo's victory-night promise to lead for all citizens is an AGREE dated late Wednesday 2024-02-14; the sentence names to whom it is made, so the target should be Indonesian citizens (IDN), not empty."),
 23: (["target"], "Security forces firing tear gas 'to disperse supporters of Tchiroma': the target is named and should be Tchiroma's supporters (CMR), not empty. Type, source, date (Monday of the announcement) and modality are right."),
 24: (["date"], "Police (BGD) opening fire on crowds attacking polling centres happened during Thursday's vote: date should be 1996-02-15, not the Friday document date."),
 25: (["date"], "Russia's dawn missile attack on Dnipro happened on Thursday: date should be 2024-11-21 (Putin spoke on Thursday of the strike), not the document date 2024-11-22. Empty target accepted under the sentence rule (Dnipro is a place, not a party), though a coder would likely code Ukraine (UKR)."),
 26: (["date"], "Soviet Russia recognising Estonia's independence under the 1920 Tartu treaty: SUPPORT RUS -> EST is right, but it is a background act: date should be 1920, not the document date."),
 27: (["date"], "Dodik's 'would not accept any transfer of powers' is a refusal (REJECT), accepted as AGREE negated by analogy with the 'refused to withdraw' rule; empty target right (mediators not named). Date should be 2009-10-21, the day of the statement reported as this news, not unknown."),
 28: (["target"], "Morocco and the Polisario Front agreed with each other: target should be the Polisario Front (Western Sahara independence movement), not the United Nations, whose envoy only announced it. AGREE, 1997-09-16 and asserted are right."),
 29: (["source"], "Source is Salva Kiir but his code should be SDN (in 2007 he was Sudan's first vice president; South Sudan did not exist until 2011), not SSD. Target Bashir, future modality and no date ('in the coming days') are right."),
 30: (["source"], "Police reinforcements backed by soldiers sent north: the source should be the Malawian police (reinforcements, MWI), referred to by the police spokesman's sentence, not empty. MOBILIZE, empty target, document date and asserted are right."),
 31: ([], "Herzog (ISR) telephoning Netanyahu (ISR) to concede: CONSULT phone on the Wednesday of the results, asserted."),
 32: ([], "Muslim leaders (LKA) accusing the police (LKA) of standing by during the riots: ACCUSE, document date, asserted."),
 33: ([], "The SLA (SDN) seizing the town of Gulu in February 2003: ASSAULT per the taking-ground rule; the town is a place, not a party, so the empty target is right; 2003-02, asserted."),
 34: (["target"], "Students calling for Habibie to step down: Habibie is named in the sentence and should be the target (IDN), not empty. REQUEST, source, document date (ongoing demand) and modality are right."),
 35: (["source", "target"], "Leaders of Singapore's Muslim community urging the public: source country should be SGP (the story is plainly about Singapore's Muslim minority), not empty; target should be the public (Singapore, SGP), named in the sentence, not empty."),
 36: (["target", "date"], "Abbas refusing to deal with the Trump administration: target should be the Trump administration (US government, USA), not Jared Kushner. The refusal is still going on, so the date should be the document date 2019-06-26, not unknown."),
 37: (["source", "modality"], "The Georgian position that Abkhazia and South Ossetia are occupied territory: an occupation inside a claim (ACCUSE by Georgia would be the cleaner coding), so modality should be reported; source should be Russia (RUS), named in the same sentence and plainly the occupier, not empty. ASSAULT (occupation rule), target Georgia and date are right."),
 38: ([], "Kuchma first accused two years ago (2000) of involvement in the journalist's disappearance: ACCUSE with no accuser named (empty source right), target Kuchma (UKR), date 2000, asserted."),
 39: (["date"], "AU Commission chairman Faki calling for calm: REQUEST with no addressee named in the sentence (empty target right); the call is reported as this news, so the date should be the document date 2017-06-17, not unknown."),
 40: ("spurious", "Duplicate: the rebels' attack on El Fasher 'destroying several military aircraft ... and killing dozens of soldiers' is one act, already coded from this sentence as the 'attacked' event; 'killing' is a second event for the same raid (though it carries the better target, the Sudanese soldiers)."),
 41: (["source", "date"], "'They' are the group of 15 dissident veterans (ERI) whose May open letter made these calls: source should be that group (ERI), not Ethiopia. Date should be 2001-05, the month of the letter, not unknown."),
 42: ([], "Navalny (RUS) arrested at a Moscow airport on Jan. 17: COERCE arrest, no arresting party named (empty source right), 2021-01-17, asserted."),
 43: ([], "U.S. Embassy (USA) calling on Vietnam (VNM) to release detainees: REQUEST, document date (no other date given), asserted with the embassy as reporter."),
 44: ([], "Kpognon, a Togolese UNHCR official, shot dead by armed men (no country given) late on Sunday 2000-09-17: ASSAULT firearms, asserted (UNHCR statement). The 'attacked' event from the same sentence is the duplicate, not this one. Coding him UNHCR (IGO) would also be right."),
 45: ([], "Western diplomats (no single country) pressing Podgorica (Montenegrin government) to do more against corruption: REQUEST, ongoing, document date, asserted."),
 46: ([], "Franco (PRY) rejecting Mercosur's decision; Mercosur is not named in the sentence ('the decision', 'the suspension'), so the empty target is right; dateline day 2012-06-29, asserted."),
 47: (["date"], "Rwanda executing 22 people convicted of genocide 'on Friday': date should be 1998-04-24 (the Friday), not the Saturday document date 1998-04-25."),
 48: ([], "Saleh (YEM) to send a message of thanks to France (FRA): SUPPORT, future, no date given so unknown is right."),
 49: ([], "Laurence Foley (USA) shot outside his home in Amman last month: ASSAULT firearms, no attacker named (empty source right), 2002-10, asserted."),
 50: ([], "Azerbaijani commando unit (AZE) attacking Armenian positions late on Friday 2010-06-18: ASSAULT AZE -> ARM; a disputed account, but attribution alone keeps it asserted with the Karabakh defence ministry as reporter."),
}

items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == "spurious":
        v = {f: False for f in FIELDS}
    else:
        assert all(w in FIELDS[1:] for w in wrong), (it["n"], wrong)
        v = {f: (f not in wrong) for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reason
    out.append(rec)
with open(HERE / "events-b.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

counts = {f: sum(r["verdict"][f] for r in out) for f in FIELDS + ["all"]}
print(counts)
