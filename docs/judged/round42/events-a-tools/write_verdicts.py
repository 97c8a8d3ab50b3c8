"""Write events-a.jsonl from events-a-items.jsonl and judge a's verdicts below.

Each entry: n -> (list of false fields, reasons). Fields: event, type, source, target, date, modality.
A spurious event (event false) is false in every field.
usage (from docs/judged/round42): python events-a-tools/write_verdicts.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "All right. Denying the accusations of encouraging the riot coded REJECT; accusers unnamed, empty target right; the post is this news (document date)."),
 2: (["target"], "Target empty is wrong: the incident Putin calls 'a stab in the back' is Turkey's shoot-down and the same sentence names Turkey as the party criticised. (A separate accusation from e3's 'accused Turkey', so not counted a duplicate.)"),
 3: ([], "All right: COERCE curfew by Castillo on Peru, Wednesday 2022-12-07 (the address was 'shortly before midday' on the day the lead gives)."),
 4: (["target"], "Target wrong: the United Nations is not attacked; it only backs the government whose allied armed groups are the target. (Source 'Forces' + Haftar[LBY] accepted as Haftar's forces.)"),
 5: ([], "All right: Israeli air strikes on Hezbollah positions on 2006-07-12 (the story's Wednesday)."),
 6: (["type", "target", "date"], "Type: a junta ordering TV and radio to halt normal programming is censorship (COERCE censor), not a REQUEST. Target country empty though the stations are plainly Thailand's. Date: 22:00 comes from the curfew hours ('from 10 p.m.'), not the order; the day (2014-05-22) is right."),
 7: (["date"], "Date: the text gives the resignation 'in 2020' ('from 2012 to 2020, when he stepped down'); an unknown date is wrong."),
 8: (["source"], "Source country wrong: the warplanes are the Saudi-led coalition's (previous sentence), not Yemen's; YEM is the target side."),
 9: (["target"], "Target 'sides' with no country is wrong: 'both sides' are India and Pakistan (named just before)."),
 10: (["source"], "Source country wrong: 'leaders across the region and beyond' are foreign leaders, not Brazilian government; code should be empty."),
 11: (["type", "modality"], "Type/modality: the parties agreed to withdraw in future; a promised withdrawal is CONCEDE (or part of the AGREE e1), not a RETREAT that has happened; modality future, not asserted."),
 12: ([], "All right: passing the law in defiance of EU/US warnings coded REJECT parliament -> EU, US on Tuesday 2024-05-14."),
 13: (["date"], "Date: the text dates the martial-law declaration 'two days' before Thursday's announcement (2014-05-20); unknown is wrong."),
 14: (["source", "target"], "Source and target wrong: the African Union condemned the bombing (source AU, target empty or the attackers); Turkey is the subject of the other clause and the AU is not the target."),
 15: (["event"], "Spurious: 'the first conversation between him and a Western leader' is the same phone call already coded e9 ('spoke by telephone') from this sentence; its date (2020) comes from 'last year' of the re-election."),
 16: (["target"], "Target empty is wrong: the accused, Prince Hamzah bin Hussein, is named in the sentence."),
 17: (["date"], "Date wrong: the clash was hours after the truce began on Friday (2021-05-21, the document date); 2021-05-10 is when the fighting erupted."),
 18: ([], "All right: COERCE ban of civic groups by Ortega's government; a span 'since 2018' has no date."),
 19: (["target"], "Target wrong: the accused are the Guptas ('wealthy businessmen ... who are accused'), not the police or Zuma; accusers unnamed, so empty source right."),
 20: ([], "All right: security forces storming the Pearl Roundabout camp 'last month' = 2011-02 from the 2011-03-15 document date."),
 21: ([], "All right: Peshmerga command accuses PUK officials of treason, reported as this news."),
 22: (["date"], "Date wrong: Russia's backing of Belgrade is an ongoing stance (document date 2008-02-22); 2008-02-17 is the day of Kosovo's proclamation."),
 23: ([], "All right: Japanese police arrest Tetsuya Yamagami ('41-year-old man', same person) on 2022-07-08."),
 24: (["type", "modality"], "Reopening the ports is the purpose of the deal signed (e1), not a done act: if coded apart it is a promise (CONCEDE/AGREE), future, not RETREAT access asserted."),
 25: (["date"], "Date: the text gives the authorisation 'on Monday' (2023-10-02); unknown is wrong. AID accepted for authorising a police/security mission to help Haiti, though I would code the authorisation SUPPORT (approve)."),
 26: (["source"], "Source empty is wrong: the troops and aircraft deployed are Nigeria's military (the defence ministry's spokesman speaking); a coder codes Nigeria military MOBILIZE."),
 27: (["target"], "Target wrong: the party hit is the Russian Su-24 bomber (Russia), not the Turkish military, which is the speaker (and the unnamed shooter)."),
 28: (["event"], "Spurious: 'its occupation' is a noun inside Hamas's criticism of the deal, no act of this sentence (the act is Hamas criticising the agreement, ACCUSE); source Hamas and date 1994 follow from it."),
 29: (["target"], "Target wrong: the two Korean leaders agree with each other (reciprocal AGREE, no recipient or the other Korea); the US and China are only prospective participants in the talks. Source 'leaders[PRK]' accepted as one side."),
 30: (["target"], "Target empty is wrong: the warning is aimed at Russia, named in the same sentence ('did not trust Moscow')."),
 31: (["target", "date"], "Target 'Kashmir valley' is a place coded as a party (empty or Jammu and Kashmir would be right). Date wrong: the troops were flown in 'in the days before' Monday's 2019-08-05 announcement, not on 2019-08-06."),
 32: (["target"], "Target empty is wrong: the promise was made to China, named in the sentence (Beijing). Reported-claim reading possible, but scored asserted as attribution."),
 33: (["type", "date"], "Type: armed men seizing hostages is ASSAULT abduct, not COERCE seize (police confiscation). Date: the text gives Wednesday, the first day of school (2004-09-01), not 2004-09-04."),
 34: (["date"], "Date: the text gives Zuma's resignation in a late-night address on Wednesday (2018-02-14); the document date (Thursday) is wrong."),
 35: (["source", "target"], "Source wrong: the blaming is by the ELN rebel delegation, not Luis Manuel Diaz (the kidnap victim). Target empty wrong: the army and police are named as blamed."),
 36: (["target"], "Target wrong: the parliament is given no country (KOR) and 'government' is the party Yoon defends, not accuses."),
 37: ([], "All right: Stoltenberg (NATO) welcomed the signing; the signatories are not named in this sentence, empty target right."),
 38: (["source", "target", "date"], "Source wrong: 'He' is Prince Hamzah, not Sharif Hassan bin Zaid. Target empty wrong: 'the country's leadership' (Jordan's government). Date: the video was late on Saturday (2021-04-03), not the document date."),
 39: ([], "All right: prison authorities asked for Navalny to be detained (REQUEST; Navalny the party acted upon), undated past act."),
 40: (["event"], "Spurious: 'might help him reach an agreement' is a hoped-for outcome in a quoted judgement, not an act."),
 41: (["event"], "Spurious: 'We will not forgive' is rhetoric leading into the threat of the next sentence ('We will hunt you down'), not a negated SUPPORT act; the act to code is THREATEN Biden -> ISIS-K."),
 42: (["type"], "Type wrong: armed rebels blocking a road is not a civilian PROTEST obstruct; code COERCE restrict (or part of M23's military offensive). Date (weekend, week 43) acceptable."),
 43: (["target"], "Target wrong: the Tehran march chants 'Death to America' after the US killing of Soleimani, aimed at the US, not at Iran's government (rule: aim elsewhere -> state wrong)."),
 44: (["date"], "Date wrong: the text gives the water-cannon firing on Saturday (2023-08-05); Sunday is the date of the Philippine accusation."),
 45: (["source"], "Source country wrong: the text does not make the investors South African; code should be empty."),
 46: (["target", "date"], "Target wrong: Kerry warns the Thai military/coup leaders, not the Constitutional Court. Date wrong: 2014-05-07 is Yingluck's removal; Kerry's warning is this news (2014-05-22)."),
 47: ([], "All right: Tadic appealed for calm (REQUEST, no named addressee), this news."),
 48: (["source"], "Source wrong: the rally was by tens of thousands of demonstrators (organised by the government), not the rioters who broke into the embassy afterwards. (Target Kosovo and day accepted.)"),
 49: ([], "All right: Al Wefaq appealed to the UN to intervene."),
 50: (["type", "target"], "An order by the prime minister to his own army to launch operations in Tigray is coded as the offensive it orders (ASSAULT/MOBILIZE Ethiopia -> TPLF/Tigray), not REQUEST Abiy -> his army; target army wrong."),
 51: (["target", "date"], "Target empty wrong: the duty hits Pakistan ('its neighbour', Pakistan named in the sentence). Date wrong: 'has since' = after the Pulwama bombing, an earlier act given the document date."),
 52: ([], "All right: arrests of hundreds on Sunday night 2023-01-08; the arresters are not given in the passive clause."),
 53: ([], "All right: senior Russian lawmaker praised the Armenian people (ARM)."),
 54: ([], "All right: at least 22 killed on Tuesday 2024-06-25; killers not named in the sentence."),
 55: (["source", "target"], "Source: Malaita's leaders are Solomon Islands (SLB), not country-less. Target wrong: they opposed the national government's decision (Solomon Islands government), not Malaita."),
 56: ([], "All right: the Philippines filed the case in 2013; China not named as the party sued in this sentence, empty target right."),
 57: (["type", "date"], "Type: a crowd of militia supporters besieging an embassy is a PROTEST (obstruct/riot), not COERCE restrict by authorities. Date wrong: it came 'then', after the 2019-12-29 strikes, not 2019-12-27."),
 58: (["source", "date"], "Source: the Cabo Delgado insurgents' country is plainly Mozambique (empty code wrong). Date: a total 'has killed more than 2,600 people' since Oct 2017 has no date (rule)."),
 59: (["source", "target", "date"], "Source wrong: the hitting was by Indian aircraft (India), Pakistan is the denier. Target empty wrong: Pakistan (its territory) is the party hit. Date: the raid is this news (Tuesday 2019-02-26); unknown is wrong."),
 60: (["target"], "Target wrong: taking over the town has Palma/Mozambique as its target; 'people' with no country is the killing's victim (and plainly Mozambican)."),
}

items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 60 and set(V) == {it["n"] for it in items}
with open(HERE / "events-a.jsonl", "w") as out:
    for it in items:
        bad, reason = V[it["n"]]
        assert set(bad) <= set(FIELDS), it["n"]
        if "event" in bad:
            verdict = {f: False for f in FIELDS}
        else:
            verdict = {f: f not in bad for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        it = dict(it)
        it["verdict"] = verdict
        it["reasons"] = reason
        out.write(json.dumps(it, ensure_ascii=False) + "\n")

# per-field table
rows = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
real = [r for r in rows if r["verdict"]["event"]]
for f in FIELDS + ["all"]:
    k = sum(r["verdict"][f] for r in rows)
    kr = sum(r["verdict"][f] for r in real)
    print(f"| {f} | {k}/60 | {100*k/60:.0f}% | {kr}/{len(real)} | {100*kr/len(real):.0f}% |")
