"""Write paragraphs-c-verdicts.jsonl: the acts a trained coder codes in each first paragraph, and dateline's recall/spurious counts."""
import json
P = {
"h28-x105-11": dict(coder_events=[
    "AGREE: Vladimir Putin (RUS) -> George W. Bush / United States (USA), offered joint use of the Soviet-era Gabala radar in Azerbaijan, 2007-06-07"],
    found=0, spurious=0,
    notes="Putin's offer is an AGREE (offer) by the conventions (wave 76). Washington's plans to build the shield are a plan, not an act. dateline has no event in the paragraph."),
"h28-x105-25": dict(coder_events=[
    "ASSAULT: Poland (POL) -> Russia (RUS), shot down Russian drones in its airspace, 2025-09-10 (overnight)",
    "ASSAULT: Russia (RUS) -> Ukraine (UKR), massive overnight drone attack on Ukraine, 2025-09-10",
    "REQUEST: Poland (POL) -> NATO allies (NATO), called for urgent consultations, 2025-09-10"],
    found=2, spurious=1,
    notes="Found: e1 ASSAULT Poland->Russia and e3 REQUEST (target empty, type right). e2 'opened fire' NATO->Russia is the same shooting-down restated in the same sentence ('the first time a NATO member has opened fire'): a duplicate, spurious. Russia's attack on Ukraine is missed. The drones' entry into Polish airspace is not coded separately."),
"h28-x105-19": dict(coder_events=[
    "ASSAULT: unknown attackers -> Alexander Zakharchenko (UKR, Donetsk separatist leader), killed by a bomb in a Donetsk cafe, 2018-08-31",
    "ACCUSE: Russia (RUS) -> Ukrainian government (UKR), accused of organising the attack, 2018-08-31"],
    found=1, spurious=0,
    notes="Found the ACCUSE (e1; its date is the document date 2018-09-01 rather than Friday, not counted here). The killing of Zakharchenko (passive, no named attacker) is missed."),
"h28-x106-08": dict(coder_events=[
    "RETREAT: Mehdi Army militiamen of Moqtada al-Sadr (IRQ) withdrew from the Imam Ali shrine in Najaf, 2004-08-27",
    "RETREAT: Sadr's militiamen (IRQ) -> aides of Grand Ayatollah Ali al-Sistani (IRQ), handed over the shrine's keys, 2004-08-27",
    "AGREE: Sadr's movement (IRQ) <-> Sistani / Iraqi government (IRQ), peace deal (struck Thursday 2004-08-26 per the story)",
    "ASSAULT: Sadr's militia (IRQ) <-> U.S. (USA) and Iraqi (IRQ) forces, three weeks of fighting now ended (span, no date)"],
    found=0, spurious=0,
    notes="dateline has no event in the paragraph. The peace deal and the fighting are noun phrases of background; a stricter coder might keep only the two RETREAT acts, which are missed either way."),
"h28-x108-15": dict(coder_events=[],
    found=0, spurious=0,
    notes="Winning an election run-off (and 'ending 20 years of centre-left rule') is no PLOVER act between political actors; nothing to code, and dateline codes nothing."),
"h28-x106-12": dict(coder_events=[
    "CONSULT: Nicolas Sarkozy (FRA) <-> leaders of Syria (SYR), Qatar (QAT) and Turkey (TUR), four-way summit in Damascus, 2008-09-04",
    "CONSULT (visit): Nicolas Sarkozy (FRA) -> Syria / Bashar al-Assad (SYR), two-day visit to Damascus ending 2008-09-04"],
    found=1, spurious=0,
    notes="e1 CONSULT (joined) matches the summit. The two-day visit to Syria, hosted by Assad, is a second CONSULT (visit) act a coder would code; missed. 'the end of Western efforts to isolate' Assad is commentary."),
}
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
tot = dict(coded=0, found=0, dateline=0, spurious=0)
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for p in paras:
        v = P[p['doc']]
        rec = {"doc": p['doc'], "coder_events": v['coder_events'], "found": v['found'],
               "dateline_events": len(p['events']), "spurious": v['spurious'], "notes": v['notes']}
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
        tot['coded'] += len(v['coder_events']); tot['found'] += v['found']
        tot['dateline'] += len(p['events']); tot['spurious'] += v['spurious']
print(tot)
