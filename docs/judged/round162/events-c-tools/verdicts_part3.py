V = {
31: (1,1,1,1,0,1, "Rossello announced he would resign: RETREAT resign future accepted (CONVENTIONS: 'is to step down' is future), USA accepted for the governor of a U.S. territory (PRI would be finer); date should be the announcement, Wednesday 2019-07-24 (or 2019-08-02 for the resignation itself), not unknown."),
32: (1,1,0,0,1,1, "A Russian helicopter shot down on Monday 2020-11-09: ASSAULT right, but Russia is the victim: target should be Russia (RUS), not Armenia, and the source should be empty (the passive names no shooter; Azerbaijan from the next sentence would also do), not Russia."),
33: (1,1,1,1,1,1, "Erdogan (TUR) accuses the Gulen movement (TUR): ACCUSE allege, a standing accusation as the story is told, document date right."),
34: (1,1,1,1,0,1, "North Korean servicemen (PRK) provided military assistance: AID with no party named as recipient, reported by Gerasimov; but the assistance spans the operation since autumn 2024, so it should be undated, not the document date."),
35: (1,1,0,1,1,1, "The APC condemned the suspension: ACCUSE right, empty target acceptable ('the suspension' is an act); source's code should be NGA (Nigeria's main opposition party), not empty."),
36: (1,1,1,1,1,1, "Trump (USA) telephoned to congratulate Bolsonaro (BRA): SUPPORT, a separate act from the CONSULT phone call e3; document date right (no date given)."),
37: (1,1,1,1,1,1, "Washington (USA) pledged support for U.N. (UNO) monitoring of the vote: a pledge, AGREE, Monday 2021-07-26; right."),
38: (1,1,1,1,0,1, "Bin Daghr (YEM) appealed to the Saudi-led coalition (SAU accepted) to intervene: REQUEST right; no day is given for the appeal (Sunday is when the deadline passed), so it should be the document date 2018-01-30, not 2018-01-28."),
39: (1,1,1,1,1,1, "Killing of Moise (HTI) on 2021-07-07: ASSAULT (assassination), no killer named so empty source is right, explicit date right."),
40: (1,1,1,1,1,1, "Nigeria (NGA) released Boko Haram suspects (NGA) in the exchange: RETREAT release, no date given for their release, document date accepted; asserted with Shehu as reporter."),
}
