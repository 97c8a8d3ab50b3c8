# Writes events-b.jsonl from the judge's verdicts below (fields: event,type,source,target,date,modality).
import json
T, F = True, False
V = {
 1: ((T,T,T,F,F,T), "Giving up the claim under the treaty is a CONCEDE by Romania; the target should be Ukraine alone (Russia government and Soviet Union are the 1940 annexers, not the party conceded to); date should be 1997-06-02, the Monday of the signing under which Bucharest gave up the claims (first sentence)."),
 2: ((T,T,F,T,T,T), "Resumed talks with India are a CONSULT in March 1997, but the source 'whose officials' are Pakistan's officials (PAK), not IND."),
 3: ((T,T,T,F,T,T), "HRW's criticism of the ban is ACCUSE; 'it' is the ban, so the target should be its author, Ukraine's government/Poroshenko (UKR), not the Ukrainians whose rights it is said to attack."),
 4: ((T,T,T,T,T,T), "The US praising Liberians for a peaceful transition is SUPPORT USA -> Liberians (LBR), a distinct recipient from the congratulations to Weah; reported as this news, document date right."),
 5: ((T,T,T,T,T,T), "A call for national unity by Mwanawasa is an appeal coded REQUEST (borderline: a general appeal close to CAMEO 02); no addressee named, so an empty target is right; document date right."),
 6: ((T,T,T,F,F,T), "Trajkovski backing the 2001 peace deal is SUPPORT, but the target should be the ethnic Albanian minority/guerrillas of Macedonia (MKD) or none, not Albania (ALB); it is a background act of 2001 (previous sentence), not the document date."),
 7: ((T,T,T,T,T,T), "Critics accusing Basescu of a populist style is ACCUSE critics (no country given) -> Basescu (ROU), ongoing, document date right."),
 8: ((T,T,T,T,T,T), "Clinton's planned meeting with Netanyahu and Arafat at Erez on Tuesday 1998-12-15 is a future CONSULT; all fields right."),
 9: ((T,T,T,T,T,T), "Israel's offensive in Gaza (late 2008-early 2009) is ASSAULT ISR -> Palestinians (PSE); 2008 is the start year the text gives."),
 10: ((T,F,T,T,T,T), "Angry party supporters torching buses and vandalising cars overnight is a riot: type should be PROTEST (riot), not ASSAULT destroy; source, empty target, date and modality right."),
 11: ((T,T,T,T,T,T), "Stambolic 'recently criticised the government' is ACCUSE SRB -> Serbian government; 'recently' gives no date, so an unknown date is right."),
 12: ((T,T,F,F,F,T), "Signing the 1994 peace treaty is SUPPORT between Hussein and Rabin, but King Hussein is Jordanian (JOR), not ISR, in both source and target lists; date should be 1994 (the 1994 treaty, first paragraph), not the document date."),
 13: ((T,T,T,F,T,T), "Al Shabaab seizing Baidoa on Monday 2009-01-26 is ASSAULT by convention; the target should be Somalia/the Somali government (SOM), whose parliament sits in Baidoa, not the 'Djibouti parliament' (DJI)."),
 14: ((T,T,F,T,T,T), "'He demanded' follows Chavez's remarks to reporters: the source should be Hugo Chavez (VEN), not King Juan Carlos; target Spain's government and the undated 'later' statement at document date are right."),
 15: ((T,T,T,T,T,T), "The Medrek leader's call for a re-run under a neutral body is REQUEST by Medrek (ETH); no addressee named, empty target right; said at the news conference reported as this news."),
 16: ((T,T,T,F,F,T), "Uribe asking armed groups to disarm is REQUEST; the 'violent ones' are Colombia's armed groups (the text makes this plain), so the country should be COL; date should be 2002-08-07, the Wednesday of the inaugural speech, not the document date."),
 17: ((T,T,T,T,T,T), "Bush urging Congress to grant fast-track authority is REQUEST USA -> US Congress at the summit reported as this news; all right."),
 18: ((T,T,T,T,T,T), "Armenian authorities deploying troops in Yerevan on Thursday 1996-09-26 is MOBILIZE troops; no party named as target, empty right."),
 19: ((T,T,T,F,T,T), "Syria rejecting the findings is REJECT; 'the findings' are the UN inquiry's report (Mehlis), so the target should be the UN investigation (UN/IGO), not empty."),
 20: ((T,T,T,F,T,T), "The HKJA condemning the scale of the operation is ACCUSE; 'the operation' is the Hong Kong police raid, so the target should be the Hong Kong police (HKG), not empty."),
 21: ((T,T,T,T,T,T), "Charging Mawarire with subversion is ACCUSE allege (PLOVER 'charge with a crime'), distinct from the arrest coded separately; passive with no agent, empty source right; undated, document date right."),
 22: ((T,T,T,T,T,T), "The Security Council calling for an impartial investigation is REQUEST by the UNSC with no addressee named; all right."),
 23: ((T,T,T,T,T,T), "Trump telling leaders of Muslim-majority countries to drive out extremists on Sunday 2017-05-21 is REQUEST USA -> leaders (no single country); all right."),
 24: ((T,T,T,T,T,T), "Officials loyal to Arafat complaining about Abbas's speech is ACCUSE PSE -> Abbas (PSE); document date right."),
 25: ((T,T,T,T,T,T), "Zardari meeting Sharif on Wednesday 2008-02-20 is CONSULT PAK -> PAK; all right."),
 26: ((T,F,T,F,T,T), "Zarif dismissing and mocking the visit is criticism: type should be ACCUSE (disapprove), not REJECT (no proposal was rejected); 'the visit' is Trump's, so the target should be Donald Trump (USA)."),
 27: ((T,T,T,F,T,T), "Pastrana breaking off the talks in February 2002 is SANCTION (halt negotiations); 'the talks' are the talks with the FARC (the guerrillas of the same sentence), so the target should be the FARC (COL), not empty."),
 28: ((T,T,T,F,F,T), "Tusk conceding is CONCEDE, but the target should be Kaczynski ('his opponent' in the same sentence), as dateline itself codes for other concessions; date should be 2005-10-23, the Sunday of the run-off and first exit polls, not the document date."),
 29: ((T,T,F,T,T,T), "The warning to the interim authorities against violating the embassy is Amorim's: source should be Celso Amorim/Brazil (BRA), not Manuel Zelaya; THREATEN toward the interim authorities (HND) and document date right."),
 30: ((T,F,F,T,T,T), "Congress leaders saying they would support Gujral is a pledge of support, AGREE (CAMEO 032), not SUPPORT; the source is India's Congress party (IND), not the US Congress (USA). The future support itself has no date and future modality is right for it."),
 31: ((T,T,T,T,T,T), "Meles thanking voters in a speech on Monday 2010-05-24 is SUPPORT ETH -> voters (ETH); all right."),
 32: ((T,T,T,T,T,T), "The military's detention of Chief Judge Abdulla Mohamed in January 2012 is COERCE arrest MDV military -> judge (MDV); the detention is an established fact within the ruling, asserted."),
 33: ((T,F,T,T,F,F), "Slovakia sending fighter jets and supplying air defence systems to Ukraine is military AID, not MOBILIZE; it happened 'this year' (2023), asserted, not future with no date; no recipient named in the sentence, so the empty target is right."),
 34: ((T,T,F,T,T,T), "Simecka conceding to Fico is CONCEDE, but Simecka is the leader of Progressive Slovakia: the source's country should be SVK, not EUR/IGO; target Fico and document date right."),
 35: ((T,T,T,F,T,T), "Indonesia sending troops on Monday 2003-05-19 is MOBILIZE troops, but the sentence names their aim, the separatist rebels (GAM, IDN), which should be the target."),
 36: ((T,T,F,T,T,T), "A step Brussels had demanded as a condition for closing accession talks is a REQUEST by the European Union (EU/IGO), not the Belgian government; target Kosor/Croatia and undated past act right."),
 37: ((T,T,F,F,T,T), "The threat to reject Chernomyrdin a third time was made by the Communist-led State Duma (RUS), not Chernomyrdin; the target should be Chernomyrdin (or Yeltsin, RUS), not empty; undated, unknown right."),
 38: ((T,T,T,T,F,T), "Wickremesinghe conceding to Kumaratunga is CONCEDE LKA -> LKA, but the date should be 1999-12-21, the Tuesday of the result, or the document date, not Sunday 1999-12-19 before the vote."),
 39: ((T,T,T,F,T,T), "Troops and police deployed in Kandy and Colombo is MOBILIZE (LKA), but Kandy is a place, not a party: the target should be empty."),
 40: ((T,T,T,T,T,T), "Hasina accusing Khaleda Zia's government on Sunday 2004-08-22 is ACCUSE BGD -> BGD; all right."),
 41: ((T,T,T,T,F,T), "Inzko imposing a law criminalising genocide denial is COERCE (speech restriction, not a curfew mode) on Bosnia, his office seated in Bosnia (BIH acceptable); the date should be 2021-07-23, the Friday the amendments were announced (next sentence), not the document date."),
 42: ((T,T,T,T,T,T), "France endorsing Morocco's autonomy plan is SUPPORT FRA -> MAR; July 2024 follows from 'recalled ... in July after'; all right."),
 43: ((T,T,T,T,T,T), "Cathay Pacific saying it would suspend flights to Colombo is a future SANCTION (curtail commercial exchange) toward Sri Lanka (LKA); borderline as a political event, accepted; future undated, right."),
 44: ((T,T,T,T,T,T), "Caputova expected to ask Fico to form a government is a future REQUEST SVK -> SVK, undated; all right."),
 45: ((T,T,T,T,T,T), "Kostunica calling for the 50 percent rule to be scrapped is REQUEST (change) by the Yugoslav president, no addressee; document date right."),
 46: ((T,T,T,F,T,T), "The EU's grant pledge is AGREE by convention; the actor is the EU (EUR, its mentions 'The union', 'EU', only its display name is the rotating presidency); the target should be the southern Mediterranean partners named in the sentence, not empty; Tuesday 1995-11-28 right."),
 47: ((T,T,T,T,T,T), "The de facto government imposing a nationwide curfew is COERCE (curfew) HND -> Honduras, undated, document date right."),
 48: ((T,T,T,T,T,T), "Machar calling on his supporters to remain calm is REQUEST SSD -> supporters (SSD); document date right."),
 49: ((F,F,F,F,F,F), "Spurious: Republicans taking control of Congress after an election is no seizure or coercion, not a PLOVER event."),
 50: ((T,T,T,T,T,T), "Rights groups criticising Trump is ACCUSE (no country) -> Trump (USA); all right."),
}
items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50
with open('events-b.jsonl', 'w') as out:
    for it in items:
        (e, ty, s, t, d, m), why = V[it['n']]
        if not e:
            ty = s = t = d = m = False
        v = dict(event=e, type=ty, source=s, target=t, date=d, modality=m)
        v['all'] = all(v.values())
        o = dict(it); o['verdict'] = v; o['reasons'] = why
        out.write(json.dumps(o, ensure_ascii=False) + '\n')
