"""Judge a's round-120 paragraph recall verdicts (hand-coded); writes paragraphs-a-verdicts.jsonl."""
import json
P = {
 'h37-x143-06': dict(coder_events=[
    "ACCUSE: delegates (no code) -> Colin Powell (USA), heckled and booed him at the Johannesburg summit, 2002-09-04",
    "ACCUSE: campaigners (no code) -> the summit's governments (no code), complained it did too little on poverty and the environment, 2002-09-04"],
    found=0, dateline_events=0, spurious=0,
    notes="Dateline found no event here; the heckling (disapproval of Powell) is the paragraph's main act."),
 'h37-x143-01': dict(coder_events=[
    "COERCE: junior army officers (STP) -> President Miguel Trovoada (STP), detained him, 1995-08-15",
    "ASSAULT: junior army officers (STP) -> radio station (STP), seized it in the coup, 1995-08-15",
    "COERCE: junior army officers (STP) -> parliament (STP), dissolved it, 1995-08-15",
    "COERCE: junior army officers (STP) -> Sao Tome and Principe (STP), suspended the constitution, 1995-08-15"],
    found=1, dateline_events=1, spurious=0,
    notes="Dateline's one event (COERCE arrest, officers -> Trovoada, 1995-08-15, asserted) is right in every field. It missed the seizure of the radio station (armed forces taking ground, ASSAULT by the conventions) and the dissolution of parliament and suspension of the constitution."),
 'h37-x143-18': dict(coder_events=[
    "SANCTION: Jacob Zuma (ZAF) -> Finance Minister Pravin Gordhan (ZAF), sacked him in the late-night reshuffle, 2017-03-30"],
    found=0, dateline_events=0, spurious=0,
    notes="The reshuffle was announced shortly before midnight on Thursday (2017-03-30). Replacing him with Gigaba and the rand's fall are not PLOVER acts."),
 'h37-x141-21': dict(coder_events=[
    "CONSULT: Ursula von der Leyen and Charles Michel (EU) -> Tayyip Erdogan (TUR), meeting/talks in Ankara, 2021-04-06"],
    found=0, dateline_events=0, spurious=0,
    notes="One visit and meeting (it could be split into the two EU presidents). The seating incident itself is no PLOVER act."),
 'h37-x143-16': dict(coder_events=[
    "ACCUSE: Narendra Modi (IND) -> Xi Jinping (CHN), voiced serious concern over repeated border incursions, 2014-09-18",
    "CONSULT: Xi Jinping (CHN) -> India (IND), Xi's first visit to India (and talks with Modi), 2014-09-18",
    "MOBILIZE: Chinese army (CHN) <-> Indian army (IND), standoff in Ladakh, 2014-09-18"],
    found=0, dateline_events=0, spurious=0,
    notes="Dateline found none of the three. Its only event in the story near here is the 'we agreed' AGREE from the second paragraph (item 14)."),
 'h37-x141-15': dict(coder_events=[
    "SUPPORT: Greek parliament (GRC) -> Papandreou's government (GRC), won a confidence vote, 2011-06-22"],
    found=0, dateline_events=0, spurious=0,
    notes="Dateline coded the same vote only from the next sentence ('155 lawmakers ... backed the government', item 8), not in this paragraph."),
}
pars = [json.loads(l) for l in open('paragraphs-a.jsonl')]
with open('paragraphs-a-verdicts.jsonl', 'w') as f:
    for p in pars:
        d = P[p['doc']]
        assert d['dateline_events'] == len(p['events'])
        f.write(json.dumps(dict(doc=p['doc'], **d), ensure_ascii=False) + '\n')
tot = dict(coded=sum(len(d['coder_events']) for d in P.values()), found=sum(d['found'] for d in P.values()),
           dateline=sum(d['dateline_events'] for d in P.values()), spurious=sum(d['spurious'] for d in P.values()))
print(len(pars), tot)
