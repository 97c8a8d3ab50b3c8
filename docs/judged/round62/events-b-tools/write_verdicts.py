"""Round 62, judge b: verdicts on the 50 sampled events (events-b-items.jsonl).

V maps item n -> ([false fields], "reasons"). A spurious event lists every field.
Writes ../events-b.jsonl (each item line plus "verdict" and "reasons") and prints the
per-field table.  Run: python events-b-tools/write_verdicts.py (from round62/).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEMS = HERE.parent / "events-b-items.jsonl"
OUT = HERE.parent / "events-b.jsonl"
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: (["source"], "Source 'the Foreign Ministry' is plainly Russia's (In Moscow; the Kremlin denies Georgia's charge) but carries no country code. REJECT of the charges is right; target empty is right (the sentence names no party, only 'the charges'); doc date is the report date."),
    2: (["target"], "Nimr al-Nimr was a Saudi cleric; target coded LBN. ASSAULT/execute by Saudi Arabia is right; the text gives no date for the execution (only that it came before the January storming), so date unknown is right."),
    3: ([], "All right: 'would not accept the results' coded AGREE negated, equivalent under the conventions to REJECT asserted (cf. 'refused to withdraw'); no party named as target; results announced on the doc date (Friday)."),
    4: (["type", "target", "date"], "The act is Trajkovski's ultimatum (THREATEN/REQUEST), not a RETREAT/disarm: the laying down of weapons was demanded of the rebels, not done by Trajkovski. Target 'ELN[COL]' is Colombia's ELN; the rebels are Macedonia's Albanian National Liberation Army (MKD). 'had given' the ultimatum before the offensive (it expired by Sunday): a background act given the doc date. Modality scored as the ultimatum's (asserted)."),
    5: ([], "All right: the talks between Schuessel and the Social Democrats (CONSULT) broke down 'last month' = 2000-01. Target is labelled 'Democratic Party' but with AUT/PTY it is the Austrian Social Democrats the text names; accepted."),
    6: ([], "All right: a toll summed 'since mid-September' has no date (conventions); the killer is not named (clashes between troops and protesters), so empty source is right; 'human rights groups said' is attribution (asserted)."),
    7: (["source"], "'Kurdish officials' are Iraqi Kurdistan officials (Erbil, Kurdish President Barzani): the text makes Iraq plain, code empty. Target U.S. warplanes accepted: 'the strikes' are the U.S. air strikes."),
    8: (["type"], "Gyanendra's royal takeover (dismissing the government, direct rule) is not armed forces taking ground; it is COERCE (seize power / emergency rule), not ASSAULT. Source, empty target, 2005-02 and modality right."),
    9: (["target"], "The Security Council's demand to end hostilities and return to talks is addressed to the two warring countries ('both countries' in the sentence), not to the OAU, which is only the auspices of the talks. Date Wednesday = 2000-05-17 right; UNO code accepted for the UN."),
    10: (["type", "modality"], "Withdrawing troops is RETREAT (withdraw), not CONCEDE. Washington 'announced it would withdraw': the withdrawal is future, not asserted. Date unknown accepted (the text gives only 'less than two weeks' before the attacks)."),
    11: (["date"], "The killing of Serb civilians was during and after the August 1995 offensive; given the doc date 2012-11-16. Empty source (killers not named) and Serb civilians (SRB, as coders code ethnic Serbs) accepted."),
    12: (["type", "target"], "The court ordering that half the party's treasury funding be withdrawn is a SANCTION (cut of funding), not a REQUEST. 'its treasury funding' refers to the AK Party, the party acted on; target empty."),
    13: (["target"], "The operation to 'retake the rebel stronghold of Slaviansk' is aimed at the rebels the sentence names; target empty. Source, type, Friday = 2014-05-02 right."),
    14: (["date"], "Jammeh's televised statement is the one of Friday (first sentence: 'said on Friday') = 2016-12-09; given the doc date 2016-12-10. Not a duplicate: the lead's 'rejected' is another sentence."),
    15: (["date", "modality"], "The shelling is given inside a court finding (the trial court's, which the appeals chamber found erroneous): reported, not asserted. The text dates it to Operation Storm, August 1995 (previous sentences); date unknown is wrong. Source Croatia for 'Croatian artillery' accepted; the four towns are places (empty target right)."),
    16: (["date", "modality"], "'I would like to apologise' is a performative apology made at Friday's news conference: asserted, not hypothetical, and dated 2020-08-28 (the report's Friday = doc date), not unknown. SUPPORT for CAMEO 055 apologise accepted."),
    17: (["type"], "'backed by Iraqi troops' is military cooperation in the Falluja assault (CAMEO 061, PLOVER COOPERATE), not verbal SUPPORT. Parties and Monday night = 2004-11-08 right."),
    18: (["source"], "Tymoshenko, former Ukrainian prime minister, carries no country code (UKR plain in the text). REJECT, empty target, doc date (Thursday) right."),
    19: (["source"], "The call on Liberians to remain calm was made by Sirleaf's (Liberia's) government, not the Netherlands. Target, type, date right."),
    20: ([], "All right: defying the UNSC call (REJECT) by Ahmadinejad on Tuesday = doc date 2006-04-11."),
    21: ([], "All right: 'the leaders' are the summit's leaders (Barak, Arafat, Clinton, Mubarak) from several states, so no single country code; the agreement is collective (empty target accepted); summit closed on Tuesday = doc date."),
    22: (["modality"], "'he had expected to be arrested' gives the arrest as an expectation (hypothetical), not as an asserted act; the arrest itself is coded from the lead. Empty source is right (the sentence does not name the arresters); 'he' = Nuon Chea; the arrest was on the doc date."),
    23: (["target"], "'both sides have been accused of atrocities': 'both sides' refers to the Ethiopian government/forces and the TPLF/Tigrayan forces named just before; target empty. Accusers unnamed (empty source right); ongoing accusation, doc date accepted."),
    24: ([], "All right: Suharto resigned (RETREAT/resign) in May 1998."),
    25: ([], "All right: India and Britain suspended military aid (SANCTION); the aid's recipient (Nepal) is not named in the sentence, so empty target is right; the text gives no date for the suspension (after Feb 2005), so unknown is right."),
    26: ([], "All right: Tymoshenko welcomed Yushchenko's decree (SUPPORT); target 'Ukraine' (the Ukrainian state, whose president issued the decree) accepted though Yushchenko would be more exact; doc date right."),
    27: (["type"], "Tigrayan forces pushing into (taking ground in) Amhara and Afar is ASSAULT under the conventions (armed forces taking or occupying ground), not COERCE/seize. 'have since pushed' is ongoing: doc date right."),
    28: (["type", "date"], "Gaddafi's vow to 'open the arsenals' to arm loyal Libyans is a pledge (AGREE under the conventions; or MOBILIZE weapons/militia as the act), not aid given (AID). The speech was on Friday (2011-02-25), given no date. Modality future accepted for the act promised."),
    29: (["date", "modality"], "'would even kill 12 innocent people' refers to the Taliban's car bomb in Kabul on Thursday (next sentence), a real past act which Trump charges them with: reported/asserted, not hypothetical (the 'if' is rhetorical), and dated Thursday 2019-09-05, not unknown. Source 'they' = the Taliban leaders; target without country is right."),
    30: ([], "All right: Bozize's radio statement on Sunday promised a transition (AGREE); no target named."),
    31: (ALL, "Spurious: Patasse, unable to land in Bangui, diverted to Yaounde; a flight of refuge, not a visit for a meeting (CONSULT)."),
    32: ([], "All right: Barak resigned in December 2000 (RETREAT/resign)."),
    33: ([], "All right: Afwerki accused Addis Ababa (Ethiopian government) of trying to overthrow him; reported as this news, doc date."),
    34: (ALL, "Spurious: 'warning that a military solution could drive more young Muslims into the arms of the rebels' is a cautionary argument for the appeal (already coded as the REQUEST 'urged', e5), not a threat by the church leaders of any act of theirs."),
    35: (["target"], "Luzhkov refused to step down 'despite heavy hints from the Kremlin': the sentence names the Kremlin as the party whose pressure he rejected; target empty. Date unknown right (background refusal, no date)."),
    36: (["source", "target", "date"], "The attackers are the mob of the Kiambaa (Kenya) church attack; the text makes Kenya plain, code empty. Target empty though the sentence names the victims ('some of those who tried to escape'). The attack was on Tuesday (lead) = 2008-01-01; given the doc date 2008-01-02 (Wednesday)."),
    37: ([], "All right: 'both sides' = Yushchenko's and Yanukovych's camps, coded 'sides' UKR; Western diplomats have no single country."),
    38: (["source"], "The soldiers (the new junta, BFA military) closed the borders and announced the curfew in the same sentence; source empty (they are only reported_by). Target Burkina Faso and Monday 2022-01-24 accepted."),
    39: ([], "All right: 'the insurgency' = the Maoist rebels (NPL); a total of 13,000 killed over the insurgency has no date."),
    40: (["target"], "Putin vowed that 'those responsible' would be punished: the sentence names the party threatened by a common noun; target empty. THREATEN and doc date (Sunday) right."),
    41: ([], "All right: Gbagbo's security forces (CIV) sealed the borders; 'have sealed' reported as this news, doc date; no party targeted."),
    42: (["date", "modality"], "The resumption of dialogue between India and Pakistan is what Clinton would encourage once the line is restored: hypothetical/future, not asserted; a future act is not of the doc date."),
    43: (["type"], "By the conventions a state taking territory (cf. 'Israel occupies the area') is ASSAULT; COERCE/seize is kept for confiscation of property. (I would accept COERCE for an annexation: see the notes.) Target 'Crimea[UKR]' accepted as the Ukrainian territory/party; 2014 right."),
    44: ([], "All right: Obama condemned the airport attack (ACCUSE/disapprove); the perpetrators are unnamed, empty target right; the same day (Monday = doc date)."),
    45: (["type"], "Giving Syria's top diplomat 72 hours to leave is an expulsion (SANCTION/expel), not a THREATEN; not a duplicate of the lead's 'expelled' (another sentence). Tuesday = doc date right."),
    46: (["type", "date"], "Leading mass rallies is PROTEST (demo), not AID ('helped' is an auxiliary). The rallies were after the December 2011 elections (2011-12), not the doc date. The second source 'lawyer' is the appositive for Navalny himself (same party), accepted; no aim named, empty target accepted."),
    47: ([], "All right: passive 'was killed ... during an operation against the group' names no killer (empty source accepted at sentence level); Saturday = 2017-04-08."),
    48: (["date"], "'He has also pressed intelligence agencies' is a background habit of Chaudhry's rulings before his suspension, of no given time; given the doc date."),
    49: (["source", "target"], "The threat was made by 'a Taliban splinter group', not the Taliban. 'them' refers to the three foreign U.N. election workers; target empty. Recent threat reported as this news: doc date accepted."),
    50: ([], "All right: Abiy sent troops into Tigray (MOBILIZE/troops) in November 2020; Tigray is a place (empty target accepted)."),
}


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    assert len(items) == 50 and set(V) == {it["n"] for it in items}
    counts = {f: 0 for f in FIELDS + ["all"]}
    real = {f: 0 for f in FIELDS + ["all"]}
    nreal = 0
    with OUT.open("w") as fh:
        for it in items:
            wrong, reasons = V[it["n"]]
            for f in wrong:
                assert f in FIELDS, (it["n"], f)
            v = {f: f not in wrong for f in FIELDS}
            v["all"] = all(v[f] for f in FIELDS)
            rec = dict(it)
            rec["verdict"] = v
            rec["reasons"] = reasons
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for f in FIELDS + ["all"]:
                counts[f] += v[f]
            if v["event"]:
                nreal += 1
                for f in FIELDS + ["all"]:
                    real[f] += v[f]
    print(f"{'field':10} {'right/50':>9} {'%':>5} {'right/real(' + str(nreal) + ')':>16} {'%':>5}")
    for f in FIELDS + ["all"]:
        print(f"{f:10} {counts[f]:>9} {100*counts[f]/50:5.0f} {real[f]:>16} {100*real[f]/nreal:5.0f}")
    print(f"spurious: {50 - counts['event']}")


if __name__ == "__main__":
    main()
