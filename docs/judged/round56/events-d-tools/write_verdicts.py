"""Judge d, round 56: verdicts on the 50 sampled dateline events (heldout_news6).

Run from docs/judged/round56:  python events-d-tools/write_verdicts.py
Reads events-d-items.jsonl, writes events-d.jsonl, prints the per-field table.
Scored by docs/judged/CONVENTIONS.md; where I would code otherwise it is said in the reasons.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPUR = list(FIELDS)

# n: ([false fields], "reasons")
V = {
    1: (SPUR, "Spurious: 'were hit hardest' by the gas cut-off is 'hit' in another sense (an economic effect), not an attack by anyone."),
    2: ([], "All right, with doubt: 'said they would not join a coalition' is a refusal; the conventions accept the refused act negated ('RETREAT negated') as well as REJECT, and joining a coalition is political cooperation (CAMEO 05x -> SUPPORT). Source Turkish opposition parties right; no partner named, empty target right; the statement is undated background and the act is future, so no date is acceptable."),
    3: (SPUR, "Spurious: Khan 'declared victory' in the election is a claim about a vote result, not material cooperation (COOPERATE) or any PLOVER act between actors."),
    4: ([], "All right: 'a ceasefire Sadr declared last August' - the PLOVER codebook puts declarations of ceasefires under CONCEDE; Sadr IRQ; no counterpart named; 2007-08 from 'last August' is right; asserted."),
    5: ([], "All right: 'David Miliband, visiting Ukraine' is a visit going on as the story is told -> CONSULT visit GBR -> UKR, document date."),
    6: (["date"], "Date wrong: the raid on the Jericho jail is 2006-03-14 (Tuesday, the news); 2001 comes from the '2001 assassination' in the previous sentence. Source/target empty: the sentence names neither the raiders nor a party raided ('the raid', 'the jail'), so empty is right by the conventions (I would code Israeli forces -> Palestinian prisoners). ASSAULT is right for troops storming and firing on the prison."),
    7: ([], "All right: protesters (anti-government crowd in Islamabad, PAK) setting fire to vehicles = PROTEST riot; the sentence names no aim and the protest is against the government, so Pakistan is a right target; Sunday/overnight date acceptable."),
    8: ([], "All right, with doubt: 'called for calm' is an appeal to the public, coded REQUEST; Waheed MDV; no addressee named; document date (news)."),
    9: (["date"], "Date wrong: the warrant for Lvova-Belova was issued with Putin's, on Friday 2023-03-17, and is reported as this news; null/unknown is wrong. Target 'Russia's commissioner' is Lvova-Belova by her description, RUS - right. COERCE (arrest warrant) right."),
    10: (SPUR, "Spurious: 'calling for a new beginning' in a victory post is a slogan with no request of any party; no REQUEST act (CAMEO would leave it a statement)."),
    11: (["date"], "Date wrong: 'after the killing' refers to the killing of Mabhouh, which the text dates January 19 (2010-01-19); null is wrong for an act the text dates. Event accepted by the conventions (the noun phrase refers to a real act, not coded elsewhere in this sentence), though I would not code a temporal 'after the killing' as an event. Empty source and target right: the sentence names neither killers nor victim."),
    12: (["source", "date"], "Source wrong: the ministers are the trade ministers of the 146 WTO members, not U.S. government (USA code wrong; empty code would be right). Date wrong: the agreement closed the conference on Sunday 2003-09-14 (document date, this news); 2003-09-10 is the Wednesday of the farmer's suicide in the previous sentence."),
    13: (["source"], "Source wrong: it is Khan's 'main rivals' who rejected the results, not Imran Khan. REJECT, empty target (the results) and the date (Thursday) are right."),
    14: (["target"], "Target wrong: 'barred it' - the pronoun is Huawei, named in the previous sentence; an empty target is wrong. Date: a ban still in force when the story is told; document date accepted (the text gives no date; one could call it a background act)."),
    15: (["target"], "Target wrong: the host of the visit is Japan; 'Hiroshima' is given with no country code (and kind 'country'); a city in Japan needs JPN. Source, type, date right."),
    16: (["target", "date"], "Target wrong: 'they' who were barred are the independent monitoring groups, not 'figure opposition groups' (a garbled span from an earlier sentence). Date wrong: they were barred from polling stations on election day, Wednesday 2005-09-07 ('Wednesday's vote'), not the Friday document date. Empty source right (the authorities are not named)."),
    17: ([], "All right: 'since Moscow launched its invasion in 2022' - ASSAULT, Moscow = Russian government, 2022. Empty target accepted: the invasion noun has no object in the sentence (I would code Ukraine, which the sentence names as the accused)."),
    18: ([], "All right: Islamist charities (PAK, NGO) have set up relief camps = AID humanitarian; no recipient party named; ongoing, document date."),
    19: ([], "All right: dozens of AKP deputies (TUR) voted against the motion = REJECT; no party named as target; the vote was Saturday 2003-03-01. Not a duplicate within its sentence."),
    20: ([], "All right: Arafat thanked Mubarak for his mediation = SUPPORT PSE -> EGY; after the signing late on Saturday 1999-09-04."),
    21: ([], "All right: the attackers stormed the central prison = ASSAULT; empty country acceptable for unnamed attackers (later called 'renegade soldiers', arguably SLE); facilities, no party, empty target; Sunday = document date."),
    22: (["target"], "Target wrong: the sentence names the victim, Kumaratunga (she lost an eye in the attack); empty target is wrong. Source Tamil Tigers LKA, ASSAULT, December 1999 right."),
    23: ([], "All right: Iran's foreign ministry rejected the accusations = REJECT; Hariri is not named in the sentence ('the accusations'), so empty target is right by the conventions; document date."),
    24: ([], "All right, with doubt: 'defying months of pressure from Moscow' - signing against Moscow's demands coded REJECT (CAMEO 128 defy) UKR/GEO/MDA -> Russia; a coder could see it only as a description of the signing, but it states the rejection of Russian pressure."),
    25: (["target"], "Target wrong: 'Arafat, whom the United States and Israel have refused to deal with' - the target is Arafat (the relative pronoun), empty is wrong. REJECT, sources and document date (a refusal still going on) right."),
    26: (["source", "date"], "Source wrong: the suicide bombings were carried out by Palestinian militants; 'Israel court' (ISR/JUD) is wrong (empty would be right, the sentence does not name the bombers). Date wrong: the bombings are background acts of earlier years that prompted the barrier, not of 2004-07-09; no date would be right. Event accepted: real acts referred to, though generic."),
    27: (["source"], "Source wrong: Gorbachev in 2011 is a Russian former leader; the country code SUN (the defunct Soviet Union) is wrong, RUS is right. REQUEST (change), empty target, document date right."),
    28: (["source"], "Source wrong: Kashmiri separatist leaders are coded PAK/GOV; they are Kashmiri separatists in Indian-administered Kashmir, not Pakistan's government (country IND or empty, not GOV). SUPPORT, empty target (the talks), document date right."),
    29: ([], "All right: Anwar charged in 2008 = ACCUSE allege; prosecutors not named, empty source; Anwar MYS target; 2008."),
    30: ([], "All right: Biden met bin Salman in Jeddah on Friday = CONSULT USA -> SAU, 2022-07-15."),
    31: ([], "All right: Sirisena travelled to New Delhi last month = CONSULT visit LKA -> India; 2015-02 from the March 2015 story."),
    32: ([], "All right: smaller rallies in St Petersburg and other cities (against the election fraud, at home) = PROTEST demo; the sentence names neither protesters nor aim, so empty source and target are right by the conventions (I would code Russian protesters -> Russia); Saturday = document date."),
    33: ([], "All right by the conventions, with doubt: 'the GNA, which is recognised by the United Nations' - UN recognition of the GNA (SUPPORT, CAMEO 054) is a state still in force, document date. I would not code an identifying relative clause as an event."),
    34: ([], "All right: Chen shot in Tainan on Friday = ASSAULT firearms, unknown attacker, Chen TWN, 2004-03-19."),
    35: ([], "All right: UNRWA rejected the criticism = REJECT; the critic (the U.S.) is not named in the sentence, empty target right; document date."),
    36: ([], "All right: 18 American soldiers killed in Mogadishu in October 1993 = ASSAULT, attackers unnamed, USA MIL target, 1993-10."),
    37: ([], "All right: 'could force Pakistan to seek an IMF bailout' = REQUEST assist PAK -> IMF, hypothetical, undated."),
    38: ([], "All right: EU and U.S. praised the conduct of the vote = SUPPORT; Tunisia not named in the sentence, empty target right; document date."),
    39: ([], "All right: Vajpayee met Musharraf = CONSULT IND -> PAK, reported with the Tuesday agreement; no separate date in the text."),
    40: (["date"], "Date wrong: 'more than 1,800 militants were killed during the operation' is a total over the offensive (May 22 - June 26), which by the conventions has no date; 2016-06-17 is Abadi's declaration of victory from the previous sentence. Empty source right (the sentence names no party; 'the operation'), militants (IS) with no country right."),
    41: ([], "All right: Russia and Ukraine signed the gas deal on Monday = SUPPORT (sign agreement), mutual; both listed on both sides is acceptable for a mutual act."),
    42: ([], "All right: Biden hailed the move = SUPPORT; the mover (Saudi Arabia) is not named in this sentence, empty target right by the conventions; document date."),
    43: ([], "All right: Hamas condemned the step = ACCUSE disapprove; the ICC prosecutor is not named in the sentence ('the step'), empty target right; document date."),
    44: ([], "All right, with doubt: Hariri accusing Iran and Hezbollah = ACCUSE LBN -> IRN; the source is given twice (Hariri, and the fragment 'Saad al'), both the same right person; Hezbollah is missing from the target but Iran is a right target."),
    45: ([], "All right: Medvedev called on other countries to follow Russia's example = REQUEST RUS -> other countries; Tuesday = document date."),
    46: (["target"], "Target wrong: Zoellick blamed what he called 'won't do' countries - the sentence names the blamed party (the developing countries so described); an empty target is wrong. ACCUSE, source USA, Sunday document date right."),
    47: (["type", "source", "target"], "Type wrong: Lee Kyung-hae stabbing himself to death 'in protest against the WTO's agricultural policies' is a protest suicide (PROTEST), not an assault between parties. Source wrong: Lee is South Korean, coded USA. Target wrong: the target is himself ('South Korean farmer'); a protest against the WTO's policies should target the WTO. Date (Wednesday 2003-09-10) and asserted right."),
    48: ([], "All right: about 1,000 people arrested across the country = COERCE arrest; the arrester is not named (the government is the speaker), empty source right by the conventions; GAB people target; the count of the unrest reported as this news, document date."),
    49: ([], "All right: ECOWAS condemned the attack = ACCUSE; target 'Gunmen' from the first sentence is clearly the party condemned ('the attack'), SLE acceptable; document date."),
    50: ([], "All right: separatists attacked Ukraine's military positions overnight = ASSAULT UKR REB -> UKR MIL ('its positions'); overnight into Friday, 2014-06-27."),
}


def main():
    items = [json.loads(l) for l in open(os.path.join(ROOT, "events-d-items.jsonl"))]
    assert len(items) == 50 and set(V) == set(range(1, 51))
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        assert all(f in FIELDS for f in false), it["n"]
        verdict = {f: f not in false for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        row = dict(it)
        row["verdict"] = verdict
        row["reasons"] = reasons
        out.append(row)
    with open(os.path.join(ROOT, "events-d.jsonl"), "w") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print("field      right/50   right/real(%d)" % len(real))
    for fld in FIELDS + ["all"]:
        a = sum(r["verdict"][fld] for r in out)
        b = sum(r["verdict"][fld] for r in real)
        print("%-10s %3d/50 %5.0f%%   %3d/%d %5.0f%%" % (fld, a, 2 * a, b, len(real), 100.0 * b / len(real)))
    print("spurious:", 50 - len(real), [r["n"] for r in out if not r["verdict"]["event"]])
    for fld in FIELDS[1:]:
        print("false %-8s (real events):" % fld, [r["n"] for r in real if not r["verdict"][fld]])


if __name__ == "__main__":
    main()
