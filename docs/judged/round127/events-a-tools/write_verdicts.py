# writes events-a.jsonl from the judge's verdicts below (F = fields judged wrong; "spurious" = no event)
import json
V = {
 1: ([], "Future hosting of an OPEC summit by Chavez ('the president') in September 2000: CONSULT, future, all fields right."),
 2: ("spurious", "Spurious: 'encouraged' is used in the sense of emboldened (environmental groups say Bolsonaro's rhetoric emboldened land-clearers); no request was made. The coder's act here is the groups' ACCUSE (blame) against farmers and Bolsonaro."),
 3: (["target"], "Background protests of December 1994 correctly dated; but a protest at home over the authorities' arrest of clerics takes the state as target: target should be the Bahraini government (BHR), not empty."),
 4: (["source"], "Source should be the unnamed speaker of parliament (XKX), not PM Isa Mustafa, who is named as a different person in the previous sentence (reported_by Vetevendosje is also wrong). Future REQUEST to police and prosecutors otherwise right."),
 5: ([], "Kim Jong Il and Putin signed the Moscow Declaration on Saturday 2001-08-04: SUPPORT (sign agreement, CAMEO 057), mutual; all right."),
 6: ([], "Russia and China vetoed the UNSC resolution on Saturday 2012-02-04: REJECT; UNSC as target is acceptable; all right."),
 7: (["type", "target"], "An ambassador taking up his post is resumed diplomatic cooperation: type should be SUPPORT, not MOBILIZE (no troops). Target should be Colombia (COL), named by 'in Bogota' as the state he is accredited to."),
 8: ([], "Syria cut ties with Iraq in 1980: SANCTION, SYR->IRQ, 1980; all right."),
 9: ("spurious", "Spurious duplicate: 'travel to Damascus on Tuesday to meet Assad' is one visit, already coded as e5 (CONSULT visit, 2012-02-07); this second CONSULT also lacks the Tuesday date (2012-02-07)."),
 10: (["target"], "Target should be Thailand's People Power Party (THA), 'the party' Thaksin congratulated, not the Pakistan Peoples Party (PAK)."),
 11: ([], "Ukrainian parliament said it would not recognise the new Duma: SUPPORT (recognition) negated, acceptable by the 'refused to' rule; UKR->RUS, document date; all right."),
 12: (["source"], "The militants are the Pakistani Taliban (Tehrik-e-Taliban Pakistan): source country should be PAK, not AFG. THREATEN against Pakistan otherwise right."),
 13: (["target"], "Target should be President Umaro Sissoco Embalo (GNB), who says he was arrested, not 'Gunfire'. Empty source is right (passive, arresters not in the sentence); Wednesday 2025-11-26 fits the takeover."),
 14: ([], "France and the US welcomed the conduct of the vote: SUPPORT; Morocco is not named in the sentence, so an empty target is right by the conventions (a coder would write MAR); all right."),
 15: ([], "Pashinyan accused Azerbaijan of ethnic cleansing: ACCUSE ARM->AZE, document date; all right."),
 16: (["target", "date"], "A strike at home with no aim named takes the state as target: target should be the Bangladesh government (BGD). Date 2011-06-29 is the Wednesday before the Thursday vote and impossible; the call was made on the document date (2011-07-01 report) and the strike starts the following Wednesday, 2011-07-06."),
 17: ([], "Bahraini security forces arrested Jamri and others, reported on Monday 1996-01-22: COERCE arrest, BHR->BHR; ('leader' is the same Jamri); all right."),
 18: (["target", "date", "modality"], "CONCEDE is acceptable (PLOVER: promised future withdrawal), but target should be the FARC (or empty), not Switzerland, which is only a size comparison; the withdrawal is due ('is due to'), so modality should be future and the date the scheduled Saturday 1998-11-07 (next sentence), not 1998-11-03."),
 19: (["target"], "Besigye rejected the result declaring Museveni the winner: target should be Yoweri Museveni (UGA), named in the sentence. Date Sunday 2011-02-20 and REJECT asserted are right."),
 20: ([], "ECOWAS and AU demanded release of detainees and completion of the vote: REQUEST; the junta is not named in the sentence, so empty target is right; document date; all right."),
 21: ("spurious", "Spurious: King Abdullah 'warned of a Shi'ite crescent' is a comment about a danger, not a threat against anyone; no THREATEN (at most a pessimistic comment, no PLOVER event)."),
 22: (["date"], "ASSAULT on at least seven Palestinians is right (source empty as the sentence names no shooter), but the date should be Thursday 1998-05-14, the day of the clashes reported as this news, not unknown."),
 23: (["source"], "'It' is the summit's final declaration: source should be the Arab leaders / Arab League summit, not Algeria (the host). REQUEST (called for Arab solutions), 2022-11-02, otherwise right."),
 24: ([], "Baku court on Monday 2013-02-04 ordered Mammadov and Yagublu held: COERCE arrest, AZE->AZE; all right."),
 25: (["source"], "The protesters attacked Syrian embassies in several foreign capitals; the text does not say they are Syrian, so the source should be protesters with no country code, not SYR. Rest right."),
 26: (["target", "date", "modality"], "Western governments 'were likely to' press for dialogue: modality should be hypothetical, date undated (a predicted act, not the document date), and target the Cameroonian government/Biya (CMR) being pressed, not the opposition, which is the dialogue partner."),
 27: ([], "Investors welcomed the election outcome: borderline (a market reaction), accepted as SUPPORT by a business sector group; empty target and codes right, document date right."),
 28: (["source"], "The IMF reforms 'agreed in 2010' were agreed by the IMF's members, not by the BRICS leaders of this summit: source should be the IMF membership (no code). AGREE, 2010 otherwise right."),
 29: ([], "Algeria severed ties with Morocco 'last year' = 2021: SANCTION DZA->MAR; all right."),
 30: ("spurious", "Spurious duplicate: 'sending 28,000 troops ... into the region' is the ground offensive itself, already coded from the sentence as e1 (ASSAULT 'launched'); no separate MOBILIZE."),
 31: ([], "Vajpayee and Sharif met on Wednesday 1998-07-29 but failed to agree: AGREE negated, mutual; all right."),
 32: ([], "Stepashin (Russian government) urged that Yugoslavia not be isolated: REQUEST, no addressee named, so empty target right; Friday 1999-07-30; all right."),
 33: (["type"], "Endorsing a post mocking Macron's wife is an insult to Macron, not support: type should be ACCUSE (disapprove/denigrate) Bolsonaro->Macron. Date (last week, W34) acceptable."),
 34: ([], "Arab leaders ended their summit on Wednesday 2022-11-02: CONSULT multilateral; all right."),
 35: (["date"], "ASSAULT killing two demonstrators and a policeman is right, but the clashes took place outside Saturday's session (2007-11-24) and were reported on Sunday; the document date 2007-11-26 is wrong: should be 2007-11-24."),
 36: ([], "Petro suggested Venezuela could help mediate talks with the ELN: CONSULT (mediation), hypothetical, undated; all right."),
 37: (["target"], "The 'terrorist grouplet' in the sentence refers to the National Council of Resistance of Iran: target should be the NCRI (IRN), not empty. REJECT of the allegations otherwise right."),
 38: (["target", "date"], "Pinera's call for agreements is addressed to the opposition: target should be the Chilean opposition (CHL). The victory speech was on Sunday night 2017-12-17 (run-off day), not the document date 2017-12-18."),
 39: ([], "Aid agencies welcomed the Cairo accord: SUPPORT, no country, empty target (parties not named in the sentence); document date; all right."),
 40: (["target"], "A demand for the resignation of senior security officials is aimed at those officials / the government, both named in the sentence: target should be the Iraqi government (IRQ), not empty."),
 41: ([], "White House said it supported efforts to help Brazil: SUPPORT USA->BRA, document date; all right."),
 42: ([], "Ismayilli residents took to the streets on Jan. 23 against the regional governor's family: PROTEST (riot rather than demo, mode not scored), AZE->AZE (an authority), 2013-01-23; all right."),
 43: (["source", "date"], "Source should be the two leaders with their country, Narendra Modi (IND) (target Nepal/Dahal), not 'leaders' with no code; the signing was part of Thursday's talks, 2023-06-01, not the document date."),
 44: ([], "India rejected Nepal's 2020 map: REJECT; Nepal is not named in the sentence so empty target is right; undated is acceptable for this background act (2020 would be better); all right."),
 45: (["date"], "Turks killed in the chaos of war in the final years of the Ottoman Empire (around 1915): a historical act, so the date should be that period (about 1915) or undated, not the document date 2011-12-23."),
 46: ([], "Russian diplomats complained before about being sidelined: ACCUSE, RUS, no target, undated background; all right."),
 47: ([], "Ortega struck a power-sharing pact with Aleman in 1999: AGREE NIC->NIC, 1999, background fact asserted; all right."),
 48: (["date"], "Bolanos's televised address urging calm came after Thursday's vote: date should be 2002-12-12 (or the document date), not 2002-01, which is when he took office."),
 49: ([], "Kuwaiti security forces broke up the opposition gathering on Wednesday night 2010-12-08: ASSAULT (crowd control), KWT->KWT participants; all right."),
 50: ([], "Bolsonaro dismissed the criticism as interference: REJECT, empty target (critics not named), document date; all right."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
out = []
for l in open('events-a-items.jsonl'):
    it = json.loads(l)
    bad, reason = V[it['n']]
    if bad == "spurious":
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in bad for f in FIELDS}
    v['all'] = all(v[f] for f in FIELDS)
    it['verdict'] = v
    it['reasons'] = reason
    out.append(it)
with open('events-a.jsonl', 'w') as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + '\n')
# counts
from collections import Counter
c = Counter()
for it in out:
    for k, b in it['verdict'].items():
        c[k] += b
print({k: c[k] for k in FIELDS + ['all']}, 'of', len(out))
