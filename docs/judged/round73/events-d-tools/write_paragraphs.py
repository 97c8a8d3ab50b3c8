# Judge d, round 73: writes paragraphs-d-verdicts.jsonl (recall on first paragraphs).
import json
P = {
 'h14-x49-10': dict(coder_events=[
   "SANCTION: Ukraine's parliament (UKR) -> government of PM Yuriy Yekhanurov (UKR), voted to dismiss the government, 2006-01-10"],
   found=0, spurious=0,
   notes="Dateline found no event. The opponents' claim that the gas deal 'sold out national interests' is a relative-clause background view, not coded; the gas deal itself is background."),
 'h14-x49-12': dict(coder_events=[
   "ASSAULT: suicide bomber (unnamed) -> Yunus-Bek Yevkurov, president of Ingushetia (RUS), rammed a car bomb into his motorcade, 2009-06-22"],
   found=1, spurious=0,
   notes="Dateline's e1 has the right type (ASSAULT) but the wrong target (Dmitry Medvedev instead of Yevkurov). 'the latest in a string of attacks' is background, not coded."),
 'h14-x51-17': dict(coder_events=[
   "THREATEN: Nepal's former Maoist rebels (NPL) -> new constituent assembly / Nepal (NPL), threatened to boycott, 2013-11-21",
   "REQUEST: Nepal's former Maoist rebels (NPL) -> election authorities (NPL), demanded the vote count be halted, 2013-11-21",
   "ACCUSE: Nepal's former Maoist rebels (NPL) -> election authorities (NPL, unnamed), alleged large-scale fraud, 2013-11-21"],
   found=2, spurious=0,
   notes="Dateline found the threat and the demand (both empty targets); the fraud allegation ('what they said was large-scale fraud') was not coded."),
 'h14-x51-24': dict(coder_events=[
   "PROTEST (boycott): most opposition challengers (MDG) -> the presidential election / government (MDG), boycotted the vote, 2023-11-16 (vote date, given in paragraph 2)",
   "REJECT: Rajoelina's opponents (MDG) -> election results / Rajoelina (MDG), said they would not recognise the results, 2023-11-25"],
   found=0, spurious=0,
   notes="Dateline found no event. Winning re-election is not a PLOVER act."),
 'h14-x49-16': dict(coder_events=[
   "ACCUSE: Estonia (EST) -> Russia (RUS), accused Russia of abducting a security officer, 2014-09-05",
   "ASSAULT (abduct): Russia (RUS) -> Estonian security officer (EST), abducted at gunpoint and taken across the border (reported), 2014-09-05",
   "CONSULT (visit): Barack Obama (USA) -> Estonia (EST), visited Tallinn, 2014-09-03"],
   found=3, spurious=0,
   notes="All three found with the right types. Dateline left the abduction undated (the text's 'on Friday' attaches to the accusation; para 2 dates the seizure Friday morning). The purpose 'to reassure the Baltic states of NATO's protection' is not coded separately."),
 'h14-x49-23': dict(coder_events=[
   "SUPPORT (ratify): Armenia's parliament (ARM) -> International Criminal Court, voted to ratify the Rome Statute, 2023-10-03"],
   found=1, spurious=0,
   notes="Found. The hypothetical arrest of Putin ('would oblige it to arrest ... if he set foot') and the deepened rift with Moscow are not coded acts."),
}
out = open('paragraphs-d-verdicts.jsonl', 'w')
tot = dict(coded=0, found=0, dl=0, sp=0)
for l in open('paragraphs-d.jsonl'):
    p = json.loads(l)
    v = P[p['doc']]
    o = {'doc': p['doc'], 'coder_events': v['coder_events'], 'found': v['found'],
         'dateline_events': len(p['events']), 'spurious': v['spurious'], 'notes': v['notes']}
    out.write(json.dumps(o, ensure_ascii=False) + '\n')
    tot['coded'] += len(v['coder_events']); tot['found'] += v['found']; tot['dl'] += len(p['events']); tot['sp'] += v['spurious']
out.close()
print(tot)
