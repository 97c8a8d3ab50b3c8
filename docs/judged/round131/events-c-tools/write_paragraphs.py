"""Write paragraphs-c-verdicts.jsonl: the judge's coding of each first paragraph."""
import json
P = {
 'h43-x168-22': dict(coder_events=[
    "SANCTION: Kiribati (KIR) -> Pacific Islands Forum (), withdrew from the forum, 2022-07-11",
    "CONSULT: Pacific leaders () -> (none), gather in Fiji for summit, future (days after 2022-07-11)"],
    found=1, spurious=0,
    notes="Dateline found only the future summit (CONSULT, but with Kiribati wrongly as target: Kiribati is the one not attending); it missed the withdrawal itself, the paragraph's main act (SANCTION withdraw). The future summit in a 'days before' clause is a marginal act; counted because it is a scheduled meeting."),
 'h43-x167-12': dict(coder_events=[
    "ASSAULT: gunmen () -> Equatorial Guinea (GNQ), attacked presidential palace in Malabo, 2009-02-17",
    "ACCUSE: Equatorial Guinea government (GNQ) -> Nigerian militants from the Niger Delta (NGA), blamed for the attack, 2009-02-17"],
    found=2, spurious=0,
    notes="Both acts found with right types and parties."),
 'h43-x167-21': dict(coder_events=[
    "RETREAT: Senegalese judge (SEN) -> Ousmane Sonko (SEN), released under judicial supervision, 2021-03-08",
    "COERCE: Senegalese authorities (SEN) -> Ousmane Sonko (SEN), arrest last week, 2021-03-03 (week 2021-W09)",
    "PROTEST: protesters (SEN) -> Senegal (SEN), worst unrest in years leaving five dead (riot), 2021-W09"],
    found=1, spurious=0,
    notes="Dateline found the arrest (COERCE) but made the Senegalese judge its target; the target is Sonko ('his arrest'). It missed the release (the lead act) and the riots."),
 'h43-x168-01': dict(coder_events=[
    "SANCTION: Beijing court (CHN) -> Wei Jingsheng (CHN), sentenced to 14 years, 1995-12-13",
    "ACCUSE: Western governments () -> China (CHN), swift protests at the trial, 1995-12-13"],
    found=1, spurious=0,
    notes="The conviction was found with all fields right (Wednesday = 1995-12-13). The Western governments' protests (diplomatic criticism, ACCUSE) were missed. The trial itself is part of the same proceeding and not counted separately."),
 'h43-x168-15': dict(coder_events=[
    "RETREAT: North Korea (PRK) -> Kenneth Bae and Matthew Todd Miller (USA), released the two detained Americans, 2014-11-08",
    "CONSULT: James Clapper (USA) -> North Korea (PRK), secret mission to Pyongyang, 2014-11 (by 2014-11-08)"],
    found=0, spurious=0,
    notes="Dateline found no event in this paragraph: it missed both the release and Clapper's visit."),
 'h43-x165-17': dict(coder_events=[
    "COERCE: Ukraine (UKR) -> ten Russian paratroopers (RUS), captured inside Ukrainian territory, 2014-08-25 (Monday, per the next sentence)",
    "CONSULT: Petro Poroshenko (UKR) -> Vladimir Putin (RUS), first talks in more than two months, 2014-08-26"],
    found=0, spurious=0,
    notes="Dateline found no event in this paragraph: it missed the capture (COERCE arrest/detain; ASSAULT would also be defensible) and the Poroshenko-Putin talks. Releasing the interrogation videos is not coded."),
}
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for l in open('paragraphs-c.jsonl'):
        p = json.loads(l)
        v = P[p['doc']]
        out = {'doc': p['doc'], 'coder_events': v['coder_events'], 'found': v['found'],
               'dateline_events': len(p['events']), 'spurious': v['spurious'], 'notes': v['notes']}
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
print('written')
