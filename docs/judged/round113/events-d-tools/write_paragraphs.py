# write paragraphs-d-verdicts.jsonl (recall on first paragraphs, judge d, round 113)
import json
P = {
 "h34-x130-23": dict(coder_events=[
     "PROTEST: Palestinians (PSE) -> Palestinian Authority / President Abbas (PSE), marched in Ramallah chanting for Abbas to step down, 2021-06-24",
     "COERCE: Palestinian security forces (PSE) -> Nizar Banat (PSE), arrested him in a dawn raid near Hebron, 2021-06-24"],
     found=1, spurious=0,
     notes="dateline found the march (PROTEST, target the Palestinian government, right); it missed the arrest/raid. Banat's death is not an act."),
 "h34-x130-03": dict(coder_events=[
     "PROTEST: main opposition parties (MRT) -> Mauritanian government / presidential election (MRT), boycotted the election, 1997-12-12"],
     found=0, spurious=0,
     notes="Taya winning the election is not a PLOVER act; the opposition boycott is, and dateline has no event in the paragraph."),
 "h34-x132-20": dict(coder_events=[
     "RETREAT: Manuel Merino (PER) -> none, resigned as interim president, 2020-11-15",
     "PROTEST: demonstrators (PER) -> Merino's government (PER), a night of protests, 2020-11-14",
     "ASSAULT: unnamed (police not named) -> two young demonstrators (PER), killed, 2020-11-14",
     "RETREAT: cabinet ministers (PER) -> none, wave of resignations, 2020-11-14/15"],
     found=2, spurious=0,
     notes="dateline found Merino's resignation and the killing of the two demonstrators (the killing with no date, although the paragraph says 'a night of protests' before Sunday). It missed the protests and the ministers' resignations."),
 "h34-x129-23": dict(coder_events=[
     "SANCTION: Moscow court (RUS) -> Vladimir Kara-Murza (RUS), sentenced to 25 years for treason, 2023-04-17",
     "ACCUSE: Western governments (no code) -> Russia / the Moscow court (RUS), condemned the sentence, 2023-04-17"],
     found=2, spurious=0,
     notes="Both were found. The 'charges including treason' are the basis of the sentence, not a separate act in this paragraph. The target of the condemnation ('it', the sentence) was left empty by dateline (not scored for recall)."),
 "h34-x132-11": dict(coder_events=[],
     found=0, spurious=0,
     notes="The OAS electing a secretary-general is not a PLOVER act, and 'a candidate initially opposed by the United States' is background with no act, so nothing is coded. dateline has no event here, which is right."),
 "h34-x129-03": dict(coder_events=[],
     found=0, spurious=0,
     notes="Fidesz winning the run-off and 'ousting' the Socialists by election is not a PLOVER act. dateline has no event here, which is right."),
}
out = open('paragraphs-d-verdicts.jsonl', 'w')
for l in open('paragraphs-d.jsonl'):
    p = json.loads(l)
    v = P[p['doc']]
    rec = {"doc": p['doc'], "coder_events": v['coder_events'], "found": v['found'],
           "dateline_events": len(p['events']), "spurious": v['spurious'], "notes": v['notes']}
    out.write(json.dumps(rec, ensure_ascii=False) + '\n')
out.close()
