"""Judge events-c verdicts (round 9) on sample.jsonl, written by hand after reading each sentence
and its article/story. SPURIOUS: no codable event (wrong in every field). WRONG: field -> reason.
Fields judged: event, type, source, target, date, modality (all = every field right)."""

SPURIOUS = {
    5: "planes 'would have to be flown into Indonesia': a logistics worry, no troop mobilization or any event",
    15: "the A380 tour's departure 'has been delayed': a schedule change, not a sanction or any political event",
    26: "'We have to ensure full security for the revolution': a statement of resolve, no promise to anyone (statements are quotes)",
    36: "'issued warnings saying they believed' (safety warnings, sentence cut off): a statement, not a threat",
    46: "a camp forced to postpone plans for a vote: no sanction; the codable event (Saudi refusal, REJECT) is another one",
}

WRONG = {
    2: {"target": "the proposal was the Air Force's Boeing lease deal: target is not the country 'United States' (article-country fallback); mode 'meet' also wrong"},
    4: {"source": "'federal government' has no country code (USA)"},
    10: {"target": "the re-run is called of the U.S. Air Force, named in the sentence; target left empty"},
    12: {"target": "UAW coded as its own target (mutual rule); the demanded agreement has no target in the sentence (the demanders are Republicans)"},
    14: {"type": "pulling out of negotiations is halting talks (CAMEO 164, a reduction of relations / REJECT), not a RETREAT (withdrawal)"},
    16: {"type": "a domestic stimulus-plan proposal is no AGREE (CAMEO 036 'intent to meet or negotiate' does not fit)"},
    20: {"modality": "'industry experts say the deal had been killed by the Pentagon': attributed, but asserted with no reported_by"},
    21: {"date": "'Autumn' is part of the meetings' name; the previous sentence places the meetings on the weekend (2008-W41-WE)"},
    24: {"target": "the other party, Apple Corps, is in the same headline; target empty",
         "date": "the next sentence: Apple 'announced Monday it has settled' (2007-02-05), not the document date"},
    25: {"target": "'the nations top banks' (Russian banks, RUS BUS) are the addressee; target empty"},
    27: {"date": "'spring' is part of the name 'spring offensive'; a nearby sentence: 'The Taliban launched its offensive on Tuesday' (2023-06-13)"},
    28: {"source": "the lower chamber of Mexico's Congress (MEX LEG), not USA; 'United States' added",
         "target": "the chamber coded as its own target (mutual rule); the target should be empty"},
    29: {"target": "Kiribati is where the 'enemy target' was, not the target actor (unknown enemy)"},
    30: {"target": "the people backed include 'Vice President Joice Mujuru', named in the sentence; target empty",
         "date": "the backing was around the March election (clearly older); date taken from the first sentence's Tuesday"},
    31: {"source": "'the government' in a South African story is the ZAF government, coded United States government"},
    32: {"source": "'local rebels' (CMR REB) named in the same sentence; source empty",
        "modality": "'an official at the South Korean Embassy ... said': attributed, no reported_by"},
    34: {"target": "'pro-revolution forces' named in the sentence; target empty"},
    35: {"target": "'Yemeni government troops' (YEM MIL) named in the sentence; target empty",
         "modality": "'is preparing to start sending' (delivery 'will take place around Feb 21'): future, not asserted"},
    37: {"modality": "'in return for Israel's withdrawal': a condition asked for, not a withdrawal that happened (hypothetical)"},
    40: {"source": "the city 'Ahmedabad' coded as the protester; the source is the protesters (IND CVL)"},
    41: {"source": "killed by Turkish troops (nearby sentences: 'The troops surrounded the town'); source empty",
         "date": "the clashes followed the attack 'early Saturday' (2023-06-10), given in the story's second sentence"},
    42: {"type": "approving an edict with fines for protesters and a protest ban is COERCE (ban), not SUPPORT"},
    43: {"modality": "'efforts to convince Pyongyang to give up': a sought concession (hypothetical), coded asserted"},
    44: {"modality": "'..., the committee said': attributed, no reported_by"},
    48: {"source": "the helpers would be 'their allies', urged by the US and UAE; US/UAE are the requesters (the real event is REQUEST)"},
    49: {"date": "nearby sentence: students protested two days before the attack 'last Thursday' (about 2023-06-06); document date wrong"},
}

NOTES = {
    1: "SUPPORT for signing an agreement is the project's CAMEO 057 mapping; Airbus not named in the sentence",
    3: "negated, conditional non-objection: accepted as a negated ACCUSE (disapprove)",
    7: "negated future assistance, reported_by the minister: accepted",
    11: "target 'Japan' for Japanese government officials: a sector slip only",
    13: "invasion (August 2008) rightly undated",
    19: "'Three Democrats voted with thirty-one Republicans against it': Democrats right, Republicans not coded (partial, accepted)",
    20: "target empty accepted (the Pentagon killed its own deal)",
    38: "HRW coded KEN: the story's statement comes from 'Human Rights Watch-Kenya Working Group' (accepted)",
    47: "ongoing covert war, document date accepted",
}

# Recall on 10 story first paragraphs (recall.jsonl, in order): the events a coder would code,
# which of them dateline found (same happening, close type, any actors), and dateline's spurious
# events there (no event, or the same act coded twice), by trigger.
RECALL = [
    {"coder": ["ASSAULT: Colombian forces fighting rebels", "ASSAULT: forces' artillery hit villages",
               "ASSAULT: villages/rebels fired at the forces"],
     "found": ["fighting", "hit"], "spurious": {"used": "same artillery strike coded twice (ASSAULT/175, rebels -> 'artillery' as target)"}},
    {"coder": ["ACCUSE/investigate: Madagascar government opened an investigation into abuses"],
     "found": ["opened"], "spurious": {}},
    {"coder": [], "found": [], "spurious": {},
     "note": "Taylor sworn in as a WHO official: no PLOVER interaction"},
    {"coder": ["CONCEDE: US military and intelligence admitted a role in destabilizing the Middle East",
               "ASSAULT: US invasion of Iraq (background)"],
     "found": ["invasion"], "spurious": {}, "note": "the admission (the story's CONCEDE) is missed; the invasion is dated 2023-06-15"},
    {"coder": ["ACCUSE: former St. Lucia mayor facing bribery charges in the US (US DoJ announced)"],
     "found": [], "spurious": {}},
    {"coder": ["COERCE/ban: El Salvador Congress outlaws political parties",
               "REQUEST: former President Sanchez Ceren asked Congress (background)"],
     "found": ["outlaws"], "spurious": {}, "note": "the ban's source coded 'US Congress' (USA)"},
    {"coder": ["REQUEST: South Africa asks Belgium, Switzerland, the Netherlands and Brazil to extradite suspects"],
     "found": ["asking"], "spurious": {"sought": "the first sentence summarizes the same requests: coded twice"}},
    {"coder": ["ACCUSE: American figures criticized the Obama administration",
               "AGREE/SUPPORT: the Obama administration signed off on the Puerto Rico debt deal (background)"],
     "found": ["criticized"], "spurious": {}},
    {"coder": ["SANCTION: Solomon Islands downgraded relations with Norfolk Island"],
     "found": ["downgraded"], "spurious": {}},
    {"coder": ["PROTEST (or COERCE/seize): pro-Kurdish activists stormed the city hall to protest",
               "COERCE: local government's continued crackdown on activists"],
     "found": [], "spurious": {}, "note": "no event at all in the paragraph"},
]
