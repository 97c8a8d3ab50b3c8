"""Write paragraphs-c-verdicts.jsonl from the judge's coding of the 6 first paragraphs."""
import json
P = {
 'h61-x239-06': (["REQUEST: Barack Obama (USA) -> African governments (no code), urged equal treatment of gay people under the law, 2013-06-27",
                  "REJECT: Macky Sall (SEN) -> Barack Obama (USA), polite but firm rebuff, 2013-06-27",
                  "CONSULT: Barack Obama (USA) -> Macky Sall (SEN), visit to his host on the first day of the Africa tour, 2013-06-27"],
                 1, 0, "Dateline found the REQUEST (right type and arguments); it missed Sall's rebuff (REJECT) and the visit to the host (CONSULT)."),
 'h61-x238-13': (["ASSAULT: Israel (ISR) -> Iran (IRN), strikes on dozens of Iranian military targets in Syria overnight, 2018-05-10",
                  "ASSAULT: Iranian forces (IRN) -> Israel (ISR), rockets fired at Israeli positions in the Golan Heights, 2018-05-10"],
                 2, 0, "Both acts found with the right type; the 'clash' is a summary of the same two acts, not a third."),
 'h61-x237-02': ([], 0, 0, "An election win and 'edging out' rivals at the polls are not PLOVER events; nothing to code."),
 'h61-x238-09': (["ASSAULT: alliance of Islamist insurgents incl. al Qaeda's Syrian branch (SYR) -> Syrian government of Bashar al-Assad (SYR), captured the city of Idlib, 2015-03-28"],
                 0, 0, "Taking a city by armed force is ASSAULT (wave-30 rule); dateline found no event in the paragraph."),
 'h61-x239-11': (["PROTEST: the opposition (NER) -> the Niger government/run-off (NER), boycott of the run-off, 2016-03-20"],
                  0, 0, "The opposition's boycott of the run-off (PROTEST boycott) is missed. The winning of the vote is no event; the candidate's jailing is a background state (held since November) that I do not count as an act of this paragraph."),
 'h61-x237-22': (["COERCE: Russian investigators (RUS) -> Igor Girkin (RUS), arrested on charges of inciting extremism, 2023-07-21"],
                 0, 0, "The arrest (detained at home on Friday 2023-07-21 per the next paragraph) is missed; the charge is part of the same arrest and is counted once."),
}
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for p in paras:
        ce, found, spur, notes = P[p['doc']]
        out.write(json.dumps({'doc': p['doc'], 'coder_events': ce, 'found': found,
                              'dateline_events': len(p['events']), 'spurious': spur, 'notes': notes},
                             ensure_ascii=False) + '\n')
