# Writes events-c.jsonl and paragraphs-c-verdicts.jsonl from the judge's hand verdicts below,
# then checks them. Run from docs/judged/round99/.
import json
T, F = True, False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T,T,T,T,F,T, "ACCUSE by Burundi's government against the unnamed 'terrorist group' is right (BDI accepted for a group blamed for a massacre in a Burundian province). Date wrong: the blame followed the massacre 'this month', background to the referendum story, so it should be 2018-05, not the document date."),
 2: (T,T,T,T,T,T, "SUPPORT (congratulate) Lacalle (URY) -> 'his rival' = Mujica (URY), right by description. The speech's day is not stated, so the document date is acceptable under the rules (Sunday 2009-11-29 would be the likelier real day)."),
 3: (T,T,T,T,T,T, "SUPPORT by the Islamic Action Front (JOR); 'the dissolution' is an act, not a party, so an empty target is right by the conventions (a coder might add King Abdullah). Reaction reported as news, document date right."),
 4: (T,T,T,T,T,T, "Signing a peace agreement is SUPPORT (sign agreement); Sudan's government -> six southern rebel factions (SDN), Monday 1997-04-21, all right."),
 5: (T,T,T,T,T,T, "Clinton's appeal for tolerance is a REQUEST with no addressee named in the sentence (empty target right); made in Saturday's address, 2000-08-26."),
 6: (T,T,T,F,F,T, "REQUEST by Pashinyan is right, but the target should be Karekin II (ARM), named in the sentence as the one told to step down. Date wrong: 'has demanded' is a background act of unknown earlier time, so no date (unknown) rather than 2025-06-25."),
 7: (T,T,T,F,T,T, "AGREE (to hold a second round) on Tuesday 2007-06-19 is right and Morocco is a right party, but the mutual agreement leaves out the Polisario Front, which should be the target (or co-actor); an empty target is wrong."),
 8: (T,T,T,T,F,T, "REQUEST by the Communist Party (MDA) to its supporters is right. Date wrong: the call to boycott necessarily came before Sunday's 2010-09-05 vote and the text gives no date, so it should be undated (unknown), not the document date 2010-09-06."),
 9: (T,T,T,T,T,T, "REQUEST by the Burundian presidential spokesman to the opposition (BDI), reported as news, document date right."),
 10: (T,T,F,T,T,T, "REQUEST to Qatar is right, but the source is the spokesman of Israel's foreign ministry (previous sentence), so its country should be ISR, not empty."),
 11: (T,T,T,T,F,T, "Djukanovic's promise of reform and opening to the West is an AGREE (intent to cooperate), empty target acceptable. Date wrong: he spoke as he took the oath on Thursday, 1998-01-15, not 1998-01-14 (the night of the clashes)."),
 12: (T,T,T,T,F,T, "COERCE arrest of more than 1,000 people (RUS) with no agent named (empty source right). Date wrong: the detentions were 'a day after' relative to Monday's sentencing, i.e. Sunday 2017-03-26, not 2017-03-27."),
 13: (T,T,T,T,T,T, "SANCTION (freezing hiring of workers, recalling envoy) Taiwan (TWN) -> Philippines (PHL) on Wednesday 2013-05-15, all right."),
 14: (T,T,T,T,F,T, "EU travel ban/asset freeze on Lukashenko (BLR): COERCE restrict accepted (CAMEO2PLOVER maps 163/172 to COERCE restrict; SANCTION also defensible). Date wrong: 'has already imposed' is an earlier background act, so no date (unknown), not 2011-05-14."),
 15: (T,T,T,F,F,T, "Iraq's promise to let inspectors return is a CONCEDE (verbal concession) by Iraq, but the target should be the United Nations (UNO), named in the sentence as the party told, and the date should be Monday 2002-09-16, not the document date 2002-09-17."),
 16: (T,T,F,T,F,T, "REQUEST for a new election is right, but 'the party' is the Union Solidarity and Development Party (MMR) of the previous sentence, not the NLD; and the text dates it 'on Wednesday', 2020-11-11, so an unknown date is wrong."),
 17: (T,T,T,T,T,T, "CONSULT visit Clinton (USA) -> Israel (ISR) and Gaza (PSE) 'a week ago', 1998-W51 fits (about 1998-12-15)."),
 18: (T,T,T,T,T,T, "ACCUSE Georgia (GEO) -> Moscow (RUS) on Monday 2008-04-21, all right."),
 19: (T,T,T,T,T,T, "RETREAT resign by Sara Duterte (PHL) from the cabinet in June, 2024-06, all right."),
 20: (T,T,T,T,T,T, "COERCE arrest Sudanese security forces -> Hassan al-Turabi (SDN); undated in the text and reported as news, document date right; attribution keeps it asserted."),
 21: (T,T,T,T,T,T, "Yanukovich's attendance at the EU summit in Vilnius on Friday 2013-11-29 is a CONSULT (multilateral) with the EU; accepted, though the sentence's main act, not signing the pact (REJECT), is not coded from it."),
 22: (T,T,F,T,T,T, "REQUEST that U.S. special forces leave, last year (2024), is right, but the source is Chad's government (TCD), not the United States government."),
 23: (T,T,T,T,T,T, "RETREAT resign by finance minister Thanong Bidaya (THA) 'last month', 1997-10, all right."),
 24: (T,T,T,T,T,T, "REQUEST Ranjan Mathai (IND) -> Islamabad = Pakistan's government (PAK), Wednesday 2013-01-09, all right."),
 25: (T,T,T,T,T,T, "SUPPORT (congratulate) by regional leaders -> Mujica (URY) is right; the source list (Leaders, Brazil for Lula) misses Argentina's Fernandez but names right parties with right codes; document date right."),
 26: (T,T,T,T,T,T, "ACCUSE (criticised) with no source named -> Milanovic's government (HRV); undated criticism of 2011-2016, unknown date right."),
 27: (T,T,F,F,T,T, "PROTEST strike on Sunday 2021-03-28 is right, but Hefazat-e-Islam is a Bangladeshi group (BGD), not an uncoded person; the strike answers the police shooting named in the sentence, so by the crowd-protest rule the target should be the Bangladeshi police/state (BGD), not empty."),
 28: (T,T,T,T,T,T, "REJECT by Chile (CHL); Bolivia is not named in the sentence, so empty target is right; 'has refused' is a standing position still in force, document date right."),
 29: (T,T,T,T,T,T, "ACCUSE Mugabe (ZWE) -> London = UK government (GBR); 'accuses' is present and ongoing, document date right."),
 30: (T,T,T,T,T,T, "Future ACCUSE (complaint to the Constitutional Court) by 'the party' = UNITA (AGO), no target named, no date: all right."),
 31: (T,T,T,T,T,T, "REQUEST Georgian officials (GEO) -> Azerbaijan (AZE) for supplies is right (Iran, the second addressee, is missing); reported as news, document date right."),
 32: (T,T,T,T,T,T, "REQUEST for an inquiry by Kizza Besigye (UGA), no addressee named; document date right."),
 33: (T,T,T,T,T,T, "Refusal to recognise the results coded as SUPPORT negated by the EU (the United States is missing); no party named as target; document date right."),
 34: (T,T,T,T,T,T, "ACCUSE (criticised) with no source -> South Africa's government (ZAF) in 2015, all right."),
 35: (T,T,F,T,F,T, "REQUEST to 'honourable citizens' (EGY) is right, but the source is Egyptian state television (EGY), not uncoded; and the broadcast was made during the Sunday-evening clashes, so the date should be 2011-10-09, not 2011-10-10."),
 36: (T,T,F,T,T,T, "Announced future resignation (RETREAT, future) of Taqaddum's three ministers is right, but the source wrongly adds Prime Minister Mohammed Shia al-Sudani, who is not resigning; it should be the three Taqaddum ministers (IRQ) only."),
 37: (T,T,T,T,T,T, "ACCUSE by Niger Delta residents (NGA) -> Nigeria's government (NGA), an ongoing accusation, document date right (the foreign oil firms are missing)."),
 38: (T,T,T,T,T,T, "ACCUSE NDC (GHA) -> soldiers deployed at polling stations (GHA), document date right."),
 39: (T,T,T,F,T,T, "REJECT by the State Department spokesman (USA) is right, but the rejected accusation is Moslehi's, who is 'He' in the same sentence, so the target should be Heydar Moslehi / Iran (IRN), not empty."),
 40: (T,T,T,F,T,T, "ASSAULT firearms by the police guards (RUS) on Monday 2009-08-17 is right, but they fired at the bomber's vehicle, so the target should be the suicide bomber/driver (no country), not empty."),
 41: (T,T,T,T,T,T, "CONCEDE (conceded defeat) by Lacalle (URY), no target needed; Sunday 2009-11-29 (election night) is a fair reading of the text."),
 42: (F,F,F,F,F,F, "Spurious: 'polls show most Venezuelans want Maduro to leave office' is an opinion-poll finding, not a request made by any actor."),
 43: (T,T,T,T,T,T, "REQUEST (urged restraint) by Obama (USA) with no addressee named; document date right; attribution to the White House keeps it asserted."),
 44: (T,T,T,T,F,T, "ACCUSE Colombia's government (COL) -> FARC (COL) is right, but 'has accused' is a background act of earlier, unknown time, so it should be undated (unknown), not 2002-02-25."),
 45: (F,F,F,F,F,F, "Spurious as a duplicate: the firing that killed Hung Shih-cheng is already coded from the same sentence as e3 ('killed'). Had it stood, its target country would also be wrong: Hung was Taiwanese (TWN)."),
 46: (F,F,F,F,F,F, "Spurious: the army chief travelling to the administrative line (the Serbian side) is no visit to Kosovo and no meeting with anyone, so there is no CONSULT."),
 47: (T,T,T,T,T,T, "RETREAT resign by the previous Lebanese government (LBN) after the port blast in August 2020, 2020-08 right."),
 48: (T,T,T,T,T,T, "ASSAULT on two Indian soldiers (IND); attacker not named in the sentence (empty source right); Tuesday 2013-01-08 right."),
 49: (T,T,T,T,T,T, "REQUEST (call for restraint) by the UN Security Council to 'all sides' (no specific party), document date right."),
 50: (T,T,T,T,T,T, "SUPPORT (welcomed the letter) by Russia and France; 'the letter' is not a party, so empty target is right by the conventions (a coder might add Iraq); document date right."),
}
items=[json.loads(l) for l in open('events-c-items.jsonl')]
assert len(items)==50
with open('events-c.jsonl','w') as f:
    for it in items:
        e,t,s,g,d,m,r = V[it['n']]
        v={"event":e,"type":t,"source":s,"target":g,"date":d,"modality":m}
        v["all"]=all(v.values())
        o=dict(it); o["verdict"]=v; o["reasons"]=r
        f.write(json.dumps(o,ensure_ascii=False)+"\n")

P = {
 "h27-x102-05": (["SUPPORT: United Kingdom (GBR) -> Libya (LBY), restored full diplomatic relations, 1999-07-07",
                  "SANCTION: United Kingdom (GBR) -> Libya (LBY), cut relations 15 years earlier, 1984",
                  "ASSAULT: shooter from the Libyan embassy (LBY) -> London policewoman Yvonne Fletcher (GBR), fatal shooting, 1984",
                  "CONCEDE: Libya/Tripoli (LBY) -> United Kingdom (GBR), accepted general responsibility for her death, before 1999-07-07 (no date)",
                  "AGREE: Libya/Tripoli (LBY) -> United Kingdom (GBR), agreed to pay compensation, before 1999-07-07 (no date)"],
                 2, 2, 0, "Dateline found the restoration (SUPPORT) and the acceptance of responsibility (CONCEDE, though its target is the policewoman rather than Britain). Missed: the 1984 break in relations, the 1984 shooting and the agreement to pay compensation."),
 "h27-x102-09": (["PROTEST: Iranian reformist lawmakers (IRN) -> Guardian Council / Iranian state (IRN), sit-in inside parliament, 2004-01-13",
                  "COERCE: Guardian Council (IRN) -> thousands of would-be candidates incl. 80 sitting deputies (IRN), barred from the election, 2004-01-10"],
                 0, 0, 0, "No dateline events; both the sit-in (PROTEST) and the disqualification (COERCE ban) are missed."),
 "h27-x104-19": (["THREATEN: Donald Trump (USA) -> North Korea (PRK), would 'totally destroy' North Korea, 2017-09-19",
                  "ACCUSE: Donald Trump (USA) -> Kim Jong Un (PRK), mocked him as 'Rocket Man' on 'a suicide mission', 2017-09-19"],
                 0, 0, 0, "No dateline events; the threat to destroy North Korea and the mocking of Kim Jong Un are both missed."),
 "h27-x103-24": ([], 0, 0, 0, "An election result only (winning seats, ending a term in office): no PLOVER act. No dateline events."),
 "h27-x103-02": (["SUPPORT: India (IND) <-> Bangladesh (BGD), signed the Ganges water-sharing treaty in New Delhi, 1996-12-12"],
                 1, 1, 0, "The signing is found (mutual SUPPORT); 'ending a dispute' is not a separate act."),
 "h27-x101-13": ([], 0, 0, 0, "A referendum failing on low turnout, reported by election officials: no PLOVER act. No dateline events."),
}
paras=[json.loads(l) for l in open('paragraphs-c.jsonl')]
assert len(paras)==6
with open('paragraphs-c-verdicts.jsonl','w') as f:
    for p in paras:
        ce,fo,de,sp,no = P[p['doc']]
        assert de==len(p['events']), p['doc']
        f.write(json.dumps({"doc":p['doc'],"coder_events":ce,"found":fo,"dateline_events":de,"spurious":sp,"notes":no},ensure_ascii=False)+"\n")

# checks
out=[json.loads(l) for l in open('events-c.jsonl')]
assert len(out)==50
for a,b in zip(items,out):
    assert (a['n'],a['doc'],a['trigger'])==(b['n'],b['doc'],b['trigger'])
    v=b['verdict']; six=[v[k] for k in ("event","type","source","target","date","modality")]
    assert v['all']==all(six)
    if not v['event']: assert not any(v.values())
pv=[json.loads(l) for l in open('paragraphs-c-verdicts.jsonl')]
assert len(pv)==6
for k in ("event","type","source","target","date","modality","all"):
    print(k, sum(o['verdict'][k] for o in out))
print("paragraphs: coded", sum(len(p['coder_events']) for p in pv), "found", sum(p['found'] for p in pv),
      "dateline", sum(p['dateline_events'] for p in pv), "spurious", sum(p['spurious'] for p in pv))
