"""Round 23, judge a: verdicts on the 60 sampled events (seed 20261326), scored by docs/judged/CONVENTIONS.md.

n -> (event, type, source, target, date, modality, reason), 1 = right.
Writes ../events-a.jsonl (each item of ../events-a-items.jsonl with "verdict" and "reasons") and prints the
per-field table (all 60, and real events only).

usage (from docs/judged/round23): python events-a-tools/verdicts.py
"""
import json
from pathlib import Path

V = {
    1: (1, 1, 1, 1, 1, 1, "Burundians 'being murdered and attacked' (one act, one event): ASSAULT, attacker unnamed so empty source right, target Burundians/BDI right; going on when told -> document date; quote attribution keeps asserted."),
    2: (1, 1, 1, 0, 1, 1, "Killing in a bombing on Monday (2023-06-12 right); bomber unnamed, empty source right; but the sentence names the victims ('four suspected Ebola sufferers', a common-noun group) and the target is empty."),
    3: (1, 1, 0, 0, 1, 1, "Offer to send assistance -> AGREE (offer/promise) right; 'September 30th' -> 2022-09-30 right. Source: the text makes him 'Cote d'Ivoire's President' (CIV); TGO comes from world knowledge, wrong by the text. Target adds 'Chile government' (from 'Santiago de Cuba'), not a party."),
    4: (1, 1, 0, 0, 1, 1, "Philadelphia march is a PROTEST, but the protesters are put as target with an empty source: they are the source; the target slot holds the protesters (wrong party)."),
    5: (1, 1, 1, 1, 1, 1, "Demonstrators (National Mall -> USA) marching; sentence names no aim, empty target right; no date in the (cut) sentence -> document date."),
    6: (1, 1, 1, 1, 1, 1, "Militants attacked Iraqi police officers near Baquba: ASSAULT, IRQ militants / IRQ police right. Date: the report is of Wednesday's incidents ('a separate incident' the same day); narrative Wednesday accepted (document date would also be defensible)."),
    7: (0, 0, 0, 0, 0, 0, "Duplicate: 'attacked, burned, and destroyed' is one attack on the police, already coded from this sentence as e2 'attacked'; and this copy even makes the police the source of the destruction. Spurious."),
    8: (1, 1, 1, 1, 1, 1, "KLA attacked a U.N. base 'this spring': ASSAULT KLA/XKX -> UN right, season date right, attribution to NATO keeps asserted."),
    9: (1, 1, 1, 1, 1, 1, "South Africa and seven states agreed to double aid: commitment -> AGREE; reciprocal agreement, empty target right; 'have agreed' as news -> document date."),
    10: (1, 1, 0, 0, 1, 1, "THREATEN on Saturday right, but the source is the state 'Equatorial Guinea' instead of the paramilitary group that warned, and the named target 'all government critics' is missing."),
    11: (1, 1, 1, 1, 1, 1, "'is not convicted of murder': SANCTION convict, negated, Frenkie/ZAF target right; court unnamed, empty source right; negated act, document date accepted."),
    12: (1, 1, 1, 0, 1, 1, "Governor declared a state of emergency: COERCE right; 'The governor' = Charles Roache (GBR defensible: 'former British colony', British Army; text muddled). The emergency is declared 'for the BVI', named in the sentence, target empty -> wrong. 'reportedly' is attribution -> asserted."),
    13: (1, 1, 0, 0, 1, 0, "Kibaki 'urging them to leave' is a REQUEST by Kibaki to the protesters; the extractor has the protesters as source and an Interior Ministry official as target, and makes the urging hypothetical (it is asserted; only the warned chaos is conditional). Undated 'earlier' -> unknown accepted."),
    14: (1, 1, 1, 1, 0, 1, "Rebel groups fought for control: ASSAULT, TCD rebels right, no target named. Date: 'over that period of time' = since April last year, a background act of an earlier time given the document date -> wrong."),
    15: (1, 0, 1, 1, 1, 1, "Cuban government agreed to change (loosen) its curfew: PLOVER codebook codes a promise of easing restrictions / removing curfews as CONCEDE, not AGREE (CAMEO2PLOVER maps CAMEO 0351 to AGREE; I score by the codebook's CONCEDE definition). Diplomat said on Sunday -> 2023-06-11 right."),
    16: (1, 1, 1, 1, 0, 1, "Hasina launched a campaign for repeal of the law: call for a policy change, REQUEST accepted. Date: background act (before the protests of the weekend, undated) given the document date -> wrong."),
    17: (1, 1, 1, 1, 1, 1, "Headline 'Russia, China Agree to Work More in Cooperation on Border Control': an act (AGREE) with both parties; mutual, either way round right (both listed in both slots)."),
    18: (1, 1, 1, 0, 1, 1, "Attacks by Houthi militants (YEM: named group) right; the killed 'three-month-old baby and two other civilians' are named in the sentence but the target is empty."),
    19: (1, 1, 1, 1, 1, 1, "Nasheed called on the newly elected president to rescind: REQUEST Nasheed -> 'newly elected president' (Adaa Qaani, MDV) right; 'had previously' undated -> unknown right."),
    20: (0, 0, 0, 0, 0, 0, "Legislators 'want to ban high-capacity assault rifles': a gun-control preference, no act on a political actor; COERCE ban is banning individuals or organizations. Spurious."),
    21: (1, 1, 1, 1, 0, 1, "A march on Saturday: PROTEST, demonstrators right (LUX accepted: the story's cantons read as Luxembourg's, the text never names another country), no aim named -> empty target right. The text gives 'Saturday' (2023-06-10) but the date is unknown -> wrong."),
    22: (1, 1, 1, 0, 1, 1, "Rahmon refused to allow opposition candidates to run: REJECT asserted per CONVENTIONS ('refused to' -> REJECT); the sentence names the party acted on ('opposition candidates') but the target is empty."),
    23: (1, 1, 1, 1, 1, 1, "'Rwanda claims it does not support the rebels': SUPPORT negated, Rwanda -> rebels (fighting Kagame's government, RWA accepted). Modality: a denial of one's own act; negated scored right (CONVENTIONS' 'claim -> reported' is for acts claimed of others)."),
    24: (1, 1, 1, 1, 1, 1, "'He' = Shintaro Ishihara, Tokyo governor (JPN) called for an urgent meeting: REQUEST meet, no addressee named; news -> document date."),
    25: (1, 1, 1, 1, 1, 1, "'Rwanda has been accused of backing the rebels': ACCUSE, accuser unnamed, target Rwanda; accusations going on -> document date."),
    26: (1, 1, 1, 1, 1, 1, "United States backs Macedonia's EU bid: SUPPORT USA -> MKD right, current stance -> document date."),
    27: (1, 1, 1, 1, 1, 1, "'four more terrorists were killed': ASSAULT, killer not named in that clause (empty right), target the terrorists (country not given, empty code right); Monday (2023-06-12) from the operation near Hebron."),
    28: (1, 1, 1, 0, 1, 1, "Beyer condemns the brutal treatment 'by the government of Mauritania': ACCUSE disapprove right, but the named government of Mauritania is missing as target."),
    29: (1, 1, 1, 0, 0, 1, "'thousands of people have been killed' in Darfur's ethnic war: target is 'people' coded USA (they are in Sudan) -> wrong; a total summed over time has no date, document date -> wrong."),
    30: (1, 1, 0, 0, 1, 1, "NJ Division of Homeland Security agreed to provide assistance: AGREE right, but source is 'United States' (the country) instead of the state agency, and the named recipient (State of New Jersey) is missing."),
    31: (1, 0, 1, 0, 1, 0, "Andorra 'has been negotiating, for some time, to ratify the treaty': it has not ratified; the act is negotiating (CONSULT), the ratification at most intended. SUPPORT asserted wrong in type and modality; target is the speaking Panamanian ambassador, wrong. Source Andorra right; going on -> document date right."),
    32: (1, 1, 1, 1, 0, 1, "Boko Haram suicide bomber shot dead: ASSAULT, target right, shooter unnamed; the text dates the act at the checkpoint 'on August 28' (2022-08-28) but the date is unknown -> wrong."),
    33: (1, 1, 1, 1, 1, 1, "Opposition leader Oumar Ould Abdel (TCD) joined the demonstrations 'earlier on Monday' (2023-06-12): PROTEST, no aim named in the sentence -> empty target right."),
    34: (1, 1, 1, 1, 1, 1, "Ruling party and coalition partner reached a deal on Thursday to resolve labor strife: agreement to act together -> AGREE accepted; mutual, empty target right; Thursday = 2023-06-15 right."),
    35: (1, 1, 1, 1, 1, 1, "Thailand raised its military readiness on Friday (2023-06-09): MOBILIZE right."),
    36: (1, 1, 0, 0, 1, 1, "Envoy agreed to open diplomatic missions: AGREE right, Monday right. Source: he is an 'international envoy to the CAR', not a CAR party: CAF code wrong. Target: 'in the country' refers to the CAR, missing."),
    37: (1, 1, 1, 1, 1, 1, "'another person who is accused': ACCUSE allege (charged), accuser unnamed, target 'person' (BRA, Sao Paulo story) right; present accusation -> document date. Borderline as an event (relative clause), counted."),
    38: (1, 1, 0, 1, 1, 1, "Strike began June 4th: PROTEST strike, date right. Source empty, but the sentence names 'the workers' (the strikers) -> wrong. Target: aim is the company's wage offer -> empty target right (CONVENTIONS: aim a company/employer)."),
    39: (1, 1, 1, 0, 0, 1, "Students and teachers demanding the reinstatement of Santos: REQUEST right, COL source right. Target Santos is the beneficiary, not the addressee of the demand (none named) -> wrong. Date: the protest movement has been going on 'since June 2012' -> document date; 2012-06 (start of the span) wrong."),
    40: (1, 1, 1, 0, 1, 1, "IMF guidelines 'call on member countries' to move to market-based requirements: REQUEST from IMF accepted; the named addressee 'member countries' missing as target."),
    41: (1, 1, 0, 1, 1, 1, "'if the military does not pull out of Rakhine state': hypothetical RETREAT, date unknown right; 'the military' is Myanmar's (MMR plain from the sentence) but its code is empty -> source wrong."),
    42: (1, 1, 1, 1, 1, 1, "Foreign ministers of Russia, Turkey, Iran and Britain supported the negotiation process with the Syrian regime: SUPPORT, source 'foreign ministers' (multinational, empty code) + Russia accepted, target Syrian regime accepted; Tuesday (2023-06-13) right."),
    43: (1, 1, 1, 1, 1, 1, "Edi Rama held talks with party leader Hashim Thaci on Friday night: CONSULT, target 'party leader' = Thaci (ALB by the text) right, 2023-06-09 night right."),
    44: (1, 0, 1, 1, 1, 1, "Leaders of Congo, Cameroon and Sao Tome 'sealed a landmark deal' (the signing of the peace accord of the previous sentence): finalizing/signing an agreement is SUPPORT in PLOVER (CAMEO 057 -> SUPPORT), not AGREE. Parties and Wednesday right (Congo -> COD accepted)."),
    45: (1, 1, 1, 0, 1, 1, "'The warplanes struck our position': ASSAULT Israeli warplanes, Saturday 6:40 right; 'our position' refers to the speaker's army (Jordanian army spokesman), a party referred to in the sentence, target empty -> wrong."),
    46: (1, 1, 1, 1, 0, 0, "Organizers 'call for a demonstration on the day after', and there have been no public actions: the demonstration is future, not asserted -> modality wrong; the day after the Moscow protest of February 8 is February 9, not 2023-01-09 -> date wrong."),
    47: (1, 1, 1, 0, 0, 1, "Libyan authorities have arrested 3,500 people (migrants): COERCE right; the arrested are migrants trying to reach Italy, their country is not given -> LBY wrong; 'have so far arrested' is a total summed over the year -> no date, document date wrong."),
    48: (1, 1, 1, 1, 1, 1, "Police (Oslo -> NOR) fired rubber bullets and tear gas: ASSAULT crowd-control; protesters not named in the sentence -> empty target right; Monday evening (2023-06-12) right."),
    49: (1, 1, 1, 0, 1, 1, "'The United States stands with our friends ... in the Commonwealth and Australia in helping the people of Sri Lanka': SUPPORT by USA, Friday right; the parties supported are named in the sentence but the target is empty."),
    50: (1, 1, 0, 1, 0, 1, "Demonstrators protesting the Panama Canal expansion: PROTEST; source lists the state 'Panama' as a protester and gives the demonstrators no code (Panama is plain) -> wrong; empty target accepted. The protest was 'Tuesday night' (2023-06-13); 2023-06-14 is the day authorities spoke -> wrong."),
    51: (1, 1, 1, 1, 1, 1, "Three protesters arrested for blocking the highway around Belgrade: COERCE arrest, police unnamed, SRB protesters right; no date in the sentence -> document date."),
    52: (1, 1, 1, 1, 1, 1, "Suicide car bomb in Zagreb killed 44 people Tuesday: ASSAULT, bomber unnamed, target 44 people/HRV, 2023-06-13 right."),
    53: (1, 1, 1, 1, 1, 1, "Dec. 10, when two people were killed when bombs were thrown: ASSAULT, target two people/IND, 2022-12-10 right."),
    54: (1, 1, 0, 0, 1, 1, "'A man shot dead by the president's bodyguards, Mohammed Kami Sidiki': the victim is made the source and the bodyguards (the shooters) are missing; target empty -> wrong. Undated in the sentence -> unknown accepted."),
    55: (0, 0, 0, 0, 0, 0, "Duplicate: 'the army opened fire on demonstrators, reportedly killing at least 10' is one act, already coded from this sentence as e4 'opened'. Spurious."),
    56: (1, 1, 1, 0, 1, 1, "'He was sentenced to five years': SANCTION convict right; 'He' is the blogger (Aswini), but the target is Setya Novanto, the minister who said it -> wrong. Undated -> unknown accepted."),
    57: (0, 0, 0, 0, 0, 0, "'The strike comes as Japan struggles with a mounting...': a back-reference to the strike already reported in the lead (Tuesday), no act of its own in this sentence; not an event (and it would carry the wrong date)."),
    58: (1, 1, 1, 1, 1, 1, "German authorities have taken 20 arms suspects into custody: COERCE arrest DEU -> suspects (in Germany) right; reported as this news -> document date."),
    59: (1, 1, 1, 0, 0, 1, "IMF decided to ease borrowing rules and lower repayments to Curacao: CONCEDE accepted (CAMEO 081 -> CONCEDE); the named Curacao missing as target; the text dates the announcement 'last week' but the date is unknown -> wrong."),
    60: (1, 1, 1, 1, 1, 1, "Greenland and Belize have coordinated on climate change (working visits and exchanges): CONSULT accepted, mutual; Greenland coded DNK accepted (constituent country of Denmark); current news -> document date."),
}

FIELDS = ("event", "type", "source", "target", "date", "modality")
HERE = Path(__file__).resolve().parents[1]


def main():
    items = [json.loads(line) for line in open(HERE / "events-a-items.jsonl")]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 61))
    rows = []
    with open(HERE / "events-a.jsonl", "w") as out:
        for it in items:
            *marks, reason = V[it["n"]]
            if not marks[0]:
                assert not any(marks), it["n"]  # a spurious event is wrong in every field
            verdict = {f: bool(m) for f, m in zip(FIELDS, marks)}
            verdict["all"] = all(marks)
            rows.append(verdict)
            out.write(json.dumps({**it, "verdict": verdict, "reasons": reason}, ensure_ascii=False) + "\n")
    real = [r for r in rows if r["event"]]
    print(f"{'field':<10} {'all 60':>14} {'real events':>16}")
    for f in FIELDS + ("all",):
        a = sum(r[f] for r in rows)
        b = sum(r[f] for r in real)
        print(f"{f:<10} {a:>3}/{len(rows)} {100*a/len(rows):5.1f}%  {b:>3}/{len(real)} {100*b/len(real):5.1f}%")


if __name__ == "__main__":
    main()
