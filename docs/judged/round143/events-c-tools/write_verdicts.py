# Writes events-c.jsonl from the judge's per-item decisions below.
# Each entry: n -> (set of false fields, reasons). "SPURIOUS" marks event false (all fields false).
import json
FIELDS = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ({"target"}, "REJECT by Mukherjee (IND) of the clemency plea, dated last weekend (2013-W05-WE, Feb 2-3) right; but 'his plea' refers to Mohammad Afzal Guru, so the target should be Afzal Guru (IND), not empty."),
 2: (set(), "Vilnius demanding an explanation from Moscow on Thursday: REQUEST, Lithuania government (LTU) -> Russia government (RUS), 2005-09-15, asserted; all right."),
 3: ({"source"}, "The REQUEST to residents (the 'urged residents to report suspicious people' clause; the trigger 'ordered' sits on the order for tight security) is an event and residents (PHL) is a right target, but the source 'Davao' is the city, a separate actor from the mayor: source should be Rodrigo Duterte (PHL), named in the sentence."),
 4: ({"target"}, "REQUEST by socialist leaders in the European Parliament (no country, with the EP as their institution; accepted as the party); but 'its suspension' refers to Smer, so the target should be Fico's Smer party (SVK), not empty."),
 5: ({"target"}, "PROTEST demo by Hamas supporters (PSE) on the news day is right, but the march chants for revenge for the killings (aim: Israel), not against the Palestinian authorities, so by the home-protest rule the state target Palestine is wrong: target should be empty (or Israel, ISR)."),
 6: (set(), "South Africa (ZAF) signing the declaration supporting the AfCFTA launch: SUPPORT (sign agreement), no target named, 2018-03-21 the Wednesday of the summit, asserted; all right."),
 7: (set(), "Venezuelan opposition leaders condemning the killing: ACCUSE disapprove, no perpetrator named so empty target right, document date, asserted; all right."),
 8: ({"SPURIOUS"}, "Not an event: the OAS observers' statement that they found no evidence of fraud is an assessment clearing the vote (at most an approval), not an investigation being opened or refused; ACCUSE investigate 'negated' says the observers did not investigate, which the text does not say."),
 9: ({"date"}, "ASSAULT (shooting) of the Nigerian police officer (NGA), attacker unknown so empty source right; but he was shot 'later' than Tuesday's unrest, and the text gives no day, so the date should be undated/unknown (after 2008-04-08), not the Tuesday itself."),
 10: (set(), "Mexican opposition parties demanding the federal government (MEX) take over the investigation: REQUEST, document date, asserted; all right (distinct from the ACCUSE in the same sentence)."),
 11: ({"source"}, "SUPPORT (hailed the operation) with NATO as target is right, but the 'Western envoys in Sarajevo' are foreign diplomats, not Bosnians: the source code BIH is wrong and should be empty (Western envoys, no country given)."),
 12: (set(), "Dodik (BIH, Serb Republic PM) urging calm: REQUEST (appeal), no addressee named so empty target right, document date, asserted; all right."),
 13: (set(), "Ratification of the UK-Jordan treaty by Jordan's parliament (JOR) last month: SUPPORT (ratify), 2013-06 right, asserted; all right."),
 14: ({"target"}, "ASSAULT abduct on Oct. 7 (2023-10-07) by Hamas-led gunmen (Hamas, PSE, accepted despite the split 'led gunmen' name) is right, but the target is only one of the four seized: target should be the four hostages Argamani, Meir Jan, Kozlov and Ziv (ISR)."),
 15: (set(), "Israel (ISR) accuses Adel Awadallah ('him', PSE) of organising bombings: ACCUSE allege, present-tense standing accusation given the document date, asserted; all right."),
 16: ({"SPURIOUS"}, "Not an event: the new Swedish government's promise to increase defence spending is a domestic budget pledge with no counterpart, not an offer or commitment to cooperate (AGREE) with any actor."),
 17: ({"date"}, "ACCUSE India (IND) -> Pakistan-based militant groups (PAK) is right, but it is background to the December 2001 attack (blamed at the time), so giving it the 2013 document date is wrong: date should be undated (c. December 2001)."),
 18: (set(), "Senior Palestinian official (PSE) urging Washington (USA) to restrain Israel: REQUEST, document date, asserted; all right."),
 19: (set(), "Virtue leader Recai Kutan ('He', TUR) accusing the Turkish government (TUR) of trampling on freedom of belief: ACCUSE, undated statement reported as this news so document date right, asserted; all right."),
 20: (set(), "Military police (BRA) shooting dead 19 MST members (BRA) on Wednesday 1996-04-17: ASSAULT firearms, asserted; all right."),
 21: (set(), "Turkish officials (TUR) previously accusing Paris (FRA) of fuelling tension: ACCUSE, undated background act left undated (unknown) is right, asserted; all right."),
 22: ({"target"}, "ACCUSE disapprove by Dodon (MDA) on the Friday of the ruling is right, but the sentence names what he denounced: target should be Moldova's Constitutional Court (MDA), whose ruling it was (or the Democratic Party / Plahotniuc, MDA, accused of orchestrating it), not empty."),
 23: (set(), "KLA (Kosovo) agreeing with NATO commanders (NATO) to transform into a civilian force, early Tuesday 1999-09-21: AGREE, asserted; all right."),
 24: (set(), "Russian lawmakers (RUS) calling for economic measures against Riga (LVA): REQUEST with the party the measures target, recent act given the document date, asserted; all right."),
 25: (set(), "Mexican opposition parties (MEX) accusing the Guerrero state authorities (MEX) of a massacre: ACCUSE, document date, asserted; all right."),
 26: (set(), "Guerrero police (MEX) opening fire on the peasant activists, killing 17 (MEX), Wednesday 1995-06-28: ASSAULT firearms, asserted; all right."),
 27: ({"target"}, "SUPPORT (signing) by the Vatican's Camilleri on Saturday 2018-09-22 is right (a later sentence than the lead, so not a same-sentence duplicate), but the sentence names the other signatory: target should be China (Wang Chao, CHN), not empty."),
 28: (set(), "CONSULT between Clinton (USA) and Jiang (CHN) on Saturday 1999-09-11, asserted, matches 'their first meeting' in this sentence; all right (the trigger 'resume' itself governs future talks, which would be AGREE, but the record's act is true of the meeting)."),
 29: ({"target", "modality"}, "CONSULT attendance of the Paris meeting by Israeli and Palestinian representatives: the sentence says neither attended, so modality should be negated, and they did not meet each other: target should be the Paris conference's host France (FRA), not the other side."),
 30: ({"source", "date"}, "REJECT (the speaker declined to take part in the swearing-in) is an event, but 'the speaker' is the speaker of parliament (Cipriano Cassama, GNB), not outgoing President Vaz; and the ceremony was on Thursday, so the date should be 2020-02-27, not the Friday document date."),
 31: ({"SPURIOUS"}, "Not an event: Chamisa offering condolences to Mugabe's family is an empathetic statement (CAMEO 018, a CAMEO 01 statement that PLOVER drops; cameo2plover has no 01), not support for a policy or actor."),
 32: ({"target"}, "SUPPORT by the head of the Czech Senate (Vystrcil, CZE; 'head' + 'Senate' accepted) on Tuesday 2020-09-01 is right, but the island's people are Taiwan's people: target code should be TWN, not CHN."),
 33: ({"date"}, "COERCE curfew by the Bangladesh government ('We', voiced by adviser Mainul Hosein, BGD) on the country is right, but the text dates the imposition 'on Wednesday night': date should be 2007-08-22, not the Thursday document date."),
 34: ({"source"}, "ASSAULT killing at least five Palestinians (PSE) in the incursion is right (undated, reported as this news), but the sentence names the Israeli tanks and troops that pushed into the areas where they were killed: source should be Israeli forces (ISR), not empty."),
 35: ({"source", "date"}, "SANCTION convict of Samir Kuntar (LBN) is an event, but he was convicted 'in Israel', so the source should be Israel / an Israeli court (ISR), and the conviction is background from after the 1979 raid, so the date should be undated (c. 1980), not the 2015 document date."),
 36: (set(), "Hamas's security forces (PSE) launching an investigation into the bombing: ACCUSE investigate, no suspect named, document date, asserted with Hamas as reporter; all right."),
 37: ({"type", "target"}, "Kast's promise to take office with a plan to fight crime and expel migrants living in Chile illegally is not an offer of cooperation (AGREE): type should be THREATEN (a vow of expulsion), and target the migrants living illegally in Chile (no code / CHL), not empty."),
 38: ({"date"}, "COERCE arrest of Mouada (TUN) by Tunisian police (TUN) is right, but the next sentence says he was taken from his home late on Monday: date should be 1995-10-09, not the Tuesday of the party's statement."),
 39: (set(), "Netanyahu (ISR) hailing the 'heroic operation': SUPPORT (praise), no party named in the sentence so empty target right, undated reaction given the document date, asserted; all right."),
 40: (set(), "Ban Ki-moon (UN) calling for those responsible to be brought to justice: REQUEST, addressee and perpetrators unnamed so empty target right, document date, asserted; all right."),
 41: ({"source"}, "THREATEN (threatened a school strike), undated so unknown date right; but the protest organisers ('They') are Latvia's Russian-speaking community (Headquarters for the Defence of Russian Schools in Riga): source code should be LVA, not RUS."),
 42: ({"type"}, "Putin (RUS) assuring Vajpayee (IND) that Russia sees India as a strong candidate for a permanent UNSC seat is an endorsement, not an offer to cooperate: type should be SUPPORT (endorse India's bid); the other fields are right."),
 43: ({"date"}, "REQUEST by Quijano (SLV) to the armed forces (SLV) is right, but the rally was 'earlier in the week' of the Friday 2014-03-14 report: date should be 2014-W11 (10-13 March), not 2014-W10."),
 44: ({"target", "date"}, "PROTEST boycott by the Palestinian Authority (PSE) is right, but it boycotted the White House talks: target should be the United States (USA); and 'in December' dates the recognition, not the boycott: date should be 2018-03-13, the day of the talks."),
 45: ({"date"}, "'I will not resign' as RETREAT resign negated is accepted (the conventions allow REJECT asserted or RETREAT negated), Temer (BRA) right; but the lead dates the statement Thursday: date should be 2017-05-18, not the Friday document date."),
 46: ({"target"}, "REJECT (defied the curfew) by Saddam's supporters (IRQ) on the verdict day is right, but they defied the authorities' curfew: target should be the Iraqi authorities (IRQ), not Saddam Hussein, whom they supported."),
 47: (set(), "FARC (COL) firing the mortar that hit the church on Thursday 2002-05-02: ASSAULT heavy-weapons, the sentence names only 'the building' so empty target right, asserted; all right."),
 48: (set(), "Sullivan saying Washington (USA) had supported Israeli (ISR) efforts to free hostages: SUPPORT accepted (the nature of the support is unspecified), undated past act left unknown, asserted with Sullivan as reporter; all right."),
 49: ({"SPURIOUS"}, "Duplicate: the note condemning the 'provocation' is the content of the same formal protest already coded from this sentence as e2 (summoned Iran's ambassador, ACCUSE); one protest act, one event."),
 50: (set(), "Nasrallah (LBN) warning the US (USA) and France (FRA) against interfering in Lebanon: THREATEN, Tuesday rally 2005-03-08, asserted; all right."),
}
items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and sorted(V) == [i["n"] for i in items]
out = open("events-c.jsonl", "w")
for it in items:
    bad, reason = V[it["n"]]
    if "SPURIOUS" in bad:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in bad for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    o = dict(it); o["verdict"] = v; o["reasons"] = reason
    out.write(json.dumps(o, ensure_ascii=False) + "\n")
out.close()
