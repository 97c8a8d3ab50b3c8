"""Write paragraphs-d-verdicts.jsonl: the acts a trained coder codes in each first paragraph."""
import json
P = {
 "h60-x233-09": dict(
   coder_events=[
     "SANCTION: Robert Kocharyan (ARM) -> Prime Minister Aram Sargsyan and Defence Minister Vagharshak Harutyunyan (ARM), dismissed them, 2000-05-02",
     "ACCUSE: Robert Kocharyan (ARM) -> the government (ARM), said it had failed to cooperate with him and could not tackle the economy, 2000-05-02"],
   found=0, spurious=0,
   notes="dateline found no event in the paragraph: neither the dismissal of the two ministers (SANCTION, expel from office) nor the criticism attached to it."),
 "h60-x235-11": dict(
   coder_events=[
     "ASSAULT: suicide bomber (no code) -> Jammu and Kashmir state legislature (IND), rammed an explosives-laden car into its gates, 2001-10-01",
     "ASSAULT: gunmen (no code) -> the legislature complex / at least 38 people (IND), stormed the complex and killed them, 2001-10-01"],
   found=1, spurious=0,
   notes="dateline coded the storming (ASSAULT, gunmen -> 38 people, 2001-10-01), not the suicide car bombing as a separate act; its IND code on the unidentified gunmen is doubtful but the type is right."),
 "h60-x234-07": dict(
   coder_events=[
     "SANCTION: Qatari criminal court (QAT) -> 33 people (QAT), sentenced to life in prison, 2000-02-21"],
   found=1, spurious=0,
   notes="dateline found the sentencing with the right type and date but with 'Qataris' (civilians) as source instead of the court; the acquittals and the 1996 coup attempt are not codeable acts."),
 "h60-x233-16": dict(
   coder_events=[
     "COERCE: French government (FRA) -> none, declared a state of emergency, 2005-11-08",
     "PROTEST: rioters in poor suburbs (FRA) -> none, nearly two weeks of rioting (ongoing), 2005-11-08"],
   found=1, spurious=0,
   notes="dateline found the state of emergency; it did not code the ongoing rioting named as the object of the measure. The curfews are only enabled (hypothetical), not imposed."),
 "h60-x234-15": dict(
   coder_events=[
     "CONSULT: Arab leaders (no code) -> none, closed a summit in Tunis, 2004-05-23",
     "AGREE: Arab leaders (no code) -> none, pledged to pursue political and social reform, 2004-05-23",
     "SANCTION: Tunisia (TUN) -> Arab League summit, called off the meeting hours before it opened, 2004-03 (two months earlier)"],
   found=1, spurious=0,
   notes="dateline found the summit (CONSULT); it missed the reform pledge (AGREE) and Tunisia's calling off of the March summit."),
 "h60-x233-07": dict(
   coder_events=[
     "ASSAULT: masked gunmen (no code) -> Russian Interior Ministry's senior representative in Chechnya (RUS), snatched/kidnapped from an aircraft at Grozny airport, 1999-03-05"],
   found=0, spurious=1,
   notes="dateline's only event is a CONSULT visit triggered by 'fly' (the aircraft 'prepared to fly to Moscow'), which is spurious; the kidnapping (ASSAULT abduct) was missed."),
}
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
assert len(paras) == 6
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in paras:
        d = P[p['doc']]
        rec = {"doc": p['doc'], "coder_events": d['coder_events'], "found": d['found'],
               "dateline_events": len(p['events']), "spurious": d['spurious'], "notes": d['notes']}
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
tot = lambda k: sum((len(P[p['doc']][k]) if k == 'coder_events' else P[p['doc']][k]) for p in paras)
print('coded', tot('coder_events'), 'found', tot('found'), 'dateline', sum(len(p['events']) for p in paras), 'spurious', tot('spurious'))
