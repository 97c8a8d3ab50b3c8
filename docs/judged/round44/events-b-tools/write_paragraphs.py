"""Write paragraphs-b-verdicts.jsonl (judge b's coding of the six first paragraphs)."""
import json

P = {
 'h2-x4-18': (["SANCTION: the United States and China impose tariffs on each other's goods (mutual), 2018-07-06"],
              1, 0, "One mutual act, found (SANCTION discontinue, both as sources, empty target; right)."),
 'h2-x1-24': (["ASSAULT (taking ground): Ukrainian forces enter Kherson, held by Russia, 2022-11-11",
               "RETREAT withdraw: Russia withdraws its troops from Kherson to the east bank of the Dnipro, completed 2022-11-11 (said Friday, hours earlier)"],
              1, 0, "The RETREAT is found (but dated unknown although the text says it was completed hours before Friday's entry); the Ukrainian entry into Kherson is missed. 'since the start of the invasion in February' is a time phrase, not coded."),
 'h2-x4-07': (["ACCUSE: the UN human rights chief accuses Myanmar of ethnic cleansing against the Rohingya, 2017-09-11",
               "ASSAULT cleansing (reported, inside the accusation): Myanmar against its Rohingya minority"],
              1, 0, "The ACCUSE is found and right in every field; the ethnic cleansing inside the accusation is not coded. Refugees fleeing is not an act between actors."),
 'h2-x4-24': (["RETREAT resign: Otto Perez Molina resigns as president of Guatemala, 2015-09-03",
               "ACCUSE allege: Perez Molina brought before a judge (court -> Perez Molina), 2015-09-03",
               "COERCE arrest: a Guatemalan court orders Perez Molina's arrest, 2015-09-03 (hours earlier)",
               "PROTEST demo: tens of thousands of protesters against the customs bribery scheme / the government (Guatemala), ongoing"],
              2, 0, "RETREAT and COERCE arrest found (the resign event has a spurious target 'president'); appearing before a judge and the protests are missed."),
 'h2-x1-10': (["ASSAULT crowd-control: riot police in Baku break up opposition supporters with truncheons and water cannon, Thursday 2003-10-16",
               "PROTEST demo: thousands of opposition supporters protest against Ilham Aliyev's election (Azerbaijan), Thursday 2003-10-16"],
              1, 0, "The ASSAULT is found but dated with the document date (10-17, a Friday) instead of Thursday 10-16 and has no target (the opposition supporters); the protest itself is missed."),
 'h2-x3-05': (["ASSAULT: more than 80 people killed in two days of protests and clashes in Oromia and Addis Ababa (a total over a span, no date)",
               "PROTEST demo/riot: protests in Oromia and the capital after the singer's shooting (over a death: no state target)",
               "ASSAULT: the shooting of singer Hachalu Hundessa (background, Monday night 2020-06-29)",
               "COERCE arrest: the authorities detain a prominent opposition politician (Jawar Mohammed), 2020-06-30 per paragraph 4",
               "COERCE withhold: the authorities keep the internet switched off (ongoing, document date)"],
              2, 0, "ASSAULT (the 80 killed) and COERCE arrest found; the protests, the singer's shooting and the internet shutdown are missed. The killed event takes the document date, though a total over two days has no date by the conventions."),
}

out = []
for line in open('paragraphs-b.jsonl'):
    p = json.loads(line)
    ce, found, spur, notes = P[p['doc']]
    out.append({'doc': p['doc'], 'coder_events': ce, 'found': found,
                'dateline_events': len(p['events']), 'spurious': spur, 'notes': notes})
with open('paragraphs-b-verdicts.jsonl', 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
tc = sum(len(o['coder_events']) for o in out); tf = sum(o['found'] for o in out)
td = sum(o['dateline_events'] for o in out); ts = sum(o['spurious'] for o in out)
print('coder events %d, found %d (%.0f%%), dateline events %d, spurious %d' % (tc, tf, 100 * tf / tc, td, ts))
