"""Write events-a.jsonl (item + verdict + reasons) and paragraphs-a-verdicts.jsonl from judge a's
hand-made verdicts below, then check them. Run from docs/judged/round160:
    python events-a-tools/write_verdicts.py
Each entry: n -> (set of false fields, reasons). "event" false = spurious: all fields false."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ({"source"}, "Southern leaders refusing Sanaa's orders: AGREE negated is accepted as the negated form of the refused act (a coder would more usually write REJECT asserted); target Sanaa = the Houthi-run authorities (YEM) is right. Source country should be YEM: the sentence makes plain these are leaders of Yemen's south, so the empty code is wrong."),
 2: ({"target"}, "Tehran's standing demand is a REQUEST by Iran, undated is acceptable, but its addressee is Washington: target should be the United States (USA), not the Revolutionary Guards, who are what the U.S. is asked to delist."),
 3: (set(), "Moreno shot in a 1998 robbery: ASSAULT on Moreno (ECU) by unnamed robbers, empty source right, dated 1998 as the text gives."),
 4: ({"date"}, "SUPPORT by Sheinbaum is right with no party target (the vote), but the text places her remarks at her 'daily news conference on Monday': date should be 2025-06-02, not the Tuesday document date."),
 5: (set(FIELDS), "Duplicate: the 16 deaths are the casualties of the same U.S. strikes already coded from this sentence as e5 (struck); in any case the source would be the United States and the date Friday 2024-02-02, not Jan. 28."),
 6: (set(), "Saudi Arabia and allies cutting ties with Doha: SANCTION SAU -> Qatar (QAT), June 2017 as given."),
 7: (set(), "Kenya sending troops into Somalia in October 2011: MOBILIZE KEN -> Somalia is an acceptable coding of the deployment, date 2011-10 as given."),
 8: (set(), "Ethiopian court sentencing the two Swedish journalists on Tuesday 2011-12-27: all fields right."),
 9: (set(), "Tripoli court sentencing Saif al-Islam Gaddafi to death in 2015: right party (name shortened to 'Islam Gaddafi') and code LBY, date 2015."),
 10: (set(), "U.S. strikes on targets in Iraq and Syria on Friday 2024-02-02 (story of Thursday Feb. 8): ASSAULT USA -> Iraq, Syria right."),
 11: ({"target"}, "Uruguay pledging not to restrict the men's movements (negated COERCE, no date for a future non-act) is acceptable, but the target should be the six former Guantanamo detainees ('their movements'), not the U.S. government."),
 12: (set(), "Teachers' unions calling on members to stay away: REQUEST by Kenyan unions to their members (KEN), reported as this news on the document date."),
 13: (set(), "Government officials (CIV) rejecting the FPI's charge: REJECT ('all rejections and refusals'); 'that charge' names an act, not a party, so an empty target is right by the sentence rule; document date right."),
 14: (set(), "Mubarak stepping down in February 2011: RETREAT resign, date 2011-02 as given."),
 15: ({"target"}, "Kobani thanking the coalition is SUPPORT, but the sentence names the party thanked: target should be the U.S.-led coalition (USA-led; empty is wrong)."),
 16: (set(FIELDS), "Spurious: 'Japanese law bars politicians from taking money from foreign nationals' states a standing rule, not an act by anyone at any time."),
 17: (set(), "Le Pen conceding defeat: CONCEDE by Le Pen (FRA), no party named as target, document date (no date given in the text for the concession)."),
 18: (set(), "Annan urging the Security Council to send observers: REQUEST Annan (UN) -> UN Security Council, document date."),
 19: (set(), "Baghdad saying it had not approved the final text: SUPPORT negated by Iraq's government, empty target acceptable (a text, not a party), document date."),
 20: (set(), "Bandits having killed thousands across the northwest in recent years: ASSAULT bandits (NGA) -> civilians (NGA); a total summed over a span correctly has no date."),
 21: (set(), "Kulinich detained on suspicion of treason: COERCE arrest, arresting party not named (empty source right), target Kulinich (UKR), reported as this news on the document date."),
 22: ({"source"}, "Sentencing of the two U.S. journalists is SANCTION with target right and no date acceptable (pre-2009, not given), but the sentence places it in Pyongyang: source should be North Korea (PRK), not empty."),
 23: (set(), "Duma approving the foreign-agents law: SUPPORT (approve policy) accepted; source coded as Russia (RUS) for the lower house is the right state party (sector should be LEG); Friday 2012-07-13 right."),
 24: (set(), "Opposition leaders in Tegucigalpa calling for the president to resign: REQUEST HND opposition -> Juan Orlando Hernandez (HND), document date."),
 25: (set(), "Lam criticised at home in 2021: ACCUSE disapprove with unnamed critics (empty source right) -> To Lam (VNM), date 2021."),
 26: (set(), "RJP Nepal demanding a constitutional amendment: REQUEST by the party (NPL), addressee not named (empty target right), document date for the standing demand."),
 27: (set(), "Saif al-Islam captured by Zintan fighters in November 2011: ASSAULT abduct (capture by an armed group) acceptable, fighters (LBY) -> Gaddafi (LBY), date 2011-11."),
 28: ({"target"}, "Rights groups urging restraint is REQUEST with an uncoded international source acceptable, but 'the security forces' are plainly Myanmar's (troops sent into Maungdaw): target country should be MMR, not empty."),
 29: (set(), "State Department having urged South Africa to delay Aristide's departure: REQUEST USA -> ZAF; an undated earlier act correctly has no date."),
 30: (set(), "European Parliament warning it would recommend suspension if Turkey reintroduced the death penalty: THREATEN EP -> Turkey, Thursday 2016-11-24."),
 31: (set(), "Tens of thousands believed killed in 2009: ASSAULT with killers not stated (empty source), people (LKA), date 2009, 'are believed' read as reported is acceptable."),
 32: ({"modality"}, "Maehara 'due to have attended' meetings with U.S. and Chinese counterparts: CONSULT with USA/CHN right, but after his resignation these meetings are counterfactual: modality should be hypothetical, not future."),
 33: (set(), "Mob attacking the U.S. embassy in Tunis in September 2012: PROTEST riot, mob (TUN) -> U.S. embassy (USA), 2012-09."),
 34: ({"source"}, "Republican lawmakers criticising the releases: ACCUSE with empty target acceptable ('the releases' names an act), but source country should be USA (U.S. Republican lawmakers), not empty."),
 35: ({"source"}, "Announced future resignation (RETREAT resign, future, undated) is right, but it is Kramp-Karrenbauer (DEU) who will step down: source should be Annegret Kramp-Karrenbauer, not Angela Merkel."),
 36: (set(), "U.S. federal jury convicting Tony Hernandez on Friday 2019-10-18: SANCTION convict, USA (the jury) -> Hernandez (HND)."),
 37: ({"target"}, "Police firing tear gas: ASSAULT crowd-control by Nigerian police, date Friday 2021-02-26 accepted for 'later' that day, but 'disperse them' refers to the angry residents: target should be the residents (NGA), not the journalists they attacked."),
 38: (set(), "Azerbaijan demanding dissolution of the OSCE Minsk Group: REQUEST AZE with the group as the party the demand concerns, reported as this news (document date)."),
 39: ({"date"}, "Minsk ceasefire deal signed by the four leaders: SUPPORT (sign agreement) with the four states as mutual parties is right, but it was signed 'a month' before the IMF decision: date should be 2015-02 (about Feb. 12), not the 2015-03-12 document date."),
 40: (set(), "Saleh refusing on Sunday 2011-05-22 to sign the Gulf plan: REJECT by Saleh (YEM), empty target acceptable (the plan), date right."),
 41: ({"target"}, "Republican rivals accusing Obama: ACCUSE with source right, but 'accused him' names the target: target should be Barack Obama (USA), not empty."),
 42: ({"target"}, "Protests beginning in January 2011: PROTEST with unnamed protesters (empty source) and date 2011-01 right, but a protest at home with no other aim, by Saleh's critics, takes the state as target: target should be Saleh / Yemen's government (YEM)."),
 43: (set(FIELDS), "Spurious: the pilot being received by his own air force's officers at the border is part of the handover already coded (e1), not a CONSULT between political actors (and the pilot is Indian, not PAK)."),
 44: (set(), "FARC fighters to hand weapons to U.N. observers under the accord: CONCEDE (promised disarmament) rebels (COL) -> U.N. observers, asserted on the day of the signing."),
 45: (set(), "Melenchon urging voters to make him prime minister: REQUEST Melenchon (FRA) -> voters (FRA), document date."),
 46: (set(), "Brussels having repeatedly called on Belgrade to improve rule of law: REQUEST EU -> Serbia's government; a repeated act over a span correctly has no date."),
 47: ({"target"}, "Modi welcoming the pilot home is SUPPORT, dated 2019-03-01 acceptably, but 'him' is Wing Commander Abhinandan Varthaman (IND): target should be the pilot, not R.G.K. Kapoor."),
 48: ({"date"}, "Gunmen killing 21 at the Bardo museum: ASSAULT gunmen -> 21 people (in Tunisia) right, but 'That year' refers to 2015 in the previous sentence: date should be 2015, not 2011."),
 49: ({"date"}, "Chad's army having sent troops to fight Boko Haram: ASSAULT TCD -> Boko Haram accepted, but this is an undated background act of an earlier time: it should have no date, not the 2017-09-26 document date."),
 50: ({"source"}, "Condemning Ruto's remark is ACCUSE with empty target acceptable ('that remark'), but the opposition lawmakers are 'in Nairobi': both source parties should carry KEN; the lawmakers' empty code is wrong."),
}

PARA = {
 "h57-x222-22": (["SANCTION: Iran (IRN) -> IAEA (no code), removing 27 IAEA surveillance cameras (withdrawing monitoring), 2022-06-09 (ongoing, reported Thursday)"], 0,
   "Grossi's warning that the step 'could deal a fatal blow' is a pessimistic comment (CAMEO 01), not coded. Dateline has no event here."),
 "h57-x224-08": (["RETREAT: United States (USA) -> six Guantanamo detainees (no code), released/transferred to Uruguay, 2014-12-07"], 0,
   "The transfer could also be coded COOPERATE USA -> Uruguay; one act either way. 'Held for more than 12 years without charge' is background, not coded. Dateline has no event here."),
 "h57-x222-17": (["REQUEST: King Salman (SAU) -> the world (no code), urged all means to stop Iran's interference, 2019-05-31",
                  "CONSULT: King Salman (SAU) -> Gulf and Arab leaders (GCC / Arab League), gathered them for emergency summits in Mecca, 2019-05-31"], 1,
   "Dateline's e1 REQUEST (Salman, empty target) is found. The CONSULT (summits) is missed. The implied accusation of Iranian interference and the background 'attacks on oil tankers and pipelines' (no actor here) are not counted."),
 "h57-x221-20": (["AGREE: Armenia (ARM) <-> Azerbaijan (AZE), agreed to a ceasefire, 2021-11-16 (late Tuesday)",
                  "CONSULT: Russia (RUS) -> Armenia (ARM), Azerbaijan (AZE), brokered (mediated) the ceasefire, 2021-11-16",
                  "ASSAULT: Azerbaijan (AZE) <-> Armenia (ARM), heaviest border fighting with soldiers killed and two Armenian positions lost, 2021-11-16"], 0,
   "Soldiers killed and positions lost are folded into the one fighting act. Dateline codes none of the three in the lead (its events start in paragraph 2)."),
 "h57-x223-10": (["CONSULT: Pope Francis (VAT) -> Muslim community of PK5 / Central Mosque in Bangui (CAF), visited the besieged enclave and mosque, 2015-11-30",
                  "ASSAULT: sectarian militias (CAF) -> civilians (CAF), sectarian violence that has killed thousands, no date (total over a span)"], 0,
   "The 'brothers and sisters' appeal is a statement (CAMEO 01/02), not coded. Dateline has no event here."),
 "h57-x221-17": (["RETREAT: Annegret Kramp-Karrenbauer (DEU) -> none, will step down as CDU chair and not run for chancellor (future), announced 2020-02-10",
                  "SUPPORT: CDU (DEU) -> AfD (DEU), her party sided with the far right in the Thuringia vote, 2020-02-05 (given as 'last Wednesday' later in the story; no date in this paragraph)"], 1,
   "Dateline's e1 RETREAT resign (future) has the right type, so it is found, though its source is wrong (Angela Merkel instead of Kramp-Karrenbauer). The CDU-AfD vote is missed."),
}


def main():
    items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
    assert len(items) == 50 and set(V) == set(range(1, 51))
    out = []
    for it in items:
        bad, reason = V[it["n"]]
        if "event" in bad:
            bad = set(FIELDS)
        v = {f: f not in bad for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.append(rec)
    with open(HERE / "events-a.jsonl", "w") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
    with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as fh:
        for p in paras:
            acts, found, notes = PARA[p["doc"]]
            fh.write(json.dumps({"doc": p["doc"], "coder_events": acts, "found": found,
                                 "dateline_events": len(p["events"]), "spurious": 0,
                                 "notes": notes}, ensure_ascii=False) + "\n")
    # checks
    back = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
    assert len(back) == 50
    for it, r in zip(items, back):
        assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
        v = r["verdict"]
        assert v["all"] == all(v[f] for f in FIELDS)
        if not v["event"]:
            assert not any(v[f] for f in FIELDS + ["all"])
        assert r["reasons"]
    pv = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
    assert len(pv) == 6
    for f in FIELDS + ["all"]:
        print(f"{f:9s} {sum(r['verdict'][f] for r in back)}/50")
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
          "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))


if __name__ == "__main__":
    main()
