"""Write paragraphs-d-verdicts.jsonl: the acts a trained coder codes in each first paragraph."""
import json
here = '/work/wt/j155d/docs/judged/round155/'
P = {
 'h54-x209-25': dict(coder_events=[
    "RETREAT/resign: Andriy Yermak (UKR) -> none, resigned as chief of staff, 2025-11-28",
    "COERCE/seize: anti-corruption investigators (NABU, UKR) -> Andriy Yermak (UKR), searched his home in Kyiv, 2025-11-28",
   ], found=1, spurious=0,
   notes="Dateline found the resignation (right in all fields); it missed the search of Yermak's home, a COERCE/seize by the anti-corruption investigators."),
 'h54-x209-23': dict(coder_events=[
    "RETREAT/access: Turkey (TUR) -> Armenia (ARM), opened the Margara border crossing to let aid trucks through, 2023-02-11",
    "AID: Armenia (ARM) -> Turkey (TUR) quake victims, trucks carrying humanitarian aid, 2023-02-11",
   ], found=0, spurious=0,
   notes="No dateline event in the paragraph: the opening of the crossing (subject 'a border crossing', agent implied) and the Armenian aid deliveries were both missed."),
 'h54-x209-11': dict(coder_events=[
    "ACCUSE/allege: Transdniestria region (MDA separatists) -> Ukraine (UKR), accused it of imposing an economic blockade, 2006-03-06",
    "COERCE/restrict: Ukraine (Kiev, UKR) -> Transdniestria's exporters (MDA), began enforcing customs rules restricting the enclave's exports, 2006-03-03 (since Friday, next paragraph) or undated",
   ], found=1, spurious=0,
   notes="Dateline's ACCUSE is the right type, but its source is Moldova (MDA country) rather than the breakaway Transdniestria region, an opponent of Moldova; the customs enforcement itself (the blockade inside the accusation is the same act) was missed."),
 'h54-x212-06': dict(coder_events=[
    "ASSAULT: members of the Al-Ma'unah sect (MYS) -> two army camps (MYS military), raided the camps and seized weapons, background (Sunday 2000-07-02 per a later paragraph)",
    "RETREAT/disarm: members of the sect (MYS) -> Malaysian security forces (MYS), surrendered after a four-day standoff, 2000-07-06",
   ], found=0, spurious=0,
   notes="No dateline event in the paragraph: both the raid (in a relative clause) and the surrender were missed."),
 'h54-x209-02': dict(coder_events=[], found=0, spurious=0,
   notes="No PLOVER act: appointing a foreign minister is a domestic personnel act with no PLOVER type, and 'a concession to the Communists' is how the move was read, not an act of conceding. Dateline coded nothing here, which is right."),
 'h54-x210-19': dict(coder_events=[
    "CONSULT/visit: Sameh Shoukry (EGY) -> Benjamin Netanyahu (ISR), held talks in Jerusalem on the first visit to Israel by an Egyptian foreign minister since 2007, 2016-07-10",
   ], found=1, spurious=0,
   notes="Dateline's CONSULT is right in all fields (item 11 of the sample); the 'visit' apposition is the same act."),
}
paras = [json.loads(l) for l in open(here + 'paragraphs-d.jsonl')]
with open(here + 'paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in paras:
        v = P[p['doc']]
        rec = {'doc': p['doc'], 'coder_events': v['coder_events'], 'found': v['found'],
               'dateline_events': len(p['events']), 'spurious': v['spurious'], 'notes': v['notes']}
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
tot = lambda k: sum((len(json.loads(l)[k]) if k == 'coder_events' else json.loads(l)[k]) for l in open(here + 'paragraphs-d-verdicts.jsonl'))
print({k: tot(k) for k in ['coder_events', 'found', 'dateline_events', 'spurious']})
