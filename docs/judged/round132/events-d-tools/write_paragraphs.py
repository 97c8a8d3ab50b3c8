"""Write paragraphs-d-verdicts.jsonl: the acts the judge codes in each first paragraph, and counts."""
import json
P = {
 "h43-x165-10": dict(coder_events=[
    "REQUEST: Georgia's parliament (GEO) -> Russian peacekeepers (RUS), votes to demand their withdrawal from South Ossetia, 2006-02-15",
    "ACCUSE: Russia/Moscow (RUS) -> Georgia's parliament (GEO), warns the move could reignite the conflict (disapproval of the vote), 2006-02-16"],
    found=1, spurious=0,
    notes="Dateline's one event (REQUEST yield, Georgia's parliament -> Russian peacekeepers, 2006-02-15) is right. Moscow's warning is not coded; I code it as disapproval (ACCUSE), a coder could also leave it as a CAMEO 012 comment."),
 "h43-x168-18": dict(coder_events=[
    "SANCTION: China (CHN) -> South Korea (KOR), orders travel agencies to stop selling group tours (curtails commercial exchange), 2017-03-03",
    "MOBILIZE: South Korea (KOR) (with the U.S., USA), decision to deploy the U.S. THAAD missile defence system, background, no date"],
    found=1, spurious=0,
    notes="Dateline found only Seoul's deployment decision (MOBILIZE, though as mode troops and with the United States as target, which is the system's owner, not a target); it missed the paragraph's main act, China's tour ban against South Korea."),
 "h43-x166-17": dict(coder_events=[
    "RETREAT: Syrian government (SYR) <-> Syrian rebels (SYR), cessation of hostilities takes effect (ceasefire implemented), 2016-02-26 (midnight on Friday)",
    "CONSULT: United States (USA) and Russia (RUS) -> Syrian parties (SYR), brokered (mediated) the truce, background, no date",
    "ASSAULT: both sides (SYR government, SYR rebels), scattered ceasefire violations reported by each side (reported), 2016-02-27"],
    found=0, spurious=0,
    notes="Dateline coded no event in this paragraph; the ceasefire taking effect, the U.S.-Russian mediation and the reported violations are all missed."),
 "h43-x165-16": dict(coder_events=[
    "COERCE: Belarus (BLR) -> Vladislav Baumgertner, Uralkali chief executive (RUS), arrest, 2013-08-26 (Monday, per the next sentence)",
    "AGREE: Belarus (BLR) -> Baumgertner (RUS), invited him to talks in Minsk, before the arrest, no date"],
    found=0, spurious=0,
    notes="Dateline coded no event in this paragraph; the arrest of a Russian company chief by Belarus, the story's lead act, is missed."),
 "h43-x167-09": dict(coder_events=[
    "AGREE: Ethiopia (ETH) -> boundary commission / Eritrea (ERI), accepts 'in principle' the commission's border ruling, 2004-11-25",
    "AGREE: Ethiopia (ETH) -> Eritrea (ERI), offers a five-point peace plan (offer = AGREE), 2004-11-25"],
    found=0, spurious=0,
    notes="Dateline coded no event in this paragraph; both Ethiopian acts (acceptance of the ruling and the peace-plan offer) are missed."),
 "h43-x167-18": dict(coder_events=[
    "COOPERATE: G5 Sahel states (MLI, NER, BFA, TCD, MRT), mutual, formally launch a joint military force against Islamist militants, 2017-07-02",
    "CONSULT: G5 Sahel leaders and Macron (FRA), summit in Bamako, 2017-07-02",
    "AGREE: Emmanuel Macron (FRA) -> G5 Sahel states, pledges money and equipment, 2017-07-02"],
    found=0, spurious=0,
    notes="Dateline coded no event in this paragraph. The presidents' warning that the force would struggle without funding is a pessimistic comment (no PLOVER type), not coded."),
}
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
tot = dict(coded=0, found=0, dateline=0, spurious=0)
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in paras:
        d = P[p['doc']]
        o = {"doc": p['doc'], "coder_events": d['coder_events'], "found": d['found'],
             "dateline_events": len(p['events']), "spurious": d['spurious'], "notes": d['notes']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
        tot['coded'] += len(d['coder_events']); tot['found'] += d['found']
        tot['dateline'] += len(p['events']); tot['spurious'] += d['spurious']
print(tot)
