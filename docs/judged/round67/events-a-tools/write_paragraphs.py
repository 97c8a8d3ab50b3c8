"""Write paragraphs-a-verdicts.jsonl (judge a, round 67)."""
import json
P = {
 "h11-x38-07": dict(coder_events=[
   "ASSAULT: Hezbollah guerrillas (LBN) -> three Israeli soldiers (ISR), captured in a raid on Shebaa Farms, 2000-10-07",
   "ASSAULT: Israel (ISR) -> Palestinian uprising (PSE), Israel battling a week-old uprising (ongoing), 2000-10-08"],
   found=0, dateline_events=1, spurious=0,
   notes="Dateline codes the capture but as COERCE seize (CAMEO 1711, confiscating property). Guerrillas capturing soldiers in a raid is ASSAULT (abduct), so it does not count as found with the right type, though it is not spurious. The background fighting with the Palestinian uprising is missed."),
 "h11-x39-11": dict(coder_events=[
   "SANCTION: Tamil Tiger rebels (LTTE, LKA) -> Colonel Karuna (LKA), expelled their eastern commander, said on Saturday 2004-03-06",
   "SANCTION: Karuna (LKA) -> LTTE (LKA), broke away with thousands of fighters, days earlier (2004-03-03, per the story)"],
   found=0, dateline_events=0, spurious=0,
   notes="Dateline has no event in the lead, so the expulsion, the main news, is missed."),
 "h11-x37-24": dict(coder_events=[
   "SUPPORT: about 80 countries at the Ukraine summit -> Ukraine (UKR), endorsed a final statement calling for respect for Ukraine's territorial integrity, 2024-06-16",
   "REJECT: several major developing nations (India, Saudi Arabia, South Africa ... per the next sentence) -> the summit communique / Ukraine (UKR), declined to sign, 2024-06-16"],
   found=0, dateline_events=0, spurious=0,
   notes="No dateline event in the paragraph. The statement's call to respect territorial integrity (an implied REQUEST to Russia) is the content of the endorsement and is not counted separately."),
 "h11-x38-25": dict(coder_events=[
   "CONSULT: Donald Trump (USA) -> Ahmed al-Sharaa (SYR), met in Riyadh, 2025-05-14",
   "CONCEDE: United States / Trump (USA) -> Syria (SYR), announced that Washington would lift sanctions (a promised easing), 2025-05-13"],
   found=2, dateline_events=2, spurious=0,
   notes="Both acts are found with the right type. The CONSULT target is garbled: Sharaa is split into 'Sharaa' with no code and 'Ahmed al' SYR."),
 "h11-x39-20": dict(coder_events=[
   "ACCUSE: main opposition party (CUF, TZA) -> electoral commission chairman / ruling party CCM (TZA), denounced the annulment as an attempt to cling to power, 2015-10-29"],
   found=1, dateline_events=1, spurious=0,
   notes="The annulment of the elections by the commission chairman is a domestic institutional act with no PLOVER type and is not listed. Dateline's ACCUSE is found (its target is given the BUS sector, but the type is what counts here)."),
 "h11-x40-23": dict(coder_events=[
   "COERCE: Hong Kong police (HKG) -> 53 pro-democracy politicians and activists (HKG), arrested in dawn raids, 2021-01-06",
   "COERCE: China / Beijing (CHN) -> Hong Kong (HKG), imposed the national security law six months ago, 2020-07"],
   found=1, dateline_events=1, spurious=0,
   notes="The arrests are found; the raids are the same act. The background imposition of the security law by Beijing is missed."),
}
order=[json.loads(l)['doc'] for l in open('paragraphs-a.jsonl')]
with open('paragraphs-a-verdicts.jsonl','w') as f:
    for d in order:
        o={"doc":d}; o.update(P[d]); f.write(json.dumps(o, ensure_ascii=False)+'\n')
rows=[json.loads(l) for l in open('paragraphs-a-verdicts.jsonl')]
print('coded',sum(len(r['coder_events']) for r in rows),'found',sum(r['found'] for r in rows),'dateline',sum(r['dateline_events'] for r in rows),'spurious',sum(r['spurious'] for r in rows))
# check dateline counts vs paragraphs file
for l in open('paragraphs-a.jsonl'):
    p=json.loads(l); assert len(p['events'])==P[p['doc']]['dateline_events'], p['doc']
