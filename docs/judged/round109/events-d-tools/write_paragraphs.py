"""Write paragraphs-d-verdicts.jsonl (the judge's coding of the six first paragraphs) and check it."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = [
 {"doc": "h32-x123-22", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result (a party wins the most seats) is no PLOVER act; nothing to code, and dateline coded nothing."},
 {"doc": "h32-x123-11", "coder_events": [
   "REJECT: Nigeria's Senate (NGA) -> President Olusegun Obasanjo / his third-term amendments (NGA), voted down the constitutional amendments, 2006-05-16 (Tuesday, from the next sentence; the paragraph itself gives no date)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's REJECT is the act (its target is empty where Obasanjo is named, and it takes the document date 2006-05-17 while the story gives Tuesday); 'dealing a blow to his allies' is a consequence, not a second act."},
 {"doc": "h32-x121-14", "coder_events": [
   "SUPPORT: Turkey (TUR) <-> Bulgaria, Romania, Hungary, Austria (BGR/ROU/HUN/AUT), signed the Nabucco pipeline agreement in Ankara, 2009-07-13"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the signing (source Turkey only, the four EU states are not named individually in the sentence). 'a project backed by Brussels and Washington' is an appositive description of standing support, not coded."},
 {"doc": "h32-x124-07", "coder_events": [
   "ACCUSE: Philippine House of Representatives (PHL) -> President Joseph Estrada (PHL), impeached him over gambling payoffs (sending him to trial in the Senate), 2000-11-13"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The impeachment (a formal accusation bringing him to trial, ACCUSE allege) was missed; dateline has no event in this paragraph."},
 {"doc": "h32-x124-25", "coder_events": [
   "SANCTION: Donald Trump (USA) -> Brazil (BRA), said he would impose a 50 percent tariff on all Brazilian imports, from 2025-08-01 (future; announced 2025-07-09)",
   "ACCUSE: Donald Trump (USA) -> Brazil's authorities/courts (BRA), called the Bolsonaro prosecution a 'witch hunt', 2025-07-09",
   "THREATEN: Luiz Inacio Lula da Silva (BRA) -> United States / Trump (USA), vowed retaliation, 2025-07-09/10"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the tariff (SANCTION, future, dated 2025-08-01, the date the tariff takes effect); it missed the 'witch hunt' accusation and Lula's vow of retaliation."},
 {"doc": "h32-x121-21", "coder_events": [
   "SANCTION: Moldova's Supreme Court (MDA) -> Andrei Nastase (MDA), upheld the annulment of his election as Chisinau mayor, 2018-06-25",
   "PROTEST: protesters (MDA) -> Moldova's courts/authorities (MDA), street protests against the ruling, date not given",
   "ACCUSE: European Union (EUR) -> Moldova's Supreme Court / Moldova (MDA), criticised the ruling, date not given",
   "ACCUSE: United States (USA) -> Moldova's Supreme Court / Moldova (MDA), criticised the ruling, date not given"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in this paragraph: the court ruling against Nastase, the protests and the EU and U.S. criticism were all missed (the court act could also be read as COERCE)."},
]
with open(os.path.join(ROOT, 'paragraphs-d-verdicts.jsonl'), 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
src = [json.loads(l) for l in open(os.path.join(ROOT, 'paragraphs-d.jsonl'))]
back = [json.loads(l) for l in open(os.path.join(ROOT, 'paragraphs-d-verdicts.jsonl'))]
assert [p['doc'] for p in src] == [p['doc'] for p in back] and len(back) == 6
for s, b in zip(src, back):
    assert b['dateline_events'] == len(s['events'])
    assert b['found'] <= len(b['coder_events']) and b['spurious'] <= b['dateline_events']
print('coded', sum(len(b['coder_events']) for b in back), 'found', sum(b['found'] for b in back),
      'dateline', sum(b['dateline_events'] for b in back), 'spurious', sum(b['spurious'] for b in back))
