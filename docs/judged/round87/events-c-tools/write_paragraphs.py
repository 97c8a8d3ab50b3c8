"""Write paragraphs-c-verdicts.jsonl (judge c, round 87): acts a trained coder would code in each first paragraph."""
import json
P = {
 "h21-x80-24": dict(coder_events=[
    "COERCE: Panamanian courts/authorities (PAN) -> Ricardo Martinelli (PAN), barred from running, undated background",
    "SANCTION: Panamanian court (PAN) -> Ricardo Martinelli (PAN), money laundering conviction, undated background",
    "AID: Nicaragua (NIC) -> Ricardo Martinelli (PAN), sheltering him in its Panama City embassy (diplomatic asylum), ongoing, 2024-05-06"],
    found=0, dateline_events=0, spurious=0,
    notes="Mulino's election win is not a PLOVER act. dateline codes nothing here. The later 'was granted asylum by Nicaragua' sentence has no AID event either, only the REJECT (item #11, with its source wrong)."),
 "h21-x80-25": dict(coder_events=[], found=0, dateline_events=0, spurious=0,
    notes="Election results only (voters ending MAS dominance, two candidates to a run-off): no PLOVER act."),
 "h21-x79-02": dict(coder_events=[
    "ASSAULT: rebels of eastern Zaire (ZAR/COD rebels) -> Zairean government troops (ZAR/COD), capture of Goma after a day of heavy fighting, driving out the troops, 1996-11-02 (reported Saturday; the day of capture is not given)"],
    found=0, dateline_events=0, spurious=0,
    notes="The seizure of a town by armed forces is ASSAULT (settled wave 30); the fighting and the driving out of troops are the same act. The refugees fleeing is not an act between political actors. dateline has no event here."),
 "h21-x80-14": dict(coder_events=[
    "AGREE: Hillary Clinton (USA) -> rival South China Sea claimants (CHN and others, no single code), offer to help mediate, 2010-07-23",
    "ACCUSE: China (CHN) -> Hillary Clinton (USA), angry response to her remarks, 2010-07-23"],
    found=0, dateline_events=0, spurious=0,
    notes="The declaration that the disputes are a U.S. national interest is a plain statement (no PLOVER type). dateline misses both the offer (AGREE) and China's angry response; its later events in the story are elsewhere."),
 "h21-x78-25": dict(coder_events=[
    "RETREAT: Syrian government forces (SYR) withdraw from Sweida, 2025-07-17",
    "AGREE: Syrian government (SYR) <-> Druze factions (SYR), ceasefire brokered with U.S. help, before 2025-07-17 (undated)",
    "ASSAULT: Israel (ISR) -> Syrian defence ministry (SYR), bombing in central Damascus, 2025-07-16",
    "ASSAULT: Israel (ISR) -> Syria (SYR), strike near the presidential palace, 2025-07-16"],
    found=1, dateline_events=1, spurious=0,
    notes="dateline's only event is the withdrawal (RETREAT, right type, right date). Its target (United States) is wrong: the U.S. only helped broker the ceasefire. It misses the ceasefire and both Israeli strikes of the day before, in this sentence."),
 "h21-x77-03": dict(coder_events=[], found=0, dateline_events=0, spurious=0,
    notes="Djukanovic winning the run-off, as reported by the electoral commission, is an election result, not a PLOVER act."),
}
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
tot = dict(coded=0, found=0, dateline=0, spurious=0)
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for p in paras:
        v = P[p['doc']]
        assert v['dateline_events'] == len(p['events']), p['doc']
        out.write(json.dumps({"doc": p['doc'], **v}, ensure_ascii=False) + '\n')
        tot['coded'] += len(v['coder_events']); tot['found'] += v['found']
        tot['dateline'] += v['dateline_events']; tot['spurious'] += v['spurious']
print(tot)
