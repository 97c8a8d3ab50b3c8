import json
P = {
 "h14-x52-02": dict(coder_events=[
   "SUPPORT: Norwegian Nobel Committee (NOR; not named in the paragraph) -> Belo (TMP) and Ramos-Horta (TMP), award of the 1996 Nobel Peace Prize, 1996-10-11",
   "ASSAULT: Indonesia (IDN) -> East Timor (TMP), invasion, 1975",
   "ASSAULT: Indonesia (IDN) -> East Timor (TMP), annexation (occupying ground), 1976"],
   found=0, dateline_events=0, spurious=0,
   notes="Dateline found nothing; the prize award (awarder only in the next paragraph) and the two dated background acts (invasion 1975, annexation 'the following year') are missed."),
 "h14-x51-04": dict(coder_events=[
   "ASSAULT: United States (USA) -> Sudan (SDN, Al-Shifa factory in Khartoum) and Afghanistan (AFG, camps), cruise-missile strikes, 1998-08-20",
   "ACCUSE: United States (USA) -> Osama bin Laden (SAU), links the targets to him and blames him for the embassy bombings, 1998-08-20",
   "ASSAULT (reported): Osama bin Laden (alleged) -> United States (USA), bombings of the embassies in Kenya and Tanzania, 1998-08"],
   found=2, dateline_events=2, spurious=0,
   notes="Both dateline events are real acts (ASSAULT fired, with an empty target where Sudan/Afghanistan are named; ACCUSE blames, target code MUS wrong). The embassy bombings inside the accusation are not coded."),
 "h14-x49-24": dict(coder_events=[
   "REJECT: Georgian government (GEO) -> European Union (EUR), will not seek to open membership talks until end of 2028 (equivalently CONSULT negated), 2024-11-28",
   "PROTEST: protesters (GEO) -> Georgian government (GEO), thousands take to the streets of Tbilisi against the decision, 2024-11-28",
   "ASSAULT: police (GEO) -> protesters (GEO), water cannon and pepper spray to disperse them (crowd-control), 2024-11-28/29 overnight"],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline's CONSULT negated Georgia -> EU counts as found (the conventions accept 'refused to withdraw' as REJECT asserted or RETREAT negated). The protest and the police dispersal in the same sentence are missed."),
 "h14-x52-22": dict(coder_events=[],
   found=0, dateline_events=0, spurious=0,
   notes="A swearing-in, an election and the king ending a deadlock: no PLOVER act between political actors in this paragraph (the king naming Anwar comes in the next paragraph)."),
 "h14-x51-05": dict(coder_events=[
   "ASSAULT: rebels (SLE, RUF not named) -> Sierra Leone government (SLE), storm into Freetown and seize its eastern districts, 1999-01-06",
   "ASSAULT: rebels (SLE) -> Nigerian-led peacekeepers (ECOMOG, NGA), battle within sight of State House, 1999-01-06"],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline's ASSAULT 'stormed' is found (though its source code NGA is wrong: the rebels are Sierra Leonean, and its target is empty). The battle with the peacekeepers is missed; 'opening the main prison' is part of the assault and not coded separately."),
 "h14-x49-19": dict(coder_events=[],
   found=0, dateline_events=0, spurious=0,
   notes="An election result; no act between political actors."),
}
with open('paragraphs-c-verdicts.jsonl', 'w') as out:
    for l in open('paragraphs-c.jsonl'):
        p = json.loads(l)
        d = P[p['doc']]
        assert d['dateline_events'] == len(p['events']), p['doc']
        out.write(json.dumps(dict(doc=p['doc'], **d), ensure_ascii=False) + '\n')
