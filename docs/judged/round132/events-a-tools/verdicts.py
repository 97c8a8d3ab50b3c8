"""Judge a's verdicts for round 132 (written by hand after reading each item in its story).
Writes events-a.jsonl (items unchanged + verdict + reasons) and checks the file.
usage (from docs/judged/round132): python events-a-tools/verdicts.py"""
import json

F = ("event", "type", "source", "target", "date", "modality")
# n: (fields that are wrong, reasons); "SPURIOUS" = no event (wrong in every field)
V = {
 1: ([], "Chirac urging the French to stay calm is a REQUEST to the French public (FRA); the statement has no date of its own and the story is datelined PARIS, July 25, so 1995-07-25 is the report's day. (His 'cowardly act' remark, an ACCUSE, is not coded.)"),
 2: (["type", "source"], "Security forces freeing hostages from their captors in an assault is AID (PLOVER: rescue hostages), not RETREAT release, which is a captor letting captives go; the snipers are the army's own (the army spokesman's account), so they should be Pakistani military (PAK), not an unaffiliated armed group with no country."),
 3: ([], "The families' demand is a REQUEST; its addressee (the FARC) is not named in the sentence, so an empty target is right; undated and reported as this news, so the document date is right."),
 4: (["date"], "REQUEST EU -> Turkey is right, but 'the EU has urged' is background of an unspecified earlier time, not the news of May 20; it should carry no date (basis unknown) rather than the dateline day."),
 5: (["date"], "ACCUSE Samardzic (SRB) -> U.N. is right, but the text gives the statement no date; 2008-03-17 is the day of the raid, not of the statement, so the date should be the document date 2008-03-18."),
 6: ([], "Assailants seizing weapons from Congolese police by force is a violent act against the police (ASSAULT; the mode 'abduct' is inapt but only the type is scored); source unnamed with no country, Tuesday 2022-07-26 right."),
 7: ([], "U.S. welcoming the Cancun package is SUPPORT; the package is not a party, so an empty target is right; adopted and welcomed on Saturday, the document date."),
 8: ([], "EU opening accession negotiations with the six is CONSULT (negotiation); the source is labelled 'EU's rotating presidency' but is the EU with the right code (EUR, IGO); Tuesday 1998-03-31 right."),
 9: (["date"], "REQUEST Brussels and Washington -> Croatian government is right, but 'have pressed' is background pressure of an unspecified earlier time; it should be undated, not the document date."),
 10: ([], "Abiy and Isaias signing the declaration is SUPPORT (sign agreement), mutual; 'earlier this month' gives 2018-07, right."),
 11: (["target"], "Police firing tear gas is ASSAULT (crowd-control) by Indonesian police, Thursday 2000-08-31, but the sentence names whom it was fired at: the target should be Suharto's supporters and the students (IDN), not empty. (reported_by 'lawyers' is also wrong: they spoke only about his health.)"),
 12: (["source", "target"], "ACCUSE of biased reporting is right and 'earlier this month' (1997-07) right, but the Belarussian authorities should be coded BLR, not RUS, and Sheremet is presented as a Russian journalist of ORT (RUS, media), not Belarussian government."),
 13: ([], "Russia backing Belgrade's call for a Security Council session is SUPPORT; the sentence names no party as target ('the call' is an act), so empty is right; report of Saturday 1999-07-24."),
 14: ([], "Car bomb killing MP Ghanem: ASSAULT, unknown perpetrator, target Ghanem (LBN), Wednesday 2007-09-19."),
 15: (["date"], "The EU's pledge of 50 million euros is AGREE under the conventions (an offer of aid), source EU, no target named; but 'has already promised' is an earlier, undated pledge, not an act of the summit day, so it should have no date rather than the document date."),
 16: (["type", "date", "modality"], "Azerbaijan saying it would support Armenia's bid is a pledge of diplomatic support, which PLOVER codes as AGREE (CAMEO 032), made in Thursday's joint statement: type AGREE, modality asserted, date 2023-12-07 (the day of the statement), not SUPPORT future undated."),
 17: (["target"], "Detention of camp residents is COERCE arrest with the detaining force unnamed in the sentence (empty source right), dated as this news; but the residents are Iranian exiles (PMOI), so the target's country should be IRN, not IRQ."),
 18: ([], "Trump-Putin phone call is CONSULT (phone); 'last week' of a 2025-02-19 story is ISO week 2025-W07, right."),
 19: ([], "Chavez's 'you'll get stung' warning to Fox is THREATEN, on his Sunday programme: Sunday 2005-11-13, right."),
 20: (["date"], "REQUEST Arab and Western governments -> Abbas is right, but 'have urged' is background of an unspecified earlier time; it should be undated, not the dateline day 2025-04-26."),
 21: ([], "Envoys and religious leaders urging restraint and talks is a REQUEST to both Kenyan sides (KEN); undated, reported as this news, document date right (the religious leaders' sector GOV is wrong but the party and country are right)."),
 22: ([], "Police stepping up security in Ulaanbaatar is MOBILIZE (police) by Mongolian police, Saturday 2012-04-14."),
 23: ([], "Suicide bomber attacking the State Security Service offices in Damaturu: ASSAULT, bomber unidentified, target SSS (NGA), hours after the Sunday blast, 2011-12-25."),
 24: ([], "China's tariffs and curbs on Australian exports reduce commercial exchange: SANCTION China -> Australia, 2020 as the text gives (CAMEO2PLOVER maps CAMEO 163 to COERCE, but PLOVER's SANCTION definition fits trade curbs)."),
 25: ([], "Georgian parliament voting to demand the Russian peacekeepers' withdrawal is a REQUEST GEO parliament -> Russian peacekeepers (RUS), Wednesday 2006-02-15."),
 26: ([], "Russian border guards detaining Permyakov hours after Monday's killings: COERCE arrest RUS -> Permyakov (RUS), 2015-01-12."),
 27: (["date"], "Le Kha Phieu's visit to Beijing is CONSULT (visit) VNM -> China, but the text dates it 'in February', so the date should be 1999-02, not undated."),
 28: (["target"], "Detentions are COERCE arrest, the detaining police not named as agent (empty source acceptable), Thursday's clash 2015-01-15 accepted; but the about 20 detained are protesters in Gyumri, Armenia: the target's country should be ARM, not RUS."),
 29: ("SPURIOUS", "'where attacks on soldiers and civilians have surged' describes a general trend in the border zone, with no particular attack, attacker or time; a trained coder codes no ASSAULT from it (and the soldiers' country, Mali, is a guess: the zone spans three states)."),
 30: ([], "Lukashenko accusing ORT ('the channel', RUS) of provocation: ACCUSE BLR -> RUS channel, undated and reported as this news, so the document date is right."),
 31: (["source", "target", "date"], "The ACCUSE in 'accusations that soldiers deliberately killed civilians' is made by the accusers (unnamed in the sentence, so source empty) against the soldiers / Cameroon's army (CMR): the army is the accused, not the accuser, and civilians are the victims, not the accused; 2020-02-17 is the day of the army's denial, while the accusations are undated."),
 32: (["source"], "ACCUSE of India is right and undated reported news takes the document date, but 'a spokesman' is Pakistan's foreign ministry spokesman (the previous sentence), so the source's country should be PAK, not empty."),
 33: (["source"], "Fighting against Iran in the 1980s is ASSAULT -> Iran and '198' is the 1980s decade, right; but the one who fought is 'the group', the PMOI/MEK (Iranian exiles, IRN), alongside Saddam's army, not Iraqi police."),
 34: ([], "Rights groups calling the case politically motivated is ACCUSE (disapprove); the sentence names no party ('the case' is an act), empty target right; a background reaction of unknown time, undated is right."),
 35: ([], "Kolingba calling on the army to join the uprising is a REQUEST CAF -> army (CAF); undated statement in a story datelined BANGUI, May 29, so 2001-05-29 is right."),
 36: ([], "State Department urging restraint is a REQUEST with no addressee named, empty target right; reported as this news, document date right."),
 37: ([], "Federal Court upholding Anwar's conviction is SANCTION (convict), court (MYS) -> Anwar (MYS), Tuesday 2015-02-10."),
 38: ([], "Zehri blaming India's intelligence agency: ACCUSE PAK -> IND intelligence, undated statement on the dateline day 2016-08-08, right."),
 39: ([], "Farmajo and Isaias signing the joint declaration is SUPPORT (sign), mutual; the sentence gives no date and it is reported as this news, so the document date is right by the rules (the lead dates the agreement Monday 07-30)."),
 40: ([], "MILF saying its central committee was investigating the attacks is ACCUSE (investigate); the object is not a party named in the sentence, empty target right; reported as this news, document date right."),
 41: (["date"], "The junta's promise of a return to civilian rule is AGREE by Niger's military council, but 1999-04-09 is the date of Mainassara's killing, not of the promise, which the text does not date: it should be undated."),
 42: ([], "Abbas demanding Hamas release hostages and hand over weapons is a REQUEST PSE -> Hamas, distinct from his criticism (e3); Wednesday before the April 26 dateline is 2025-04-23, right."),
 43: (["source", "target"], "Prosecutor General Venediktova accusing Medvedchuk of treason is ACCUSE, Tuesday 2021-05-11 right; but both are Ukrainian: source should be UKR (prosecutor general), target UKR (opposition leader), not RUS."),
 44: (["modality"], "ASSAULT by the Pakistani Taliban faction Jamaat-ul-Ahrar (PAK), Monday 2016-08-08, target unnamed in the sentence; but the act comes inside a claim of responsibility that 'could not be independently verified' (and IS made a rival claim), so the modality should be reported, not asserted."),
 45: ([], "Annan welcoming Ethiopia's plan is SUPPORT; Ethiopia is not named in the sentence, so an empty target is right; undated reported news, document date right."),
 46: (["date"], "ACCUSE Armenia -> Azerbaijan (ethnic cleansing) is right, but it is a background accusation from the time of the September offensive, not news of the report day; it should be undated, not the document date."),
 47: ([], "French troops taking control of the area is armed forces taking ground, ASSAULT under the conventions (I would code it MOBILIZE or a cordon, COERCE, for peacekeepers securing a town); source FRA, no target named; 'later in the day' is Monday 2008-03-17."),
 48: ([], "Erdogan and Sisi signing the declaration is SUPPORT (sign), mutual; the leaders are coded as their states with the right codes; no date in the sentence and reported as this news, document date right (the visit was Wednesday 02-14)."),
 49: (["source", "date"], "ACCUSE -> Vietnamese government is right, but the accusers are overseas Vietnamese groups (a diaspora group), not the state Vietnam; and 'have already accused' is an undated earlier act, so it should have no date rather than the document date."),
 50: ([], "Dozens detained at the Novi Sad protest: COERCE arrest by Serbian police (named in the sentence), target the detained protesters (SRB), Monday evening 2024-11-04."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
out = []
for it in items:
    wrong, why = V[it["n"]]
    if wrong == "SPURIOUS":
        v = {f: False for f in F}
    else:
        assert set(wrong) <= set(F), wrong
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it)
    o["verdict"] = v
    o["reasons"] = why
    out.append(o)
with open("events-a.jsonl", "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open("events-a.jsonl")]
assert len(back) == 50
for it, o in zip(items, back):
    assert (o["n"], o["doc"], o["trigger"]) == (it["n"], it["doc"], it["trigger"])
    assert {k: o[k] for k in it} == it
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(o["verdict"][f] for o in back) for f in F + ("all",)}
print(counts)
