"""Write events-b.jsonl: each item unchanged plus the judge's verdict and reasons.
V[n] = (wrong fields, reasons); 'event' in wrong fields = spurious (all false)."""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ([], "South Korean officials hoped Hu would urge Kim to open the economy: a hoped-for REQUEST, Hu (CHN) -> Kim Jong Il (PRK), hypothetical; the text gives no date for it, so unknown is right."),
 2: (["target"], "The Kremlin's praise of the Chechen election is SUPPORT, asserted, on the document date; but the target Russia is the source's own state and is not acted upon. The election is not a party, so the target should be empty (at most the Chechen authorities / Kadyrov, RUS)."),
 3: ([], "France, Britain and Jordan criticised the Knesset vote: ACCUSE, asserted, on the report's date. 'The vote' is an act, not a party, so an empty target is right under the rules (I would code Israel, ISR)."),
 4: (["target"], "Meshkov's call for dual citizenship is a REQUEST, and it is undated background, so unknown is right. But the Russian population is who the call benefits, not who it is addressed to, and RUS is the wrong code for Crimea's residents. The sentence names no addressee, so the target should be empty (Kiev, UKR, is implied)."),
 5: ([], "Armenia's defence ministry accused Azerbaijan of shelling Stepanakert: ACCUSE, ARM -> AZE, asserted, Sunday's report; all fields right."),
 6: (["target"], "Morawiecki called the gas cut-off an attack on Poland: ACCUSE, asserted. Poland is the victim, not the accused, so the target should be Russia/Gazprom (RUS), whose cut-off he condemned, or empty; Poland is wrong."),
 7: ([], "Washington welcomed 'any step' to reduce violence: SUPPORT, asserted, with the spokesman as reported_by and no named target; right."),
 8: (["date"], "Zaev's promise of reforms is AGREE (CAMEO 034), asserted, with no target. But he spoke to parliament before the vote, which was 'late on Wednesday', so the date should be 2017-05-31, not 2017-06-01."),
 9: (["target"], "The IRGC supplying roadside bombs is military AID, reported inside the U.S. accusation; source right. But the militiamen are Iraqi Shi'ite militias fighting U.S. troops in Iraq: the target's code should be IRQ (or empty), not IRN."),
 10: (["event"], "Spurious: 'accusing him of knowingly helping drug traffickers' is the ACCUSE already coded as e2. The vague complicity alleged (cartel money for his campaign) is no PLOVER AID act (material aid) between political actors."),
 11: ([], "Azerbaijan Airlines suspending flights to Russian cities is a SANCTION (curtails commercial exchange), AZE -> Russia, asserted, reported as news on the document date; right."),
 12: ([], "Lecornu urged all sides to return to negotiations: REQUEST, FRA -> the parties in the French territory of New Caledonia (FRA code acceptable), asserted, on the document date; right."),
 13: ([], "Sharif resigned weeks after his 1993 removal: RETREAT resign, Sharif (PAK), asserted, 1993; right."),
 14: (["date"], "The 62 deputies backing Zaev's cabinet is the parliament vote, SUPPORT MKD -> Zaev (MKD), asserted. But the lede dates the vote 'late on Wednesday', so the date should be 2017-05-31, not the document date 2017-06-01."),
 15: ([], "Armenia denied firing at Ganja: ASSAULT negated, ARM -> Ganja (AZE), dated to the overnight strike of the report; right (mode should be missile/heavy weapons, not firearms, but mode is not scored)."),
 16: (["target"], "The G7 summit on Sunday is a CONSULT, dated 2023-05-21 and asserted, with G7 a right source. But the sentence's act is Zelenskiy bringing his appeal to the summit, so the party meeting the G7, Zelenskiy (UKR), should be the target. An empty target drops him."),
 17: ([], "'Russia's invasion of Ukraine' is a background ASSAULT, RUS -> UKR, asserted. The text gives no date for it, so unknown is right."),
 18: ([], "The United States welcomed the Croatia-Yugoslavia accord: SUPPORT, asserted, document date. The accord is not a party, so an empty target is right under the rules."),
 19: (["date"], "ICJ judges dismissed Somalia's claim: REJECT, court -> Somalia (SOM), asserted. But this is part of the ruling the lede dates 'on Tuesday', so the date should be 2021-10-12, not the document date 2021-10-13."),
 20: (["target", "date"], "Nebenzia blamed armed groups for shelling Damascus: ACCUSE, RUS source right. The target is the armed groups in Ghouta, in Syria, so its code should be SYR (the text makes it plain), not empty. He spoke at Saturday's council session, so the date should be 2018-02-24."),
 21: (["source", "target"], "Source and target are reversed: it is the Awami League's statement that accused the interim government. The source should be the Awami League (BGD) and the target Bangladesh's interim government (BGD). ACCUSE, asserted, document date right."),
 22: (["target", "date"], "The authorities accusing the stations of inciting violence is an ACCUSE from LBR authorities. 'Them' refers to the radio and TV stations close to the opposition (LBR), so an empty target is wrong. The paragraph puts the shutdown on the eve of the run-off (about 2011-11-07), so the document date 2011-11-11 is wrong."),
 23: (["target"], "Israel's ministers approving Resolution 425 is SUPPORT (or AGREE), ISR, 1998-04-01, asserted. Israel and Lebanon appear only in the clause about the 1978 incursion. The target should be the UN Security Council (UNO), whose resolution was endorsed, or empty."),
 24: ([], "Wallstrom demanded an independent inquiry: REQUEST, SWE, no addressee named so an empty target is right, asserted, document date; right."),
 25: (["date"], "The ICJ rejected Kenya's argument: REJECT, ICJ (UNO) -> Kenya (KEN), asserted. But it is part of the ruling of 'Tuesday' in the lede, so the date should be 2021-10-12, not 2021-10-13."),
 26: (["target"], "A man shot dead in the settler attacks on Huwara is an ASSAULT, asserted, on the night of the report; the shooter is unnamed, so an empty source is right. But the man is a Palestinian of Huwara: the target's code should be PSE, not ISR."),
 27: ([], "Prosecutors are expected to indict Roh: ACCUSE (indict), KOR prosecutors -> Roh (KOR), future, 'within weeks' so no date; right."),
 28: ([], "Erdogan and Sargsyan met in Washington 'earlier this month': CONSULT, TUR <-> ARM, 2010-04, asserted; right."),
 29: (["type"], "'Said he would work with the opposition' is a pledge to cooperate. The PLOVER codebook and the wave-76 rule make such a pledge AGREE, not COOPERATE. Parties (Yoon -> opposition, KOR), the future modality and the missing date are consistent with the act as coded. reported_by should be Yoon, not Lee Jae-myung (not scored)."),
 30: (["target"], "Al-Masirah, the Houthis' TV, accused the coalition of killing civilians: ACCUSE, YEM source, asserted, document date. But 'the coalition' is the Saudi-led coalition: the target's code should be SAU (or empty), not YEM."),
 31: (["source", "date"], "'It' is the Security Council resolution, so the demand for a halt to hostilities is the UN Security Council's (UNO): the source Russia is wrong. The resolution was adopted on Saturday, so the date should be 2018-02-24. REQUEST, empty target and asserted are right."),
 32: (["date"], "The deaths of about 125 security forces and 140 Assad loyalists are an ASSAULT with no attacker named (empty source right, target fighters SYR acceptable though the security forces were killed too). But it is a total over four days of fighting (from Thursday), so it has no single date; the document date 2025-03-09 is wrong."),
 33: (["date"], "Putin and Kim were expected to hold talks: CONSULT, RUS <-> PRK, future. But 'later on Wednesday' is the parade day, the document date 2025-09-03, not 2025-09-10."),
 34: (["target", "date"], "Djibouti calling it an unprovoked attack is an ACCUSE from Djibouti, asserted. 'Its larger neighbour' refers to Eritrea, so the target should be Eritrea (ERI), not empty. The claim is reported as this news ('on Wednesday'), so the date should be 2008-06-11 (or the document date), not unknown."),
 35: (["target"], "Turkey's 1974 invasion of the north is an ASSAULT, TUR, 1974, asserted. But the north invaded is northern Cyprus, named in the sentence, so the target should be Cyprus (CYP), not empty."),
 36: (["event"], "Spurious: Anwar flying to Germany for spinal surgery is a private medical trip, not a political visit to a host. It is no CONSULT."),
 37: ([], "ASEAN leaders agreed at their December summit to admit Cambodia: AGREE, ASEAN -> Cambodia (KHM), 1998-12, asserted; right."),
 38: ([], "Del Ponte, prosecutor of the U.N. tribunal, has long accused Belgrade: ACCUSE, tribunal prosecutor -> Serbian government (SRB), asserted, ongoing so document date; right."),
 39: ([], "Peacekeepers fired to disperse the Kinshasa crowds: ASSAULT crowd-control, UN peacekeepers -> crowds (COD), asserted. The text gives no explicit date, so the document date is right."),
 40: ([], "The pro-Kurdish DTP backing the independent candidates is SUPPORT, TUR -> candidates (TUR), asserted. The backing still holds at the election, so the document date is acceptable."),
 41: (["event"], "Spurious: the 13 soldiers died when two French helicopters collided, an accident ('no indication that the aircraft had been hit by enemy fire'). No one assaulted anyone."),
 42: (["type"], "Government officials calling Ghinwa Bhutto's accusation baseless are rejecting a charge, so the type should be REJECT, not ACCUSE. PAK officials, empty target (the accusation is not a party), document date and asserted are right."),
 43: (["target"], "Ivanov relenting under pressure is CONCEDE (CAMEO 080), MKD, June 2017 ('this month'), asserted. But 'Brussels' here is the EU, not Belgium: the target should be the United States (USA) and the European Union (EU), not the Belgian government."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 43 and set(V) == {it["n"] for it in items}
with open("events-b.jsonl", "w") as f:
    for it in items:
        wrong, why = V[it["n"]]
        v = {k: ("event" not in wrong and k not in wrong) for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it); out["verdict"] = v; out["reasons"] = why
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
