"""Write events-b.jsonl from the judge's per-item calls (fields listed are the WRONG ones; 'spurious' = event false)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (wrong fields, reasons)
CALLS = {
 1: (["type"], "'Has repeatedly clashed with' is a political quarrel between the president and the opposition leader, not violence: ACCUSE (disapprove), as in the conventions' 'took a swipe at' example; parties (LKA), the undated repeated past acts (no date) and modality are right."),
 2: (["source"], "'The tests' resolves to the Revolutionary Guards' missile tests of Wednesday 2008-07-09, a MOBILIZE weapons act, so I count it as an event (not a same-sentence duplicate), but the source should be Iran / the Revolutionary Guards (IRN), not empty; date and modality are right. A stricter coder would treat it as a re-mention in a sentence whose own acts are the White House's ACCUSE and REQUEST."),
 3: (["spurious"], "Spurious: 'Standing with his guests in the Rose Garden' is physical standing, not support; the sentence's act is the leaders' AGREE to start negotiations at Erez on Sunday, which dateline did not code."),
 4: ([], "Right: the Security Council (UNO) asked Boutros-Ghali to report, a REQUEST made in the 1995-08-16 vote."),
 5: (["date"], "A restatement in a new sentence of Israel's recognition of Moroccan sovereignty (SUPPORT Israel -> Morocco, both right), but the date should be 2023-07-17, the Monday the royal palace announced the recognition, not the document date."),
 6: (["spurious"], "Spurious: the supply is only pledged ('pledged to help supply'), and by the wave-76 rule a pledge of aid is AGREE, which dateline already coded from this sentence (e2, 'pledged'); an asserted AID for the same act is a duplicate."),
 7: ([], "Right: China urged 'all sides' (a group the text names no more specifically, no single country) to stay calm and return to talks, REQUEST on the document date 2010-11-21."),
 8: (["source"], "SUPPORT for signing the agreement is right and the mutual event may have China as target (CHN), but the source 'militaries' has no country and covers both parties; it should be the U.S. military (USA). The signing is undated in the text, so the document date is right."),
 9: (["target"], "COERCE arrest by Mexico in February 1997 is right, but the target's country is wrong: General Gutierrez Rebollo is Mexico's own anti-drug chief (MEX), not USA."),
 10: (["date", "modality"], "CONSULT visit Clinton -> Costa Rica is right, but 'travels on Thursday' is a scheduled trip: the date should be 1997-05-08 (the Thursday after the Wednesday document date) and the modality future, not asserted."),
 11: ([], "Right: COERCE arrest of 'more than 100 people' (TUN) with no arresting party named (empty source right), dated within the Friday-Saturday violence."),
 12: ([], "Right: Bizimungu (RWA) resigned on Thursday 2000-03-23, RETREAT resign, asserted."),
 13: (["date"], "SUPPORT Chirac -> Gaddafi is right, but the date should be 2004-11-24, the Wednesday of the Tripoli visit when Chirac spoke; 'last December' (2003-12) dates Libya's decision, not the praise."),
 14: (["target"], "REQUEST by Josipovic (HRV) on 2012-01-22 is right, but the sentence names who was urged, 'those who voted no': the target should be Croatian no-voters (HRV), not empty."),
 15: ([], "Right: in September 2006 Sogavare accused the Australian high commissioner (AUS) of interfering, ACCUSE allege, a separate act from the expulsion."),
 16: (["source"], "ACCUSE allege against Kenyan ministers (KEN) in 2004 is right, but Edward Clay is Britain's former envoy ('His predecessor' of Britain's envoy Adam Wood): source country should be GBR, not KEN."),
 17: ([], "Right: Parvanov's pledge to keep Bulgaria on course for NATO and EU membership is AGREE toward NATO/EU, made in the election-night speech reported as this news (the document date is acceptable)."),
 18: ([], "Right: ASSAULT abduct, separatist fighters -> Savchenko (UKR), in a statement the lawyers made ('said' is attribution alone, so asserted). The capture itself is undated ('before the shelling'), so no date is acceptable."),
 19: ([], "Right: 'said he would never surrender' is RETREAT negated under the conventions' 'refused to withdraw' rule; Arafat (PSE), document date 2002-09-22."),
 20: (["target"], "REQUEST by N'Dour (SEN) is right, but 'them' in 'urging them' are the supporters he told: the target should be N'Dour's supporters (SEN), not the June 23 Movement, which is named only in an earlier paragraph."),
 21: (["date"], "The father's quote restates the conviction (SANCTION convict -> Lori Berenson, USA; empty source right, since no court is named in the sentence), but the conviction came no later than Thursday 1996-01-11, when it was reported; the Friday document date is after the act."),
 22: (["target"], "SANCTION expel, future, by Washington (USA) is acceptable, but the party to be expelled is Iran ('every last Iranian boot'): the target should be Iran / Iranian forces (IRN), not Syria."),
 23: (["target"], "AID (rescue) with no rescuer named is acceptable, but the sailors are crew of the Liberian-flagged Eternity C and the text gives no nationality: the target country should be empty, not YEM."),
 24: ([], "Right: Israeli troops (ISR) demolished buildings of Arafat's headquarters (PSE) on Sunday 2002-09-22, ASSAULT destroy."),
 25: ([], "Right: the Shtayyeh government (PSE) resigned in February 2024, RETREAT resign. The source's name 'whose government' is garbled but refers to the right party."),
 26: (["target"], "SANCTION expel (dismissed from party post) in March 2012 with no actor named is right, but the sentence names the person dismissed: the target should be Bo Xilai (CHN), not empty."),
 27: ([], "Accepted: Zaev's earlier warning that a failed vote could bring an early parliamentary poll is a THREATEN with no party named (empty target) and no date, asserted. It is borderline, since it reads partly as a forecast."),
 28: (["target"], "ASSAULT by the fighters (Chechen-based rebels, RUS) in early August 1999 is right, but they invaded from Chechnya: the target should be the Botlikh and Tsumada districts of Dagestan (RUS), not Chechnya."),
 29: (["source"], "ASSAULT (seizing ground, per the wave-30 rule) against Rwanda's then government in July 1994 is right, but the source should be the Rwandan Patriotic Front (RWA rebels), not the state of Rwanda."),
 30: (["date"], "REQUEST Japan -> China is right, but 'Tokyo had asked' is an earlier act of unknown date, reported by Kihara: it should have no date, not the document date."),
 31: ([], "Right: Shalom (ISR) thanked Erdogan (TUR), SUPPORT, at the press appearance reported as this news (the document date is acceptable because the sentence gives no date)."),
 32: ([], "Right: Thaci (XKX) hailed election day, SUPPORT with no party targeted, on the Sunday 2009-11-15 news conference ('Today Kosovo showed')."),
 33: ([], "Right: SANCTION (arms embargo) imposed in May 1994. The imposer and target are not named in the sentence ('The embargo was imposed'), so empty is right."),
 34: ([], "Right: ASSAULT killing a police officer (SEN) in the overnight riots, with no attacker named in the sentence; the document date 2012-01-28 and asserted are right."),
 35: (["modality"], "REQUEST United States -> Fujimori's government (PER) is right, but 'would continue to press' is a stated future act: the modality should be future (or asserted as ongoing), not hypothetical."),
 36: (["date"], "ACCUSE Sogavare -> 'foreign powers' (no single country) is right, but the accusation was made after Thursday's vote, reported as this news: the date should be 2007-12-13 (or the document date), not no date."),
 37: (["type", "target", "date"], "A court striking down a plan as unconstitutional is SANCTION (convict: 'find ... unconstitutional'), not ACCUSE; the target should be Uhuru Kenyatta / the Kenyan government (KEN), named as the plan's champion; the date should be 2021-05-13, the Thursday of the ruling."),
 38: ([], "Right: Moldova's government has long complained about the Transdniestrian authorities (MDA), ACCUSE allege, still going on at the time of the story (document date)."),
 39: ([], "Right: CONSULT between Pashinyan (ARM) and Aliyev (AZE) and Michel (EUR) on 2023-06-01; a mutual meeting, so the party split is acceptable."),
 40: (["target"], "ACCUSE by Seshan (IND) on election day is right, but the sentence names whom he complained about: the target should be the political parties (IND), not empty."),
 41: ([], "Right: Sogavare expelled Australia's high commissioner (AUS) in September 2006, SANCTION expel."),
 42: (["date"], "REQUEST Mogherini (EUR) -> Russia to release Savchenko is right, but it is a reaction reported as this news: the date should be the document date 2016-03-22, not no date."),
 43: ([], "Right: Gaddafi (LBY) welcomed a new page with Italy, SUPPORT, during the 1999-12-01 visit; 'was quoted as saying' keeps it asserted."),
 44: (["target"], "ASSAULT by Ukraine on 2025-03-11 is right, but the sentence names the target, 'the Moscow region': the target should be Russia (RUS), not empty."),
 45: ([], "Right: Shell agreed on Thursday 2006-12-21 to sell a stake to Gazprom (RUS), AGREE. Shell's GBR code is acceptable for the Anglo-Dutch company."),
 46: ([], "Right: the background act in the relative clause, the Security Council's (UNO) arms embargo imposed on Rwanda (RWA) in 1994 ('last year'), SANCTION, asserted."),
 47: ([], "Right: Albright (USA) is to travel to Pyongyang (PRK), CONSULT visit, future, undated ('soon')."),
}

def main():
    items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
    assert len(items) == 47 and set(CALLS) == {i["n"] for i in items}
    with open(HERE / "events-b.jsonl", "w") as out:
        for it in items:
            wrong, reason = CALLS[it["n"]]
            if "spurious" in wrong:
                v = {f: False for f in FIELDS}
            else:
                assert all(w in FIELDS[1:] for w in wrong), wrong
                v = {f: f not in wrong for f in FIELDS}
            v["all"] = all(v[f] for f in FIELDS)
            rec = dict(it)
            rec["verdict"] = v
            rec["reasons"] = reason
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
