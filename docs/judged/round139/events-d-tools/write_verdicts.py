"""Write events-d.jsonl from judge d's verdicts (fields: event type source target date modality)."""
import json

T, F = True, False
# n: (event, type, source, target, date, modality, reasons)
V = {
 1: (T, T, F, T, T, T, "Vujanovic's promise to speed up the drive to join the EU and NATO is an AGREE toward them, but the source should be Filip Vujanovic (MNE), not 'voters'; no date for the speech, so the document date is right."),
 2: (T, T, T, T, F, T, "The court's order to audit birth registers is a REQUEST (order) to the Dominican authorities, but it was part of the September ruling: date should be 2013-09, not the document date."),
 3: (T, T, T, T, T, T, "Macron hosting the five Sahel presidents in Pau on Monday is a CONSULT; source, targets (their countries) and date 2020-01-13 are right."),
 4: (T, T, T, T, T, T, "The noun phrase 'Turkish support for Azerbaijan in the fighting' reports Turkey's ongoing support (SUPPORT Turkey -> Azerbaijan), ongoing at the story date; I'd not code a nominal background relation myself, but by the rule it holds an event; the text does not say it is material, so SUPPORT stands."),
 5: (T, T, T, T, T, T, "Hariri killed in a Beirut bombing in February: ASSAULT, unnamed attacker, target Hariri (LBN), date 2005-02 as the text gives it."),
 6: (T, T, T, T, T, T, "Court sentencing Bishop Alvarez on Friday 2023-02-10: SANCTION convict, court (NIC) -> Alvarez (NIC); all right."),
 7: (T, T, T, T, T, T, "Zeman's campaign promise to press ahead with NATO/EU bids is an AGREE toward them; undated background promise of unknown time, so no date is right."),
 8: (T, T, T, F, T, T, "Pence visiting troops at the Noble Partner exercise is a visit (CONSULT), but the target should be the troops (U.S. soldiers and Georgian forces; USA/GEO), not NATO, which the text does not name as host or participant."),
 9: (T, T, T, T, T, T, "CPJ (with the OSCE) calling for an independent inquiry is a REQUEST; the sentence names no addressee so an empty target is right; document date right."),
 10: (T, T, T, T, F, T, "HRW urging the Jordanian authorities to release the council members is a REQUEST with the right parties, but the text gives no date for it: date should be the document date 2020-07-26, not Saturday 2020-07-25 carried from the previous sentence."),
 11: (T, T, T, T, T, T, "Missiles fired at an Israeli airliner last November: ASSAULT, unnamed attacker, target the Israeli airliner coded ISR, date 2002-11; right."),
 12: (T, T, T, F, T, T, "Warning shots across a trawler's bow are a coercive warning (THREATEN) by Canadian fisheries officers, but the target should be the Spanish trawler (ESP), which the sentence names."),
 13: (T, T, T, T, T, T, "Yeltsin thanking Primakov in his televised address on Wednesday is a SUPPORT (praise) Yeltsin -> Primakov, 1999-05-12; right."),
 14: (T, T, T, T, F, T, "Havel expected to begin consultations with party leaders is a future CONSULT with the right parties, but 'this week' in a Sunday 1998-06-21 story is the coming week: date should be 1998-W26, not W25, which ends on the document date."),
 15: (T, T, T, T, F, T, "Russia recognising Abkhazia and South Ossetia is SUPPORT (recognition) with the right parties, but it happened after the 2008 war: date should be 2008, not the 2017 document date."),
 16: (T, T, T, T, T, T, "Witnesses' account that the assailant shot van Gogh: ASSAULT firearms, assailant (no country given) -> van Gogh (NLD), Tuesday 2004-11-02; right (same killing as item 17 but a different sentence, so not a duplicate by the rule)."),
 17: (T, T, T, T, T, T, "Van Gogh shot and stabbed to death on Tuesday: ASSAULT, attacker not named in the sentence (empty right), target van Gogh (NLD), 2004-11-02; right."),
 18: (T, T, T, T, F, T, "Beating of detainees alleged by rights groups: ASSAULT, reported, detainees (Copts, EGY); but the detentions are dated 1998 in the previous sentence: date should be 1998, not unknown."),
 19: (T, T, T, T, T, T, "Annan calling on UNITA to abandon violence: REQUEST UN -> UNITA (AGO); undated statement in a story datelined Aug 11, so 2001-08-11 is right."),
 20: (T, T, F, T, T, T, "Rejecting the defence minister's charge is a REJECT, but the source should be Khan's party (PTI, PAK), not Imran Khan himself; the sentence names no rejected party, so an empty target is right."),
 21: (T, T, T, T, T, T, "U.S. Navy jet shooting down a Syrian warplane a day before Monday: ASSAULT aerial, USA -> SYR, 2017-06-18; right (narrated as fact, not only Russia's claim)."),
 22: (T, T, T, T, T, T, "Nyusi calling on Mozambicans to remain calm: REQUEST Nyusi (MOZ) -> Mozambicans (MOZ); undated, document date right."),
 23: (T, T, T, T, T, T, "Peru accusing Mexico of meddling on Tuesday: ACCUSE PER -> MEX, 2022-12-20; right."),
 24: (T, T, F, F, T, T, "Hailing the UN listing is SUPPORT, but the source should be Modi's ruling party (BJP, IND), not Modi, and the target should be the UN Security Council sanctions committee (UNO) whose decision 'it' refers to, not India."),
 25: (T, T, F, T, T, T, "The spokesman's condemnation of the hijacking is an ACCUSE, but the source should be Maskhadov's Chechen rebels' spokesman with code RUS (the text places them in Chechnya fighting federal troops), not empty; 'the hijacking' names no party, so an empty target is right."),
 26: (T, T, F, F, T, T, "The agreement to share customs revenue is an AGREE between the KDP and the PUK (Barzani and Talabani, IRQ): source should be the KDP (or PUK), not a 'new regional parliament', and target the other faction, not Turkey, which only borders the crossing."),
 27: (T, T, T, T, T, T, "Police accusing Chinmoy Krishna Das of disrespecting the flag: ACCUSE police (BGD) -> Das (BGD), present-tense ongoing so the document date is right."),
 28: (T, T, T, T, T, T, "Christian leaders in Ambon blaming the violence on Laskar Jihad: ACCUSE IDN -> Laskar Jihad (IDN); undated, document date right."),
 29: (T, T, T, T, F, T, "Mali's interim PM accusing France is an ACCUSE with the right parties, but the next sentence dates the speech to the UN General Assembly on Saturday: date should be 2021-09-25, not the document date."),
 30: (T, T, F, T, T, T, "The arson that burned the Palestinian boy is an ASSAULT (the first of two events for the one attack), but the sentence names the attackers: source should be the suspected Jewish extremists, not empty."),
 31: (T, T, T, F, T, T, "The pope calling for reconciliation is a REQUEST by Francis (VAT), but the sentence names its addressees: target should be 'the two peoples', Armenians and Turks (ARM, TUR), not empty."),
 32: (T, T, T, F, T, T, "The UN envoy pressing for a ceasefire is a REQUEST, but the warring parties are Yemen's (Houthis and the government/coalition): target code should be YEM, not USA."),
 33: (T, T, T, F, T, T, "The Foreign Office telling Britons to avoid travel is a REQUEST (advice) to them, but Britons are GBR, not KEN."),
 34: (T, T, T, F, T, T, "Medina's promise of a law regularising status is AGREE (CAMEO 0343 intent to provide rights), undated background so no date is right, but the sentence names its beneficiaries: target should be 'those affected' (people of Haitian descent in the Dominican Republic), not empty."),
 35: (T, F, T, F, T, T, "Museveni insisting the waters belong to Uganda is no request: type should be REJECT (declining to yield the waters to Kenya), and the target should be Kenya (KEN), named in the sentence; date Thursday 2009-05-14 right."),
 36: (T, T, T, F, F, T, "Netanyahu welcoming the move is SUPPORT, but the target should be Canada/Harper (CAN), named in the sentence, and the reaction is reported as this news: date should be the document date 2012-09-08, not unknown."),
 37: (T, T, T, T, T, T, "Remote-controlled bomb at the Kaspiysk parade on Thursday: ASSAULT, unknown bombers, victims (RUS), 2002-05-09; right."),
 38: (T, T, T, T, T, T, "Police detaining Yevloyev at Magas airport on the Sunday he died: COERCE arrest, police (RUS) -> Yevloyev (RUS), 2008-08-31; right."),
 39: (T, T, T, F, T, T, "Dominican officials accusing critics of meddling is an ACCUSE, but the critics are foreign (Haiti, CARICOM, UN agencies): target 'critics' should have no country code, not DOM."),
 40: (T, T, T, T, T, T, "SRNA accusing Zagreb of sending brigades across the border: ACCUSE Bosnian Serb agency (BIH) -> Croatia (HRV); undated, document date right."),
 41: (T, T, T, T, T, T, "The bomber striking the mosque on Monday: ASSAULT, bomber (no country in the sentence), 2023-01-30; the sentence names a place, not a victim party, so an empty target is right (I would code the Pakistani police)."),
 42: (T, T, F, F, T, T, "Activists dismissing the deal is an ACCUSE (disapprove), but the source's country should be Kosovo/Yugoslavia (XKX), not Albania (they are Kosovo Albanians), and the target should be the deal's signatories Milosevic and Rugova or empty, not the Kosovo police from the other clause."),
 43: (T, T, T, T, F, T, "The King calling on Tebboune to hold dialogue is a REQUEST MAR -> DZA, but the address came hours after Friday's vote: date should be 2025-10-31, not the document date."),
 44: (T, T, F, T, T, T, "The HDP calling supporters to the streets is a REQUEST to its supporters (TUR), but the source should be the Peoples' Democratic Party (HDP, TUR), not a codeless 'Democratic Party' plus the later DEM Party."),
 45: (T, T, T, T, T, T, "South African police still investigating Karegeya's death: ACCUSE investigate, police (ZAF), no suspect named so empty target right, ongoing so document date right."),
 46: (T, T, T, T, T, T, "Zeid calling the attack inexcusable: ACCUSE disapprove by the UN rights chief; 'the attack' names no party, so an empty target is right (USA would also be); document date right."),
 47: (T, T, T, F, T, T, "Pakistan's call for a joint investigation is a REQUEST, but it is addressed to India, named in the sentence: target should be India (IND), not empty."),
 48: (T, F, F, F, T, T, "Leaders pledging to crack down on corruption is a multilateral commitment: type should be AGREE, not THREATEN; source should be the leaders of the Americas with no single country code (not USA), and there is no target (not Trump and Syria, from the 'overshadowed by' clause); Saturday 2018-04-14 right."),
 49: (T, T, T, T, T, T, "Obama not apologising in Hiroshima in May: SUPPORT (apology) negated, Obama (USA), date 2016-05; 'there' is a place, so an empty target is right."),
 50: (T, T, T, T, T, T, "Chinese officials' long-standing objection to U.S. surveillance in the EEZ: ACCUSE CHN -> USA, ongoing so document date right."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
out = []
for line in open("events-d-items.jsonl"):
    it = json.loads(line)
    v = V[it["n"]]
    flags = list(v[:6])
    if not flags[0]:
        flags = [False] * 6
    verdict = dict(zip(FIELDS, flags))
    verdict["all"] = all(flags)
    it["verdict"] = verdict
    it["reasons"] = v[6]
    out.append(it)
with open("events-d.jsonl", "w") as f:
    for it in out:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
counts = {k: sum(o["verdict"][k] for o in out) for k in FIELDS + ["all"]}
print(len(out), counts)
