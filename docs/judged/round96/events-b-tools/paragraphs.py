# Paragraph verdicts for round 96, judge b.
P = [
 {"doc": "h25-x93-14", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning an election is not a PLOVER act (no type for it), and the paragraph reports nothing else; nothing to code and dateline coded nothing."},
 {"doc": "h25-x96-01", "coder_events": [
   "RETREAT/release: Myanmar military government (MMR) -> Aung San Suu Kyi (MMR), freed from house arrest, 1995-07-10"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The release of Suu Kyi, the story's main act, is missed. The diplomats' reading of its aim (easing isolation, winning back aid) is not an act."},
 {"doc": "h25-x94-09", "coder_events": [
   "REJECT: Arab leaders at the Sharm el-Sheikh summit (Arab League) -> (any attacker of Iraq; unnamed), declared 'complete rejection' of an attack on Iraq, 2003-03-01",
   "REQUEST: United Arab Emirates (ARE) -> Saddam Hussein (IRQ), proposal that he step down to avert war, undated (before the summit)",
   "REJECT: Arab summit (Arab League) -> United Arab Emirates (ARE), UAE proposal kept off the agenda, 2003-03-01"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline codes nothing in the lead. The rejection of an attack could also be coded ACCUSE/disapprove; either way it is missed. The 'public shouting match' (Gaddafi vs Crown Prince Abdullah, named only later) names no parties in this sentence, so it is not listed."},
 {"doc": "h25-x93-23", "coder_events": [
   "REQUEST: Transnistrian officials (MDA, separatist) -> Russia (RUS), appeal to take measures to protect the territory, 2024-02-28",
   "ACCUSE: Transnistrian officials (MDA, separatist) -> Moldovan government (MDA), complaint of 'growing pressure', 2024-02-28"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The appeal is found (REQUEST to the Russian government, Wednesday 2024-02-28; source 'Moldova officials' with MDA is acceptable but GOV is loose for separatist officials). The complaint about Moldovan pressure is missed."},
 {"doc": "h25-x96-03", "coder_events": [
   "ASSAULT: gunmen (unnamed; paramilitary band) -> 45 Tzotzil Indians (MEX), killed in Acteal, Chiapas, 1997-12-22 (Monday, per the next paragraph; the lead dates only the officials' statement, Tuesday 1997-12-23)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The massacre is found with the right type, but the victims are coded Indians[IND] (India) instead of Mexico (MEX), and reported_by is 'Zapatista' instead of the officials. The Zapatista uprising is a background reference, not coded."},
 {"doc": "h25-x93-24", "coder_events": [
   "REJECT: Ukraine (UKR) -> Russia (RUS), Kyiv refused to renew the gas transit agreement, 2025-01-01 (lapse; the refusal itself is undated)",
   "SANCTION/discontinue: Ukraine (UKR) -> Russia (RUS), Russian gas transit to Europe through Ukraine ended, 2025-01-01"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline codes nothing in the lead; both the refusal and the ending of the transit are missed."},
]
