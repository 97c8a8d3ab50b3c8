"""Write paragraphs-d-verdicts.jsonl from the judge's coding of the six first paragraphs."""
import json
P = {
 'h45-x173-16': dict(coder_events=[
    "COERCE: Greek government (GRC) -> state broadcaster ERT (GRC), ordered its immediate closure (shut it off the air), 2013-06-11"],
    found=0, spurious=0,
    notes="The closure order is the one act; 'opened a rift in the ruling coalition' is an effect, the partners' objections come later. Dateline coded nothing here."),
 'h45-x175-12': dict(coder_events=[
    "CONSULT: Afghan tribal elders (AFG) <-> Pakistani tribal elders (PAK), four-day peace jirga ended, 2007-08-12",
    "AGREE: peace jirga of Afghan and Pakistani elders (AFG/PAK) -> Taliban insurgents willing to disarm (AFG), pledge to talk to them, 2007-08-12"],
    found=0, spurious=0,
    notes="Musharraf 'acknowledged' that militants get support from Pakistan: an admission is a statement (CAMEO 01) with no PLOVER type, and the support is only its content, so it is not coded. Dateline coded nothing here."),
 'h45-x176-17': dict(coder_events=[
    "CONSULT: Juan Manuel Santos (COL) <-> FARC leader Timochenko (COL), shook hands/met in Havana, 2015-09-23",
    "AGREE: Santos (COL) <-> FARC (COL), announced agreement (breakthrough) on punishing war crimes, 2015-09-23",
    "AGREE: Santos (COL) <-> FARC (COL), set a deadline of 2016-03-23 to sign a final peace deal (promise to sign), 2015-09-23"],
    found=0, spurious=0,
    notes="Dateline coded nothing in this paragraph (its first event, 'pressed', is in the next one)."),
 'h45-x174-19': dict(coder_events=[
    "COERCE: King Mohammed VI (MAR) -> Abdelilah Benkirane (MAR), removed him as prime minister-designate (administrative sanction), date unknown (reported 2017-03-16)",
    "REQUEST: King Mohammed VI (MAR) -> Justice and Development Party (MAR), will ask another PJD figure to form a government, future"],
    found=1, spurious=0,
    notes="Dateline's e1 (REQUEST 'ask', Mohammed VI -> the Islamist party, future) is right; the removal itself was missed."),
 'h45-x174-17': dict(coder_events=[
    "SANCTION: Egyptian court (EGY) -> Mohamed Mursi and 100+ co-defendants (EGY), recommended the death penalty, 2015-05-16",
    "ACCUSE: Turkey (TUR) -> Egyptian court/ruling (EGY), sharp criticism, 2015-05-16",
    "ACCUSE: human rights groups -> Egyptian court/ruling (EGY), sharp criticism, 2015-05-16"],
    found=0, spurious=0,
    notes="The 2011 prison break is the object of the charges, not coded separately. Dateline coded nothing here."),
 'h45-x173-21': dict(coder_events=[
    "COERCE: Russian police (RUS) -> more than 3,000 people (RUS), detained, 2021-01-23",
    "PROTEST: tens of thousands of protesters (RUS) -> Russian state (RUS), rallied demanding Navalny's release, 2021-01-23"],
    found=2, spurious=0,
    notes="The demand for Navalny's release is the protest's aim (PLOVER codes protests that make requests as PROTEST), not a separate REQUEST. Dateline's e1 and e2 match both acts."),
}
ps = [json.loads(l) for l in open('paragraphs-d.jsonl')]
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in ps:
        d = P[p['doc']]
        o = {'doc': p['doc'], 'coder_events': d['coder_events'], 'found': d['found'],
             'dateline_events': len(p['events']), 'spurious': d['spurious'], 'notes': d['notes']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
print('written')
