"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts below.

usage (from round133/): python3 events-d-tools/write_verdicts.py
Each verdict: n -> (event, type, source, target, date, modality, reasons). `all` is computed.
A spurious item (event False) is forced False in every field.
"""
import json

T, F = True, False
V = {
 1: (T, T, T, T, T, T, "Rights groups welcomed the UN human-rights office's report: SUPPORT; source right (the Uighur activists are the second conjoined source; no country code given). Target empty is right by CONVENTIONS (the sentence names no party, only 'the report'; a coder would also accept the UN rights office); reported on the day of release, document date right."),
 2: (T, T, F, T, T, T, "Armed rebels seizing towns is ASSAULT (wave-30 rule), dated January 1, 1994 and aimed at Mexico (right). Source should be the Zapatistas (EZLN, MEX rebels), not the government's negotiators, Mexico's government and the Colombian ELN."),
 3: (T, T, T, F, T, T, "Imposing oil sanctions is SANCTION (CAMEO2PLOVER maps 163 to COERCE, but PLOVER's own SANCTION definition covers curtailing commercial exchanges); 2019 ('the following year' after 2018) is right. Target should be Maduro/Venezuela's government (VEN): the sentence refers to him ('force him from power') and the sanctions hit Venezuelan oil."),
 4: (T, F, T, T, T, T, "Opposing the Ethiopian intervention is an objection to an act, ACCUSE (disapprove), not REJECT (no request or proposal is refused). Eritrea -> Ethiopia is right; a stance held 'from the start' and still held takes the document date."),
 5: (T, T, F, F, T, T, "REJECT (the 2018 vote rejected as fraudulent) dated 2018 is right, but the roles are reversed: source should be the United States (and the Latin American and European countries), target Maduro/his re-election (VEN)."),
 6: (T, T, T, T, T, T, "Soldiers shooting President Vieira dead on March 2: ASSAULT firearms, GNB army -> Vieira (GNB), 2009-03-02, asserted; all right (the separate 'hacked' COERCE/cyber event e6 is the wrong duplicate, this one is the right coding)."),
 7: (T, T, T, T, T, T, "Iran firing missiles at U.S. forces in Iraq: ASSAULT, Iran -> U.S. forces; no date in the text for an act reported as this news, so the document date is right."),
 8: (T, T, T, T, T, T, "The cancelled visit is coded as a negated CONSULT visit (as 'refused to withdraw' may be a negated RETREAT); Fox -> Texas (USA) is right, the statement is reported as this news (document date), modality negated right."),
 9: (T, T, T, T, T, T, "Moroccan security forces shot dead two people on Wednesday night (2025-10-01): ASSAULT firearms, MAR police -> two people (MAR), asserted; all right."),
 10: (T, T, T, T, T, T, "The Greek government congratulated Papadopoulos: SUPPORT, GRC -> Papadopoulos (CYP), reported as this news (document date); all right (sector JUD is odd but not scored)."),
 11: (T, T, F, T, T, T, "Proposing the constitutional change is an expressed intent to change institutions (CAMEO 0344 -> AGREE), dated 'last month' (2024-10), right. Source should be Emir Sheikh Tamim bin Hamad Al Thani (QAT), not Interior Minister Sheikh Khalifa bin Hamad Al Thani."),
 12: (T, T, T, T, T, T, "Iraq's parliament approved the new Sudani government on Thursday 2022-10-27: SUPPORT, IRQ -> IRQ government; all right."),
 13: (T, T, T, T, T, T, "A scheduled visit to Tehran 'in the coming days': CONSULT visit, future, KOR vice foreign minister -> Iran; undated future act with no date is right."),
 14: (T, T, T, T, T, T, "France called for the candidates' release: REQUEST, France as source right; the request names no addressee, so an empty target is right. No date in the text; the story's dateline day (July 11) is the news day, accepted."),
 15: (T, T, T, T, T, T, "Guinean voters approved the constitution in Sunday's referendum (2025-09-21): SUPPORT approve, voters (GIN), no target; all right."),
 16: (T, T, T, T, T, T, "Serbia rejects the plan for Kosovo's supervised independence: REJECT, Serbia -> Kosovo is right (it rejects Kosovo's independence; Ahtisaari as the plan's author would also do); a stance still held takes the document date."),
 17: (T, T, T, T, F, T, "The G7 statement calling for a resolution and a Gaza ceasefire is a REQUEST with Trump among its sources and no stated addressee (empty target right). Date should be 2025-06-16: the statement came 'before leaving', and Trump left on Monday evening."),
 18: (T, T, T, T, F, F, "Merz's readiness to supply Taurus missiles to Kyiv is an offer: AGREE, Merz (DEU) -> Ukraine, right. The offer was made when he spoke, so it is asserted (the supply itself is what is future) and takes the document date 2025-04-13, not no date."),
 19: (T, T, T, T, T, T, "The PNP called on Golding to resign: REQUEST, JAM party -> Golding (JAM), reported as this news; all right."),
 20: (T, T, T, F, T, T, "Palestinian leaders rejected the settlement freeze: REJECT, right source and date (Wednesday, with the announcement). Target should be Netanyahu/Israel (ISR), whose announced freeze 'it' refers to, not Palestine."),
 21: (T, T, T, T, T, T, "Bosnia signed the SAA with the EU on Monday 2008-06-16: SUPPORT (sign agreement), BIH -> EU; all right."),
 22: (T, T, T, T, T, T, "Summoning Myanmar's ambassador to lodge a protest: ACCUSE, Liu Zhenmin (CHN) -> Myanmar's ambassador (MMR); no date given for this act reported as this news, document date right."),
 23: (T, T, T, T, T, T, "Bachelet urged Brunei's government on Monday (2019-04-01) to stop the code: REQUEST, UN -> BRN government; all right."),
 24: (T, T, T, T, F, T, "Dutton's resignation is RETREAT resign, source right. Date wrong: it is a background act earlier in the week, before Morrison signed the guidance issued Thursday; the text gives it no day, so it should have no date (or 2018-W34), not the document date."),
 25: (T, T, T, T, F, T, "Condemnation by UNHCR and rights groups: ACCUSE, sources right; the sentence names no party for 'the policy', so empty target is right (Australia would also do). Date wrong: 'has been condemned' is a background act of unstated earlier time and should have no date, not the document date."),
 26: (T, T, T, T, T, T, "Pahor's conditional offer to consider resigning: RETREAT resign, hypothetical, no date; all right."),
 27: (T, T, T, T, T, T, "About 100,000 killed in the 1992-1995 war: ASSAULT with no named perpetrator, victims in Bosnia (BIH); a total over a span has no date (round-20 rule); all right."),
 28: (T, T, T, T, T, T, "Gunmen fired on the envoys' convoys on Tuesday 2005-07-05: ASSAULT firearms, gunmen in Baghdad (IRQ) -> Bahrain's envoy (BHR) and Pakistan's ambassador (PAK); all right."),
 29: (T, T, T, T, F, T, "Western governments and rights groups accusing Yameen of crushing dissent: ACCUSE, right parties. Date wrong: 'has been accused' is a background act of unstated earlier time and should have no date, not the document date."),
 30: (T, T, T, F, T, T, "Biden's 'The Americans stand with you' is verbal SUPPORT with the Americans (USA) as source. Target should be Ukraine/Ukrainians (UKR): 'you' refers to them and an empty target is wrong when the sentence has a pronoun for the party."),
 31: (T, T, T, T, T, T, "Beijing has refused Lai's offers of talks: REJECT meet, China -> Lai (TWN); a refusal still held takes the news day (dateline 2024-10-14); all right."),
 32: (T, T, T, T, F, T, "Syria's foreign ministry accused Israel: ACCUSE, SYR -> ISR, right. Date wrong: the denial belongs to last week's dispute over Peres's charge; the text gives it no day, so it should have no date (or 2010-W15), not Monday 2010-04-19 taken from the lead's summons."),
 33: (T, T, F, T, T, T, "The opposition accused the government: ACCUSE -> Japan's government, document date right. Source should be Japan's opposition Democratic Party (JPN), not coded USA."),
 34: (F, F, F, F, F, F, "Spurious: Chakwera called off his Bahamas trip because of the crash search, which does not reduce relations with the Bahamas; no SANCTION or other PLOVER act toward the Bahamas."),
 35: (T, T, T, T, T, T, "Harper accused the government of abandoning Canada's ally: ACCUSE, CAN -> CAN government, on the dateline day Monday 2003-03-17; all right."),
 36: (T, T, T, F, T, T, "The arbitration deal signed last November (2009-11): SUPPORT (sign agreement), Kosor is a right source. Target should be Pahor/Slovenia (SVN), the other signer; Sweden only mediated."),
 37: (T, T, T, T, T, T, "Bokova appealed to Washington to keep supporting UNESCO: REQUEST, UNESCO head (no seat country in the text, empty code right) -> US government; document date right."),
 38: (T, T, T, F, T, T, "Canadian ground troops fought in Afghanistan in 2002: ASSAULT from Canada is acceptable, date 2002 right. Target wrong: the U.S. forces are the allies they fought alongside; the enemy is not named, so the target should be empty (or Afghanistan)."),
 39: (T, T, T, T, T, T, "Clinton accused Republican leaders of reckless partisanship on Wednesday 1999-10-13: ACCUSE, USA -> USA; all right."),
 40: (T, T, F, F, T, T, "The G7 summit is a multilateral CONSULT on Tuesday 2025-06-17. Source and target: 'Leaders[CAN]' is wrong, since the G7 leaders are of seven countries and have no single country code; the G7 entry by itself would be right."),
 41: (T, T, T, T, T, T, "Budapest agreed to extend provisions to all Romanian citizens: an expressed intent to change policy, AGREE (CAMEO 0342), HUN -> Romanian citizens (ROU), part of the deal signed this Saturday; all right."),
 42: (T, T, T, T, T, T, "The State Department had asked Texas to review the case: REQUEST, USA -> Texas authorities (USA); a background act with no date given, so no date is right."),
 43: (T, T, T, F, T, T, "The invasion begun on 2022-02-24: ASSAULT, date right. The sentence does not name Russia (empty source right), but it names Ukraine, the invaded party, so the target should be Ukraine (UKR), not empty."),
 44: (T, T, T, T, T, T, "Opposition leaders accused Ivanishvili of deceiving the public: ACCUSE, GEO -> Ivanishvili (GEO), reported as this news; all right."),
 45: (T, T, T, T, T, T, "U.S. officials pressed Taipei in recent weeks: REQUEST, USA -> Taiwan government; no precise date in the text, so no date is right."),
 46: (T, T, T, T, T, F, "Serbia's full cooperation with the tribunal: COOPERATE, Serbia -> U.N. tribunal, no date, right. Modality should be hypothetical: it is the EU's condition ('until Belgrade cooperates'), not an act stated to come."),
 47: (T, T, T, T, T, T, "Dos Santos dismissed from the fund in January 2018: SANCTION expel (removal from an organisation) is acceptable, the dismisser is unnamed in the sentence (empty source right), target dos Santos (AGO); all right."),
 48: (T, T, T, T, T, T, "The central bank governor threatened legal action: THREATEN (mode 'violence' is off but mode is not scored), IRN source, no target named for the legal action, a background act with no date; right."),
 49: (T, T, T, F, T, T, "The 1974 Turkish invasion: ASSAULT, Turkey, 1974, right. Target should be Cyprus (CYP), named in the sentence as the invaded and divided country."),
 50: (T, T, T, T, T, T, "The soldiers had been deployed to Benue after the feud: MOBILIZE troops, Nigerian soldiers (NGA); a background deployment with no date given, so no date is right."),
}

PARAS = {
 "h44-x171-22": ([], "Winning an election, a rival's death of COVID-19 and a medical flight to France are no PLOVER acts between political actors."),
 "h44-x172-08": ([
    "REJECT: Jean Chretien / Canada (CAN) -> United States (USA), refuses to take part in the U.S.-led war on Iraq, 2003-03-17",
    "SANCTION: United States (USA) and Britain (GBR) -> U.N. Security Council (UNO), abandon efforts to win its backing (halt negotiations), 2003-03-17",
  ], "Dateline found no event in this paragraph: it missed Canada's refusal to join the war (the main act of the story) and the US/UK abandoning the UN diplomacy. The future war on Iraq is not coded."),
 "h44-x170-23": ([
    "SUPPORT: Iraq's parliament (IRQ) -> Sudani's new government (IRQ), approves the government, 2022-10-27",
  ], "Dateline's e1 is the approval, right in every field. The deadlock is no act."),
 "h44-x169-21": ([
    "COERCE: Turkish court (TUR) -> Osman Kavala (TUR), ordered held in jail pending trial, 2017-11-01",
    "ACCUSE: Western governments and human rights groups -> Turkey (TUR), criticism of the case, no date (background)",
  ], "Dateline found the detention order (e1). It missed the criticism from Western governments and rights groups ('a case that has drawn criticism'). The charges are the grounds of the detention and are not coded again."),
 "h44-x169-20": ([], "An election win and 'a tough fight to form a government' are no PLOVER acts."),
 "h44-x171-11": ([
    "RETREAT: Bangladesh's interim government (BGD) -> Sheikh Hasina (BGD), released from detention (allowed to travel abroad for treatment), 2008-06-11",
  ], "Dateline found no event here and missed the release, which is the lead act of the story. Letting her travel abroad belongs to the same release and is not coded separately."),
}
FOUND = {"h44-x171-22": 0, "h44-x172-08": 0, "h44-x170-23": 1, "h44-x169-21": 1, "h44-x169-20": 0, "h44-x171-11": 0}
SPUR = {d: 0 for d in FOUND}

items = [json.loads(l) for l in open('events-d-items.jsonl')]
assert len(items) == 50 and len(V) == 50
with open('events-d.jsonl', 'w') as out:
    for it in items:
        e, t, s, g, d, m, why = V[it['n']]
        if not e:
            t = s = g = d = m = False
        v = {"event": e, "type": t, "source": s, "target": g, "date": d, "modality": m}
        v["all"] = all(v.values())
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in paras:
        acts, notes = PARAS[p['doc']]
        out.write(json.dumps({"doc": p['doc'], "coder_events": acts, "found": FOUND[p['doc']],
                              "dateline_events": len(p['events']), "spurious": SPUR[p['doc']],
                              "notes": notes}, ensure_ascii=False) + "\n")
