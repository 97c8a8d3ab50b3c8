# Judge c, round 177: writes paragraphs-c-verdicts.jsonl (acts a trained coder codes in each first paragraph).
import json
P = {
 'h66-x258-13': dict(coder_events=[
    "AGREE: U.S.-led administration / Coalition Provisional Authority (USA) <-> Iraqi Governing Council (IRQ), agreed a timetable to transfer sovereignty by end of June 2004, 2003-11-15"],
    found=1, spurious=0,
    notes="Dateline's AGREE e1 is the act (mutual); it codes the U.S.-led administration as IRQ where USA would be better, but the type is right. The transfer of sovereignty is the content of the agreement, not a separate act."),
 'h66-x259-24': dict(coder_events=[
    "RETREAT (release): President Bingu wa Mutharika (MWI) -> the two jailed men (MWI), pardoned them, 2010-05-29",
    "CONSULT (visit): U.N. Secretary-General Ban Ki-moon (UN) -> Malawi (MWI), visit, 2010-05-29"],
    found=0, spurious=0,
    notes="Dateline has no event in this paragraph: it misses the pardon (the lead act) and Ban's visit. The 'storm of international criticism' has no named source or time and is not coded."),
 'h66-x258-11': dict(coder_events=[
    "REQUEST: Dick Cheney (USA) -> Bahrain's leaders (BHR), pressed his case for action against Saddam Hussein (IRQ), 2002-03-17",
    "CONSULT (visit): Dick Cheney (USA) -> Bahrain (BHR), stop on his Middle East tour, 2002-03-17",
    "REQUEST: Bahrain's King Hamad / Arab hosts (BHR) -> Cheney / United States (USA), urged that Washington's first priority be ending Israeli-Palestinian bloodshed, 2002-03-17"],
    found=1, spurious=0,
    notes="Dateline's e1 (pressed, REQUEST) matches the first act by type, but its target Saddam Hussein is the object of the case, not the party pressed (Bahrain's hosts). An ACCUSE Cheney -> Saddam reading is also possible. The visit and the hosts' counter-urging are missed."),
 'h66-x257-05': dict(coder_events=[
    "RETREAT (ceasefire): Irish Republican Army (GBR) -> United Kingdom (GBR), renewed ceasefire came into force, 1997-07-20 noon",
    "ASSAULT (explosives): Irish Republican Army (GBR) -> London Docklands / United Kingdom (GBR), huge bomb that ended the last truce, 1996-02"],
    found=1, spurious=0,
    notes="Dateline finds the ceasefire coming into force (RETREAT, right date to the hour); it misses the background Docklands bombing 17 months earlier."),
 'h66-x259-02': dict(coder_events=[
    "ASSAULT: French troops (FRA) -> Bob Denard's mercenaries, put down the coup, about 1995-10 (five months before)",
    "ASSAULT: Bob Denard and mercenaries -> Comoros government (COM), coup, 1995-09"],
    found=0, spurious=0,
    notes="Taki winning the run-off is an election result, not coded. Dateline has no event in the paragraph (it codes the French troop dispatch later in the story, item 31)."),
 'h66-x257-04': dict(coder_events=[
    "CONCEDE: Serbian parliament (SRB) -> Zajedno opposition coalition (SRB), passed a law recognising opposition local-election victories, 1997-02-11",
    "PROTEST (demo): opposition protesters (SRB) -> Milosevic government (SRB), nearly three months of street protests, ongoing (1997-02-12)"],
    found=0, spurious=0,
    notes="Dateline has no event in the paragraph: it misses the concession (the lead act, Tuesday 1997-02-11; RETREAT would also be defensible, as the city halls were handed back) and the ongoing protests."),
}
order = [json.loads(l)['doc'] for l in open('paragraphs-c.jsonl')]
paras = {json.loads(l)['doc']: json.loads(l) for l in open('paragraphs-c.jsonl')}
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for d in order:
        p = P[d]
        rec = {'doc': d, 'coder_events': p['coder_events'], 'found': p['found'],
               'dateline_events': len(paras[d]['events']), 'spurious': p['spurious'], 'notes': p['notes']}
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
