# Judge c, round 179: write events-c.jsonl and paragraphs-c-verdicts.jsonl from the hand verdicts below,
# then run the brief's checks. Fields: event, type, source, target, date, modality (1 = right).
import json
V = {
 1: ("111100", "Refusing to negotiate coded as CONSULT is acceptable only as a negated CONSULT (or REJECT meet), so modality should be negated, not future. Date should be the document date 1999-02-27: the refusal is the government's current stance ('says'), not an act of unknown time."),
 2: ("111111", "SUPPORT (approve/ratify an agreement) by Costa Rican voters; the pact is with the United States, so USA is a fair target; Sunday = 2007-10-07."),
 3: ("111001", "AGREE negated for 'will not accept' is acceptable (or REJECT asserted). Target 'GM' is genetically modified maize, not an actor; it should be empty (the sentence names no donor). Date should be 2002-10-29, the Tuesday on which the lead says Zambia made this statement."),
 4: ("111101", "AGREE (CAMEO 035 intent to yield) by Israel to Palestinian forces is right. The agreement is a background act of an earlier time (not this news, and undated in the text), so the document date is wrong; it should have no date."),
 5: ("111111", "ASSAULT by the militants (Fatah al-Islam, country not given) on the Lebanese army on 2007-05-20 as the text says; e4 'killed' in the same sentence is the follow-on, this one is not a duplicate."),
 6: ("111111", "ACCUSE disapprove by Kofi Annan (UN); 'the violence' is an act, not a party, so an empty target is right by the rules; document date for this news."),
 7: ("111111", "REQUEST by Aristide (HTI) to Haitians; 1995-06-26, the wire's dateline day, is fine for this undated statement."),
 8: ("111111", "AGREE (promise) by Hajjaji (LBY); no addressee in the sentence, so empty target is right; 2003-01-20 is the Monday of the vote and her remarks."),
 9: ("111111", "ACCUSE allege (indict) by the UN tribunal against Karadzic (BIH); background act with no date in the text, so no date is right."),
 10: ("111111", "SUPPORT by Japanese officials; 'the outcome' is no party, so empty target is right; document date for this news."),
 11: ("111111", "Past signings with the RUF: SUPPORT (sign agreement) by the Sierra Leone government, for which Berewa speaks ('we'), with the RUF (SLE) as target; undated past act, so no date is right. Borderline as a rhetorical aside, but it reports real acts."),
 12: ("111011", "AGREE for a pledge of allegiance is acceptable and AQIM with no code is fair for a transnational group. Target Osama bin Laden is right but his code MRT is wrong; it should be empty (al Qaeda) or SAU, never Mauritania."),
 13: ("111101", "SUPPORT (sign) between Menem (ARG) and Frei (CHL), mutual, so the pairing is right (listing each on both sides is redundant but contains the right pair). Date should be 1998-12-16, the Wednesday the lead gives for this signing, not the document date."),
 14: ("110111", "The nuclear test is MOBILIZE weapons by North Korea, so the source should be North Korea (PRK), not the United Nations (the UN imposed the sanctions). 2009-05 ('last May') is right."),
 15: ("110101", "'They gave back what they stole' is the Milosevic authorities' climbdown (CONCEDE is acceptable, CAMEO 080). Source should be the Serbian government/ruling Socialists (SRB), not the opposition leaders who are speaking. Date should be 1997-02-11, the Tuesday the lead gives for the law."),
 16: ("110111", "REQUEST yield (release) is right but the source should be the Maldivian Democratic Party (MDV, opposition), the party that demanded; 'Maldives leader' (GOV) is wrong. Empty target is acceptable (the government is not named)."),
 17: ("111011", "SANCTION convict by the Budapest court is right, but the target should be the Azerbaijani army officer, Lt Ramil Safarov (AZE), not the state of Azerbaijan."),
 18: ("111011", "REQUEST by Clinton is right; 'all parties' are the parties to the Northern Ireland conflict, so their code should be GBR (or empty), not USA."),
 19: ("111111", "ASSAULT by AQIM ('the group'); attacks in Mauritania make Mauritania a fair target; a summed set of attacks has no date, so no date is right."),
 20: ("111111", "ASSAULT by Angolan government forces on UNITA, December 1998 as the text says."),
 21: ("111101", "SUPPORT by Putin for Yanukovych is right, but it is a background act around the November vote; the date should be 2004-11 (or none), not the document date 2004-12-27."),
 22: ("110011", "Mutharika's disapproval (SUPPORT negated is acceptable; ACCUSE disapprove would be better): the source should be Mutharika (MWI), not Ban Ki-moon, and the target should be the couple, Monjeza and Chimbalanga (MWI), not empty."),
 23: ("111011", "REJECT for refusing to certify is acceptable (SANCTION would also do), but the target should be Colombia (COL), which the sentence names as the party acted upon."),
 24: ("100011", "The freeing of prisoners is only a condition within Geelani's demand. By the rules the act is the statement's type: REQUEST (yield) by Geelani (IND separatist) to the Indian government (IND). So the type, source and target are wrong. As a RETREAT it would be hypothetical and undated, so it is wrong either way; the date 2010-09-20 and asserted are right for the demand."),
 25: ("111101", "AID by French forces to Mauritanian soldiers is right, but the operation was on Thursday; the date should be 2010-07-22 (as e2 has), not 2010-07-23, the dateline day."),
 26: ("110111", "ASSAULT with no date (a summed toll) and target people (NPL) are right. The source should be the Maoist rebels with code NPL (the text makes it plain they are Nepal's insurgents), and the police share the killings. An empty code is wrong here."),
 27: ("111011", "PROTEST obstruct by the Young Patriots is right, but the protest is anti-foreign and pro-Gbagbo, aimed at the UN and France. So the Ivorian state is wrong: the target should be the UN (UNOCI) or France, or empty."),
 28: ("111011", "SUPPORT by Clinton is right, but the sentence names the party praised: the target should be the pilot, Capt. Scott O'Grady (USA)."),
 29: ("111111", "CONSULT future: Cheney (USA) is expected to meet Sharon (ISR); a future act with no date, so no date is right."),
 30: ("111111", "SUPPORT (sign) for the 1984 treaty; Argentina and Chile are clearly the parties (previous sentence) and the sentence names none, so empty target is right; 1984 right."),
 31: ("000000", "Spurious: a memo proposing to stoke voters' fears is internal campaign strategy, not an AGREE (no offer of cooperation to another party), and no other PLOVER act."),
 32: ("111111", "CONSULT: Koizumi (JPN) met Jiang and Zhu (CHN) on the Monday visit, 2001-10-08."),
 33: ("111111", "ACCUSE disapprove by the US and UK; 'the closure' is an act, not a named party, so empty target is right; 2003-09-12 fine."),
 34: ("110011", "PROTEST demo is right, but the sentence names the 'demonstrators', so the source should be the demonstrators (EGY), not empty. A protest outside parliament on the emergency-law vote is aimed at the authorities, so the target should be the Egyptian parliament or state (EGY)."),
 35: ("111111", "REJECT by Libya of handing over the suspects; the US and Britain are clearly the parties whose demand it refuses, so the UK is a right target; an ongoing refusal takes the document date."),
 36: ("111111", "SUPPORT by Armenian Foreign Ministry officials (ARM); 'the sentence' is an act, so empty target is right; document date of this news."),
 37: ("110011", "The trigger 'backed' is the trade union representatives' backing. Its source should be the trade union representatives (no code) and its target the United States and EU countries. The record reverses this (the US/EU push itself would be a separate act)."),
 38: ("110011", "REQUEST is right but the source code should be empty (OSCE, an international body with no seat country in the text), not SRB. The target should be Belgrade, meaning the Serbian/Yugoslav government (SRB), not Belgrade University."),
 39: ("111111", "AGREE: Nateq-Nouri (IRN, speaker) pledged cooperation; no addressee named in the sentence, so empty target is right; Monday 1997-08-04."),
 40: ("111011", "CONSULT multilateral future on 2010-11-19 is right, but the sentence names NATO (the NATO-Russia Council meeting at the alliance's summit), so the target should be NATO, not empty."),
 41: ("000000", "Spurious by the rules: 'clashed' is a trigger in another sense, a political quarrel between Berezovsky and Primakov, not ASSAULT. A coder would code at most an undated ACCUSE disapprove between them."),
 42: ("111111", "ASSAULT with no source and victims in Northern Ireland (GBR); a summed toll since 1969 has no date, so no date is right."),
 43: ("111111", "REQUEST by the US embassy (USA) to the Haitian government (HTI); document date for this news."),
 44: ("111011", "ACCUSE by New Delhi is right, but ULFA is an Indian (Assamese) separatist group: its code should be IND, not BGD."),
 45: ("111011", "AGREE (pledge; its condition states its terms, so asserted) by Chen (TWN) on 2000-05-20 is right, but the pledge is made to China, named in the sentence: the target should be China (CHN)."),
}
KEYS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 45 and set(V) == {i["n"] for i in items}
with open("events-c.jsonl", "w") as f:
    for it in items:
        bits, why = V[it["n"]]
        v = {k: b == "1" for k, b in zip(KEYS, bits)}
        v["all"] = all(v[k] for k in KEYS)
        out = dict(it); out["verdict"] = v; out["reasons"] = why
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

P = {
 "h66-x258-14": dict(coder_events=[
    "ASSAULT: Syrian security forces (SYR) -> gunmen (no code), killed two gunmen, 2004-04-27",
    "COERCE arrest: Syrian security forces (SYR) -> gunmen (no code), captured two others, 2004-04-27",
    "ASSAULT: gunmen (no code) -> Syrian police/security forces (SYR), bomb blast and gunfight in Mezzeh, Damascus, 2004-04-27"],
    found=0, dateline_events=0, spurious=0,
    notes="Dateline found nothing in the lead: the killing, the capture and the gunmen's attack are all missed. Tuesday = 2004-04-27 (document date Wednesday 2004-04-28)."),
 "h66-x260-15": dict(coder_events=[
    "PROTEST riot: rioters (TLS) -> Prime Minister Mari Alkatiri / East Timor government (TLS), burned the prime minister's house, 2002-12-04",
    "PROTEST riot: rioters (TLS) -> no target (shops, a supermarket), set fire to shops and a supermarket in Dili, 2002-12-04"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline's e1 (trigger 'set', PROTEST riot, rioters TLS, empty target, 2002-12-04) matches the arson of the shops. The burning of the prime minister's house (ASSAULT destroy would also do) is not coded separately."),
 "h66-x258-09": dict(coder_events=[
    "AID: U.N. Security Council (UNO) -> Iraq (IRQ), extended the oil-for-food programme for five months, 2001-07-03",
    "CONCEDE: Britain (GBR) -> Russia (RUS) / Security Council, withdrew its sanctions plan under a veto threat, 2001-07-03",
    "SUPPORT: United States (USA) -> Britain (GBR), backed the plan, undated",
    "THREATEN: Russia (RUS) -> Britain (GBR) / Security Council, threatened veto, undated (Monday 2001-07-02 per the story)"],
    found=0, dateline_events=0, spurious=0,
    notes="No dateline events in the lead. The extension could also be coded RETREAT ease (a sanctions exemption); the withdrawal of the draft is a yield (CAMEO 08)."),
 "h66-x260-14": dict(coder_events=[
    "ASSAULT: gunmen loyal to Nur Misuari (PHL, rebels) -> Philippine army (PHL MIL), attacked an army headquarters on Jolo, 2001-11-19",
    "ASSAULT: Philippine army (PHL MIL) <-> Misuari gunmen (PHL), fighting that left more than 50 dead, 2001-11-19"],
    found=0, dateline_events=0, spurious=0,
    notes="No dateline events in the lead, although the attack is the story's main event. Monday 2001-11-19 comes from the second paragraph; the lead gives only the Tuesday of the report."),
 "h66-x259-13": dict(coder_events=[
    "REJECT: Zambia (ZMB) -> United States (USA) / U.N. agencies, will not accept GM maize as food aid, 2002-10-29",
    "REQUEST: United States (USA), U.N. agencies (UNO) -> Zambia (ZMB), pressure to accept GM maize, undated"],
    found=0, dateline_events=0, spurious=0,
    notes="No dateline events in the lead. The same refusal is coded later in the story from Sikatana's quote (item 3, AGREE negated), but not from the lead."),
 "h66-x257-25": dict(coder_events=[
    "CONSULT (future): Dmitry Medvedev (RUS) -> NATO, will attend the NATO summit in Lisbon, 2010-11",
    "CONSULT: Dmitry Medvedev (RUS) <-> Nicolas Sarkozy (FRA), Angela Merkel (DEU), talks in Deauville, 2010-10-19"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline's e1 (CONSULT visit, Medvedev -> NATO, 2010-11, future) is right (AGREE, intent to meet, would also do). The Deauville talks with Sarkozy and Merkel are missed."),
}
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
with open("paragraphs-c-verdicts.jsonl", "w") as f:
    for p in paras:
        d = P[p["doc"]]
        assert d["dateline_events"] == len(p["events"]), p["doc"]
        f.write(json.dumps({"doc": p["doc"], **d}, ensure_ascii=False) + "\n")

# checks from the brief
out = [json.loads(l) for l in open("events-c.jsonl")]
assert len(out) == 45
for a, b in zip(out, items):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = a["verdict"]
    assert v["all"] == all(v[k] for k in KEYS)
    if not v["event"]:
        assert not any(v.values())
pv = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(pv) == 6
counts = {k: sum(o["verdict"][k] for o in out) for k in KEYS + ["all"]}
print("per-field right of 45:", counts)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
      "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
