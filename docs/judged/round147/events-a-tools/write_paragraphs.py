"""Write paragraphs-a-verdicts.jsonl: the acts a trained coder would code in each first paragraph."""
import json

P = {
 'h50-x196-02': (
   ["SUPPORT: Colombia's House of Representatives (COL) -> President Ernesto Samper (COL), voted 111-43 to clear him of drug-money charges, 1996-06-12"],
   0, 0, "Clearing Samper is a legislative exoneration; SUPPORT (approve an actor) is the closest PLOVER type. The underlying charges (ACCUSE, no source in the paragraph, undated) and the strained U.S. ties are background and not coded. Dateline found nothing."),
 'h50-x193-19': (
   ["SANCTION: Croatia (HRV) -> Serbia (SRB), barred cars and trucks with Serbian plates from entering, 2015-09-24",
    "SANCTION: Serbia (SRB) -> Croatia (HRV), banned imports of Croatian goods, 2015-09-23"],
   0, 0, "Two trade/border bans (CAMEO 16x, reduce relations; the vehicle ban could also be COERCE restrict). Dateline found neither."),
 'h50-x193-12': (
   [],
   0, 0, "An election by an electoral college (Ilves defeats Ruutel) has no PLOVER event type; nothing to code, and dateline coded nothing."),
 'h50-x195-08': (
   ["RETREAT: President George W. Bush (USA) -> India (IND), Pakistan (PAK), lifted nuclear-test sanctions, 2001-09-22",
    "MOBILIZE: India (IND), Pakistan (PAK) -> none, 1998 nuclear tests (test weapons systems), 1998",
    "ASSAULT: unnamed attackers ('those blamed') -> United States (USA), Sept. 11 attacks on New York and Washington, 2001-09-11"],
   2, 0, "Dateline found the RETREAT (all fields right) and the nuclear tests as MOBILIZE weapons (type right; source only Pakistan, India missing). It missed the Sept. 11 attacks. The 'support in the U.S. campaign' is a vague noun and not counted."),
 'h50-x196-08': (
   ["SANCTION: Indonesian court (IDN) -> Abu Bakar Ba'asyir (IDN), sentenced to four years for plotting against the state, 2003-09-02",
    "ASSAULT: Jemaah Islamiyah (IDN, reported: 'blamed for') -> people in Bali (IDN), Bali bombings, 2002"],
   1, 0, "Dateline found the sentencing (SANCTION convict, all fields right). Missed the background Bali bombings (last year's = 2002). The court's finding that prosecutors failed to prove the leadership charge is not given a separate PLOVER code."),
 'h50-x194-16': (
   ["ASSAULT: Houthi forces (YEM) -> UAE soldiers (ARE) at a coalition base in Marib, missile strike killing 45, 2015-09-04"],
   1, 0, "Dateline found the ASSAULT (type, target and date right) but with an empty source: Houthi forces (YEM) fired the missile, named in the sentence."),
}

paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
with open('paragraphs-a-verdicts.jsonl', 'w') as out:
    for p in paras:
        ev, found, spur, notes = P[p['doc']]
        out.write(json.dumps({'doc': p['doc'], 'coder_events': ev, 'found': found,
                              'dateline_events': len(p['events']), 'spurious': spur,
                              'notes': notes}, ensure_ascii=False) + '\n')
