"""Write paragraphs-d-verdicts.jsonl (the judge's coding of the six lead paragraphs)."""
import json
P = {
 "h34-x132-25": (["COERCE: United States (USA) -> more than 200 Venezuelans said to be Tren de Aragua members (VEN), deported by air to a prison in El Salvador, 2025-03-16 (weekend of the flights)",
                  "REJECT: U.S. administration (USA) -> federal judge (USA), apparently disregarding his order to turn the flights around, 2025-03-15/16 (hedged 'apparently')",
                  "REQUEST: federal judge (USA) -> U.S. government (USA), order to turn the flights around, 2025-03-15"],
                 0, 0, 0, "Dateline found no event in the lead: the deportation ('has flown ... to a prison'), the defiance of the court and the court order are all missed."),
 "h34-x131-20": (["REJECT: main challenger Agbeyome Kodjo (TGO) -> Faure Gnassingbe (TGO), disputes the provisional result by saying he was the real winner, 2020-02-25 (document date)"],
                 0, 0, 0, "Winning an election is not a PLOVER event; the challenger's claim of victory is a (marginal) rejection of the result, missed."),
 "h34-x130-19": (["SANCTION (expel): Morocco (MAR) -> U.N. mission MINURSO (UNO), will expel 84 civilian staff, future, announced 2016-03-16",
                  "SANCTION (discontinue): Morocco (MAR) -> U.N. mission MINURSO (UNO), will close a military liaison office, future, announced 2016-03-16"],
                 1, 1, 0, "Dateline's expel SANCTION (MAR -> UN, future) is right; the closing of the liaison office is missed. The row with Ban (his description of the territory) is background, not coded."),
 "h34-x130-21": ([], 0, 0, 0, "An election result ('appeared set to win', parties 'secured a majority'): no PLOVER act between actors."),
 "h34-x129-20": (["ACCUSE: Netherlands (NLD) and Australia (AUS) -> Russia (RUS), hold it legally responsible for downing MH17, 2018-05-25",
                  "ACCUSE: international investigators (JIT, no code) -> Russian military unit (RUS), said the missile came from it, 2018-05-24",
                  "ASSAULT (reported): Russia (RUS, as alleged) -> Malaysia Airlines flight MH17 (MYS), shot down over eastern Ukraine, 2014"],
                 0, 0, 0, "Dateline found none of the three acts in the lead (the accusation, the investigators' finding, the downing)."),
 "h34-x131-18": (["REJECT: Pakistan (PAK) -> Donald Trump (USA), rejected his accusation of harbouring 'agents of chaos', 2017-08-22",
                  "SUPPORT: China (CHN) -> Pakistan (PAK), came to the defence of its ally, 2017-08-22",
                  "ACCUSE: Donald Trump (USA) -> Pakistan (PAK), accusation that it harbours 'agents of chaos', 2017-08-21 (Monday night address)"],
                 1, 1, 0, "Dateline's REJECT PAK -> Trump on Tuesday 2017-08-22 is right; China's support for Pakistan and Trump's accusation (a noun phrase) are missed."),
}
with open('paragraphs-d-verdicts.jsonl', 'w') as f:
    tot = [0, 0, 0, 0]
    for l in open('paragraphs-d.jsonl'):
        p = json.loads(l)
        ev, found, n, sp, notes = P[p['doc']]
        assert n == len(p['events'])
        f.write(json.dumps({"doc": p['doc'], "coder_events": ev, "found": found, "dateline_events": n,
                            "spurious": sp, "notes": notes}, ensure_ascii=False) + '\n')
        tot = [tot[0] + len(ev), tot[1] + found, tot[2] + n, tot[3] + sp]
print('coded acts, found, dateline events, spurious:', tot)
