"""Write events-c.jsonl from the judge's hand verdicts below (fields wrong listed per item)."""
import json
FIELDS = ["event", "type", "source", "target", "date", "modality"]
# n: (list of wrong fields, or "spurious"), reasons
V = {
 1: (["date"], "PROTEST boycott by the SDSM of the Macedonian parliament is right; the boycott is still going on ('has boycotted ... since the April 2014 election'), so by the ongoing-act rule the date should be the document date 2015-02-01, not none."),
 2: ([], "Algeria (DZA) broke diplomatic ties with Morocco (MAR) on 2021-08-24, stated in the sentence: SANCTION, all fields right."),
 3: (["target"], "Crowds burning Muslim homes, shops and mosques is a riot (PROTEST riot) by Myanmar crowds, dated in the narrative from Wednesday's outbreak; but its aim is the Muslim community, not the authorities, so by the crowd-protest rule the state of Myanmar is a wrong target: target should be empty (or the Muslim residents)."),
 4: (["target"], "A separate SUPPORT from Xi (CHN) in the same statement ('welcomed it as a partner'); 'it' refers to Nepal, so the target should be Nepal (NPL), not empty. Date (document date, the visit day) and modality right."),
 5: (["date"], "REQUEST by the United States for Kavala's release is right (the party asked, Turkey, is not named, so an empty target is right); the date should be the document date 2022-04-26 (reaction reported as this news), not 2013, which is the year of the Gezi protests."),
 6: ([], "Roble (SOM) ordering the security forces (SOM) to take instructions from his office is a demand (REQUEST) made on the day of the suspension, Monday 2021-12-27; all fields right."),
 7: (["date"], "SUPPORT by Issoufou (NER) for the French presence (FRA) is right, but 'has defended' is a background stance of earlier, undated time: date should be none (unknown), not the document date."),
 8: ([], "Obama (USA) ordering sanctions (asset freeze, entry ban) on seven Venezuelan officials (VEN) on Monday 2015-03-09: SANCTION, all fields right."),
 9: (["target"], "COERCE arrest on 2012-08-15 is right and the detaining party is not named in the sentence (empty source right); but the target should be the five activists who went ashore (pro-China Hong Kong activists, CHN/HKG), not the Okinawa officials who report it."),
 10: ([], "Bolivian soldiers (BOL) deployed to guard the palace: MOBILIZE troops, no target, reported as news of the day (document date 2012-06-24); all right."),
 11: (["type"], "Thein Sein (MMR) ordering the army (MMR) to restore order in Meiktila is putting troops into the town under the emergency: a trained coder codes it MOBILIZE troops, not REQUEST (the emergency itself is coded separately as COERCE). Parties, date 2013-03-22 and modality right."),
 12: (["date"], "ACCUSE by Moroccan lawmakers (MAR) of the European Parliament (no seat country, empty code right) is right, but the lawmakers responded to the resolution adopted 'last year': date should be 2023, not the document date 2024-07-30."),
 13: ([], "Prosecutors (GEO) said they would ask a court (GEO) to order pre-trial detention: REQUEST, future, no date; all right."),
 14: ([], "Rally by Saied's supporters in Tunis on Sunday 2022-02-06: PROTEST demo; held in support of the president, so by the crowd-protest rule the empty target is right; all right."),
 15: ([], "Several neighbouring governments (no single country; empty code right) urged dialogue: REQUEST with no named target, document date; all right."),
 16: (["target"], "ACCUSE by the U.S. embassy (USA) and EU leaders (EU) condemning Sunday's bombing, document date, is right; but the sentence names no perpetrator and the text says no group has claimed it: target should be empty. The Kurdistan Freedom Falcons are named for the earlier February bombing."),
 17: ("spurious", "Spurious: 'which like Belgrade does not recognise Kosovo's independence' describes Russia's and Serbia's standing policy in a relative clause; no act is reported, and a trained coder would not code a negated SUPPORT here."),
 18: (["target"], "SANCTION by the United States (blacklisting) in 2017 is right, but Dodik is a Bosnian Serb leader, member of Bosnia's presidency: target country should be BIH, not SRB."),
 19: ([], "Vice President Ahmed Adeeb (MDV) arrested last month (2015-10); the arresting party is not named, so the empty source is right; all right."),
 20: (["source", "target"], "The clashes of police and demonstrators continuing into Monday 2018-06-11 are an ASSAULT, but the sentence names the parties: source should be the Vietnamese police (VNM) and target the demonstrators ('them', VNM protesters), not empty."),
 21: (["date"], "REQUEST by Vijay Nambiar (UN) to community and religious leaders in Myanmar (MMR) is right; the text gives this appeal no date, so by the rule it takes the document date 2013-03-23, not Friday 2013-03-22 (Friday is given only for the emergency declaration)."),
 22: (["target"], "CONSULT among Gambian opposition parties, ongoing (document date), is right, but 'a joint candidate' is the topic, not a party: target should be the opposition parties themselves (mutual) or empty."),
 23: ([], "ACCUSE by Pakistan's foreign ministry (PAK) condemning the Kabul attacks, document date; the insurgents (named in an earlier sentence) carried out the attacks condemned, so I take them as clearly the party acted upon; all right."),
 24: ([], "AGREE: Abdo Benitez (PRY) promised to fight corruption and create jobs; no target. The text gives the victory speech no date of its own, so the document date 2018-04-23 is right by the rule (Sunday 2018-04-22, election night, would also be defensible)."),
 25: ([], "Zaev (MKD) accused Gruevski (MKD) of trying to silence him, a reaction reported as this news (document date); ACCUSE, all right."),
 26: ([], "Death toll of the war since March 2015 (6,400 people, YEM): ASSAULT with no named perpetrator in the sentence; a total summed since an earlier time has no date, so the unknown date is right; all right."),
 27: (["target"], "REQUEST by Saleh (YEM) for a truce and dialogue, Friday 2011-09-23, is right, but the sentence names whom he called on: target should be 'all parties' (Yemen's parties, YEM), not empty."),
 28: (["type", "target"], "'Struck at the heart of' is figurative, not ASSAULT; the act in the sentence is the NPC Standing Committee (CHN) barring two pro-independence Hong Kong lawmakers by its interpretation on Monday 2016-11-07: type should be COERCE (ban), and target the two lawmakers (Hong Kong, CHN/HKG), not empty."),
 29: (["type", "target"], "Rights groups disputing the UAE government's account of a fair trial is criticism, ACCUSE disapprove (PLOVER REJECT is for rejecting requests/proposals); 'that account' is the UAE government's statement, so target should be the UAE government (ARE). Source, date and modality right."),
 30: (["target"], "Penava's Homeland Movement (HRV) will talk to both main blocs: CONSULT, future, no date is right under the conventions ('will meet' is future), but target should be the two main blocs (HDZ and the Social Democrat-led alliance, HRV), not the party itself."),
 31: ([], "Iraq (IRQ) and Iran (IRN) signed a border security agreement on Sunday 2023-03-19: SUPPORT (sign an agreement), mutual; all right."),
 32: (["target", "date"], "ASSAULT killing at least 22 fighters is right (the sentence names no attacker, so an empty source is right), but they are mostly Iraqi Popular Mobilisation Forces members: target code should be IRQ, not USA; and they were killed in Thursday's strikes: date should be 2021-02-25, not the document date."),
 33: ([], "Houthi spokesman Abdulsalam (YEM) accused the Saudi-led coalition (coded SAU, acceptable) of seeking to impose surrender; reported as this news (document date); all right."),
 34: (["date"], "ACCUSE by rights groups of Hasina's government (BGD) is right, but the accusation is a standing one still made when the story is told ('accuse', present tense): by the ongoing-act rule the date should be the document date 2022-12-08, not none."),
 35: ([], "EU delegation urged all sides in Macedonia (MKD) to show restraint, document date: REQUEST, all right."),
 36: ([], "Suga (JPN) said he would meet Kim Jong Un (PRK) without preconditions: CONSULT, future, undated; right under the conventions ('will meet' is future)."),
 37: (["date"], "Calling off the second round of Afghan-Taliban talks is SANCTION (halt negotiations) with no party named as doing it (empty source and target right); but 'last month' dates only the first round, and the text gives the calling-off no date: date should be none (unknown), not 2015-07 (a reader may infer July; I score by the rule)."),
 38: (["date"], "SANA (SYR state agency) accused Qatar (QAT) of financing terrorism, a reaction to Tuesday's summit decision reported as this news: date should be the document date 2013-03-26, not none."),
 39: ([], "Navalny (RUS) demanded a second round on Monday 2013-09-09; the party asked is not named (empty target right); REQUEST, all right."),
 40: ([], "Kadhimi (IRQ) 'has promised' to rein in armed groups and hold early elections: AGREE, a background promise of undated earlier time, so the unknown date is right; all right."),
 41: (["date"], "REQUEST by Russia (RUS) for the closure of the high representative's office is right (empty target accepted: the office is the object of the call, the party asked is not named), but 'has called' is a background act of undated earlier time: date should be none, not the document date."),
 42: (["date"], "AGREE (a proposed peace roadmap, an offer) by the UN envoy is right, but 'he had proposed' is an earlier act before the government accepted it last week, not dated in the text: date should be none (unknown), not the document date."),
 43: (["source"], "SANCTION (suspension of Syria's Arab League membership, 2011-11) with target the Syrian government is right, but the sentence names the league, which clearly did the suspending: source should be the Arab League (IGO), not empty."),
 44: (["source"], "ASSAULT (bombing of the mosque in Saleh's compound on 2011-06-03 killing guards, YEM) is right, but Saleh was the victim, not the attacker: source should be empty (no perpetrator named)."),
 45: ([], "Venezuela's government ordered the U.S. embassy (USA) to cut its staff last month (2015-02): SANCTION (reduce diplomatic relations), all right."),
 46: (["target", "date"], "ACCUSE by Erdogan (TUR) is right, but 'accused him of funding the protests' refers to Kavala: target should be Osman Kavala (TUR), not George Soros; and 'has accused' is a background act of earlier undated time: date should be none, not the document date."),
 47: ([], "The MDP (MDV) insisting that its rally go ahead despite the decree is a demand on the authorities (REQUEST acceptable), made in reaction to the emergency (document date); the government is not named, so an empty target is right."),
 48: ([], "The KMT (TWN) says it firmly rejects Chinese rule: REJECT toward China (CHN), a standing stance stated now (document date); all right."),
 49: (["source"], "COERCE arrest of dozens of people in Hong Kong on 2019-10-01 is right, but the sentence names the police, who clearly made the arrests: source should be the Hong Kong police (CHN/HKG), not empty."),
 50: (["type", "date"], "Protesters' objection to the cybersecurity law is part of Sunday's protests: PLOVER codes protests expressing disapproval as PROTEST (demo), not ACCUSE; and the protests were on Sunday, so the date should be 2018-06-10, not the document date. Empty target right (the law, not a party)."),
}
items = [json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items) == 50 and set(V) == {i['n'] for i in items}
with open('events-c.jsonl', 'w') as f:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == "spurious":
            v = {k: False for k in FIELDS}
        else:
            assert all(w in FIELDS[1:] for w in wrong), wrong
            v = {k: (k not in wrong) for k in FIELDS}
        v['all'] = all(v[k] for k in FIELDS)
        out = dict(it); out['verdict'] = v; out['reasons'] = reason
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
print('written')
