"""Write events-a.jsonl from judge a's verdicts (fields that are wrong listed per item, with reasons)."""
import json
HERE = '/work/wt/j123a/docs/judged/round123/'
FIELDS = ['event', 'type', 'source', 'target', 'date', 'modality']

# n -> (wrong fields, reasons); 'event' in wrong fields means spurious (all false)
V = {
 1: (['target'], "A Russian land offensive (ASSAULT, Friday 1999-10-01) is right, but the offensive is into Chechnya, named in the sentence and the party attacked: target should be Chechnya / the Chechen separatist forces (RUS), not empty."),
 2: ([], "The expected Milan meeting of Putin with Poroshenko is a future CONSULT (RUS -> UKR); the text gives no date for it, so no date is right."),
 3: (['target'], "'The Croats would not accept a foreign governor' is a refusal (AGREE negated is accepted like 'refused to' -> negated), Croats (BIH) right, document date right; but the 'foreign governor' is the international high representative Petritsch (an Austrian acting for the international community), not Croatia: target should be Petritsch / the high representative (no code or AUT), not HRV."),
 4: (['date'], "CONSULT visit Menem (ARG) -> Britain (GBR) is right, but the sentence says he began the visit on Tuesday: date should be 1998-10-27, not the Wednesday document date."),
 5: ([], "REQUEST US State Department -> the two sides (Armenia and Azerbaijan; a two-country group, empty code accepted), undated statement reported as news, document date right."),
 6: ([], "CI (the party, GNQ) complaining of arrests of its activists is ACCUSE; the sentence names no arresting party so an empty target is right; repeated complaints of unknown time with no date are right."),
 7: ([], "Uzbekistan declining to sign the CSTO agreement at Sunday's summit is REJECT; the sentence names no party as target; date 2009-06-14 right."),
 8: ([], "Obasanjo ordering Nigerian security agencies to track down the killers is a REQUEST (orders) NGA -> NGA security agencies; undated, document date right."),
 9: ([], "Uganda breaking diplomatic ties with Sudan in April 1995 is SANCTION (mode should be discontinue/break relations, CAMEO 161), UGA -> SDN, date 1995-04 right."),
 10: (['date'], "ACCUSE (condemned the abuse) by Morales with no named target is right, but the news conference is the one at which he announced the suspension, which the lead dates to Monday: date should be 2011-09-26, not the Tuesday document date."),
 11: ([], "The relative clause reports LRA fighters killing civilians in northern Uganda: ASSAULT LRA (UGA) -> civilians (UGA), a span of years with no date, asserted by the narrator."),
 12: (['event'], "Spurious: 'The Kremlin played down the protests' reports no protest act by the Kremlin; 'protests' is only the topic of a dismissive statement."),
 13: ([], "Hamas and Islamic Jihad (PSE) praising the shooting is SUPPORT; the sentence names no party praised, so empty target is right; undated, document date right."),
 14: ([], "ACCUSE Del Ponte (ICTY/UN) -> Belgrade (SRB); repeated accusations of unknown time with no date are right."),
 15: ([], "The Popular Front (TUN) calling for the budget to be suspended is REQUEST; the sentence names no party (the budget is not a party), empty target right; document date right."),
 16: ([], "REQUEST Ban Ki-moon (UN) -> all sides (a multi-party group, empty code accepted); undated call reported as news, document date right."),
 17: ([], "CONSULT North Korean delegation (PRK) -> Lee Myung-bak (KOR) on Sunday 2009-08-23, right in all fields."),
 18: (['date'], "ACCUSE Kurti -> Kosovo's previous negotiators is right, but 'has criticised' is a background act of an earlier, unstated time: it should have no date (unknown), not the document date."),
 19: ([], "'Bowing to pressure' codes his Wednesday (2008-07-30) announcement as a concession (CAMEO 0831 accede to demands for change in leadership -> CONCEDE), distinct from e1, the future resignation itself; no party exerting pressure is named, empty target right."),
 20: ([], "ASSAULT Sri Lankan troops (LKA) -> Tamil Tiger rebels (LKA) launched on Tuesday 1997-05-13, right in all fields."),
 21: ([], "Israeli air strikes in Gaza early on Friday: ASSAULT ISR -> Gaza (PSE) 2023-01-27, right."),
 22: ([], "REQUEST Western governments -> all sides in Sri Lanka (LKA); undated urging reported as the news of the wire's own day (Jan 27), accepted."),
 23: (['event'], "Spurious (duplicate): the killing of four and wounding of 70 'in the attack' is one act, already coded from this sentence as e3 (killed); the wounding is a second event for the same grenade attack."),
 24: ([], "ACCUSE Pope Benedict XVI (VAT) condemning the killing; no party named as target; undated condemnation reported as news on the day of the killing, accepted."),
 25: ([], "Australian business groups urging restraint is REQUEST; the sentence names no addressee, so empty target is right; document date right."),
 26: ([], "REQUEST (demand resignation) opposition lawmakers (PER) -> Interior Minister Rospigliosi (PER); undated, document date right."),
 27: ([], "Kurdish leaders (IRQ) welcoming the law is SUPPORT; the law is not a party, empty target right; document date right."),
 28: ([], "COERCE arrest of Ali Belhadj (DZA) by unnamed authorities; the jailing's time is not stated in the sentence (arrest 1991 or jail after the 1992 conviction), so no date is right."),
 29: ([], "ASSAULT on Idriss Deby (TCD), killer not named as such (empty source right), April 2021 right."),
 30: (['source', 'target'], "ACCUSE investigate (uncovering the plot, 2012) is acceptable, but the actor is 'his forces', the Internal Security Forces (LBN), not Rifi himself; and the plot led to the arrest of the pro-Syrian former minister named in the sentence, who should be the target (LBN)."),
 31: ([], "Russia's consumer protection agency banning Belarusian dairy imports on June 6: a trade restriction, type COERCE accepted via CAMEO2PLOVER 163 (mode should be restrict, not ban); RUS -> BLR, 2009-06-06 right."),
 32: (['type', 'target', 'modality'], "The backing of the rebels by Taylor is material (rebels making armed incursions): type should be AID (military aid), not verbal SUPPORT; it is inside the government's blame ('which the government blames on rebels backed by Taylor'), so modality should be reported; and the text does not make the rebels' country plain, so the target should be 'rebels' with no code, not GIN."),
 33: ([], "ACCUSE Kadyrov -> radical Chechen commanders (RUS) in 1999 ('last year'), right."),
 34: (['date'], "ASSAULT Israeli police -> the Palestinian gunman (PSE) is right, but he was shot right after the Friday-night attack ('then drove off'): date should be 2023-01-27, not unknown."),
 35: ([], "PROTEST demo by protesters in Chad (TCD) against the junta's extension, October 2022; the sentence names no party so empty target is right (the Chad state would also be right)."),
 36: (['source', 'target'], "ASSAULT on Saturday is right, but the sentence names the shooter, 'an armed bystander' (source should be the armed bystander, country not given), and the boy is the 13-year-old Palestinian boy of the previous sentence: target should be PSE, not ISR."),
 37: ([], "ACCUSE Nepali Congress (NPL) -> Adhikari's communist-led government (NPL), June 1995, right."),
 38: ([], "RETREAT withdraw Israeli forces (ISR) from Palestinian-ruled Gaza land (PSE) on Wednesday 2001-04-18, right."),
 39: ([], "REQUEST Sharif (PAK) -> MQM (PAK) to hand over suspects; the text gives no date for the demand (October 17 is the assassination), so no date is right."),
 40: (['type'], "Netanyahu promising a swift and forceful response is a threat of force, not an offer of cooperation: type should be THREATEN (violence), not AGREE; other fields right."),
 41: ([], "PROTEST obstruct students (TWN) occupying the legislature (TWN, a government building/authorities' act) from March 2014, right."),
 42: (['date'], "COERCE arrest police (RUS) -> about 170 protesters (RUS) is right, but these are the Moscow detentions of the Saturday march (lead: 'on Saturday'): date should be 2007-04-14, not the Sunday document date."),
 43: ([], "Future CONSULT Mujica (URY) and Fernandez (ARG), mutual; 'in the coming weeks' gives no date, unknown right."),
 44: (['source'], "REQUEST to the Saudi authorities is right, but the sentence names the urgers, pro-government commentators (SAU): source should be those commentators, not empty."),
 45: ([], "ACCUSE Bangladesh government officials -> the opposition (BGD); undated, document date right."),
 46: (['target', 'date'], "Croatia's government saying it supports a single Bosnian state is SUPPORT for Bosnia: target should be Bosnia and Herzegovina (BIH), not Foreign Minister Picula (who is the source of the next act); 'has repeatedly said' is a background act of earlier, unstated times and should have no date rather than the document date."),
 47: (['type'], "Rights groups warning that the courts would deny a fair trial is a criticism, not a threat (they threaten nothing): type should be ACCUSE (disapprove); source, target (the proposed special courts, PAK), date and modality right."),
 48: ([], "ASSAULT execute Bahrain (BHR) -> the Shi'ite man on Tuesday 1996-03-26; the text does not state his nationality, so an empty code is accepted."),
 49: ([], "Hu insisting that rich countries bear the main responsibility is a demand (REQUEST) on rich countries (no code); undated, reported as the summit's news, document date right."),
 50: ([], "PROTEST riot by protesters (IRN) burning police property, aimed at the authorities (Iran a right target), Sunday 2009-12-27, right."),
}

items = [json.loads(l) for l in open(HERE + 'events-a-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open(HERE + 'events-a.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if 'event' in wrong:
            v = {f: False for f in FIELDS}
        else:
            v = {f: f not in wrong for f in FIELDS}
        v['all'] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec['verdict'] = v
        rec['reasons'] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
print('written')
