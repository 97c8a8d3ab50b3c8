"""Write paragraphs-a-verdicts.jsonl (judge a, round 71) and check it against paragraphs-a.jsonl.

usage (from docs/judged/round71): python events-a-tools/write_paragraphs.py
"""
import json

P = [
 {"doc": "h13-x45-18",
  "coder_events": [
   "SANCTION: Kosovo (XKX) -> Serbia (SRB) and Bosnia (BIH), raised import duties on their goods to 100 percent, 2018-11-21",
   "REJECT: Interpol general assembly (no code) -> Kosovo (XKX), defeated its bid to join Interpol, 2018-11-20",
   "ACCUSE: Serbia government (SRB) -> Kosovo (XKX), called the move a provocation, 2018-11-22",
   "REQUEST: European Union (EUR) -> Kosovo (XKX), urged it to reverse the tariff immediately, 2018-11-22"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "The lead act, the tariff rise itself (a trade restriction: SANCTION, or COERCE under CAMEO 163), is missed, as is the defeat of the Interpol bid; the two reactions are found and right."},
 {"doc": "h13-x47-09",
  "coder_events": [
   "COERCE: Sri Lanka (LKA) -> none, declared a state of emergency, 2005-08-13",
   "ASSAULT: unnamed sniper (no code) -> Foreign Minister Lakshman Kadirgamar (LKA), shot dead at his home in Colombo, 2005-08-12 (late Friday, per the second paragraph)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The assassination (passive 'was shot dead by a sniper') is missed; the emergency is found and right."},
 {"doc": "h13-x48-07",
  "coder_events": [
   "REQUEST: Japan (JPN) -> United States (USA), demanded a full explanation, 2001-02-11"],
  "found": 1, "dateline_events": 2, "spurious": 1,
  "notes": "The submarine striking and sinking the Ehime Maru is an accidental collision, not an attack: dateline's e2 ASSAULT (US Navy -> Japan) is spurious (and its date, Sunday, would be wrong too: the collision was on Friday)."},
 {"doc": "h13-x48-15",
  "coder_events": [
   "PROTEST: rioters in Urumqi (CHN) -> none named, rioting (ethnic unrest), 2009-07-05",
   "ASSAULT: unnamed (no code) -> 156 people (CHN), killed in the rioting, 2009-07-05"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The killings are found (though dated Monday 2009-07-06, the day of the report, not Sunday's violence); the riot itself is not coded as a PROTEST/riot."},
 {"doc": "h13-x47-08",
  "coder_events": [
   "COERCE: Maldives government (MDV) -> none, declared a state of emergency, 2004-08-13",
   "COERCE: Maldives government (MDV) -> scores of people incl. reform campaigners (MDV), detained, 2004-08-13",
   "PROTEST: thousands of protesters (MDV) -> Maldives government (MDV), gathered in Male to demand political change, 2004-08-12/13 (began Thursday per the story)"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "The emergency and the detentions are found and right; the protest in the paragraph's 'after' clause is not coded from this sentence (dateline codes protest events from later sentences)."},
 {"doc": "h13-x46-24",
  "coder_events": [
   "REQUEST: International Court of Justice (no country/UN) -> Israel (ISR), ordered it to prevent acts of genocide in Gaza and allow more aid in, 2024-01-26",
   "REQUEST (negated): International Court of Justice -> Israel (ISR), did not order a halt to its military campaign against Hamas, 2024-01-26"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "The negated order is listed because the conventions code negated acts; dateline found it with the right type but the wrong target (Hamas instead of Israel, whose campaign would be halted). Israel's ongoing campaign against Hamas, mentioned only as a noun phrase, is not counted as a separate act here."},
]

paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert [p["doc"] for p in P] == [p["doc"] for p in paras]
for p, q in zip(P, paras):
    assert p["dateline_events"] == len(q["events"]), p["doc"]
    assert p["found"] <= len(p["coder_events"]) and p["spurious"] <= p["dateline_events"]
with open("paragraphs-a-verdicts.jsonl", "w") as fh:
    for p in P:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")
tot = {k: sum(len(p[k]) if k == "coder_events" else p[k] for p in P) for k in ["coder_events", "found", "dateline_events", "spurious"]}
print(json.dumps(tot))
