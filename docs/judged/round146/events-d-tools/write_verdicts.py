"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts (round 146).

Each verdict: n -> (event, type, source, target, date, modality, reasons). Spurious items are
forced false in every field; `all` is the and of the six.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
T, F = True, False
V = {
 1: (T, T, T, T, T, T, "REQUEST by the United States for an investigation; the sentence names no addressee, so an empty target is right (China is named only in the next sentence); undated call reported as this news takes the document date."),
 2: (T, T, T, T, T, T, "Erdogan calling the attack \"heinous\" is ACCUSE/disapprove; the object is 'the attack', the attackers are not named in the clause, so an empty target is right; document date for the reaction reported as news."),
 3: (T, T, T, T, T, T, "DEM Party condemning the assault is ACCUSE; no party named as target in the sentence, so empty is right; document date right."),
 4: (T, T, T, F, T, T, "Prosecutors investigating is ACCUSE/investigate, ongoing, so the document date is right; but 'whether they had entered' refers to the two soldiers, so the target should be the two Greek soldiers (GRC), not empty."),
 5: (T, T, T, T, T, T, "'would seek an explanation from Moscow' is a future REQUEST by the Commission to Russia (Moscow = RUS), a separate act from the asserted 'asked Russia'; an undated future act with no date is right."),
 6: (T, T, T, T, T, T, "Iran and the six powers agreeing on the outline of a deal is a mutual AGREE; both listed as source and target is acceptable for a mutual event; 'world powers' has no single country, so an empty code is right; Thursday = 2015-04-02."),
 7: (T, T, T, T, T, T, "U.S. prosecutors accuse Mun ('him', the North Korean businessman, PRK) of laundering: ACCUSE/allege, a standing legal accusation, so the document date is right."),
 8: (T, T, T, T, T, T, "The Commission asking Russia to provide evidence is REQUEST EUR->RUS, reported as this news with no day, so the document date is right."),
 9: (T, T, T, T, T, T, "India rejecting Trump's mediation claims is REJECT (rejects mediation) toward Trump (USA); 'repeatedly' makes it a span with no single date, so no date is right."),
 10: (T, T, F, T, T, T, "Declaring independence from Yugoslavia in 1991 is a background act I would not normally code, but it fits REJECT (CAMEO 128, defy) and the year is right; the source is wrong: 'it' is Macedonia (MKD), not Bulgaria."),
 11: (T, T, T, T, T, T, "The Commission welcoming the treaty is SUPPORT; the sentence names only 'the agreement', no party, so an empty target is right; EUR is the usual code for the EU's bodies; document date right."),
 12: (T, T, T, F, T, T, "Security forces killing the attackers is ASSAULT on Wednesday 2024-10-23 (right); 'Both' refers to the two attackers of the previous sentence (PKK members per the interior minister), so the target should be the two attackers, not empty."),
 13: (T, T, T, T, T, T, "Cutting internet access is COERCE/withhold; the clause is agentless, so empty source and target are right by the rules; the coup day Monday 2019-01-07 is right."),
 14: (T, T, T, T, T, T, "France sentencing Senussi to life in absentia is SANCTION/convict FRA->LBY, dated 1999 as the text gives."),
 15: (T, F, T, T, F, T, "The hooded police raiders (KEN) forcing staff to lie on the floor at gunpoint while confiscating phones is coercion in a raid, so the type should be COERCE (seize/raid), not a REQUEST; the raid was early on Thursday, so the date should be 2006-03-02, not the document date."),
 16: (T, F, T, T, T, T, "Israeli troops firing warning shots near the crowd is, by PLOVER's definition (firing weapons in the air), ASSAULT/crowd-control, not THREATEN; source, empty target (no one named as aimed at) and Tuesday 2025-05-27 are right."),
 17: (T, T, T, T, T, T, "The sending of Russian troops into Ukraine inside Obama's accusation is MOBILIZE Russia->Ukraine with modality reported (the act inside an accusation); a going-on act takes the document date; not a duplicate of the ACCUSE (e5)."),
 18: (T, T, T, T, T, T, "Armed men attacking the Defence Ministry is ASSAULT; the attackers' country is not given in the sentence, so an empty code is right; Friday = 2000-11-24."),
 19: (T, T, T, T, T, T, "The Mumbai bombings are ASSAULT; no perpetrator in the sentence, so an empty source is right; the 50 dead in Mumbai (IND) are a right target; Monday = 2003-08-25."),
 20: (T, T, T, T, T, T, "Alberta police arresting 11 people at the Coutts blockade is COERCE/arrest CAN->CAN; Monday as the text gives."),
 21: (T, T, T, T, T, T, "Petro accusing the ELN's leaders of war crimes is ACCUSE/allege; 'its leaders' = the ELN leadership (COL) is the right party (the GOV sector tag is off but not scored); Friday = 2025-01-17."),
 22: (T, T, T, T, T, T, "The ELN's denial makes the targeting of civilians a negated ASSAULT ELN->civilians (COL); I would rather code the denial as a REJECT of an accusation, but the negated act is a fair record; the offensive is going on, so the document date is acceptable."),
 23: (T, T, T, T, T, T, "Shooting of the Egyptian diplomat is ASSAULT (no perpetrator named, empty source right) on Monday 1995-11-13."),
 24: (T, T, T, T, T, T, "Pelosi arriving in Yerevan is CONSULT/visit USA->Armenia on Saturday 2022-09-17."),
 25: (T, T, T, T, F, T, "The arrest is COERCE/arrest GEO->GEO, but the story dates it: the suspect was detained after the shootout at his home late on Wednesday, so the date should be 2005-07-20, not Friday's document date (Friday is when officials said it)."),
 26: (T, T, T, T, T, T, "The ICC issuing arrest warrants for Netanyahu, Gallant (ISR) and Deif (PSE) is COERCE/arrest (CAMEO 173); on Thursday 2024-11-21."),
 27: (F, F, F, F, F, F, "Spurious: 'said it rejected any unconstitutional change of government' is the same disapproval of the coup attempt already coded as the ACCUSE 'condemned the attempt' (e5), a duplicate; it is no rejection of a request, and the Gabon government is not its target."),
 28: (T, T, T, F, T, T, "The Lao government welcoming the arrests is SUPPORT with the document date; the arrests were made by the U.S., which the sentence names ('Washington'), so the target should be the United States (USA), not empty."),
 29: (T, T, T, T, T, T, "Zebari urging Arab states not to withdraw diplomats is REQUEST IRQ->Arab states (several states, empty code right); document date right."),
 30: (T, T, T, T, T, T, "Gunmen storming the Red Fort army post and killing soldiers is ASSAULT ->soldiers (IND); the gunmen's country is not in the sentence (empty right); Friday = 2000-12-22."),
 31: (F, F, F, F, F, F, "Spurious: Buhari's 'Nigeria would never give in to evil and wicked people' is rhetoric within the condemnation (coded as e4), not a concession or a refusal of any demand."),
 32: (T, T, T, T, T, T, "The court convicting 23 men is SANCTION/convict EGY->EGY on Wednesday 2001-11-14."),
 33: (T, T, T, T, F, T, "The crowd attacking police is ASSAULT CHN->CHN (asserted with Xinhua as reporter), but the text dates it 'on Tuesday night', so the date should be 2005-12-06, not the document date 2005-12-10."),
 34: (T, T, F, T, T, T, "Republican lawmakers calling for sanctions on the ICC is REQUEST with the court as target (the party the sanctions aim at); the lawmakers are U.S. Republicans beside the White House, so the source code should be USA, not ISR."),
 35: (T, T, T, T, T, T, "Mwiraria's forced resignation is RETREAT/resign, dated last month = 2006-02 as the text gives."),
 36: (T, T, T, T, T, T, "Zubak condemning the violence is ACCUSE; no party named as target in the sentence (empty right); the story's dateline is Feb 7, the day of the attack, so 1996-02-07 is right."),
 37: (T, T, T, T, F, F, "The secret Kibaki-opposition meeting is a CONSULT, but it is only alleged in the newspaper's report, so the modality should be reported; 'last week' dates the report, not the meeting, which has no date in the text (date should be none)."),
 38: (T, T, T, T, T, T, "Ben-Eliezer's demand is REQUEST (ISR; the truncated name still refers to him); Sharon is named only in the next sentence, so an empty target is right; the earlier demand has no date in the text, so no date is right."),
 39: (T, T, F, F, F, T, "SUPPORT (congratulating) is right, but the source should be Nkosazana Dlamini-Zuma (not Jacob Zuma) and the target Cyril Ramaphosa ('him', ZAF), not Dlamini-Zuma; it happened on stage at Monday's vote, so the date should be 2017-12-18."),
 40: (T, T, T, T, T, T, "The 70+ killed over three months of protests is an ASSAULT total over a span, which has no date (right); empty source (no killer named) and the 70 people in Venezuela (VEN) are right."),
 41: (T, T, F, F, T, T, "Diabre conceding the election is CONCEDE, but the source should be Zephirin Diabre (BFA), not Kabore; he conceded to Kabore, named in the sentence ('Kabore's headquarters', 'him'), so the target should be Kabore (BFA); Tuesday 2015-12-01 is right."),
 42: (T, T, T, T, T, T, "The Oct. 7 attack killing about 1,200 in Israel is ASSAULT dated 2023-10-07 as given; the perpetrator is not named as such in the sentence (empty source right)."),
 43: (T, T, T, T, F, T, "Deby asking the UN to withdraw its force is REQUEST TCD->UN (the mission is the UN's, UNO); but it is a background request of an earlier, undated time, not today's news, so it should have no date, not the document date."),
 44: (F, F, F, F, F, F, "Spurious: 'one of the leaders of the 2013-14 Maidan protests' is a title describing Parubiy, not a reported act; even if coded, 'Maidan' as a person source and the date 2025-08-30 (instead of 2013-14) would be wrong."),
 45: (T, T, T, T, T, T, "The Imedi director apologising for distress is SUPPORT (CAMEO 055 apologise), GEO; the public addressed is not named, so empty target right; document date right."),
 46: (T, T, T, T, T, T, "Assad arriving in Turkey is CONSULT/visit SYR->TUR on Tuesday 2004-01-06."),
 47: (T, T, F, T, T, T, "Officials saying they would press Zagreb to rein in hardliners is a future REQUEST ->Croatia (HRV); the officials are in Bonn, so the source should be German officials (DEU), not BIH; a future act with no date is right."),
 48: (T, T, T, F, T, T, "Turkish raids hitting civilian sites and killing civilians is ASSAULT by Turkey (asserted, the Kurdish-led forces as reporter), overnight into Thursday (document date right); the sentence names the victims, so the target should be the civilians in northeast Syria (SYR), not empty."),
 49: (T, F, T, T, T, T, "Israel cutting off all supplies to Gaza's people is COERCE (withhold food and supplies / blockade), not SANCTION/discontinue of an exchange; Israel->Palestinians (PSE) and 2025-03-02 are right."),
 50: (T, T, T, F, F, T, "Detainees attacked in their rooms is ASSAULT (no attacker named, empty source right), but the victims are asylum seekers of mixed nationality held on Manus, so AUS is wrong (empty code right); it happened during the Monday-night unrest, so the date should be 2014-02-17, not the document date."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50 and sorted(V) == [i["n"] for i in items]
with open(HERE / "events-d.jsonl", "w") as out:
    for it in items:
        vals = list(V[it["n"]][:6])
        if not vals[0]:
            vals = [False] * 6
        verdict = dict(zip(FIELDS, vals))
        verdict["all"] = all(vals)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = V[it["n"]][6]
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h51-x198-05",
  "coder_events": [
    "SANCTION: Egyptian emergency state security court (EGY) -> 23 men (EGY), convicted of offences linked to homosexuality and insulting religion, 2001-11-14",
    "ACCUSE: Western governments and human rights groups (no code) -> Egyptian court/authorities (EGY), sharp criticism of the trial, ongoing (document date 2001-11-14)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's SANCTION convict is right in all fields. The criticism of the trial was not coded. The acquittal of 29 others is not a PLOVER act I would code."},
 {"doc": "h51-x200-05",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The president naming Manning prime minister (a domestic appointment) and 'angering' Panday are not PLOVER acts; nothing to code, and dateline coded nothing."},
 {"doc": "h51-x200-20",
  "coder_events": [
    "ASSAULT: suicide bombers from one family (IDN) -> three churches in Surabaya / worshippers, at least 13 killed and 40 wounded (IDN), 2018-05-13"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's ASSAULT (bombers -> 13 people, Sunday morning) is right."},
 {"doc": "h51-x197-15",
  "coder_events": [
    "COERCE: Turkish court (TUR) -> journalists Ahmet Sik and Nedim Sener (TUR), ordered jailed pending trial, 2011-03-06",
    "PROTEST: journalists/protesters in Turkey (TUR) -> Turkish authorities (TUR), protests at home over the jailing, 2011-03-06",
    "ACCUSE: European Union (EUR) -> Turkey (TUR), criticism of the jailing, 2011-03-06"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in this lead, missing the jailing (COERCE/arrest), the protests and the EU's criticism. The background accusation that Ergenekon plotted a coup I leave out."},
 {"doc": "h51-x197-22",
  "coder_events": [
    "ACCUSE: Nancy Pelosi (USA) -> Azerbaijan (AZE), condemned illegal and deadly attacks on Armenian territory, 2022-09-18",
    "CONSULT: Nancy Pelosi (USA) -> Armenia (ARM), visit to Yerevan, 2022-09-18",
    "ASSAULT: Azerbaijan (AZE) -> Armenia (ARM), attacks on Armenian territory / the worst fighting since 2020, days earlier (2022-09-13/14 per the story)"],
  "found": 1, "dateline_events": 2, "spurious": 1,
  "notes": "Dateline's ACCUSE (e1) is the right type but has an empty target (Azerbaijan is named: 'attacks by Azerbaijan'). Its REQUEST 'called' (e2, Pelosi -> Armenia) is spurious: 'what she called illegal' is labelling, not a call on anyone. The visit and the attacks were not coded."},
 {"doc": "h51-x199-03",
  "coder_events": [
    "SUPPORT: Communist Party of Nepal (UML) (NPL) -> Lokendra Bahadur Chand (NPL), backing his coalition government, 1997-03-12"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The swearing-in and the lost confidence vote are domestic procedure, not PLOVER acts; the UML propping up Chand's coalition is a marginal SUPPORT. Dateline coded nothing."},
]
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks and counts
rows = [json.loads(l) for l in open(HERE / "events-d.jsonl")]
assert len(rows) == 50
for r, it in zip(rows, items):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v[f] for f in FIELDS + ["all"])
paras = [json.loads(l) for l in open(HERE / "paragraphs-d-verdicts.jsonl")]
assert len(paras) == 6
assert [p["doc"] for p in paras] == [json.loads(l)["doc"] for l in open(HERE / "paragraphs-d.jsonl")]
for f in FIELDS + ["all"]:
    print(f, sum(r["verdict"][f] for r in rows), "/ 50")
print("paragraphs: coded", sum(len(p["coder_events"]) for p in paras), "found", sum(p["found"] for p in paras),
      "dateline", sum(p["dateline_events"] for p in paras), "spurious", sum(p["spurious"] for p in paras))
