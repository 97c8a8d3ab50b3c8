"""Write paragraphs-d-verdicts.jsonl: the acts a trained coder would code in each first paragraph."""
import json
P = [
 {"doc":"h33-x126-21","coder_events":[],"found":0,"dateline_events":0,"spurious":0,
  "notes":"Essebsi's natural death in hospital is not a PLOVER event; nothing to code."},
 {"doc":"h33-x127-01","coder_events":[
   "ASSAULT: unknown attackers (no code) -> Egypt's embassy in Islamabad (EGY), car bomb that killed at least 16, 1995-11-19 (Sunday, 'a day after' Monday)",
   "ACCUSE (investigate): Pakistani investigators (PAK) -> (the bombing; no named party), combed the embassy ruins, 1995-11-20"],
  "found":0,"dateline_events":0,"spurious":0,
  "notes":"dateline found no event in this paragraph; it codes the gunfire at the gate from the next paragraph but not the bombing itself."},
 {"doc":"h33-x125-12","coder_events":[
   "CONSULT (visit): George W. Bush (USA) -> Albania (ALB), first visit by a sitting US president, 2007-06-10",
   "SUPPORT: George W. Bush (USA) -> Kosovo (XKX), told crowds Kosovo should become independent soon, 2007-06-10",
   "REJECT: George W. Bush (USA) -> Russia (RUS), brushed aside Russian objections at the UN, 2007-06-10"],
  "found":1,"dateline_events":1,"spurious":0,
  "notes":"dateline found the visit (e1, correct in all fields); it missed the support for Kosovo's independence and the rejection of Russia's objections."},
 {"doc":"h33-x125-11","coder_events":[],"found":0,"dateline_events":0,"spurious":0,
  "notes":"Rugova's death from cancer is not a PLOVER event; nothing to code."},
 {"doc":"h33-x126-25","coder_events":[
   "COERCE (ban): Syria's new rulers (SYR) -> parliament, army and Baath party (SYR), announced their dissolution and the suspension of the constitution, 2025-01-30"],
  "found":0,"dateline_events":0,"spurious":0,
  "notes":"Naming al-Sharaa interim president is a domestic appointment with no PLOVER type. The announced dissolutions (with the suspended constitution) are coded as one ban; dateline has no event in this story."},
 {"doc":"h33-x127-25","coder_events":[
   "SUPPORT (sign agreement): RSF (SDN) <-> allied political and armed groups incl. SPLM-N (SDN), signed a charter for a rival government in Nairobi, 2025-02-22"],
  "found":0,"dateline_events":0,"spurious":0,
  "notes":"The crisis between Khartoum and Kenya is a result, not an act of its own. dateline has no event in this paragraph (it codes the later recall and accusation)."},
]
with open('paragraphs-d-verdicts.jsonl','w') as f:
    for p in P: f.write(json.dumps(p,ensure_ascii=False)+"\n")
print(sum(len(p['coder_events']) for p in P), sum(p['found'] for p in P), sum(p['dateline_events'] for p in P), sum(p['spurious'] for p in P))
