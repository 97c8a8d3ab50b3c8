"""Round 29, judge b: verdicts on events-b-items.jsonl (scored by docs/judged/CONVENTIONS.md).

usage (from docs/judged/round29): python events-b-tools/verdicts.py
writes events-b.jsonl and prints the per-field table.
"""
import json
from pathlib import Path

# n -> (event, type, source, target, date, modality, reason)
V = {
1: (1, 1, 0, 0, 1, 1, "Approving a treaty = SUPPORT, Monday right; source has code None for the Heard and McDonald Islands governments plus Guinea (from 'Gulf of Guinea', a place); target repeats the source, the treaty has no party"),
2: (1, 1, 1, 1, 1, 1, "Rousseff rejects suggestions: REJECT, no party named for the suggestions, reported as news"),
3: (1, 1, 1, 1, 1, 1, "Police deployed (Belgrade): MOBILIZE police SRB; undated pluperfect act of unknown time left null, accepted"),
4: (1, 1, 1, 1, 1, 1, "Visited Vietnam last year: CONSULT visit LAO->VNM, 2022 right"),
5: (1, 1, 0, 0, 1, 1, "The refusal is Vietnam's, not Washington's (source wrong); it refused to cooperate with Washington, so USA is the target and empty is wrong"),
6: (1, 1, 1, 1, 1, 1, "Prosecutor investigating (Kinshasa): ACCUSE investigate, COD; no party investigated named"),
7: (1, 1, 1, 0, 1, 1, "Government blamed the violence on the National Front, an Iranian Sunni opposition party: target coded as France's National Rally; Monday narrative date right"),
8: (1, 0, 1, 1, 1, 1, "Calling for a worldwide boycott is a call (REQUEST of others / SANCTION intent), not a conducted boycott (PROTEST)"),
9: (1, 1, 1, 1, 1, 1, "Opposition leader called on locals to protest (Suriname story): REQUEST, SUR; call's time not given"),
10: (1, 1, 1, 1, 0, 1, "Signed agreement US-Holy See mutual SUPPORT right; the story's dateline gives December 31, 2013, not the document date"),
11: (1, 1, 0, 0, 1, 1, "'they hailed' = the Philippine faction leaders, not the US; the offer's parties (Germany, Britain, US) are the target, empty wrong"),
12: (1, 1, 0, 0, 1, 1, "Police fired teargas/beat protesters: ASSAULT (crowd-control); source lists the protesters beside the police and the protesters, the target, are left empty; Saturday right"),
13: (1, 1, 1, 0, 1, 1, "Security forces stormed an Islamist meeting: target is the Islamist group, not the country 'Bangla Desh'; Thursday evening = 2023-06-15 right"),
14: (1, 0, 1, 1, 1, 1, "A diplomatic note of protest is ACCUSE (formal complaint), not CONSULT; CHN->CHE, this week (W24), future right"),
15: (1, 1, 1, 1, 1, 1, "Qatar dismissed the accusations: REJECT; the accusers are not named in the sentence so empty target right by the rule"),
16: (1, 0, 1, 1, 1, 1, "Joint arrangement, each side trains the other: mutual COOPERATE (military), not AID"),
17: (1, 1, 0, 1, 1, 1, "Arrested ... identified by police, police said: the police, named in the sentence, are the arresting party; empty source wrong"),
18: (1, 1, 1, 1, 1, 1, "ECJ refused to stay the plan: REJECT, requester unnamed, 'recently' null right"),
19: (0, 0, 0, 0, 0, 0, "Spurious: a constitution 'provides for' equal rights is no act"),
20: (1, 1, 1, 1, 1, 1, "Police said Thursday they were investigating the shooting: ACCUSE investigate JAM, 06-15 right"),
21: (1, 1, 1, 0, 1, 1, "Detention: 'The three' is the detainees (target, empty wrong); the detainer is not named, empty source right by rule"),
22: (1, 1, 1, 1, 1, 1, "Khmer Rouge leaders vowed to negotiate a pact: AGREE, KHM; counterpart unnamed"),
23: (1, 0, 1, 0, 1, 1, "Supporting jihadist groups here is material backing (financing in context): AID not verbal SUPPORT; groups' country not given (SAU wrong); span since 2006 null right"),
24: (1, 1, 1, 1, 0, 0, "'have yet to sign' an MoU: SUPPORT negated, not hypothetical; 2015 is the date of their earlier meeting, not of any signing"),
25: (1, 1, 0, 0, 0, 1, "'It' = the lawsuit of Borit Sadeh, an Israeli man: source Palestine wrong; target adds the plaintiff himself to the settlers; text dates the lawsuit's charges (2011/April 2012), not the document date"),
26: (1, 1, 0, 1, 1, 1, "Deal suspended when the Indonesian government changed policy: the suspender is the government, not the company (a party to the deal); Gatot, the other party, accepted as target; last year = 2022"),
27: (0, 0, 0, 0, 0, 0, "Spurious: protesters 'being well taken care of' is no assault"),
28: (1, 1, 1, 0, 0, 1, "Accord expected to be ratified (future SUPPORT): ratifier unnamed so empty source right, but target Nicaragua government is not in the sentence; Nov. 25 is the election's date, the ratification is 'in time for' it"),
29: (0, 0, 0, 0, 0, 0, "Spurious: a bank evacuated after an explosion is no AID between actors"),
30: (1, 1, 1, 1, 1, 1, "Judeh ordered the Interior Ministry: REQUEST JOR->JOR; background act undated, null right"),
31: (1, 0, 0, 0, 1, 1, "Joint Turkey-Indonesia exercise is military COOPERATE, not MOBILIZE; 'Turkish fighters' names Turkey (source empty wrong), Indonesia the partner; early October future right"),
32: (1, 1, 1, 1, 1, 1, "King told PM Moussa to dispel fears: REQUEST; text does not give Moussa's country otherwise, MAR accepted; Friday right"),
33: (1, 1, 1, 1, 0, 1, "'have so far carried out attacks' is a span since last year: no date, not the document date"),
34: (1, 0, 1, 1, 1, 1, "Leaders 'called for a meeting on Thursday' to discuss: convening a meeting = CONSULT (future), not REQUEST; date value equals document date, accepted"),
35: (1, 1, 1, 1, 1, 1, "Bahamas declared a state of emergency: COERCE, BHS; undated, reported as news"),
36: (1, 1, 1, 1, 1, 1, "Nine demonstrators killed in Daraya Friday: ASSAULT, killers unnamed, SYR, 06-09"),
37: (1, 1, 0, 1, 1, 1, "'The federal police' is named in the sentence (Brazil): empty source wrong"),
38: (1, 1, 0, 1, 1, 1, "Martelly at an international summit: CONSULT multilateral acceptable; Martelly is Haiti's president (Port-au-Prince), not HND"),
39: (1, 1, 0, 0, 1, 1, "The approver is Italy's electoral commission, not the country; the government's reforms: target the Italian government, empty wrong"),
40: (1, 1, 1, 1, 1, 1, "Sarkozy warned about the UMP: THREATEN accepted (warning), FRA->FRA, Saturday right"),
41: (1, 0, 1, 1, 0, 0, "'It' = the DRC foreign ministry; the act is a warning ('will not tolerate'): THREATEN asserted, not a negated REQUEST from 'does not encourage'; the statement is dated April 28 in the story"),
42: (1, 1, 1, 0, 1, 1, "Shot and killed his father, Ray: the father is named in the sentence, empty target wrong; Nov 10 -> 2022-11-10 right"),
43: (1, 1, 1, 0, 1, 1, "Americans held hostage: target is the American hostages (USA), not the CIA and Nicaragua; captors unnamed"),
44: (0, 0, 0, 0, 0, 0, "Spurious: 'the long-running protests are seen as a test of ties' is a topic mention, no act"),
45: (1, 0, 1, 0, 1, 1, "Whether the government will support AMISOM troops' operations: material military support (COOPERATE), not verbal SUPPORT; AMISOM is an AU mission, code SOM wrong (empty)"),
46: (1, 1, 1, 1, 1, 1, "AGREE inside the group's denial: reported modality accepted, UKR"),
47: (1, 1, 1, 1, 1, 1, "Eritrea agreed to provide training: AGREE, target's country not given"),
48: (1, 1, 1, 0, 1, 1, "McKenna will meet Hilda Heine: Heine is Marshall Islands president, code CAN wrong (MHL)"),
49: (0, 0, 0, 0, 0, 0, "Spurious: hair 'pulled back' is no RETREAT"),
50: (1, 1, 1, 1, 1, 1, "Ng met Defence Ministry members Tuesday: CONSULT, 06-13"),
51: (1, 1, 1, 1, 1, 1, "UN refugee official called on Kenyan authorities: REQUEST UNO->KEN, earlier this month 2023-06"),
52: (1, 1, 1, 1, 1, 1, "Police used water cannons to disperse protesters: ASSAULT crowd-control NOR->NOR"),
53: (1, 1, 1, 1, 1, 1, "Nguesso arrested more than a year ago: COERCE arrest, arrester unnamed; 2022 accepted for 'more than a year ago' (lenient)"),
54: (1, 1, 0, 1, 1, 1, "'The Mission' = the U.N.'s Mission to the DRC: code USA wrong (UN body)"),
55: (1, 1, 1, 0, 1, 0, "British efforts to negotiate a settlement (with Argentina): 'settlement' is no party; efforts under way are asserted, not hypothetical"),
56: (1, 1, 1, 1, 1, 1, "Police attacked with rocks overnight, said Sunday: ASSAULT ->police COD, attackers unnamed in sentence"),
57: (1, 1, 0, 1, 0, 1, "No phone call from Kony: negated CONSULT mutual; Kony (LRA, fighting the Ugandan military) coded CFR, wrong (counted once, on the source); a span over a year has no date, not Friday"),
58: (0, 0, 0, 0, 0, 0, "Spurious: a storm hit the islands"),
59: (1, 1, 1, 1, 1, 0, "ICRC stopped sending aid Wednesday: SANCTION discontinue asserted, or AID negated (as 'RETREAT negated' in CONVENTIONS); AID asserted says the aid was sent. Luhansk (UKR) accepted as target"),
60: (1, 1, 0, 1, 1, 1, "Sidiki led the group demanding his uncle's return: source is Sidiki/his group, not the police"),
}

FIELDS = ("event", "type", "source", "target", "date", "modality")


def main():
    here = Path(__file__).resolve().parents[1]
    items = [json.loads(l) for l in open(here / "events-b-items.jsonl")]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    rows = []
    with open(here / "events-b.jsonl", "w") as f:
        for it in items:
            v = V[it["n"]]
            verdict = {k: bool(x) for k, x in zip(FIELDS, v[:6])}
            verdict["all"] = all(v[:6])
            rows.append(verdict)
            f.write(json.dumps({**it, "verdict": verdict, "reasons": v[6]}) + "\n")
    real = [r for r in rows if r["event"]]
    print(f"{'field':10s} {'all 60':>12s} {'real (%d)' % len(real):>12s}")
    for k in FIELDS + ("all",):
        a = sum(r[k] for r in rows)
        b = sum(r[k] for r in real)
        print(f"{k:10s} {a:3d} ({100*a/len(rows):3.0f}%)   {b:3d} ({100*b/len(real):3.0f}%)")


if __name__ == "__main__":
    main()
