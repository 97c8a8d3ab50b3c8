V = {
41: (1,1,1,1,0,1, "ICC judges (no code) rejected the defence arguments of Ongwen (UGA): REJECT accepted as a separate act from the conviction (other sentence); date should be Thursday 2021-02-04, the day of the judgement, not the document date."),
42: (1,1,1,0,1,1, "World leaders (no code) pledged $10 billion on Thursday 2016-02-04: AGREE (a pledge of aid) right; target should be the uprooted Syrians (SYR) the sentence names as beneficiaries, not empty."),
43: (1,1,1,0,0,1, "Zeman (CZE) condemned the attack: ACCUSE right; target should be Russia (RUS), named in the sentence as the invader ('Moscow's invasion ... the attack'); date should be 2022 (a background act of last year), not 2023-01-28."),
44: (1,1,1,0,1,1, "Taliban delegation (AFG) pressing for the release of frozen assets on Tuesday 2022-01-25: REQUEST right; target should be the Western diplomats (no single code) the sentence names as the other side of the talks, not empty."),
45: (1,1,1,1,1,1, "Washington (USA) would continue to recognise Guaido (VEN): SUPPORT (recognition), future, no date for the future act so unknown is right; reported by Pompeo."),
46: (1,1,1,1,1,1, "Three million killed in the 1971 war: ASSAULT with no killer named in the passive (empty source accepted; Pakistani troops are only named as party to the war), victims BGD; a toll summed over a span has no date; asserted with Bangladesh as reporter."),
47: (1,1,1,1,1,1, "Anies Baswedan ('a third candidate', IDN) has promised to change course from Widodo's policies: AGREE (intent to change policy), no target, undated 'has promised' right as unknown."),
48: (1,1,1,0,1,1, "Kiev court (UKR) sentenced Lutsenko on Monday 2012-02-27: SANCTION convict right; target should be Lutsenko alone with code UKR, not Lutsenko with no code plus Tymoshenko, who is only named as his ally."),
49: (1,1,1,1,1,1, "Trump (USA) met al-Sharaa (SYR) in Riyadh last week (2025-W20): CONSULT right; separate from the lifting of sanctions e5 in the same sentence."),
50: (1,1,1,1,1,1, "Haitham (OMN) received by the king and Crown Prince Mohammed bin Salman (SAU) on Sunday 2021-07-11: CONSULT visit, the crown prince is one of the two named hosts; reported by SPA, asserted."),
}
