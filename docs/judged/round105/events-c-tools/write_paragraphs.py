"""Write paragraphs-c-verdicts.jsonl (judge c, round 105)."""
import json
P = {
 "h30-x114-14": dict(coder_events=[
    "ASSAULT: attackers on motorcycles (no code) -> two Iranian nuclear scientists (IRN), bombs attached to their cars killing one and wounding the other, 2010-11-29",
    "ACCUSE: Iranian government (IRN) -> Western and Israeli intelligence (ISR and Western states), called the attacks an assassination plot, 2010-11-29"],
    found=0, spurious=0,
    notes="dateline coded no event in this paragraph: neither the bombing (attached/killing/wounding) nor the government's charge; it coded the killing and wounding only from later paragraphs (e1, e2)."),
 "h30-x115-20": dict(coder_events=[], found=0, spurious=0,
    notes="An election win and its announcement are no PLOVER acts; dateline rightly coded nothing."),
 "h30-x113-08": dict(coder_events=[
    "ASSAULT (crowd-control): Armenian riot police (ARM) -> opposition supporters (ARM), water cannon and stun grenades to scatter them, 2004-04-13",
    "PROTEST (demo): opposition supporters (ARM) -> President Robert Kocharyan (ARM), camped near his residence to demand his resignation, up to 2004-04-13"],
    found=1, spurious=0,
    notes="dateline found the ASSAULT (e1, right in all fields); the protest camp demanding Kocharyan's resignation was not coded."),
 "h30-x115-06": dict(coder_events=[
    "SANCTION: UN Security Council (UNO) -> Taliban (AFG), imposed an arms embargo, 2000-12-19",
    "SANCTION: UN Security Council (UNO) -> Taliban (AFG), ordered the closure of their offices abroad, 2000-12-19",
    "REJECT: Taliban (AFG) -> (the UN / United States), refusal to surrender Osama bin Laden, ongoing (document date)"],
    found=1, spurious=0,
    notes="dateline found the arms embargo (e1, right); the order to close the Taliban's offices and the Taliban's refusal to hand over bin Laden were not coded."),
 "h30-x115-07": dict(coder_events=[], found=0, spurious=0,
    notes="An election result and a prospective power-sharing are no PLOVER acts; nothing to code, and dateline coded nothing."),
 "h30-x115-22": dict(coder_events=[
    "SUPPORT (sign agreement): Chad's military government (TCD) <-> dozens of Chadian rebel and opposition groups (TCD), signed a peace agreement in Doha, 2022-08-08",
    "REJECT: the main insurgent group (FACT, TCD) -> Chad's military government (TCD), refused to sign the agreement, 2022-08-08"],
    found=1, spurious=0,
    notes="dateline found the signing (e1, right type) though it gives the rebel and opposition groups the code of Qatar, where they met (should be TCD); the main insurgent group's refusal to sign was not coded."),
}
pars = [json.loads(l) for l in open('paragraphs-c.jsonl')]
assert [p['doc'] for p in pars] == list(P)
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for p in pars:
        v = P[p['doc']]
        o = {"doc": p['doc'], "coder_events": v['coder_events'], "found": v['found'],
             "dateline_events": len(p['events']), "spurious": v['spurious'], "notes": v['notes']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
rows = [json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
print('coded', sum(len(r['coder_events']) for r in rows), 'found', sum(r['found'] for r in rows),
      'dateline', sum(r['dateline_events'] for r in rows), 'spurious', sum(r['spurious'] for r in rows))
