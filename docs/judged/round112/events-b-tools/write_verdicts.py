"""Write events-b.jsonl from the judge's verdicts below (T = right, F = wrong).
Fields in order: event, type, source, target, date, modality."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
base = os.path.dirname(here)
F_ = False; T = True
V = {
 1: ("TTTTTT", "Expected resignation of Rabuka as SVT leader: future concession, no date given, so null is right; CONCEDE is accepted since PLOVER routes not-yet-happened resignations away from RETREAT (RETREAT/resign with future modality would also do)."),
 2: ("TTTTTT", "Ghannouchi urging all (Tunisian) parties to ensure a smooth transition: REQUEST, TUN, reported as this news on the document date."),
 3: ("TTTTTT", "Ethiopia's deployment of troops into Somalia, dated December 2006 by the text; MOBILIZE/troops ETH -> SOM is right."),
 4: ("TTTFTT", "Missile firings near Taiwan in 1996 are right as MOBILIZE/weapons by China, but 'the island' in the sentence is Taiwan, the party aimed at: target should be Taiwan (TWN), not empty."),
 5: ("TTTFTT", "Praise (sarcastic, coded literally) by Morales; 'the diplomat' is U.S. ambassador Manuel Rocha, so the target's country should be USA, not BOL; undated 'later' is right as unknown."),
 6: ("TTFTTT", "WTO ministers approving Yemen's membership: source should be the WTO trade ministers (multinational, no country code), not Indonesian ministers (IDN); the meeting was merely hosted in Indonesia."),
 7: ("TTTTFT", "Offer of help conditional on disarmament is AGREE asserted (wave-76 rule) KOR -> PRK, but 'has offered' is a campaign offer of an earlier, unstated time: date should be none (unknown), not the document date."),
 8: ("TTTTFT", "Police killing civilians is right SLE police -> SLE civilians, but the lead dates the shootings to Wednesday: date should be 2022-08-10, not the document date 2022-08-11 (Thursday)."),
 9: ("TTTTTT", "Bush's visit to Albania on Sunday 2007-06-10: CONSULT/visit USA -> ALB, all right."),
 10: ("TFTFTT", "A missile test launch, not an attack: type should be MOBILIZE/weapons; North Korea is the launcher, not the target, so the target should be empty; empty source is right (agentless passive); 3 a.m. 2017-11-29 is right."),
 11: ("FFFFFF", "Spurious: the U.N. limiting its own staff's movements is a safety precaution, not an act on another political actor ('staff movements' is not a party); nothing to code as COERCE."),
 12: ("TTFTTT", "Announced future sanctions on Pyongyang accepted as SANCTION, future, no date; but 'He' (Trump) announces U.S. sanctions, so the source should be Trump / the United States (USA), not empty."),
 13: ("TTTTFT", "Troop deployments in Bulawayo (deployers not named in the sentence, empty source accepted) were on Friday like Harare's: date should be 2020-07-31, not the document date 2020-08-01 (Saturday)."),
 14: ("TTTTTT", "Killings in last year's fighting in Macedonia: ASSAULT, no named source, target 100 people (MKD), year 2001 given by 'last year'; right."),
 15: ("TTTFFT", "Chiluba backing down on a third term is CONCEDE, but the sentence names those he yielded to: target should be the opposition in his party, the churches and civil society (ZMB); date should be 2001 ('last year'), not unknown."),
 16: ("TTTFTT", "Chaudhry's promise (AGREE) on swearing-in day is right in type, source and date, but the sentence names to whom it is made: target should be the people of Fiji (FJI), not empty."),
 17: ("TTTTTT", "Lee Teng-hui's 1995 visit to the United States: CONSULT/visit TWN -> USA, 1995; right."),
 18: ("TTTTTT", "Total killed since the fighting escalated last month has no date (round-20 rule); ASSAULT with no named source, target 700 people (YEM); right."),
 19: ("TTFTTT", "Shooting of civilians on Sunday 2007-09-16 is right in type, target and date, but 'the guards' are the Blackwater guards of a U.S. security firm: source country should be USA, not IRQ."),
 20: ("TTTTTT", "Musharraf's call in his UN General Assembly speech earlier in the week (2004-W39): REQUEST, PAK, no addressee named; right."),
 21: ("TTFTFT", "The sentence names the killers of some officers ('beaten to death by crowds'): source should be the crowds/protesters (SLE), not empty; the killings were on Wednesday, so date should be 2022-08-10."),
 22: ("TTTTFF", "Ugandan officials' alleged military aid to M23 is AID UGA -> COD, but it is a claim of the UN panel's report that Uganda denies: modality should be reported; it is a background act of unstated earlier time, so date should be none, not the document date."),
 23: ("TTTTTT", "Dodon condemning the expulsion decision: ACCUSE, MDA; 'the decision' names no party so empty target is right by the conventions; document date right."),
 24: ("TTTTTT", "U.S. (with EU, Gulf states) condemning the detentions: ACCUSE, USA; 'the detentions' names no party, empty target right; document date right."),
 25: ("TTTFTT", "Damascus condemning the U.S. sanctions: type, source and date right, but target Syria is wrong; it should be the United States (USA, author of the measures) or empty, never Syria."),
 26: ("TTFTTT", "APEC leaders endorsing the IMF plan on Tuesday 1997-11-25 is right in type, target and date, but the source is the 18 APEC leaders (multinational, no country code), not Canadian (CAN)."),
 27: ("TFTTTF", "'Serbia will never accept Kosovo's secession' is a refusal: type should be REJECT (SRB -> Kosovo) with modality asserted, not AGREE negated; parties and undated background statement are right."),
 28: ("TTTTTT", "Car bomb killing Gebran Tueni on Monday 2005-12-12: ASSAULT, unknown source, target Tueni (LBN); right."),
 29: ("TTFTTT", "Expected invitation of Ahmeti's party (DUI) into a coalition: AGREE, future, no date, target DUI right; but the party cannot invite itself: source should be empty (inviter not named; it would be Crvenkovski's coalition)."),
 30: ("TTTTTT", "MDC Alliance condemning the arrests: ACCUSE, ZWE; no party named as target, empty right; document date right."),
 31: ("FFFFFF", "Spurious: '\"What defeat?\" he asked' is a rhetorical question to his followers, not a request."),
 32: ("TTTTTT", "Hungary's parliament approving the new constitution on Monday 2011-04-18: SUPPORT (approve policy), HUN, no target; right."),
 33: ("TTTFTT", "Rice's promise of an inquiry is AGREE, USA, document date right; but it was made in the call to Maliki named in the sentence: target should be Maliki (IRQ), not empty."),
 34: ("TTFFTF", "The deputy's claim that the court bowed to Brussels: the embedded concession is accepted as CONCEDE but must be reported (a claim); 'the court' is the Turkish Court of Appeals (TUR), not the ECHR; 'Brussels' is the EU, not the Belgian government."),
 35: ("TTFFFT", "Soldiers killed in clashes with the PKK: source should be the PKK and target the soldiers (TUR), not families -> PKK; it is a background act of unstated time, so date should be none, not 2004-06-09."),
 36: ("TTTFTT", "Juba welcoming the report's criticism: SUPPORT of the report (the independent inquiry), but the U.N. mission is the object of the criticism, not of the support; target should be the inquiry/report authors (no code), not the United Nations."),
 37: ("FFFFFF", "Spurious: economists are not political actors; analysts welcoming a truce is commentary, not an event."),
 38: ("TTTFTT", "China condemning the storming of LegCo is ACCUSE, CHN, document date; but the sentence refers to the actors as 'the offenders': target should be the protesters who stormed the Legislative Council (HKG), not empty."),
 39: ("TTTTTT", "Jalloh announcing the curfew on Wednesday afternoon: COERCE/curfew, SLE, 2022-08-10 afternoon; right (not a duplicate, e1 is another sentence)."),
 40: ("TTTFFT", "REQUEST by many smaller countries is right, but Germany and Japan are beneficiaries, not the party asked (the UN membership/Assembly; empty would do); the speeches were during the 22-24 October session, not the document date 1995-10-25."),
 41: ("TTTTTT", "Junta seizing power in coups (2020 first) accepted as ASSAULT, MLI, no party named as target; year 2020 from the text; right."),
 42: ("TTTTTT", "Sarkozy's trip to Moscow for talks with Medvedev on Sept. 8: CONSULT/visit FRA -> Russia; right."),
 43: ("TTTFTT", "Hamid's resignation on Monday is RETREAT/resign, PAK; but he stepped down to meet the demand of the TLP named in the sentence: target should be Tehreek-e-Labaik Pakistan (PAK), not empty."),
 44: ("TTFTTT", "'It' is the Mitchell fact-finding committee (the report), not the Israeli government: source should be the international committee (no country code); type, target PSE and date 2001-05-21 right."),
 45: ("TTTTFT", "Arrests of BNP activists (no named arrester, empty source right) happened over the weeks before the rally: date should be none (a span before 2023-10-28), not the document date."),
 46: ("TTTTFT", "Chung's concession came less than two hours after polls closed on Wednesday: date should be 2007-12-19, not the document date 2007-12-20."),
 47: ("TTTTTT", "Japanese and Russian companies and government bodies signing agreements during the visit: SUPPORT (sign agreement), mutual JPN/RUS, document date within the visit; right."),
 48: ("TTTFTT", "'The five' are the political activists (blogger Mansoor and others), not lawyers: target should be the five activists (ARE); arrest in April 2011 with unnamed arrester is right."),
 49: ("TTTTTT", "King expected to ask Rifai to form a government: REQUEST, future, JOR -> Rifai (JOR), no date; right."),
 50: ("TTTTTT", "Beirut's failure to condemn the January attacks, given negated: ACCUSE, LBN, 2016-01, negated, no party named as target; accepted (the unrecorded Saudi grant halt in this sentence is a recall miss, not an error of this event)."),
}
items = [json.loads(l) for l in open(os.path.join(base, 'events-b-items.jsonl'))]
out = open(os.path.join(base, 'events-b.jsonl'), 'w')
keys = ["event", "type", "source", "target", "date", "modality"]
for it in items:
    code, reason = V[it['n']]
    vals = [c == 'T' for c in code]
    if not vals[0]:
        vals = [False] * 6
    v = dict(zip(keys, vals)); v['all'] = all(vals)
    it = dict(it); it['verdict'] = v; it['reasons'] = reason
    out.write(json.dumps(it, ensure_ascii=False) + '\n')
out.close()
