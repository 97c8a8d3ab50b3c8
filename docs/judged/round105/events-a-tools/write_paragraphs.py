"""Write paragraphs-a-verdicts.jsonl (recall on story first paragraphs), coded by hand."""
import json
P = {
 "h30-x116-19": dict(coder_events=[
    "COERCE: British police (GBR) -> Julian Assange (AUS), arrested him at Ecuador's London embassy, 2019-04-11",
    "SANCTION: Ecuador / Quito (ECU) -> Julian Assange (AUS), withdrew his asylum, 2019-04-11",
    "ACCUSE: United States (USA) -> Julian Assange (AUS), unveiled a charge of conspiring to break into a Pentagon computer, 2019-04-11"],
    found=0, spurious=0, notes="Dateline codes no event in the lead; the arrest, the asylum withdrawal and the US charge are all missed."),
 "h30-x114-08": dict(coder_events=[
    "COOPERATE: Iraq (IRQ) -> U.N. inspectors (UN), delivered a 12,000-page weapons declaration, 2002-12-07"],
    found=0, spurious=0, notes="The 'no WMD' claim is a denial, not a PLOVER event. Dateline's two events in this story are in a later paragraph (and dated 2002-11-08 from the resolution date)."),
 "h30-x114-18": dict(coder_events=[
    "AGREE: Saudi Arabia (SAU), UAE (ARE), Bahrain (BHR) -> Qatar (QAT), agreed to return their ambassadors, 2014-11-17"],
    found=0, spurious=0, notes="One agreement with three sources; not found (dateline's 'reached' AGREE is in the second paragraph, with leaders as source)."),
 "h30-x113-09": dict(coder_events=[
    "AGREE: NATO leaders (NATO), reciprocal, agreed to let their troops in Afghanistan help each other in emergencies, 2006-11-29"],
    found=1, spurious=0, notes="Found with the right type and date; its target 'Afghanistan troops' (AFG) is wrong: the troops are the allies' own forces in Afghanistan, and a reciprocal agreement has no recipient. The fighting carried by Britain, Canada, the Netherlands and the US is background, not coded."),
 "h30-x114-17": dict(coder_events=[
    "PROTEST: the main Islamist opposition, Islamic Action Front (JOR) -> Jordan government (JOR), boycotted the election, 2013-01-23"],
    found=0, spurious=0, notes="The boycott is in a noun phrase ('an election boycotted by the main Islamist opposition'); not found."),
 "h30-x116-21": dict(coder_events=[
    "COERCE: Hong Kong authorities (HKG/CHN) -> Apple Daily (HKG), froze its assets, last week (undated in the paragraph)",
    "COERCE: Hong Kong authorities (HKG/CHN) -> Apple Daily's top editors (HKG), arrested them, last week (undated in the paragraph)",
    "COERCE: Beijing (CHN) -> Hong Kong (HKG), imposed a national security law, background, no date"],
    found=0, spurious=0, notes="The paper printing its last edition is not an act between actors. None of the three coercive acts is found."),
}
items = [json.loads(l) for l in open('paragraphs-a.jsonl')]
tot = dict(coded=0, found=0, dl=0, sp=0)
with open('paragraphs-a-verdicts.jsonl', 'w') as out:
    for it in items:
        p = P[it['doc']]
        o = {"doc": it['doc'], "coder_events": p['coder_events'], "found": p['found'],
             "dateline_events": len(it['events']), "spurious": p['spurious'], "notes": p['notes']}
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
        tot['coded'] += len(p['coder_events']); tot['found'] += p['found']; tot['dl'] += len(it['events']); tot['sp'] += p['spurious']
print(tot)
