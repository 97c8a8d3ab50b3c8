"""Write events-c.jsonl from the judge's verdicts below (fields not listed as wrong are right)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
F = ["event", "type", "source", "target", "date", "modality"]
# n: (wrong fields, or "spurious"), reasons
V = {
 1: ([], "ASSAULT execute of nine prisoners in 2012; the sentence names no executor, so the empty source is right; Gambia is plain from the story."),
 2: ([], "Obama's accusation that Assad sought Iran's help is an ACCUSE USA -> SYR, undated in the text, so the document date; distinct from the condemnation (e5)."),
 3: (["target", "date"], "Target should be Karen Demirchyan (ARM), the speaker who was killed, not his son Stepan; date should be 1999-10, given by 'when gunmen stormed the assembly in October 1999'."),
 4: ([], "Summoning the ambassador to protest is ACCUSE (CAMEO 114) JPN -> KOR envoy; no date in the text, document date right; a separate act from calling the verdict unacceptable."),
 5: ([], "'would ask its NATO allies for consultations' is a future REQUEST Turkey -> NATO; a future act with no date is right undated."),
 6: ([], "ACCUSE Ugandan army spokesman (UGA) -> Rwanda (RWA), undated, document date."),
 7: (["target", "date"], "A pledge (AGREE) by Albania and Croatia, but the target should be empty (no other party in the sentence; at most NATO), not the two sources themselves; 'have promised' is a background act of an earlier, unstated time, so it should have no date rather than the document date."),
 8: (["type", "target"], "'condemned in absentia' here means the tribunal sentenced him: type should be SANCTION convict, not ACCUSE; target should be the former Jamaat member (BGD), not the party Jamaat with no country."),
 9: ([], "REQUEST Buhari (NGA) -> his supporters (NGA) to prepare protests, document date (a coder could also code it THREATEN of protest toward the government, CAMEO 133; REQUEST accepted)."),
 10: ([], "REQUEST Conde (GIN) -> the opposition (GIN); no date in the text and the value equals the document date."),
 11: ("spurious", "Denying allegations is CAMEO 016 (deny responsibility), a CAMEO 01 statement with no PLOVER event; PLOVER REJECT is the rejection of a request or proposal, and no request was made here."),
 12: (["date"], "ASSAULT armed gangs -> security forces (SYR) is right, but the claim concerns Friday's bloodshed ('several police were among the dead'), so the date should be 2011-04-22, not Thursday 2011-04-21."),
 13: (["date"], "ACCUSE Hamas -> Israel is right, but 'Hamas has blamed' is a background act of an earlier time (after Ayyash's death in January), so it should have no date (or 1996-01), not the document date."),
 14: (["target", "modality"], "The council's support is not yet given: modality should be future ('would now discuss how to support'); target should be the elected government of Sierra Leone (Kabbah's, SLE), which the sentence names."),
 15: ([], "A toll summed over the weeks before Friday: ASSAULT with no source and no date is right by the span rule; attribution keeps it asserted."),
 16: (["type", "date"], "A vow to send troops to destroy Hamas battalions is a THREATEN of military force (CAMEO 138), not AGREE; 'has vowed' is a background, repeated vow, so it should have no date rather than the document date."),
 17: ([], "ACCUSE Indian lawmakers (IND) condemning the verdict on Tuesday 2017-04-11; the sentence names no party (only 'the verdict'), so the empty target is right under the rules (a coder would add Pakistan)."),
 18: (["date"], "ASSAULT police (NPL) -> crowds (NPL) is right, but the text dates it 'on Monday': date should be 2025-09-08, not the document date 2025-09-10."),
 19: (["target"], "The person killed in Venezuela's unrest should be coded VEN, not USA."),
 20: (["target"], "'both countries' refers to Uganda and Rwanda: target should be Uganda (UGA) and Rwanda (RWA), not 'countries' with no code."),
 21: ([], "ACCUSE Terzi (ITA) -> India's ambassador (IND), summoned on Sunday 2012-02-19."),
 22: (["target"], "AGREE (intent to change policy, CAMEO 0342) by Erbakan (TUR), said in the early hours of Monday 1995-12-25, is accepted; but the act concerns Turkey's ties with the West, which the sentence names: target should be the West."),
 23: ([], "SUPPORT United States -> Moldova (MDA), document date."),
 24: ([], "The deaths in Thursday's clashes between Jamaat supporters and police: ASSAULT with supporters (BGD) as one side of the fight and the 35 dead as target accepted; date 2013-02-28 right; 'fought' (e2) is the duplicate, not this one."),
 25: ([], "'would not recognise the result' coded SUPPORT negated is accepted by the rule's analogy ('refused to withdraw' is REJECT asserted or RETREAT negated); no party in the sentence, empty target right; document date."),
 26: (["date"], "RETREAT release Hamad (BHR) -> political prisoners (BHR), but the releases are summed over the span since March 1999 ('since taking power'), so no date, not the document date."),
 27: ("spurious", "Rebels firing into the air in mourning is not an attack on anyone: no ASSAULT (like 'the plane hit the water')."),
 28: (["target", "date"], "The people killed in the 1992 war in Moldova should be MDA (or no country), not RUS; the date should be 1992, given in the sentence."),
 29: (["date"], "REQUEST Mikati (LBN) appealing for calm, empty target right; the text gives no date for the appeal, so the document date 2021-10-15 is right by the rules, not the inferred 2021-10-14 (the day before is plausible but not stated)."),
 30: ([], "ACCUSE critics (no country given) -> Oli (NPL); 'has long been accused' is a standing accusation still held, document date."),
 31: (["target"], "SANCTION convict by the Pakistani military court announced Monday 2017-04-10 is right, but the target should be the Indian man, Kulbhushan Jadhav (IND), not the country India."),
 32: (["target"], "'urged both sides' refers to Israel and the Palestinians: target should be Israel (ISR) and the Palestinians/PA (PSE), not empty."),
 33: ([], "COERCE state of emergency by Wickremesinghe (LKA) 'this week' = 2022-W29 of the 2022-07-20 story."),
 34: ([], "SANCTION expel North Korea -> U.N. inspectors; 'later' after 2002 gives no date, so undated is right."),
 35: ([], "A toll summed since January: ASSAULT with no source and no date, victims in southern Thailand (THA)."),
 36: (["date"], "ACCUSE United States condemning the coup attempt, empty target right; the text gives no date for the condemnation, so the document date 2014-12-31 is right by the rules, not the inferred Tuesday 2014-12-30."),
 37: ([], "SANCTION (break relations) Algeria -> Morocco in 2021."),
 38: (["type", "source", "date"], "Diallo withdrawing his representatives from the count is a political withdrawal, SANCTION withdraw (or PROTEST boycott), not RETREAT (military); source should be Diallo (GIN), not 'Turnout'; 'earlier in the week' of the 2015-10-18 story is 2015-W42, not W41."),
 39: ([], "ASSAULT Israel -> Hamas leaders, with the instance the sentence dates ('Haniyeh in Tehran last year') = 2024."),
 40: (["source", "target"], "The urging is by Lee Nak-yon: source should be Lee Nak-yon (KOR), and the target should be Tokyo = the Japanese government (JPN), which dateline put as source."),
 41: (["target"], "ACCUSE Sadr (IRQ) on Saturday 2016-04-30 is right, but the sentence names the party denounced: target should be the political class (IRQ), not empty."),
 42: (["date", "modality"], "THREATEN Trump -> Cuba is right, but a threat with its condition stated was made: modality should be asserted (only the condition is hypothetical); the threat is reported as this news with no date, so the document date 2019-05-01."),
 43: ([], "SUPPORT von der Leyen (EU) -> Sandu (MDA), document date."),
 44: ("spurious", "Maduro being 'ready to fly to Cuba' (to leave the country) is not an agreement, offer or any PLOVER act toward Cuba."),
 45: (["target"], "Chavez hailed the Nicaraguan result: the target should be Ortega (NIC) / the left, or empty, not the United States."),
 46: (["target"], "CONSULT Wang (CHN) hosting Koo in 1998-10 is right, but Koo is 'his Taiwanese counterpart': target code should be TWN, not CHN."),
 47: ([], "REQUEST Japan -> China on Friday 2002-05-10."),
 48: (["date"], "ASSAULT Egypt -> militants (EGY) is right, but 'has fought militants ... since 2013' is a fight still going on, which takes the document date 2017-11-25, not no date."),
 49: (["source"], "'They' are the Jamaat activists of the previous paragraph: source should be Jamaat activists (BGD), not 'Officials'; target police (BGD) and date (the quote is undated, violence went on into Friday) accepted."),
 50: (["date"], "THREATEN United States -> Turkey is right, but 'has warned for months' is a warning still going on, so the document date 2019-07-12, not no date."),
}
items = [json.loads(l) for l in open(os.path.join(ROOT, "events-c-items.jsonl"))]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open(os.path.join(ROOT, "events-c.jsonl"), "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            assert all(w in F[1:] for w in wrong), wrong
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
