"""Write paragraphs-b-verdicts.jsonl (judge b, round 45): coder's events per first paragraph, recall, spurious."""
import json
P = {
 'h2-x2-23': (["COERCE restrict: Tunisian troops block the parliament speaker (Ghannouchi) from entering the assembly, Monday 2021-07-26",
               "SANCTION/COERCE: President Saied dismisses the prime minister, 2021-07-25",
               "COERCE: Saied suspends parliament for 30 days, 2021-07-25",
               "ACCUSE disapprove: Saied's Islamist opponents (Ennahda) denounce the move as a coup, against Saied, 2021-07-25/26"],
              1, 0, "Found ACCUSE (denounced). 'blocked' is a real act but typed SANCTION (it is COERCE: restrict movement), so not counted as found. The dismissal and the suspension of parliament were missed."),
 'h2-x3-07': (["CONCEDE: incumbent Mohamed Abdullahi Mohamed concedes defeat to Hassan Sheikh Mohamud, Sunday 2022-05-15"],
              1, 0, "The lawmakers' election of the president is an election, not coded (some coders would code SUPPORT). The concession is found."),
 'h2-x4-16': (["COERCE: France declares a state of emergency in New Caledonia, Wednesday 2024-05-15",
               "MOBILIZE: France orders reinforcements (security forces) to New Caledonia, 2024-05-15",
               "PROTEST riot: rioters in New Caledonia against the voting reform (France), two nights before (2024-05-13/14)",
               "ASSAULT: at least four people killed, among them a gendarme, in the unrest (2024-05-13/14)"],
              2, 0, "Both of France's acts found; the riots and the killings in them were missed."),
 'h2-x1-19': (["COERCE arrest: Belarusian authorities detain hundreds incl. five presidential candidates, 2010-12-19/20",
               "ASSAULT crowd-control: riot police break up the opposition protest, Sunday night 2010-12-19",
               "PROTEST demo: tens of thousands of opposition supporters gather in central Minsk to denounce Lukashenko's re-election (target Lukashenko / Belarus government), 2010-12-19"],
              2, 0, "Arrests and the break-up found (both dated by dateline with the document date; the protest and break-up were Sunday night). The protest itself was missed."),
 'h2-x2-20': (["SANCTION convict: Egyptian court sentences three Al Jazeera English journalists to 7-10 years, Monday 2014-06-23",
               "ACCUSE disapprove: foreign governments and press freedom groups condemn the verdict (Egyptian court/Egypt), 2014-06-23"],
              1, 0, "The sentence is found; the condemnation (noun phrase 'drew swift condemnation from') was missed."),
 'h2-x3-04': (["COERCE arrest: the military holds Prime Minister Hamdok (at Burhan's residence), ongoing on Tuesday 2021-10-26",
               "CONCEDE/RETREAT release (future): Burhan says Hamdok will be allowed to return home, 2021-10-26",
               "COERCE: the military dissolves the civilian-led government, Monday 2021-10-25",
               "COERCE: the military declares a state of emergency, Monday 2021-10-25"],
              1, 0, "The state of emergency is found (dated 2021-10-26 though the text gives 'a day after' Tuesday's statement, i.e. Monday). The detention, the promised release and the dissolution were missed."),
}
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for p in paras:
        ce, found, spur, notes = P[p['doc']]
        out.write(json.dumps({'doc': p['doc'], 'coder_events': ce, 'found': found,
                              'dateline_events': len(p['events']), 'spurious': spur, 'notes': notes},
                             ensure_ascii=False) + '\n')
tot = lambda k: sum(json.loads(l)[k] if k != 'coder_events' else len(json.loads(l)[k]) for l in open('paragraphs-b-verdicts.jsonl'))
print('coder', tot('coder_events'), 'found', tot('found'), 'dateline', tot('dateline_events'), 'spurious', tot('spurious'))
