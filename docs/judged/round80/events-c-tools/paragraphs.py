# Judge c, round 80: recall verdicts on the six first paragraphs, written to paragraphs-c-verdicts.jsonl.
import json
P = {
 'h17-x61-08': (["REJECT: Stepan Demirchyan, Kocharyan's challenger (ARM) -> (the result; Kocharyan / election commission not the addressee), rejected the run-off result, 2003-03-06",
                 "ACCUSE: Western monitors (OSCE-led mission, IGO) -> (the vote / Armenian authorities, ARM), said the vote was marred by serious irregularities, 2003-03-06"],
                1, 0, "dateline's one event (REJECT by the challenger) is right in type; the monitors' criticism is missed. Winning an election is not a PLOVER act."),
 'h17-x62-20': ([], 0, 0, "The emir's natural death is not a political event; nothing to code."),
 'h17-x63-04': (["ASSAULT: West African (ECOMOG) peacekeepers led by Nigeria (NGA) -> Sierra Leone military junta (SLE/MIL), week-long offensive that took full control of Freetown and drove the junta out, 1998-02 (fighting from Feb. 6; control announced Saturday 1998-02-14)"],
                0, 0, "Taking control of a capital by armed force is ASSAULT by the wave-30 convention. The junta's May 1997 coup is background with no PLOVER type of its own and is not counted."),
 'h17-x64-05': (["THREATEN: China (CHN) -> Taiwan's President Lee Teng-hui (TWN), warned he was 'playing with fire' over the state-to-state remark, 1999-07-13",
                 "THREATEN (relations): China (CHN) -> Taiwan (TWN), suggested the planned visit by its top negotiator was now in doubt, 1999-07-13"],
                0, 0, "Both Chinese acts missed; the second could also be coded as a hypothetical SANCTION of talks, but in any case it is missed."),
 'h17-x62-12': (["ASSAULT: Syrian security forces (SYR/COP) -> at least 75 people (protesters, SYR), shot dead on Friday 2011-04-22",
                 "PROTEST: tens of thousands (SYR) -> Syrian government (SYR), took to the streets on Friday 2011-04-22",
                 "RETREAT: President Bashar al-Assad (SYR) -> (Syrian public), formally lifted emergency rule (CAMEO 0814), Thursday 2011-04-21"],
                2, 0, "dateline found the shooting and the protest (both right in type); the lifting of emergency rule is missed."),
 'h17-x64-12': (["CONCEDE: Ortega's main rival Eduardo Montealegre (NIC) -> Daniel Ortega (NIC), said he would not challenge Ortega's lead, 2006-11-07"],
                0, 0, "The rival's concession is missed. Ortega being 'poised to return' is not an act."),
}
items = [json.loads(l) for l in open('paragraphs-c.jsonl')]
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for it in items:
        ce, found, spur, notes = P[it['doc']]
        out.write(json.dumps({'doc': it['doc'], 'coder_events': ce, 'found': found,
                              'dateline_events': len(it['events']), 'spurious': spur, 'notes': notes}, ensure_ascii=False) + '\n')
