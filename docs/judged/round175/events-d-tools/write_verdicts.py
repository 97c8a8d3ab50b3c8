"""Write events-d.jsonl (items + verdict + reasons) and paragraphs-d-verdicts.jsonl from the
judge's calls below, then check them and print the per-field counts.

usage: python write_verdicts.py   (run from anywhere)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")

# n -> (fields that are wrong, reasons); "SPURIOUS" marks a non-event
V = {
 1: ([], "Kremlin critics (Russian: the next sentence quotes a liberal opposition leader) criticise Putin ('the president's words'); an undated reaction reported as this news takes the document date."),
 2: (["source"], "Rejecting the BJP's charge taken as REJECT (a strict reading could call it a denial with no PLOVER type); source should be India's Congress party officials (IND/PTY), not USA/LEG. Empty target right: the sentence names no party."),
 3: (["type"], "Presenting the U.N. with an autonomy plan to settle the dispute is an offer (the title says 'offers'): AGREE (CAMEO 037), not CONSULT. Morocco -> UN and Wednesday 2007-04-11 are right."),
 4: ([], "Arrest in March last year (2003-03) by an unnamed party; empty source, Norman (SLE) target right."),
 5: ([], "Diplomats (no country in the text) welcome the accord; the accord is not a party, so an empty target is right. Aug 9, the dateline's news day, accepted (document date 08-10 would also do)."),
 6: (["source", "target"], "The requested talking is Ahmadinejad's (Iran's) with the major powers: source should be Ahmadinejad (IRN), not Lula, who urged it; 'the major powers' have no single country (empty code, not BRA). Hypothetical, undated is right."),
 7: ([], "Hezbollah (LBN) abducting two Israeli soldiers in July 2006: right in all fields."),
 8: (["target"], "The sentence names no perpetrator of the killing, so the target should be empty; the LTTE is only blamed by police in another sentence, and 'Tamil Eelam' as a person is not a party."),
 9: ([], "EU leaders failed to agree the constitution: AGREE negated, mutual, Saturday 2003-12-13."),
 10: ([], "South African opposition parties accuse the government (ZAF): right; undated reaction takes the document date."),
 11: (["date"], "Background accusation about the government's tolerance of Bangla Bhai since 2004 (officials' standing denial follows); it has no date, not the document date. Zia for 'Khaleda Zia's government' accepted as BGD GOV."),
 12: ([], "Ritter (USA) resigned on Wednesday 1998-08-26: RETREAT resign right; empty target fine."),
 13: (["source", "target"], "Source should be the Maoists' five ministers (NPL), not the party leaders who report it; target should be Prime Minister Koirala (NPL GOV), named as the one they handed the resignations to."),
 14: (["target"], "The French embassy's addressees are French citizens living in Saudi Arabia (FRA), not Saudi citizens (SAU)."),
 15: ([], "Kudirat Abiola (NGA) shot dead last June (1996-06) by an unnamed party: right."),
 16: ([], "Qatari court sentences two Russian agents on Wednesday 2004-06-30: right."),
 17: (["date"], "The talks were held during the Monday-Wednesday visit (2000-05-29..31, 2000-W22), not on the 2000-06-01 day of the announcement."),
 18: ([], "Relatives of the (British and Australian) victims welcome the execution: no country right, empty target right (Yemen not named in the sentence), undated reaction takes the document date."),
 19: (["target"], "Cuba hailed Canada's trip: target should be Canada/Axworthy (CAN), the party whose trip is praised, not the United States, whose embargo is only mentioned."),
 20: (["date"], "A toll summed over weeks of protests since June has no date; the document date is wrong. Empty source and Iranian victims are right."),
 21: (["source", "target"], "Bremer is the U.S. administrator (USA), coded IRQ here; the mutual pair should be Bremer (USA) and the Iraqi Governing Council (IRQ). AGREE and 2003-11-15 right."),
 22: ([], "December 2002 suicide bombing in Grozny: right; Chechen bombers and Grozny victims coded RUS accepted."),
 23: ([], "Putin-Mori summit ended Tuesday 2000-09-05: CONSULT mutual right."),
 24: ([], "Barroso (EU) urges Moscow at the Friday 2008-06-27 summit: right."),
 25: ([], "Holbrooke (USA) urges Pakistan and India; undated 'has urged' on this week's tour takes the document date."),
 26: ([], "Ortega accuses Washington in Monday's speech, 2008-11-17: right."),
 27: ([], "Russian hardline lawmakers call for tougher security; no addressee, empty target right; the attack day 2003-05-12 accepted for a same-day reaction (document date would also do)."),
 28: ([], "Sunni leaders accuse Maliki's government (IRQ); the target names are truncated ('led government', 'Nuri al') but denote the right party."),
 29: ([], "Havana welcomes the OAS vote; the OAS is not named in the sentence, so an empty target is right; undated reaction takes the document date."),
 30: ([], "CHP will ask the Constitutional Court: REQUEST future, undated, right."),
 31: (["source"], "'Serb and Croat officials' in a Bosnian election are Bosnian Serb and Bosnian Croat officials (BIH), not Serbia's and Croatia's. Empty target right."),
 32: (["source", "date"], "Source should be the opposition lawmakers (UKR LEG); Tymoshenko is only named as the one they are loyal to. Date should be 2010-06-03, the Thursday of the vote during which they protested in the chamber."),
 33: (["target"], "The resignations would be offered to Prime Minister Rao (IND GOV), who may accept them; 'Congress officials[USA]' is wrong. AGREE (offer to resign), future, undated right."),
 34: (["target"], "Target should be his father, the deposed emir (QAT), from whom he seized power; ASSAULT accepted for the palace coup (PLOVER has no coup type)."),
 35: (["target", "date"], "The dead in Monrovia are Liberians (LBR), not USA; the toll is summed over the weekend and Monday (2003-07-19..21), so Monday alone is wrong (no date or the span)."),
 36: (["type"], "Issuing arrest warrants for crimes against humanity is a criminal charge: ACCUSE (allege), not REQUEST. ICC -> Kony (UGA), Friday 2005-10-14 right."),
 37: ([], "Turkish parliament approves the amendments on Sunday 1995-07-23: SUPPORT accepted (a coder could also code CONCEDE for eased political restrictions)."),
 38: (["target"], "China objected to a provision of the statute; the sentence names no party, so the target should be empty, not David Scheffer (USA)."),
 39: (["date"], "Clinton urged Russia at the joint news conference of the Wednesday summit: 1998-09-02, not Monday 1998-08-31 (the Duma vote)."),
 40: ("SPURIOUS", "'Surrendering the country's sovereignty to Moscow' is the accusation's rhetoric, not a RETREAT (no disarmament or surrender); the accusation itself is coded as e2."),
 41: (["target"], "Bin Laden is not Palestinian: his code should be SAU or empty (al Qaeda), not PSE. Ongoing 'blames' dated to the dateline day accepted."),
 42: ([], "Rights groups welcome the result; no party named, empty target right; undated reaction takes the document date."),
 43: (["type", "target"], "Calling for the 'friendship sealed in blood' to be carried forward expresses intent to cooperate: AGREE (or SUPPORT), not REQUEST; target should be North Korea (PRK), the other of 'the two countries'."),
 44: (["target"], "Target should be Ukraine (UKR) and Georgia (GEO), named as the parties promised membership. NATO, April 2008 right."),
 45: ([], "Israel bans Palestinians from entering Israel: COERCE right; imposed after the bombings on an unstated day, so undated is accepted (the document date for the ongoing ban would also do)."),
 46: (["target"], "The step praised is Pakistan's admission, and Pakistan is named in the sentence: target should be Pakistan (PAK), not empty."),
 47: (["type"], "Crowds raiding barracks and police stations in an armed revolt is ASSAULT (or PROTEST riot); COERCE seize is for authorities. Crowds -> police (ALB), March 1997 right."),
 48: ([], "CoE and OSCE have repeatedly urged Kiev: repeated, undated; right."),
 49: ([], "MHP backed the AK Party in Saturday's vote (2008-02-09); source name is truncated ('right Nationalist Movement Party') but the party is right."),
 50: (["target"], "'Them' are the sub-Saharan African migrants in Libya (no single country), not Libya."),
}

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50 and [it["n"] for it in items] == list(range(1, 51))
out = []
for it in items:
    wrong, why = V[it["n"]]
    if wrong == "SPURIOUS":
        v = {f: False for f in F}
    else:
        assert all(w in F for w in wrong)
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = why
    out.append(rec)
with open(HERE / "events-d.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

P = [
 {"doc": "h64-x251-18",
  "coder_events": ["ACCUSE: International Criminal Court (no code) -> Joseph Kony and four LRA commanders (UGA), arrest warrants for crimes against humanity unsealed, 2005-10-14"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "dateline codes the warrants as REQUEST ('seeking'); the act is a criminal charge (ACCUSE allege), so it is not found with the right type, though not spurious."},
 {"doc": "h64-x252-09",
  "coder_events": ["AGREE/CONCEDE: Argentina (ARG) <-> United Kingdom (GBR), agree to lift the ban on Argentines visiting the Falklands and restore air links, 1999-07-14",
                   "ASSAULT: Argentina (ARG) <-> United Kingdom (GBR), went to war over the islands (background), 1982"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline's CONCEDE fits the PLOVER codebook's 'promise of future easing of restrictions on persons' and is counted as found; the 1982 war (background) is not coded."},
 {"doc": "h64-x251-20",
  "coder_events": ["SANCTION: Maoists (NPL) -> Nepal's interim government (NPL), pulled out of the government, 2007-09-18",
                   "REQUEST: Maoists (NPL) -> Nepal's government (NPL), demand the country be declared a republic before the elections, 2007-09-18"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "both found; 'threatened to derail a peace process' is figurative, not an event."},
 {"doc": "h64-x249-25",
  "coder_events": ["SANCTION (or REJECT): Ukraine's parliament (UKR) -> NATO, voted to abandon the goal of joining NATO, 2010-06-03"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "no event from the lead; dropping the membership goal is a reduction of cooperative relations with NATO."},
 {"doc": "h64-x252-08",
  "coder_events": ["SUPPORT (or AGREE): ASEAN leaders (no code) -> Cambodia (KHM), agreed to admit Cambodia as the 10th member, 1998-12-15 (Tuesday)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "the admission of a new member is not coded; the members' doubts are not a separate coded act."},
 {"doc": "h64-x252-21",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "a report on Kim Jong Il's health (officials said he may have had a stroke; he missed a parade): no PLOVER event."},
]
para_in = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
assert [p["doc"] for p in para_in] == [p["doc"] for p in P]
for p, q in zip(P, para_in):
    assert p["dateline_events"] == len(q["events"]), p["doc"]
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as fh:
    for p in P:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-d.jsonl")]
assert len(back) == 50
for b, it in zip(back, items):
    assert (b["n"], b["doc"], b["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(b["verdict"][f] for b in back) for f in F + ("all",)}
print("per-field right (of 50):", counts)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
