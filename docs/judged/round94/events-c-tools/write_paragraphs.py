"""Write paragraphs-c-verdicts.jsonl (the judge's coding of the 6 first paragraphs)."""
import json
P = {
"h24-x91-13": dict(coder_events=[
    "CONSULT: Barack Obama (USA) -> Ghana (GHA), first visit to sub-Saharan Africa as president (Accra), 2009-07-11",
    "ACCUSE: Barack Obama (USA) -> African governments (none), blunt message about corruption, conflict and bad governance, 2009-07-11"],
    found=0, spurious=0, notes="dateline codes nothing in this paragraph; the visit (CONSULT visit) and the criticism of African governance are missed. \"told Africans their future was in their own hands\" is a plain statement with no PLOVER type."),
"h24-x90-20": dict(coder_events=[
    "ACCUSE: Egyptian court/judiciary (EGY) -> Mohamed Mursi (EGY), trial on espionage charges (ongoing), 2019-06-17"],
    found=0, spurious=0, notes="Mursi's death after collapsing is not a PLOVER act; the ongoing trial (ACCUSE allege: bring to trial) is the one codable act and dateline has no event here."),
"h24-x92-09": dict(coder_events=[
    "AGREE: Malaysia (MYS) <-> Indonesia (IDN), agreed to hand the territorial dispute to the ICJ, undated background"],
    found=0, spurious=0, notes="The ICJ ruling that the islands belong to Malaysia (2002-12-17) has no clean PLOVER type (not a conviction or a verbal support); I do not count it, though a coder might give SUPPORT ICJ -> Malaysia. The background agreement to submit the dispute is missed."),
"h24-x91-12": dict(coder_events=[
    "PROTEST: South African dock workers (ZAF) -> Chinese freighter An Yue Jiang / its cargo (CHN), refused to touch (unload) the arms cargo, 2008-04 (before Friday 2008-04-18)",
    "COERCE: Durban court (ZAF) -> Chinese freighter's arms shipment (CHN), barred the arms from being moved across South Africa, 2008-04-18"],
    found=1, spurious=0, notes="dateline's one event (e1, COERCE restrict on \"barred\") has the right type, so it counts as found, but its source (China) and target (South Africa) are wrong (item 9). The dockers' refusal is missed."),
"h24-x91-08": dict(coder_events=[
    "SUPPORT: Congo's government (COD) <-> main rebel movements and unarmed opposition (COD), signed a power-sharing agreement in South Africa, 2002-12-17"],
    found=1, spurious=0, notes="dateline's e1 has the right type and date; its target is empty though the other signers are named in the sentence (item 26)."),
"h24-x90-17": dict(coder_events=[
    "PROTEST: Kuwaiti opposition groups (KWT) -> Kuwait government (KWT), boycotted the last two polls, background (2012-2013)"],
    found=0, spurious=0, notes="Winning seats in an election is not a PLOVER act; the background boycott of the last two elections is the one codable act, missed."),
}
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    tot = dict(coded=0, found=0, dateline=0, spurious=0)
    for p in paras:
        v = P[p['doc']]
        out = {"doc": p['doc'], "coder_events": v['coder_events'], "found": v['found'],
               "dateline_events": len(p['events']), "spurious": v['spurious'], "notes": v['notes']}
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
        tot['coded'] += len(v['coder_events']); tot['found'] += v['found']
        tot['dateline'] += len(p['events']); tot['spurious'] += v['spurious']
print(tot)
