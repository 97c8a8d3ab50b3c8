"""Write paragraphs-a-verdicts.jsonl (judge a, round 117)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
"h36-x137-15": dict(coder_events=[
  "SANCTION: Russia (RUS) -> USAID (USA), ordered to close its operations in Russia by Oct 1 (expulsion of an aid agency, CAMEO 1663), 2012-09-19",
  "ACCUSE: Russia (RUS) -> USAID (USA), accused of trying to influence elections and civil society, 2012-09-19"],
  found=0, dateline_events=1, spurious=0,
  notes="Dateline coded the order as REQUEST Russia -> USAID; not spurious, but the act is an expulsion (SANCTION expel), so it is not counted as found with the right type. The accusation was not found."),
"h36-x140-24": dict(coder_events=[], found=0, dateline_events=0, spurious=0,
  notes="Winning a party leadership vote is no PLOVER event; nothing to code."),
"h36-x139-13": dict(coder_events=[
  "AGREE: Somalia's interim government (SOM) <-> main opposition alliance ARS (SOM), agreed to a ceasefire in Djibouti, 2008-06-09",
  "REQUEST: Somalia's interim government and ARS (SOM) -> United Nations (UNO), called on it to deploy an international force, 2008-06-09"],
  found=2, dateline_events=2, spurious=0,
  notes="Both found. Dateline's AGREE has no target (the opposition alliance should be the other party) and its REQUEST names only the government as source; types right."),
"h36-x140-13": dict(coder_events=[
  "PROTEST: supporters of Michel Martelly (HTI) -> (no target named), set up burning barricades (riot), 2010-12-08",
  "ASSAULT: supporters of Michel Martelly (HTI) -> Haiti's ruling party Inite (HTI), torched its headquarters (destroy), 2010-12-08"],
  found=0, dateline_events=0, spurious=0,
  notes="Dateline found nothing in this paragraph. 'On Wednesday' in a Thursday Dec 9 story is 2010-12-08."),
"h36-x138-11": dict(coder_events=[
  "CONSULT: Mahmoud Ahmadinejad (IRN) -> George W. Bush (USA), sent a personal letter, 2006-05-09 (undated in the paragraph; the spokesman spoke on Monday 2006-05-08)",
  "SANCTION: Iran (IRN) <-> United States (USA), broke off relations, 1980"],
  found=1, dateline_events=1, spurious=0,
  notes="The letter was found as CONSULT; the 1980 break in relations (background) was not."),
"h36-x137-20": dict(coder_events=[
  "SANCTION: Turkish court (TUR) -> Andrew Brunson (USA), convicted of aiding terrorism, 2018-10-12",
  "RETREAT: Turkish court (TUR) -> Andrew Brunson (USA), freed him citing time served (release), 2018-10-12"],
  found=1, dateline_events=1, spurious=0,
  notes="The conviction was found (SANCTION convict); the release was not."),
}
paras = [json.loads(l) for l in open(os.path.join(ROOT, 'paragraphs-a.jsonl'))]
with open(os.path.join(ROOT, 'paragraphs-a-verdicts.jsonl'), 'w') as f:
    for p in paras:
        v = P[p['doc']]
        assert v['dateline_events'] == len(p['events']), p['doc']
        f.write(json.dumps(dict(doc=p['doc'], **v), ensure_ascii=False) + '\n')
