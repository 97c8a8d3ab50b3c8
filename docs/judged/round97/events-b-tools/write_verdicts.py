"""Judge b, round 97: write events-b.jsonl from the items and the verdict table below.
Each entry: n -> (wrong fields, reasons). 'event' in wrong fields = spurious (all false)."""
import json

F = ("event", "type", "source", "target", "date", "modality")
V = {
 1: ({"event"}, "Spurious: the Nicaraguan Congress lifting presidential term limits is a domestic constitutional change that favours the incumbent, not a RETREAT/concession to any party and no PLOVER act; besides, the source would be Nicaragua's National Assembly (NIC), not the US Congress (USA)."),
 2: (set(), "ACCUSE by Western governments (no single country, empty code right) against Eritrea (ERI); the standing accusation ('has been accused ... a charge it denies') is still current, so the document date is right."),
 3: (set(), "ASSAULT on about 200,000 people in Burundi (BDI), perpetrator unnamed; a toll summed 'since October 1993' has no date, so no date is right; 'are believed to have been' is a hearsay evidential, reported accepted."),
 4: ({"type"}, "Type should be THREATEN (Yoon -> North Korea): the pledge is to turn away from engagement, 'respond sternly to provocations' and keep a pre-emptive strike open, not a willingness to cooperate (AGREE). Source, target, date (standing campaign stance, present perfect) and modality right."),
 5: (set(), "SANCTION (break diplomatic relations) El Salvador -> Taiwan on Tuesday 2018-08-21, right. The source is given as President Sanchez Ceren (probably a name match on 'El Salvador'), but he heads the state that acted and the code SLV is right, so it is accepted."),
 6: (set(), "REQUEST Abbott (AUS) -> Putin (RUS), pressing him to cooperate with the MH17 investigation; no date in the text, reported as this news, document date right."),
 7: ({"date"}, "Date wrong: the Security Council's demand came 'weeks' before the vote (background, undated in the text), so it should have no date, not the document date 2017-02-07. REQUEST by the UNSC with no target named in the sentence is right."),
 8: (set(), "ACCUSE Kabila's government (COD; given as Kabila, who heads it, accepted) -> Rwanda (RWA); undated in the text, reported as this news, document date right."),
 9: (set(), "SUPPORT (welcomed any step toward talks) by Pakistan (PAK) via its foreign ministry spokesman; India is not named in the sentence so an empty target is right; 'later' on the day of the Friday rally (story filed April 18), 2003-04-18 right."),
 10: ({"date"}, "REJECT China's foreign ministry -> Taiwan is right, but the date should be the document date 2018-08-21: the dismissal is reported as this news (a reaction to Tuesday's switch), not an act of unknown time."),
 11: (set(), "REQUEST Rubio (USA) -> the Syrian authorities (SYR) to hold the killers to account; undated, reported as this news, document date right; a separate act from the 'condemned' ACCUSE in the same sentence."),
 12: (set(), "PROTEST in Lubumbashi, Kisangani and Kindu; the sentence names no protesters and no aim, so empty source and target are acceptable (a coder might write protesters, COD); no date in the sentence, document date right."),
 13: (set(), "REQUEST Dar ('He', the Hizbul commander, IND) -> the Indian government to reduce operations and release prisoners, at the Monday news conference, 2000-07-24, right."),
 14: (set(), "REQUEST (appeal) by the Crimean leadership (written 'Crimean', UKR, accepted) -> Russia (RUS); future act, no date, modality future: right."),
 15: ({"date"}, "MOBILIZE (patrols) by troops of the Italian-led force (ITA accepted; the force is multinational, so an empty code would also be right); date should be 1997-06-29, the Sunday of the vote ('during the vote'), not the document date 1997-07-01."),
 16: ({"target", "date"}, "SUPPORT (signed union agreements) is mutual between Russia and Belarus: with Russia as source, the target should be Belarus (BLR), which the sentence refers to as 'the former Soviet republic' and 'it'; the agreements are background acts of earlier years ('has signed a series'), so no date, not the document date."),
 17: ({"target"}, "ASSAULT (tear gas) by Egyptian police on Friday 2019-09-20 is right, but the target should be 'a few hundred people who gathered near Tahrir Square' (protesters, EGY), named in the sentence, not empty."),
 18: (set(), "REQUEST (seeking clarity) State Department (USA) -> Turkey (TUR); undated, reported as this news, document date right."),
 19: (set(), "ACCUSE U.S. ambassador (USA) -> South Africa (ZAF) on Thursday 2023-05-11: all right."),
 20: (set(), "ASSAULT (shot dead) by Pakistani police -> Murtaza Bhutto (PAK) on Friday night 1996-09-20; 'officials and witnesses said' is attribution only, asserted: all right."),
 21: ({"event"}, "Spurious: 'she asked the council' introduces a rhetorical question ('how many mothers lost their children...?'), not a request; no PLOVER act."),
 22: (set(), "ACCUSE critics (no country given, empty right) -> Kuczynski (PER), reported as this news, document date right."),
 23: (set(), "CONSULT (reception) Khatami (IRN) and the Saudi prince (SAU) on Tuesday 2001-04-17 ('later in the day'); a meeting, right either way round (PLOVER would put the visitor as source)."),
 24: (set(), "CONSULT Netanyahu (ISR) -> the new U.S. administration (USA) in 'until he could consult': hypothetical, never realised before the vote, no date: right."),
 25: (set(), "ASSAULT negated ('denied attacking'): Eritrea (its information ministry, ERI, speaking for the state; accepted) -> Djibouti (DJI); no date in the sentence, document date accepted."),
 26: ({"source", "target"}, "AGREE (joint statement: agreed to work together to consolidate the ceasefire) is right, but it is mutual between dos Santos (AGO) and Savimbi/UNITA (AGO), 'they'; Zambia (the host) is the wrong source and the UN peacekeepers are the object of the plan, not the other party: target should be the other leader."),
 27: ({"date"}, "SANCTION (convicted) of Anwar (MYS), court unnamed (empty source right); date wrong: he was sacked in September 1998 and only 'later' convicted, so the conviction has no date in the text, not 1998-09."),
 28: ({"target"}, "AGREE (the February plan to provide food aid, an aid pledge) by the United States is right with date 2012-02, but the target should be North Korea (PRK), the recipient and other party, named in the sentence as Pyongyang, not empty."),
 29: (set(), "ACCUSE (investigate: judicial inquiry) by the prime minister's office (Benazir Bhutto, PAK); no party named as target; document date right."),
 30: (set(), "CONSULT (opened negotiations) EU -> Serbia and Montenegro (the state union, split into SRB and MNE, accepted) in October 2005 ('last October'): right."),
 31: ({"modality"}, "ACCUSE Eritrea's information ministry (ERI) -> Djibouti (DJI) is right, but the accusation was made: modality should be asserted, not negated (only the attack is denied)."),
 32: (set(), "AGREE (promise that the UN would do everything possible for justice) by Guterres (UN); no target named; document date right."),
 33: ({"date"}, "REQUEST Islamist deputies (KWT) -> the Islamic affairs minister (KWT) is right, but the demand is background to the crisis, before Tuesday's dissolution, and undated in the text: it should have no date, not 1999-05-04."),
 34: ({"date"}, "ACCUSE Haley (USA) -> Moscow (RUS) is right, but she spoke at Saturday's council meeting that adopted the resolution (the next sentence: 'she asked the council'): date should be 2018-02-24, not the document date 2018-02-25."),
 35: (set(), "RETREAT (release) Malaysia's Federal Court -> Anwar (MYS) on Thursday 2004-09-02: right."),
 36: (set(), "ASSAULT (shot) on the protester's brother (EGY), shooter unnamed, January 2011; attribution to the protester keeps it asserted: right."),
 37: ({"type"}, "Type should be PROTEST (riot): crowds of civilian protesters burning U.N. vehicles and stoning compounds is a violent protest, not ASSAULT; source protesters (COD), target the U.N. mission, date 2004-06-02 (Wednesday, ambiguous with the report date) accepted."),
 38: (set(), "SUPPORT (congratulate) Putin -> Kadyrov (RUS), a separate act from the phone call (CONSULT); document date right."),
 39: ({"target"}, "ACCUSE (indicted, 2001) with the tribunal unnamed in the sentence is right, but the target's country is wrong: Gotovina is a Croatian general (HRV), not French (FRA) because he once served in the Foreign Legion."),
 40: ({"date", "modality"}, "REQUEST Moratinos (ESP) -> EU is right, but 'he would use the move to press' is a future act: modality should be future and it should have no date, not 2010-07-07."),
 41: ({"date"}, "AGREE (campaign spending promises) by Papandreou (GRC), no target named, accepted as an event; the promises were made 'on the campaign trail' before the election, background, so no date, not the document date 2009-10-05."),
 42: ({"target"}, "ACCUSE (summoned to complain) by Turkey's foreign ministry on Tuesday 2021-10-19 is right, but the target should be the ten Western ambassadors (United States, Germany, France and others), not Turkish (TUR)."),
 43: ({"source"}, "ACCUSE -> Zardari (PAK) is right, but the source should be the widow, Ghinwa Bhutto (PAK), the 'she' of the sentence, not the dead Murtaza Bhutto."),
 44: ({"source"}, "ASSAULT (took the airport, Tuesday 2015-07-14) is right, but 'They' are the local fighters of the Popular Resistance (YEM), not residents (residents are only the sources of the report in the previous sentence)."),
 45: (set(), "SANCTION (halted gas) Gazprom (RUS) -> Poland (POL) and Bulgaria (BGR) on Wednesday 2022-04-27: right."),
 46: (set(), "CONSULT Obasanjo (NGA) and Biya (CMR) with Annan (UN) in Paris last month, 2002-09: right."),
 47: ({"date"}, "ACCUSE (investigate) by Ukrainian police is right, but the investigation is ongoing when reported, so document date 2002-04-01; 2002-03-29 is the Friday of the shooting, not of the investigation."),
 48: ({"source", "date"}, "SUPPORT (move to recognise Ukrainian church independence) is right, but 'it' is the Istanbul-based (Ecumenical) patriarchate (no state code or TUR), not the Russian government; and it came before Moscow cut ties in October 2018, so the date should be 2018-10 or earlier/undated, not 2019-01-05."),
 49: (set(), "REQUEST Karzai (AFG) 'has long demanded', an ongoing stance, document date right; no addressee named, empty target right."),
 50: ({"target"}, "CONSULT among NATO ministers on Wednesday 2015-12-02 is right, but Russia is the topic of the discussion, not a participant: the target should be empty (or NATO members), not Russia."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
with open("events-b.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if "event" in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
