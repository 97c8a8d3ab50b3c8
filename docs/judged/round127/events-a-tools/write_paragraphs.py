import json
P = [
 {"doc": "h41-x157-10", "coder_events": [
   "SUPPORT: Latvia (LVA) <-> Russia (RUS), signed the border treaty in Moscow, 2007-03-27",
   "CONCEDE: Latvia/Riga (LVA) -> Russia (RUS), agreed to drop any reference to the 1920 peace treaty (yielding to Moscow's objection), before the signing (earlier in 2007, no day given)"],
  "found": 1, "dateline_events": 2, "spurious": 0,
  "notes": "Signing found (SUPPORT, mutual, Tuesday). Riga's agreement to drop the reference is a concession to Moscow's demand (CONCEDE); dateline coded it AGREE and dated it the signing day by the after-clause rule, so it is not counted as found though it is a real act. 'Moscow had long rejected' is a background relative clause, not listed."},
 {"doc": "h41-x157-20", "coder_events": [
   "COERCE: French authorities (FRA; not named in the sentence, source may be empty) -> Ramush Haradinaj (XKX), detained in France, reported 2017-01-05 (the story dates the stop to Wednesday 2017-01-04)",
   "ACCUSE: Serbia (SRB) -> Ramush Haradinaj (XKX), arrest warrant for alleged war crimes, background (2004 per the story)",
   "PROTEST: protesters in Kosovo (XKX) -> none (for Haradinaj's release), 2017-01-05"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Detention found (COERCE, empty source, target Haradinaj). The Serbian warrant (legal accusation) and the protests in Kosovo were not coded. The 'diplomatic row between Pristina and Belgrade' is a topic, not listed."},
 {"doc": "h41-x160-14", "coder_events": [
   "SUPPORT: Bolivia's constituent assembly (BOL) -> Evo Morales (BOL), approved the outline of the constitution he championed, 2007-11-24",
   "PROTEST: the opposition (BOL) -> constituent assembly (BOL), boycotted the session, 2007-11-24",
   "ASSAULT: (parties not named; protesters and police, BOL) clashes in Sucre left at least three dead and 100 injured, 2007-11-24"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline has no event in this sentence. The approval is a domestic institutional act a coder may code as SUPPORT (approve policy); the boycott is PROTEST (boycott); the deadly clashes are ASSAULT (dateline codes the deaths later, from the third paragraph)."},
 {"doc": "h41-x159-09", "coder_events": [
   "SUPPORT: India (IND) <-> China (CHN), signed the agreement on political principles for the border, 2005-04-11",
   "SUPPORT: India (IND) <-> China (CHN), declared a 'strategic and cooperative partnership' (diplomatic cooperation), 2005-04-11",
   "CONSULT: Wen Jiabao (CHN) <-> Manmohan Singh (IND), held talks, 2005-04-11"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Signing and talks found with the right types and dates. The declared partnership (SUPPORT, diplomatic cooperation) was not coded."},
 {"doc": "h41-x159-25", "coder_events": [
   "ASSAULT: military officers (GNB) -> Guinea-Bissau government (GNB), took 'total control' of the country (coup), 2025-11-26",
   "COERCE: military officers (GNB) -> Guinea-Bissau electoral process/authorities (GNB), suspended the electoral process, 2025-11-26"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline has no event in this sentence: the military takeover (seizure of power by armed forces, ASSAULT by the settled rule) and the suspension of the electoral process (COERCE restrict) are both missed. Installing a general as transitional leader is not listed (no PLOVER interaction)."},
 {"doc": "h41-x158-05", "coder_events": [
   "RETREAT: South Lebanon Army (LBN) -> (Jezzine / Lebanon, LBN), completed its withdrawal from Jezzine, 1999-06-03"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Withdrawal found (RETREAT withdraw, Thursday 1999-06-03); the source name keeps a stray 'backed' from 'Israeli-backed'. 'Handing Lebanon ... recovered territory' is the same act."},
]
with open('paragraphs-a-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
print('coded', sum(len(p['coder_events']) for p in P), 'found', sum(p['found'] for p in P),
      'dateline', sum(p['dateline_events'] for p in P), 'spurious', sum(p['spurious'] for p in P))
