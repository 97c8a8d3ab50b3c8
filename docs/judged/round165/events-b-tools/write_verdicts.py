"""Write events-b.jsonl from the judge's verdicts below (judge b, round 165).

Each entry: n -> (event, type, source, target, date, modality, reasons).
Run from the round165 folder.
"""
import json

T, F = True, False
V = {
 1: (T,T,T,T,T,T, "Critics accusing Sarkozy of inflaming tensions is an ACCUSE; 'critics' has no country in the text, so empty is right; the accusation is undated ('has been accused'), so no date is right."),
 2: (T,T,T,T,T,T, "Pakistan's foreign ministry condemning the Srinagar attack is ACCUSE/disapprove; the sentence names no party behind 'the attack', so an empty target is right; undated reaction reported as news takes the document date."),
 3: (T,T,T,T,T,T, "Israeli jets bombing the PLO compound in 1985 is ASSAULT (aerial), Israel -> PLO, dated 1985 as the text gives."),
 4: (T,T,F,F,T,T, "An order from the DPP to his lawyers is REQUEST, but Ken Macdonald is British: source country should be GBR, not RUS; the lawyers are British prosecution lawyers (GBR), not RUS (a coder would rather code the extradition request toward Russia). No date in the sentence, so the document date passes under the rule."),
 5: (T,T,T,T,T,T, "A U.S. embassy official welcoming the Yemeni court's ruling is SUPPORT; 'the ruling' is an act, not a party named in the sentence, so an empty target is right by the convention; undated reaction takes the document date."),
 6: (T,T,T,F,T,T, "Reform's pledge to press for lower taxes and a tougher line is a future REQUEST by Manning's party (CAN); but its addressee is the federal government, not Quebec: 'Quebec separatism' is the issue, so the target should be empty (no addressee in the sentence) or the Canadian government (CAN)."),
 7: (T,T,T,T,F,T, "Khattab fighting Soviet forces in Afghanistan is ASSAULT, Khattab -> Soviet forces (RUS accepted for the Chechen rebel commander, though the sentence gives him as Saudi-born). Date wrong: a background act of the 1980s/early 1990s, before the mid-1990s, should have no date, not the document date 2002-04-26."),
 8: (T,T,T,T,T,T, "Officials in Washington praising Banzer's eradication programme is SUPPORT (USA); 'the programme' is a policy, not a party named in the sentence, so an empty target is right by the convention; an ongoing stance ('praise') takes the document date."),
 9: (T,F,T,T,T,T, "'Would consider cutting aid if Bolanos were forced from office' is a conditional threat to stop aid: the type should be THREATEN (CAMEO 1311), US -> Nicaragua, asserted, not a hypothetical SANCTION. Parties are right; no date and hypothetical modality are right for the cut as coded."),
10: (T,T,T,T,T,T, "China refusing entry to two U.S. Navy minesweepers that sought shelter is REJECT, China -> US Navy; 'recently' gives no date, so no date is right."),
11: (T,T,T,T,T,T, "Beckett asking for Moscow's full cooperation is REQUEST, Beckett (GBR) -> Russian government (RUS); no date in the text, document date is right. Distinct act from the summoning (e5)."),
12: (T,T,T,T,T,T, "Brussels (the EU) pressing Ukraine to modernise its transit network is REQUEST, EU -> Ukraine; an ongoing act ('has been pressing') takes the document date."),
13: (T,T,T,T,T,T, "Taylor declaring a state of emergency on Friday is COERCE (state of emergency), Taylor (LBR), no target named; Friday = 2002-02-08."),
14: (T,T,T,T,T,T, "Democrat Party lawmakers demanding that the decree be debated is REQUEST (THA); the sentence names no addressee, so empty target is right; undated reaction takes the document date."),
15: (T,T,F,T,T,T, "KCNA accusing the U.S. of preparing an attack is ACCUSE, dated Monday 2003-03-03; but 'the official news agency' is North Korea's (named 'North Korea's state media' just before): source country should be PRK, not empty."),
16: (T,T,T,T,F,T, "The colleague's statement that Chebeya was killed is an ASSAULT on Chebeya (COD), attacker unnamed; modality asserted under the attribution rule (reported_by should be Dolly Ibefo, not the police). Date wrong: he was last heard from Tuesday evening and found dead Wednesday morning, so the killing was by 2010-06-02 (night of 1-2 June), not the document date 2010-06-03."),
17: (T,T,T,T,T,T, "Australia and Indonesia signing a security treaty on Monday 2006-11-13 is SUPPORT (sign agreement), mutual."),
18: (F,F,F,F,F,F, "Spurious: the Karen fighters setting fire to their own buildings before pulling out is not an assault on any party (and not on 'rebel officials', nor Thai); the act in the sentence is the withdrawal, coded separately (e2)."),
19: (T,T,T,T,F,T, "Ethnic minority villagers staging protests over land and religious freedom is PROTEST/demo against the Vietnamese state (aim at the authorities' policies). Date wrong: the protests began last weekend (3-4 Feb 2001) and preceded the troop deployment; 2001-02-10 is the Saturday of the report."),
20: (F,F,F,F,F,F, "Spurious: analysts reading Kim's absence as a signal is an interpretation, not an act or statement by North Korea; nothing was agreed or refused."),
21: (T,T,T,T,T,T, "Iraqi officials accusing Butler of working to a U.S. agenda is ACCUSE, Iraqi officials (IRQ) -> Butler (AUS); undated reaction takes the document date."),
22: (T,T,T,T,T,T, "The Special Court arresting Hinga Norman on Monday 2003-03-10 is COERCE/arrest; court (SLE) -> Norman (SLE)."),
23: (T,T,T,T,F,T, "The attack on the French soldiers is an ASSAULT on France's men, attacker unnamed in the sentence. Date wrong: the text places it late on Saturday (the two servicemen shot dead), so 1997-01-04, not undated."),
24: (T,T,T,T,T,T, "The Central American leaders asking Washington to stop deportations is REQUEST; the leaders are of several countries, so an empty country is right; Monday 1998-11-09 as in the dateline."),
25: (T,T,F,T,T,T, "Security services arresting several people is COERCE/arrest, but they are Jordan's security services: source country should be JOR, not PSE. Target (the suspects, Hamas members per the lead) accepted. The Tuesday date passes: the text says only 'in recent days'."),
26: (F,F,F,F,F,F, "Spurious: 'India has not signed the NPT' is a background status, not an act; the sentence's act is the U.S. resuming nuclear sales to India under the agreement, which dateline did not code."),
27: (T,T,T,T,T,T, "The meeting between Barak (ISR) and Ben Yahia (TUN) is CONSULT, mutual, Monday 1996-01-22."),
28: (T,T,F,F,T,T, "ACCUSE is right, but the accusers are the Macedonian officials (MKD GOV), not the insurgents; the accused 'alliance' is NATO, which has no country (empty), not MKD. Undated present perfect accepted."),
29: (T,T,T,T,T,T, "A total of 700 killed since December in Sri Lanka: ASSAULT, no source named, target 700 people (LKA), and no date, as the convention gives a summed span."),
30: (T,T,T,T,T,T, "Solana meeting Larijani is CONSULT, EU (EUR) -> Larijani (IRN), Tuesday 2006-06-06."),
31: (T,T,F,F,T,T, "The rejection of any foreign occupation is REJECT, but it is made by the opposition conference's final statement (Iraqi opposition groups, IRQ), not Saddam Hussein; the sentence names no party rejected ('any foreign occupation'), so the target should be empty, not SCIRI (IRN), which pressed the point."),
32: (T,T,T,T,T,T, "The BJP criticising the nuclear pact is ACCUSE/disapprove (IND); 'the pact' is not a party, so empty target is right; an ongoing stance takes the document date."),
33: (T,T,F,T,F,T, "The Pope meeting Abacha is CONSULT, but the Pope is the Vatican's (VAT), not NGA. Date wrong: he met Abacha after arriving in Abuja on Saturday, 1998-03-21, not the document date (Sunday 1998-03-22)."),
34: (T,T,T,T,T,T, "The U.S. agreeing to lend Uruguay $1.5 billion is a pledge of aid, AGREE by the convention, USA -> Uruguay government, Sunday 2002-08-04."),
35: (T,T,F,T,T,T, "USKOK investigating Sanader is ACCUSE/investigate (ongoing, document date right), but the source is Croatia's anti-corruption office USKOK (HRV), named in the sentence, not the country Croatia."),
36: (T,T,T,T,T,T, "Police officers acting for the Special Court detaining Norman is COERCE/arrest, Monday 2003-03-10 from the lead. Not a duplicate by the rule: it is another sentence."),
37: (T,T,T,T,T,T, "European leaders offering congratulations is SUPPORT; a multinational group has no country; the sentence names no recipient, so empty target is right; document date right."),
38: (T,T,T,F,T,T, "The EU and Arab governments urging talks is REQUEST (the merged source includes the EU, accepted). Target wrong: 'both sides' are Israel (ISR) and the Palestinians (PSE), not the United States and Britain."),
39: (T,T,T,T,T,T, "Maher's talks with Sharon are CONSULT, EGY -> ISR, Monday 2003-12-22."),
40: (F,F,F,F,F,F, "Spurious by the convention (a trigger in another sense): Hun Sen 'attacked Rainsy in public' is a verbal attack, an ACCUSE Hun Sen (KHM) -> Rainsy (KHM), not an ASSAULT."),
41: (T,T,T,T,T,T, "British prosecutors saying they will seek Lugovoi's extradition from Moscow is a future REQUEST, GBR -> Russian government; a future act with no date is right."),
42: (T,T,T,T,T,T, "Human rights groups urging the Vietnamese government to admit observers is REQUEST; no country given for the groups; document date right."),
43: (T,T,F,T,T,T, "The killing of dozens of Palestinians in Rafah is ASSAULT, dated May 2004 ('this month'); but the sentence ties the deaths to Israel's raids, so the source should be Israel (ISR), not empty."),
44: (T,T,F,F,T,T, "Officials urging calm is REQUEST, but the source is South Korean government officials (KOR) (not Roh himself, and not empty country); 'all sides' (the two Koreas and the U.S.) has no single country, so target should be empty-coded, not KOR."),
45: (T,T,T,T,T,T, "Ethiopia ordering Sudan to cut its embassy staff is SANCTION (reduce diplomatic relations), ETH -> SDN, Monday 1995-09-25."),
46: (T,T,T,F,T,T, "Moscow ending its counter-terrorism operation in Chechnya in April 2009 is a RETREAT (de-escalation) by the Russian government; but the target cannot be Russia itself: it should be Chechnya (RUS) or empty."),
47: (T,T,T,T,T,T, "Prosecutors accusing Taylor of backing the RUF is ACCUSE, Special Court prosecutors (SLE) -> Taylor (LBR); a standing accusation takes the document date; asserted with diplomats as reporter."),
48: (T,T,T,T,T,T, "Vlasov's kidnapping is ASSAULT/abduct, no kidnapper named, target Vlasov (RUS), last May = 1998-05."),
49: (T,T,T,T,T,T, "The Muslim Brotherhood denouncing the wall project is ACCUSE/disapprove (EGY); 'the project' is not a party, so empty target is right; undated reaction takes the document date."),
50: (T,T,T,T,T,T, "The Omagh car bomb killing 28 is ASSAULT (explosives), no perpetrator named, target 28 people (GBR), Saturday 1998-08-15 afternoon."),
}

items = [json.loads(l) for l in open('events-b-items.jsonl')]
assert len(items) == 50 and sorted(V) == [it['n'] for it in items]
with open('events-b.jsonl', 'w') as out:
    for it in items:
        e, t, s, g, d, m, why = V[it['n']]
        if not e:
            assert not any((t, s, g, d, m))
        v = {"event": e, "type": t, "source": s, "target": g, "date": d, "modality": m}
        v["all"] = all(v.values())
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
fields = ["event", "type", "source", "target", "date", "modality", "all"]
counts = {f: sum(1 for n in V if (lambda v: {"event": v[0], "type": v[1], "source": v[2], "target": v[3], "date": v[4], "modality": v[5], "all": all(v[:6])})(V[n])[f]) for f in fields}
print(counts)
