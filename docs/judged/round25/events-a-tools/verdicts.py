"""Round 25, judge a: verdicts on the 60 sampled events (seed 20261333).

n -> (event, type, source, target, date, modality, reason), 1/0, scored by
docs/judged/CONVENTIONS.md. Run from docs/judged/round25:
    /work/main/.venv/bin/python events-a-tools/verdicts.py
writes events-a.jsonl and prints the per-field table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
SP = "SPURIOUS: "

V = {
    1: (1, 1, 1, 1, 1, 1, "Signing of a memorandum (SUPPORT, finalise agreement). Source 'Indian and local authorities' covers the signing parties jointly; empty target right for a reciprocal agreement (PLOVER note: both as actor, no recipient). No date in the text, reported as news: document date right; asserted with reported_by the ministry."),
    2: (1, 1, 0, 0, 1, 1, "Support rally for Berlusconi: SUPPORT right (CONVENTIONS: a support rally may be SUPPORT toward the party supported). But the source is 'Berlusconi's supporters' (ITA), not Berlusconi, and the target is Berlusconi, left empty. Ongoing weekly rallies: document date right."),
    3: (0, 0, 0, 0, 0, 0, SP + "'announced a $1.6 billion plan to modernize its U.N. peacekeeping operations' is a domestic spending plan, no offer or promise of cooperation to another party; AGREE toward the UN is not coded by a trained coder."),
    4: (1, 1, 0, 0, 1, 1, "'the TFG, backed by the government of Sierra Leone' reports support (SUPPORT acceptable). The backer is the government of Sierra Leone (SLE), not the Liberian government, and the party backed (TFG) is named in the sentence but the target is empty. Ongoing backing: document date right."),
    5: (1, 1, 1, 0, 1, 1, "'their leaders sign a joint declaration of friendship' is SUPPORT (sign). Source 'Colombia leaders' is one signer, but Venezuela, the other party of the mutual act named in the sentence, is missing (target empty). Present-tense lead ('as their leaders sign') read as this news: document date and asserted accepted, although the next sentence puts the signing on Saturday (the story is incoherent: a later sentence has it signed on Friday)."),
    6: (1, 1, 0, 1, 0, 1, "Ambush in Ramadi killing a young Iraqi man: ASSAULT right, target right. The sentence names no attacker, so source 'Iraq' is wrong (empty would be right). The text says 'A few days ago', so the document date (basis explicit) is wrong. 'reportedly' taken as attribution: asserted accepted."),
    7: (0, 0, 0, 0, 0, 0, SP + "'Nicaragua has not received a single migrant' uses 'received' in the sense of migrants arriving, not a host receiving a visiting political actor; no CONSULT (nor any PLOVER act) here."),
    8: (1, 1, 0, 0, 1, 1, "'Putin's decision was welcomed by all factions': SUPPORT right, but the source is 'all factions' (RUS) and the target Putin; the extractor put Putin as source and left the target empty. Reported as news: document date right."),
    9: (1, 0, 1, 1, 1, 1, "'Russia's annexation of Crimea': taking territory is ASSAULT by CONVENTIONS (wave 30: armed forces taking or occupying ground), not COERCE seize (kept for police confiscation). Source Russia and target Crimea (UKR) right. 'over the summer' -> 2023-SU accepted at the text's precision (document date is mid-June; the year is not decidable from the text)."),
    10: (1, 1, 1, 1, 0, 1, "'The recent assaults have occurred' re-mentions the rioters' assaults reported in earlier sentences. By CONVENTIONS only a same-sentence repeat is a duplicate, so I score it as an event (I would not code it myself). The sentence names no party: empty source/target right. Date wrong: the text dates these assaults to Saturday and before ('two previous assaults'); a set of several assaults over days has no single date, not the document date."),
    11: (1, 0, 1, 1, 1, 1, "Senate 'approved the creation of a special investigative committee' launches an investigation (of electoral fraud, per the story): a trained coder gives ACCUSE (investigate), not SUPPORT (which is verbal approval of another party's policy or act). Source Senate (DOM) right, no target named, empty right; 'said Thursday' = document date right."),
    12: (1, 1, 1, 1, 1, 1, "'Angola has provided the largest sum of its oil royalties to Laos': AID Angola->Laos. The act is carried by 'the government has said' (attribution), so asserted with reported_by Laos is right by CONVENTIONS, although the next sentence calls it a charge (I would lean to reported). Undated, present perfect: document date accepted."),
    13: (1, 1, 1, 1, 0, 1, "'the North Korean missile tests' (MOBILIZE weapons, PRK, no target) is a real act in the US statement. But the tests are dated in the previous sentence (late September, 10 October): background acts of an earlier time given the document date, wrong."),
    14: (0, 0, 0, 0, 0, 0, SP + "'to be signed on the sidelines of the African Union summit in Nairobi in January' names the summit only as the setting of a future signing; no act of the AU is reported. Even as an event it would be future (not asserted) and January is 2024, not 2023-01."),
    15: (1, 1, 1, 1, 1, 1, "Militants opened fire (ASSAULT) in northern Sinai: source militants (EGY) right; the village is a place, no party targeted, empty right. 'early Sunday' from the previous sentence -> 2023-06-11 right; asserted with attribution."),
    16: (1, 1, 1, 1, 1, 1, "Laotian police 'cracking down' on foreign-funded NGOs: COERCE right; target country not given by the text (foreign funded, in Laos): empty code right. Ongoing: document date right."),
    17: (1, 1, 0, 0, 1, 1, "Parties 'supporting the measure': SUPPORT right. Source country empty although the text makes it plain it is Egypt's parliament (EGY), wrong. Target Muslim Brotherhood is wrong: it leads the NSF, a co-supporter; the object supported is the measure (no party), so empty would be right."),
    18: (1, 1, 1, 1, 1, 1, "'Kiribati began building up its military': MOBILIZE, Kiribati, no target. 'in April' -> 2023-04 accepted (the year is not given; nearest April before the document date)."),
    19: (1, 1, 1, 1, 1, 1, "DRC presidential candidate 'is asking for a formal review of Belgium's import duties': REQUEST to Belgium right. Present tense lead, no date in the sentence: document date accepted (the next sentence dates a speech of December 14 where he said his party 'will ask', a separate act)."),
    20: (1, 1, 0, 0, 1, 1, "'Pibor has seen heavy clashes ... between rival armies': ASSAULT right, but Pibor is a place, not a party: the parties are the rival armies (SSD), named in the sentence, so source wrong and the empty target (the other army) wrong. 'of late', ongoing: document date right."),
    21: (1, 1, 0, 1, 1, 1, "'Brussels proposed the extension of the cultural exchanges' is an EU proposal (AGREE, offer): 'Brussels' here is the EU (EUobserver, 'the EU proposal' later), not the Belgian government (BEL), source wrong. No target named: empty right. 'Earlier this month' -> 2023-06 right."),
    22: (0, 0, 0, 0, 0, 0, SP + "'they had already stopped fighting over whether the group should be called moderate' is a dispute over a name, and stopped at that: no ASSAULT, and not asserted."),
    23: (1, 1, 1, 1, 1, 1, "'They are still there and destroying' (they = the militia of the previous sentence): ASSAULT destroy, militia (AIA), no target named. Ongoing: document date right; asserted with the businessman as reported_by."),
    24: (1, 1, 1, 1, 1, 1, "Unions' demand that the Government approve the pay offer: REQUEST to the Japanese Government right; source 'freight unions' (JPN) is one of the two named union groups, accepted. Coded as the purpose of the announced half-day strike: future modality and the strike time (2200 GMT Tuesday from the story) accepted."),
    25: (1, 1, 1, 1, 1, 1, "'the Somali Army and AMISOM have reached an agreement for a cessation of hostilities': AGREE accepted (willingness to end a conflict; reciprocal agreement, both as parties). Reported as news in the quote, no date given for the agreement: document date accepted."),
    26: (1, 1, 0, 0, 0, 1, "'Bermuda agreed to pay $2.7 million to settle the dispute' (AGREE acceptable). Source code USA is wrong for Bermuda (BMU). The party settled with is 'the companies', named in the sentence, target empty wrong. The sentence says 'In 2014': document date wrong."),
    27: (1, 1, 1, 1, 1, 1, "Ban Ki-moon called on Ethiopia to end its arms embargo: REQUEST, UN -> ETH right; reported as news, document date right."),
    28: (0, 0, 0, 0, 0, 0, SP + "'Americans believed that ... American forces were fighting on U.S. soil' is the content of a belief about a vague secret war, not a reported act between political actors; the target 'United States' and the date are also wrong."),
    29: (1, 1, 1, 0, 1, 1, "'They also discussed ways to get closer to the Syrian opposition': CONSULT among the four foreign ministers (source group with no single country, empty code right). The Syrian opposition is the topic, not a party to the talks: target wrong (mutual meeting among the ministers). Reported as news: document date accepted."),
    30: (1, 1, 1, 0, 1, 1, "'They also agreed to let them enter the country': AGREE by North Korean authorities right, but 'them' refers to the defectors (previous sentence), so by CONVENTIONS the target is the defectors and empty is wrong. Reported as news: document date right."),
    31: (1, 1, 1, 1, 1, 1, "'Russia's military buildup on its southern border': MOBILIZE, Russia, no party targeted. Undated (basis unknown): accepted under the unknown-time rule, although an ongoing buildup could take the document date."),
    32: (1, 1, 1, 1, 1, 1, "Military court sentenced Saadi on April 24: SANCTION convict, court (LBY) -> Saadi right; 2023-04-24 right (the story places the April jailing in this year)."),
    33: (0, 0, 0, 0, 0, 0, SP + "'Gareau asks.' only attributes a quote of rhetorical questions; 'asks' is not a request to anyone."),
    34: (0, 0, 0, 0, 0, 0, SP + "'They agreed the leaders' commitment ... was shared by each country' is 'agree' in the sense of concurring in a view, not an offer or commitment to cooperate; the commitment itself is the previous sentence's act."),
    35: (1, 1, 1, 1, 1, 1, "Chief Minister resigned: RETREAT resign (MDG) right; 'Last week' -> 2023-W23 right (document date is in W24)."),
    36: (1, 1, 1, 0, 1, 1, "'The Ronald Reagan destroyed it' (shot down the plane): ASSAULT right. Source 'Ronald Reagan' with USA is scored right on name and country, though the extractor took it as the person, not the USS Ronald Reagan (sector not scored). 'it' is the enemy plane (Tuvalu fighters per the story), so target 'United States' is wrong. Story dates the downings Thursday and Friday; document date (a Thursday) accepted."),
    37: (1, 1, 1, 0, 1, 1, "'a mediator urged on by the United Nations and a rebel group': REQUEST from the UN right, but the party urged is the mediator; the rebel group is a co-urger, so target wrong."),
    38: (1, 1, 1, 1, 1, 1, "Activists 'insisted that the government should not accept any proposals': REQUEST to the government right. The text never names the country (only gazeta.ro), so empty codes are right. Document date right."),
    39: (1, 1, 1, 1, 1, 1, "Students 'vowed to continue protesting against rising tuition fees': PROTEST (KEN), future right, no date: unknown right. Aim is fees, not clearly the authorities: empty target accepted."),
    40: (1, 1, 1, 0, 1, 1, "Workers demanding re-negotiation of concessions: REQUEST right (country not given in the text: empty right). The Central General Labor Conference is the meeting where the concessions were made, not the party addressed (and not AUS): target wrong, empty would be right. Present tense: document date accepted."),
    41: (1, 1, 1, 1, 1, 1, "Haiti imposed martial law on Saturday: COERCE (curfew/martial law), Haiti, no target; 2023-06-10 right."),
    42: (1, 1, 1, 1, 1, 1, "Two women attacked: ASSAULT, no attacker named (empty right), women (ATG) right. 'On Saturday authorities said ... attacked at about 9:30 p.m.' is ambiguous whether Saturday dates the saying or the attack; 2023-06-10T21:30 accepted."),
    43: (1, 1, 1, 1, 1, 1, "'Laos has repeatedly accused Angola of interference': ACCUSE LAO->AGO right; repeated accusations over time, no date: unknown accepted."),
    44: (1, 1, 1, 1, 1, 1, "Angola's government making concessions to Moldova on arms embargoes: CONCEDE AGO->MDA right; 'said on Tuesday' -> 2023-06-13 right."),
    45: (1, 1, 1, 1, 1, 1, "'Martinelli met and was received in Vienna by the prime minister of Luxembourg': CONSULT; mutual meeting, so host as source and visitor as target is right by CONVENTIONS. 'Last year' -> 2022 right."),
    46: (1, 1, 1, 0, 1, 1, "UK 'is providing four Reaper drones': AID from the UK right. The U.S. Department of Defense is a co-provider in the same sentence, not the recipient: target Pentagon wrong (the sentence names no recipient; empty would be right)."),
    47: (1, 1, 1, 0, 1, 1, "'The European Union will continue to oppose a nuclear waste ... facility': REJECT/oppose by the EU accepted, future accepted, no date: unknown right. The object is a facility, no party; target 'Parliament (GBR)' is wrong."),
    48: (1, 1, 1, 1, 1, 1, "Agreement signed between the PNG Foreign Ministry and the PNG New Development Commission: SUPPORT (sign), both as parties, 'last month' -> 2023-05 right."),
    49: (1, 1, 1, 1, 0, 1, "'The two attacks were among the most violent events' re-mentions the two army attacks of earlier sentences; scored as an event since CONVENTIONS count only same-sentence repeats as duplicates (I would not code it). No party named: empty right. Date wrong: the text dates both attacks to Sunday, so 'unknown' is not right."),
    50: (1, 1, 0, 1, 1, 1, "'another man was beaten up ... by members and supporters of Irish Democrats': ASSAULT beat right, target man (no country in the text) right, but the perpetrators are named in the sentence's by-phrase and the source is empty: wrong. No date for the beating: document date accepted."),
    51: (1, 1, 1, 1, 1, 1, "'the workers are demanding:' (list of demands on the state-owned food companies' rules): REQUEST by workers; no addressee named, empty target right; document date accepted. Not a duplicate of #40 (another sentence, other demands)."),
    52: (1, 1, 1, 1, 1, 1, "Rousseff 'told the federal police to deploy additional patrols': REQUEST (order) BRA gov -> federal police right (MOBILIZE police would also be defensible); document date right."),
    53: (1, 1, 1, 1, 1, 1, "'Panama ... has promised to complete it by December 2017': AGREE (promise, linked to linking networks in Argentina and Chile) accepted; no recipient named, empty right; promise not dated: document date accepted. Borderline event."),
    54: (1, 1, 1, 1, 1, 1, "'The offer was welcomed by the United Nations': SUPPORT from the UN right. The FNRANF made the offer but the sentence names only 'the offer' (an act, not a party), so by CONVENTIONS an empty target is right; I would code the FNRANF as target."),
    55: (1, 1, 1, 1, 1, 1, "'The MOI ... has been accused of having encouraged the killing': ACCUSE, accuser unnamed (empty right), MOI (run from Delhi: IND) right; document date accepted."),
    56: (1, 1, 0, 0, 1, 1, "'Several protesters were seen being detained by police': COERCE arrest right, but the police (BGD) detain and the protesters are detained; the extractor made the protesters the source and left the target empty: both wrong."),
    57: (1, 1, 0, 0, 1, 1, "Cyber attack in December 2009: COERCE cyber and 2009-12 right. 'hackers' are named in the sentence, so the empty source is wrong; the attack was 'on the island' (Puerto Rico), named, so the empty target is wrong."),
    58: (1, 1, 0, 0, 1, 1, "Organizers 'refused the police's demand to leave': REJECT organizers -> Dresden police right as parties, but both codes are empty although Dresden and the Berlin organizers (UPBR) make Germany (DEU) plain: wrong by the country rule."),
    59: (1, 1, 1, 1, 0, 1, "'Morocco has not signed the EU-Morocco cooperation agreement': SUPPORT negated, MAR -> EU right. The date 2011-06-02 is the date in the agreement's name, not the date of the (non-)signing: a date from a number that is not the act's date, wrong."),
    60: (1, 1, 1, 1, 0, 1, "Withdrawal of Emirati forces from Swaziland 'would begin on Thursday': RETREAT future accepted (CONVENTIONS: 'is to step down' is future), ARE -> SWZ right. The source spoke on Friday (earlier sentence), so Thursday is 2023-06-15, not 2023-06-22."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]


def main():
    items = [json.loads(l) for l in open(os.path.join(ROUND, "events-a-items.jsonl"))]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        v = V[it["n"]]
        flags = dict(zip(FIELDS, (bool(x) for x in v[:6])))
        if not flags["event"]:
            assert not any(flags.values()), it["n"]
        flags["all"] = all(flags[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = flags
        rec["reasons"] = v[6]
        out.append(rec)
    with open(os.path.join(ROUND, "events-a.jsonl"), "w") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    cols = FIELDS + ["all"]
    print("| field | all %d | %% | real %d | %% |" % (len(out), len(real)))
    print("|---|---|---|---|---|")
    for c in cols:
        a = sum(r["verdict"][c] for r in out)
        b = sum(r["verdict"][c] for r in real)
        print("| %s | %d | %.0f%% | %d | %.0f%% |" % (c, a, 100 * a / len(out), b, 100 * b / len(real)))


if __name__ == "__main__":
    main()
