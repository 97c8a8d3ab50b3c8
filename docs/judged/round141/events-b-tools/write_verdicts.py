"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's verdicts below, then check them."""
import json
T = True; F = False
# n: (event, type, source, target, date, modality, reasons)
V = {
1: (F,F,F,F,F,F, "Duplicate: the 'visit' is the same meeting as e1 'held talks' (CONSULT Khatami -> Chirac) in this sentence, so a second CONSULT for it is spurious; if kept its date would be wrong too (should be 1999-10-28, the Thursday of the talks, not 1979)."),
2: (T,T,T,T,T,T, "ACCUSE Dhlakama (MOZ) -> the Mozambican authorities (MOZ); undated accusation reported as this news takes the document date."),
3: (T,T,T,T,T,T, "The Israel-Syria talks (the round held in the US) are a CONSULT; mutual parties right; 'this month' gives 2000-01. (The suspension is coded separately as e3.)"),
4: (T,T,T,F,T,T, "SUPPORT Algeria -> Polisario Front is right and an ongoing stance takes the document date, but the Polisario is a Western Sahara movement: target code should be ESH (or none), not MAR."),
5: (T,T,T,T,F,T, "Seizure of the airport and port by Emirati forces is ASSAULT (convention) against the Yemeni guards (YEM); but the text dates it: 'the crisis erupted in early May when the UAE landed...', so date should be 2018-05, not unknown."),
6: (T,T,T,T,T,T, "SUPPORT (sign agreement) Israel <-> Morocco, mutual, on Wednesday 2021-11-24."),
7: (T,T,T,T,T,T, "SUPPORT (sign MoU) Gantz (ISR) <-> Loudiyi (MAR), 2021-11-24; it restates the signing of the lede (another sentence, so not a duplicate by the rules)."),
8: (T,T,F,T,T,T, "RETREAT resign is right, 2019-02 right ('February last year'), but 'he' is Guillaume Soro (CIV), not Laurent Gbagbo: source should be Soro."),
9: (T,T,F,T,T,T, "ASSAULT (armed seizure / hostage taking) of Myanmar's embassy on Friday 1999-10-01 is right, but the gunmen are 'Armed Burmese dissidents', the 'Vigorous Burmese Student Warriors': source code should be MMR, not empty."),
10: (T,T,T,F,T,T, "SANCTION (downgrade relations) by Egypt on Saturday is right, but the relations downgraded are with Turkey, named in the sentence: target should be Turkey (TUR), not empty."),
11: (T,T,T,T,T,T, "MOBILIZE weapons (test) Soviet Union, 1990: a dated past act coded right."),
12: (T,T,T,T,T,T, "A pledge to call off demonstrations is a promised concession (PLOVER CONCEDE; CAMEO2PLOVER's AGREE for 0352 also acceptable); PNC (GUY) source; no target in the sentence; pledged in the accord signed Saturday 1998-01-17."),
13: (T,T,F,T,T,T, "ASSAULT in Riyadh, May 2003, against the kingdom's compounds is right, but the text gives no nationality for the suicide bombers (an al Qaeda campaign): source code should be empty, not SAU."),
14: (T,F,T,T,T,T, "'I ask ... to forgive us' is an apology (CAMEO 055 -> SUPPORT), not a REQUEST: type should be SUPPORT; Museveni (UGA) -> Kenyans (KEN) on Wednesday 2022-10-05 right."),
15: (T,T,F,F,T,T, "MOBILIZE troops reported as news is right, but the sentence names the (Russian) troops being moved: source should be the troops (RUS), not empty; Crimea is the destination, not a party acted upon: target should be empty, not Crimea[UKR]."),
16: (T,T,F,T,T,T, "REQUEST (will press for the killers to be brought to justice), future, no target named, undated future right; but 'the company' is Forbes, the New York publisher of Steve Forbes: source should be Forbes (USA or no code), not Forbes Russia (RUS)."),
17: (T,T,T,F,T,T, "SUPPORT (praise) by Gayoom on the day of the attack is right, but 'the boy' (the 15-year-old scout) is named in the sentence: target should be the boy scout (MDV), not empty."),
18: (T,T,T,F,T,T, "COERCE arrest by Russian investigators reported on Wednesday is right, but the party detained is 'an Uzbek citizen' (person, UZB), not the state Uzbekistan: target should be the Uzbek citizen."),
19: (T,T,T,T,T,T, "SUPPORT (sign deal) Egypt <-> Israel on Tuesday 2004-12-14, mutual."),
20: (T,T,T,T,T,T, "ASSAULT abduct of the 12 Nepali men (NPL) 'last month' = 2004-08; the passive clause names no kidnapper, so an empty source is right."),
21: (T,T,T,F,T,T, "ASSAULT (gunman opened fire) in April 2008 is right, but the target is Ivo Pukanic (HRV), whose life was attempted, not Niko Franjic."),
22: (T,T,T,T,T,T, "Poroshenko (UKR) dismissing the Russian account is a REJECT (ACCUSE also defensible) of Russia (RUS); undated statement reported as news takes the document date."),
23: (T,T,T,F,T,T, "REQUEST by IFOR officials (no seat country, empty code right), but 'both sides' are the Sarajevo government (BIH) and the Bosnian Serb leadership in Pale (BIH): 'Serbs[SRB]' is the wrong party and country; target should be the Bosnian government and the Bosnian Serb leadership (BIH)."),
24: (T,T,T,T,T,T, "SUPPORT (hailed as hero) Jordanian lawmakers (JOR) -> Adwan (JOR), undated news act takes the document date."),
25: (F,F,F,F,F,F, "Spurious: 'warned residents to take extra care' is safety advice from diplomats to their own nationals, the trigger in another sense, not a THREATEN (no coercive warning) nor any PLOVER act."),
26: (T,T,T,T,F,T, "PROTEST by protesters (MNE) demanding Djukanovic's (MNE) resignation is right, but the text dates the rally 'late on Saturday': date should be 2015-10-24, not the document date 2015-10-25 (the document date is arguable only if read as the ongoing campaign)."),
27: (T,T,T,T,T,T, "ACCUSE (charged) with no named prosecutor, target Morales's brother (GTM; the son is missing but the party is right), undated 'later' right as unknown."),
28: (T,T,T,T,T,T, "ACCUSE Crimean Tatar leaders (UKR) -> Russian authorities (RUS); 'have accused' is a standing accusation, document date right."),
29: (F,F,F,F,F,F, "Spurious: residents complaining of a stench is not an accusation or complaint against any political actor; no PLOVER act."),
30: (T,T,T,T,T,T, "COERCE arrest of protesters (GEO), passive with no named agent, a total since November so no date right."),
31: (F,F,F,F,F,F, "Spurious: Kravchenko's death was ruled a suicide, so there is no assault by one actor on another; if kept, the date should be 2005, not 2011-03-24."),
32: (T,T,T,T,F,T, "ACCUSE Cameroon (CMR) -> Nigerian troops (NGA) right, but it is a background accusation from the February fighting, not this news: date should be none (or 1996-02), not the document date 1996-03-16."),
33: (T,T,T,T,T,T, "COERCE arrest by Turkish police of eight people detained in Istanbul (TUR by the protesters-in-a-capital analogy), reported as this news."),
34: (T,T,T,T,T,T, "AGREE Morocco -> Israel to normalise relations, December 2020."),
35: (T,T,T,T,F,T, "ASSAULT crowd-control by Togolese police against groups of young people in Lome is right, but the text gives Monday night: date should be 2003-06-02, not the document date 2003-06-04."),
36: (T,T,T,T,T,T, "REJECT by the U.S. Senate (USA) of the treaty in 1999; a treaty is no party, empty target right."),
37: (T,T,T,T,T,T, "Seizing power in a coup is an armed takeover (ASSAULT, as for armed seizures); Eyadema (TGO), 1967; the ousted government is not named, empty target right."),
38: (T,T,T,T,T,T, "PROTEST continuing on Thursday 2018-11-01; the sentence names neither the protesters nor an aim, so empty source and target are right under the rules (a coder with context would add TLP supporters, PAK)."),
39: (T,T,T,T,T,T, "REQUEST (demanded investigation) by opposition parties (TCD) and rights groups; addressee not named; news act, document date."),
40: (T,T,T,T,T,T, "ACCUSE Iraqi militia leaders (IRQ) -> United States and Israel; undated in its clause, document date right."),
41: (T,T,T,T,T,T, "Jagan agreeing to cut her term within the accord: AGREE (CAMEO 035 intent to yield -> AGREE; CONCEDE also defensible), Jagan (GUY), reciprocal agreement with no recipient, Saturday 1998-01-17."),
42: (T,T,F,F,T,T, "ASSAULT on Thursday 1995-11-02 is right, but the victim is Gomez's driver and bodyguard (COL), not Alvaro Gomez, and the killers, 'the gunmen', are named in the sentence: source should be the gunmen."),
43: (T,T,T,T,T,T, "ASSAULT, several people killed (TCD) in the Wednesday 2024-02-28 clashes; no killer named, empty source right."),
44: (T,T,T,F,T,T, "ACCUSE by Blinken (USA) is right, but 'it' is Beijing's overhaul voted by China's parliament: target should be China (CHN), not empty."),
45: (T,T,T,T,T,T, "REQUEST Bangladeshi officials (BGD) -> Khaleda Zia (BGD), an undated earlier pressing, unknown date right."),
46: (T,T,T,F,T,T, "SUPPORT (recognition) France -> is right, but the party recognised is the rebel National Transitional Council (LBY), not the state of Libya: target should be the council."),
47: (T,T,T,F,F,T, "The U.S. strikes are an ASSAULT by the United States, but on 'its' (Iran's) nuclear sites: target should be Iran (IRN); and they were 'early on Sunday': date should be 2025-06-22, not Monday 2025-06-23."),
48: (T,T,T,T,T,T, "REQUEST Western diplomats -> both sides (MOZ) for restraint, news act, document date."),
49: (T,T,T,F,T,T, "'Will never give up its right' is a refusal to yield (REJECT, or CONCEDE negated as the conventions allow for 'refused to withdraw'); Bolivia (BOL) right, but the counterparty is Chile, named in the sentence: target should be Chile (CHL)."),
50: (T,T,T,T,F,T, "REQUEST by Kiska (SVK) for a firm European response is right, but it is a campaign statement made before the vote (background): date should be none, not the document date 2014-03-30; also reported_by should be none, not Fico."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50
with open('events-b.jsonl', 'w') as f:
    for it in items:
        ev, ty, so, ta, da, mo, why = V[it['n']]
        if not ev:
            ty = so = ta = da = mo = False
        v = {"event": ev, "type": ty, "source": so, "target": ta, "date": da, "modality": mo}
        v["all"] = all(v.values())
        o = dict(it); o["verdict"] = v; o["reasons"] = why
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h48-x185-03", "coder_events": [
   "AGREE: Greece (GRC) <-> Turkey (TUR), pledge to refrain from force and unilateral actions in the Aegean (joint statement), 1997-07-08",
   "CONSULT: Greek PM Simitis (GRC) <-> Turkish President Demirel (TUR), leaders met on the sidelines of the NATO summit in Madrid, 1997-07-08"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "e1 AGREE right in all fields; the leaders' meeting (CONSULT) was missed."},
 {"doc": "h48-x187-20", "coder_events": [
   "SANCTION: Ivory Coast court (CIV) -> Guillaume Soro (CIV), sentenced in absentia to 20 years, 2020-04-28"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The sentencing (SANCTION convict) was missed; dateline found no event in the paragraph."},
 {"doc": "h48-x187-15", "coder_events": [
   "SANCTION: Chad (TCD) -> African Union mission MISCA (AU), announced withdrawal of its soldiers from the mission (future), 2014-04-03",
   "ACCUSE: United Nations (UN) -> Chadian troops (TCD), accused of killing about 30 civilians, undated here (2014-04-01 per the story)",
   "ASSAULT: Chadian troops (TCD) -> civilians in Bangui (CAF), killing about 30, reported (inside the accusation), undated here"],
  "found": 1, "dateline_events": 2, "spurious": 0,
  "notes": "e2 ACCUSE found (its reported_by 'Chad' is wrong). e1 codes the pull-out as CONCEDE (the codebook's 'promise to withdraw'), but Chad withdrawing its contingent from the AU mission in anger is a reduction of cooperation, SANCTION withdraw (CAMEO 1661): counted as not found with the right type, not spurious. The accused killing (reported ASSAULT) was missed."},
 {"doc": "h48-x185-22", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election victory is no PLOVER event; nothing to code, and dateline coded nothing."},
 {"doc": "h48-x188-07", "coder_events": [
   "RETREAT: China (CHN) -> Gao Zhan (U.S.-based scholar), released on medical parole, 2001-07-26",
   "SANCTION: Beijing court (CHN) -> Gao Zhan, sentenced to 10 years for spying for Taiwan two days earlier, 2001-07-24",
   "CONSULT: Colin Powell (USA) -> China (CHN), arrives in Beijing (future visit), undated"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "e1 CONSULT visit found, but its target 'Beijing court' is wrong (should be China); the release (RETREAT) and the conviction (SANCTION) were missed."},
 {"doc": "h48-x187-11", "coder_events": [
   "RETREAT: Bangladesh interim government (BGD) -> Sheikh Hasina (BGD), lifted the ban on her return, 2007-04-25",
   "CONCEDE: Bangladesh interim government (BGD) -> Khaleda Zia (BGD), said she was free to stay in the country, 2007-04-25",
   "ACCUSE: Western governments (and critics at home) -> Bangladesh interim government (BGD), a week of criticism, undated span"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "e1 RETREAT (lifting the ban, an easing with immediate effect) found and right; the concession to Khaleda and the criticism were missed."},
]
with open('paragraphs-b-verdicts.jsonl', 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
out = [json.loads(l) for l in open('events-b.jsonl')]
assert len(out) == 50
for o, it in zip(out, items):
    assert (o['n'], o['doc'], o['trigger']) == (it['n'], it['doc'], it['trigger'])
    v = o['verdict']
    assert v['all'] == all(v[k] for k in ('event','type','source','target','date','modality'))
    if not v['event']:
        assert not any(v.values())
pars = [json.loads(l) for l in open('paragraphs-b-verdicts.jsonl')]
src = [json.loads(l)['doc'] for l in open('paragraphs-b.jsonl')]
assert [p['doc'] for p in pars] == src and len(pars) == 6
for p, l in zip(pars, open('paragraphs-b.jsonl')):
    assert p['dateline_events'] == len(json.loads(l)['events'])
fields = ['event','type','source','target','date','modality','all']
print({k: sum(o['verdict'][k] for o in out) for k in fields})
print({k: sum(len(p['coder_events']) if k == 'coder_events' else p[k] for p in pars) for k in ['coder_events','found','dateline_events','spurious']})
