"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts below,
and print the per-field counts. usage (from docs/judged/round126): python events-d-tools/write_verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
T = True

# n -> (set of wrong fields, or "spurious"), reasons
J = {
 1: ([], "Lula (BRA) accuses the Brazilian government; reported as this news with no date, so the document date is right."),
 2: (["source"], "Source should be the Egyptian army (EGY): the sentence says the militants were killed as 'it' (the army) repelled the attacks; the rest is right (Wednesday 2015-07-01)."),
 3: (["target", "modality"], "Killing of Catholic clergy in Algeria, a span total, so no date is right; target should be the Catholic clergy (Claverie and the 18 others), not Algeria, and modality should be asserted, not future ('to be killed' reports past killings)."),
 4: ([], "BNP (BGD) demands the Bangladesh government's resignation; undated reaction reported as this news, document date right."),
 5: ([], "Gaddafi's 1973 visit to Paris: CONSULT visit, Libya -> France, 1973, asserted."),
 6: ([], "Total killed since 1992 has no date by the convention; source unnamed, victims in Algeria (DZA); attribution to rights groups keeps it asserted."),
 7: ([], "Police arrest of Kamto late on Monday, 2019-01-28 (story dated Wednesday 30 Jan); all right."),
 8: (["date"], "Accusation against Syria is right in type and parties (accuser unnamed), but it is a background act from before the White House dropped its objections; the text gives no date, so it should have none, not the document date."),
 9: (["target"], "A rally by government supporters is a support rally (for the government's tax), so by the convention the state (Argentine Congress) is a wrong target and an empty target is right; date Tuesday 2008-07-15 is right."),
 10: ("spurious", "'Warned' that the petroleum fund could run out is an economic caution, not a threat against any party: no event."),
 11: ([], "Riot police fire tear gas and water cannon at protesters in Bucharest on Friday night 2018-08-10; all right."),
 12: (["source", "date"], "Source should be the head of the EU delegation (EU, not SRB); the praise came at the parade (2010-10-10, or the document date 2010-10-11), not 2009-12 taken from 'last December'."),
 13: (["source", "target", "date"], "Source should be Machado (VEN), not Frydnes; target should be Edmundo Gonzalez (VEN); the endorsement was a 2024 act (before the July 2024 vote), not the document date."),
 14: (["date"], "US accusation against China is current news with no date in the text, so the date should be the document date 2021-03-22, not none."),
 15: ([], "Ulyukayev detained in November 2016 (agent unnamed in the sentence, empty source right); all right."),
 16: ([], "An American killed in Riyadh on 2004-06-12 by unnamed attackers; the victim coded USA is how a coder codes 'an American'; all right."),
 17: ([], "Guinean spokesman rejects Liberia's accusation; 'the accusation' names no party, so by the rule an empty target is right (I would code Liberia); document date right."),
 18: ([], "Prosecutors (CZE) charge Nagyova; undated, reported as this news ('days after'), document date right."),
 19: ([], "Brazilian officials negotiating with the IMF, an ongoing act, takes the document date; all right."),
 20: (["date"], "'Those protests' are the 2019 protests by the church's followers against the religious-property law (not coded elsewhere); date should be 2019, not the document date."),
 21: (["source"], "The condemning leaders (Rugova) are Kosovo Albanian leaders: country should be Kosovo (then Yugoslavia), not Albania (ALB); the rest is right."),
 22: ([], "Organisers called off the 2009 Belgrade pride march, an actual halt of a planned demonstration (RETREAT by the PLOVER definition; CAMEO 082 maps to CONCEDE); 2009 is right."),
 23: ([], "Totals since September 2000 have no date; Israelis (ISR) and Palestinians (PSE) victims; all right."),
 24: ([], "AU chairman Faki demands an inquiry; no addressee named in the sentence, so empty target is right; Sunday 2022-06-26 = document date."),
 25: (["date"], "Same arrest as the lead, in its own sentence (not a duplicate by the rule); date should be Monday 2019-01-28, not 2018-10 taken from the October election."),
 26: ([], "North Korea blew up the inter-Korean liaison office in June 2020, an attack aimed at South Korea; all right."),
 27: ("spurious", "'The headscarf is banned' states a standing legal condition, not an act; even as an ongoing COERCE the source would be the Turkish state and the target headscarf wearers, not universities."),
 28: (["target", "date"], "Target should be Canada's allies (NATO allies, no single country) named in the sentence, not empty; the promise was in Harper's Calgary speech late on Monday, 2011-05-02, not the document date."),
 29: (["date"], "Israeli troops occupying West Bank towns (ASSAULT, ISR -> PSE) is right, but the text dates it to the offensive launched in late March 2002, so the date should be 2002-03, not none."),
 30: ([], "Karamat resigned on Wednesday 1998-10-07; all right."),
 31: ([], "Armenian opposition leaders reject the observers' assessment; 'that assessment' names no party, so by the rule an empty target is right (I would code the OSCE observers); document date right."),
 32: (["target"], "Target should be all sides of the dispute (Israel, the Palestinians and Arab states; no single country), not a group coded Israel (ISR)."),
 33: ([], "Cameroonian security forces fire tear gas at MRC marchers on Saturday 2019-01-26; all right."),
 34: (["date"], "Nepal's accusation against India belongs to the blockade months (late 2015 to early 2016), a background act with no date given; it should have no date, not 2016-03-21 (the day of the signing)."),
 35: (["source"], "The text does not say whose activists these are, so the source's country should be empty, not ETH; target Obama ('him'), type, date and modality are right."),
 36: ([], "Human rights groups urge Libya's new authorities to protect Saif al-Islam; all right."),
 37: ([], "India condemns the attack on Nasheed; empty target right (attackers unidentified); document date right."),
 38: ([], "Gunman opens fire on the judges of Turkey's Council of State on Wednesday 2006-05-17; the target list (judges, the court, TUR) is right; gunman's country not given in the sentence."),
 39: (["target", "date"], "Target should be the businessmen he accused (firms linked to Ali Haddad, DZA), not empty; the campaign was a background act of his premiership (May-August 2017) with no date given, not the document date."),
 40: (["source", "target", "date"], "Source should be the main Albanian parties (MKD), not Trajkovski; target their ethnic Albanian supporters in Macedonia (MKD), not ALB; the urging came after the 31 October first round with no date given, so it should have none."),
 41: (["source"], "'The ministry' is the UAE Foreign Ministry: source country should be ARE, not IRN; target Iran's ambassador and document date are right."),
 42: ([], "Netanyahu's quoted call on Abbas to continue the talks; separate sentence from 'asked Abbas', so not a duplicate by the rule; all right."),
 43: (["source"], "Source should be the Moroccan Association for Human Rights (MAR NGO), not the state of Morocco; target Moroccan authorities and date right."),
 44: ([], "Sanchez (ESP) praises Moroccan forces (MAR); all right."),
 45: (["target"], "The PA agreed (AGREE accepted) to defer the vote on Friday 2009-10-02; target should be the UN Human Rights Council (or the US, whose pressure it followed), not include Israel, which is only named in the report."),
 46: ("spurious", "A retired general's prediction that 'the generals will accept it for now' is speculation about an attitude, not an act; even as one the target would be Sharif's government, not the army."),
 47: ([], "Hun Sen's standing opposition to wider prosecutions (REJECT, ongoing, document date); no target named; all right."),
 48: (["date"], "Sinai Province's claim that its fighters attacked the checkpoints (asserted, attribution); the text dates these attacks to Wednesday 2015-07-01, so the document date 2015-07-02 is wrong."),
 49: ([], "White House dropped its objections to the bill (CONCEDE); undated background act, so no date is right; no target named."),
 50: ([], "Solih calls the blast an attack on democracy (ACCUSE, attackers unknown); document date right."),
}

PARAS = [
 {"doc": "h40-x153-23",
  "coder_events": ["SANCTION: Montenegro parliament (MNE) -> government of PM Dritan Abazovic (MNE), ousted it in a no-confidence vote, 2022-08-20"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The no-confidence ouster is missed. The 'row over an agreement with the Serbian Orthodox Church' is background with no act."},
 {"doc": "h40-x153-16",
  "coder_events": ["SANCTION: UN war crimes tribunal (IGO) -> Ante Gotovina (HRV), convicted of war crimes and sentenced to 24 years, 2011-04-15"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Conviction and sentence are one act. The crimes against Serb civilians in 1995 sit inside the finding; I did not list them as a separate act."},
 {"doc": "h40-x156-08",
  "coder_events": ["SANCTION: China (CHN) -> Kiribati (KIR), suspended diplomatic relations, 2003-11-29",
                   "SUPPORT: Kiribati new government (KIR) -> Taiwan (TWN), established diplomatic ties, about 2003-11-07 (three weeks earlier)",
                   "SANCTION: China (CHN) -> Kiribati (KIR), said it will withdraw embassy staff and satellite-station technicians (future), 2003-11-29"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "Suspension found with the right arguments. The ties with Taiwan are found with the right type, but the source is wrong ('China new government', should be Kiribati's). The announced withdrawal is missed."},
 {"doc": "h40-x153-10",
  "coder_events": ["ASSAULT: gunman -> judges of Turkey's Council of State (TUR), opened fire, killing one and wounding four, 2006-05-17"],
  "found": 1, "dateline_events": 2, "spurious": 1,
  "notes": "e2 'wounding' (four others) is a second event for the same shooting in the same sentence: a duplicate, so spurious."},
 {"doc": "h40-x155-22",
  "coder_events": ["ASSAULT: unknown attackers -> Mohamed Nasheed (MDV), bomb near his car in Male, 2021-05-06"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found, dated Thursday 2021-05-06."},
 {"doc": "h40-x153-12",
  "coder_events": ["RETREAT: Belarus (BLR) -> Alexander Kozulin (BLR), released from prison, 2008-08-16",
                   "COERCE: Belarus authorities (BLR) -> Alexander Kozulin (BLR), jailed after the 2006 protests, 2006",
                   "PROTEST: protesters (BLR) -> Alexander Lukashenko / Belarus government (BLR), protests against his re-election, 2006"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The lead act (Kozulin's release on Saturday) is missed, and so are the jailing and the 2006 protests in the background clause."},
]

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50 and sorted(J) == list(range(1, 51))
counts = {k: 0 for k in F + ["all"]}
with open(HERE / "events-d.jsonl", "w") as out:
    for it in items:
        wrong, why = J[it["n"]]
        if wrong == "spurious":
            v = {k: False for k in F}
        else:
            assert all(w in F[1:] for w in wrong), wrong
            v = {k: k not in wrong for k in F}
        v["all"] = all(v[k] for k in F)
        for k in v:
            counts[k] += v[k]
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = why
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as out:
    for p in PARAS:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
print(counts)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in PARAS), "found", sum(p["found"] for p in PARAS),
      "dateline", sum(p["dateline_events"] for p in PARAS), "spurious", sum(p["spurious"] for p in PARAS))
