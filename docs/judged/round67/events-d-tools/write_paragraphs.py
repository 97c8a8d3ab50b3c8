"""Write paragraphs-d-verdicts.jsonl (judge d, round 67) and check it against paragraphs-d.jsonl."""
import json
HERE = '/work/wt/j67d/docs/judged/round67/'
P = {
 'h11-x37-22': dict(coder_events=[
    "AGREE: Armenia (ARM) + Azerbaijan (AZE) -> European Union (EU), agree to the deployment of an EU civilian mission on their border, 2022-10-06 (late-night Thursday talks, announced early Friday)",
    "CONSULT: Armenia (ARM) + Azerbaijan (AZE) <-> Emmanuel Macron (FRA) + Charles Michel (EU), late-night talks in Prague, 2022-10-06"],
    found=0, dateline_events=1, spurious=1,
    notes="Dateline coded only a MOBILIZE 'deployment' of the EU civilian mission, asserted: the mission is civilian (not a military/police move) and only agreed, not yet deployed, so it is spurious; the agreement itself (AGREE) and the Prague talks (CONSULT) are missed."),
 'h11-x40-03': dict(coder_events=[
    "AGREE: IMF (IGO) + Asian countries led by Japan (JPN) -> Thailand (THA), pledge of about $16 billion in emergency loans, 1997-08-11"],
    found=1, dateline_events=1, spurious=0,
    notes="Found as AGREE IMF -> Thailand on Monday 1997-08-11 (pledge of aid coded AGREE per the wave-76 rule); Japan/the Asian group is left out of the source but the act is found. 'tried to halt a currency crisis' is not an act."),
 'h11-x37-08': dict(coder_events=[
    "AGREE: European Union leaders (EU) -> ten candidate countries, concluded membership talks / agreed to enlargement, 2002-12-13",
    "CONSULT: European Union leaders (EU) <-> Poland (POL), late-night bargaining over money, 2002-12-12/13"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline's AGREE EU leaders -> Poland on Friday finds the agreement (its target would better be the ten candidate countries); the negotiation with Poland is not coded separately."),
 'h11-x38-11': dict(coder_events=[
    "SUPPORT: Lebanon's parliament (LBN) -> Emile Lahoud (LBN), voted to amend the constitution and extend his term, 2004-09-03",
    "REQUEST: UN Security Council (UNO) -> (no party named), warned against foreign interference in Lebanon's politics, 2004-09-02"],
    found=0, dateline_events=0, spurious=0,
    notes="No dateline events. The parliamentary vote is a domestic approval of an actor (SUPPORT) and the Security Council warning (Resolution 1559, a day before Friday) a demand; both missed."),
 'h11-x40-11': dict(coder_events=[
    "REQUEST: Japan (JPN) -> China (CHN), demanded an apology and compensation, 2005-04-10",
    "PROTEST (riot): protesters (CHN) -> Japan's embassy in Beijing (JPN), hurled rocks and bottles, 2005-04-09 (Saturday, from the story)"],
    found=1, dateline_events=2, spurious=0,
    notes="REQUEST found with all fields right. The stoning is coded ASSAULT (cameo 180) with source protesters given JPN: a real act, so not spurious, but a crowd stoning an embassy is a PROTEST riot, the protesters are Chinese (CHN), and it happened on Saturday 2005-04-09, so it does not count as found."),
 'h11-x38-21': dict(coder_events=[],
    found=0, dateline_events=0, spurious=0,
    notes="Election results only (seats won, heavy losses): no PLOVER act to code; dateline coded nothing, correctly."),
}
paras = [json.loads(l) for l in open(HERE + 'paragraphs-d.jsonl')]
assert len(paras) == 6
with open(HERE + 'paragraphs-d-verdicts.jsonl', 'w') as f:
    for p in paras:
        v = P[p['doc']]
        assert v['dateline_events'] == len(p['events']), p['doc']
        assert v['found'] <= len(v['coder_events']) and v['spurious'] <= v['dateline_events']
        f.write(json.dumps({'doc': p['doc'], **v}, ensure_ascii=False) + '\n')
rows = [json.loads(l) for l in open(HERE + 'paragraphs-d-verdicts.jsonl')]
print(len(rows), 'lines;', 'coded acts', sum(len(r['coder_events']) for r in rows), 'found', sum(r['found'] for r in rows),
      'dateline events', sum(r['dateline_events'] for r in rows), 'spurious', sum(r['spurious'] for r in rows))
