"""Write paragraphs-d-verdicts.jsonl (the judge's coding of the 6 first paragraphs) and check it."""
import json
P = {
"h18-x68-10": dict(coder_events=[
    "RETREAT: rebel soldiers (PHL) -> Philippine troops (PHL), surrendered, 2007-11-29",
    "ASSAULT: Philippine troops (PHL) -> rebel soldiers (PHL), stormed the hotel with tear gas and an armoured vehicle, 2007-11-29",
    "REQUEST: rebel soldiers (PHL) -> Gloria Macapagal Arroyo (PHL), called for her to step down, 2007-11-29"],
    found=2, dateline_events=2, spurious=0,
    notes="Found the surrender (RETREAT, no target) and the call for Arroyo to step down (REQUEST, but with the troops as source and the document date instead of Thursday). Missed the troops' assault on the hotel (tear gas, armoured vehicle)."),
"h18-x67-07": dict(coder_events=[
    "SANCTION: United States (USA) and Israel (ISR) -> UN World Conference Against Racism (UN), pulled their delegations out, 2001-09-03",
    "ACCUSE: United States (USA) and Israel (ISR) -> the conference (UN), said draft texts had turned it into a forum for hatred, 2001-09-03"],
    found=1, dateline_events=1, spurious=0,
    notes="Walkout found with right type, sources, target and date (Monday). The accompanying criticism of the conference (ACCUSE disapprove) not coded."),
"h18-x65-19": dict(coder_events=[
    "SANCTION: Vladimir Putin (RUS) -> United States (USA), ordered the US to cut 755 diplomatic and technical staff in Russia (expulsion), 2017-07-30",
    "COERCE: United States (USA) -> Russia (RUS), new sanctions (background act, no date in the paragraph)"],
    found=0, dateline_events=0, spurious=0,
    notes="No event found: the lead act of the story (Putin's order cutting US diplomatic staff, on Sunday 2017-07-30) is missed, as is the US sanctions it retaliates for."),
"h18-x68-18": dict(coder_events=[
    "AGREE: Moon Jae-in (KOR) -> North Korea (PRK), promised to seek dialogue, 2017-05-10"],
    found=1, dateline_events=1, spurious=0,
    notes="Promise of dialogue with North Korea found with right arguments and date. Swearing-in and election win are not PLOVER events."),
"h18-x67-20": dict(coder_events=[
    "REJECT: Marc Ravalomanana (MDG) -> electoral commission / Andry Rajoelina (MDG), rejected the outcome, 2018-12-27",
    "ACCUSE: Marc Ravalomanana (MDG) -> the result / electoral commission (MDG), said he would challenge it in court (future), 2018-12-27"],
    found=1, dateline_events=1, spurious=0,
    notes="Rejection found (REJECT, no target). The announced court challenge (ACCUSE allege, future) is missed."),
"h18-x68-23": dict(coder_events=[
    "REJECT: Thai parliament (THA) -> Pita Limjaroenrat (THA), blocked his renomination for prime minister, 2023-07-19",
    "SANCTION: Constitutional Court (THA) -> Pita Limjaroenrat (THA), suspended him from parliament, 2023-07-19"],
    found=0, dateline_events=0, spurious=0,
    notes="No event found: both the parliament's blocking of Pita and the court's suspension of him are missed."),
}
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
assert len(paras) == 6
with open('paragraphs-d-verdicts.jsonl', 'w') as f:
    for p in paras:
        d = P[p['doc']]
        assert d['dateline_events'] == len(p['events'])
        f.write(json.dumps(dict(doc=p['doc'], **d), ensure_ascii=False) + '\n')
rows = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
print(len(rows), 'coded', sum(len(r['coder_events']) for r in rows), 'found', sum(r['found'] for r in rows),
      'dateline', sum(r['dateline_events'] for r in rows), 'spurious', sum(r['spurious'] for r in rows))
