"""The judge's count of state/politician source actors in the 40 sampled paragraphs.

Per paragraph (index in para_sample.jsonl order): a list of (source actor in the text, gold country,
given by dateline as an event source or quote speaker?, with the right country?). Paragraphs with no
state or politician as an event source or a speaker are absent.
"""
P = {
    7: [("European Commission (investigation of Apple)", "EUR", False, False)],
    8: [("Delaware senator Edward Kaufman (speaker)", "USA", True, True)],
    18: [("he = Sergei Ignatiev, central bank chairman (speaker)", "RUS", True, True)],
    21: [("the State Department (speaker)", "USA", True, True),
         ("the ministry = Kyrgyz Foreign Ministry (source of 'offer')", "KGZ", True, True)],
    22: [("Lapi Karya, Prime Minister of the province of Taveuni (speaker)", "FJI", True, False)],
    23: [("Kyrgyzstan (source of 'expanded cooperation')", "KGZ", True, True),
         ("Bhutan", "BTN", True, True), ("Turkmenistan", "TKM", True, True)],
    24: [("the two presidents (source of 'meet')", "LBR/SLE", False, False)],
    25: [("Prime Minister Werner Faymann (speaker)", "AUT", True, True)],
    26: [("Singapore (source of 'contributes ... humanitarian support')", "SGP", False, False)],
    27: [("The Norwegian prime minister (speaker)", "NOR", True, True),
         ("Norwegian officials (source of 'arriving')", "NOR", True, True)],
    29: [("Riot police (source of 'pushed back' protesters)", "SVN", False, False)],
    30: [("The authorities (Egypt; speakers of 'calling the killing a possible honor killing')", "EGY", False, False)],
    31: [("he = Deputy Provincial Police Commissioner Paul Parelu (speaker)", "PNG", True, True)],
    35: [("police officials (speaker)", "PAK", True, False)],
    37: [("military officials (speaker)", "PER", True, False),
         ("the army (source of 'shut down')", "PER", True, True),
         ("Police (source of 'continue the shutdown')", "PER", False, False)],
    38: [("The Kremlin (speaker)", "RUS", True, True),
         ("Russia 'cyber command' (source of 'hacked')", "RUS", True, True)],
}
