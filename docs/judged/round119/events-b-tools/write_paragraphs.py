"""Write paragraphs-b-verdicts.jsonl from the judge's coding of the 6 first paragraphs."""
import json
P = {
 'h37-x141-04': dict(coder_events=[
     "REJECT: Armenia (ARM) -> Azerbaijan (AZE), vetoed the Karabakh settlement principles Azerbaijan wanted in the OSCE Lisbon summit declaration, 1996-12-03"],
     found=1, spurious=0,
     notes="Azerbaijan 'wanted' the principles written in (a wish in a relative clause) and the summit as setting are not coded; the chairman's publishing the text is no PLOVER act."),
 'h37-x144-17': dict(coder_events=[
     "CONSULT (visit): Nguyen Phu Trong (VNM) -> Barack Obama (USA), Trong's White House visit, hosted by Obama, 2015-07-07"],
     found=1, spurious=0,
     notes="'the first visit' is the same act; 'drew closer' and 'shared unease over China's actions' are no acts."),
 'h37-x141-01': dict(coder_events=[
     "SUPPORT: Hungary (HUN) <-> Slovakia (SVK), signed the treaty on good-neighbourly relations, 1995-03-19"],
     found=1, spurious=0,
     notes="'pledging to respect their common border and minority rights' is the treaty's content, counted with the signing; the 'last-minute haggling' is background."),
 'h37-x144-19': dict(coder_events=[
     "SANCTION (convict): Ecuadorean court (ECU) -> Vice President Jorge Glas (ECU), sentenced to six years for the Odebrecht bribery network, 2017-12-13"],
     found=1, spurious=1,
     notes="dateline's second event ('to be convicted', future, target 'United States most senior politicians') restates the same conviction in the same sentence: a duplicate, spurious. Odebrecht's bribes are no PLOVER act between the parties here."),
 'h37-x141-08': dict(coder_events=[
     "COERCE (arrest): Ukrainian authorities (UKR) -> Yulia Tymoshenko (UKR), arrested on gas-smuggling and forgery charges, 2001-02-13",
     "SANCTION (expel): President Leonid Kuchma (UKR) -> Yulia Tymoshenko (UKR), removed her from the government, weeks earlier (about 2001-01)"],
     found=1, spurious=0,
     notes="the charges go with the arrest (CAMEO 173 arrest, detain or charge). dateline codes the dismissal (SANCTION expel) only from a later paragraph, not from this one."),
 'h37-x142-02': dict(coder_events=[
     "SUPPORT (sign agreement) or COOPERATE (economic): Necmettin Erbakan (TUR) -> Iran (IRN), signed a $20bn natural gas deal, 1996-08-12",
     "THREATEN (restrict, threaten sanctions): Bill Clinton (USA) -> foreign companies investing in Iran's energy industry (no code) / Iran (IRN), signed a law threatening penalties, about 1996-08-05 (a week earlier)"],
     found=1, spurious=0,
     notes="Clinton's signing of the sanctions law (ILSA) is missed."),
}
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
assert len(paras) == 6
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for p in paras:
        d = P[p['doc']]
        rec = {'doc': p['doc'], 'coder_events': d['coder_events'], 'found': d['found'],
               'dateline_events': len(p['events']), 'spurious': d['spurious'], 'notes': d['notes']}
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
rows = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
print('coded', sum(len(r['coder_events']) for r in rows), 'found', sum(r['found'] for r in rows),
      'dateline', sum(r['dateline_events'] for r in rows), 'spurious', sum(r['spurious'] for r in rows))
