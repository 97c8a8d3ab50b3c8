"""Write paragraphs-c-verdicts.jsonl (recall on the 6 first paragraphs).
Usage: cd round150 && python3 events-c-tools/write_paragraphs.py"""
import json
P = {
 'h53-x208-21': (["ACCUSE: Joko Widodo (IDN) -> critics/opponents of the jobs law (IDN), said opposition was fuelled by disinformation, 2020-10-09",
                  "PROTEST: protesters (IDN) -> Indonesian government (IDN), three days of protests against the jobs law, 2020-10-09 (going on; three days to the report)"],
                 0, 0, 0, "Dateline found no event here. 'Defended' the law could also be coded REJECT of the protesters' demands; counted once with the ACCUSE. 'Inviting critics to challenge it in court' is no event."),
 'h53-x206-24': (["ASSAULT: Israel (ISR) -> Hezbollah commander / Beirut's southern suburbs (LBN), air strike, 2024-07-30",
                  "ACCUSE: Israel (ISR) -> senior Hezbollah military commander (LBN), blamed him for the rocket attack, 2024-07-30",
                  "ASSAULT: (unnamed; blamed on the Hezbollah commander) -> 12 children and teenagers in the Golan Heights, weekend rocket attack, 2024-07-27"],
                 2, 3, 1, "e1 (air strike) and e3 (blamed) have the right types (e1's target Lebanon government is wrong: the strike targeted Hezbollah's commander). e2 ('had targeted' the commander) is a second event for the same strike already coded by e1 in the same sentence: a duplicate, spurious. The weekend rocket attack was missed."),
 'h53-x208-17': (["CONCEDE: Xi Jinping (CHN), announced China would cut its armed forces by 300,000 troops (a promised unilateral de-escalation; CAMEO 0356), 2015-09-03"],
                 0, 0, 0, "Dateline found no event. The commemorative military parade and the pledge to 'never seek hegemony' are not coded (no target; a display and a general statement)."),
 'h53-x206-05': (["REJECT: Lebanon (LBN) -> Israel / Ariel Sharon (ISR), switched on the Wazzani pumps defying Sharon's warnings, 2002-10-16",
                  "THREATEN: Ariel Sharon (ISR) -> Lebanon (LBN), warned that diverting the water could be a cause for war, 2002-09 (the story's 'last month'; undated in the paragraph)"],
                 1, 1, 0, "e1 REJECT Lebanon -> Sharon is right. Sharon's warning (the 'casus belli' threat) was missed."),
 'h53-x208-02': (["REJECT: South Korea (KOR) -> Japan (JPN), rejected Japan's renewed claim to the islets and said it would build the wharf anyway, 1996-02-13"],
                 1, 1, 0, "e1 is right. The statement that it would go ahead with the wharf is part of the same rejection; Japan's claim itself is no PLOVER act."),
 'h53-x205-13': (["CONSULT: European leaders (incl. POL host) gathered at Westerplatte for the 70th anniversary ceremony, 2009-09-01",
                  "ASSAULT: Nazi Germany (DEU) -> Poland (POL), the 1939 invasion that started World War Two, 1939 (1939-09-01 in the story)"],
                 1, 1, 0, "e1 ASSAULT Germany -> Poland has the right type (its date is empty where the text gives 1939 via '70 years since'). The leaders' gathering was not found; the 'disagreements between Warsaw and Moscow' are no discrete act."),
}
out = open('paragraphs-c-verdicts.jsonl', 'w')
for line in open('paragraphs-c.jsonl'):
    p = json.loads(line)
    ce, found, dl, sp, notes = P[p['doc']]
    assert dl == len(p['events']), p['doc']
    out.write(json.dumps({'doc': p['doc'], 'coder_events': ce, 'found': found, 'dateline_events': dl,
                          'spurious': sp, 'notes': notes}, ensure_ascii=False) + '\n')
out.close()
