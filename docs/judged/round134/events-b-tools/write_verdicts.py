"""Write events-b.jsonl from the judge's per-item verdicts below (False fields listed; spurious = 'SPUR')."""
import json

T = True
# n: (list of wrong fields or 'SPUR', reasons)
V = {
 1: ([], "Lukashenko (BLR) dismissing the OSCE's criticism is a REJECT; 'the criticism' names no party, so the empty target is right; undated act reported as this news takes the document date."),
 2: ('SPUR', "Duplicate: 'signing a contract' is how Russia 'agreed on Sunday to complete' the plant, the act already coded from this sentence as e1 (AGREE). Were it kept, the target would be Iran (IRN), the contract's other party, not the United States, which only tried to block it."),
 3: (['target'], "CONCEDE (CAMEO 080 yield) by Hungary's communist government in 1989 is right, but it bowed to public protests: the target should be the Hungarian public/protesters (HUN), named in the sentence as the 'public protests'."),
 4: (['date'], "ASSAULT on Munir (IDN) by an unnamed killer is right, but the murder is not this news: the text dates it to his death on 7 September (previous paragraph), so the date should be 2004-09-07, not the document date 2004-11-12."),
 5: ([], "Moscow (RUS) declining a U.S. ceasefire proposal is REJECT toward the United States; an ongoing refusal ('has so far declined') takes the document date."),
 6: ([], "Kosor (HRV) welcoming the referendum result is SUPPORT; 'the result' names no party, so the empty target is right; document date for the reported reaction."),
 7: ([], "Renamo supporters (MOZ) attacking a police station is ASSAULT on the police (MOZ) on Thursday 2000-11-09."),
 8: ([], "The January coup by which Mainassara (NER) seized power is coded as ASSAULT (military force against the government); no ousted party named in the sentence, so the empty target is right; 1996-01 is the month the text gives."),
 9: ([], "Orban (HUN) and Nastase (ROU) signing the memorandum is SUPPORT (sign agreement), mutual; signed on Saturday 2001-12-22 per the lead."),
 10: (['target'], "SUPPORT (signing) by Jorge Rodriguez (VEN) on Tuesday 2023-10-17 is right, but the co-signatory is named in the sentence: target should be Gerardo Blyde / the opposition Unitary Platform (VEN)."),
 11: ([], "China (CHN) sending aircraft and ships around Taiwan in war games is MOBILIZE toward Taiwan (TWN), Monday 2024-10-14."),
 12: ([], "Ongoing talks between the Colombian government (COL) and the ELN (COL) are CONSULT; an ongoing act takes the document date."),
 13: (['date'], "AGREE (promise) by Musharraf (PAK) is right, but the promise was made in the televised address a day before Monday's (Oct 18) decision: the date should be 1999-10-17."),
 14: (['date'], "SUPPORT (approving the arbitration deal) by Slovenian voters (SVN) toward Croatia is right, but the voters approved it in Sunday's referendum (next sentence); only the results were shown on Monday: date should be 2010-06-06."),
 15: ('SPUR', "Not an event: 'Washington provides around a fifth of UNESCO's budget' is a standing budget share given as background to the funding halt, not an act at a time (and dues to a U.N. agency are not AID)."),
 16: (['target'], "ACCUSE (criticised) by Papadopoulos (CYP) is right, but he criticised the plan (Annan's U.N. plan), not the Turkish troops, who are only part of what the plan allows: target should be empty (or the U.N./Annan), not Turkish troops."),
 17: ([], "AGREE by Hamas (PSE) to pass a letter from Shalit to his family; Shalit (ISR), named in the sentence, is an acceptable target (his family would be at least as good); agreement reported as this news takes the document date."),
 18: ([], "REQUEST by the U.S. and the Iraqi government to Arab countries (a group with no single country code) to upgrade missions; ongoing, document date."),
 19: (['target'], "ACCUSE by Ankara (TUR) is right, but the sentence names whom Ankara denounces: target should be the Kurdish parliament in exile (Kurdish, no state code or TUR Kurds), not empty."),
 20: ([], "REQUEST by the U.S. and the EU for an early return to democracy; Pakistan is not named in the sentence, so the empty target is right; undated act takes the report's date (dateline Oct 18)."),
 21: (['source'], "REJECT of key parts of the plan is right, but Rauf Denktash is the Turkish Cypriot leader: his country is Cyprus (CYP, Turkish Cypriot), not Turkey (TUR)."),
 22: (['source'], "ACCUSE (file complaints, future) is right, but the source is Robinson's campaign (MDG), not SADC, which the sentence does not mention."),
 23: (['target'], "AGREE (pledge) by Obama (USA) on Thursday 2015-05-14 is right, but the sentence names the party pledged to: target should be the Gulf Arab allies (GCC states)."),
 24: (['date'], "PROTEST demo for the 'early rallies' with no party named (empty source and target acceptable), but the early rallies began last weekend (previous paragraph); Tuesday and Wednesday are the days of the arson: the date should be the weekend of 2025-09-27/28 (2025-W39), not 2025-09-30."),
 25: ([], "Russian missiles (RUS) striking Sumy (UKR) is ASSAULT, Sunday morning 2025-04-13."),
 26: ([], "A negated ACCUSE: Indian officials (IND) have not blamed Pakistan-based groups (PAK); undated negated act takes the report's date."),
 27: ([], "Rights groups abroad (no country given) welcoming the vote is SUPPORT; 'the vote' names no party, so the empty target is right; document date."),
 28: ([], "REQUEST by the U.S. embassy (USA) to Albania's main parties (ALB); document date."),
 29: ([], "ACCUSE (condemned the use of violence) by the Netherlands/van Mierlo (NLD); no party named as user of violence, so the empty target is right; document date."),
 30: (['source'], "REQUEST for a transparent inquiry is right, but the source is Western diplomats in Ouagadougou: their country is not Burkina Faso (BFA); the code should be empty (unspecified Western states)."),
 31: ([], "ACCUSE by human rights groups and local politicians (NGA) against Nigerian soldiers (NGA) on Tuesday 2001-10-30."),
 32: (['date'], "RETREAT release by Venezuelan authorities (VEN) of prisoners (VEN) is right, but the text dates it hours after Tuesday's signing: date should be 2023-10-17, not Wednesday 2023-10-18 (the date of the U.S. easing)."),
 33: ([], "REQUEST by a U.N. spokesman to all sides in the Maldives (MDV); document date."),
 34: (['target'], "ASSAULT (several hundred killed in Mogadishu this month, 2007-04, no perpetrator named) is right, but 'there' is Mogadishu, so the victims' country is plain: target code should be Somalia (SOM), not empty."),
 35: ([], "Israel (ISR) launching strikes on Iran's sites (IRN) last Friday, 2025-06-13."),
 36: ([], "India and Pakistan agreeing to ease travel and trade is a mutual AGREE, Wednesday 2011-07-27."),
 37: (['type'], "The arrival of the AU force's Ugandan contingent in Mogadishu is a peacekeeping deployment, not a CONSULT visit: type should be AID (CAMEO 074 peacekeeping; MOBILIZE also defensible); Uganda (UGA) -> Somalia (SOM), 2007-03 are right."),
 38: ([], "ACCUSE by Guyana (GUY) against Suriname (SUR), Sunday 2000-06-04."),
 39: (['date'], "REQUEST (order) by Kim Young-sam (KOR) to his ruling party (KOR) is right, but it is a background act that followed Roh's arrest last month, not this news: the date should be none (at most 1995-11), not the document date 1995-12-03."),
 40: ([], "Singh (IND) and Gilani (PAK) meeting in March is a mutual CONSULT, 2011-03."),
 41: (['target'], "REQUEST by the Egyptian army (EGY) is right, but those urged are the residents of north and central Sinai (EGY civilians); the security forces are whom they are asked to cooperate with: target should be the Sinai residents."),
 42: (['target'], "AGREE (accepted the plan) by Palestinian officials (PSE) on 2001-06-13 is right, but 'it' is the U.S. (Tenet) plan: target should be the United States (USA) or empty, not Israel's security cabinet."),
 43: ([], "The talks the diplomats hope for are coded as they should be: CONSULT (negotiation) between the Malian government and opposition (MLI), hypothetical, with no date."),
 44: ([], "Khalifa Sall (SEN) jailed last year (2018), jailer not named; COERCE arrest is acceptable for 'jailed' (SANCTION convict also defensible)."),
 45: (['source', 'target'], "REQUEST is right but the roles are reversed: Baghdad (Iraq government, IRQ) demanded that the Turkish troops (TUR) leave: source should be the Iraqi government and target the Turkish troops."),
 46: (['target'], "ACCUSE investigate by Angolan prosecutors (AGO) is right, but the sentence names what is investigated: target should be Angola's sovereign wealth fund (its management, AGO), not empty."),
 47: (['source', 'target'], "REQUEST for information is right, but Timmermans acts as First Vice-President of the European Commission: source code should be the EU (EUR/IGO), not the Netherlands; and the sentence names the target: Polish ministers (POL)."),
 48: ([], "The king (MAR) announcing the family-code reform in October 2003 is a promised legal concession; CONCEDE is acceptable (AGREE, CAMEO 034, also defensible); no party named as target."),
 49: (['source'], "REQUEST to voters (SEN) to boycott is right, but 'the elder Wade' is former president Abdoulaye Wade (SEN), not his son Karim Wade: source is the wrong party."),
 50: ([], "Nikolic's statement that Serbia would never give up Kosovo is a negated CONCEDE by Serbia (SRB) over Kosovo (the convention's 'RETREAT negated' analogue; REJECT asserted also right); document date of the speech."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
out = []
for l in open('events-b-items.jsonl'):
    d = json.loads(l)
    wrong, why = V[d['n']]
    if wrong == 'SPUR':
        v = {f: False for f in FIELDS}
    else:
        assert all(w in FIELDS[1:] for w in wrong), wrong
        v = {f: f not in wrong for f in FIELDS}
    v['all'] = all(v[f] for f in FIELDS)
    d['verdict'] = v
    d['reasons'] = why
    out.append(d)
with open('events-b.jsonl', 'w') as f:
    for d in out:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
cnt = {f: sum(d['verdict'][f] for d in out) for f in FIELDS + ['all']}
print(len(out), cnt)
