# write events-a.jsonl: each item + verdict + reasons. F lists the fields judged wrong;
# "SPURIOUS" marks an item that holds no event (all fields false).
import json
FIELDS = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ([], "Opposition leaders (SEN) welcomed Wade's climbdown: SUPPORT, asserted, on the Thursday of the report; 'the climbdown' is an act, not a party, so an empty target is right by the rules (a coder might put Wade)."),
 2: (["date", "modality"], "Washington and Tokyo calling on the Indonesian military (IDN) to respect human rights is a REQUEST reported as this news: date should be 2003-05-19 (document date), not unknown, and modality should be asserted, not hypothetical."),
 3: (["target", "date"], "Zarif accused the council's Western members (USA, GBR, FRA), not the Security Council as a whole (which includes Russia and China): target wrong. He spoke to the council at Saturday's vote, so date should be 2006-12-23, not the Sunday document date."),
 4: (["modality"], "Hezbollah (LBN) accusing Salam's government (LBN; Salam as its head is accepted) on Wednesday 2025-08-06 is a plain asserted ACCUSE; modality should be asserted, not hypothetical."),
 5: (["type"], "An Austrian court approving Sanader's extradition is judicial cooperation (PLOVER COOPERATE, 'extraditions') or legal action against him (COERCE), not SUPPORT of Sanader; source, target (Sanader, HRV), undated background date and asserted modality are right."),
 6: (["type"], "'Moon called the meeting \"a milestone\"' is praise (SUPPORT), not a REQUEST (wrong sense of 'call'); no party is named, so the empty target is right; document date and asserted are right."),
 7: ([], "Russia's parliament approving Primakov as prime minister on Friday 1998-09-11: SUPPORT (approve actor), RUS to RUS, asserted; all right."),
 8: (["SPURIOUS"], "Palestinian leaders standing to applaud their own vote is a gesture with no political target, not a SUPPORT event; the act in the sentence is the vote reaffirming the charter change (a concession toward Israel), which this event does not code."),
 9: ([], "Merkel (DEU) will congratulate Putin (RUS): SUPPORT, future, of no stated date, so an unknown date is right; all right."),
 10: ([], "Sata supporters (ZMB) blocking roads and stoning police on Sunday night: PROTEST obstruct, no aim named and aimed at police, so the Zambian state is a right target; Sunday night 2006-10-01 is the date the text gives; all right."),
 11: (["SPURIOUS"], "'a 2015 Supreme Court ruling struck down a constitutional ban' is a legal ruling, not an ASSAULT, and Hernandez did not strike the Hondurans; spurious (the sentence's real acts are REQUEST and AGREE by Hernandez)."),
 12: (["source", "target"], "The 25,000 marchers were in Quebec City, Canada: source country should be CAN or empty, not USA; the sentence names no aim, so the target should be the Canadian state (CAN), not 'Alaska'; PROTEST, Saturday 2001-04-21 and asserted are right."),
 13: (["source"], "The sentence attributes the bombs to 'a banned Islamist group' (Jamaatul Mujahideen Bangladesh, BGD), so the source should be that group, not empty; target two people (BGD), Wednesday 2005-08-17 and asserted are right."),
 14: (["date"], "Bombers (Tamil Tiger attackers, LKA) opening fire on the temple guards is ASSAULT, but it happened in Sunday morning's attack: date should be 1998-01-25, not the Monday document date."),
 15: (["target"], "Croatia insisting the sea border run down the middle of the bay is accepted as a REQUEST (a demand in the dispute; it could also be read as a mere position statement); its counterparty Slovenia (SVN) is named in the same sentence, so the target should be Slovenia, not empty."),
 16: ([], "Trump (USA) plans to impose tariffs on the EU: SANCTION future with no date, accepted (a coder could also code it THREATEN, CAMEO 1312); all right."),
 17: ([], "Chinese state media (CHN) praised Yang Jiechi (CHN): SUPPORT, asserted, document date; all right."),
 18: (["date"], "Netanyahu hailing 'a historic day' is SUPPORT with no party named (empty target right), but the day he hailed was Tuesday's unveiling at the White House ('indicted ... on the same day'): date should be 2020-01-28, not the Wednesday document date."),
 19: ([], "Sharif (PAK) calling on Musharraf (PAK) to step down: REQUEST, asserted, 2008-02-20; all right."),
 20: (["source", "target"], "'Some opposition politicians in both countries' are Slovenian and Croatian (SVN, HRV), the text makes it plain, so an empty country is wrong; 'their governments' refers to the Slovenian and Croatian governments, so the empty target is wrong."),
 21: (["source"], "'it recognised Jerusalem as Israel's capital' refers to the Trump administration: source should be the Trump administration (USA), not Palestine; SUPPORT toward Israel, December 2017 and asserted are right."),
 22: ([], "The United States condemned the mortar attack: ACCUSE, no party named in the sentence (the attackers are not named there), so the empty target is right; document date; all right."),
 23: (["date"], "Mnangagwa's pledge to reform is AGREE (CAMEO 034), but 'has pledged' is a background pledge of an earlier, unstated time: date should be empty (unknown), not the document date."),
 24: (["source"], "The relatives of Lockerbie victims are not given a nationality in the text, so the source country should be empty, not USA; ACCUSE of the visit, empty target ('the visit' is an act), document date and asserted are right."),
 25: ([], "Rice (USA) held talks with Gaddafi (LBY) in Tripoli on Friday 2008-09-05: CONSULT; all right."),
 26: (["date"], "Would-be candidates (DZA) barred from running is COERCE with the barring authority unnamed (empty source right), but the barring happened before Saturday's election at an unstated time: date should be empty (unknown), not the document date."),
 27: ([], "Sharif (PAK) invited Modi (IND) to visit Pakistan, said after Tuesday's talks (2014-05-27): AGREE (invitation), asserted; all right."),
 28: (["source"], "The Krajina rebel Serbs are rebels inside Croatia (HRV), not Serbia (the text calls Belgrade their patron), so the source code SRB is wrong; ASSAULT on Croatia (Zagreb), Wednesday 1995-05-03 and asserted are right."),
 29: ([], "Protesters (SEN) setting fire to vehicles and ruling party lawmakers' offices: PROTEST riot aimed at the authorities, so the Senegalese state is a right target; Thursday's document date and asserted (witnesses as reporter) are right."),
 30: ([], "'He is also accused of siphoning money': ACCUSE of Sanader (HRV) with the accuser unnamed in the sentence (empty source right); a standing accusation, so the document date is right; all right."),
 31: (["date"], "Musharraf (PAK) banning the two militant groups (PAK) is COERCE ban, but the ban was in his televised address on Saturday night: date should be 2002-01-12, not the Sunday document date."),
 32: ([], "The ruling party CCM (TZA) dismissed the complaints: REJECT, no party named ('the complaints'), document date, asserted; all right."),
 33: ([], "Washington had earlier urged calm: REQUEST with no addressee named and an earlier, unstated time, so the empty target and unknown date are right; all right."),
 34: (["type"], "U.N. observers suspending their patrols is a halt in the mission (SANCTION withdraw, like CAMEO 1662), not a MOBILIZE of troops (the patrols were stopped); source, empty target, June 2012 and asserted are right for the suspension."),
 35: (["target"], "Agnes Chow is a Hong Kong activist: target country should be HKG (China), not USA; COERCE arrest, empty source (police not referred to), Monday evening 2020-08-10 and asserted are right."),
 36: (["target"], "Samia's promise of reconciliation is AGREE, but the sentence names the party it is made to, the opposition (whose rally ban she lifted): target should be the Tanzanian opposition (TZA), not empty; unknown date (before 2023) and asserted are right."),
 37: ([], "Tokyo (JPN) has refused anything less than the return of all four islands: REJECT, Russia not named in the sentence (empty target right), ongoing stance so the document date is right; all right."),
 38: ([], "Zimbabwean government officials accused the MDC (ZWE) of orchestrating the unrest: ACCUSE, document date, asserted; all right."),
 39: ([], "Several ASEAN leaders criticised France's tests in speeches on Thursday 1995-12-14: ACCUSE; France is not named in the sentence, so the empty target is right; all right."),
 40: (["target"], "Park calling the test a grave provocation is ACCUSE, and the sentence names the party behind the test, Pyongyang: target should be North Korea (PRK), not empty; date 2016-01-06 and asserted are right."),
 41: (["date"], "Government officials rejecting the opposition's suggestion is REJECT, reported as this news with no date: date should be the document date 2000-08-27, not unknown."),
 42: (["date"], "Peru recalling its ambassador from Santiago is SANCTION, PER to CHL, reported as this news: date should be the document date 2005-11-08, not unknown."),
 43: (["date"], "India (IND) blaming the two militant groups (PAK) is ACCUSE, but 'blamed by India for last month's attack' is a background accusation from after the Dec. 13 attack: date should be empty (unknown), not the document date."),
 44: (["target"], "Yeltsin accepting a compromise is AGREE, but the sentence names the other party of the compromise, parliament: target should be the State Duma (RUS), not empty; document date and asserted are right."),
 45: (["date"], "Lebanon's government instructing the army (LBN) is REQUEST, but it was decided at Tuesday's cabinet session (next sentence): date should be 2025-08-05 (at worst the document date), not unknown."),
 46: ([], "Starmer (GBR) will host Zelenskiy (UKR) in London on Sunday 2025-03-02: CONSULT visit, future; all right."),
 47: ([], "Sata (ZMB) appealed to his supporters (ZMB) to stay calm: REQUEST, document date, asserted; all right."),
 48: ([], "The Iraqi government blames the embargo for deaths: ACCUSE, the embargo's authors not named in the sentence (empty target right), a standing claim so the document date is right; all right."),
 49: (["source", "target", "date"], "The RPF ended the genocide; it did not commit it: source should be empty (perpetrators not named), target the Tutsis and moderate Hutus killed (RWA); the killing ran through 1994 and the text dates only its end to July, so date should be 1994."),
 50: (["SPURIOUS"], "'striking near a children's hospital' is the same rocket attack already coded from this sentence as 'fired' (e1): a duplicate, spurious."),
}
items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50 and sorted(V) == [it['n'] for it in items]
with open('events-a.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if 'SPURIOUS' in wrong:
            v = {f: False for f in FIELDS}
        else:
            assert all(w in FIELDS for w in wrong), wrong
            v = {f: f not in wrong for f in FIELDS}
        v['all'] = all(v[f] for f in FIELDS)
        o = dict(it)
        o['verdict'] = v
        o['reasons'] = reason
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
