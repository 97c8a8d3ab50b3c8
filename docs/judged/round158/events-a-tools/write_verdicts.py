"""Write events-a.jsonl from the items and judge a's verdicts (fields failed per item, and reasons).

usage (from docs/judged/round158): python events-a-tools/write_verdicts.py
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
# n -> (fields judged wrong, reasons); "event" in the set marks a spurious event (false everywhere)
V = {
    1: ({"source"}, "Handing Russia a ceasefire proposal at the Astana talks is a negotiation exchange, CONSULT acceptable (AGREE, an offer, would also do). The source is the Syrian rebel delegation: its code should be SYR, not RUS."),
    2: ({"target"}, "Western officials accuse Russia of backing Haftar with mercenaries: the accused, the target, should be Russia (RUS), not Haftar."),
    3: (set(), "Eight Tunisian soldiers killed in an ambush on Mount Chaambi in late July: ASSAULT, no attacker named in the sentence, 2013-07 right."),
    4: ({"target"}, "Santos's promise to put the deal to a plebiscite is AGREE with no target in the sentence. Cuba is not a party to the promise, so the target should be empty. Unknown date is right for 'has promised'."),
    5: (set(), "Syrian activists accuse government forces of keeping tanks in towns on the day the truce took effect: all fields right."),
    6: (set(), "'The government has promised reforms': AGREE by Bahrain's government, with no target in the sentence and an undated background act. All fields right."),
    7: (set(), "South Africa seeking clarity from Mbabane is a REQUEST to the Eswatini government. 2025-07-16 is the date of the story's dateline (Wednesday). Right."),
    8: ({"type"}, "A mass rally demanding Najib's resignation is a protest: PLOVER codes protests that make demands as PROTEST (demo), not REQUEST. Source, target (the prime minister, the authorities) and date are right."),
    9: ({"source"}, "The fighters (ONLF rebels) were killed in a clash with Ethiopian troops, and the sentence names those troops. The source should be the Ethiopian troops (ETH MIL), not empty. The target and the unknown date are right."),
    10: ({"target"}, "The visa restrictions hit 'individuals undermining Guyana's democracy' (Guyanese, GUY), not the state of Guyana. So the target should be those individuals. SANCTION is acceptable (CAMEO2PLOVER would give COERCE restrict for 163), and an unknown date is right for 'had announced'."),
    11: (set(), "The U.S. and the three European powers urged Iran in a joint statement: REQUEST, all fields right. The three-country group rightly has no single code."),
    12: ({"target"}, "Romania dropping its objection is a CONCEDE, and the Thursday date is right. But the objection was to Serbia's candidacy and Serbia is named in the sentence, so the target should be Serbia (SRB), not empty."),
    13: (set(), "'Dahal is expected to step down soon': RETREAT resign with future modality (the conventions' 'is to step down' case), no date. Right."),
    14: ({"type", "target", "date", "modality"}, "'It is unclear how quickly the fighters will hand over their arms' is a future or hypothetical disarmament, not an asserted one. Type should be RETREAT disarm (the act itself, with future modality); the date should be none, not the document date. No target is named in the sentence, so Iraq's federal government is wrong and the target should be empty."),
    15: (set(), "German authorities accused Vietnamese agents of the Berlin abduction in 2017: ACCUSE, all fields right."),
    16: ({"date"}, "Trump's warning to Iran ('has warned') is a background act from the weeks before, with no date in the text. Its date should be none, not the summit's document date. Type, actors and modality are right."),
    17: ({"date"}, "Russia recognised Abkhazia and South Ossetia after the August 2008 war, so the date should be 2008 (August 2008), not the 2011 document date."),
    18: ({"date"}, "Armenia's request to Moscow for help is reported as this news (during Tuesday's fighting), with no date in the sentence. It should take the document date 2021-11-17 (or Tuesday 2021-11-16), not no date. The rest is right."),
    19: (set(), "Aristide 'has long accused' the U.S. and France: an ongoing accusation, so the document date is right. All fields right."),
    20: ({"target"}, "The court sentenced 'an American tour operator' (Kenneth Bae, USA). The target should be that person, not the United States as a country. The date is acceptable: the sentence gives no date for the sentencing and KCNA reported it Thursday."),
    21: (set(), "Kadyrov 'has been accused by rights groups' of abuses: a standing accusation, so the document date is right. All fields right."),
    22: (set(), "The Houthis gave the factions a deadline (an ultimatum), coded THREATEN. The act has an unknown earlier date. Right."),
    23: ({"target"}, "Clinton visited Myanmar ('the country'): the host, the target, should be Myanmar (MMR), not the United States."),
    24: (set(), "The toll of more than 40,000 killed since 1984 has no date by the round-20 rule, and no attacker is named. Right."),
    25: (set(), "'Lam is expected to visit Beijing soon': CONSULT visit to China, future, no date. Right."),
    26: (set(), "Kaczynski urged supporters to join Thursday's rally: REQUEST to Polish supporters, document date. Right."),
    27: ({"target", "date"}, "Ankara pressed for an end to Syrian government (and Iranian-backed) attacks, so the party asked to stop is the Syrian government (SYR), named in the sentence as 'government'; the target should not be empty. The act happened at the Astana talks reported as this news, so the date should be the document date 2017-01-24."),
    28: (set(), "Maehara resigned on Sunday 2011-03-06: RETREAT resign, all fields right."),
    29: ({"target"}, "Grapel is named in the sentence as the person arrested, so the target should be Ilan Grapel (US-Israeli citizen), not empty. The date 2011-06 is right."),
    30: ({"source"}, "Sadr's call on his followers to boycott the vote is a REQUEST with an unknown date. The source's country should be IRQ: the story plainly makes him an Iraqi cleric, so an empty code is wrong."),
    31: ({"type", "target"}, "Unveiling programmes to support young people and women entrepreneurs is a pledge of aid, AGREE under the wave-76 rule, not verbal SUPPORT. The beneficiaries are in Guatemala/Central America (GTM), not the USA."),
    32: (set(), "Nyusi thanked voters, SUPPORT (praise) toward Mozambican voters. The dateline date 2019-10-27 is right."),
    33: (set(), "Kenyan legislators demanded the resignations of Lenku and Kimaiyo: REQUEST, all fields right."),
    34: (set(), "Protesters took to the streets to denounce the new government. A protest against the authorities takes the state (Lebanon) as target, and Tuesday 2020-01-21 is right."),
    35: (set(), "Suu Kyi welcomed the releases: SUPPORT. The sentence names no party ('the releases' is an act), so an empty target is right. Right."),
    36: (set(), "The State Department called on Pyongyang to free Bae: REQUEST to the North Korean government, all fields right."),
    37: (set(), "Poroshenko welcomed the IMF decision: SUPPORT. The sentence names no party, so an empty target is right, and the document date is right."),
    38: (set(), "Russia, Turkey and Iran agreed on Tuesday to a monitoring mechanism: mutual AGREE, 2017-01-24. Right."),
    39: ({"event"}, "Spurious: 'voted for me not because they support my ideas' describes voters' motives in Macron's speech. It is no act of support between political actors."),
    40: ({"date"}, "The negated meeting with Kim Jong Un happened during the two-day visit that ended on the day of the report. Its date should be 2018-07-07. '2018' comes from 'third visit ... this year', which is not the date of this act."),
    41: (set(), "The Cabo Delgado insurgency 'has killed hundreds since 2017' is a summed toll, so no date is right. Actors right."),
    42: ({"target", "date"}, "The deported men are nationals of Vietnam, Jamaica, Laos, Cuba and Yemen, so the target's code should be empty (no single country), not USA. Their convictions are background acts of unknown earlier time, so the date should be none, not 2025-07-16."),
    43: (set(), "Leung welcomed Beijing's decision: SUPPORT. HKG is right and the empty target is right ('the decision' is not a party). Date right."),
    44: ({"target"}, "The opposition hailed the outcome; the praise is not directed at Sall, who is the one whose third-term bid is rejected. The target should be empty."),
    45: ({"target"}, "'Those who failed' (the bus passengers who could not recite the Koran, Kenyan civilians, KEN) is a definite description in the sentence. The target should be those passengers, not empty. An empty source is right for the agentless passive, and the Saturday date is right."),
    46: ({"date", "modality"}, "'He said he had been judged and condemned by the press' puts the press's condemnation inside Dirceu's claim. Modality should be reported (speaker Dirceu, not Lewandowski). The condemnation is a background act of earlier, unstated time, so the date should be none. A coder would also code Dirceu's complaint against the press."),
    47: ({"event"}, "Spurious: Rudd 'seized back the leadership' of his party in a party-room ballot. 'Seized' is used in another sense; no COERCE or any PLOVER act between actors."),
    48: ({"event"}, "Spurious: the ceasefire is what Zelenskiy and Putin agreed in December to implement, already coded as the AGREE (e4) of the same sentence, so this is a duplicate. It is also no implemented ceasefire with Putin as its sole actor."),
    49: ({"type"}, "Colombia and FARC signed a bilateral, definitive ceasefire accord that had not yet taken effect (it was tied to the final deal). The type should be SUPPORT (sign an agreement; CONCEDE, a declared ceasefire, is also defensible). RETREAT ceasefire is only for implemented ceasefires. Mutual actors and the date are right."),
    50: (set(), "3,000 killed in the four months of fighting after the 2010 election is a summed span, so no date is right. No attacker named, target CIV right."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, reasons = V[it["n"]]
        if "event" in wrong:
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reasons
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(items))
