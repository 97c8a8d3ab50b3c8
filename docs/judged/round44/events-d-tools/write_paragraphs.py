"""Write paragraphs-d-verdicts.jsonl: judge d's coding of the 6 first paragraphs (round 44)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
PARAS = os.path.join(HERE, '..', 'paragraphs-d.jsonl')
OUT = os.path.join(HERE, '..', 'paragraphs-d-verdicts.jsonl')

P = {
 'h2-x2-01': dict(
    coder_events=[
      "SANCTION: Abbas dismisses the Hamas-led unity government (PSE), 2007-06-14",
      "COERCE: Abbas declares a state of emergency (Palestinian territories), 2007-06-14",
      "ASSAULT: Hamas fighters overrun the headquarters of the Fatah-loyal security forces in Gaza and take control of the strip, 2007-06-14 (hours before)",
    ],
    found=1, spurious=0,
    notes="Dateline codes only the state of emergency (COERCE, right). It misses the dismissal of the government and Hamas's takeover of the security headquarters."),
 'h2-x4-23': dict(
    coder_events=[
      "ACCUSE: Duque blames the ELN for the Bogota car bomb, 2019-01-18",
      "ASSAULT: car bomb kills 20 at the Bogota police academy (source unnamed; ELN blamed), 2019-01-17 per story",
      "SANCTION: Duque ends efforts to revive peace talks with the ELN, 2019-01-18",
    ],
    found=1, spurious=0,
    notes="The ACCUSE is right in all fields. The bombing and the ending of the peace efforts are missed."),
 'h2-x4-14': dict(
    coder_events=[
      "COERCE: Supreme Court orders the dissolution of the CNRP (ban an organisation), 2017-11-16",
      "COERCE: Supreme Court bans 118 senior CNRP members from politics for five years, 2017-11-16",
    ],
    found=1, spurious=0,
    notes="The dissolution is coded REQUEST ('ordered'), a real act with the wrong type, so it is not found and not spurious. The ban is found (COERCE); its target 'its senior members' has no CNRP/KHM resolution but has the right type."),
 'h2-x3-22': dict(
    coder_events=[
      "ASSAULT: Bangladeshi commandos storm the cafe against the militants, 2016-07-02 morning",
      "ASSAULT: militants take diners and staff hostage (overnight siege), 2016-07-01 evening",
      "ASSAULT: militants kill 20 hostages, 2016-07-01/02",
    ],
    found=2, spurious=1,
    notes="The storming and the killing are found. RETREAT 'ending' the siege is spurious: the commandos ending it is the storming, not a retreat. The hostage-taking is not coded. reported_by 'army commandos[JPN]' is wrong (not scored)."),
 'h2-x4-10': dict(
    coder_events=[
      "RETREAT: the governor's son (Andal Ampatuan Jr.) surrenders to the Philippine government, 2009-11-26",
      "COERCE: the government takes him into custody and flies him to Manila for questioning, 2009-11-26",
      "ASSAULT: massacre of 57 people, among them journalists (source unnamed in the sentence), 2009-11-23 per story",
    ],
    found=0, spurious=0,
    notes="Dateline has no event in the paragraph: it misses the surrender, the custody and the massacre."),
 'h2-x2-04': dict(
    coder_events=[
      "ASSAULT: exploding pagers kill at least nine and wound about 2,800 Hezbollah members and others across Lebanon (attacker unnamed), 2024-09-17",
      "ACCUSE: Hezbollah blames Israel for the attack, 2024-09-17",
    ],
    found=1, spurious=0,
    notes="The ACCUSE (Hezbollah -> Israel) is found. The pager attack itself is not coded."),
}

with open(PARAS) as f, open(OUT, 'w') as g:
    n = 0
    for line in f:
        p = json.loads(line)
        v = P[p['doc']]
        g.write(json.dumps({'doc': p['doc'], 'coder_events': v['coder_events'], 'found': v['found'],
                            'dateline_events': len(p['events']), 'spurious': v['spurious'],
                            'notes': v['notes']}, ensure_ascii=False) + '\n')
        n += 1
assert n == 6
print('wrote', n)
