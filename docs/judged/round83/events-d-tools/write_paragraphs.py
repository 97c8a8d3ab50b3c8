"""Write paragraphs-d-verdicts.jsonl (judge d, round 83)."""
import json
P = {
 'h19-x71-17': dict(coder_events=[
    "SUPPORT: Salva Kiir (SSD) <-> Riek Machar (SSD rebels), signed agreement to stop fighting within 24 hours and work towards a transitional government, 2014-05-09",
    "CONSULT: Salva Kiir (SSD) <-> Riek Machar (SSD rebels), first face-to-face meeting in Addis Ababa, 2014-05-09"],
    found=1, spurious=0,
    notes="Dateline's one event (SUPPORT signed, mutual, 2014-05-09) is right. It has no CONSULT for 'their first meeting' in this sentence."),
 'h19-x69-23': dict(coder_events=[
    "CONCEDE: Russia (RUS) -> Ukraine (UKR), promise to sharply reduce military activity around Kyiv and Chernihiv, 2022-03-29",
    "CONSULT: Russia (RUS) <-> Ukraine (UKR), face-to-face peace talks in Istanbul, 2022-03-29",
    "AGREE: Ukraine (UKR) -> Russia (RUS), put forward proposals for neutral status backed by security guarantees, 2022-03-29"],
    found=0, spurious=0,
    notes="Dateline has no event in the lead. 'Said on Tuesday' under the March 29 dateline = 2022-03-29."),
 'h19-x70-18': dict(coder_events=[
    "SANCTION: King Salman (SAU) -> Mohammed bin Nayef (SAU), removed from the post of crown prince, 2017-06-21"],
    found=0, spurious=0,
    notes="Borderline: naming a crown prince is no PLOVER event. Removing bin Nayef from the post is coded here as SANCTION (expel from a post), though some coders would code nothing. Dateline has no event."),
 'h19-x69-19': dict(coder_events=[
    "PROTEST: crowd of Saakashvili supporters (UKR) -> Ukrainian border guards (UKR), broke through a line of border guards, 2017-09-10",
    "REJECT: Mikheil Saakashvili (GEO) -> Petro Poroshenko (UKR), crossed into Ukraine defying the president, 2017-09-10",
    "COERCE: Petro Poroshenko (UKR) -> Mikheil Saakashvili (GEO), stripped him of Ukrainian citizenship, 2017-07"],
    found=0, spurious=0,
    notes="Dateline has no event in the lead. Sunday before the 2017-09-11 document = 2017-09-10."),
 'h19-x71-04': dict(coder_events=[
    "ASSAULT: Sierra Leone (SLE) -> 24 soldiers (SLE military), executed by firing squad, 1998-10-19",
    "REJECT: Sierra Leone (SLE) -> United Nations and human rights groups, brushed aside appeals for clemency, 1998-10-19",
    "REQUEST: United Nations (IGO) and human rights groups -> Sierra Leone (SLE), appeals for clemency, date unknown (before 1998-10-19)"],
    found=1, spurious=0,
    notes="Dateline found the execution with the right type and parties but dated it 1998-10-20 (document date). The text gives Monday = 1998-10-19. Last year's coup against Kabbah (1997) is a background noun phrase and is not listed (no clear PLOVER type for a coup)."),
 'h19-x72-13': dict(coder_events=[
    "REJECT: a handful of countries -> the Copenhagen Accord / UN climate conference, blocked its formal adoption, 2009-12-19",
    "AGREE: United States (USA) <-> major developing nations, brokered a last-minute accord, 2009-12-18"],
    found=0, spurious=0,
    notes="Dateline has no event in the lead. The accord was hammered out Friday 2009-12-18 (third paragraph); the all-night blocking ended Saturday 2009-12-19. The conference itself (multilateral CONSULT) and the 'bitter exchanges' are left out as too vague."),
}
import json
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in paras:
        d = P[p['doc']]
        rec = {'doc': p['doc'], 'coder_events': d['coder_events'], 'found': d['found'],
               'dateline_events': len(p['events']), 'spurious': d['spurious'], 'notes': d['notes']}
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
tot = [0, 0, 0, 0]
for l in open('paragraphs-d-verdicts.jsonl'):
    r = json.loads(l)
    tot[0] += len(r['coder_events']); tot[1] += r['found']; tot[2] += r['dateline_events']; tot[3] += r['spurious']
print('coded acts, found, dateline events, spurious:', tot)
