"""Write paragraphs-a-verdicts.jsonl (judge a, round 146)."""
import json
HERE = '/work/wt/j146a/docs/judged/round146/'
P = {
 'h51-x200-08': dict(coder_events=[
    "ASSAULT: Chinese security forces (CHN) -> protesting villagers (CHN), opened fire and killed several people in Guangdong, 2005-12-06 (Tuesday night, given later in the story; the paragraph itself gives only the report of Saturday)",
    "PROTEST: villagers (CHN) -> local Chinese authorities (CHN), protesting over land seized for a power plant, 2005-12-06",
  ], found=1, spurious=0,
  notes="Dateline's one event (ASSAULT, security forces -> villagers) matches the shooting; it is dated 2005-12-10, the report day, where the story gives Tuesday night (2005-12-06). It missed the villagers' protest. The land seizure for the power plant names no agent and is background, so it is not listed."),
 'h51-x199-05': dict(coder_events=[], found=0, spurious=0,
  notes="An election result and a constitutional change that let Nujoma run again: no PLOVER act between political actors. Dateline coded nothing here, which is right."),
 'h51-x199-04': dict(coder_events=[
    "CONSULT: clan elders and politicians (SOM) <-> each other (mutual, multilateral), a conference meeting in Garowe, 1998-08-02 (going on at the time of the report)",
  ], found=0, spurious=0,
  notes="Declaring an autonomous administration and choosing a president are domestic institutional acts with no PLOVER type and no counterpart, so they are not listed. Dateline coded nothing in this paragraph."),
 'h51-x197-11': dict(coder_events=[
    "REJECT: Crimean regional parliament (UKR) -> NATO, voted to declare the peninsula a 'territory without NATO', 2006-06-06 (Tuesday)",
    "PROTEST: protesters in Crimea (UKR) -> United States (USA), a week of protests against the arrival of U.S. military equipment and personnel, 2006-06-07 (still going on)",
  ], found=0, spurious=0,
  notes="Dateline has no event in this paragraph. The arrival of U.S. equipment and personnel for planned exercises could also be coded as a MOBILIZE/COOPERATE act by the USA, but it is the object of the protest, so it is not listed as a separate act."),
 'h51-x199-15': dict(coder_events=[
    "AGREE: Somali President Sharif Sheikh Ahmed (SOM) <-> parliament speaker Sharif Hassan Sheikh Aden (SOM), agreed to postpone elections by a year and replace the prime minister, 2011-06-09 (signed late Thursday, per the next sentence)",
    "PROTEST: protesters in Mogadishu (SOM) -> Somali transitional government (SOM), angry protests against the deal (the removal of the PM), 2011-06-10 (Friday)",
  ], found=0, spurious=0,
  notes="Dateline has no event in the first paragraph. It codes the signing in the next sentence, with a wrong source (Yemen government), and the protest later in the story; neither counts here."),
 'h51-x200-23': dict(coder_events=[
    "SANCTION: Panama's Supreme Court (PAN) -> the First Quantum Minerals mining contract / First Quantum Minerals (CAN), declared the contract unconstitutional, 2023-11-28 (Tuesday)",
    "PROTEST: protesters (PAN) -> Panama government (PAN), blocked roads across the country for more than a month against the contract, 2023-11-29 (still going on)",
  ], found=0, spurious=0,
  notes="Dateline found no event anywhere in this story. Both the court ruling (SANCTION/convict: 'find ... unconstitutional') and the road-blocking protest are missed."),
}
paras = [json.loads(l) for l in open(HERE + 'paragraphs-a.jsonl')]
with open(HERE + 'paragraphs-a-verdicts.jsonl', 'w') as f:
    for p in paras:
        d = P[p['doc']]
        out = {'doc': p['doc'], 'coder_events': d['coder_events'], 'found': d['found'],
               'dateline_events': len(p['events']), 'spurious': d['spurious'], 'notes': d['notes']}
        f.write(json.dumps(out, ensure_ascii=False) + '\n')
print('written')
