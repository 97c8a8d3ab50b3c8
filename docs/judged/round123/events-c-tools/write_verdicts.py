"""Write events-c.jsonl from judge c's verdicts (fields that are wrong per item) and reasons."""
import json
HERE = "/work/wt/j123c/docs/judged/round123/"
F = ["event", "type", "source", "target", "date", "modality"]
SPUR = "spurious"
# n -> (list of wrong fields or SPUR, reasons)
V = {
 1: (SPUR, "Spurious: 'a rally' is only the setting of the grenade attack (a party rally Kibria was leaving), no protest against anyone is reported; PLOVER PROTEST needs collective action against a recipient."),
 2: ([], "Arrest of Conde in December 1998, arrester not named (empty source right), target Conde (GIN), date 1998-12 as given: all right."),
 3: ([], "The pledge to surrender weapons and end the bloodshed is a promise of future disarmament (CONCEDE; AGREE would also do), a distinct act from the signing (e1 SUPPORT); militias (SLB) as source, no target, Sunday 2000-10-15: right."),
 4: (["source"], "Source should be President Alejandro Toledo (PER, GOV); dateline gives 'Toledo' with no country code (typed as a country, a place-name misreading) alongside Peru, so the named party lacks its code. Type COERCE (state of emergency), no target, Sunday 2002-06-16 date right."),
 5: ([], "Lukashenko (BLR) accuses Moscow (RUS government): ACCUSE right; 'has accused' is undated and part of the current dispute, so the document date is accepted."),
 6: ([], "Suleiman (LBN) accepting the PM's resignation on Saturday 2013-03-23 coded AGREE ('agree to') is acceptable; the sentence names no party ('the resignation' is an act), so an empty target is right by the rules (I would code Mikati)."),
 7: ([], "Netanyahu (ISR) called for an early election: REQUEST, no addressee named in the call, undated statement reported as news takes the document date: right."),
 8: (["source", "target"], "Source 'the attackers' are the renegade Guinea-Bissau soldiers of the first sentence (army rivalries), so the code should be GNB, not empty; target should be President Vieira / the presidency (GNB), to which 'the building' (his residence) refers, not empty. Type, date (Sunday 2008-11-23), modality right."),
 9: (["target", "date"], "Target should be her rival Bachelet (CHL), named in the sentence as the party conceded to; date should be 2013-12-15 (within hours of Sunday's run-off; at worst the document date), not unknown for an act reported as this news."),
 10: ([], "'would meet a representative of the Dalai Lama' is a future CONSULT (CONVENTIONS: 'will meet' is future); China government source right; target the Dalai Lama's representative (CHN as ICEWS codes the Dalai Lama's camp; sector LEG is wrong but not scored); undated future act with no date is right."),
 11: ([], "Soviet invasion of eastern Poland in 1939: ASSAULT (taking ground), USSR (SUN) -> Poland (POL), 1939, background noun phrase asserted: right."),
 12: ([], "Argentine junta (ARG) invaded the British-ruled Falklands in April 1982: ASSAULT, target UK (GBR), 1982-04: right."),
 13: ([], "Police (RUS) detained dozens in St Petersburg on Sunday 2007-04-15: COERCE arrest, target the dozens (RUS) right."),
 14: ([], "Unnamed attackers (no country given) killed Kibria (BGD) on Thursday 2005-01-27: ASSAULT right in all fields."),
 15: (["source", "target"], "Source should be the Pakistan People's Party (PAK), not Benazir Bhutto, who is only named as its leader; target should be Nawaz Sharif (PAK, GOV), named in the sentence as the one whose dismissal of the Sindh government is condemned. Type ACCUSE and document date right."),
 16: ([], "Georgia (GEO) accused Russia (RUS) on Tuesday 2015-07-14: ACCUSE right in all fields."),
 17: ([], "Morales (BOL) accused the marchers (BOL) of being manipulated: ACCUSE right; the perfect 'has accused' is undated and part of the current march dispute, so the document date is accepted."),
 18: (SPUR, "Spurious: 'The African Union said it was seeking information' is a non-committal comment with no addressee and no request, demand or order to anyone; a trained coder would not code it (REQUEST at most marginal)."),
 19: (["type"], "Awarding Putin the Order of the Republic is an honour, SUPPORT (praise/commend), not REQUEST; source Nikolic (SRB), target Putin (RUS), date, modality right."),
 20: (["target"], "Target 'the movement's hardline wing' is the Union of Islamic Courts' hardliners, country SOM, not USA. Source Ethiopia+US, ACCUSE, present-tense ongoing accusation at document date right."),
 21: (["source", "target", "date"], "Source should be ZANU-PF and the MDC (ZWE); Tsvangirai stands in for the MDC party, which the sentence names. Target should be empty (the charter is not a party), not the endorsers themselves. The endorsement preceded Saturday's referendum (background of an earlier time), so no date, not the document date. Type SUPPORT right."),
 22: (["date"], "Arming northern rebels is AID, Sudan -> Ugandan rebels (UGA), reported inside Uganda's 1995 accusation: right; the date should be 1995-04 (the time of the accusation) or none, not 1999-12-08."),
 23: ([], "EU governments agreed in 2015 ('last year') to relocate asylum seekers: AGREE, no target, 2015: right."),
 24: (["type"], "Russian forces pushing across the border into Kharkiv region and capturing ground is ASSAULT (CONVENTIONS: armed forces taking ground), not COERCE seize. Source, target Ukraine, date (Friday 2024-05-10, start of the Friday-Saturday push), modality right."),
 25: ([], "Colosio (MEX) shot at a rally in March 1994, shooter not named: ASSAULT firearms, empty source, 1994-03 right."),
 26: ([], "Prosecutors (TUN) accused Bernard-Henri Levy (FRA) of links to the defendants; the accusation's time is not given, so no date is right; ACCUSE asserted right."),
 27: ([], "Police and troops (TUR) patrolled Gazi on Tuesday 1995-03-14: MOBILIZE, no target: right."),
 28: ([], "EU and Britain condemned the killing: ACCUSE, no party named as target (perpetrators unnamed), date 2011-03-02 matches the story's own dateline: right."),
 29: (["source"], "Source should be the Macedonian government (MKD) of Zaev, which would ask Hungary to extradite Gruevski, not the Hungary government; target Hungary, REQUEST future with no date right."),
 30: ([], "Picula (HRV) urged Bosnian Croats (BIH) to use democratic means: REQUEST, document date: right."),
 31: ([], "Pashinyan (ARM; 'He') called on Russia (RUS) to explain: REQUEST, document date 2023-04-24: right."),
 32: (["type"], "Banning dealings with businesses controlled by the Cuban military is an economic sanction, SANCTION (curtail commercial exchange), not COERCE ban; source Trump (USA), target Cuban military (CUB), 2017-06, asserted right."),
 33: (["target"], "Target should be the coalition list representing Kosovo's Serb minority (Srpska Lista, XKX), which Belgrade backs, not Kosovo and Serbia. Source Serbia government, SUPPORT, ongoing backing at document date right."),
 34: (["target"], "Target should be Britain (GBR), named in the sentence as the party the Falklands claim is held against; 'would never drop its claim' as CONCEDE negated by Argentina (ARG) is acceptable (like 'RETREAT negated' in CONVENTIONS), and a never-to-happen act with no date is accepted."),
 35: ([], "At least six people (LBN, Tripoli) killed this week: ASSAULT, no perpetrator named, 2013-W12 as the text gives: right."),
 36: ([], "Matthei (CHL) congratulated her rival Bachelet (CHL; 'rival' refers to her): SUPPORT; no explicit date, reported as news, document date accepted (Sunday 2013-12-15 would be more exact)."),
 37: (["type", "target"], "Saied seizing wide powers by sacking the government and freezing parliament is a political power grab, COERCE (restriction of political institutions), not ASSAULT (no armed seizure of ground); target should be the Tunisian government/parliament (TUN) named in the sentence. Source Saied (TUN), 2021-07 right."),
 38: (["date"], "The Future Movement's call for a neutral government is reported as this news, undated, so the date should be the document date 2013-03-23, not unknown. REQUEST, source (LBN), empty target right."),
 39: (SPUR, "Spurious: 'Not all Turkish Cypriots welcomed the Turkish leader' is a negated generalisation reporting no definite act of welcoming (the protest is coded from the next sentence); had it been an event, the target would be Erdogan (TUR), not Tatar, and the modality negated."),
 40: (["modality"], "The agreement was made early on Saturday: the modality should be asserted; the 'if it holds for a week' condition applies only to the later coordination of strikes (CONVENTIONS: an offer with its condition is asserted). AGREE, mutual US/Russia, 2016-09-10 right."),
 41: (["type", "date"], "Protesters clashing with security forces is a violent riot, PROTEST (riot), not ASSAULT; the date should be Monday 2018-01-08 (the clash in Tebourba where the man was killed on Monday, within the two nights of rioting), not the Wednesday statement date 2018-01-10. Source protesters (TUN), target security forces (TUN) right."),
 42: ([], "Riot police (BHR) fired tear gas at crowds (BHR) on the day of the execution, Tuesday 1996-03-26: ASSAULT crowd-control right."),
 43: ([], "Netanyahu (ISR) convened his security cabinet (ISR): CONSULT, document date Saturday 2023-01-28: right."),
 44: ([], "Iran's foreign ministry (IRN) accused Western governments (no single country) of interfering: ACCUSE, document date: right."),
 45: ([], "Moldova's parliament (MDA) declared a state of emergency on Friday 2021-10-22: COERCE (impose state of emergency, per the codebook), no target: right, though an energy emergency is hardly coercion and I would hesitate to code it."),
 46: ([], "OHCHR (UN) urged security forces (TZA) to refrain from lethal force: REQUEST, document date 2025-11-01: right."),
 47: ([], "General strike called by 'his party' = FIS (DZA) in June 1991: PROTEST strike; the sentence names no target, so empty is accepted; 1991-06 right."),
 48: ([], "US pledged support for Libya's new authorities (LBY): a pledge is AGREE (CONVENTIONS wave 76); document date right."),
 49: (["target", "modality"], "Target should be Aslan Maskhadov (Chechen president, RUS/Chechnya), not the word 'authority'; 'no longer recognised' is a withdrawal of recognition: SUPPORT is acceptable only as negated (or SANCTION asserted), so the asserted modality is wrong. Source Moscow/Russia, Friday 1999-10-01 right."),
 50: (["date"], "15 people (SOM) killed in three days of protests after the arrest: ASSAULT, no perpetrator named: right; the date 2018-12-13 is the arrest date, while the deaths are a total over the following three days: should be 2018-12 (or no date)."),
}
items = [json.loads(l) for l in open(HERE + "events-c-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
with open(HERE + "events-c.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == SPUR:
            v = {f: False for f in F}
        else:
            assert all(w in F[1:] for w in wrong)
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        it = dict(it); it["verdict"] = v; it["reasons"] = reason
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
counts = {f: 0 for f in F + ["all"]}
for l in open(HERE + "events-c.jsonl"):
    d = json.loads(l)
    for f in counts:
        counts[f] += d["verdict"][f]
print(counts)
