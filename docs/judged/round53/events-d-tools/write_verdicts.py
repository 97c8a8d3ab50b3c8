"""Round 53, judge d: verdicts on the 60 sampled dateline events (heldout_news5).

V = {n: ([false fields], "reasons")}. A spurious event lists "event" and is false in every field.
Writes ../events-d.jsonl (each item line plus "verdict" and "reasons") and prints the per-field table.
"""
import json
from pathlib import Path

FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPURIOUS = FIELDS[:]

V = {
    1: (["target"], "THREATEN by Erdogan right; 'had threatened', undated background, so null date right. "
        "Target Austria comes from the previous sentence and is not threatened: the threat to reject "
        "'the framework' (the EU's negotiating framework) is aimed at the EU."),
    2: ([], "All right, with doubt: Bush addressing the NATO-Russia summit is his taking part in a multilateral "
        "meeting (CONSULT); the summit is not coded as CONSULT elsewhere in the story; no party named beyond "
        "'the summit', so empty target right by the rule; Tuesday = document date."),
    3: ([], "All right: 'called for an investigation' is a REQUEST distinct from 'condemned' (e13, ACCUSE); "
        "OHCHR (UN) and Western embassies with no country are right; no addressee named; Monday = document date."),
    4: (["target"], "REQUEST by Banda right, date right. Target: the sentence names the addressees, 'Banda told "
        "lawmakers ..., calling for ...'; a coder would code MWI GOV -> MWI legislators; empty is wrong "
        "(closest call of the sample: the appeal is also to the nation at large)."),
    5: ([], "All right: charging/indictment is ACCUSE; Mueller USA, officers RUS; 'On Friday' before Monday "
        "2018-07-16 = 2018-07-13."),
    6: ([], "All right: Russia complained (ACCUSE, CAMEO 114) about the 1997 joint council; NATO is not named "
        "in the sentence, so empty target right; complaint of unknown time, null right."),
    7: ([], "All right, with a note: Leung is Hong Kong's chief executive; CHN accepted for a Hong Kong "
        "official (China's SAR; a coder using HKG would differ); 'people' = the Hong Kong protesters; "
        "Sunday = document date. Agent BUS is wrong but agents are not scored."),
    8: (["source", "target", "date"], "RETREAT resign right for ministers quitting the cabinet. Source: "
        "'Shi'ite ministers' has no country though they are ministers of Lebanese PM Siniora's cabinet (LBN "
        "plain); Hezbollah missing. Target: they quit 'Prime Minister Fouad Siniora's cabinet', named in the "
        "sentence; empty is wrong. Date: the text dates it, '10 days' before the 2006-11-21 killing = "
        "2006-11-11; null is wrong."),
    9: ([], "All right: youths setting fire to government buildings, tax offices and gendarmerie posts is a "
        "riot aimed at the authorities, so the state (DZA) is a right target; Saturday = document date; "
        "attributed to witnesses, asserted."),
    10: (["target", "date"], "ASSAULT by Turkey right (background offensives). Target: Syria is the place; the "
         "party acted upon named in the sentence is the YPG (driven from Afrin). Date: the text gives "
         "'in 2016 and early 2018'; null is wrong."),
    11: ([], "All right: Houthis accuse Saleh of a coup; date from 'On Saturday' in the previous sentence "
         "(2017-12-02) is the time of the reaction as told."),
    12: (SPURIOUS, "Spurious: 'a final ruling on whether genocide was committed' is the topic of a court case, "
         "no act of killing is reported in this sentence."),
    13: (["type", "modality"], "Vowing to take the case to the European Court of Human Rights is not an offer of "
         "cooperation (AGREE); it is a promised legal appeal/lawsuit (REQUEST to the court or ACCUSE against "
         "Ukraine), coded as the act promised, future. Source Tymoshenko, target ECHR (the court appealed to) "
         "and the document date accepted."),
    14: (["target"], "AGREE (invitation to visit) by Modi right, date right. Target Gotabaya Rajapaksa is the "
         "right person with the wrong country code: IND instead of LKA."),
    15: (["source", "date"], "The drone attack is a real act (not in the same sentence as e1, so not a duplicate "
         "by the rule); Biden's attribution keeps it asserted with reported_by. Source: 'Syria' is where the "
         "groups operate, not an attacker (and the group's name is truncated). Date: the attack is this news "
         "with no date in the text: document date 2024-01-28, not null. Empty target right: the troops are "
         "not named or referred to in this sentence."),
    16: (SPURIOUS, "Duplicate: signing the pact 'pledging to help each other' is one act, already coded from this "
         "sentence as e1 ('signed', SUPPORT, which should itself be AGREE). Taken alone this event would be "
         "right (AGREE RUS<->PRK, 2024-06-19)."),
    17: (["target"], "ACCUSE (filing the genocide case) by the Gambia right; 'last month' = 2019-11 right. "
         "Target: the OIC backs the Gambia; 'the case' is the case against Myanmar, which is the target."),
    18: (SPURIOUS, "Duplicate: 'due to meet in Moscow on Tuesday to discuss Syria' is one meeting, already coded "
         "from this sentence as e11 ('meet', CONSULT future)."),
    19: (["source", "target"], "ASSAULT (the killings, reported in the court's ruling) right; null date "
         "accepted (the sentence gives none; the two massacres span 1991-1992). Source: the sentence names the "
         "killers, 'by the Colina group, a covert military unit' (PER MIL); Fujimori authorised them. Target: "
         "'25 people' killed by a Peruvian army squad in Lima (next sentence): PER is plain, empty code wrong."),
    20: (["type", "target"], "The treaty handover of the canal is a real act, but not a coercive seizure: the "
         "U.S. returned the canal to Panama (RETREAT return / CONCEDE). Source Panama accepted as the "
         "grammatical party; target: the U.S. is named ('ending 85 years of U.S. administration') and is the "
         "other party; empty wrong. Date (noon Friday) and modality right."),
    21: ([], "All right: State Department (USA) urged the Maldives government (MDV); document date."),
    22: (SPURIOUS, "Spurious: Kim Jong Nam asking for help at an airport counter after being attacked is not an "
         "act between political actors (and 'Kim[WBK/IGO]' is a wrong party code)."),
    23: (["source"], "REQUEST (urging Pakistanis to rise up) right, target PAK right, video released Wednesday = "
         "document date. Source: Zawahiri's code MUS is not a country (al Qaeda has none; he is Egyptian); "
         "wrong code."),
    24: (["date"], "AID (helping the Houthis seize Sanaa) accepted as an act distinct from 'joined forces' (e10, "
         "COOPERATE); Saleh -> Houthis right. Date: the sentence gives 'in 2014'; null is wrong."),
    25: (["date"], "Accepted as an event (with doubt): the human rights groups' remark refers to Fujimori's "
         "conviction (target 'elected head' = Fujimori, PER); court not named here, empty source right. Date: "
         "the conviction is this news (Tuesday 2009-04-07); null is wrong."),
    26: (SPURIOUS, "Spurious: 'targeting its banks' describes the sanctions (already coded as e4 SANCTION from this "
         "sentence); no assault."),
    27: (SPURIOUS, "Duplicate: 'deepening their security ties' describes the effect of the agreement already coded "
         "from this sentence as e1 ('agreed', AGREE); no separate act."),
    28: ([], "All right: killer not named in the sentence (empty source right); 17 people in Curuguaty, PRY; "
         "date June 15 from the previous sentence."),
    29: ([], "All right: Russian lawmakers' call for trials is a REQUEST with no addressee named; 'have called', "
         "recent, document date accepted."),
    30: (["source", "date"], "ASSAULT (the 1983 bombings that killed 250 Americans) is a real background act; "
         "asserted accepted (the bombings are told as fact, only the planner is alleged). Source 'Lebanon "
         "government' is nowhere in the sentence (the alleged planner is Mughniyeh). Date: 1983 in the text, "
         "not the document date."),
    31: ([], "All right: NK diplomats held talks with Richardson (USA) the day of the announcement (document date)."),
    32: (["target"], "ACCUSE (blaming) by Camara right, Tuesday = document date. Target: the sentence names who is "
         "blamed, 'uncontrollable elements in the army' (Guinean military); empty is wrong."),
    33: ([], "All right: police (RUS) detained 1,300 people (RUS) on the evening of the document date. "
         "reported_by 'Russian forces' is wrong (OVD-Info said it) but does not change the asserted modality."),
    34: ([], "All right: Than Shwe (MMR) agreed, to Ban in their talks, on Friday 2008-05-23."),
    35: (["source", "date"], "REQUEST right; target 'all parties' (MWI) right. Source: the diplomats are foreign "
         "envoys; code MWI is wrong (no country given: empty). Date: their call follows Monday's ruling, this "
         "news: document date 2020-02-03, not null."),
    36: ([], "All right: armed factions (LBY) warned they could reject the outcome (THREATEN); no target named; "
         "'have warned', recent, document date accepted."),
    37: (["type", "target"], "Armed youths seizing oil facilities is armed occupation, ASSAULT by the wave-30 "
         "convention (COERCE seize is for authorities confiscating). Target 'kidnapped workers' belongs to the "
         "other act (kidnapping, not coded); the seizure's target is unnamed. Source (NGA) right; 'in recent "
         "months', null date right."),
    38: (["source", "target"], "SANCTION expel, 2010, right. Source: the party that expelled her is named "
         "('expelled from Mutharika's Democratic Progressive Party'); empty is wrong. Target: Banda right, but "
         "the DPP is added as a target with code TWN (Taiwan's DPP); wrong party and code."),
    39: ([], "All right: Sudanese authorities imposed a curfew; Sudan (its population) accepted as target; "
         "document date (Monday riots)."),
    40: (["target"], "AGREE (invitation to cooperate) by Sharif right; Saturday date from the previous sentence "
         "right. Target: 'other parties' (Pakistani parties) is named as the invitee; empty is wrong."),
    41: ([], "All right: Ukraine rejects Russian claims; present tense, document date."),
    42: (["date"], "REJECT by the Guardian Council right, empty target right (the claimants are in the previous "
         "sentence). Date: it rejected the fraud claims made after the first round of June 17; a background "
         "act of the previous week given the document date."),
    43: (["target"], "THREATEN by Hezbollah right; 'has threatened', undated, document date accepted. Target: the "
         "threat is 'to topple the government' (Lebanon's government, named); empty is wrong."),
    44: (["date"], "ACCUSE Hamas spokesman -> Obama right. Date: the reaction to Thursday's speech is this news: "
         "document date 2009-06-04, not null."),
    45: ([], "All right: summoning Iran's ambassador over the violation is a formal protest (ACCUSE), future; "
         "no date for the future act, null right."),
    46: (["target"], "SUPPORT by the U.S. and South Africa right; date 1975 accepted (the text ties the backing "
         "to the war's start in 1975, though it ran for years). Target: UNITA right (its code should be AGO), "
         "but the Soviet Union and Cuba are added as targets; they backed the MPLA."),
    47: (["target"], "CONSULT visit by Gul right; date: the day (2005-10-03) is right, though 'shortly before "
         "midnight' is not T00:00. Target: Luxembourg is only the venue; Gul went to meet 'his EU "
         "counterparts' (EU)."),
    48: (["source"], "AGREE to meet again right, document date right, empty target accepted for a mutual act. "
         "Source: 'They' are the four leaders (Russia, Ukraine, France, Germany); a group coded UKR is wrong."),
    49: (["source"], "MOBILIZE (300,000 reservists to be called up) right, future, null date accepted. Source: "
         "the sentence names Putin's decree and Shoigu (Russia); empty is wrong."),
    50: (["date"], "ASSAULT (1,300 killed in post-election violence) right; target KEN right. Date: violence "
         "after the December 2007 election (2007-08), a background total, not the 2010 document date."),
    51: (SPURIOUS, "Word in another sense: Duterte 'attacked Washington' verbally; by CONVENTIONS this is not an "
         "ASSAULT event (a coder would code ACCUSE PHL -> USA)."),
    52: ([], "All right: riot by Speight supporters (FJI) in Suva, on Friday 2000-05-19; aimed at shops of ethnic "
         "Indians, not the authorities, so empty target right."),
    53: ([], "All right: Hatoyama said he would resign, RETREAT resign future; no target; null date for a future act."),
    54: (["source"], "SUPPORT (praise) right, empty target accepted, document date right. Source: the diplomats are "
         "foreign envoys; code KEN wrong (empty)."),
    55: ([], "All right, with a note: 'They' = the EU and the U.S.; the EU alone is a right party (U.S. missing); "
         "target Moscow = Russian government; ongoing accusation, document date."),
    56: (SPURIOUS, "Duplicate: 'bowing to international pressure' describes Taylor's stepping down, already coded "
         "from this sentence as e1 ('stepped', RETREAT)."),
    57: (["target"], "SUPPORT by Putin, document date, right. Target: he backed plans of 'Russian-installed "
         "officials' (named); empty is wrong."),
    58: (["target"], "ASSAULT (militants killed in the Red Mosque assault) right; killer not named (troops implied), "
         "empty source right; Wednesday date right. Target: militants holed up in Islamabad's mosque fighting "
         "Pakistani troops: PAK plain, empty code wrong."),
    59: ([], "All right: gunmen in Beirut (LBN) shot dead Pierre Gemayel (LBN) on Tuesday 2006-11-21."),
    60: ([], "All right: Ogan endorsed Erdogan 'last week' = 2023-W20 from Sunday 2023-05-28."),
}


def main():
    here = Path(__file__).resolve().parent.parent
    items = [json.loads(l) for l in (here / "events-d-items.jsonl").open()]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        bad, reasons = V[it["n"]]
        assert set(bad) <= set(FIELDS), it["n"]
        if "event" in bad:
            bad = FIELDS
        verdict = {f: f not in bad for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reasons
        out.append(rec)
    with (here / "events-d.jsonl").open("w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':<10}{'right/60':>10}{'%':>7}{'right/real(' + str(len(real)) + ')':>18}{'%':>7}")
    for f in FIELDS + ["all"]:
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:<10}{a:>10}{100*a/60:>7.1f}{b:>18}{100*b/len(real):>7.1f}")
    print(f"spurious: {60 - len(real)}  ({sorted(r['n'] for r in out if not r['verdict']['event'])})")


if __name__ == "__main__":
    main()
