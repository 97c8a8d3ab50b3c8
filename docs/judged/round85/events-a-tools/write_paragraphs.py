"""Write paragraphs-a-verdicts.jsonl (recall on first paragraphs)."""
import json
P = {
 "h20-x73-21": dict(coder_events=[
    "ACCUSE: Serbia (SRB) -> Kosovo authorities in Pristina (XKX), accusing them of sending armed special police to the border, 2017-01-14"],
    found=1, spurious=0,
    notes="Serbia halting its own train is a domestic act with no counterpart and is not coded. The police deployment sits inside the accusation and is not coded separately. Dateline's ACCUSE has the right type and parties, but it carries the document date 2017-01-15 instead of Saturday 2017-01-14."),
 "h20-x74-03": dict(coder_events=[
    "PROTEST (boycott): most Arab states (no single code) -> Qatar's Doha conference / Israel (QAT/ISR), stayed away in a snub, 1997-11-16",
    "CONSULT (multilateral): Qatar (QAT) hosts the U.S.-backed regional economic conference with Israeli and Arab delegations, 1997-11-16"],
    found=1, spurious=0,
    notes="Dateline coded only Qatar opening the conference (CONSULT, type right; the target 'Israeli and Arab business[ISR]' is garbled). It missed the Arab boycott; REJECT (declined invitations) would also be an acceptable type for it."),
 "h20-x73-23": dict(coder_events=[
    "ASSAULT: unattributed missile strike (no actor in the sentence) -> civilians at Kramatorsk railway station (UKR), at least 50 killed, 2022-04-08"],
    found=0, spurious=0,
    notes="Dateline has no event in this paragraph, so it missed the central attack of the story."),
 "h20-x75-16": dict(coder_events=[
    "COOPERATE (judicial): Uhuru Kenyatta (KEN) -> International Criminal Court, appeared in person at a hearing in his case, 2014-10-08"],
    found=0, spurious=0,
    notes="An ACCUSE (ICC proceedings against Kenyatta) reading is also possible. Either way dateline has no event here."),
 "h20-x75-03": dict(coder_events=[
    "SANCTION (stop aid): IMF -> Kenya (KEN), suspended a $205 million loan programme, 1997-07-31",
    "ACCUSE (disapprove): IMF -> Kenyan government (KEN), citing its failure to tackle corruption, 1997-07-31"],
    found=0, spurious=0,
    notes="Dateline has no event in this paragraph, so it missed the IMF suspension, the story's main event."),
 "h20-x75-15": dict(coder_events=[
    "MOBILIZE (troops): France (FRA) -> Central African Republic (CAF), began deploying extra troops, 2013-12-06",
    "SUPPORT (approve): U.N. Security Council (UNO) -> French and African forces (FRA / MISCA), authorised them to use force to protect civilians, 2013-12-05",
    "ASSAULT: unnamed sides in clashes (CAF) -> people in Bangui (CAF), more than 100 dead, 2013-12-05/06"],
    found=1, spurious=0,
    notes="Dateline found the French deployment (MOBILIZE, all arguments right). It missed the Security Council authorisation and the Bangui clashes."),
}
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
tot = dict(coded=0, found=0, dl=0, spur=0)
with open('paragraphs-a-verdicts.jsonl', 'w') as out:
    for p in paras:
        d = P[p['doc']]
        rec = {"doc": p['doc'], "coder_events": d['coder_events'], "found": d['found'],
               "dateline_events": len(p['events']), "spurious": d['spurious'], "notes": d['notes']}
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
        tot['coded'] += len(d['coder_events']); tot['found'] += d['found']
        tot['dl'] += len(p['events']); tot['spur'] += d['spurious']
print(tot)
