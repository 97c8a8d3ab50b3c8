"""Round 32, judge a: verdicts on the 60 sampled events (events-a-items.jsonl), scored by ../../CONVENTIONS.md.

V[n] = (event, type, source, target, date, modality, reason), 1 right / 0 wrong; a spurious event is 0 in
every field. Writes ../events-a.jsonl and prints the per-field table (all 60, and real events only).

usage (from docs/judged/round32): python events-a-tools/verdicts.py
"""
import json
from pathlib import Path

V = {
    1: (1, 1, 0, 1, 1, 1, "'the attacks' (the recent rocket attacks) by separatist rebels, who are named in the sentence: "
        "ASSAULT right, source empty is wrong; no party attacked is named, empty target right; recent act, document date "
        "right; asserted with Maza as reporter right."),
    2: (1, 1, 1, 1, 1, 1, "Jordanian jets bombed an army post on the border with Syria on Friday (2023-06-09): Jordan -> Syria "
        "taken as right (the post is not Jordan's own; Syria is the only other state the sentence names; ambiguous), date right."),
    3: (1, 1, 1, 0, 1, 1, "'government and opposition officials accusing each other': ACCUSE right; the merged source "
        "(MKD) names the accusing parties, but a mutual accusation needs the other side as target, and the target is empty. "
        "Ongoing, document date right."),
    4: (1, 1, 1, 1, 1, 1, "Armenian government accuses Azerbaijan (present tense, document date): all right; not a duplicate "
        "by the sentence rule (the Thursday accusation is coded from the previous sentence)."),
    5: (1, 1, 1, 1, 1, 1, "'Nepal does not wish to hold higher-level meetings with Colombian counterpart': I would code "
        "REJECT (meet) asserted, but CONVENTIONS accepts the negated act ('refused to withdraw' = RETREAT negated), so "
        "CONSULT negated Nepal -> Colombia is right; document date right."),
    6: (1, 1, 1, 1, 1, 1, "'The attack was ... carried out from overseas': the cyberattack, COERCE cyber; no attacker or "
        "target party named in the sentence, both empty right; undated act of unknown time, unknown right."),
    7: (0, 0, 0, 0, 0, 0, "Truncated fragment 'Rasmussen stressed that NATO's cooperation with Russia': a topic noun with "
        "no act reported (what he stressed is cut off): spurious."),
    8: (1, 1, 1, 1, 1, 1, "Justice Department seeking a restraining order to prohibit the demonstrations: REQUEST (to a "
        "court, unnamed) accepted; no addressee named, empty target right; document date, asserted right."),
    9: (1, 1, 1, 0, 1, 1, "Ethiopia 'supported the world health body's ongoing work': SUPPORT right, source right; "
        "'the world health body' is a description of the WHO in the sentence, so the empty target is wrong; Sunday "
        "(the same statement as the first sentence's) right."),
    10: (1, 0, 1, 0, 1, 1, "Beyer 'sent a letter to ... John Kerry asking him to support' a campaign: the act is a REQUEST "
         "to Kerry, not a CONSULT; target should be Kerry (USA), not the Mauritanian officials named inside the request."),
    11: (0, 0, 0, 0, 0, 0, "'Canada agrees to a withdrawal of the United Kingdom': the withdrawal is the object of the "
         "AGREE already coded from this line (e2); a statement about an act is coded as the statement only, so this "
         "asserted RETREAT is spurious."),
    12: (1, 1, 1, 1, 1, 1, "Kerry 'has ordered his officials to work closely with their British counterparts': REQUEST "
         "(an order) Kerry -> his officials (USA) right, though a coder may prefer the AGREE/COOPERATE with Britain; "
         "document date right."),
    13: (1, 1, 0, 1, 1, 1, "Armed factions 'say they will pull out': CONCEDE (promise to withdraw) asserted right, but the "
         "source is the armed factions (an armed group), not the state Dominican Republic; no target."),
    14: (1, 1, 1, 0, 1, 1, "Indian Army 'calling upon its military recruits to provide intelligence and support the "
         "campaign': REQUEST (order) accepted (MOBILIZE arguable); the recruits are named, so the empty target is wrong."),
    15: (1, 1, 1, 1, 0, 1, "Suthep led the protests against Yingluck during her 2011-2014 term: PROTEST Suthep -> Yingluck "
         "(head of government) right, but a background act of 2011-2014 given the document date."),
    16: (1, 1, 1, 1, 0, 1, "The proposal 'formally backed by' Obama: SUPPORT right, no party as target (a plan), empty right; "
         "the backing has no date in the text (it is not Israel's Monday agreement): Monday 2023-06-12 carried from the "
         "previous sentence is wrong (document date or unknown would be right)."),
    17: (1, 1, 1, 1, 1, 1, "The resolution approved by the assembly 'calls for' a new National Guard unit: REQUEST by the "
         "Republican Assembly, Tuesday (the resolution's adoption) right; GBR for the Cayman Islands accepted as its "
         "sovereign (its own code CYM would also be right)."),
    18: (1, 1, 1, 1, 1, 1, "Cameron condemned the attack on Sunday: ACCUSE, no perpetrator named in the sentence, empty "
         "target right; Sunday 2023-06-11 right."),
    19: (1, 1, 1, 1, 1, 1, "Tajik authorities accuse Kyrgyz police of violence: all right."),
    20: (1, 1, 0, 1, 1, 1, "Roache 'has asked for 5,000 men': REQUEST accepted, no addressee named; but Roache is the "
         "governor of Antigua and Barbuda (a former British colony), so GBR is the wrong country (ATG)."),
    21: (1, 1, 1, 1, 1, 1, "Indonesian government 'pledged $3 billion in health and education initiatives': AGREE (promise "
         "of aid) accepted; no clear recipient party, empty right; Monday (the same package) right."),
    22: (1, 1, 1, 1, 1, 1, "Police in Guam rounded up over 80 people: COERCE arrest; USA for Guam accepted (US territory); "
         "document date right."),
    23: (1, 1, 1, 1, 1, 1, "Benin and Syria signed a trade agreement Sunday: SUPPORT (sign), mutual, Sunday right."),
    24: (0, 0, 0, 0, 0, 0, "Truncated 'The government has said the economic measures, including changes to the health "
         "system,': no act is reported; a THREATEN from 'said' is spurious."),
    25: (1, 1, 1, 1, 0, 1, "'The UN top court ruled in March that genocide was committed': the genocide (Srebrenica, July "
         "1995 in the previous sentence) is an ASSAULT massacre with no party named; March is the ruling's date, not the "
         "act's (the text gives 1995): date wrong."),
    26: (1, 1, 1, 1, 1, 1, "Anguilla ratified the agreement, announced February 15: SUPPORT right; the source also lists an "
         "uncoded 'government' beside Anguilla (AIA), the same party, accepted; February 15 2023 right."),
    27: (1, 1, 1, 1, 1, 1, "Bulgaria 'has received more than 5 million euros in funding': AID, donor unnamed (empty source "
         "right), target Bulgaria right, undated (unknown right)."),
    28: (1, 1, 1, 1, 1, 1, "'The biggest protests took place in Suez and Alexandria, Egypt': PROTEST, no protester party "
         "named in the sentence (empty right), no aim named (empty target right by the general rule; Egypt would also "
         "be right); ongoing unrest, document date right."),
    29: (1, 1, 1, 1, 1, 1, "Kabila praised the new deal: SUPPORT by Kabila (COD), the deal is no party, empty target right; "
         "no date in the sentence (it follows the Jan. 9 signing), unknown asserts no wrong date, accepted."),
    30: (1, 1, 0, 0, 1, 1, "'Sudanese man deported to Faroe Islands': COERCE deport is right, but Sudan is the man's origin, "
         "not the deporter (not named: empty), and the target is the Sudanese man, not the Faroe Islands; headline act, "
         "document date accepted."),
    31: (1, 1, 1, 1, 1, 1, "Croatian PM: 'today we have signed an agreement' (said this week): SUPPORT (sign) right; the "
         "other party is not named in the sentence, empty right; document date within 'this week' accepted."),
    32: (1, 0, 1, 0, 1, 1, "'He called Hashim Thaci to meet him': asking Thaci to a meeting is a REQUEST (meet), no phone "
         "consultation is reported; Thaci is Rama's party leader in Albania in this text, so KSV is the wrong country."),
    33: (0, 0, 0, 0, 0, 0, "Iraqi civilians 'being targeted with false information and propaganda': the act is COERCE "
         "misinformation; an ASSAULT from 'targeted' is a trigger in another sense, which CONVENTIONS counts as no "
         "event (the 'took a swipe at' rule): spurious."),
    34: (1, 1, 1, 1, 1, 1, "Samoa government 'promised that a new budget will be submitted in May': a promise of policy, "
         "AGREE accepted (a borderline PLOVER event); no target; document date right."),
    35: (1, 1, 1, 1, 0, 1, "FSA statement asked UN envoy de Mistura to decide quickly: REQUEST FSA -> UN envoy right, but "
         "the date 2023-03-26 is the clashes' date from the previous sentence; the statement is this week's news."),
    36: (1, 1, 1, 0, 1, 1, "Obama: 'the United States has strengthened cooperation with Muslim nations': COOPERATE "
         "accepted (SUPPORT also fits); 'Muslim nations' is a named group, so the empty target is wrong."),
    37: (0, 0, 0, 0, 0, 0, "'The depot was discovered last week by a military patrol': a routine patrol discovering an "
         "arms depot; no deployment is reported, MOBILIZE from the noun 'patrol' is spurious."),
    38: (1, 1, 1, 0, 1, 0, "The opposition 'has not been able to force President Jonathan to accept' its governors: "
         "Jonathan has not accepted, so AGREE must be negated, not asserted; the target is the opposition (whose "
         "request he does not accept), not empty."),
    39: (1, 1, 1, 0, 1, 1, "'We have had numerous cyber attacks in the last 10 years': COERCE cyber, attacker unnamed, but "
         "'we' (the speaker's Puerto Rico Government Development Bank) is the target, empty is wrong; a span has no "
         "date, unknown right."),
    40: (1, 1, 1, 1, 1, 1, "Guelleh pledged $300,000 in aid: AGREE (promise of aid) accepted; the recipient is his own "
         "Djibouti (a place), empty target right; document date right."),
    41: (0, 0, 0, 0, 0, 0, "'End ICE detention centers NOW' is the text of a protest banner: no detention act is "
         "reported: spurious."),
    42: (1, 1, 1, 1, 0, 1, "'The ICC began operating the office in 2008 to investigate human rights violations in South "
         "Sudan': ACCUSE investigate by the ICC right, no party investigated named; the act is of 2008, not the document "
         "date."),
    43: (1, 1, 1, 0, 1, 1, "Police taking advantage of their power 'by arresting critics': COERCE arrest by the police "
         "(WSM) right, but the target is the critics, not the state Samoa; ongoing pattern, document date accepted; "
         "'She said' keeps it asserted."),
    44: (1, 1, 0, 1, 1, 1, "'The rebel coalition announced ... that they planned to lay down their arms': CONCEDE "
         "(promise to disarm) right, but the source is the rebel coalition, not the Nicaraguan government."),
    45: (1, 1, 1, 1, 1, 1, "Air strike by the Austrian Air Force killed 10 fighters of a NATO training mission, said "
         "Thursday: ASSAULT Austria -> NATO right, document date right."),
    46: (1, 1, 0, 0, 1, 1, "'The 54-year-old leader was found guilty ...' SANCTION convict, Friday right; 'the tribunal's "
         "judges' in the same sentence name the convicting party, so the empty source is wrong; the leader is Perez "
         "Molina, Guatemalan (GTM), target country empty is wrong."),
    47: (1, 1, 1, 0, 0, 1, "'hundreds have been deported each year ... to northern Argentina': COERCE deport, deporter "
         "unnamed (empty right); the target is the deportees, not Argentina (the destination); a yearly recurring "
         "total has no date, document date wrong."),
    48: (1, 0, 0, 0, 1, 1, "Asylum application 'accepted by local officials' at Lesbos: granting asylum is AID, not AGREE; "
         "the officials are Greek (not ITA) and the target is the man (Fadel Abdul Latif), not Italy; undated, unknown "
         "accepted."),
    49: (1, 1, 1, 0, 0, 1, "'the police held me back' (Yuen's arrest): COERCE arrest by Singapore police right, but 'me' "
         "is Yuen (Taiwanese), target empty is wrong; the arrest is an earlier act of unknown time, document date wrong."),
    50: (1, 1, 0, 1, 1, 1, "Kabila blamed the D.U.R. for inciting protests: ACCUSE right, target right; Kabila the "
         "president has a country (COD by name; the text is muddled between Angola and DRC) and the source has none: "
         "wrong."),
    51: (0, 0, 0, 0, 0, 0, "'The attack ... appears to have been the first time the militants have struck Kabul': "
         "'struck' is the same act as 'the attack' already coded from this sentence (e3): a duplicate, spurious by "
         "the rule (this one has the better arguments)."),
    52: (1, 1, 0, 0, 1, 1, "Students called on President Sanchez Ceren to resign: REQUEST right, but the president is put "
         "among the sources with the students and the target is empty; document date accepted."),
    53: (1, 1, 0, 1, 1, 1, "Namibia's students' mass walkout Monday in a protest: PROTEST, Monday right; the students "
         "(named in the sentence) are the protesters, empty source wrong; empty target right."),
    54: (1, 1, 1, 1, 1, 1, "Karzai asked Hailey Hamid to represent the people of the country: REQUEST Karzai -> Hailey "
         "(AFG) right; this week's ceremony, document date accepted."),
    55: (1, 0, 0, 0, 0, 0, "'the delegation was expected to receive a letter of invitation from the Eritrean authorities': "
         "an invitation is AGREE by the authorities (source) to the delegation (target), not a CONSULT by the "
         "delegation; 'was expected to' makes it future, not asserted; a future act given the document date."),
    56: (1, 0, 1, 1, 1, 1, "Bulgaria's opposition 'on Wednesday suspended protests': the act is the suspension (CONCEDE/"
         "RETREAT), not a PROTEST held Wednesday; source, empty target, Wednesday and asserted right for the act."),
    57: (1, 1, 1, 1, 1, 1, "'UK prime minister meets US president in Washington': CONSULT GBR <-> USA right; undated line, "
         "document date accepted."),
    58: (1, 1, 1, 1, 1, 1, "Netanyahu issued a condemnation, calling for calm: REQUEST (call for calm) accepted (the "
         "condemnation is another act of the sentence); no addressee, document date right."),
    59: (1, 1, 1, 0, 1, 1, "Milosevic 'will be holding talks with the heads of ethnic Albanian parties Friday': CONSULT "
         "future, Friday 2023-06-16 right; the target is the ethnic Albanian parties (in Croatia in this text), not the "
         "state Albania."),
    60: (0, 0, 0, 0, 0, 0, "'six hunger-strikers had died since the strike started': the strike is a hunger strike "
         "(PROTEST); ASSAULT from 'strike' is a trigger in another sense: spurious."),
}

FIELDS = ("event", "type", "source", "target", "date", "modality")
HERE = Path(__file__).resolve().parents[1]


def main():
    items = [json.loads(line) for line in open(HERE / "events-a-items.jsonl")]
    assert len(items) == 60 and sorted(V) == list(range(1, 61))
    out = []
    for it in items:
        v = V[it["n"]]
        assert len(v) == 7 and all(x in (0, 1) for x in v[:6])
        if not v[0]:
            assert not any(v[1:6]), it["n"]
        verdict = {f: bool(x) for f, x in zip(FIELDS, v[:6])}
        verdict["all"] = all(v[:6])
        out.append({**it, "verdict": verdict, "reasons": v[6]})
    with open(HERE / "events-a.jsonl", "w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    real = [o for o in out if o["verdict"]["event"]]
    print(f"{'field':10} {'all 60':>14} {'real events':>16}")
    for f in FIELDS + ("all",):
        a = sum(o["verdict"][f] for o in out)
        r = sum(o["verdict"][f] for o in real)
        print(f"{f:10} {a:3}/{len(out)} {100 * a / len(out):5.1f}%   {r:3}/{len(real)} {100 * r / len(real):5.1f}%")


if __name__ == "__main__":
    main()
