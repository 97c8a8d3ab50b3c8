# Writes paragraphs-d-verdicts.jsonl (the judge's recall coding of the six first paragraphs).
import json
P=[
{"doc":"h27-x104-17","coder_events":[
  "CONSULT: John Kerry (USA) -> Cuba (CUB), visit to Havana for the embassy flag-raising, 2015-08-14",
  "SUPPORT: John Kerry / United States (USA) -> Cuba (CUB), raising the flag at the reopened embassy (resumed diplomatic relations) and saying the two are 'neighbours', 2015-08-14"],
 "found":0,"dateline_events":0,"spurious":0,
 "notes":"Dateline coded nothing in this paragraph. The 1961 severing of relations is a time reference, not coded."},
{"doc":"h27-x103-25","coder_events":[
  "SANCTION: Chad (TCD) -> United States (USA), suspending visas for U.S. citizens in retaliation, 2025-06-05 (Thursday)",
  "COERCE: Donald Trump (USA) -> Chad (TCD), decision barring Chad's nationals from entering the U.S., 2025-06-04 (Wednesday, given later in the story)"],
 "found":0,"dateline_events":0,"spurious":0,
 "notes":"Dateline coded nothing here; the visa suspension (CAMEO 16/172: SANCTION or COERCE) is the story's main event. Item 24 (Deby's instruction) is from the next sentence."},
{"doc":"h27-x103-20","coder_events":[
  "REJECT: John Mahama (GHA) -> electoral commission / Akufo-Addo (GHA), rejected the election outcome, 2020-12-10",
  "ACCUSE: John Mahama (GHA) -> Ghana government (GHA), accused it of using the army to intimidate voters, 2020-12-10",
  "COERCE (reported): Ghana government (GHA) -> voters (GHA), using the army to intimidate voters, inside the accusation, no date"],
 "found":1,"dateline_events":1,"spurious":0,
 "notes":"Dateline found the ACCUSE but with the wrong source (Nana Akufo-Addo instead of Mahama); it missed the REJECT of the outcome and the reported intimidation."},
{"doc":"h27-x101-03","coder_events":[
  "CONCEDE: Bulgaria's Socialists (BGR) -> protesters / opposition (BGR), bowed to protests and agreed to an early parliamentary election, 1997-02-04",
  "RETREAT: Bulgaria's Socialists (BGR) -> President Stoyanov (BGR), handed back their mandate to form a government, 1997-02-04",
  "PROTEST: street protesters (BGR) -> Socialist government (BGR), a month of street protests, ongoing to 1997-02-04"],
 "found":2,"dateline_events":2,"spurious":0,
 "notes":"Dateline's 'bowed' CONCEDE covers the yielding/early-election concession and 'handing' RETREAT the return of the mandate (both coded to the country Bulgaria rather than the Socialists, with no target); the month of protests was missed."},
{"doc":"h27-x103-12","coder_events":[
  "ASSAULT: Somali pirates (SOM) -> Saudi-owned supertanker Sirius Star (SAU), hijacked, 2008-11-15 (Saturday, from the next paragraph)"],
 "found":1,"dateline_events":1,"spurious":0,
 "notes":"Found with the right type; dateline's target text 'owned supertanker' and the document date (instead of Saturday 2008-11-15) are off, but recall counts type only. 'A wave of attacks' is a general background, not coded."},
{"doc":"h27-x101-15","coder_events":[
  "PROTEST: tens of thousands of Hungarians (HUN) -> Orban government (HUN), protest outside the Opera House against the new constitution, 2012-01-02"],
 "found":1,"dateline_events":1,"spurious":0,
 "notes":"Found; dateline's target 'Budapest Opera House' is a place, the protest is aimed at the government's constitution (state target by the protest rule). The generic 'critics say' clause was not counted as a coded act."},
]
with open('paragraphs-d-verdicts.jsonl','w') as f:
    for p in P: f.write(json.dumps(p,ensure_ascii=False)+'\n')
print('coded',sum(len(p['coder_events']) for p in P),'found',sum(p['found'] for p in P),'dateline',sum(p['dateline_events'] for p in P),'spurious',sum(p['spurious'] for p in P))
