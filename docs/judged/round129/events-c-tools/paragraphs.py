"""Write paragraphs-c-verdicts.jsonl (judge's coding of each first paragraph) and check it."""
import json
P = {
 "h42-x164-08": dict(coder_events=[
    "ASSAULT: unknown bombers (no code) -> club-goers/people (COL), car bomb at El Nogal club killing 32 and wounding 160, 2003-02-07 (Friday night)"],
    found=1, spurious=0,
    notes="Dateline's one event (ASSAULT, killing, target 32 people COL, 2003-02-07 night) is the bombing."),
 "h42-x162-10": dict(coder_events=[
    "ASSAULT: suicide bomber (no code) -> crowd awaiting President Bouteflika (DZA), suicide attack killing 20 and wounding 100 in Batna, 2007-09-06 (Thursday)"],
    found=1, spurious=0,
    notes="Dateline's one event is the bombing (mode explosives; suicide-attack would be the finer mode). 'The president ... was unhurt' adds no act."),
 "h42-x163-17": dict(coder_events=[
    "COERCE: Maldives government (MDV) -> GMR Infrastructure (IND), authorities take over the airport (seize property), ending the development contract, 2012-12-08 (Saturday)"],
    found=0, spurious=0,
    notes="Dateline coded the takeover as ASSAULT (take-ground rule); by the conventions a government taking over property is COERCE seize, not armed forces taking ground, so the act is there but the type is wrong. Ending the contract is the same act; 'deepening a row' is no act."),
 "h42-x164-24": dict(coder_events=[
    "REQUEST: Kim Jong Un (PRK) -> (North Korean assembly, PRK), call for the constitution to be changed to define South Korea as 'primary foe', 2024-01-15 (Monday speech; reported Tuesday 2024-01-16)",
    "SANCTION: Kim Jong Un (PRK) -> South Korea (KOR), ordered the dismantling of the agencies that handled relations with Seoul (discontinue relations), 2024-01-15"],
    found=1, spurious=0,
    notes="Dateline found the REQUEST (target empty, dated to the Tuesday report); it missed the order dismantling the inter-Korean agencies (SANCTION discontinue)."),
 "h42-x161-02": dict(coder_events=[
    "RETREAT: Ukraine (UKR) -> Russia (RUS), sent the last nuclear warheads to Russia for dismantling (disarm), reported by Kuchma on Saturday 1996-06-01"],
    found=0, spurious=0,
    notes="Dateline has no event in this paragraph; the completed disarmament handover is missed."),
 "h42-x161-12": dict(coder_events=[
    "SUPPORT: Serbia (SRB) <-> Russia (RUS), signed an energy agreement handing Gazprom control of NIS and routing South Stream through Serbia, 2008-01-25 (Friday)"],
    found=1, spurious=0,
    notes="Dateline's SUPPORT sign-agreement Serbia -> Russia is right (COOPERATE economic would also be defensible). 'Kosovo is expected to declare independence' is no coded act between actors here."),
}
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
assert len(paras)==6
with open('paragraphs-c-verdicts.jsonl','w') as f:
    for p in paras:
        v=P[p['doc']]
        o={"doc":p['doc'], "coder_events":v['coder_events'], "found":v['found'],
           "dateline_events":len(p['events']), "spurious":v['spurious'], "notes":v['notes']}
        assert o['found']<=len(o['coder_events']) and o['spurious']<=o['dateline_events']
        f.write(json.dumps(o, ensure_ascii=False)+'\n')
back=[json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
print(len(back), 'coded', sum(len(b['coder_events']) for b in back), 'found', sum(b['found'] for b in back),
      'dateline', sum(b['dateline_events'] for b in back), 'spurious', sum(b['spurious'] for b in back))
