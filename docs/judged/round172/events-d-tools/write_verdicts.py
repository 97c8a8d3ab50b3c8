"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's verdicts (round 172).

Each verdict lists the fields judged wrong; 'SPURIOUS' marks an item that holds no event.
"""
import json

HERE = '/work/wt/j172d/docs/judged/round172/'
FIELDS = ['event', 'type', 'source', 'target', 'date', 'modality']

V = {
 1: ([], "Curfew imposed by Sri Lanka on Monday (= document date 2014-06-16); the towns are places, not parties, so an empty target is right."),
 2: (['target'], "REQUEST by Biden is right (asking his team to evaluate ties with Uganda; the act ordered is no PLOVER act), but the target should be his national security team (USA), named in the sentence, not empty."),
 3: ([], "'We will not accept a government built on a fraud': Chakwera (MWI) refusing Mutharika's government (MWI); REJECT asserted would be the preferred coding, but an AGREE negated is the mirror reading the conventions allow ('RETREAT negated'); undated, so the document date is right."),
 4: ([], "Navalny (RUS) urging Russians (RUS) is an appeal coded REQUEST; statement posted on the day of the verdict, 2023-08-04."),
 5: (['date'], "ASSAULT toll with no named killer and the 89 dead (in Syria) is right, but the 89 deaths are a total over the fighting from Thursday to Saturday, so by the round-20 rule there is no single date (or the span 2022-01-20/22); Thursday 2022-01-20 alone is wrong."),
 6: ([], "Haitian police (HTI) firing tear gas on crowds (HTI) is ASSAULT crowd-control; no date in the text beyond 'within hours' of the late-Monday announcement, so the document date is right."),
 7: ([], "Western diplomats (no country) welcomed the deal: SUPPORT; 'the agreement' is no party, so an empty target is right; July 22 is the story's own dateline date."),
 8: ([], "Hezbollah (LBN) firing anti-tank missiles at an Israeli army convoy (ISR) on Wednesday 2015-01-28: all right."),
 9: ([], "Unnamed forces detaining several people in Ganja (AZE); passive, so an empty source is right; undated news, document date."),
 10: (['target'], "ACCUSE by Kagame's government (RWA) is right, but 'him' in the sentence is Rusesabagina (RWA), so the target must be him, not empty."),
 11: (['date'], "Patriarch Kirill (the 'head', RUS) backing the swap is SUPPORT with no party as target, but the backing came during the lead-up to the swap (the paragraph's 'last month'), not on the document date after the swap; it should be undated or November 2017."),
 12: (['source', 'date'], "ASSAULT on a police officer (BIH) holds, but the sentence gives the attackers (radical Islamists, the 2010 bombing 'by radical Islamists') as source, and the date should be 2010, which the sentence gives."),
 13: (['date'], "US embassy (USA) calling for restraint on all sides (MMR) is right, but the text gives no date for the statement, so by rule it takes the document date 2013-03-23, not Friday 2013-03-22."),
 14: (['SPURIOUS'], "'a ninth agreed by both sides' is a term of the deal already reported in the lead (how a future member will be chosen), not a new act; spurious (and the source would be both sides, not empty, with the NEC no party to it)."),
 15: ([], "Giammattei (GTM) jailed in 2010 by unnamed authorities: COERCE arrest, date 2010 right."),
 16: ([], "Russian court (RUS) sentencing Navalny (RUS) on Friday 2023-08-04: SANCTION convict, all right."),
 17: (['target'], "NATO intercepting the aircraft (COERCE restrict is defensible for an interception) is right on the source and date, but 'the aircraft' are the Russian MiG-31s, so the target should be the Russian jets (RUS), not empty."),
 18: ([], "Roble (SOM) denouncing the president's (SOM) suspension as a coup attempt, Monday 2021-12-27: all right."),
 19: ([], "Trump (USA) expected to phone Suga (JPN) in the coming days: CONSULT, future, undated; all right."),
 20: ([], "King Abdullah (JOR) criticising the world's silence: ACCUSE; no party named as target (the bombing and 'much of the world' are no party), summit day 2023-10-21; all right."),
 21: (['_'], None),
 22: ([], "Security-force members (EGY) killed over 15 months by unnamed attackers: a total over a span, so no date is right."),
 23: (['target'], "The suicide bombing on Friday 2018-07-13 is right, but the sentence names what was struck, the election gathering for candidate Siraj Raisani (PAK), so the target should be Raisani / the rally (PAK), not empty."),
 24: (['source'], "A promise to pull forces out of Tripoli is CONCEDE, asserted as a promise; target Tripoli (LBY) accepted; but the source, leaders in Misrata, is Libyan, so its code should be LBY, not empty."),
 25: (['type', 'target'], "An order to one's own forces to go on the offensive is coded as the posture it sets, MOBILIZE (or THREATEN) by Ghani (AFG) against the Taliban (AFG), named in the sentence; REQUEST to the Afghan security forces is the wrong type and target."),
 26: ([], "German government (DEU) condemning the verdict: ACCUSE; 'it' is the verdict, no party, so an empty target is right; same day 2023-08-04."),
 27: (['type', 'target'], "Vucic ordering the army on full alert is MOBILIZE (increase military alert, CAMEO 152) by Vucic/Serbia (SRB), the act the lead reports; REQUEST with the army as target is wrong; target should be empty (or Kosovo)."),
 28: ([], "Washington (USA) lifting sanctions on Sudan (SDN) two months before the December 2017 visit, 2017-10: RETREAT (CAMEO 085), all right."),
 29: ([], "HDP members (TUR) detained in recent years by unnamed authorities: a span, no date is right; 'DEM Party' is the HDP's later name, accepted as the same party."),
 30: ([], "IS-blamed suicide bombers (no country) killing 100+ people (TUR) in October 2015: all right."),
 31: ([], "Erdogan (TUR) and Bashir (SDN) signing agreements on Monday 2017-12-25: SUPPORT, mutual; all right."),
 32: ([], "Ban Ki-moon (UN) calling for an investigation: REQUEST; no party named as target, so empty is right; document date right."),
 33: (['target', 'date'], "CONSULT by Malinowski (USA) holds, but 'one party' is Al Wefaq, the Bahraini opposition (BHR), not a USA party; and the text dates the meetings to Sunday 2014-07-06, not the document date."),
 34: ([], "US embassy (USA) and Navi Pillay (UN) urging the Sri Lankan authorities (LKA): REQUEST, all right."),
 35: ([], "Pompeo (USA) condemning the 'acts of sheer evil': ACCUSE with no party named as target, document date; all right."),
 36: (['target'], "Museveni's REQUEST in April 2023 is right, but 'them' are the lawmakers, Uganda's parliament (UGA), not UNAIDS."),
 37: ([], "Seven parties agreeing in Cairo on Monday 2019-01-14 to set up a gas forum: AGREE, mutual, Egypt and the Palestinian Authority both parties; all right."),
 38: (['type', 'target'], "A country withdrawing from an organisation is SANCTION withdraw in PLOVER, not RETREAT; the target should be the Commonwealth (no country code), named in the sentence; source Jammeh (GMB) and 2013 right."),
 39: (['modality'], "Trump (USA) threatening Guatemala (GTM) with tariffs is THREATEN, undated background (unknown right), but the threat was made: it is asserted; only the act in its condition is hypothetical."),
 40: ([], "Sarkozy (FRA) offering condolences: SUPPORT (verbal support; CAMEO 018 has no PLOVER event, SUPPORT accepted); no party named as target; press conference on 2011-07-12; all right."),
 41: ([], "Ukraine (UKR) ordering the expulsion of a Hungarian consul (HUN) on Thursday 2018-10-04: COERCE deport (SANCTION expel would also do); all right."),
 42: ([], "Erdogan (the Turkish head of state, TUR) visiting Khartoum, hosted by Sudan (SDN); the visit was still going on on the document date (he left on Tuesday 2017-12-26); all right."),
 43: ([], "Gunman (no country in the sentence) firing on the U.S. embassy (USA) on Friday 2011-10-28: ASSAULT firearms, all right."),
 44: (['SPURIOUS'], "The police chief's trip to Maiduguri to address his own officers is no consultation between two parties (no host); the act a coder would code in the sentence is his THREATEN against Boko Haram ('days are numbered'); spurious as CONSULT."),
 45: ([], "Serdyukov (RUS) not charged: ACCUSE allege, negated, document date; all right."),
 46: ([], "Nigeria and its neighbours agreeing on Saturday 2014-05-17 to pool intelligence: AGREE; a reciprocal agreement takes no recipient in PLOVER, so Nigeria as source with an empty target is right (the neighbours would also be right)."),
 47: (['source', 'target'], "Arrests by police after the Hong Kong march on Sunday 2016-11-06 are right in type and date, but the police and the four arrested are Hong Kong actors (HKG in CAMEO/ICEWS/POLECAT), not 'China police' (CHN), which conflates the city's police with Beijing, the other side of this story."),
 48: ([], "Gambian police (GMB) firing tear gas at protesters (GMB) on Saturday 2016-04-16: ASSAULT crowd-control, all right."),
 49: (['target'], "Retired generals (RUS) welcoming Serdyukov's departure on Tuesday is SUPPORT for his dismissal, not for Serdyukov; the target should be empty (the dismissal is an act; Putin is not named in the sentence), not Serdyukov."),
 50: (['target'], "Rights groups' ACCUSE is right, but the accused party is Jammeh's security services (GMB security forces), not Jammeh himself."),
}
V[21] = ([], "Bangladesh government (BGD) rejecting the BNP's (BGD) demand for a caretaker government: REJECT; a standing position ('has rejected'), document date right.")

items = [json.loads(l) for l in open(HERE + 'events-d-items.jsonl')]
assert len(items) == 50
with open(HERE + 'events-d.jsonl', 'w') as f:
    for it in items:
        wrong, reason = V[it['n']]
        if 'SPURIOUS' in wrong:
            v = {k: False for k in FIELDS}
        else:
            v = {k: (k not in wrong) for k in FIELDS}
        v['all'] = all(v[k] for k in FIELDS)
        out = dict(it)
        out['verdict'] = v
        out['reasons'] = reason
        f.write(json.dumps(out, ensure_ascii=False) + '\n')

P = {
 'h63-x245-12': ([], 0, "Election results only (two candidates won seats); no act between political actors."),
 'h63-x247-21': ([
    "COERCE: Mohamed Abdullahi Mohamed (SOM) -> Mohamed Hussein Roble (SOM), suspended the prime minister over alleged corruption (administrative sanction, CAMEO 172), 2021-12-27",
    "ACCUSE: Mohamed Hussein Roble (SOM) -> Mohamed Abdullahi Mohamed (SOM), denounced the suspension as an attempted coup, 2021-12-27"], 1,
    "dateline found the denunciation (right in all fields) but not the suspension itself."),
 'h63-x248-17': ([
    "MOBILIZE: China (CHN) -> none, staged its largest ever military parade (show of military power, CAMEO 150), 2019-10-01",
    "ASSAULT: Hong Kong police (HKG) -> teenage protester (HKG), police shot a protester (firearms), 2019-10-01"], 0,
    "Xi's declaration is a statement with no PLOVER type; the parade as MOBILIZE is borderline; the shooting is a clear ASSAULT that dateline missed."),
 'h63-x247-12': ([
    "COERCE: Senegalese police (SEN) -> Khalifa Sall (SEN), arrested the Dakar mayor over alleged embezzlement, 2017-03-07",
    "ACCUSE: Khalifa Sall's supporters (SEN) -> Senegal government / Macky Sall (SEN), say the case is designed to sideline a challenger, 2017-03-08"], 1,
    "dateline found the arrest (right in all fields); the supporters' accusation was missed. The embezzlement charge is part of the arrest (CAMEO 173 covers charging), not coded twice."),
 'h63-x246-16': ([], 0, "Election results and turnout only; no act between political actors."),
 'h63-x246-21': ([
    "SUPPORT: Iraq (IRQ) <-> Iran (IRN), signed a security agreement to tighten control of the shared border, 2023-03-19",
    "ACCUSE: Iran (IRN) -> Iranian Kurdish opposition groups in northern Iraq (IRN), accuses them of stirring unrest at home, 2023-03-20"], 2,
    "Both found with the right type; dateline's ACCUSE has an empty target although the groups are named in the sentence (recall counts type only)."),
}
paras = [json.loads(l) for l in open(HERE + 'paragraphs-d.jsonl')]
assert len(paras) == 6
with open(HERE + 'paragraphs-d-verdicts.jsonl', 'w') as f:
    for p in paras:
        ce, found, notes = P[p['doc']]
        f.write(json.dumps({'doc': p['doc'], 'coder_events': ce, 'found': found,
                            'dateline_events': len(p['events']), 'spurious': 0,
                            'notes': notes}, ensure_ascii=False) + '\n')
