"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's hand verdicts (round 70)."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
ALLT = {}
# n -> (list of false fields or 'SPURIOUS', reasons)
V = {
 1: ([], "REQUEST by the UN Security Council for the perpetrators to be brought to justice; the addressee is not named, so an empty target is right; undated reaction to the day's bombing takes the document date."),
 2: (["source", "target"], "Abduction of the prime minister is ASSAULT (abduct), 2000 right; but the Malaitan militia is a Solomon Islands group (SLB, not AUS) and the target should be PM Bartholomew Ulufa'alu of the Solomon Islands (SLB, not AUS)."),
 3: (["target"], "REQUEST from President Yadav, dated Sunday 2009-05-03 (hours after the Sunday sacking), is right; the target should be the army chief General Rookmangud Katawal (NPL military), 'the general' he wrote to, not Prachanda."),
 4: (["target"], "SANCTION convict by the Libyan court in 2004 is right; the target should be the six medics ('them': five Bulgarian nurses, BGR, and the Palestinian-born doctor), not the international scientists of the previous sentence."),
 5: ("SPURIOUS", "Not an event: Putin leaving office when his constitutional term ends is the end of a term, not a resignation or a concession to anyone; PLOVER also excludes future resignations from RETREAT."),
 6: ([], "Reaffirming recognition of Beijing as China's sole legal government is verbal SUPPORT, US State Department spokesman -> China's government (CHN); undated remark takes the document date."),
 7: ([], "SUPPORT (welcomed the crossing's opening) by Kashmiri separatist leaders (IND); 'the opening' is an act, not a party, so no target is named and empty is right under the rules (a coder might add India and Pakistan); undated reaction takes the document date."),
 8: ("SPURIOUS", "Not an event as coded: 'reported' is a reporting verb, not an accusation; nobody accuses or criticises anyone (rule: a trigger word in another sense). The act in the clause is an unnamed attacker beating the demonstrator (ASSAULT beat), which this record does not code."),
 9: (["date"], "SUPPORT China -> Panama, reported by Wang Yi, is right, but the date should be Tuesday 2017-06-13: Wang spoke at the Beijing signing 'hours later' than Varela's late-Monday address, on the day the lead says relations were established."),
 10: ([], "ASSAULT (car bomb) killing nine people in Jakarta last month, 2004-09 relative to the 2004-10-05 story; the bomber is not named (empty source right)."),
 11: ([], "REQUEST by the UN and Western diplomats to all sides in Nepal's dispute; undated, takes the document date."),
 12: ([], "AGREE by Hamas to dissolve its Gaza committee, last month = 2017-09; the sentence does not say to whom Hamas agreed, so an empty target is right under the rules (a coder could argue for Abbas/the PA, named as the one who cut salaries)."),
 13: ([], "KFOR taking over control of the border crossings is armed forces taking ground, coded ASSAULT by the conventions (wave 30); no party is named as losing the crossings, empty target right; undated, document date."),
 14: ([], "REQUEST (urged) Arafat -> Israelis at Thursday's signing, 1995-09-28. Note: reported_by should be Arafat himself, not Rabin; that field is not scored."),
 15: (["target", "date"], "ASSAULT with no named killer (empty source acceptable), but the soldiers were killed 'on both sides', so the target should be Peruvian and Ecuadorian soldiers (PER and ECU), not ECU alone; the date should be early 1995, the clashes in which they died, not 1981."),
 16: ([], "COERCE arrest, Mauritanian government -> Islamist leaders (MRT), last month = 2003-05."),
 17: ([], "ACCUSE by Russia's Foreign Ministry calling the allegations a planned provocation; the accusers (Saakashvili/Georgia) are not named or referred to as a party in the sentence, so empty target is right under the rules; undated, document date. reported_by (the Defence Ministry spokesman) is wrong but not scored."),
 18: ([], "REQUEST Mubarak -> Israel to ease the closure, at the summit's closing news conference on 1996-03-13."),
 19: ([], "SUPPORT (establish diplomatic relations, mutual) Syria <-> Lebanon on Wednesday 2008-10-15."),
 20: ([], "SUPPORT (signed framework agreement) Zhu Rongji (CHN) -> ASEAN leaders on Monday 2002-11-04."),
 21: (["date", "modality"], "CONCEDE government -> LTTE is the act the president's office charges the government with: it sits inside an accusation, so modality should be reported; the concessions were made in earlier, undated peace talks, so there should be no date, not the document day 2003-11-04."),
 22: ([], "ASSAULT (shot down a Turkish jet) Syria -> Turkey in June 2012."),
 23: (["date"], "CONSULT Medvedev -> NATO (NATO-Russia Council) is right, but the date should be Saturday 2010-11-20, the Lisbon meeting; 2008 is the date of the previous summit-level meeting, not of this one."),
 24: ([], "REQUEST Abbas -> United Nations, Friday 2011-09-23."),
 25: (["target"], "Seizing power by overrunning the capital is ASSAULT under the conventions, March 2013 right; but the sentence names the party acted upon: the target should be President Francois Bozize / the CAR government (CAF), not empty."),
 26: ([], "REJECT (veto) United States -> Abbas's request, hypothetical ('if it comes to a vote'), with no date for the act: right."),
 27: (["date"], "ASSAULT (several thousand killed in the Abkhazia war) with no named killer is acceptable, but the date should be 1992-93, the war the sentence gives, not the document date 2001-10-08."),
 28: (["target", "date"], "CONCEDE (promise to withdraw) by Rwanda is right, but the target should be DR Congo (COD), the country its soldiers are to leave; the pledge is part of the agreement signed on Tuesday, so the date should be 2002-07-30, not the document date."),
 29: ([], "ACCUSE allege, Mauritanian government -> Islamist leaders (plotting), with the May 2003 arrests; a separate act from the arrest, not a duplicate."),
 30: ([], "SUPPORT (congratulate) negated, Megawati -> her former minister Yudhoyono (IDN), as of the story date: right."),
 31: (["target"], "SUPPORT (thanked) by Zeidan on the day of his release is right, but 'those who had secured his freedom' is a description of a party in the sentence: the target should be the armed groups that freed him (LBY), not empty."),
 32: ([], "Granting Lee Teng-hui a visa, Clinton administration (USA) -> Lee (TWN), May 1995; I would accept COOPERATE here, though one could argue for another cooperative type, since PLOVER has no visa category."),
 33: (["source", "target"], "MOBILIZE (future deployment of security forces by Nov. 1) is right, but the source should be the presidential guards / Palestinian Authority (PSE), not empty, and Abbas is not the target (the guards are loyal to him); the target should be empty."),
 34: ([], "RETREAT resign by Prachanda on Monday 2009-05-04."),
 35: ([], "CONSULT visit, Sarkozy -> Libya, future, Wednesday 2007-07-25."),
 36: ([], "SANCTION (agreed to impose an arms embargo) -> Yugoslavia on Monday 1998-03-09; Russia is one of the named imposers (the Western powers are missing from the source), which I count as right; COERCE restrict (CAMEO 163) would also be defensible."),
 37: (["target"], "AGREE in principle to exchange ambassadors, August 2008, Suleiman as source is right; it is a mutual agreement and the sentence names the other party, so the target should be Assad (SYR), not empty."),
 38: ([], "ACCUSE allege, the emir (KWT) -> lawmakers; the quote is not dated in the text, so the document date is right under the rules (it probably comes from Friday's 2024-05-10 speech)."),
 39: ([], "RETREAT (eased the arms embargo) by the US in 2014; Vietnam is referred to only through 'the embargo', so empty target is right under the rules."),
 40: (["type"], "A statement that he will restore relations is a commitment to future diplomatic cooperation: the type should be AGREE (CAMEO 032), not SUPPORT; Petro -> Venezuela, no date and the future reading of the act are right."),
 41: ([], "ASSAULT gunman -> Imran Khan, Thursday 2022-11-03."),
 42: (["type", "target"], "'Ordered a second aircraft carrier toward the Gulf' is a deployment: the type should be MOBILIZE (troops), not REQUEST, and the target should be empty (no party is named; the Pentagon did not make a request of the US government)."),
 43: ([], "Soldiers seizing power is ASSAULT under the conventions; soldiers (CIV) -> Ivory Coast state, Friday 1999-12-24."),
 44: ([], "REQUEST (called for an international inquiry) by Australia in April 2020; no addressee is named, empty target right."),
 45: (["target"], "REQUEST by Khan is right, but 'them' refers to Khan's supporters (PAK) of the previous sentence: the target should be Khan's supporters, not empty."),
 46: (["source", "target"], "RETREAT resign on Friday 2014-01-10 is right (a separate sentence from the lead), but Tiangaye, the CAR prime minister, should be coded CAF, not empty, and a resignation has no target: 'new leader' is wrong, target should be empty."),
 47: ("SPURIOUS", "Not an event: dismissing suggestions that France promised arms is a denial (CAMEO 016, a statement with no PLOVER event), not the rejection of a request or proposal."),
 48: (["date"], "COERCE deport, Saudi government -> Yemeni workers, is right, but the expulsion happened during the 1990-91 Gulf crisis: the date should be 1990 (1990-91), not the document date."),
 49: ("SPURIOUS", "Not an event: 'seeking a bomb' means trying to acquire a weapon, not asking anyone for anything (trigger in another sense); the sentence reports Iran's denial."),
 50: (["target"], "SUPPORT (praised) Clinton on 1995-09-28 is right, but 'the two leaders' are Rabin (ISR) and Arafat (PSE): the target should be those leaders, not the Israeli and Palestinian peoples."),
}
items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50
with open("events-c.jsonl", "w") as out:
    for it in items:
        bad, reason = V[it["n"]]
        if bad == "SPURIOUS":
            v = {f: False for f in F}
        else:
            v = {f: (f not in bad) for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = reason
        out.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h12-x42-10", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A king's death and a succession named by the royal court are not PLOVER interactions between actors; nothing to code."},
 {"doc": "h12-x43-04", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning an election announced by the commission is not a PLOVER event; nothing to code."},
 {"doc": "h12-x44-14", "coder_events": ["CONSULT: ASEAN foreign ministers (ASN) multilateral meeting in Cambodia, ended without a communique, 2012-07-13"], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found no event; the ministers' annual meeting (ended on Friday) is a multilateral CONSULT. The dispute over wording is only a cause here, with no act or parties in this sentence."},
 {"doc": "h12-x41-07", "coder_events": ["COERCE arrest: Russian prosecutors (RUS) -> Vladimir Gusinsky (RUS), arrested and jailed, 2000-06-13"], "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found with right type, parties and date (Tuesday 2000-06-13). Putting him in prison is part of the same arrest."},
 {"doc": "h12-x44-17", "coder_events": ["CONSULT: Barack Obama (USA) <-> Raul Castro (CUB), talks, 2015-04-11", "AGREE: Barack Obama (USA) <-> Raul Castro (CUB), pledged to keep working to end hostility, 2015-04-11"], "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline coded the pledge (AGREE) but missed the meeting itself ('sat down for talks'), the paragraph's main event."},
 {"doc": "h12-x43-03", "coder_events": ["ASSAULT: mutinous soldiers (SLE military) -> Sierra Leone government / President Kabbah (SLE), coup, 1997-05-25"], "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The coup, armed forces seizing power, is ASSAULT under the conventions; driving Kabbah into exile is part of the same act. Found with right type and date (Sunday 1997-05-25)."},
]
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
