"""Hand judgements (j13-actors, seed 20261223) of the 80 sampled actors and the 40 paragraphs.

ACTORS[i] = (is_actor, {field: reason for each WRONG field}); fields: name country sector kind mentions.
For a non-actor the other fields are judged as a description of what the span denotes;
"all" is right only for a real actor with no wrong field. Mentions are wrong only when a
mention of another entity is merged in (a missing mention is not counted). Same rules as round 10.
"""
NOT = False
ACT = True
ACTORS = {
    0: (ACT, {"name": "fragment of 'Federal Service for the Financial Markets'",
              "country": "None for the Russian government's Federal Service (RUS)",
              "sector": "None for a government regulator (GOV)"}),
    1: (ACT, {}),
    2: (ACT, {"country": "None; 'employees at four French sites' (FRA)"}),
    3: (ACT, {}),
    4: (NOT, {"kind": "person for a city (Toulouse)"}),
    5: (ACT, {}),
    6: (ACT, {}),
    7: (ACT, {"country": "None; the investigators are France's BEA (FRA)",
              "sector": "JUD for air-crash investigators (GOV)"}),
    8: (ACT, {"country": "None for Sberbank, a Russian state-run bank (RUS)",
              "sector": "None for a bank (BUS)"}),
    9: (NOT, {"name": "fragment of 'Standard & Poor's 500 index'",
              "kind": "organization for a stock index"}),
    10: (ACT, {"country": "None; Apple/AT&T iPhone pre-order customers (USA)"}),
    11: (ACT, {"country": "None for the Harvard housing centre (USA)",
               "sector": "None for a university research centre (EDU)"}),
    12: (ACT, {}),
    13: (ACT, {}),
    14: (NOT, {"name": "'Airbus' is part of the aircraft name 'Airbus A330'"}),
    15: (NOT, {"kind": "country for a US state (Virginia)"}),
    16: (ACT, {"mentions": "'their devices' and 'them' are the users"}),
    17: (ACT, {}),
    18: (NOT, {"kind": "person for an aircraft (the A380)", "sector": "CVL for an aircraft"}),
    19: (NOT, {}),  # 'Spain will see 400 jobs cut': place
    20: (ACT, {}),
    21: (ACT, {"mentions": "'its banks', 'its biggest cash infusion' are the European Central Bank"}),
    22: (ACT, {"sector": "None for a mortgage lender (BUS)",
               "mentions": "'their credit histories' (borrowers), 'they'/'them' (lenders, loans), "
                           "expletive 'it is feared', 'their profits' (banks) merged in"}),
    23: (NOT, {}),  # 'losses were recorded in India': place
    24: (NOT, {"kind": "person for an aircraft model (Worldliner)"}),
    25: (NOT, {}),  # 'the German Dax': adjectival
    26: (NOT, {"kind": "organization for a software product (OS X Lion)"}),
    27: (NOT, {}),  # 'US and Canadian production': adjectival
    28: (NOT, {}),  # 'France will lose 4,300 jobs': place
    29: (ACT, {}),  # customer nation of the A400M, cost to be shouldered by it
    30: (ACT, {}),
    31: (ACT, {}),
    32: (NOT, {"name": "role word 'CEO' used as a predicate ('his post as CEO', 'serving as interim CEO')",
               "country": "None for Apple's CEO post (USA)",
               "mentions": "Jobs's post and Tim Cook's post merged"}),
    33: (NOT, {}),  # 'Singapore's Changi Airport': place
    34: (ACT, {}),
    35: (ACT, {}),
    36: (ACT, {"country": "None; analysts of Ford's US sales (USA)"}),
    37: (ACT, {}),
    38: (NOT, {}),  # 'ventures in China', 'building in China': place
    39: (ACT, {"country": "None; experts on the Boeing-US Air Force deal (USA)"}),
    # stories
    40: (ACT, {}),
    41: (NOT, {"name": "predicate noun 'school' ('which is a school that ...'); the target is the National Defense University",
               "country": "None; the university is in Russia (RUS)"}),
    42: (ACT, {"name": "'government agency' drops the 'non-' of 'a non-government agency'",
               "sector": "GOV for a non-government agency (NGO)"}),
    43: (ACT, {}),
    44: (ACT, {"mentions": "'the country' (Ukraine) and 'pro-Russian' (militias) merged in"}),
    45: (NOT, {"name": "'Rome', the venue of Assad-Nasrallah talks, named 'Italy government'",
               "sector": "GOV for a meeting place"}),
    46: (ACT, {}),
    47: (ACT, {"country": "None; the demonstrations 'stretched across Palau' (PLW)"}),
    48: (ACT, {"country": "None; the text's government is named (Cape Verde / Ivory Coast)"}),
    49: (ACT, {}),
    50: (ACT, {"name": "'Monrovia', the capital attacked by militias, named 'Liberia government'",
               "sector": "GOV for a city attacked (no sector; LBR)"}),
    51: (ACT, {"country": "None for the Phnom Penh Post (KHM)", "sector": "None for a newspaper (JRN)"}),
    52: (ACT, {"kind": "country for a community (the Angulines, group)",
               "country": "None; the text places them in Anguilla (AIA)",
               "mentions": "expletive 'It is not about' and \"its\" (it's) merged in"}),
    53: (ACT, {"country": "SSD for UN peacekeepers (UNO; the dead peacekeeper is Sudanese)"}),
    54: (ACT, {}),
    55: (ACT, {}),
    56: (NOT, {"name": "a dash '-'", "kind": "organization for punctuation"}),
    57: (NOT, {}),  # 'Police in Sweden', 'Swedish news agencies': place/adjective
    58: (ACT, {"name": "fragment of 'Zanu PF party'", "kind": "person for a party",
               "country": "None; in the text Jammeh's party (GMB)",
               "sector": "None for a ruling party (PTY/GOV)"}),
    59: (ACT, {"country": "USA for a civilian killed in a bombing in Swaziland (SWZ)"}),
    60: (ACT, {"country": "None; the family of 'an American woman' (USA)"}),
    61: (NOT, {}),  # 'regions of Azerbaijan': place
    62: (ACT, {"sector": "ELI for the sitting President Rouhani (GOV)"}),
    63: (ACT, {}),
    64: (NOT, {"kind": "person for weapons (heavy artillery)"}),
    65: (ACT, {"country": "None; witnesses at Nairobi's City Hall (KEN)"}),
    66: (ACT, {}),
    67: (ACT, {"mentions": "'United Nations Charter' (a document), 'their' (the conventions) and "
                           "expletive 'it has been established' merged in"}),
    68: (ACT, {}),
    69: (NOT, {"kind": "country for a region (Middle East)"}),
    70: (ACT, {}),
    71: (ACT, {"sector": "GOV for the head of the opposition Socialist party (OPP/PTY)"}),
    72: (NOT, {"country": "None; the next government of Sudan (SDN)"}),
    73: (ACT, {}),
    74: (ACT, {}),
    75: (ACT, {"mentions": "'its 12th year' (the war), expletive 'it means', 'its future ... strategy' (the US) merged in"}),
    76: (ACT, {}),
    77: (ACT, {}),
    78: (ACT, {}),
    79: (ACT, {}),
}
NOT_ACTOR_REASON = {
    4: "a place (destination of a flight)", 9: "a stock index", 14: "part of a product name",
    15: "a place (senator 'from Virginia')", 18: "an aircraft", 19: "a place where jobs are cut",
    23: "a place where losses were recorded", 24: "an aircraft model name", 25: "adjectival ('German Dax')",
    26: "a software product", 27: "adjectival ('Canadian production')", 28: "a place where jobs are cut",
    32: "a role word used as a predicate", 33: "a place ('Singapore's Changi Airport')",
    38: "a place ('ventures in China')",
    41: "a predicate noun", 45: "a meeting place", 56: "punctuation", 57: "a place / adjective",
    61: "a place ('regions of Azerbaijan')", 64: "weapons", 69: "a region named as a place",
    72: "a hypothetical future government in a predicate",
}
# PARAGRAPHS[j] = [(state/politician source in my reading, dateline right?, reason)]
PARAGRAPHS = {
    1: [("Dana Perino (White House, USA) speaker of the quote", False, "speaker given as 'This', no actor")],
    6: [("Harry Reid (USA) speaker", True, "")],
    18: [("GAO (USA) issued a recommendation", False, "no event extracted")],
    20: [("United States (co-proposer) condemns", True, ""), ("Canada condemns", True, ""),
         ("Japan condemns", True, "")],
    21: [("Indonesian army conducted drills", True, ""),
         ("Turkish army conducted drills", False, "merged into 'Indonesia armies' IDN")],
    22: [("United States called", True, ""), ("Sierra Leone called", True, ""),
         ("senior U.S. official met", True, "")],
    26: [("authorities (Ukraine) raided Memorial", False, "country None"),
         ("authorities arrested", False, "no source"),
         ("authorities charged", False, "source given as 'Russian citizens' (the arrested)"),
         ("they (authorities) raided IRI", False, "source given as 'Russian citizens'"),
         ("authorities issued a search warrant", False, "source given as 'Russian citizens'")],
    27: [("Egyptian parliament voted to give powers", False, "no event extracted"),
         ("Egyptian parliament gave the military and police powers", False, "no event extracted")],
    28: [("Sultan Hassanal Bolkiah (BRN) said", False, "speaker actor None"),
         ("Oslo government (NOR) estimated", True, "")],
    29: [("deputy minister Issa Tchiroma Bakary (Niger in the text) told", False, "country CMR (world knowledge), text says Niger")],
    30: [("Brazil's government grants concessions", True, "")],
    33: [("Somali Finance Minister Abdi Sheikh Ahmad said", True, "name truncated to 'Abdi Sheikh', country right")],
    34: [("Angela Merkel received Kabila", True, "")],
    36: [("Mexico's Senate voted to repeal", False, "no event extracted")],
    39: [("Lance County Sheriff's Office is asking", False, "speaker actor None")],
}
