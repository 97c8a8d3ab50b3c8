"""Write events-d.jsonl from the judge's verdicts (judge d, round 88).
Each entry: n -> (wrong fields, reasons). 'event' in wrong = spurious (all false)."""
import json

V = {
 1: (["source", "target"], "REJECT is right, but the judge (the Pakistani accountability court, PAK) rejected the request, so the source should be the court/judge, not Shehbaz Sharif; the target should be the requesters, Nawaz Sharif and Maryam (\"they\", PAK), not the court. Date this week (2018-W27) and asserted are right."),
 2: ([], "The Kremlin (RUS) accused Ukraine (UKR) on Wednesday 2023-05-03; ACCUSE asserted; all right."),
 3: ([], "The United States and France condemned the assassination: ACCUSE (disapprove); the killers are not named, so an empty target is right; reported as this news, document date right."),
 4: (["source", "date"], "\"It\" is the U.N. panel of experts of the previous sentence (IGO, no country), not the Sri Lankan government; the panel reported in 2011, so the date should be 2011, not 2014-03-27. Target rebels (LTTE, LKA) and type are right."),
 5: ([], "Nano (ALB) denouncing the attack on his office as an attempted coup is ACCUSE (disapprove); the attackers are not named in the sentence, so an empty target is right; undated current act, document date right."),
 6: ([], "The talks between Stefanovic (SRB) and Tahiri (XKX) are a CONSULT in their own sentence (not a duplicate within the sentence); mutual coding right; the talks are this news (Tue-Wed), 2011-03-09 right."),
 7: ([], "Bobi Wine (UGA) arrested several times since 2017: COERCE arrest, arresting party not named (empty source right); a count summed over a span has no date, so unknown is right."),
 8: (["source"], "The source should be U.N. human rights chief Volker Turk (UN, no country), not Turkey (TUR) - the name was misresolved. REQUEST to the Malian authorities (MLI), document date and asserted are right."),
 9: ([], "Taiwan (TWN) severing diplomatic ties with Kiribati (KIR): SANCTION withdraw (CAMEO 161), said on Friday 2019-09-20, asserted; all right."),
 10: ([], "Zardari (PAK) sending a message of goodwill is SUPPORT; the clause names no recipient (Singh is named only for Obama's call), so an empty target is right by the rules; document date right."),
 11: (["source"], "SUPPORT Advani -> Singh (IND) is right, but the source Advani has no country code (should be IND; he is the BJP's candidate, opposition); the added BJP[IND] does not fix the named party's code. Target, date and modality right."),
 12: ([], "The Constitutional Court (TUR) barring 37 DTP members (TUR) from politics: COERCE restrict (CAMEO 172), on Friday 2009-12-11; all right."),
 13: ([], "Critics (no country given) accuse Hasina's government (BGD) of jailing opponents: ACCUSE, an ongoing accusation taking the document date; all right."),
 14: (["source", "date"], "RETREAT resign is right, but \"he\" is Faure Gnassingbe (TGO), not his late father Gnassingbe Eyadema; the text says only that he stepped down \"weeks later\" after his installation (with sanctions in February), so it gives no month: the date should be unknown (or 2005), not 2005-02 (right in fact, but not given by the text)."),
 15: (["date"], "REQUEST Serbian officials (SRB) -> Podgorica (MNE) is right, but the text gives no day for the request, a reaction to arrests announced on Monday; it should take the document date 2016-10-17, not Sunday 2016-10-16."),
 16: ([], "The junta (Myanmar, MMR) agreed to the five-point plan in April: AGREE, 2021-04, asserted; the sentence names no partner of the agreement, so an empty target is right."),
 17: ([], "Nigerian soldiers killed more than 30 members of the Islamic Movement (NGA) in July last year: ASSAULT, 2014-07; all right."),
 18: ([], "Modi (IND) inviting Assoumani (COM), chair of the AU, to take his seat: an invitation is AGREE in PLOVER; Saturday 2023-09-09; all right."),
 19: ([], "Myanmar security forces (MMR) killed more than 1,100 people (MMR) since the coup: ASSAULT; a total summed from an earlier time has no date, so unknown is right; attribution keeps asserted."),
 20: ([], "Imran Khan (PAK) welcoming the ruling is SUPPORT; the ruling is an act, no party named, so an empty target is right; 2018-07-06 is the report's day (dateline July 6), right."),
 21: (["source", "target", "modality"], "\"He\" is Orban, so the source should be Viktor Orban (HUN), not the Ukrainian government; the target should be empty (the proposers of the sanctions are not named; Russia is their object, not the party rejected); the opposition is stated as fact, so modality should be asserted, not hypothetical. REJECT and the undated background date are right."),
 22: (["event"], "Spurious: Bobi Wine's vow to carry on campaigning against Museveni is no threat and no PLOVER act (the codable act in the sentence is his release on bail, RETREAT release)."),
 23: ([], "Lagos (CHL) accused Pinochet (CHL) in 1988: ACCUSE, 1988, asserted; all right."),
 24: (["date"], "ACCUSE JD Vance (USA) -> Romania (ROU) is right, but the criticism was in his Munich speech, which the story dates Friday: the date should be 2025-02-14, not the document date 2025-02-15."),
 25: (["date"], "Marki-Zay (HUN) conceding defeat is CONCEDE (CAMEO 080); the name is truncated but the party is right; the concession is this news (election Sunday), so the date should be the document date 2022-04-04 (or Sunday 2022-04-03), not unknown."),
 26: (["type"], "\"Seeks a new beginning with Cuba\" and being prepared to engage Havana express willingness to cooperate: the type should be AGREE (CAMEO 03), not REQUEST. US -> Cuba, Friday 2009-04-17 and asserted are right."),
 27: ([], "Journalists and students (LBN) marching in Beirut: PROTEST demo; the sentence names no aim, so the Lebanese state is a right target by the conventions (from context the march mourns Kassir's killing, which would make an empty target right - scored by the rule); Friday 2005-06-03 right."),
 28: ([], "The Montenegrin opposition complained that the authorities (MNE) blocked messaging services: ACCUSE, reported as this news, document date right; all right."),
 29: ([], "China's Foreign Ministry (CHN) welcomed Kiribati's (KIR) decision: SUPPORT, document date; all right."),
 30: (["source"], "The source should be Tamil groups in Sri Lanka and abroad (no single country; LKA at most), not the Tamil Tigers, who were crushed in 2009. SUPPORT, empty target (the vote is an act), 2014-03-27 and asserted are right."),
 31: ([], "Serbia (SRB) and Kosovo (XKX) held direct negotiations on Tuesday and Wednesday: CONSULT, mutual, 2011-03-09 within the span; all right."),
 32: (["event"], "Spurious: \"China's actions would not intimidate Taiwan\" is Tsai's statement of defiance, not a threat China made or failed to make; the codable act is Tsai rejecting Beijing's pressure (REJECT Taiwan -> China), with another type, source and target."),
 33: ([], "Khuzestan residents (IRN) have long complained of discrimination: ACCUSE (complaint), no target named (empty right), a going-on act taking the document date; all right (borderline as an event)."),
 34: ([], "Colombia's government and FARC (COL) opened peace talks in Norway on Thursday 2012-10-18: CONSULT, mutual; all right."),
 35: ([], "Iran (IRN) summoning the British, Danish and Dutch envoys in protest is an official complaint, ACCUSE (CAMEO 114); UK diplomats (GBR) are one right target; Sunday 2018-09-23; all right."),
 36: (["date"], "ASSAULT on Anna Lindh (SWE), attacker not named (empty source right), but the text dates the stabbing Wednesday afternoon: the date should be 2003-09-10, not unknown."),
 37: ([], "Saifuddin Abdullah (MYS) warning that Min Aung Hlaing (MMR) would not be welcome unless the military cooperated is a conditional THREATEN (exclusion); earlier in the week, 2021-W41; all right."),
 38: ([], "Vucic (SRB) urged Serbian citizens (SRB) not to be drawn into adventures: REQUEST (appeal), document date; all right."),
 39: (["type", "source", "target"], "The two leaders trading views on Tibet is a discussion, CONSULT (not COOPERATE economically); \"the two leaders\" are Clinton (USA) and Jiang (CHN), so the source needs a country code and the target should be the other leader, not Tibet (the topic). Date and modality right."),
 40: ([], "Chinese leaders (CHN) refusing summits with Koizumi (JPN): REJECT, an ongoing refusal taking the document date; all right."),
 41: ([], "Buhari (NGA) assured Rouhani (IRN) the matter would be handled by law: a promise, AGREE; the call is undated current news, document date right; attribution keeps asserted."),
 42: (["target"], "COERCE martial-law by Essebsi (TUN) is right, but the state of emergency and curfew are imposed on Tunisia itself: the target should be empty (or Tunisia/its population, TUN), not Libya (the border closure is another sentence)."),
 43: (["target"], "The person killed is Idriss Deby (TCD), Deby's father, not the army; source empty (the killer is not stated) and April 2021 are right."),
 44: ([], "Bobi Wine (UGA) detained on Wednesday 2020-11-18: COERCE arrest, arresting party not named in the sentence (empty source right); all right."),
 45: (["date"], "REQUEST (demand) UN Security Council -> Syria (SYR) is right, but it is last year's resolution: the date should be 2004, not the document date 2005-06-03."),
 46: (["date"], "ASSAULT on several people (TGO), killers unnamed, attributed to residents (asserted) is right, but the riots broke out on Tuesday after the announcement: the date should be 2005-04-26, not the document date 2005-04-27."),
 47: (["target"], "The shooting down of the drones by Russia's defences (shooter unnamed, empty source right; Kremlin attribution keeps it asserted) was not aimed at Putin: the target should be Ukraine's drones/Ukraine (UKR) or empty, not Putin (the attempt on Putin is inside the accusation, coded as ACCUSE). Type, date (overnight, 2023-05-03) right."),
 48: (["source"], "The source should be leaders across Europe (no single country, empty code), not Dutch leaders (NLD). ACCUSE, empty target (the killer is not named), document date and asserted are right."),
 49: ([], "The United States (USA) congratulated Panamanians (PAN): SUPPORT, document date; all right."),
 50: ([], "Chavez (VEN) said he would deploy troops to help evacuate flood victims: MOBILIZE troops, future (an AID pledge, AGREE, is a defensible alternative, but PLOVER MOBILIZE covers deployments); a future act with no date, unknown is right."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open("events-d.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        if "event" in wrong:
            v = {k: False for k in FIELDS}
        else:
            v = {k: k not in wrong for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
counts = {k: 0 for k in FIELDS + ["all"]}
for l in open("events-d.jsonl"):
    r = json.loads(l)
    for k in counts:
        counts[k] += r["verdict"][k]
print(counts)
