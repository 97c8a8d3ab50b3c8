# Writes paragraphs-c-verdicts.jsonl from the judge's coding of the 6 first paragraphs.
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
P = {
 'h19-x69-13': (["CONSULT: Abdullah Gul (TUR) -> Serzh Sargsyan / Armenia (ARM), first visit by a Turkish president, flying in to watch the World Cup qualifier with Sargsyan, 2008-09-06"], 0,
   "Dateline found no event; it missed the visit. Watching the match with Sargsyan is part of the same visit, not a second act."),
 'h19-x69-09': (["CONCEDE: Turkish Cypriot authorities (CYP, Turkish Cypriot) -> Greek Cypriots (CYP), eased restrictions on movement across the ceasefire line, 2003-04-23 (in force for Wednesday's crossings)"], 0,
   "The easing is CAMEO 081 (ease administrative sanctions), which CAMEO2PLOVER maps to CONCEDE; RETREAT is arguable since it was carried out. The crossings by thousands of civilians are not an act between political actors. Dateline found nothing."),
 'h19-x69-15': (["ACCUSE: Council of Europe investigator Dick Marty (COE) -> Hashim Thaci (XKX), accused of heading a criminal network that smuggled weapons, drugs and organs, 2010-12-14 (report made public Tuesday)",
                 "REJECT: Thaci's government (XKX) -> the Council of Europe investigator (COE), dismissed the allegations as a smear, 2010-12-15 (Wednesday)"], 1,
   "Dateline's ACCUSE is right in type and parties; it missed the government's rejection. The smuggling is the content of the accusation, not a separate act."),
 'h19-x71-01': (["ASSAULT: LTTE / Tamil Tiger rebels (LKA) -> Sri Lankan navy (LKA), blew up two gunboats in Trincomalee harbour, 1995-04-19",
                 "SANCTION: LTTE (LKA) -> Sri Lankan government (LKA), told the government it was walking out of the three-month truce, 1995-04-18/19 (hours before the attack)"], 1,
   "Dateline's ASSAULT is found (its target is the country rather than the navy, which does not matter for recall). It missed the walkout from the truce."),
 'h19-x70-25': (["CONCEDE: PKK (TUR) -> Turkish state (TUR), announced its decision to dissolve itself and lay down its arms, 2025-05-12 (Monday)"], 0,
   "A declared, not yet carried out, disarmament is a verbal concession (CONCEDE, not RETREAT). The insurgency's toll since 1984 is a background total in a relative clause, not coded. Dateline found nothing."),
 'h19-x71-11': (["AGREE: Manmohan Singh (IND) <-> Pervez Musharraf (PAK), agreed to resume the frozen peace talks and set up a joint anti-terrorism mechanism, 2006-09-16"], 1,
   "One agreement with two terms, coded once. Dateline's AGREE is found, though it keeps only Musharraf as a party. The freezing of talks and the Mumbai bombings are background, not coded."),
}
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
tot = [0, 0, 0, 0]
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for p in paras:
        ev, found, notes = P[p['doc']]
        n = len(p['events'])
        row = {'doc': p['doc'], 'coder_events': ev, 'found': found, 'dateline_events': n, 'spurious': 0, 'notes': notes}
        f.write(json.dumps(row, ensure_ascii=False) + '\n')
        tot[0] += len(ev); tot[1] += found; tot[2] += n; tot[3] += 0
print('coded acts %d, found %d, dateline events %d, spurious %d' % tuple(tot))
