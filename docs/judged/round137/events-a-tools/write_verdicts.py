"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's hand verdicts below."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
R = os.path.dirname(HERE)
F = ['event', 'type', 'source', 'target', 'date', 'modality']
T = {f: True for f in F}

def v(**wrong):
    d = dict(T)
    for k, val in wrong.items():
        d[k] = val
    return d

SPUR = {f: False for f in F}

V = {
 1: (v(), "Right: the U.N. mission (UNO) deplores the Taliban's school-closure announcement, reported as this news, so the document date holds. The sentence names no party for the target, only the act ('the announcement'), so an empty target is right by the rules (a coder would otherwise put the Taliban)."),
 2: (v(source=False, date=False), "Accepted as ACCUSE investigate (PLOVER: 'any investigation'), though whether a coder would code a journalistic investigation is borderline. Source should be the two Reuters reporters Wa Lone and Kyaw Soe Oo ('they', GBR/MMR media), not empty. Date should be 2017-12: 'at the time' is the December arrest, so the time is not unknown."),
 3: (v(target=False), "SUPPORT (sign an agreement) by Rice (USA) on 2008-07-08 is right. Target should be the Czech Republic (CZE), the partner to the radar deal that the sentence names, not empty."),
 4: (v(target=False, date=False), "SUPPORT by Biden (USA) is right. Target should be Suga (JPN), whose effort to hold the Games safely Biden backs and who is named in the sentence. Date should be 2021-04-16, the Friday summit and news conference, not the document date 2021-04-17."),
 5: (v(), "Right: Chirac (FRA) held talks with Gaddafi (LBY) in Tripoli on Wednesday 2004-11-24; CONSULT asserted."),
 6: (v(date=False), "CONSULT Musharraf (PAK) with Abbas (PSE) and Saudi Arabia (SAU) is right. Date is wrong: he consulted them 'before the meeting' of Thursday 2005-09-01, so the document date 2005-09-02 is after the act. It should have no day date (some time before 2005-09-01)."),
 7: (SPUR, "Spurious: 'Bulgaria voted for change' is Parvanov's quoted description of the election result. Voting in an election is not a PLOVER act between political actors."),
 8: (v(), "Right: ASSAULT firearms by the gunman (Canadian, as the next sentence says) on a Canadian soldier, Wednesday 2014-10-22."),
 9: (v(), "Right: RETREAT resign by Thapa (NPL), 2004-05-07 as given."),
 10: (v(), "Right: CONCEDE, Korcok (SVK) concedes defeat to Pellegrini (SVK). The text gives no date for the concession, so the document date is right."),
 11: (v(date=False), "CONSULT third-party hosted by Medvedev for Sargsyan and Aliyev is right. Date is wrong: 'has hosted several rounds' sums past meetings from an earlier time, so it should have no date, not the document date."),
 12: (v(), "Right: REJECT by Netanyahu (ISR) of the Palestinians' (PSE) demand at the summit that ended Wednesday 1996-10-02."),
 13: (v(date=False), "REQUEST Libya -> Italy is right. Date is wrong: 'has long demanded' is an act still going on when the story is told, so by the rules it takes the document date 1999-12-02, not unknown."),
 14: (v(date=False), "SUPPORT (establish diplomatic ties) Japan and the U.S. -> China is right. Date is wrong: it is a background act (after 1969, in fact 1972 and 1979), so it should have no day date, not the document date 2021-04-17."),
 15: (v(), "Right: CONSULT visit by Clinton (USA) to Mexico (MEX). The visit is still going on at the document date 1997-05-07."),
 16: (v(target=False, date=False), "COERCE arrest by Hungarian police is right. Target should be the Azerbaijani army officer (Ramil Safarov, AZE MIL), not the state of Azerbaijan. Date should be 2004-02-19: he was detained at the scene of Thursday's pre-dawn attack, and Friday is only when officials said it."),
 17: (v(), "Right: AGREE Houthis (YEM) -> United States in May 2025 (a deal on U.S. vessels in return for a halt to U.S. strikes)."),
 18: (v(type=False), "Type should be ACCUSE (disapprove): Zeid's warning that the crackdown could push people toward violence criticises Bahrain. It is not a threat by him. Source (UN), the empty target (the sentence names only 'the crackdown'), the document date and the modality are right."),
 19: (v(date=False), "REQUEST Ouattara (CIV) -> soldiers (CIV MIL) is right. Date should be 2017-01-07: this is the televised statement the lead dates 'on Saturday', not the document date 2017-01-08."),
 20: (v(source=False), "ACCUSE allege against Temer (BRA), June 2017, is right. Source should be the prosecutor general (BRA JUD), named in the sentence ('by the prosecutor general'), not empty."),
 21: (v(), "Right: mutual AGREE between Biden (USA) and Suga (JPN) on Friday 2021-04-16."),
 22: (v(date=False), "ACCUSE allege, U.S. embassy (USA) -> Houthis (YEM), is right. Date is wrong: 2025-07-07 is the Monday of the attack, and the text gives no date for the accusation. It is reported as this news, so it should be the document date 2025-07-10."),
 23: (v(date=False), "Accepted as ACCUSE, Argentines (ARG) blaming the IMF, though it is a general public attitude that some coders would skip. Date is wrong: present-tense 'blame' holds when the story is told, so it takes the document date 2018-06-08, not unknown."),
 24: (v(target=False, date=False), "ACCUSE by Beijing (CHN) is right. Target should be the Dalai Lama, whose announcement is denounced, not India (IND). Date is wrong: it is a background act from about May 1995, when he made the announcement, not the document date 1995-11-30."),
 25: (v(date=False), "AGREE (invitation), hypothetical, Albright -> the two leaders, is right (Israel/Palestine stand for Netanyahu and Arafat). Date is wrong: May 11 is the date of the talks in Washington, not of the invitation, which the text does not date."),
 26: (v(), "Right: mutual AGREE Obama (USA) and Xi (CHN) on Friday 2015-09-25."),
 27: (v(), "Right: SUPPORT (sign a security deal), Solomon Islands (SLB) -> China (CHN), 2022 ('last year')."),
 28: (v(date=False), "ACCUSE investigate ordered by Speaker Chatterjee (IND) is right, and the target is empty (the inquiry names no party). Date should be 2008-07-22: the afternoon of the debate before Tuesday's vote, not the document date 2008-07-23."),
 29: (v(target=False), "ACCUSE (condemn the attack) by the information minister (SDN), Monday 2020-03-09, is right. Target should be empty (unknown attackers, 'those behind it'), not the senior police official, who only described the attack in an earlier sentence."),
 30: (v(), "Right: ACCUSE, Guinea's opposition (GIN) -> the government (GIN), a past-perfect background act of unknown time, so no date is right."),
 31: (v(date=False), "REJECT Kenyatta (KEN) -> Supreme Court (KEN) is accepted (ACCUSE for calling the judges crooks would also fit). Date should be 2017 ('at the time' of the 2017 annulment), not the document date 2021-05-14."),
 32: (v(target=False), "ACCUSE allege by the Russian natural resources ministry, summer 2006, is right. The target party (the Sakhalin-2 consortium) is right, but its code should be empty: it is a multinational consortium led by Shell with Japanese partners, not a Russian actor (RUS)."),
 33: (v(), "Right: Wade (SEN) dismissing the protests, coded REJECT (disparaging them, ACCUSE, would also fit). The target is empty because the sentence names only 'the protests'; document date, asserted."),
 34: (v(date=False), "REJECT (refusing a visa), New Zealand -> Sri Lankan judge (LKA), as Fiji officials reported, is right. Date is wrong: 'had refused' is a background act before the expulsions, so it should have no date, not the document date 2009-11-04."),
 35: (v(target=False), "AGREE (offer of a visa) by the Czech Republic (CZE) is right, and the undated past-perfect act is right without a date. Target should be the sprinter Krystsina Tsimanouskaya ('her', BLR), not Marcin Przydacz (POL)."),
 36: (v(date=False), "SUPPORT by Seoul (KOR) is right; target empty, since the sentence names only the communique. Date should be the document date 2000-10-12: the welcome of Thursday's communique is reported as this news, so the time is not unknown."),
 37: (v(date=False), "ASSAULT Houthis (YEM) -> Israel is right. Date is wrong: 'have fired ... since October 2023' is a campaign still going on when the story is told, so it takes the document date 2025-07-10, not unknown."),
 38: (v(), "Right: ACCUSE Ban (UN) -> Iran's leaders (IRN) in his summit speech, Thursday 2012-08-30."),
 39: (v(source=False, date=False), "CONCEDE -> Parvanov (BGR) is right. Source should be Petar Stoyanov with country BGR (the outgoing Bulgarian president), not an uncoded 'country'. Date should be 2001-11-19: 'shortly after midnight' after Sunday's vote, not 2001-11-18T00:00."),
 40: (v(target=False), "SUPPORT (signing agreements) on Monday 1996-06-10 is right, and the source stands for the Russian negotiators (RUS). Target should be the Chechen separatist negotiators (Maskhadov's side, RUS REB), not empty: this is a mutual signing, and dateline merged both sides into one actor."),
 41: (v(date=False), "SUPPORT by the British embassy (GBR) is right. Date should be the document date 2012-08-20, when the verdict came and the statement was reported. 2012-08-09 is the trial date."),
 42: (v(), "Right: AGREE (ready to exchange) by Poroshenko (UKR), with the Russian citizens (RUS) to be exchanged as target (Russia would also do), document date 2016-03-22."),
 43: (v(), "Right: CONSULT Takaichi (JPN) with Xi (CHN) at the summit last month, 2025-10."),
 44: (v(), "Right: ACCUSE investigate by the IOC (no country). The sentence names no party for the investigation, so the target is empty; document date."),
 45: (v(target=False), "AGREE by Kiir (SSD) the weekend before, 2020-W07, is right (CONCEDE would also fit). Target should be the opposition (Machar's SPLM-IO, SSD), named in the sentence as the party whose objection the reversal meets, not empty."),
 46: (SPUR, "Spurious: 'until they gave themselves up' is the condition in the military's statement (a demand to the wanted men), not an act. The 'source', Israeli officials, is in any case not who would give themselves up."),
 47: (v(), "Right: CONSULT visit, Bosworth (USA) -> Seoul (KOR), due Sunday 2010-11-21, future."),
 48: (v(target=False, date=False), "REQUEST by the EU is right. Target should be Croatia/Zagreb (HRV GOV), who was to hand suspects over, not the war crimes suspects. Date is wrong: the demand ran through six years of negotiations, and 2011-12 is the treaty signing, so it should have no date."),
 49: (v(date=False), "REQUEST China -> Takaichi (JPN) is right. Date is wrong: the text does not date the demand (between last week's remarks and the document date). 2025-11-14 is the date of the travel advisory in the lead."),
 50: (v(), "Right: SANCTION convict, Russian court -> Savchenko (UKR), Tuesday 2016-03-22."),
}

items = [json.loads(l) for l in open(os.path.join(R, 'events-a-items.jsonl'))]
assert len(items) == 50
with open(os.path.join(R, 'events-a.jsonl'), 'w') as out:
    for it in items:
        verdict, reason = V[it['n']]
        verdict = dict(verdict)
        if not verdict['event']:
            verdict = {f: False for f in F}
        verdict['all'] = all(verdict[f] for f in F)
        rec = dict(it)
        rec['verdict'] = verdict
        rec['reasons'] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')

P = {
 'h46-x179-07': dict(coder_events=[
     "COERCE: Chandrika Kumaratunga (LKA) -> parliament (LKA), suspended parliament for two months, 2001-07-10"],
     found=0, spurious=0,
     notes="Announcing a referendum is not a PLOVER act. Dateline found no event in this paragraph (its five events are in later paragraphs)."),
 'h46-x177-15': dict(coder_events=[], found=0, spurious=0,
     notes="An election result (Zeman defeats Schwarzenberg) is not a PLOVER act, and the 'row' over the expulsions is a topic with no act in this sentence."),
 'h46-x180-11': dict(coder_events=[], found=0, spurious=0,
     notes="A no-confidence vote and coalition defections are domestic parliamentary moves with no PLOVER code; the row with Australia is background with no act here. A coder who coded the defections as SANCTION would count one act that dateline missed."),
 'h46-x180-06': dict(coder_events=[
     "SANCTION: Peru's Congress (PER) -> Inter-American Court of Human Rights (IGO, no code), voted to withdraw Peru from the court's jurisdiction, 1999-07-07",
     "REQUEST: Inter-American Court of Human Rights (IGO) -> Peru (PER), ordered new trials for four Chileans, days before 1999-07-07 (late May 1999 per the story)",
     "SANCTION: secret military judges (PER) -> four Chileans (CHL), convicted of treason, background (1994 per the story)"],
     found=0, spurious=0,
     notes="Dateline coded the withdrawal as RETREAT/withdraw. PLOVER codes a country withdrawing from an organisation or treaty as SANCTION withdraw (RETREAT withdraw is for forces and territory), so it is a real act with the wrong type. Both background acts were missed."),
 'h46-x179-03': dict(coder_events=[], found=0, spurious=0,
     notes="An election (Narayanan elected president) is not a PLOVER act."),
 'h46-x179-05': dict(coder_events=[], found=0, spurious=1,
     notes="Launching a party at a rally is not a PLOVER act. Dateline's AGREE on 'promising' is a campaign pledge to end a rival party's rule, not an offer or commitment to cooperate, so it is spurious ('promise' in another sense)."),
}
paras = [json.loads(l) for l in open(os.path.join(R, 'paragraphs-a.jsonl'))]
with open(os.path.join(R, 'paragraphs-a-verdicts.jsonl'), 'w') as out:
    for p in paras:
        d = P[p['doc']]
        rec = {'doc': p['doc'], 'coder_events': d['coder_events'], 'found': d['found'],
               'dateline_events': len(p['events']), 'spurious': d['spurious'], 'notes': d['notes']}
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
