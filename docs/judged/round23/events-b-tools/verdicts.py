"""Round 23, judge b: blind verdicts on 60 sampled dateline events.

n -> (event, type, source, target, date, modality, reason), 1/0, scored by docs/judged/CONVENTIONS.md.
Run from docs/judged/round23:  python events-b-tools/verdicts.py
Writes events-b.jsonl and prints the per-field table (all 60, and real events only).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

V = {
    1: (1, 1, 1, 1, 1, 1, "Bhutan government lifts restrictions on the Tibetan exile organisation: CAMEO 081 ease administrative sanctions = CONCEDE. Target 'Tibetan[CHN]' taken as the Tibetan exile group (CAMEO codes Tibetan exiles CHN); lenient, the 'country' sector is off. Statement Thursday = document date."),
    2: (1, 1, 0, 1, 1, 1, "FDLR kidnapped two UN peacekeepers in June: ASSAULT abduct right, target UN peacekeepers right, 'June' resolved to 2023-06 at the text's precision. Source country 'KKL' is no country code (FDLR is a Rwandan rebel group fighting in DR Congo: RWA, or COD by the story)."),
    3: (1, 1, 1, 1, 0, 1, "ISIS militants executed the suicide bombers (and 30 civilians): ASSAULT, source ISIS (IRQ in this Iraqi story), target the bombers (one of the sentence's targets). Date: the sentence gives the execution no date and it is reported as this news; the extractor borrowed Sunday of the bombing (2023-06-11), not the document date. Attribution to Amaq keeps it asserted (reported_by wrongly names al-Baghdadi, not scored)."),
    4: (1, 1, 1, 1, 1, 0, "Singapore's delegation said Singapore 'would like to offer' to make the embargo on Malta the same: the offer is made in the statement, AGREE Singapore->Malta asserted; 'would like to offer' is a polite form of the offer, not a hypothetical. Date unknown is acceptable (statement time not clear: the Strasbourg meeting of 27 April or this news)."),
    5: (1, 1, 0, 1, 1, 1, "Visit to Phnom Penh: CONSULT visit right, host Cambodia right, Tuesday (06-13) right. Source wrong: the visitors are the Dominican 'special ambassadors' (DOM); the extractor made the Cambodian president, a foreign-relations chief (no code) and the US ambassador the visitors of Cambodia."),
    6: (1, 1, 0, 0, 1, 1, "A man shot dead by the president's bodyguards: ASSAULT right, but the victim Mohammed Kami Sidiki is given as source and the target is empty. Source should be the president's bodyguards (NER), target the man. Date unknown is right (no date for this shooting in the sentence)."),
    7: (1, 1, 1, 0, 1, 1, "Coalition member: Syrian security forces have resorted to violence to disperse the protests: ASSAULT (violent repression) by SYR security forces, ongoing -> document date, 'We are observing that' is attribution, asserted. Target empty but the sentence names the protests' participants (protesters, SYR) as the party acted upon."),
    8: (1, 1, 1, 1, 1, 1, "KLA banned from the territory of former Yugoslavia in 2004: COERCE ban, passive with no agent (empty source right), target KLA XKX, date 2004."),
    9: (1, 1, 1, 1, 0, 1, "Journalists were banned from taking notes during the meeting: COERCE restriction, no agent named (empty source right), target journalists SEN. Date wrong: 'the meeting' is the meeting the previous sentence dates Sunday (2023-06-11), not the document date."),
    10: (1, 1, 1, 0, 1, 1, "Alleged attacks by Morocco on 'its' (Mauritania's) territory in the late 1940s, inside Mauritania's ICC complaint: ASSAULT reported, source Morocco. Target empty but 'its territory' refers to Mauritania (MRT). Date '194' read as the 1940s decade (the text's precision); lenient on the odd form."),
    11: (1, 1, 1, 1, 1, 1, "Taliban spokesman says the militants released a large number of prisoners: RETREAT release, Taliban AFG, prisoners as the released group, undated in the sentence and reported as news -> document date; 'says' is attribution, asserted."),
    12: (0, 0, 0, 0, 0, 0, "Spurious: 'called the event a new extreme right wing terrorist group' is naming/labelling, not a phone call; CONSULT phone from a trigger in another sense (the sentence is at most an ACCUSE-like label)."),
    13: (1, 1, 0, 1, 1, 0, "ISIS 'reportedly encouraging' families of protesters to seek refuge: REQUEST (call) to families SYR, Sunday = 06-11 right. Source adds 'Syria[SYR/country]' beside Islamic State: the Syrian state made no such call. 'reportedly' makes the act reported, not asserted."),
    14: (1, 1, 1, 1, 1, 1, "Lt Col Rai: conscripts 'should be mobilised' when a critical time is at hand: a hypothetical MOBILIZE by the Indian Army, no target, no date (unknown right for a hypothetical)."),
    15: (1, 1, 1, 0, 1, 1, "'The protest is the latest in a series of protests since July to demand greater democracy in China': PROTEST; the sentence names no protester (empty source right by the sentence rule); the protest held Thursday = document date. Target: a home protest aimed at political change of the authorities -> China (named in the sentence) is the right target; empty is wrong."),
    16: (1, 0, 1, 1, 1, 1, "Obama, Aquino and Prayut 'joined forces' for the final APEC leaders' meeting: attending a meeting is CONSULT (multilateral), not COOPERATE. Parties right as a mutual event (all three both sides; PLOVER would leave the target empty, accepted). 'this evening' = document date."),
    17: (1, 1, 1, 1, 0, 1, "Meeting between Obama and Abe 'two days' before the Yokohama meeting: CONSULT Obama->Abe right. Date wrong: the Yokohama meeting is the Saturday one (06-10), so two days before is 06-08; the extractor gave 06-12."),
    18: (1, 0, 1, 1, 1, 1, "Azerbaijan authorities ordered all ethnic Armenians to leave Baku and 'Batumi': a government expulsion order against an ethnic group is COERCE deport / ASSAULT cleansing (CAMEO 174/201), not a REQUEST (less forceful than a threat). Parties right (Armenians as ARM accepted), 'have ordered' as this news -> document date."),
    19: (1, 1, 0, 0, 0, 1, "Demonstrators protesting the Panama Canal expansion: PROTEST right. Source adds 'Panama[PAN/country]' as a protester (the state did not protest; demonstrators' country is PAN, not None). Target: the aim is an authorities' project (canal expansion) -> Panama state, empty wrong. Date: the protest was Tuesday night = 06-13, not 06-14."),
    20: (1, 1, 1, 0, 1, 1, "Australia approved a plan for a wind farm in Turks and Caicos: SUPPORT (approve) Australia, document date right. Target 'Turks[TUR]' (Turkey / Turkish people) is wrong: Turks and Caicos (TCA)."),
    21: (1, 1, 1, 1, 1, 1, "United States and Jordan signed an agreement: SUPPORT sign, mutual (both listed on both sides, accepted as in #16), announced Thursday = document date."),
    22: (1, 1, 0, 1, 1, 1, "In July the Serbian people's party DIK demanded the government stop the negotiations: REQUEST, target Croatian government, 'July' -> 2022-07 right. Source adds 'Serbia[SRB/country]' (the Serbian state demanded nothing) and DIK has no country (a Serb party in Croatia: HRV)."),
    23: (1, 1, 1, 0, 1, 1, "South Africa and seven states agreed to double aid to sub-Saharan Africa: AGREE (promise of aid), source South Africa right (the seven unnamed states left out, accepted). Target empty but the sentence names the recipient, sub-Saharan Africa (region)."),
    24: (1, 1, 1, 0, 1, 1, "Government of Morocco rejected a labor deal finalised with IndustriALL: REJECT by MAR government, Thursday per the story = document date. Target empty but the sentence names the other party of the deal, IndustriALL."),
    25: (1, 1, 1, 1, 1, 1, "Pillay: more than 2,300 people had been killed, mainly by IS militants, in the war in Syria: ASSAULT IS->people SYR; a total over the war has no date (unknown right); attribution, asserted."),
    26: (1, 1, 1, 1, 1, 1, "Sall: 'We call upon all political forces ... to intervene in a constructive way': REQUEST (appeal), generic addressees -> empty target right, statement as this news. The garbled story makes Sall the CAR president; SEN (the real Macky Sall) accepted."),
    27: (1, 1, 0, 0, 1, 1, "Soldiers carried out arrests, detaining Palestinian youths: COERCE arrest right, ongoing operation -> document date acceptable. Source country empty though the text makes plain these are Israeli soldiers (ISR); target empty though the sentence names the Palestinian youths."),
    28: (0, 0, 0, 0, 0, 0, "Spurious: 'Activists opposed to PM Hatoyama' is a description of the group, not a REJECT act; the sentence's act is the suspension of protests in return for a ceasefire deal."),
    29: (1, 1, 1, 1, 1, 1, "Koroma's spokesman accused protesters of breaking an amnesty law: ACCUSE; source Koroma accepted (spokesman speaks for him, SLE), target protesters SLE, Sunday evening = 06-11."),
    30: (1, 1, 0, 0, 1, 1, "NJ Division of Homeland Security and Governor's Office agreed to provide military assistance to the State of New Jersey: AGREE asserted, document date. Source 'United States' comes from 'U.S. military assistance', not the agreeing party (the NJ agencies); target empty though the State of New Jersey is named."),
    31: (0, 0, 0, 0, 0, 0, "Spurious: a ruling coalition 'had called for a national election on Sept. 13' is the government calling (scheduling) an election, not a REQUEST to another actor. Had it been one, source 'NATO' for Stoltenberg as Norwegian PM and the election date used as the act's date would still be wrong."),
    32: (1, 0, 1, 0, 1, 1, "The military 'deployed tear-gas and sound grenades' to stop protesters: the use of tear gas on a crowd is ASSAULT crowd-control, not MOBILIZE. Source military KEN, Thursday = 06-15 right. Target empty though the protesters are named."),
    33: (1, 0, 0, 0, 0, 0, "Bainimarama said the unions should accept the government's offer: the act is Bainimarama's REQUEST to the unions (a statement coded as its own type), asserted, Sunday (06-11). The extractor coded the content as a hypothetical AGREE unions->government dated the coming weekend."),
    34: (1, 1, 1, 0, 1, 1, "Suriname 'formally recognized by the Austrian government in 2014': SUPPORT (recognition), source Austria, 2014 as the text gives. Target empty but 'the tiny South American nation' refers to Suriname (SUR)."),
    35: (1, 1, 1, 0, 1, 1, "'The protest was aimed at pressuring Russia not to sign a deal': PROTEST (consulate occupation since Thursday = document date); no protester named in the sentence. Target empty though the sentence names the party the protest presses, Russia (a protest at a foreign consulate, not at home)."),
    36: (1, 1, 1, 0, 1, 1, "Obama called on the Muslim world to reject extremism: REQUEST by Obama, address 'today' = document date. Target Manmohan Singh is one of the leaders who joined Obama, not the addressee (the Muslim world)."),
    37: (1, 0, 0, 0, 0, 0, "Tai quotes demonstrators shouting 'we want democracy back': the demand is the demonstrators' chant in their protest (PLOVER codes protest demands as PROTEST), asserted and current. Extractor made Benny Tai the requester of the demonstrators and China, hypothetical, undated."),
    38: (1, 1, 1, 1, 1, 1, "Netherlands on Monday backed India's plan to ease investment restrictions: SUPPORT NLD->IND, Monday = 06-12."),
    39: (1, 1, 1, 0, 1, 1, "Security forces have begun rounding up suspects: COERCE arrest, TUR security forces (Cizre/Diyarbakir story), 'in recent days ... have begun' -> document date. Target adds 'police[TUR]', who were the victims of the attacks, not the arrested."),
    40: (1, 1, 1, 1, 1, 1, "'The protesters also had threatened to' (story cut off): a THREATEN by the Nairobi protesters (KEN), content lost, no target named, unknown time. Lenient on the truncated sentence."),
    41: (1, 1, 1, 0, 1, 1, "Police seized computer disks and documents from the group: COERCE seize, police CAN, undated -> document date. Target 'CBC' (the broadcaster reporting) is wrong: 'the group' is the nine arrested people."),
    42: (1, 1, 1, 1, 1, 1, "The rebels were accused Monday of killing a Colombian diplomat: ACCUSE, no accuser in the sentence (empty source right), target FARC COL, Monday = 06-12."),
    43: (1, 1, 1, 1, 1, 1, "Antigua and Barbuda government announced Thursday it launched an investigation into the Rafferty case: ACCUSE investigate, ATG, no party target, Thursday = 06-15."),
    44: (1, 1, 1, 1, 1, 1, "'The resignation of Liu is another setback for Xi': RETREAT resign, Liu CHN. It refers back to the resignation of the first sentence, but the duplicate rule counts only the same sentence. Undated here -> document date accepted."),
    45: (1, 1, 1, 1, 1, 1, "At least 21 civilians have been killed: ASSAULT, no perpetrator named in the sentence (empty source right), civilians TKM, current toll -> document date."),
    46: (1, 1, 1, 1, 1, 1, "NEC had offered a 3 percent raise: AGREE (offer), source NEC ('NEC Board of Council' accepted), no addressee named, past-perfect background with unknown time (unknown right)."),
    47: (1, 1, 0, 0, 1, 1, "Hong Kong and Macau governments agreed to enhance communication and cooperation: AGREE, mutual, as this news -> document date. Macau Government has no country code (MAC) on both sides, so source and target are each wrong in part."),
    48: (1, 1, 1, 1, 0, 1, "'The attack also brought the murder count to 90' (cut off): refers to the nightclub attack, ASSAULT with no party named in the sentence. Date: the text dates 'the attack' (May 11, 2012); unknown is wrong."),
    49: (1, 1, 1, 0, 0, 1, "Orpo also gave assurances Finland would respect the European Commission's deadline: AGREE (promise) by Orpo FIN. Target empty though the EC, to whom the commitment is made, is named. Date: Orpo's remarks are dated Monday (06-12) in the story; the extractor gave the document date."),
    50: (1, 1, 1, 1, 1, 1, "Demonstrators began blocking the highway entrance: PROTEST obstruct, demonstrators SRB, the sentence names no aim (empty target right), Saturday = 06-10."),
    51: (1, 1, 1, 0, 0, 1, "The new government called on the other Western powers to withdraw their forces: REQUEST by the new government of Grenada. Target 'Grenada' is the requester's own country; it should be the Western powers (USA/GBR). Date: 29 August is the date of the independence vote, not of the call (undated)."),
    52: (1, 1, 1, 0, 1, 1, "The company (Rostec, 'Russia's largest exporter of steel') said Monday it had returned seized property: RETREAT return, RUS company, Monday accepted as the date the text gives. Target Ukraine is not named in the sentence and not clearly the party the property was returned to (the meeting was with the People's Donbass Battalion)."),
    53: (1, 1, 1, 1, 1, 1, "Reporter shot by masked gunmen late Saturday evening: ASSAULT firearms, gunmen in Berlin (DEU), reporter DEU, 06-10 evening."),
    54: (1, 0, 1, 0, 1, 1, "Police have issued search warrants on the suspects: a search by police is COERCE seize (search), not REQUEST. Source Bangladesh police, document date right; target empty though the suspects are named."),
    55: (1, 1, 1, 1, 1, 1, "The cyber attack has caused damage to the telecommunications system: COERCE cyber, no party named in the sentence, attack still going on -> document date."),
    56: (0, 0, 0, 0, 0, 0, "Spurious: 'help' in the garbled purpose clause 'to help them evade capture' is not a provision of aid; the sentence's act is the court's fine (SANCTION)."),
    57: (1, 1, 1, 0, 1, 0, "Almaguer 'has not been arrested or formally charged': ACCUSE (charge) with no charger named. The act is negated, not asserted. Target Almaguer coded USA; the story places him on Guam (GUM)."),
    58: (1, 0, 1, 1, 0, 1, "President Sata's 'decision to sign a security pact with Russia': a decision/promise to sign is AGREE in PLOVER ('including promises to sign'), not SUPPORT sign. Parties ZMB->RUS right. Date: a background act of the 'recent row', earlier and undated, given the document date."),
    59: (1, 1, 1, 0, 1, 1, "Military forces raided the Maute Group/ISIL hideout earlier in July: COERCE raid accepted by the conventions (authorities raiding; ASSAULT also arguable), source PHL military, 'earlier in July' -> 2022-07. Target Maute Group without a country: the text makes it plain they are local Mindanao extremists (PHL)."),
    60: (1, 1, 1, 1, 1, 1, "Lula sentenced to two years for corruption Thursday morning: SANCTION convict, court not named (empty source right), Lula BRA, 06-15 morning."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]


def main():
    items = [json.loads(l) for l in open(os.path.join(ROOT, "events-b-items.jsonl"))]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        v = V[it["n"]]
        verdict = {f: bool(v[i]) for i, f in enumerate(FIELDS)}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        it = dict(it)
        it["verdict"] = verdict
        it["reasons"] = v[6]
        out.append(it)
    with open(os.path.join(ROOT, "events-b.jsonl"), "w") as f:
        for it in out:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    real = [it for it in out if it["verdict"]["event"]]
    print("| field | all 60 | %% | real events (%d) | %% |" % len(real))
    print("| --- | --- | --- | --- | --- |")
    for f in FIELDS + ["all"]:
        a = sum(it["verdict"][f] for it in out)
        r = sum(it["verdict"][f] for it in real)
        print("| %s | %d/60 | %.0f%% | %d/%d | %.0f%% |" % (f, a, 100 * a / 60, r, len(real), 100 * r / len(real)))


if __name__ == "__main__":
    main()
