"""Write paragraphs-d-verdicts.jsonl (judge d's recall coding of the 6 first paragraphs) and check it."""
import json
P = {
 'h57-x224-19': ([], 0, 0, 0, "Election result and a parliament dissolved five weeks ago: no PLOVER act between political actors (elections and dissolutions are not coded)."),
 'h57-x221-10': (["ASSAULT: a man, the truck driver (no code in the paragraph) -> crowds celebrating Bastille Day in Nice (FRA civilians), truck ramming killing at least 84, 2016-07-14"],
                 0, 0, 0, "Dateline codes no event in this paragraph; it misses the Nice truck attack (it codes the attack only from Hollande's 'France has been struck' in paragraph 4)."),
 'h57-x222-23': ([], 0, 0, 0, "Voting in provincial elections: no PLOVER act."),
 'h57-x221-05': (["REJECT: Albania (ALB) -> United States (USA), rejected the request to destroy Syria's chemical weapons on its soil, 2013-11-15",
                  "PROTEST: protesters in Tirana (ALB) -> Albanian government (ALB), days of protests outside the prime minister's office against hosting the weapons, 2013-11 (days before 15 Nov)"],
                 1, 1, 0, "Dateline's REJECT ALB -> USA is right in all fields; the protests are missed. The embedded 'U.S. request' (REQUEST USA -> ALB, earlier, undated) is not counted as a separate act."),
 'h57-x224-20': (["COERCE: Indonesia's parliament (IDN) -> Indonesians/critics of the president (IDN), passed a criminal code restricting criticism of the president and outlawing extramarital sex, 2022-12-06",
                  "ACCUSE: rights groups (no code) -> Indonesia's parliament (IDN), called the code a major setback for freedoms, 2022-12-06"],
                 0, 0, 0, "Dateline codes no event in this paragraph; both the restrictive law and the rights groups' criticism are missed."),
 'h57-x224-23': ([], 0, 0, 0, "A party electing its general secretary and a leader's death: no PLOVER act."),
}
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
with open('paragraphs-d-verdicts.jsonl', 'w') as fh:
    for p in paras:
        ev, found, dl, sp, notes = P[p['doc']]
        assert dl == len(p['events'])
        fh.write(json.dumps({'doc': p['doc'], 'coder_events': ev, 'found': found, 'dateline_events': dl,
                             'spurious': sp, 'notes': notes}, ensure_ascii=False) + '\n')
back = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
assert len(back) == 6
print('coded acts', sum(len(b['coder_events']) for b in back), 'found', sum(b['found'] for b in back),
      'dateline events', sum(b['dateline_events'] for b in back), 'spurious', sum(b['spurious'] for b in back))
