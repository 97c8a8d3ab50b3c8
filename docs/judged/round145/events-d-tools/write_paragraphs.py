"""Write paragraphs-d-verdicts.jsonl (the judge's recall coding of the six first paragraphs)."""
import json

P = {
 "h50-x196-04": dict(coder_events=[], found=0, spurious=0,
   notes="Winning an election, as shown by official results, is no PLOVER act between actors, so there is nothing to code. dateline coded nothing."),
 "h50-x196-19": dict(coder_events=[
   "COERCE: Hong Kong appeals court (HKG) -> Joshua Wong, Nathan Law, Alex Chow, pro-democracy activists (HKG), jailed them, 2017-08-17",
   "ACCUSE: Hong Kong government (HKG) -> the three activists (HKG), challenged their non-custodial sentences in court as too lenient (an appeal), earlier with no date",
   "PROTEST: the three activists (HKG) -> Hong Kong government (HKG), the 2014 protest that sparked the Umbrella occupation, 2014"],
   found=1, spurious=0,
   notes="dateline's COERCE/arrest for the court's jailing is counted as found (CAMEO 173); SANCTION/convict (a court-ordered sentence) would be equally defensible. It missed the government's appeal and the background 2014 protest."),
 "h50-x196-06": dict(coder_events=[
   "COERCE: Japan (JPN) -> man believed to be Kim Jong Il's eldest son, Kim Jong Nam (PRK), deported him, 2001-05-04",
   "COERCE: Japan (JPN, immigration officers) -> the same man (PRK), detained him at Narita airport, 2001-05-01"],
   found=2, spurious=0,
   notes="Both acts were found with the right type. The deportation's target is coded JPN though the man is North Korean. The detention's target is Kim Jong Il instead of his son, and its source is empty (item 46)."),
 "h50-x196-12": dict(coder_events=[
   "PROTEST: Taiwanese protesters (TWN) -> Japan (JPN), sailed a protest boat to the disputed islands, 2008-06-16",
   "MOBILIZE: Taiwanese coast guard (TWN) -> Japan (JPN), coast guard ships escorting the protest boat into disputed waters (a show of force), 2008-06-16"],
   found=0, spurious=0,
   notes="dateline coded nothing. The earlier collision that sank the Taiwanese fishing boat was an accident and is not coded."),
 "h50-x195-06": dict(coder_events=[
   "CONSULT: African heads of state / OAU (no code) multilateral summit in Algiers, ended 1999-07-14",
   "THREATEN: OAU heads of state (no code) -> any government that seizes power by force (no code), pledged to bar such governments from future meetings, 1999-07-14"],
   found=0, spurious=0,
   notes="dateline coded nothing. The pledge to bar coup-makers is a warning of exclusion, THREATEN (CAMEO 136-like), not AGREE."),
 "h50-x194-12": dict(coder_events=[
   "REJECT: Arab leaders (no code) -> International Criminal Court (no code), rejected the arrest warrant for Bashir, 2009-03-30",
   "CONSULT: Arab leaders (no code) multilateral summit in Qatar (QAT host), 2009-03-30",
   "CONSULT: Omar Hassan al-Bashir (SDN) -> Arab summit in Qatar (QAT), attended the summit in defiance of the court, 2009-03-30"],
   found=1, spurious=0,
   notes="The REJECT was found, but with Bashir as target instead of the ICC. dateline missed the summit meeting and Bashir's attendance. Gaddafi's 'outburst' is left uncoded here: no act or target is given in this paragraph."),
}
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
assert len(paras) == 6
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in paras:
        v = P[p['doc']]
        o = {"doc": p['doc'], "coder_events": v['coder_events'], "found": v['found'],
             "dateline_events": len(p['events']), "spurious": v['spurious'], "notes": v['notes']}
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
rows = [json.loads(l) for l in open('paragraphs-d-verdicts.jsonl')]
print("coded", sum(len(r['coder_events']) for r in rows), "found", sum(r['found'] for r in rows),
      "dateline", sum(r['dateline_events'] for r in rows), "spurious", sum(r['spurious'] for r in rows))
