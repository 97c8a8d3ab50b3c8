"""Write events-d.jsonl from the judge's verdicts (fields judged false are listed; the rest are true)."""
import json

F = ("event", "type", "source", "target", "date", "modality")
# n: (fields wrong, reasons);  "SPURIOUS" = no event (all false)
V = {
 1: ([], "Right: Ramos-Horta resigned on Sunday 2006-06-25 (story Tuesday 06-27), with no target. The cut-off name 'Jose Ramos' and the code TMP (the old ISO/CAMEO code for East Timor; the record uses TLS for Alkatiri) still give the right party and country."),
 2: ([], "Right: the cabinet's expected approval of the Hebron accord is SUPPORT (approve/ratify), future, dated Thursday 1997-01-16; Palestine is accepted as target because it is clearly the other party to the approved accord."),
 3: (["target"], "Target should be Paraguay (PRY): the sentence names Paraguay as the party praised ('the handover ... showed Paraguay's democracy has come of age'), so the empty target is wrong; everything else is right."),
 4: (["date"], "Date should be 2010-07-22, not the document date 07-23: Chaderton answered the evidence shown at Thursday's OAS special session ('earlier in the day'), and all of the story's news is from Thursday."),
 5: (["target"], "Target should be Afghanistan (AFG): the sentence names it as the party of the welcomed agreement ('enduring commitment to Afghanistan'); the empty target is wrong."),
 6: (["source"], "Source should be Iran (IRN): Qasemi speaks for Iran's Foreign Ministry (the previous sentence is Iran's reaction) and is not an Iraqi official. Type, target Iraq, date and modality are right."),
 7: ("SPURIOUS", "Duplicate: 'summoned South Korea's ambassador to lodge a protest' is one act, already coded from this sentence as e2 (ACCUSE Gemba -> South Korea's ambassador). Even if it were the main event, its target should be South Korea's ambassador (KOR), not empty."),
 8: ([], "Right: Tunc rejected the suggestions that the probe was political, and REJECT is accepted for rejecting a charge. No target is named, and the document date is the news day."),
 9: ([], "Right: 'both sides' (Pashinyan and Erdogan) made a mutual statement supporting continued Turkey-Armenia normalisation (SUPPORT, verbal cooperation). The document date is accepted because the text dates only the Thursday talks, not the statement."),
 10: (["date"], "Date should be 2014-07-22, not the document date 07-23: Widodo spoke after the commission's Tuesday declaration, on the same day Prabowo withdrew ('earlier in the day'), which the lead puts on Tuesday."),
 11: (["modality"], "Modality should be asserted: the Palestinian officials did make the accusation, and Israel's denial is a separate act that does not negate it (reported_by Israel is also wrong). Everything else is right."),
 12: ([], "Right: the Shabaab spokesman's vow to keep up a guerrilla war is a THREATEN (violence) by Shabaab (SOM). No target is named in the sentence; the document date is the news day."),
 13: (["type", "target"], "Type should be ASSAULT: gunmen raiding an army depot and stealing weapons is an armed attack, and COERCE seize is for police or authorities. Target should be the Thai army (THA), named by 'an army depot'; the gunmen (THA, by place) and 2004-01 are right."),
 14: ("SPURIOUS", "Not an event: a voter's quote ('we voted for peace, not for a man') reports voting in an election, not an act of the PLOVER type family between political actors."),
 15: (["date"], "Date should be none, not the document date: 'more than 80,000 killed in the two-year conflict' is a total summed over a span, which has no date under the round-20 rule. The empty source, the target group (SYR) and asserted are right."),
 16: (["source", "target"], "Source should be Kabila with code COD, since he is the Congolese president and the code is empty. Target should be Rwanda (RWA) and Uganda (UGA) ('both countries'), not the DR Congo."),
 17: ([], "Right: people suspected of being Tutsis were rounded up in Kinshasa (COERCE arrest, no named source, target COD by place). Reported is right because the act sits inside 'reports that'."),
 18: (["source", "target"], "'The two leaders' are Obama (USA) and Medvedev (RUS), a mutual CONSULT, so source and target should be those two. The source 'leaders' has no country, and Iran is the talks' topic, not a party to them."),
 19: ([], "Right: Ghannouchi (TUN) rejected the dissolution. The sentence names no party (the dissolution is an act), so the empty target is right; the document date is the news day."),
 20: (["target"], "Target should be Lee's elder brother (Lee Sang-deuk, KOR): he is the one arrested, not Lee Myung-bak, and JPN is the wrong country. The date 2012-07 ('last month') is right."),
 21: (["target"], "Target should be empty (or the accord's parties): 'it' is the Hebron accord, and the Labour Party is not acted upon. REJECT, future and no date are right."),
 22: ("SPURIOUS", "Not an event: the central bank giving up the baht's dollar peg is a monetary-policy act with no political actor acted upon, not a concession to anyone. The target 'Thailand government' is made up."),
 23: ([], "Right: the Taliban (AFG) condemned the agreement. The agreement is not a party, so the empty target is right; the document date is right."),
 24: ([], "Right: Afghanistan's government signed the security agreement with the United States on Tuesday 2014-09-30 (SUPPORT, sign agreement)."),
 25: (["target"], "Target should be Alexander Lebed (RUS): the signing is mutual and Lebed is named in the sentence, so the empty target is wrong. The source Maskhadov (RUS, Chechen rebels), Saturday 1996-08-31 and asserted are right."),
 26: (["target", "date"], "Target should be Mugabe (ZWE): the endorsed plan extends 'his' term. Date should be none: the endorsement is background at an unstated earlier time, not this news."),
 27: ([], "Right: the noun phrase 'the Senegalese deployment' reports Senegal's troop deployment (MOBILIZE) and is not a duplicate within this sentence. No target is named; the deployment is still going on, so the document date and asserted are right."),
 28: ([], "Right: Turkish prosecutors (TUR) accused Imamoglu (TUR) of crimes. The document date is the news day (Wednesday)."),
 29: ([], "Right: the 2019 suicide bombing that killed 40 Indian paramilitary police is an ASSAULT with no named source; the date 2019 is right."),
 30: (["source"], "Source should be Duterte's lawyers only: Sara Duterte did not call the arrest illegal, and her accusation is the separate event e11. The police who made the arrest are accepted as target."),
 31: (["date"], "Date should be 2010-11-08, not the document date 11-09: the lead puts the camp clearance and 'a day of rioting' on Monday, and the violence 'then spread' to Laayoune that day. Riot, youths and target Morocco (public buildings) are right."),
 32: ([], "Right: the EU and the US urged Albania's parties to accept the result; 'had urged' is an earlier act at an unstated time, so no date is right."),
 33: ([], "Right: mutual signing of New START by Obama (USA) and Medvedev (RUS) on Thursday 2010-04-08."),
 34: ([], "Right: Renamo's ongoing demands (REQUEST), with no target named; an ongoing act takes the document date."),
 35: ([], "Right: Lukashenko (BLR) dismissed the OSCE's criticism (REJECT). The criticism is not a party, so the empty target is right; the document date is the news day."),
 36: ([], "Right: Iraq's parliament voted to reject the resolution on Tuesday, 2002-11-12 (story Thursday 11-14). No party is named, so the empty target is right."),
 37: ([], "Right: the Turkish F-16 shooting down the Russian Su-24 on 2015-11-24, ASSAULT (aerial) Turkey -> Russian military aircraft (RUS)."),
 38: (["target"], "Target should be Anwar Ibrahim (MYS): UMNO expelled 'him', meaning Anwar, the man Mahathir had fired, not Mahathir. The date 1998-09-03 is right."),
 39: (["source", "target"], "Source should be Rodrigo Duterte (PHL), not his daughter Sara, and target should be the International Criminal Court ('the court'). The date 2019 is right."),
 40: ([], "Right: Russia (its Foreign Ministry spokeswoman) called Germany's expulsions unfriendly and groundless (ACCUSE disapprove). Germany is not named in the sentence, so the empty target is right; the document date is right."),
 41: ([], "Right: several people arrested after the coup attempt (COERCE arrest) with no named source. Target NER by context; the document date is the news day."),
 42: (["type"], "Type should be REJECT: blocking the opening of EU accession talks is a veto (CAMEO 129), not COERCE restrict. Bulgaria -> EU (whose decision is blocked) and Tuesday 2020-11-17 are right."),
 43: (["source"], "Source country should be empty: the text does not say where the arms control advocates are from (IND is guessed). The criticism of the deal with no party target, and the date, are right."),
 44: ("SPURIOUS", "Not an event: Benkirane's quote that Moroccans 'have voted for reform' describes an election result, not an act between political actors."),
 45: ([], "Right: Ovelar (PRY) conceded defeat late on Sunday, election night 2008-04-20. Lugo is not named, so the empty target is right."),
 46: (["date"], "Date should be none: 'more than 20 rounds of talks' is a total summed over a span. The government (Guebuza, MOZ) -> Renamo (MOZ) CONSULT is right."),
 47: (["source"], "Source should be China's foreign ministry (CHN), not Japan. Target Tokyo (JPN), date and asserted are right."),
 48: ([], "Right: the Pashinyan (ARM) - Erdogan (TUR) meeting on Thursday 2022-10-06."),
 49: ([], "Right: Moscow (RUS) rejected the German accusations. No party is named, so the empty target is right; the document date is the news day."),
 50: ([], "Right: Pezeshkian (IRN) thanking voters (IRN) is accepted as SUPPORT (praise), dated on the news day."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
with open("events-d.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
