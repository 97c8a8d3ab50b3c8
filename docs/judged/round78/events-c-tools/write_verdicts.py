"""Write events-c.jsonl from the judge's verdicts below (fields listed are the WRONG ones;
'spurious' marks an item that holds no event). Run from docs/judged/round78."""
import json

F = ("event", "type", "source", "target", "date", "modality")

V = {
 1: (["target"], "REJECT of a visa by the United States is right and its date rightly unknown ('earlier in the campaign'), but 'him' is Hugo Chavez, whose rise Washington watched: target should be Hugo Chavez (VEN), not Rafael Caldera."),
 2: ([], "Summoning Morocco's ambassador to express displeasure is ACCUSE, Spain (ESP) -> Karima Benyaich (MAR); told as part of the current crisis, so the document date 2021-05-18 is right."),
 3: (["target"], "The ambush (ASSAULT, 2001-04-18, the Wednesday) has no attacker named in the sentence, so an empty source is right, but 'its men' are men of India's Border Security Force: target country should be IND, not BGD."),
 4: ([], "Lavrov's accusation that Kiev was preparing to use force is ACCUSE, Russia's government (RUS, Lavrov as speaker) -> Ukraine's government (UKR), news of the day."),
 5: ([], "'China called for a diplomatic solution' is a REQUEST by China (CHN) with no party named as addressee (empty target right), news of the day."),
 6: ([], "UNIFIL ('It', a U.N. force, coded United Nations) said it was investigating where the tree lay: ACCUSE investigate, no party named as investigated; document date right."),
 7: ([], "Putin ordering an investigation into flight safety is ACCUSE investigate by Putin (RUS), no target party; reported as this news, document date right."),
 8: (["source"], "'Brussels' here is the European Union criticising Bulgaria, not Belgium: source should be the European Union (no country code); ACCUSE, target Bulgaria and the long-running (document) date are right."),
 9: ([], "Morocco 'had warned of consequences' is THREATEN by Morocco (MAR); the sentence names no addressee and gives no date, so empty target and unknown date are right."),
 10: (["source", "date"], "AQIM's fighters carrying out the raid is an ASSAULT, but AQIM (al Qaeda in the Islamic Maghreb) is not Ivorian: source should be AQIM's fighters with no country code (not CIV); the raid was on Sunday, date should be 2016-03-13, not the document date."),
 11: ([], "Israeli artillery shelling killing 18 Palestinians: ASSAULT, Israel (ISR) -> Palestinian civilians (PSE), Wednesday 2006-11-08 (the document date) right."),
 12: (["source"], "ASSAULT on beachgoers on Sunday 2016-03-13 and the Ivorian victims are right, but the text does not make the gunmen Ivorian (the attack is claimed by AQIM): source country should be empty (or AQIM), not CIV."),
 13: ([], "Russia having massed 150,000 troops near Ukraine's borders is MOBILIZE, Russia (RUS) -> Ukraine (UKR), a state standing at the time of the story (document date)."),
 14: ([], "Australia and New Zealand urged 'the leaders' (the five Micronesian leaders, a group of several countries, so no single code) to reconsider: REQUEST, document date right."),
 15: (["type"], "The opposition leaders only called for protests and a strike; no protest is reported as held. PLOVER codes a call as the statement's type: type should be REQUEST (opposition leaders, PAK, asserted, document date), not an asserted PROTEST."),
 16: ([], "Charles Michel (BEL) and other European leaders condemned the use of force: ACCUSE, no party named as target (empty right), reported on Monday 2017-10-02 (document date)."),
 17: (["target"], "Condolences accepted as SUPPORT (CAMEO 018 has no PLOVER type; a stricter coder would drop it), but the sentence names the party they go to: target should be the victims' families (RUS), not empty."),
 18: (["date"], "Goita's signing of the charter is SUPPORT, Goita (MLI) with Burkina Faso and Niger, but his 'today' is the day he posted, the Saturday of the signing: date should be 2023-09-16, not 2023-09-17."),
 19: ([], "SBU captain killed when his unit came under fire: ASSAULT with no attacker named (empty source right), target SBU captain (UKR); told as this news, document date 2014-04-13 right."),
 20: ([], "The EU opening membership talks with Croatia is CONSULT (negotiation), EU -> Croatia (HRV), in October 2005 as the text gives."),
 21: ([], "Washington urged 'both sides' (Israel and Lebanon) to avoid escalation: REQUEST, USA -> ISR and LBN, document date right."),
 22: ([], "Three Arab gunmen shot dead two Israeli policemen on Friday 2017-07-14: ASSAULT; the sentence gives no country for the gunmen, so empty is right; target Israeli police (ISR)."),
 23: (["source"], "The trigger is 'They shot the officers': 'They' are the attackers, so source should be the gunmen (Arab citizens of Israel), not the Israel police (the police shooting the gunmen is a separate act with the gunmen as target)."),
 24: ([], "Kiev (and its Western allies) accused Moscow of orchestrating the unrest: ACCUSE, Ukraine's government (UKR) -> Russia's government (RUS), document date right."),
 25: (["source"], "Rights campaigners welcoming the vote is SUPPORT with no party named as target, but the text does not say the campaigners are Saudi: source country should be empty, not SAU."),
 26: ([], "U.S. officials and Latin American leaders congratulated Macri: SUPPORT -> Mauricio Macri (ARG), document date right."),
 27: ([], "Mekdad visiting the site with Iran's ambassador Akbari is accepted as a CONSULT meeting, Syria's foreign minister (SYR) -> Akbari (IRN); undated news, document date right."),
 28: (["target", "date"], "Zeman's call for lifting EU sanctions is a REQUEST to the European Union; Russia and Ukraine are the subject, not addressees: target should be the EU alone. 'Has called' is a standing position from earlier times, not news of the day: date should be none (unknown), not the document date."),
 29: ([], "UNIFIL called for 'maximum restraint': REQUEST by the U.N. force, no party named in the sentence (empty target right), document date right."),
 30: (["date", "modality"], "The Security Council condemning Israel is only the content of a resolution the Arab diplomats would seek (and the U.S. may block): modality should be hypothetical (or future), and the act has no date rather than the document date; source UNSC and target Israel are right."),
 31: ([], "Protesters burning U.S. flags is PROTEST aimed at the United States (USA); the sentence gives no country for the protesters, so empty is right; document date right."),
 32: ([], "An OAS delegation 'is expected to travel to Quito in the coming days': CONSULT visit, OAS -> Ecuador's government, future, no date: all right."),
 33: ([], "Human rights groups (unplaced, no code) welcomed the guarantees for women: SUPPORT with no party named as target; document date right."),
 34: ([], "India lodged a strong protest with Bangladesh on Friday 2001-04-20: ACCUSE, IND -> BGD, all right."),
 35: ([], "The Tripoli-based government (LBY) accused Aguila Saleh (LBY): ACCUSE, undated news, document date right."),
 36: (["target"], "Iran vowed to retaliate for an attack 'it blamed on Israel': the sentence names the party the threat is aimed at, so target should be Israel (ISR), not empty; THREATEN, Tuesday 2024-04-02 right."),
 37: (["target"], "The attackers opening fire and hitting cars 'in the convoy' is an ASSAULT on Monday 1998-02-09, but 'the convoy' is Shevardnadze's motorcade: target should be Shevardnadze / his convoy (GEO), not empty."),
 38: (["target", "date"], "Zedillo ordering arrests is COERCE arrest, but the Zapatista National Liberation Army is Mexico's EZLN, not Colombia's ELN: target should be the EZLN leaders (MEX); the order was given in his address late on Thursday, date should be 1995-02-09."),
 39: (["date"], "Netanyahu asking Obama for help is REQUEST ISR -> USA, but it was made during the embassy crisis being reported, not at an unknown time: date should be the document date 2011-09-10 (the night of 9-10 September)."),
 40: ([], "Paramilitaries (COL) killing dozens of civilians (COL) 'in recent days' is an ASSAULT total over a span, so no date is right; asserted with the rights groups as reporters."),
 41: ([], "Some Albanians (ALB) have accused Rome (Italy's government) of acting to stop migrants: ACCUSE, a standing charge at the time of the story (document date)."),
 42: (["target", "date"], "The AU leaders' call is a REQUEST, but the 'foreign forces' are not Congolese: target should be the foreign forces with no code (or empty), not COD; the text gives no date for the call, so it should be the document date 2025-02-16, not 2025-02-14 (taken from the airport capture)."),
 43: ([], "At least 70 Islamic State fighters killed in the strikes: ASSAULT with no agent in the sentence (empty source right), IS fighters in Syria (SYR accepted), overnight strikes, document date right."),
 44: ([], "Protesters (MEX, in the capital) marching to the Zocalo chanting 'We are all Marcos' against the offensive on the Zapatistas: PROTEST with the Mexican state as target accepted (aimed at the authorities' crackdown), Friday evening 1995-02-10."),
 45: (["event"], "Spurious: 'the missile tests' is a back-reference (topic) in the analysts' assessment to the PLA firing told two paragraphs earlier; the sentence reports no act (coded as one it would need China/PLA as source and not the document date)."),
 46: ([], "Eritrea's government repeatedly asked Sanaa to withdraw: REQUEST ERI -> YEM, repeated background with no date, so unknown is right."),
 47: ([], "Odinga calling the election a sham is ACCUSE; the state that ran the election (Kenya) is accepted as target by analogy with protests aimed at an act of the authorities; document date right."),
 48: (["target"], "Police (ISR) detaining the Grand Mufti is COERCE arrest, but the person detained is Sheikh Mohammed Hussein, Grand Mufti of Jerusalem (PSE): target should be him, not Israel's government."),
 49: (["source"], "The storming of the Radisson Blu in Bamako in November 2015 is ASSAULT with the right date and target, but the gunmen in Mali are not Ivorian: source country should be empty, not CIV."),
 50: ([], "Pro-government rallies held in several cities: PROTEST (a support rally, so empty target is right), participants unnamed, document date right."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
with open("events-c.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if "event" in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

counts = {f: 0 for f in F + ("all",)}
for l in open("events-c.jsonl"):
    v = json.loads(l)["verdict"]
    for f in counts:
        counts[f] += v[f]
print(counts)
