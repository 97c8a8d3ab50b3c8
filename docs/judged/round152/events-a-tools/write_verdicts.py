"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from judge a's verdicts, and check them.
Fields listed in WRONG are false; SPURIOUS items are false everywhere; everything else true."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]

SPURIOUS = {31, 41}
WRONG = {
    2: ["date"], 4: ["date"], 7: ["type"], 8: ["target"], 9: ["target"], 12: ["modality"],
    15: ["date"], 18: ["source", "date"], 21: ["source", "target"], 22: ["date"], 25: ["date"],
    36: ["date"], 39: ["type", "target"], 42: ["date"], 43: ["source"], 45: ["date"],
    46: ["modality", "date"], 48: ["type", "target"],
}
REASONS = {
 1: "Erdogan (TUR) held talks with Riyadh and Tehran: CONSULT with the Saudi and Iranian governments, undated present perfect reported as this news, so the document date is right.",
 2: "REQUEST from Vietnam's Foreign Ministry (VNM) to Indonesia (IDN) is right, but the asking is Hanoi's reaction to this news (see the next sentence's request for details of the case): date should be 2014-12-06, the document date, not unknown.",
 3: "A scheduled Hashimoto (JPN) - Kim Young-sam (KOR) meeting at the Bangkok summit in early March: CONSULT, future, 1996-03 all right; the meeting is presupposed, not inside the officials' hint.",
 4: "ASSAULT by armed men (no country given) on Mozambique's police stations is right, but the attack was 'before dawn on Thursday' (next sentence): date should be 2017-10-05, not Saturday 2017-10-07, which is the date of the police statement.",
 5: "Sambi (COM) 'is accused of corruption': a standing charge by an unnamed accuser, so ACCUSE with an empty source and no date is right (the jailing in the same sentence is missed, a recall matter).",
 6: "Background promise by North Korea (PRK) inside the senator's quote ('what it had already promised to do'): AGREE, no promisee named in the sentence, undated; marginal as an event but codable, and attribution keeps it asserted.",
 7: "Demonstrators (KEN) clashing with police officers (KEN) in a protest is a violent protest: type should be PROTEST (riot), not ASSAULT; parties and the Monday date (2025-07-07) are right.",
 8: "Jordanian security forces (JOR) detained suspects on Saturday 2005-08-20: right, but the target's country should be empty: the text does not give the suspects' nationality and says those held included foreign nationals, so JOR is wrong.",
 9: "Moscow's criticism is ACCUSE (disapprove), but the sentence names the party criticised as the backer of the plan: target should be the United States (USA), not empty. The present-perfect stance dated to the day of the report is accepted.",
 10: "Russian Orthodox Church (RUS) condemned the Pope's visit: ACCUSE disapprove right; the sentence names no party (only 'the visit'), so an empty target is right by the conventions (the Pope, VAT, would also be right); stance dated to the report, accepted.",
 11: "Moise (HTI) called for calm and urged 'all sons and daughters of the nation' (Haitians, HTI) to work together: REQUEST, undated statement reported as this news takes the document date.",
 12: "Germany's cabinet (DEU) decided to withdraw its troops from Turkey's (TUR) Incirlik base; the troops 'will be moved ... over the coming months', so the withdrawal has not happened: modality should be future (PLOVER RETREAT counts only retreats under way). Type, parties and the decision date Wednesday 2017-06-07 are accepted.",
 13: "Canada (CAN) has promised new measures: AGREE (intent to change policy), no target, undated present perfect of unknown time, so unknown is right.",
 14: "Lesotho opposition leaders (LSO) condemned Wednesday's violence: ACCUSE disapprove; the attackers are unnamed, so an empty target is right; same-day reaction, document date 2009-04-22 right.",
 15: "Indonesian police (IDN) detained more than 5,000 people (IDN): COERCE arrest right, but the detentions are this news (after Thursday's violent rallies): date should be 2020-10-09, the document date, not unknown.",
 16: "Simitis (GRC) quit the cabinet 'last year': RETREAT resign, 1995 at year precision, all right.",
 17: "The UN said it was coordinating with the (Tongan) government: an ongoing consultation, CONSULT UN -> Tonga government (TON) with the document date is acceptable.",
 18: "The sentence says most civilians were killed 'by army shelling': source should be the Sri Lankan army (LKA), not empty; date should be 2009 (the last phase of the war that ended in May 2009, per the previous sentence), not unknown. 'may have been killed' as hypothetical is accepted.",
 19: "Tufayli (LBN) accused Beirut (Lebanese government, LBN) of abandoning the region: ACCUSE, background of unknown time, all right (the state's accusation in the same sentence is missed, a recall matter).",
 20: "The Communist Party (RUS) called for a no-confidence vote in Fradkov's government in the Duma: REQUEST, parties (Rodina omitted but the party coded is right) and document date right.",
 21: "The Pope's planned trip to Lviv is a future CONSULT visit on Monday 2001-06-25, but the source's country should be VAT (the Pope), not UKR, and the target should be Ukraine / its Greek Catholic community (UKR), not the Soviet Union (from 'Soviet rule').",
 22: "SYRIZA's campaign to tear up the bailout ('whose party', GRC) is accepted as a REQUEST for change in policy, but the campaign came before the 17 June election: date should be none (unknown), not the document date 2012-06-18.",
 23: "Samaras (GRC) has promised to renegotiate the bailout terms: AGREE, no counterpart named in the sentence, undated campaign promise of unknown time; all right.",
 24: "Thousands of civilians (BFA) have been killed since 2015: ASSAULT with no named perpetrator in the clause; a total summed since an earlier time has no date, so unknown is right.",
 25: "Condemnation of Israel's designation by the PA, the UN and rights groups: ACCUSE disapprove -> Israel (ISR) right, but the condemnation is reported as this news with no date: date should be 2021-10-23, the document date, not unknown.",
 26: "Ethiopian opposition leaders (ETH) called for an independent inquiry: REQUEST, addressee not named (empty right), reaction reported as this news with the document date; all right.",
 27: "Cambodian lawmakers (KHM) voted on Monday 2004-10-04 to approve the accord with the UN: SUPPORT (ratify) with the UN as the other party; a different sentence from the lead's 'has ratified', so not a duplicate by the sentence rule. All right.",
 28: "The attackers (a local Islamist group, country left empty as the text only says 'believed to be') struck on Thursday 2017-10-05: ASSAULT, no party named as attacked in the sentence, so an empty target is right.",
 29: "Moscow is keen to agree terms with Beijing but no deal was announced: the agreement is hypothetical, AGREE Russia -> China with no date; acceptable.",
 30: "Chilean student leaders (CHL) accused Pinera (CHL): ACCUSE allege, reaction reported as this news with the document date; all right.",
 31: "Spurious: 'receive' here is receiving an invitation, not hosting a visit, and Croatia only hopes for it. The only codable act would be a hoped-for NATO invitation to Croatia (hypothetical, NATO -> HRV, spring 2008), not a CONSULT by Croatia.",
 32: "Putin (RUS) criticised ministers (RUS) over the benefits reform on Monday 2005-01-17: ACCUSE disapprove, all right.",
 33: "The General Assembly approved Yugoslavia's admission on Wednesday 2000-11-01: SUPPORT; the sentence names no admitted party ('the admission'), so an empty target is right by the conventions (Yugoslavia would also be right).",
 34: "Bosnia, Croatia and Yugoslavia agreed on Friday 1995-09-08 on Bosnia's future: mutual AGREE, all right.",
 35: "Widodo (IDN) told officials (IDN) last month to sink poachers' boats: an order, REQUEST, 2014-11; all right.",
 36: "Madhesi protests (no party named in the sentence, so empty source and target are right) erupted in mid-January: date should be 2007-01 (mid-January 2007), not the document date 2007-02-01.",
 37: "The State Department (USA) has said it will not normalise relations with Assad (SYR): SUPPORT (diplomatic cooperation) negated, like 'RETREAT negated' for a refusal; repeated and undated, so unknown is right.",
 38: "Hundreds of Swazi riot police (SWZ) deployed in Manzini on Tuesday 2011-04-12: MOBILIZE police, all right.",
 39: "Brennan's warning that the law would have grave implications is an objection to the bill, not a threat: type should be ACCUSE (disapprove); target should be empty (the sentence names only the law), not the CIA, his own agency.",
 40: "Kuwait (KWT) recalled its envoy from Manila on Wednesday 2018-04-25: SANCTION (reduce diplomatic relations) against the Philippines (PHL), all right.",
 41: "Spurious: Surin's 'We have started a discussion' is a remark about the debate, not an agreement or any PLOVER act (and the reported_by Badawi is the wrong speaker).",
 42: "The 1965 treaty that restored ties between Japan and South Korea: mutual SUPPORT (restore diplomatic ties) is right, but the date should be 1965, not the document date 2010-08-10.",
 43: "Government officials rejected allegations of security-force involvement: REJECT with no named accuser (empty target right), but the source should be the Tanzanian government officials (TZA), not an empty country.",
 44: "Putin and Khurelsukh held talks on Tuesday 2024-09-03: mutual CONSULT, coded at state level as Russia and Mongolia; all right.",
 45: "OHCHR called Israel's decision an attack on rights defenders: ACCUSE disapprove, empty target right (the sentence names only 'the decision'), but the text gives the statement no date: date should be 2021-10-23, the document date, not Friday 2021-10-22 (the date of the designation).",
 46: "'Iran killed an American contractor' is Trump's accusation (framed as one in the previous sentence), so modality should be reported; and the contractor was killed in the rocket attack near Kirkuk on Friday: date should be 2019-12-27, not 2019-12-31.",
 47: "Iranian advisers (IRN) backing the Shi'ite militias (IRQ) is military assistance: AID, during an offensive just concluded, document date accepted; all right.",
 48: "Radev (BGR) proposing a referendum to parliament is a request, not an offer to cooperate: type should be REQUEST; target should be Bulgaria's parliament (BGR), whose speaker refused it in the same sentence, not empty. 2025-05 is right.",
 49: "Putin (RUS) ordered the government (RUS) on Monday 2005-01-17 to bring forward a pension rise: REQUEST (order), all right.",
 50: "Australia (AUS) has refused to ratify Kyoto: REJECT, a refusal still standing when the story is told, document date right; all right.",
}

PARAS = {
 "h53-x207-23": {"coder_events": [
    "REJECT: Eritrea (ERI) -> Ethiopia (ETH), refuses to be drawn into talk about sea access (rebuffs Abiy's call), 2023-10-16",
    "THREATEN: Abiy Ahmed (ETH) -> none named (Eritrea/neighbours implied), says the need for a Red Sea port could one day lead to conflict (read as a veiled threat), last week (no date in the paragraph)"],
    "found": 0, "dateline_events": 0, "spurious": 0,
    "notes": "Dateline found neither Eritrea's rebuff (REJECT) nor Abiy's veiled threat."},
 "h53-x208-25": {"coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
    "notes": "An election result and a time reference; no PLOVER act."},
 "h53-x205-12": {"coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
    "notes": "Election results and a coalition contest still to come; no PLOVER act."},
 "h53-x206-04": {"coder_events": [
    "COERCE arrest: Egyptian state security prosecutors (EGY) -> Saad Eddin Ibrahim (EGY), ordered his detention for 15 days, 2000-07-02",
    "ACCUSE investigate: Egyptian state security prosecutors (EGY) -> Saad Eddin Ibrahim (EGY), investigation into accusations he illegally received foreign funds, 2000-07-02"],
    "found": 1, "dateline_events": 1, "spurious": 0,
    "notes": "Dateline's COERCE arrest is right in every field (reported_by his lawyer); the investigation/accusation is missed."},
 "h53-x208-09": {"coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
    "notes": "A treaty's entry into force is not an actor's act; the U.S. absence is background (its 2001 rejection is coded later in the story)."},
 "h53-x205-01": {"coder_events": [
    "AGREE: foreign ministers of Bosnia (BIH), Croatia (HRV) and Yugoslavia (YUG), mutual, agreed that Bosnia stays one state of two entities, 1995-09-08"],
    "found": 1, "dateline_events": 1, "spurious": 0,
    "notes": "Dateline's mutual AGREE is right in every field."},
}

items = [json.loads(l) for l in open(os.path.join(ROOT, "events-a-items.jsonl"))]
assert len(items) == 50 and set(REASONS) == set(range(1, 51))
out = []
for it in items:
    n = it["n"]
    if n in SPURIOUS:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in WRONG.get(n, []) for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = REASONS[n]
    out.append(rec)
with open(os.path.join(ROOT, "events-a.jsonl"), "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-a.jsonl"))]
with open(os.path.join(ROOT, "paragraphs-a-verdicts.jsonl"), "w") as f:
    for p in paras:
        d = PARAS[p["doc"]]
        assert d["dateline_events"] == len(p["events"])
        f.write(json.dumps({"doc": p["doc"], **d}, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(os.path.join(ROOT, "events-a.jsonl"))]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in back) for f in FIELDS + ["all"]}
print("per field, of 50:", counts)
pv = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-a-verdicts.jsonl"))]
assert len(pv) == 6
print("paragraphs: coded acts %d, found %d, dateline events %d, spurious %d" % (
    sum(len(p["coder_events"]) for p in pv), sum(p["found"] for p in pv),
    sum(p["dateline_events"] for p in pv), sum(p["spurious"] for p in pv)))
