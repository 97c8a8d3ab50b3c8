"""Write events-a.jsonl from the judge's verdicts (fields listed are the WRONG ones)."""
import json
F = ['event', 'type', 'source', 'target', 'date', 'modality']
SPURIOUS = 'SPURIOUS'
V = {
 1: (['source'], "Marchers are indigenous ('Indian') Bolivian peasants, not people of India: source country should be BOL, not IND. March on the capital with no other aim named, so the Bolivian state is a right target; ongoing act 'in recent days' takes the document date."),
 2: (['type'], "A reciprocal agreement to exchange 1,000 POWs each is AGREE (codebook: reciprocal agreement, both parties as actors; CAMEO 0353 maps to AGREE), not CONCEDE, which would fit a one-sided promised concession. Parties, Friday 2025-05-16 and asserted are right."),
 3: ([], "Bucaram refused to accept Congress's decision: REJECT, asserted, document date for an act reported as this news. 'the decision' names an act, not a party, so an empty target is right by the rules (Congress, ECU, would be the fuller target)."),
 4: ([], "'the candidate backed by outgoing President Benigno Aquino': Aquino (PHL) SUPPORT for Roxas (PHL), a support still holding when the story is told, so the document date is right."),
 5: (['target'], "White House welcomes Maliki's stepping aside (SUPPORT, asserted, document date right), but Iraq is only named inside the quote and is not the party welcomed; target should be empty ('the move' names an act) or Maliki (IRQ)."),
 6: ([], "France sent troops into Mali in January 2013: MOBILIZE troops with the country the troops were sent into as target is acceptable (the Islamists would also be right); 2013-01 is the date the text gives."),
 7: ([], "Neves (BRA) congratulated Rousseff (BRA): SUPPORT, asserted; no date in the text, so the document date is right by the rules."),
 8: (['date', 'modality'], "Deby threatened to STOP hosting the Darfur refugees; the hosting itself is real and going on (AID to Sudanese refugees, SDN), so it is asserted, not hypothetical, and takes the document date 2006-04-14; only its ending is threatened (the THREATEN is coded separately as e5)."),
 9: (['target'], "Rwandan soldiers fired on the displaced people of a camp 'in the southwest of the country': internally displaced Rwandans (Hutus who fled their homes), so the target country should be RWA, not empty. Weekend of 22-23 April 1995 and source are right."),
 10: ([], "Biden (USA) said he was ready to work with Turkey on its defences: AGREE (willingness to cooperate) toward Turkey, asserted, document date."),
 11: (['date'], "Arrests by Salvadoran security forces are COERCE arrest (SLV->SLV) right, but 'have since arrested more than 75,000 people' is a total summed since March 2022, which has no date by the rules; the document date is wrong."),
 12: ([], "Serbia agreed to suspend for a year its campaign against Kosovo's recognition: a promised concession to Kosovo (XKX), CONCEDE per the codebook; signed Friday 2020-09-04, asserted."),
 13: ([], "Dutch authorities (NLD) arrested the two Libyans (target al-Megrahi, LBY, one of them): COERCE arrest on Monday 1999-04-05, asserted."),
 14: (SPURIOUS, "Kabila saying he would travel to Kinshasa, the capital of the country he now claims to lead, is no consultation or visit to another actor; not a PLOVER event (target 'DRC government' is his own government)."),
 15: ([], "Hardline Tehran newspapers (IRN) criticised the deal: ACCUSE disapprove, asserted; 'the deal' names an act, so an empty target is right; 2003-10-21 is the wire's date (TEHRAN, Oct 21) for this news."),
 16: (['target'], "The DTP voting against the motion is a REJECT (opposition to the motion) asserted on Wednesday 2007-10-17, but 'it' is the motion, not the army: the Turkish army is not the party acted upon; target should be empty (or the Turkish parliament/government, TUR)."),
 17: ([], "Taliban (AFG) taking control of Kabul is armed seizure of ground, ASSAULT by the conventions; Afghanistan (AFG) as target for its capital is right; Friday 1996-09-27 explicit."),
 18: ([], "Trump (USA) urged Iran (IRN) to make a deal: REQUEST, asserted, document date (the strikes' day, 2025-06-13)."),
 19: ([], "Aid agencies called on the new (Kabila) authorities (COD) to give access to refugees: REQUEST, asserted, document date."),
 20: (['source', 'target'], "The North Korean torpedo boat that sank is the victim, not the attacker: North Korea (PRK) should be the target, and the source should be empty (not named in the sentence) or South Korea's navy (KOR). Date Tuesday 1999-06-15 and asserted are right."),
 21: ([], "The U.N. Command (coded as the UN, IGO) called for general-officer talks: REQUEST (meet), no other party named so empty target right, document date 1999-06-15."),
 22: ([], "Serpa (COL) conceded defeat in the election: CONCEDE (yield), no party named for the concession, so empty target is acceptable; the text places the concession on election night Sunday 2002-05-26 (the document date 05-27 would also be right)."),
 23: (['date'], "Putin not travelling to Turkey for the talks is a negated CONSULT visit (RUS->TUR), but it is dated by the talks, Friday 2025-05-16 (ISO week 20); 2025-W19 comes from 'last weekend', the date of Putin's proposal."),
 24: (SPURIOUS, "'to be detained' restates the arrest already coded from the same sentence (e1 'arrested'): a duplicate."),
 25: (['source', 'date'], "The state of emergency was declared by Wahid ('the nearly blind Muslim cleric'), not assembly speaker Amien Rais: source should be Abdurrahman Wahid (IDN). The text dates the decree to the early hours of Monday 2001-07-23, so no date is wrong. COERCE and empty target are right."),
 26: ([], "Chinese officials (CHN) sought a meeting with PNG foreign minister Pato (PNG): REQUEST meet, asserted, document date (summit's last day) right."),
 27: (['target'], "Melia calling the charges politically motivated is ACCUSE disapprove (GEO, asserted, document date), but 'them' are the charges, not the 2019 demonstrators; target should be the Georgian authorities/prosecutors (GEO) or empty."),
 28: ([], "Montenegro's parliament (MNE) ratified the NATO accession treaty in April 2017: SUPPORT (ratify); 'the accession treaty' names no party, so empty target is right."),
 29: (['date'], "The king (BTN) asking the people to vote is a REQUEST reported by the farmer (asserted), but it is a background act before the election with no date in the text: the document date is wrong, it should have no date."),
 30: (['source', 'target'], "The talks are a CONSULT on Monday 2006-07-24, but the 'ethnic Albanian leaders' are Kosovo Albanians (Sejdiu, Ceku; Kosovo/XKX, or SRB before independence), not Albania (ALB), so the mutual source and target lists both carry a wrong party code."),
 31: (['type', 'source', 'target', 'date', 'modality'], "The trigger is Pence's 'warned smaller countries against accepting Chinese loans': source should be Pence (USA), target the smaller countries (no code) or China; it is a warning-off (REQUEST, or ACCUSE of China), not a THREATEN; asserted, on Saturday 2018-11-17, not hypothetical and undated."),
 32: ([], "Downer (AUS) said an Australian navy ship was being sent to Honiara: MOBILIZE, asserted, with the Solomon Islands (SLB) as destination target acceptable; document date right."),
 33: ([], "Reinfeldt (SWE) welcomed Klaus's signature ('the news', no party): SUPPORT, empty target right, Tuesday 2009-11-03 document date."),
 34: ([], "Australia and New Zealand condemned the militia's takeover: ACCUSE disapprove; 'the takeover' names an act, not a party, so empty target is right; document date."),
 35: (['date'], "Israel's air strike killing Nasrallah and hitting Hezbollah (LBN) is right, but the strike was on Friday evening, 2024-09-27 (next sentence: 'Friday evening's strike'); Saturday is the day Hezbollah confirmed it."),
 36: (['date'], "Russia invading Ukraine is a background act of February 2022, mentioned only as preceding May 2022; giving it the document date 2023-07-11 is wrong (should be no date, or 2022)."),
 37: (['source', 'target'], "'Pristina insisting on nothing less than independence': source should be the Kosovo Albanian leaders (Pristina, XKX) only, not the Serbian leaders and not Albania (ALB); the demand is addressed to Belgrade, named in the sentence, so target should be Serbia (SRB). REQUEST, Monday, asserted are right."),
 38: ([], "USA and UK accusing Saddam Hussein (IRQ) of blocking inspectors: ACCUSE allege, Wednesday 1998-12-16, asserted."),
 39: ([], "Conde (GIN) thanked voters (GIN): SUPPORT (praise), asserted, no date in the text so the document date is right."),
 40: ([], "Thailand sent military aircraft to Cambodia to evacuate its citizens: MOBILIZE with Cambodia (KHM) as destination is acceptable; Thursday 2003-01-30 explicit, asserted."),
 41: (['type', 'target', 'date'], "Pastrana ordering troops to retake the rebel zone is a military operation against the FARC, not a REQUEST to his own troops: type should be ASSAULT (retaking ground) or MOBILIZE, target the FARC rebels (COL); it happened in February 2002 (after the talks broke off), not on the document date."),
 42: (['date'], "The six killed in the strike (LBN, no attacker named so empty source is right) died in Friday evening's strike named in the previous sentence: date should be 2024-09-27, not Saturday."),
 43: (['date'], "Three killed in the post-result clashes (GIN; no attacker named in the sentence, empty source right), but the clashes came 'within hours' of Monday's results: date should be 2010-11-15, the date the text gives, not the document date."),
 44: ([], "Beijing's (CHN) earlier denunciation of the referendum: ACCUSE disapprove; 'a referendum' names no party so empty target is right; undated background act with no date is right."),
 45: ([], "Rabin (ISR) assassinated by a Jewish extremist (country not given, empty right) in November 1995 ('last November'): ASSAULT assassinate, asserted."),
 46: (['date'], "Biya (CMR) calling for dialogue is a REQUEST, asserted, empty target right, but it is reported as this news with no date in the text, so it takes the document date 2017-10-02; an unknown date is wrong."),
 47: ([], "Mayaki (NER) called for calm: REQUEST, asserted, empty target right; the statement follows Friday's killing the same day (the document date 04-10 would also be right)."),
 48: (['target'], "'were among the first to congratulate him': 'him' is Milei, so the target should be Javier Milei (ARG), not empty. SUPPORT, sources and date are right."),
 49: ([], "The African Union condemned the coup ('the seizure of power', no party named): ACCUSE disapprove, empty target right; 2005-08-03 is the wire's date (NOUAKCHOTT, Aug 3)."),
 50: ([], "Arafat (PSE) welcomed Yassin's release: SUPPORT, asserted, Wednesday 1997-10-01; the releasing party (Israel) is not named, so an empty target is acceptable."),
}
items = [json.loads(l) for l in open('events-a-items.jsonl')]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open('events-a.jsonl', 'w') as out:
    for it in items:
        wrong, reason = V[it['n']]
        if wrong == SPURIOUS:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v['all'] = all(v[f] for f in F)
        it = dict(it)
        it['verdict'] = v
        it['reasons'] = reason
        out.write(json.dumps(it, ensure_ascii=False) + '\n')
