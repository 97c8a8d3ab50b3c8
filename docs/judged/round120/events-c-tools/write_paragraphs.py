"""Write paragraphs-c-verdicts.jsonl (judge c, round 120)."""
import json
P = {
 "h37-x142-20": (["REQUEST: Barham Salih (IRQ) -> Adel Abdul Mahdi (IRQ), asked him to form a government, 2018-10-02"], 1, 1, 0,
   "Parliament electing Salih is not coded (an election, no PLOVER act between actors). Dateline's REQUEST is right in every field."),
 "h37-x141-12": (["COERCE (ban): Russia (RUS) -> British Council (GBR), ordered it to close its St Petersburg and Yekaterinburg offices, 2007-12-12 (announced Wednesday)"], 0, 0, 0,
   "Dateline found nothing in the lead; the order to close the offices is missed."),
 "h37-x144-24": (["COERCE (seize/search): Chinese coast guard (CHN) -> Taiwanese tourist boat (TWN), boarded and inspected its papers, 2024-02-19 (Monday, per the 2nd paragraph)",
                  "ACCUSE: Taiwan (TWN) -> China (CHN), called the boarding intimidation, 2024-02-20"], 0, 0, 0,
   "Dateline coded nothing in the lead. The deaths of two Chinese fishermen in a chase are background without an agent in this sentence; not counted."),
 "h37-x142-03": (["REQUEST: John Paul II (VAT) -> Lebanon's Christians and Muslims (LBN), urged them to overcome the bitterness of the war, 1997-05-11",
                  "REQUEST: John Paul II (VAT) -> the world (no code), called on it to respect Lebanon's independence, 1997-05-11"], 1, 1, 0,
   "Dateline found the first call (its target lists the Christians only); the call on the world is missed. The mass itself is not coded as a visit (the lead does not report one)."),
 "h37-x143-11": (["SUPPORT: UN Human Rights Council (UNO) -> Sri Lanka (LKA), adopted a resolution praising its defeat of the Tamil Tigers, 2009-05-27",
                  "REJECT: UN Human Rights Council (UNO) -> European states (EU members, no single code), rejected their attempt to open an inquiry, 2009-05-27"], 1, 1, 0,
   "Dateline found the REJECT (empty target; the European-led attempt's sponsors could be the target), missed the SUPPORT. Sri Lanka's defeat of the Tigers is a background noun phrase inside the praise, not listed."),
 "h37-x142-11": (["ACCUSE (investigate/allege): Israeli inquiry, the Winograd Commission (ISR) -> Ehud Olmert (ISR), found a 'severe failure', 2007-04-30",
                  "REJECT: Ehud Olmert (ISR) -> (calls to resign), said he would not resign, 2007-04-30 (or RETREAT resign negated)"], 1, 1, 0,
   "Dateline coded the refusal as RETREAT resign negated, which the conventions accept; its date is unknown where the text gives Monday 2007-04-30. The inquiry's finding is missed."),
}
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for l in open('paragraphs-c.jsonl'):
        d = json.loads(l)
        ev, found, dl, sp, notes = P[d['doc']]
        assert dl == len(d['events']), d['doc']
        out.write(json.dumps({"doc": d['doc'], "coder_events": ev, "found": found, "dateline_events": dl,
                              "spurious": sp, "notes": notes}, ensure_ascii=False) + '\n')
print('ok')
