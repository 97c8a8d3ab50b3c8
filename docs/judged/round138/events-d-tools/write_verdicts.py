"""Write events-d.jsonl from the judge's verdicts below, check it, and print the per-field counts.
Run from docs/judged/round138: python events-d-tools/write_verdicts.py
Each verdict: n -> (event, type, source, target, date, modality, reasons)."""
import json

T, F = True, False
V = {
 1: (T, F, T, F, F, T, "Mandela accepting the truth commission's report is approval of it (SUPPORT, not AGREE), and its target is the Truth and Reconciliation Commission (ZAF), not the ANC, whose challenge he only distanced himself from. The ceremony was the Thursday handover, so the date should be 1998-10-29, not the Friday document date."),
 2: (T, T, F, T, T, T, "The welcomers are the protesters in Abuja (NGA, their code left empty) and 'foreign governments', not the Nigerian government, so the source is wrong. The target is right empty because the sentence names no party, only 'the decision'. The document date for this reaction is right."),
 3: (T, T, T, T, T, T, "Turkey's standing non-recognition of the Greek Cypriot government is a negated SUPPORT (recognition, CAMEO 054). It is still in force, so the document date is right. A coder who does not code negated events would drop it, but the conventions allow a negated modality."),
 4: (T, T, T, T, T, T, "Japanese officials (JPN) welcomed the end of the uncertainty, so SUPPORT with no party named in the sentence (Moscow is only the party they had raised the issue with), and an empty target is right. Reported as this news, so the document date is right."),
 5: (T, T, T, T, T, T, "Pompeo (USA) met al-Sisi (EGY) 'earlier' on the Thursday of the Cairo speech, which is the document date."),
 6: (T, T, T, T, T, T, "Djukanovic is expected to resign as president within weeks. The conventions code this as RETREAT/resign with future modality ('is to step down'), and it has no date. Strict PLOVER would move a promised resignation out of RETREAT; I scored it by the conventions."),
 7: (T, T, T, F, F, T, "The target should be Ukraine alone: NATO is only what Ukraine aspires to join, and no demand is made of it. The demand is background ('have previously said ... has demanded', with no time given), so it should have no date rather than the document date."),
 8: (T, T, T, T, T, T, "A Maldives court (MDV) sentenced ex-president Yameen (MDV) on Thursday 2019-11-28: SANCTION/convict, right in every field."),
 9: (T, T, T, F, F, F, "The act is the tribunal's expected indictment of 'members of his group', so the target should be Hezbollah members (LBN), not Nasrallah. The source is right empty because the passive gives no agent. Nasrallah only expects the indictment, so the modality should be future (or hypothetical) and the act should have no date, not the document date."),
 10: (T, T, T, T, T, T, "Macron (FRA) hailed the decision: SUPPORT. The sentence names no party (Sall's decision is only 'an exemplary decision'), so an empty target is right by the conventions; a trained coder would add Sall (SEN). Reported as this news, so the document date is right."),
 11: (T, T, T, F, T, T, "Pellegrini's promise to keep Slovakia firmly in the EU and NATO is an AGREE whose parties are named in the sentence, so the target should be the European Union (and NATO), not empty."),
 12: (T, T, F, F, F, T, "The source should be the ex-monarch's movement (Simeon II's party, BGR), not Simeon II himself, and the target should be Petar Stoyanov (BGR), who is named in the sentence. The backing was given during the campaign before the 2001-11-18 run-off, so it should have no date, not the document date."),
 13: (T, T, T, T, T, T, "Maskhadov (Chechen separatist leader, RUS) condemned the bombing: ACCUSE/disapprove. The sentence names no perpetrator, so an empty target is right. Reported via his spokesman as this news, so the document date is right."),
 14: (T, T, T, F, T, T, "Tudjman's promise of full rights is an AGREE (intent to provide rights), but the target should be the Serbs who stay in eastern Slavonia (ethnic Serbs of Croatia, HRV), who are named in the sentence, not empty. Date 1998-01-15 (his statement of the Thursday handover) is right."),
 15: (T, T, T, F, T, T, "'their governments' are the governments of Australia and New Zealand (AUS, NZL), so the target should be both; New Zealand alone is only half the party. The type, source and Tuesday date 2009-11-03 are right."),
 16: (T, T, T, T, T, T, "Zelenskiy (UKR) did not take part in the Tuesday talks: a negated CONSULT. No other party is named, so an empty target is right. A coder who does not code negated events would drop it, but the conventions allow it. The relative clause also holds an uncoded Monday meeting with Mohammed bin Salman."),
 17: (T, T, F, F, T, T, "Muttahida Majlis-e-Amal is a Pakistani alliance, so its code should be PAK, not empty. The Palestinians are the ones said to be betrayed, not the target of the denunciation. The sentence names no party that the denunciation targets ('the talks'), so the target should be empty, or Pakistan's government."),
 18: (T, T, T, T, T, T, "China's embassy (CHN) deplored the US-Japan statement: ACCUSE. The sentence names no party ('the statement'), so an empty target is right. Reported as this news, so the document date is right."),
 19: (T, T, T, T, T, T, "Tung Chee-hwa (HKG) congratulated the winners (HKG): SUPPORT, with the Monday document date. His sector code BUS is off, but sector is not scored."),
 20: (T, T, T, T, T, T, "Khamenei (IRN) accused the UN Security Council of being dominated by Western powers, opening the summit on Thursday 2012-08-30: ACCUSE, right in every field."),
 21: (T, T, T, T, T, T, "Israel's foreign ministry (ISR) accused Qatar (QAT) of allying with the extremist camp, in reaction to the decisions reported in this news, so the document date is right."),
 22: (T, T, T, T, T, T, "King Abdullah (SAU) met Pope Benedict XVI (VAT) on Tuesday 2007-11-06: CONSULT, right in every field."),
 23: (T, T, T, T, T, T, "Serbia (SRB) signed the Stabilisation and Association Agreement with the EU on Tuesday 2008-04-29: SUPPORT (sign an agreement), right in every field."),
 24: (T, T, T, T, T, T, "The CGT (ARG) called a general strike for later this month. Coded as the strike with future modality and month precision 2018-06, which is acceptable. The sentence names no target, so empty is right. THREATEN/strike would also be defensible."),
 25: (T, T, T, T, T, T, "The foreign ministers of Israel and Pakistan met on Thursday 2005-09-01: a mutual CONSULT between ISR and PAK, right in every field."),
 26: (T, T, T, T, T, T, "The Sudanese Professionals Association (SDN) called on the government (SDN) to speed up the dismantling of the old regime's networks, on the Monday of the attack: REQUEST, right in every field."),
 27: (T, T, T, F, T, T, "Israel (ISR) struck ports that the sentence says the Houthis use, so the target should be the Houthis (YEM), who are named in the sentence and clearly the party attacked. Empty is wrong. Monday 2025-07-07 is right."),
 28: (T, T, T, T, T, T, "About 80 people killed last week (1996-W39), with no killer named, so an empty source is right. The victims are mostly Palestinians, so PSE is accepted for the group, although it also includes 15 Israeli soldiers."),
 29: (T, T, T, F, T, T, "The Supreme Court (VUT) rejected Kalsakau's challenge, so the target should be Ishmael Kalsakau (VUT), to whom 'his' refers. The text gives no date for the ruling, so the document date for this news is accepted."),
 30: (T, T, F, T, F, T, "In the brother's quote, 'They' are the soldiers (LSO military) who killed Mahao, so the source should be the soldiers, not 'Relatives'. The killing took place on Thursday, so the date should be 2015-06-25, not the document date. reported_by should be Mahao's brother, not Mahao."),
 31: (T, T, F, T, F, T, "The Myanmar military (MMR) jailed the seven soldiers; Inn Din is the village and is no party. The jailing happened at an unstated earlier time ('has since'), so it should have no date rather than the document date."),
 32: (T, T, F, T, T, T, "The Caribbean leaders come from several Caribbean states, not Britain, so their code should be empty, not GBR. The sentence names no party ('the wording'), so an empty target is right, and the Saturday document date is right."),
 33: (T, T, T, T, T, T, "Algeria (DZA) cut diplomatic ties with Morocco (MAR) in 2021: SANCTION, with the explicit year, right in every field."),
 34: (T, T, T, T, T, T, "Fujimori (PER) dismissed any pardon on Wednesday, 1996-01-10: REJECT. The sentence names no requesting party, so an empty target is right."),
 35: (T, T, T, T, T, T, "The federal forces (RUS) accuse local Wahhabi leaders (RUS) of sheltering gunmen. The accusation is ongoing (present tense), so the document date is right."),
 36: (T, T, T, F, T, T, "South Korea blames the sinking on 'the North', which the sentence names, so the target should be North Korea (PRK), not empty. The blame is ongoing, so the document date is right."),
 37: (T, T, T, F, T, T, "Algerian opposition parties called on their own government to be transparent, so the target should be the Algerian government (DZA), not France's (the French officials are in the previous sentence)."),
 38: (T, T, T, T, T, T, "The red-clad protesters (TWN) marched around the presidential office on Friday night, 2006-09-15, demanding that Chen resign. The protest is aimed at the authorities, so the state (TWN) is a right target."),
 39: (T, T, T, T, T, T, "NATO was cooperating fully with the Hungarian authorities (HUN) in the investigation: COOPERATE (judicial). This is ongoing, so the document date is right."),
 40: (T, T, T, T, T, T, "The EU and the UN called for the two reporters to be freed: REQUEST. The sentence names no addressee, and the two men are the object of the demand, so an empty target is right. The Monday document date is right."),
 41: (T, T, T, T, T, T, "Washington (USA) will present the ceasefire offer to Moscow (RUS) in the coming days: CONSULT with future modality and no date. This is acceptable."),
 42: (T, T, T, T, T, T, "Kiir (SSD) called on citizens (SSD) to forgive one another at the Saturday swearing-in: REQUEST, right in every field. A CAMEO-02 appeal, which PLOVER folds into requests."),
 43: (T, T, F, F, T, T, "The source actor is the garbled span 'Kiir accused Machar' and should be Salva Kiir (SSD). The target should be Riek Machar (SSD), who is named in the sentence, not empty. December 2013 is right."),
 44: (T, T, T, T, T, T, "The emir's 'our brothers in Gaza are being slaughtered' refers to the ongoing Israeli offensive, so ASSAULT with the victims as target (PSE) and an empty source (no agent named). Because the act is ongoing, the document date is right. reported_by should be the emir of Qatar, not Assad."),
 45: (F, F, F, F, F, F, "Spurious. 'His presence would lend legitimacy to Tehran' is the US and Israeli objection about an effect of Ban's attendance, not an act of support by Ban. The codable acts are Ban attending the summit (CONSULT) and the US and Israeli objections (ACCUSE, USA/ISR -> Ban)."),
 46: (T, T, T, F, T, T, "The court ordered al-Wefaq dissolved and its funds seized, so the target should be al-Wefaq (BHR), which is named in the sentence, not empty. COERCE (ban) and Sunday 2016-07-17 are right."),
 47: (T, T, T, T, T, T, "The United States (USA) has urged the Guinean government (GIN) to open dialogue with the opposition. This is reported as this news with no date, so the document date is right."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 47 and set(V) == set(range(1, 48))
out = []
for it in items:
    v = V[it["n"]]
    verdict = dict(zip(FIELDS, v[:6]))
    if not verdict["event"]:
        assert not any(v[:6]), it["n"]
    verdict["all"] = all(v[:6])
    rec = dict(it)
    rec["verdict"] = verdict
    rec["reasons"] = v[6]
    out.append(rec)
with open("events-d.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open("events-d.jsonl")]
assert len(back) == 47
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    vv = b["verdict"]
    assert vv["all"] == all(vv[k] for k in FIELDS)
    if not vv["event"]:
        assert not any(vv.values())
counts = {k: sum(r["verdict"][k] for r in back) for k in FIELDS + ["all"]}
print("counts of 47:", counts)
