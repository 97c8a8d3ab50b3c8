"""Write events-a.jsonl from the judge's verdicts below (fields: event type source target date modality).
usage: python events-a-tools/write_verdicts.py   (from docs/judged/round106)"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
T, F = True, False
# n: (event, type, source, target, date, modality, reasons)
V = {
1: (T, T, F, T, F, T, "ASSAULT by the TLP supporters on the police is right, but the source should be the TLP supporters (\"They\", PAK), not an actor named \"Interior\". Date should be the protests of 12-14 April (from 2021-04-12, after Monday's arrest), not Thursday's ban, which came after the clashes."),
2: (T, T, T, T, T, F, "Defending dissidents as a lawyer is SUPPORT (CAMEO 052) by Ebadi toward Iranian dissidents and journalists (borderline: it is a career summary). An undated background act with no date is right, but modality should be asserted (\"went on to defend\" is past), not future."),
3: (T, T, T, T, F, T, "A campaign promise by Noboa is AGREE, and an empty target is right. Date: \"has promised\" is a background campaign promise from an earlier, undated time, so it should have no date, not the document date."),
4: (T, T, F, T, T, T, "\"It\" is the U.N. commission of inquiry's report, so the source should be the U.N. commission of inquiry (UNO/IGO), not North Korea. REQUEST to the Security Council on Monday 2014-02-17 is right."),
5: (T, T, T, T, T, T, "ASSAULT killing Shahriari on Monday 2010-11-29. The sentence names no attacker, so an empty source is right."),
6: (T, T, T, T, T, T, "REQUEST by the State Department spokesman (USA) to both sides on Cyprus. An empty code is acceptable because the two sides are of different countries. The statement is undated, so the document date is right."),
7: (T, T, T, F, T, T, "Chirac's proposal of a contact group is an offer (AGREE) at the summit, but Afghanistan is its topic, not a party acted upon. The target should be empty (the sentence names no addressee; the proposal went to the NATO allies)."),
8: (T, T, T, T, T, T, "Belgrade (SRB government) will seek a UNSC emergency session: REQUEST, future, with no date. Right."),
9: (T, T, T, T, T, T, "Lee met Chen: CONSULT SGP->TWN. The text dates the meeting only to the visit, Saturday 10 July to Monday 12 July, so 2004-07-10 is within the span it gives. Asserted, reported by Taiwanese media."),
10: (T, T, T, T, T, T, "One person was killed on Wednesday 2024-01-17 as the security forces clashed with protesters. The security forces (COM) are the party the sentence gives for the clash, so the source is acceptable; the target is the person killed (COM)."),
11: (T, T, T, F, T, T, "An apology is SUPPORT (CAMEO 055) by Serbia's parliament, but the target should be the families of the Bosniak victims of Srebrenica (BIH), not SRB."),
12: (T, T, T, T, T, T, "Mahathir repeatedly blamed Soros (USA): ACCUSE. The blame is repeated over an undated span, so no date is right."),
13: (T, F, T, T, T, T, "Mubarak ordering the suspects sent for trial is legal action against them. The type should be COERCE (CAMEO 173, arrest/charge), not REQUEST: the suspects are not asked anything. Source, target and the document date (the order is undated) are right."),
14: (T, T, T, T, T, T, "Moreno-Ocampo (ICC) accused Bashir (SDN) on Monday 2008-07-14: ACCUSE. Right."),
15: (T, T, T, F, F, T, "ASSAULT with no attacker in the sentence is right. The target should be the four people killed (two men and two women, AUT), not \"women\" only. Date should be 2020-11-02, the Monday evening of the attack, not the document date."),
16: (T, T, T, T, F, T, "Police arrested two brothers: COERCE EGY police -> the two brothers (EGY). The arrest was \"at the scene\" of Thursday's attack, so the date should be 1997-09-18, not the document date 1997-09-19."),
17: (T, T, T, T, T, T, "The Taiwan government (through Tien) accused China: ACCUSE TWN->CHN, undated news, so the document date is right."),
18: (T, T, T, T, T, T, "Georgian officials blamed the Abkhaz militias (GEO, breakaway region): ACCUSE. Undated, so the document date is right."),
19: (T, T, F, F, T, T, "A future resignation of Al Wefaq's MPs: RETREAT/resign with future modality fits the conventions' \"is to step down\" rule. But the source should be Al Wefaq's 18 MPs (BHR), not the Interior Ministry, and the target should be empty (or the chamber), not Al Wefaq."),
20: (T, T, T, F, F, T, "The king's promise to consult parliament is AGREE by Abdullah. The target should be Jordan's parliament (JOR/LEG), the party he commits to consult. Date: \"has promised\" is an undated earlier promise, so it should have no date, not the document date."),
21: (T, F, T, F, T, T, "The cabinet's approval of the proposal to outlaw the group is the ban itself. The type should be COERCE/ban, and the target should be the TLP (PAK), not the interior ministry: a trained coder does not code intra-government approval as SUPPORT. The source (cabinet, PAK) and Thursday 2021-04-15 are right."),
22: (T, T, T, T, F, T, "North Korean agents bombed a Korean Air jet: ASSAULT PRK->KOR airline is right. The date should be 1987 (\"the year after\" 1988 per the text), not 2008."),
23: (T, T, T, T, T, T, "Papandreou telephoned Cem on the day of the quake, Tuesday 1999-08-17: CONSULT GRC->TUR. Right."),
24: (T, T, T, T, T, T, "Ebadi was jailed in 2000: COERCE/arrest with no jailer named (an empty source is right). Right."),
25: (T, T, T, T, F, T, "Kuwait rejected Saddam's letter: REJECT. An empty target is right by the sentence rule (I would code Saddam, IRQ). The date should be 2002-12-07, the day the letter was read (or the document date), not 2002-11-08, the date of resolution 1441."),
26: (T, T, T, F, T, T, "NATO stepping up patrols is MOBILIZE by NATO, and it is ongoing news (document date). Kosovo is where the patrols are, not a party acted upon, so the target should be empty (the guerrillas are not named in the sentence)."),
27: (T, T, T, T, T, T, "The State Department welcomed the release: SUPPORT. An empty target is right by the sentence rule (Iraq is not named). Sunday 16 July, the story's own dateline day, is acceptable for this news."),
28: (T, T, T, T, F, T, "Police urged residents to stay home: REQUEST AUT police -> residents. The appeal was made on the night of the attack (\"at first... overnight\", before \"Tuesday afternoon\"), so the date should be 2020-11-02, not the document date."),
29: (T, T, T, F, T, T, "Kinkel condemned the killings: ACCUSE DEU. The target is the \"gunmen\" of the 1996 Pyramids attack from the previous sentence, the wrong party. It should be empty (the sentence names no perpetrator), or the attackers of the Cairo bus."),
30: (T, T, F, T, T, T, "\"It\" is World Central Kitchen, so the source should be World Central Kitchen (U.S.-based charity, USA/NGO or no code), not Deir al-Balah. Coordination with the Israeli military (CONSULT, Monday) is right."),
31: (T, T, T, T, T, T, "The U.S. sanctions on senior Russian officials earlier this month: SANCTION USA->RUS, 2021-03. Right."),
32: (T, T, T, T, T, T, "Rights groups urged the Malaysian authorities to release detainees: REQUEST, undated reaction, so the document date is right."),
33: (T, T, F, F, F, T, "ACCUSE is right, but the source should be Madhav Kumar Nepal (NPL, Communist leader), not the country Nepal. The target should be the Nepali Congress (NPL), not IND. The date should be the document date 1999-05-24 (news reaction to the results), not none."),
34: (T, F, F, F, F, F, "The expulsion did not happen: the sentence reports the TLP's deadline, a demand. The event should be REQUEST, with source TLP (PAK) and target Pakistan's government (PAK), and no date (the deadline was set at an undated earlier time). The expulsion itself is not asserted."),
35: (T, T, T, T, T, T, "Amadou Ali (CMR) thanked Nigeria at Thursday's ceremony, 2008-08-14: SUPPORT. Right."),
36: (T, T, T, F, T, T, "REQUEST by Amnesty to the IOC is right, but the target's code should be empty (the IOC is an international body with no seat country in the text), not CHN."),
37: (T, T, T, T, T, T, "Greece blocks Macedonia's bid: REJECT GRC->MKD. It is still going on, so the document date is right."),
38: (T, T, T, F, T, T, "The accused is Talon, so the target should be Patrice Talon (BEN), not Boni Yayi (the intended victim). The source is unnamed (empty is right), and 2012 is right."),
39: (T, T, T, F, F, T, "The EU interior ministers' failed agreement (AGREE negated) is acceptable. The target should be empty (a multilateral agreement among the ministers themselves); Hungary and the others led the opposition. The date should be 2015-09-14, \"a day after\" the Tuesday sealing."),
40: (T, T, T, T, T, T, "The United States praised Panama: SUPPORT USA->PAN, undated, so the document date. Right."),
41: (T, T, T, T, T, T, "Ebadi called for the release of political prisoners: REQUEST with no addressee in the sentence (empty is right). Her reaction to the prize is this news, so the document date is acceptable."),
42: (T, T, T, T, T, T, "The BDP (TUR) condemned the assassination: ACCUSE, with no perpetrator named (empty is right), on 2013-01-10. Right."),
43: (T, T, T, T, T, T, "The EU and the US condemned \"the move\": ACCUSE. An empty target is right by the sentence rule (Ivanov is not named), and the document date is right."),
44: (T, T, T, T, T, T, "Lee visited Taiwan: CONSULT/visit SGP->TWN. The visit ran from Saturday to Monday 2004-07-12, so Monday is within it. Right."),
45: (T, T, T, T, T, T, "Nicosia agreed with Moscow to buy the missiles: AGREE (agreement to material cooperation) CYP->RUS, announced on Saturday 1997-01-04. Right."),
46: (T, T, F, F, F, T, "The urging is in Saddam's letter, so the source should be Saddam Hussein (IRQ), not Iraqi television, which read it out. The target should be the Kuwaiti people (KWT civilians), not the state. The date should be 2002-12-07 (\"on the same day\", Saturday), not 2002-11-08."),
47: (T, T, T, T, T, T, "The EU-Russia summit on Friday 2007-05-18: a mutual CONSULT. The EU actor is misnamed \"EU's rotating presidency\" but is the European Union cluster (EUR). Right."),
48: (T, T, T, F, F, T, "Rights groups criticised \"the king\" = Mswati III, so the target should be King Mswati III (SWZ), not Sobhuza II. Date: \"have criticised\" is undated background, so it should have no date."),
49: (T, T, T, T, T, T, "China's foreign ministry told Western countries to stop meddling: REQUEST CHN -> Western countries (no code), 2021-06-24. Right."),
50: (T, T, T, T, F, T, "Milanovic criticised the EU leadership: ACCUSE HRV->EUR. But \"has also criticised\" is undated background, so it should have no date, not the document date."),
}

items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
keys = ["event", "type", "source", "target", "date", "modality"]
with open(HERE / "events-a.jsonl", "w") as out:
    for it in items:
        v = V[it["n"]]
        verdict = dict(zip(keys, v[:6]))
        if not verdict["event"]:
            verdict = {k: False for k in keys}
        verdict["all"] = all(verdict[k] for k in keys)
        rec = dict(it); rec["verdict"] = verdict; rec["reasons"] = v[6]
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
counts = {k: sum(V[n][i] and V[n][0] for n in V) for i, k in enumerate(keys)}
counts["all"] = sum(all(V[n][:6]) for n in V)
print(counts)
