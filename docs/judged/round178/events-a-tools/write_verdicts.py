"""Write events-a.jsonl from the judge's verdicts below (fields that are wrong per item) and check it.
usage (from docs/judged/round178): python events-a-tools/write_verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPURIOUS = "SPURIOUS"

# n -> (wrong fields, or SPURIOUS; reasons)
V = {
 1: ([], "Clinton urging Armenia and Azerbaijan to make peace is a REQUEST to both; dated Tuesday 2012-06-05, the day of the report."),
 2: ([], "Killing of ~185 people in the Baga fighting; the killer is not stated (the toll and blame are disputed), so an empty source is right; 'last week' before the Sunday report is 2013-W16."),
 3: (["source", "target"], "Signing the MoU is SUPPORT dated 2017-07-11, but the signers are Tillerson (USA) and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani (QAT), not Emir Tamim (he only held talks); source should be one signer and target the other (or both as source with no target)."),
 4: (["date"], "Israel's air strikes on Gaza are ASSAULT ISR -> PSE, but the pounding is still going on when the story is told ('has pounded ... since Saturday'), so the date should be the document date 2023-10-13 (span from 2023-10-07), not none."),
 5: ([], "Armenia agreeing to return four villages to Azerbaijan is an intent to yield, AGREE (CAMEO 035) ARM -> AZE; 'last month' is 2024-04."),
 6: (["type"], "The OAS resolution condemns the violence and calls on the Nicaraguan government to support the electoral calendar: type should be ACCUSE (or REQUEST) OAS -> Nicaraguan government, not SUPPORT for that government; source, target, date (Wednesday 2018-07-18) are right."),
 7: ([], "Raman Singh rejecting Congress's charge is a REJECT (PLOVER's 'all rejections'; a CAMEO coder might call it a denial, 016); the accusers are in the previous sentence only, so an empty target is right by the rules; reaction dated the document date."),
 8: ([], "Sunak and Javid resigned on Tuesday evening 2022-07-05: RETREAT resign, GBR, no target."),
 9: (["source"], "Approval of the UN plan is SUPPORT -> UN dated 2004, but the source wrongly includes the Greek Cypriots ('Cypriot Cypriots'), who rejected the plan, and codes the Turkish Cypriots TUR; source should be the Turkish Cypriots only (CYP)."),
 10: (["date"], "Ethiopia prosecuting reporters under the 2009 law is ACCUSE (bring to trial) ETH -> reporters, but it is a background record of earlier prosecutions, not this week's news: date should be none (a span since 2009), not the document date 2014-04-27."),
 11: (SPURIOUS, "Spurious: Prodi 'was sunk' means he was defeated in a secret ballot of his own party's electors, a trigger in another sense; no ASSAULT and no act of the PLOVER family between the parties."),
 12: ([], "Biden's visit to China 'last month' is CONSULT visit USA -> CHN dated 2011-08."),
 13: ([], "Arrest of a Cristosal lawyer in El Salvador in May: COERCE arrest, arresting agency unnamed (empty source right), target SLV, 2025-05."),
 14: ([], "Grillo urging his supporters to gather in Rome is a REQUEST to them (ITA), dated the Saturday of the re-election, 2013-04-20."),
 15: ([], "The imams' (and opposition's) objection to the constitution's secularism is ACCUSE disapprove, a distinct act from their call for a no vote (e2); no target party named; undated earlier campaign act, so no date is right."),
 16: ([], "Macron welcoming Petronin's release is SUPPORT; Petronin (FRA) is the party named as its object; dated 2020-10-08, the day of the Bamako report."),
 17: ([], "Gabriel saying he would return to Berlin to consult senior German officials: CONSULT, future, DEU -> German government; no date given for the future act, so none is right."),
 18: ([], "Nkurunziza's order to the security forces to find the killers is a REQUEST (order) BDI -> Burundian security forces, dated 2015-08-02 (his Sunday address)."),
 19: (["target", "date"], "China refusing to take part is REJECT by CHN toward the tribunal, but the tribunal is an international body in The Hague, not Philippine: the target code should be empty (or NLD), not PHL; the refusal is a stance still held, so the date should be the document date 2015-10-30 (the Friday statement), not 2015-10-29, the ruling's day."),
 20: ([], "Party leaders asking Napolitano to run is REQUEST -> Napolitano; Monti stands for his centrists (a partial source of the three blocs, ITA, right party); asked on or before the Saturday morning, document date right."),
 21: (["date"], "The UN Security Council vote condemning Russia's invasion is ACCUSE UNSC -> RUS, but it is a background act of February 2022; it should have no date (the text gives none), not the document date 2022-05-15."),
 22: ([], "Zelenskiy due to meet Putin in Paris on 2019-12-09: CONSULT, future, UKR -> RUS, date right."),
 23: ([], "'Belarus will never give up its sovereignty' is a negated yielding (CONCEDE negated, the way 'refused to withdraw' may be RETREAT negated), BLR, no target in the sentence (Russia is only in earlier sentences); repeated undated statements, no date right."),
 24: (["source", "target"], "MOBILIZE of troops dated 2015-10-14 is right, but the deployed soldiers and the military are named in the sentence: source should be the Israeli military/soldiers (ISR), not empty; the police are the ones helped, not the target: target should be empty (or the places, Jerusalem)."),
 25: ([], "Suthep urging supporters to stop the election is a REQUEST THA -> supporters; 'had urged' before the vote with no date given, so none is right."),
 26: (["target"], "The junta agreeing to the election timetable is AGREE by the Mali military (2022), but the party it agreed with, ECOWAS, is named in the same sentence (it lifted sanctions in return): target should be ECOWAS, not empty."),
 27: (["target"], "Opposition lawmakers' accusation of vote-buying is ACCUSE BRA -> government on the vote day, but 'the government' is Temer's Brazilian government (BRA), not the United States government."),
 28: ([], "Macron thanking the Malian authorities: SUPPORT FRA -> MLI government, dated 2020-10-08."),
 29: ([], "Sri Lankan lawmakers condemning the killing: ACCUSE disapprove, LKA; the killers (a mob) are not named in the sentence, so an empty target is right; document date right."),
 30: ([], "Lawmakers' accusations of corruption against the Afghan military leadership: ACCUSE AFG -> military leadership (the defence ministry, AFG, is an acceptable reading); an undated earlier accusation, so no date is right."),
 31: ([], "Abiy lifting press restrictions is an implemented easing, RETREAT (material, not a promise), ETH -> Ethiopia/the press; a background act in a since-clause with no date given, so none is right."),
 32: ([], "Zelenskiy phoning Johnson: CONSULT phone UKR -> GBR, document date 2022-07-07."),
 33: (SPURIOUS, "Spurious: 'targeting' here means the EU sanctions list tankers, banks and an Indian refinery, a trigger in another sense; there is no ASSAULT (the act is the sanctions package, COERCE/SANCTION EU -> Russia, which this event does not code; the tankers are not Indian either)."),
 34: ([], "Bangladeshi authorities deploying border guards and police: MOBILIZE police BGD, no target; reported as this news, document date right."),
 35: ([], "Congo expelling Rwanda's ambassador last month: SANCTION expel COD -> RWA, 2022-10."),
 36: (["type"], "The cleric leading tens of thousands through Yerevan to demand Pashinyan's resignation is a protest march: PLOVER codes protests making demands as PROTEST (demo), not REQUEST; source, target (Pashinyan, ARM), Thursday evening 2024-05-09 are right."),
 37: ([], "Houthi spokesman saying the group fought 'militias' in self-defence: ASSAULT Houthis -> the militias (YEM), the weeks of fighting up to the fall of Amran, document date acceptable; attribution keeps it asserted."),
 38: (["type", "target"], "Biya ordering charges dropped against 333 detainees is a concession (CAMEO 081/084, CONCEDE or RETREAT release) toward the detainees, not a REQUEST with no target: type should be CONCEDE/RETREAT and target the 333 detainees (CMR); source and Thursday 2019-10-03 right."),
 39: ([], "Fico pledging to keep the deficit within the EU's 3 percent limit: AGREE SVK -> EU, reported with the election result, document date right."),
 40: (["date"], "Tens of thousands jailed in Turkey's post-coup crackdown is COERCE arrest -> people (TUR), jailer unnamed; but it is a total over the crackdown that followed July 2016, so it should have no date, not 2016-07 (the coup's month)."),
 41: ([], "The Houthis accuse Islah of corruption and monopolising power: ACCUSE YEM -> Islah (YEM); a stance held now, document date right."),
 42: ([], "'It' is the Syrian Negotiation Commission (SYR): ACCUSE -> Russia, reported with the Sochi congress, document date right."),
 43: ([], "Protests in Mozambique that began in late October: PROTEST demo, protesters unnamed in the sentence and no target named (empty right); the text dates the start 2024-10."),
 44: ([], "China's embassy demanding Pakistan investigate and protect Chinese personnel: REQUEST CHN -> PAK, document date right."),
 45: ([], "Nshimirimana's bodyguards killed or wounded in the Sunday attack: ASSAULT, attackers not named in the sentence (empty source right), target bodyguards (BDI), 2015-08-02."),
 46: ([], "Army officials objecting to the UAE's participation: ACCUSE disapprove SDN -> ARE, dated 2024-08-14 (the Wednesday of the report)."),
 47: (["date"], "Lopez Obrador not meeting Biden is a negated CONSULT MEX -> USA, but 'during the visit' dates it to the Wednesday of the visit, 2020-07-08, not the document date 2020-07-09."),
 48: ([], "Sisi hosting Libyan tribal leaders in Cairo last week: CONSULT (a meeting, either direction) EGY <-> LBY tribal leaders, 2020-W29."),
 49: ([], "Venezuelan protests that erupted in February: PROTEST demo, no party named (empty source and target right by the sentence rules), 2014-02."),
 50: ([], "Jordanian authorities urging calm: REQUEST JOR, no addressee named, dated 2012-10-04 (the Thursday of the Amman report)."),
}

items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == SPURIOUS:
        verdict = {f: False for f in FIELDS}
    else:
        assert all(w in FIELDS[1:] for w in wrong), wrong
        verdict = {f: f not in wrong for f in FIELDS}
    verdict["all"] = all(verdict[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = verdict
    rec["reasons"] = reason
    out.append(rec)

with open(HERE / "events-a.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in back) for f in FIELDS + ["all"]}
print("right of 50:", counts)
