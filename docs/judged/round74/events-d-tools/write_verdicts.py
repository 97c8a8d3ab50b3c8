"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from the judge's hand verdicts below.
Fields per item: (event, type, source, target, date, modality, reasons). Run from round74/."""
import json

T, F = True, False
V = {
 1: (T,T,T,T,T,T, "Russia's foreign ministry ('It') accused NATO and EU states; the statement was made on Tuesday, 2022-03-15, as given. All right (mode would be disapprove rather than allege; not scored)."),
 2: (T,T,T,T,T,T, "Prosecutors charged Besigye in court on Tuesday, the report's day (2005-11-15). All right; e1 'was charged' is in another sentence, so not a duplicate."),
 3: (T,T,T,T,T,T, "Shevardnadze's forced resignation in November 2003 is a background RETREAT resign with its explicit month date. All right."),
 4: (T,T,T,T,T,T, "Russia and Belarus reached a gas-price deal on December 31 (2006-12-31); a mutual AGREE with either as source/target. All right."),
 5: (T,T,F,T,T,T, "Planned forcible seizure of power, alleged by officials, is codable as an intended ASSAULT with no date; but the group is 'Hezbollah Bahrain', a Bahraini group, so the source should be coded BHR, not Lebanese Hezbollah (LBN). Empty target is acceptable since the sentence names no victim."),
 6: (T,T,F,T,T,T, "The accusation is by Iran's Foreign Ministry ('the Islamic Republic' = Iran); the source is coded with no country (None/REL) and should be Iran's foreign ministry (IRN). Target Bahrain's government and document date are right."),
 7: (T,T,T,F,T,T, "U.S. and Qatari officials met the freed Americans on the tarmac; the officials did not meet each other, so the target should be the five released Americans (USA civilians), not the officials themselves. Date (Monday = 2023-09-18) right."),
 8: (T,T,T,T,T,T, "Syria's information minister rejected any link to the bombing; coded REJECT (PLOVER: all rejections) with no target, as the accuser (Hariri) is named only in the previous sentence. Not a duplicate of e3 'condemned'. All right."),
 9: (T,T,T,F,T,T, "The sentence reports that the prime minister, the speaker of parliament and other senior figures were injured; Saleh is not in it. Target should be the prime minister/speaker (YEM government officials). Source empty and date Friday 2011-06-03 are right."),
 10: (T,T,T,T,F,F, "Withdrawal under the pact is coded as the act (RETREAT) with its futurity in the modality; modality should be future ('must withdraw by', like 'is to'), not hypothetical, and date should be 2009-06-30 ('June 30 next year' in a 2008 story), not 2008-06-30."),
 11: (T,T,T,T,F,T, "WHO reached agreement with Beijing; AGREE, WHO -> China right. The agreement is reported as this news (WHO said on Wednesday), so date should be 2003-04-02 (the Wednesday of the statement; the document date would also do), not unknown."),
 12: (T,T,T,T,T,T, "Chavez restricted Colombian imports from last year (2009). COERCE restrict follows CAMEO2PLOVER's mapping of 163 (embargo/boycott/sanctions); I would code SANCTION discontinue myself but score it right. All right."),
 13: (T,T,T,F,T,F, "Ratification by Iraq's presidency council is still to come: modality should be future ('must still be ratified', 'is expected to approve'), not hypothetical. The deal is with the United States, so target should be the United States (USA) or empty, not the United Nations."),
 14: (T,T,T,T,T,T, "Moon is due to visit Mount Paektu with Kim on Thursday (2018-09-20): CONSULT, future. All right."),
 15: (T,T,T,F,T,T, "Voters complaining about candidates is a (minor) ACCUSE disapprove; the sentence names the object of the complaint, so the target should be the candidates (QAT), not empty. Document date right (no date given)."),
 16: (T,T,T,F,T,T, "The White House condemned the killings; the Iranian security forces who ended the siege are not the party condemned. Target should be empty (the attackers/Islamic State are not named in the sentence). Source and document date right."),
 17: (T,T,T,T,F,T, "Around two dozen killed is a total since the unrest began in December 1994 (previous sentence), a span summed from an earlier time: it should have no date, not the document date 1996-06-04."),
 18: (T,T,T,T,T,T, "The Lebanese army deployed extra troops: MOBILIZE, army (LBN), document date. All right."),
 19: (F,F,F,F,F,F, "Spurious: the cabinet approving its own prime minister's statement is an internal procedural step, not a PLOVER act between actors; the act to code here is Murayama's apology (another sentence)."),
 20: (T,F,T,T,T,T, "Iran softening its tone, with officials saying the final text addressed Iraq's concerns, is verbal approval of the pact: type should be SUPPORT, not CONCEDE (no concession is made). Source Iran, target Iraq, document date ('in recent days') right."),
 21: (F,F,F,F,F,F, "Spurious: diaspora voters casting ballots for a party is an election result, not a PLOVER SUPPORT act (and the party backed is PAS, not Sandu herself)."),
 22: (T,T,T,T,T,T, "Kagame thanked voters late on Friday (2017-08-04): SUPPORT (praise), Kagame (RWA) -> voters (RWA). All right."),
 23: (T,T,T,T,T,T, "Arafat condemned the bombing; the bombers are not named in the sentence, so empty target is right; document date right. All right."),
 24: (T,F,T,T,F,T, "Howard's campaign warning that Labor would drive up interest rates is criticism of Labor (ACCUSE disapprove), not a THREATEN. It is a background act of the campaign before the Saturday vote, so it should have no date rather than the document date 2004-10-10."),
 25: (F,F,F,F,F,F, "Spurious: 'We will not agree on everything, but we cannot afford not to talk' is a general remark, not a negated act of agreement."),
 26: (T,T,T,T,T,T, "Algerian officials rejected the Egyptian account as exaggerated: REJECT, Algeria -> Egypt (referred to by 'Egyptian account'), document date. All right."),
 27: (T,T,F,T,T,T, "Found guilty and sentenced: SANCTION convict right; but the judges are the three Scottish judges of the Scottish court (GBR), not U.S. judges (Camp Zeist is only a former U.S. air base). Source should be coded GBR."),
 28: (T,T,T,T,F,T, "IRGC threatened Israel with crushing strikes: type and parties right, but date should be 2024-10-01 (the Tuesday night of the attack; document date 2024-10-02 also acceptable), not week 2024-W39 (taken from 'last week' of the Beirut strike)."),
 29: (T,T,T,T,T,T, "UNESCO's Bokova called for a halt to the destruction: REQUEST; the destroyers are not named in the sentence, so empty target right; document date right. All right."),
 30: (T,T,F,F,T,T, "Bush and Putin signed the declaration: 'the leaders' is coded with no country; source should be Bush (USA) and the target Putin (RUS) for this mutual act (or both), not an uncoded group with an empty target. Type and date (Friday 2002-05-24) right."),
 31: (T,T,T,T,T,T, "India's spokesman welcomed the ceasefire ('the move', not a party): SUPPORT with empty target, document date. All right."),
 32: (T,T,T,T,T,T, "Abacha's seizure of power in November 1993 is a background ASSAULT (armed forces taking power) with its explicit month. All right."),
 33: (T,T,T,T,T,T, "Starry Lee apologised to supporters: CAMEO 055 apologise -> SUPPORT; Lee (Hong Kong, coded CHN) -> supporters, document date. All right (sector GOV should be PTY; not scored)."),
 34: (T,T,T,T,T,T, "ECOWAS warned Niger and said it might impose sanctions: THREATEN, ECOWAS -> Niger; an earlier warning with no date given, so no date is right. All right."),
 35: (T,T,T,T,T,T, "Belkhadem called the attacks criminal and cowardly: ACCUSE with no named perpetrator, on the day of the attacks (2007-04-11). All right."),
 36: (T,T,T,T,T,T, "Hamas accused Israel of overturning the ceasefire: ACCUSE, Hamas (PSE) -> Israel (ISR), document date. All right."),
 37: (T,T,T,F,F,T, "The army's capture of Jaffna is ASSAULT (taking ground), but the Tigers are coded Swaziland (SWZ): target should be the LTTE (LKA). The text dates it six weeks before the Wednesday 1996-01-31 attack, so date should be about 1995-12, not unknown."),
 38: (T,T,T,T,T,T, "Radev's promise to fight corruption and protect the borders is an expressed intent to change policy (CAMEO 034x -> AGREE), made to Bulgaria's public; document date acceptable. All right (sector REB for Radev is wrong; not scored)."),
 39: (T,T,T,T,T,T, "White House officials rejected the Republicans' charge: REJECT; the accusers are named only in the previous sentence, so empty target is right; document date right. All right."),
 40: (T,T,T,T,T,T, "Islamist fighters destroyed tombs over the weekend (2012-06-30/07-01 = 2012-W26 weekend): ASSAULT destroy. All right."),
 41: (T,T,T,T,T,T, "Leaders around the world condemned the attacks: common-noun group with no single country (empty code right), no named target, document date. All right."),
 42: (T,T,T,T,T,T, "SPLM-IO's Oyet accused Kiir's government: ACCUSE, Oyet (SSD) -> Kiir/government (SSD), document date. All right."),
 43: (T,F,F,F,F,T, "Rebels breaking open the prison is part of their assault, not a RETREAT release by the captor: type should be ASSAULT. The rebels are Sierra Leone's RUF (SLE), not NGA, and the inmates are SLE, not NGA. The prison was opened on Wednesday (first sentence), so date should be 1999-01-06, not 1999-01-07."),
 44: (T,T,T,F,T,T, "The State Department welcomed Saudi Arabia's election: target should be Saudi Arabia (SAU) or empty, not the United States itself. Source and document date right."),
 45: (T,T,T,T,F,T, "Riyadh and Gulf partners 'have pressed Saleh for weeks': REQUEST SAU -> Saleh right; an act still going on when the story is told takes the document date 2011-06-05, not unknown."),
 46: (F,F,F,F,F,F, "Spurious: 'Not a single shot has been fired since midnight' reports the absence of any attack, with no actors; it is not an ASSAULT (and it was coded asserted)."),
 47: (T,T,T,T,T,T, "Government spokesmen accused the organisers (NCEC, KEN) of trying to cause chaos: ACCUSE, document date. All right."),
 48: (T,T,T,F,T,T, "Riot against Ennahda offices and a party building: PROTEST riot by protesters (TUN) on Thursday 2013-07-25 right; the aim is the ruling party Ennahda, not the state, so the target should be Ennahda (TUN), not Tunisia."),
 49: (T,T,T,T,T,T, "Trump welcomed the summit outcome: SUPPORT, no party named in the sentence, document date. All right."),
 50: (T,T,T,T,T,T, "Election chief Uprety rejected the Maoists' fraud claims: REJECT with empty target (claimants in earlier sentences), document date Thursday. All right."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and len(V) == 50
with open("events-d.jsonl", "w") as f:
    for it in items:
        e, t, s, g, d, m, r = V[it["n"]]
        if not e:
            t = s = g = d = m = False
        v = {"event": e, "type": t, "source": s, "target": g, "date": d, "modality": m,
             "all": all([e, t, s, g, d, m])}
        o = dict(it); o["verdict"] = v; o["reasons"] = r
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h14-x51-14",
  "coder_events": ["PROTEST boycott: opposition (NER) -> Niger government/Tandja (NER), boycotted the constitutional referendum, 2009-08-04"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Voters approving the constitution is an election result, not coded; 'condemned abroad' names no actor, so it is not coded. Dateline coded nothing."},
 {"doc": "h14-x52-11",
  "coder_events": ["SUPPORT: Hugo Chavez (VEN) -> Ollanta Humala (PER), openly backed Humala's campaign, undated (campaign)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning/defeating in a runoff is not a PLOVER act. Dateline missed Chavez's backing."},
 {"doc": "h14-x50-17",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results only; 'allowed to vote' refers to an earlier decision not reported as an act here. Nothing to code."},
 {"doc": "h14-x51-18",
  "coder_events": ["ACCUSE: Joyce Banda (MWI) -> election / electoral commission (MWI), alleged massive fraud, undated (before 2014-05-31)",
                   "REJECT: Joyce Banda (MWI) -> electoral commission (MWI), tried to annul the election result, undated (before 2014-05-31)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Swearing-in and the commission declaring a winner are not PLOVER acts. Dateline coded nothing in the paragraph."},
 {"doc": "h14-x52-21",
  "coder_events": ["CONCEDE: National Party candidate Nasry Asfura (HND) -> Xiomara Castro (HND), conceded defeat, 2021-11-30"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Conceding an election (CAMEO 080 yield) coded CONCEDE; dateline coded nothing."},
 {"doc": "h14-x51-07",
  "coder_events": ["ASSAULT: Northern Alliance fighters (AFG) -> Taliban/Kabul (AFG), rolled into and took Kabul, 2001-11-13",
                   "RETREAT withdraw: Taliban (AFG) -> Kabul/Northern Alliance, abandoned the capital overnight, 2001-11-13",
                   "REJECT: Northern Alliance (AFG) -> United States (USA), Pakistan (PAK), defied calls to stay outside the city, 2001-11-13",
                   "REQUEST: United States (USA), Pakistan (PAK) -> Northern Alliance (AFG), called on it to stay outside Kabul, undated (earlier)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's one event is the REJECT (right type, counted found) but with the Taliban as source; the defiers are the Northern Alliance fighters. It missed the entry into Kabul, the Taliban's withdrawal and the U.S./Pakistani calls."},
]
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")

# check and summarise
out = [json.loads(l) for l in open("events-d.jsonl")]
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in ["event", "type", "source", "target", "date", "modality"])
    if not v["event"]:
        assert not any(v.values())
fields = ["event", "type", "source", "target", "date", "modality", "all"]
print({k: sum(o["verdict"][k] for o in out) for k in fields})
print("paragraphs", len(P), "coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
