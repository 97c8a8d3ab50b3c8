"""Write events-d.jsonl (judge d's verdicts, round 91) and paragraphs-d-verdicts.jsonl, then check them.
Fields given as a string of six letters in order event,type,source,target,date,modality (T/F); 'S' = spurious."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
V = {
 1: ("TTTTFT", "Buhari's envoy to Pretoria is part of the continent's earlier reaction to riots 'early this month', a background act before Wednesday's flight; the text gives it no day, so the date should be none (at most 2019-09), not the document date."),
 2: ("TTTTTT", "Pope Francis (VAT) due to visit Cairo (Egypt, EGY): CONSULT visit, future, no date given beyond 'less than three weeks'; all right."),
 3: ("TTTTTT", "Putin (RUS) met local Ingushetian leaders (RUS) on the Tuesday of the report; all right."),
 4: ("TTFTTT", "Source country is wrong: CIV is Cote d'Ivoire, but these are relief workers in Sierra Leone (the accord was only signed in Abidjan); the code should be empty (or SLE). Empty target is right (no party named, only 'the agreement')."),
 5: ("TTTTTT", "OPEC+ (OPC) agreed at the Wednesday 5 Oct meeting to meet again: AGREE, asserted, 2022-10-05; all right."),
 6: ("TTTTFT", "Summoning envoys is ACCUSE (official complaint) and the parties are right, but it is a background reaction to riots 'early this month', before the report; date should be none (at most 2019-09), not the document date."),
 7: ("TTTTTT", "The anti-terrorism court (PAK) sentenced 'him' = Nawaz Sharif (PAK) in April 2000; all right."),
 8: ("TTTTFT", "'Has urged' is a background act of unknown earlier time in a story about the Riga protest row; date should be none, not the document date."),
 9: ("TTTTFT", "'Have violated the truce thousands of times' is a total summed since 2002, so it has no date (round-20 rule), not 2008-01-03; the government's 'says' is attribution only, so asserted is right."),
 10: ("TTFTTT", "Source should be the judge, Gholamhossein Mohseni-Ejei (IRN, judiciary), named as subject of 'banned', not President Khatami; type COERCE ban, target Karbaschi and Thursday 1998-07-23 are right."),
 11: ("TTTFTT", "Target should be 'she' = Amina Lawal (NGA), not the newspaper ThisDay; the negated future execution with no agent (empty source) and no date are acceptable."),
 12: ("TFTFTT", "Type should be AGREE (commitment to cooperate; 'work with other members' on the UN council is diplomatic, not material COOPERATE, so at most SUPPORT); target 'other members' of the UN should have no country code, not USA. Date/modality right for the future act as coded."),
 13: ("TTTFFT", "Promise to withdraw is CONCEDE, asserted, but target should be Niger (NER), named by 'its ambassador to Niger' / 'the country'; date should be 2023-09-24, the Sunday of the promise ('by the end of the year' is the deadline, not the act's date)."),
 14: ("TFTTFT", "'Caught' the four GRU officers is a detention/interception: type should be COERCE (arrest/detain), and it happened in April 2018 (2018-04; 13 April per the story), not 2018-10-04, the day of the announcement. Parties right."),
 15: ("S", "Spurious: a private dissident's counterfactual travel ('would never have travelled to Rwanda voluntarily') is no CONSULT visit; the act the family alleges is an abduction, not coded here."),
 16: ("TTTTFT", "Date should be 2008-11-05, the day of Medvedev's speech; 'August' is when the Georgia war he blamed on the U.S. happened."),
 17: ("TTTTFT", "Date wrong: 2016-09 is the month of the U.N. report; the suspension goes with the barring of investigators 'a day' before Wednesday's vote (2016-10-11), or else has no date."),
 18: ("TTFTTT", "Source should be the Russian forces (RUS), whose missiles the sentence's Chechen officials blame; empty is wrong. Target (Grozny market victims) and Thursday evening 1999-10-21 are right; killing itself asserted with attribution."),
 19: ("TTTTTT", "Chavez (VEN) accused his opponents (VEN) on Tuesday 2002-12-03; all right."),
 20: ("TTFFFT", "Source should be Niger's junta (NER, military), not a 'France junta' (FRA); target should be France (FRA), named by 'French interference'; date should be none (background act of an earlier time), not 2023-09-24."),
 21: ("TTTTFT", "'Musharraf has promised to restore democracy' is a background pledge of earlier unknown time; date should be none, not the document date."),
 22: ("TTFTFT", "Source should be Hariri's parliamentary bloc (LBN, legislature), not Hariri himself; date should be 2004-09 (the amendment vote 'last month'), not the document date."),
 23: ("TTTTTT", "Australia and New Zealand welcomed the Thursday 2001-08-30 agreement; empty target right (no party named); all right."),
 24: ("TTTTTT", "Biden (USA) due to meet the Vietnamese PM and president on Monday 2023-09-11, future; all right."),
 25: ("TTTFFT", "Target should be empty (the unnamed perpetrators): Skripal is the victim of the attack investigated, not the party investigated; date should be 2018-04 ('at the time of the attempted intrusion', April), not the document date."),
 26: ("TTTTTT", "U.S. administration said it would consult Congress: CONSULT future, no date; all right."),
 27: ("TTTTFT", "WFP (UN agency, UNO) appealed for grain, donors unnamed so empty target right; but 'has appealed' is a background act of unknown earlier time; date should be none."),
 28: ("TTTTFT", "'A war in which about 100,000 people were killed' is a total over the 1992-95 war: no date (or 1992-95), not 2016-09-26."),
 29: ("TTTTTT", "Maskhadov condemned the attack, no party named in the sentence (empty target right), undated reaction reported as this news takes the document date; all right."),
 30: ("TFFTFT", "Receiving invitations (to join NATO) is no hosted visit: type should be AGREE/SUPPORT with NATO as source (the inviter), the three states as target; date should be 1997-07 ('there' = the Madrid summit in July)."),
 31: ("TTTFTT", "Target should be 'them' = Khaleda Zia and her son Arafat Rahman (BGD), not generic 'officials'; present-tense accusation takes the document date."),
 32: ("TTTTTT", "Smaller student rallies on the Tuesday of the report; sentence names no actor or aim, so empty source/target are right; all right."),
 33: ("TTFTFT", "Source should be 'the group' = the Salafist Group for Preaching and Combat (DZA, rebels), not al Qaeda; date should be none (background rejection, no time given), not the document date."),
 34: ("TTTTTT", "Abbas (PSE) had demanded a settlement freeze; target (Israel) not named in the sentence, so empty is right; no date; all right."),
 35: ("TTTTTT", "Western diplomats urged restraint, target not named; undated act reported as this news takes the document date; all right."),
 36: ("TTTTTT", "Lajcak (EU) thanked Kosovo's Bislimi (XKX) (Serbia's Petkovic omitted but the party given is right); undated statement reported as news; all right."),
 37: ("TTTTTT", "Summoning the Russian ambassador (passive, summoner not named in the sentence); target right; undated, so no date is right; all right."),
 38: ("TTFFFT", "Source should be the critics of Alkatiri, including church leaders (TLS), not Ramos-Horta; target should be 'him' = Mari Alkatiri (TLS); date should be none (background present perfect)."),
 39: ("TTTTFT", "Date should be 2008-01-01, 'New Year's Day', not the document date."),
 40: ("TTTTTT", "Lithuania said it would seek consultations within NATO and the EU: REQUEST (meeting), future, no date; all right."),
 41: ("TTTTFT", "'Met ... for years' is a habitual span of earlier years: no date, not the document date."),
 42: ("TTTTTT", "State Department (USA) welcomed the ceasefire move; no party named, empty target right; undated reaction takes the document date; all right."),
 43: ("TTTTFT", "The victims were shot in the clashes of Tuesday's unrest (the emergency was declared early Wednesday after them): date should be 2008-07-01, not 2008-07-02."),
 44: ("TFTFFT", "'Bazoum had been targeted' refers to the coup/detention by the junta, not a verbal criticism: type should be COERCE (detain/coup); Bazoum's code should be NER, not FRA; date should be 2023-07-26 (the coup the sentence names)."),
 45: ("TTTFFT", "Conceding defeat is to 'his' = Bukele (SLV), who should be the target; date should be 2019-02-03, 'within hours' of the Sunday vote, not Monday's document date."),
 46: ("TTTTTT", "Netanyahu (ISR) urged Hamas fighters (PSE) on Thursday 2024-10-17; all right."),
 47: ("TTFFFT", "Source should be Israel (ISR), the party that 'held responsible'; target should be Ayyash (PSE, Hamas), not empty; date should be none (background accusation over years)."),
 48: ("TTTTTT", "Ayyash (PSE) killed on Friday 1996-01-05 by an exploding phone, no agent named in the sentence; all right."),
 49: ("TTTTTT", "Leyla Yunus (AZE) arrested in July 2014 (passive, no agent); all right."),
 50: ("TTTTTT", "Parliament (EGY) expected to approve the emergency measure: SUPPORT future, no date; Egypt as the state whose measure it is accepted; all right."),
}
KEYS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50
out = []
for it in items:
    code, reason = V[it["n"]]
    if code == "S":
        v = {k: False for k in KEYS}
    else:
        assert len(code) == 6 and code[0] == "T", (it["n"], code)
        v = {k: c == "T" for k, c in zip(KEYS, code)}
    v["all"] = all(v[k] for k in KEYS)
    o = dict(it); o["verdict"] = v; o["reasons"] = reason
    out.append(o)
with open(HERE / "events-d.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h23-x86-24", "coder_events": [
   "ASSAULT: Israeli troops (ISR) -> Yahya Sinwar (PSE, Hamas), killed in a firefight in southern Gaza, 2024-10-16 (reported Thursday 2024-10-17)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The Oct. 7 attack is a background appositive, not coded. Dateline's ASSAULT is right in type; its date (2024-10-17) is the report's day, the story's next paragraph gives Wednesday."},
 {"doc": "h23-x87-09", "coder_events": [
   "CONCEDE: K.M. Hasan (BGD) -> (Awami League), stepped aside from the caretaker post, 2006-10-28",
   "ASSAULT: rival party supporters (BGD) <-> rival party supporters (BGD), street battles killing at least 20, 2006-10-27..29"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Iajuddin taking charge of the caretaker government is a domestic appointment, not a PLOVER act. The clashes could also be PROTEST riot."},
 {"doc": "h23-x86-02", "coder_events": [
   "ASSAULT: unknown -> Yahya Ayyash (PSE, Hamas), killed by exploding mobile phone, 1996-01-05",
   "ACCUSE: Israel (ISR) -> Yahya Ayyash (PSE), held responsible for suicide attacks, no date (background)"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Both found with the right type; the ACCUSE has its source and target wrong (Ayyash as source, empty target) and the document date for a background act."},
 {"doc": "h23-x85-02", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Voting in elections is not a PLOVER event; nothing to code."},
 {"doc": "h23-x86-22", "coder_events": [
   "COERCE: Algeria (DZA) -> France (FRA), closed airspace to French military aircraft, 2021-10-03",
   "SANCTION: Algeria (DZA) -> France (FRA), recalled its ambassador from Paris, 2021-10-02"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The ambassador recall ('a day after recalling') is missed. Macron's reported remarks are the topic of the row, not coded as a separate act here."},
 {"doc": "h23-x85-01", "coder_events": [
   "SUPPORT: European Parliament (EU) -> Turkey (TUR), approved the EU-Turkey customs union, 1995-12-13"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The approval (ratification) of the customs union is missed."},
]
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as f:
    for p in P:
        assert p["found"] <= len(p["coder_events"])
        f.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
got = [json.loads(l) for l in open(HERE / "events-d.jsonl")]
assert len(got) == 50
for it, g in zip(items, got):
    assert (it["n"], it["doc"], it["trigger"]) == (g["n"], g["doc"], g["trigger"])
    v = g["verdict"]
    assert v["all"] == all(v[k] for k in KEYS)
    if not v["event"]:
        assert not any(v.values())
paras = [json.loads(l) for l in open(HERE / "paragraphs-d-verdicts.jsonl")]
pin = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
assert len(paras) == 6 and [p["doc"] for p in paras] == [p["doc"] for p in pin]
for p, q in zip(paras, pin):
    assert p["dateline_events"] == len(q["events"]), p["doc"]
counts = {k: sum(g["verdict"][k] for g in got) for k in KEYS + ["all"]}
print(counts)
print({"coded": sum(len(p["coder_events"]) for p in paras), "found": sum(p["found"] for p in paras),
       "dateline": sum(p["dateline_events"] for p in paras), "spurious": sum(p["spurious"] for p in paras)})
