"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's hand verdicts (round 135).

usage (from docs/judged/round135): python3 events-c-tools/write_verdicts.py
Each verdict lists the fields judged wrong; "spurious" marks an item that holds no event
(false in every field). Reasons are the judge's own words.
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
    1: ([], "Arrest of Zubeidi in 2019: COERCE arrest; the arresting party is not named in the sentence, so the empty source is right; target (PSE) and the year 2019 are right."),
    2: ([], "Pillay's call for an independent inquiry is a REQUEST; no addressee is named in the sentence, so the empty target is right; dated as this news (Tuesday 2011-11-22)."),
    3: ([], "Bouteflika's resignation in April (2019) is RETREAT resign (PLOVER: a resignation by a government official); source and month right."),
    4: (["source"], "Source should be the summit's participants (heads of state and government from Latin America, Spain and Portugal; no single code) or the host Cuba: the United States is not in the sentence and took no part. Type, empty target (multilateral meeting), date and modality are right; not a duplicate of #40, which is in another sentence."),
    5: (["target"], "Target should be the Hutu rebels of the FDD (BDI, rebel group); 'Hutu' as a person-kind actor is the ethnic group, not the party blamed. Source (Buyoya's government, BDI), type and date are right."),
    6: (["source", "target"], "Source should be al Shabaab militants (SOM) - 'they' refers to 'the militants', al Shabaab - not Kenya, which was the party attacked; target should be the Westgate shopping mall in Nairobi / the 67 killed with code KEN, not an uncoded person. Date 2013-09 ('last September') is right."),
    7: (["source", "target"], "'it refuses to recognise Israel': 'it' is Hamas, so source should be Hamas (PSE) and target Israel (ISR); dateline has Israel as the refuser and no target. Type REJECT and the document date for the standing refusal are right."),
    8: ([], "BNP condemning the attacks on students: ACCUSE disapprove; the attackers are not named in the sentence, so the empty target is right; document date right; not a duplicate of the REJECT of the accusation (e7), a different act."),
    9: (["spurious"], "Spurious: the lawyer's defence 'he never gave orders to kill anybody' denies a generic act with no addressee and no political target; a coder would not code it (and if coded, the source would be Aziz, not Aref)."),
    10: ([], "FARC's promise to begin disarming within 60 days of a final accord is CONCEDE (PLOVER codebook: promises of future disarmament are coded apart from RETREAT); the government is not named in the sentence, so the empty target is right; date 2015-09-23 (Wednesday's announcement) right."),
    11: (["target"], "'both sides' is a definite description of the Colombian government and the FARC (both COL), so the target should be them, not empty. Source (the Pope, VAT) right; the text gives no date for the urging beyond 'during his visit' (ended Tuesday 2015-09-22), so no date is acceptable."),
    12: ([], "Sankara killed on 1987-10-15: ASSAULT with the killers not named in the sentence (empty source right), target Sankara (BFA) and explicit date right."),
    13: ([], "Tusk's stated intent to press allies to increase pressure on Moscow: REQUEST, future, undated; source Tusk (POL) and target 'allies' (no code given) right."),
    14: (["date"], "Date should be 2024-06-23, the Sunday evening the text gives for the attacks, not the document date. Arson by the gunmen on the church (RUS) is right otherwise; not a duplicate of the killing (#24), a different act."),
    15: (["date", "modality"], "The peace negotiations between Kabul and the Taliban had not begun (the release removed the last obstacle to them): modality should be future and the act has no date, not asserted on 2020-08-09. Type, source (Afghan government) and target (insurgents, AFG) are right."),
    16: ([], "US (and UN rights office) urging restraint: REQUEST with no addressee named in the sentence; source USA right; dated as this news."),
    17: (["spurious"], "Spurious: 'lifting it was expected to be discussed in the coming months' is an agenda item with no meeting and no parties (an internal EU deliberation), not a consultation between political actors; dateline also has the EU as the target of its own discussion."),
    18: (["date"], "Date should be 2003-07-04: the text calls it 'Friday's operation' by the 173rd Airborne; the document date (Saturday) is the day of Turkey's protest. The raid as COERCE by US troops on the Turkish special forces office (TUR) is right."),
    19: ([], "Two months of demonstrations against Yanukovich still going on: PROTEST, protesters (UKR) -> Yanukovich (UKR, the authorities), document date 2014-01-22 right; distinct from the shooting (e1)."),
    20: (["type", "target", "date"], "Giving the parties two weeks to find a successor is a REQUEST with a deadline, not a THREATEN ultimatum (no threatened repercussion); target should be 'the parties' (Hungarian parliamentary parties, HUN), referred to in the sentence; date should be 2009-03-21, the Saturday of the congress speech."),
    21: ([], "Zelenskiy's visit to Washington on Wednesday 2022-12-21: CONSULT visit, UKR -> US government; all right."),
    22: ([], "The insurgents' May offensive: ASSAULT dated 2009-05; 'the insurgents' are Hizbul Islam and al Shabaab, so al Shabaab (SOM) is one of the right parties; the government is not named in the sentence, so the empty target is right."),
    23: ([], "Deuba condemning the attack: ACCUSE disapprove, NPL; the rebels are clearly the party whose attack is condemned, so the target is right; document date right."),
    24: (["date"], "Date should be 2024-06-23, the Sunday evening the text gives for the attacks, not the document date; source (gunmen) and target (Father Kotelnikov, RUS) are right."),
    25: ([], "Vucic accusing unnamed foreign powers of financing the unrest: ACCUSE, SRB -> uncoded foreign powers; the address is undated in the text and narrated with Saturday's rally, so 2025-03-15 is acceptable (the document date would be too)."),
    26: (["source", "target"], "Source and target are swapped: the king urged Benkirane, so source should be King Mohammed VI (MAR) and target Benkirane (MAR). Type, no date (repeated over months) and modality are right."),
    27: ([], "Algeria recalling its ambassadors from Mali and Niger on Monday 2025-04-07: SANCTION withdraw, all right."),
    28: ([], "Police investigating whether the attacker acted alone: ACCUSE investigate, Police (BRA) -> attacker (country not stated in the text; empty acceptable); dated as this news."),
    29: ([], "Muhyiddin resigned on Monday 2021-08-16: RETREAT resign, MYS; all right."),
    30: ([], "Blair visited Gaddafi last month (2004-03): CONSULT visit, GBR -> LBY; all right."),
    31: ([], "'the government would not bow to violence': a negated CONCEDE (a REJECT asserted would also do), government (NPL), no target named; document date right."),
    32: (["target"], "Target should be Yeltsin (RUS), named in the sentence as the recipient of Kohl's message of support. Source Kohl (DEU), SUPPORT and the date are right; 'was reported to have sent' makes reported acceptable."),
    33: (["source"], "Source should be the Saudi Interior Ministry (SAU): 'It' refers to the ministry's statement of the previous sentence, so an empty source is wrong. Target 'instigators abroad' (the Saudi exile opposition, SAU) and the date are right."),
    34: (["date"], "Date should be 2006-07-26: the civilians were killed in the bombing the text dates to Wednesday; the time is known, so no date is wrong. The empty source is right by the sentence rule (the bomber is not named in the sentence); target civilians (LKA) right."),
    35: (["date"], "Date should be 1997-01-31: the text dates the rally ('Jerusalem Night' held last Friday); the mayor (TUR) hosting the Iranian ambassador (IRN) as a CONSULT visit is acceptable."),
    36: ([], "Police blame al Shabaab: ACCUSE, Kenyan police (KEN) -> al Shabaab (SOM); present-tense blame dated as this news; all right."),
    37: ([], "US urging restraint: REQUEST with no addressee named in the sentence; USA right; document date right."),
    38: (["spurious"], "Spurious: 'Maliki struggles to form a new government' is no accusation or criticism by anyone; 'struggles' is not an ACCUSE trigger here."),
    39: (["source"], "Source should be the Nepali police (NPL): the camp is in Nepal and the text names 'Nepali police'; firing into the air to disperse the crowd is ASSAULT (crowd control), target the refugee crowd (Bhutanese refugees) and Monday 2003-12-22 are right."),
    40: ([], "Castro closing the Ibero-American summit on Tuesday 1999-11-16: CONSULT multilateral, CUB, no single target for a multilateral meeting; all right."),
    41: ([], "Pakistan accusing Rabbani's government of organising the attack: ACCUSE, PAK -> AFG government (Rabbani as its head); all right."),
    42: (["type", "source", "target"], "The 82 Somalis flown to Mogadishu were deported: type should be COERCE (deport), source Kenya (KEN), target the 82 Somalis (SOM), not a CONSULT visit by Somalis to Somalia's government. Date 2014-04-09 (Wednesday) right."),
    43: ([], "Johnson saying he would not give himself up: a negated CONCEDE (future surrender refused; RETREAT negated or REJECT would also do), LBR, no party named to surrender to; dated as this news."),
    44: (["date"], "The text gives no day for the occupation of the wells ('later', after Iza's release on 2022-06-15, during protests lasting to 06-30), so 2022-06-15 is not its date: no date or 2022-06 would be right. PROTEST obstruct, protesters -> Ecuador (no other aim in the sentence) is right."),
    45: ([], "Demonstrations demanding Kabila step down on Monday 2016-09-19: PROTEST, protesters (COD) -> Kabila (COD); all right."),
    46: ([], "Sam Rainsy accusing the government: ACCUSE, KHM -> Cambodian government; document date right."),
    47: (["target", "modality"], "Cuba freeing political prisoners is the condition of Obama's statement, so modality should be hypothetical, not future; target should be Cuba's political prisoners (CUB), not USA. Type, source and the missing date are right."),
    48: ([], "Sinai militants targeting judges and security forces since Mursi's removal: ASSAULT, EGY militants -> Egyptian security forces; a span from an earlier time, so no date is right."),
    49: ([], "Israel agreeing under the truce to ease restrictions on Gaza's fishermen: CONCEDE (PLOVER: promise of future easing of restrictions), ISR -> fishermen (PSE), truce date 2012-11-21 right."),
    50: (["date"], "Date should be 2024-06-23, the Sunday evening the text gives for the attacks, not the document date; source attackers and target the church (RUS) are right."),
}

PARAS = {
    "h45-x173-04": dict(
        coder_events=[
            "COERCE: Western and Muslim governments of the Peace Implementation Council (no code) -> Bosnia's obstructive officials and leaders (BIH), gave the High Representative binding powers to impose laws and dismiss officials, 1997-12-10",
        ],
        notes="Dateline's e1 (trigger 'impose', mode martial-law) is typed COERCE like the grant of intrusive powers, so it counts as found, though the mode is wrong and the imposing of laws itself is only the envoy's future power."),
    "h45-x175-23": dict(
        coder_events=[
            "ASSAULT: suspected Islamist rebels (ADF; UGA) -> Lhubiriha secondary school (UGA), attacked it killing at least 41, 2023-06-16",
            "ASSAULT (abduct): suspected Islamist rebels (UGA) -> several students (UGA), abducted, 2023-06-16",
        ],
        notes="Dateline found the attack (e1, right in every field) but not the abduction."),
    "h45-x175-25": dict(
        coder_events=[
            "PROTEST: protesters (TGO) -> President Faure Gnassingbe (TGO), three days of protests, 2025-06-26..28",
            "ACCUSE: Togolese civil society groups (TGO) -> security forces (TGO), accused them of chasing demonstrators into the water, 2025-06-29",
            "ASSAULT (reported): security forces (TGO) -> demonstrators (TGO), chased them into the water, 2025-06-26..28",
        ],
        notes="Dateline found no event in this paragraph. The government's statement that the victims drowned is a denial, not coded."),
    "h45-x175-06": dict(
        coder_events=[
            "REJECT: chief justice Saeeduzzaman Siddiqui and five Supreme Court judges (PAK) -> military government of Musharraf (PAK), refused to take the new oath of loyalty, 2000-01-26",
            "COERCE: military government of Musharraf (PAK) -> chief justice and five judges (PAK), removed from their posts, 2000-01-26",
            "ACCUSE: opponents (PAK) -> military government (PAK), called the move an assault on the last independent institution, 2000-01-27",
        ],
        notes="Dateline found no event in this paragraph."),
    "h45-x176-25": dict(
        coder_events=[
            "COOPERATE: Timor-Leste (TLS) -> ASEAN (no code), joined as the 11th member, 2025-10-26",
        ],
        notes="Dateline found no event in this paragraph. Independence from Indonesia is background with no date or act."),
    "h45-x174-22": dict(
        coder_events=[
            "COERCE: Israeli forces (ISR) -> six escaped Palestinian prisoners (PSE), massive manhunt to recapture them, 2021-09-07 (MOBILIZE also defensible)",
            "ACCUSE: Israeli officials (ISR) -> prison authorities (ISR), called the escape a grave security failure, 2021-09-07",
        ],
        notes="Dateline's only event, e1 REQUEST on 'pressed' (a manhunt), takes 'press' in the wrong sense (carry on, not urge): spurious. The manhunt itself was not found."),
}


def main():
    items = [json.loads(l) for l in open("events-c-items.jsonl")]
    assert len(items) == 50 and [i["n"] for i in items] == list(range(1, 51))
    with open("events-c.jsonl", "w") as out:
        for it in items:
            wrong, reason = V[it["n"]]
            if "spurious" in wrong:
                v = {f: False for f in FIELDS}
            else:
                v = {f: f not in wrong for f in FIELDS}
            v["all"] = all(v[f] for f in FIELDS)
            rec = dict(it)
            rec["verdict"] = v
            rec["reasons"] = reason
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
    with open("paragraphs-c-verdicts.jsonl", "w") as out:
        for p in paras:
            d = PARAS[p["doc"]]
            spurious = 1 if p["doc"] == "h45-x174-22" else 0
            found = {"h45-x173-04": 1, "h45-x175-23": 1}.get(p["doc"], 0)
            out.write(json.dumps({"doc": p["doc"], "coder_events": d["coder_events"], "found": found,
                                  "dateline_events": len(p["events"]), "spurious": spurious,
                                  "notes": d["notes"]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
