import json
P = {
"h40-x153-05": dict(coder_events=["ACCUSE: Tito Petkovski, Social Democrat candidate (MKD) -> election authorities / Trajkovski's camp (MKD), says the run-off vote was rigged in ethnic Albanian districts, 1999-11-15"],
    found=0, dateline_events=0, spurious=0, notes="Election results (heading for victory, preliminary results) are not PLOVER acts; only the rigging allegation is codable. dateline coded nothing."),
"h40-x153-11": dict(coder_events=[], found=0, dateline_events=0, spurious=0,
    notes="Only election results and an expected win; no PLOVER act."),
"h40-x154-06": dict(coder_events=["ASSAULT: rival supporters (YEM) -> rival supporters (YEM), clashes during the referendum and local elections leaving dozens dead, 2001-02-20"],
    found=0, dateline_events=0, spurious=0, notes="Voters approving constitutional changes in a referendum is not a PLOVER act; the deadly clashes are an ASSAULT (mutual) on voting day, Tuesday. dateline coded nothing."),
"h40-x156-01": dict(coder_events=[], found=0, dateline_events=0, spurious=0,
    notes="Only election results; no PLOVER act."),
"h40-x155-06": dict(coder_events=["ACCUSE: Deby's six challengers (TCD) -> electoral commission (TCD), reject the results as fraudulent, 2001-06-08"],
    found=0, dateline_events=0, spurious=0, notes="The commission declaring Deby the winner is not a PLOVER act; the challengers' rejection of the results as fraudulent is an accusation of fraud (ACCUSE; a coder might give REJECT). dateline coded nothing."),
"h40-x156-13": dict(coder_events=["SANCTION: U.N.-backed tribunal (ECCC, KHM) -> Kaing Guek Eav 'Duch', former head of S-21 (KHM), convicted of crimes against humanity and sentenced to 35 years, 2010-07-26"],
    found=1, dateline_events=1, spurious=0, notes="Conviction and sentence are one SANCTION convict act. dateline's e1 has the right type, source and date; its target adds 'Cambodia' beside the former head. The regime 'blamed for the deaths' of 2 million names no accuser and is background, not coded."),
}
paras=[json.loads(l) for l in open('paragraphs-a.jsonl')]
with open('paragraphs-a-verdicts.jsonl','w') as f:
    for p in paras:
        d=P[p['doc']]; assert d['dateline_events']==len(p['events'])
        f.write(json.dumps({"doc":p['doc'],**d},ensure_ascii=False)+'\n')
print(sum(len(d['coder_events']) for d in P.values()), sum(d['found'] for d in P.values()), sum(d['dateline_events'] for d in P.values()), sum(d['spurious'] for d in P.values()))
