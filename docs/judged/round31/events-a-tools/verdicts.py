"""Round 31, judge a: verdicts on the 60 sampled events (seed 20261355), scored by docs/judged/CONVENTIONS.md.

n -> (event, type, source, target, date, modality, reason); 1 = right. A spurious event is 0 in every field.
Writes ../events-a.jsonl and prints the per-field table (all 60, and real events only).

usage: python events-a-tools/verdicts.py   (from docs/judged/round31)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROUND = HERE.parent
S = (0, 0, 0, 0, 0, 0)  # spurious

V = {
    1: (1, 1, 1, 0, 1, 1, "THREATEN to walk away from talks with SADC is right; source 'African Nations' (no code) is the party the sentence names. Target also lists South Africa, which is the cause ('over South Africa's decision'), not the party threatened -> target wrong. SADC's IGO code SAD taken as no wrong country."),
    2: S + ("Spurious: 'admitted accepting the bribe' is not AGREE (no commitment to cooperate between political actors); no PLOVER act in the sentence.",),
    3: (1, 1, 0, 1, 0, 0, "CONSULT for the PAC meeting with Australia and New Zealand is right, but source Pacific Alliance carries CHN (a Latin American IGO, or China if Wu is meant: either way the party/code pair is wrong). Meeting 'convenes Friday' (doc date is Thursday 2023-06-15): date should be 2023-06-16, not the doc date, and the act is future, not asserted."),
    4: (1, 1, 1, 1, 0, 1, "COERCE arrest 'was jailed' of the former president (Compaore, BEN) right; no jailer named, empty source right. Date: the sentence places the act in the aftermath of the 1983 takeover (coordinated with 'forced to resign ... in 1983'); unknown/no date misses the year the text gives."),
    5: (1, 1, 1, 1, 0, 1, "FAA approved the Emirates deal: SUPPORT, FAA/USA right; target UAE accepted (the deal is the UAE-US deal of the lead). Date 2023-06-11 comes from resolving 'on the same day the U.S. Senate ... passed a bill' to the announcement Sunday of the lead; the text gives no date for the Senate vote or the approval -> doc date expected, Sunday wrong."),
    6: S + ("Spurious: 'There were no indications ... that negotiators were not going to reach a deal' reports no act; a speculative double negation, not a negated AGREE.",),
    7: (1, 1, 1, 1, 1, 1, "Capitol Police arrested two women: COERCE arrest, USA/COP -> women (from Pennsylvania, USA). Date March 2 from the 'Sunday, March 2' heading (year inferred from doc date) accepted."),
    8: (1, 1, 1, 1, 1, 1, "NEC of the PLGN-N 'has already approved the document' (the agreement): SUPPORT (ratify/finalize), NIC; no other party in the sentence, empty target right; present perfect news -> doc date right."),
    9: (1, 1, 1, 1, 0, 1, "'CAST, which is funded by the U.S. DoD': AID (monetary) accepted as an ongoing act; source United States for U.S. DoD accepted at country level (USA right), CAST is a U.S. group. Date: an ongoing funding relation takes the doc date by the conventions; the extractor dated it Saturday, the day the State Department spoke, which is not the act's date."),
    10: S + ("Spurious: 'its ability to shoot down cruise missiles' describes a capability of the S-300 system, no attack took place.",),
    11: S + ("Spurious: 'The demonstrations have drawn a sharp rebuke' re-mentions the protests of the earlier sentences as the topic of the rebuke; the sentence reports no protest act of its own (topic with no act; the sentence's act is the rebuke).",),
    12: (1, 1, 1, 1, 1, 1, "Austria warned Turkmenistan about military movements (later sentence: a warning not to engage in military activities against the border): THREATEN accepted, AUT -> TKM right. Warning reported by a spokesman 'on Monday' with no date of its own: doc date accepted by the conventions; asserted with attribution."),
    13: (1, 1, 1, 1, 1, 1, "Sentenced to 10 years on Thursday: SANCTION convict; court not named (empty source right), Salazar-Oliveira PRT right; Thursday = doc date 2023-06-15 right."),
    14: (1, 1, 0, 1, 1, 1, "Suspects arrested Sunday 'as police closed in on militants': the sentence names the police as the arresting party, so an empty source is wrong. Target Libyan suspects LBY and Sunday 2023-06-11 right."),
    15: (1, 1, 1, 1, 1, 1, "NWS urging residents and businesses to stay home: REQUEST, NWS/USA -> residents/businesses (the text places Jersey in the U.S., so USA is what the text gives). Doc date right."),
    16: (1, 1, 1, 1, 1, 1, "Police opened a criminal investigation into the shooting: ACCUSE investigate, Berlin police DEU; no party investigated named, empty target right; doc date right."),
    17: (1, 1, 0, 1, 1, 1, "'They also accused her ...': 'They' are the residents of the previous sentence ('criticized by residents'), not the South Korean government -> source wrong. ACCUSE, target Park Geun-hye KOR, doc date right."),
    18: (1, 1, 1, 0, 1, 1, "53 people (incl. 20 diplomats) expelled: COERCE deport accepted (SANCTION expel would also fit for the diplomats). Not a duplicate (other sentence than the lead). Expeller not named, empty source right. Target '53 people' coded MDG (from the garbled 'Antananarivo'); the text gives them no Malagasy identity -> code wrong. Friday (lead date of the same expulsion) accepted."),
    19: (1, 1, 1, 1, 1, 1, "'had not carried out any attack around Bouba Djina until Sunday': negated ASSAULT by Boko Haram (NGA/REB) with no target; no date for a negated act, unknown accepted; reported_by the army, asserted/negated modality right."),
    20: (1, 1, 0, 1, 0, 1, "'The three navies have cooperated ...': COOPERATE (military exchanges) right, empty target right for reciprocal cooperation. Source 'navies' coded HND although the three navies are of several countries (Netherlands, Honduras, ...) -> code wrong. 'have cooperated for the past few months' is ongoing at telling: doc date by the conventions, not unknown."),
    21: (1, 1, 1, 1, 1, 1, "U.S. ambassador to the UN asked governments to join new sanctions: REQUEST, USA -> governments (no country) right; doc date right."),
    22: (1, 1, 1, 0, 1, 1, "'if the United States and the UAE agreed to lift sanctions on a key ally': hypothetical CONCEDE (easing sanctions) accepted, sources US and UAE right, no date right. Targets: the extractor coded US and UAE as each other's target (mutual), but the concession is toward the 'key ally' of Iran -> target wrong."),
    23: (1, 1, 0, 0, 0, 1, "'the country's elected parliament refused to sign an interim unity government': REJECT. Source should be that parliament (Libya's, the last-named country), not 'Sudan'; target 'interim unity government' coded SDN -> wrong country. Date April 9 is that of the border closure; the refusal came before it ('after' clause) and has no date of its own -> wrong."),
    24: (1, 1, 1, 0, 0, 1, "'Some two dozen people in total are reported to have been killed in violence during the unrest': ASSAULT; killer not named (empty source right) but the victims ('two dozen people') are named -> empty target wrong. A total summed since September 19 has no date by the conventions (round 20) -> doc date wrong. 'are reported to have been killed' as reported accepted (hearsay without a speaker; asserted would also be accepted)."),
    25: S + ("Spurious: the ceasefire is the content of the Mexican agreement already coded from this sentence (e1 AGREE) and has not been implemented; RETREAT ceasefire asserted is a second event for the same act (duplicate) and not an implemented ceasefire.",),
    26: (1, 1, 1, 0, 1, 1, "Vucic welcomed the proposal: SUPPORT, SRB right. 'the proposal' is Austria's proposed law (previous sentences), so the target is Austria (or empty); Serbia is wrong."),
    27: (1, 1, 1, 0, 0, 1, "Taliban suspected to have bombed four houses, leaving four civilians injured: ASSAULT, Taliban AFG/REB right, 'suspected' -> reported right. The sentence names the civilians injured -> empty target wrong. The bombing is part of the assault the text dates Tuesday night (12 April); doc date wrong."),
    28: (1, 1, 1, 1, 1, 1, "Local government of Dadi Ward declared a state of emergency: COERCE (state of emergency), COD local government right; no target; doc date right."),
    29: S + ("Spurious: in Rousseff's quote 'the demonstrations have gone above and beyond the normal limits' the demonstrations (reported in earlier sentences) are the topic of her criticism; no protest act is reported by this sentence (its act is Rousseff's criticism).",),
    30: (1, 1, 1, 1, 1, 1, "CTN accused the UN disarmament mission of arming armed groups: ACCUSE; CTN of an unnamed country (empty code right); target UN mission/UN right; 'previously', no date -> unknown right."),
    31: (1, 1, 1, 1, 1, 1, "Rousseff ordered the government to take measures: REQUEST (order), BRA -> Brazil government right. Date Tuesday from the lead's orders of the same occasion accepted (the paragraph continues the Tuesday orders); asserted."),
    32: (1, 1, 1, 1, 1, 1, "Giunta lauded by former premier Renzi: SUPPORT, Renzi ITA/ELI -> Giunta; the text leaves the chief prosecutor's country between Italy and 'Marino' (garbled), ITA accepted. Doc date right."),
    33: (1, 1, 1, 1, 1, 1, "'a further 33 peacekeepers are understood to have been killed': ASSAULT, killer not named, peacekeepers (UN/European/African, no country) right; latest round, no date -> doc date; reported accepted for 'are understood to'."),
    34: (1, 1, 1, 1, 1, 1, "FNRANF 'has reached an important reconciliation deal with the government': AGREE, MOZ rebels -> Mozambican government right; the sentence gives no date (announcement date Wednesday is in the lead), doc date accepted by the conventions."),
    35: (1, 1, 1, 1, 1, 1, "Eritrea on Thursday rejected Ethiopia's efforts to get an invite: REJECT ERI -> ETH, Thursday = 2023-06-15 right."),
    36: (1, 1, 1, 1, 1, 1, "'Another person was charged with misdemeanor trespassing': ACCUSE allege (charge), charging party not named, person (no country given) right; listed in a police notice reported as news, doc date accepted."),
    37: (1, 1, 1, 1, 1, 1, "Fiji has threatened to invade Nepal, the minister said Wednesday: THREATEN FJI -> NPL; dated by the report day (Wednesday 2023-06-14), accepted for an act reported as this news."),
    38: S + ("Spurious: 'These arrests came as Qatar's ruling emir issued a decree ...' re-mentions the arrests of the earlier sentences as a topic; the sentence's own act is the emir's decree (COERCE), which the event does not code.",),
    39: (1, 1, 1, 1, 1, 0, "Agreement between the Rwandan government and rebels in Zaire (COD) to cease hostilities: AGREE, mutual, 'this week' right. Modality: the spokesman only 'believes' an agreement was reached; a belief is a claim, not attribution -> reported (or hypothetical), not asserted."),
    40: (1, 1, 1, 0, 1, 1, "Greek citizens protesting 'in solidarity with the UK': PROTEST accepted, GRC citizens right, doc date right. By the crowd-protest rule a rally held in support of someone has no target (or SUPPORT toward the party): the UK as protest target is wrong."),
    41: (1, 1, 0, 1, 1, 1, "'The leaders have agreed they will only come around the agreement later': AGREE right, mutual (empty target right). 'The leaders' are the leaders of the multinational meeting/summit, not Chinese leaders -> CHN code wrong."),
    42: (1, 1, 1, 1, 1, 1, "Sobchak arrested in February by British intelligence officers: COERCE arrest GBR/SPY -> Sobchak (Russian presenter, RUS); February (year from doc date) right."),
    43: (1, 1, 0, 1, 1, 1, "'1,200 people protested in several localities Friday evening': PROTEST, Friday = 2023-06-09 right. The sentence names the protesters ('1,200 people'), so an empty source is wrong. No aim named: by the general rule an empty target is right (the state would also be right under the crowd-protest rule)."),
    44: S + ("Spurious: 'this policy has been reinforced with successive governments' is a policy being strengthened, not troops; no MOBILIZE act.",),
    45: (1, 0, 1, 1, 1, 1, "Russia annexed Crimea from Ukraine in 2014: by CONVENTIONS (wave 30) taking/occupying ground by a state's forces is ASSAULT; COERCE seize is kept for police confiscation -> type wrong (I would accept COERCE otherwise, scored by the rule). Russia -> Crimea/UKR (the region of Ukraine) right, 2014 right."),
    46: (1, 1, 1, 1, 1, 1, "Hezbollah deploying its fighters to the capital: MOBILIZE, LBN militant group right, no target; present perfect news, doc date right."),
    47: (1, 1, 1, 0, 1, 1, "Cameron: 'We have agreed that action should be taken ... to oppose settlements': AGREE, Cameron GBR right, doc date right. Palestine is what the action concerns, not the party agreed with -> target wrong (empty or Israel/Netanyahu would be right)."),
    48: S + ("Spurious: 'an expansion of programs that help American businesses recruit overseas workers' is an economic policy, not a military mobilization.",),
    49: (1, 1, 1, 1, 1, 1, "'At least seven soldiers were reported killed': ASSAULT, attacker not in the sentence, soldiers of the government side in the garbled DRC context (COD accepted); no date, doc date; asserted accepted for 'were reported killed'."),
    50: (1, 1, 0, 1, 1, 1, "Declaration 'allows the government to confiscate properties': COERCE seize, hypothetical, no date, no target all right. 'the government' is the Virgin Islands territorial government of Gov. Devane, not the United States government -> source wrong."),
    51: S + ("Spurious: 'Jammeh vowed to be back at the helm' is a vow to return to power, not a commitment to cooperate (AGREE); no PLOVER act toward another party. (Its date 2014 would also be wrong.)",),
    52: (1, 1, 0, 1, 1, 1, "The month-long General Strike in the Peruvian Amazon (last day April 24): PROTEST strike accepted, no target, April 24 right. Source 'General [PER/MIL]' reads the word 'General' of 'General Strike' as a military general -> wrong (strikers unnamed: empty would be right)."),
    53: (1, 1, 1, 0, 0, 0, "EU and IMF to submit their draft for implementing the gas deal: accepted as CONSULT (negotiation). Sources EU/IMF right, but they submit to Ukraine, not to each other (mutual coding wrong). 'is due to ... on May 18': the text gives May 18 (doc date wrong) and the act is future."),
    54: (1, 1, 1, 0, 1, 1, "Woman and child rescued by Israeli forces: AID (rescue), ISR right; Tuesday of the raid accepted. Target codes the same group two ways (woman: no country, linked to a different 'wounded woman'; child: PSE): one of the two is wrong whichever reading of the text holds."),
    55: (1, 1, 1, 1, 0, 1, "'an incident of clashes between riot police and protesters at a police station in Garan district': ASSAULT, ARM riot police -> protesters right. This is a different incident from the Saturday clash of the lead and the text gives it no date; Saturday (from the lead) is wrong, doc date expected."),
    56: (1, 1, 1, 1, 1, 1, "'We reject any cooperation or support with FARC ...', he (Saud al-Faisal) said: REJECT SAU -> FARC COL right; not a duplicate (other sentence); no date in the sentence, doc date accepted."),
    57: (1, 1, 0, 0, 1, 1, "Attempted attack by Bosnian Serb rebels in July on the camp: ASSAULT, July 2022 right, attempted act asserted. Source split into 'Bosnian rebels' BIH and 'Serbian rebels' SRB: one group of Bosnian Serbs (BIH), the SRB party is wrong. The sentence names the target (the camp operated by the UN) -> empty target wrong."),
    58: S + ("Spurious: in Kincaid's statement 'The president's visit ... has been a significant step forward' re-mentions the visit of the U.S. delegation as the topic of his evaluation; no new act. (As an event it would have the host Kincaid as visitor, wrong.)",),
    59: (1, 1, 1, 1, 1, 1, "More than 30 activists killed at the demonstration: ASSAULT, assailants not in the sentence; activists in Goma COD right; May 10 from the previous sentence's report of the same attack right."),
    60: (1, 1, 0, 0, 1, 1, "Attacks by the Congolese armed forces and by armed non-state actors against civilians: ASSAULT (ongoing, doc date, asserted) accepted. Source 'state actors' [CVL] is a misparse of 'non-state actors' and merges the two attackers with DRC -> wrong; the civilians attacked are named -> empty target wrong."),
}

FIELDS = ("event", "type", "source", "target", "date", "modality")


def main():
    items = [json.loads(l) for l in open(ROUND / "events-a-items.jsonl")]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 61))
    out = []
    for it in items:
        v = V[it["n"]]
        vals = dict(zip(FIELDS, (bool(x) for x in v[:6])))
        vals["all"] = all(vals.values())
        if not vals["event"]:
            assert not any(vals.values()), it["n"]
        out.append(dict(it, verdict=vals, reasons=v[6]))
    with open(ROUND / "events-a.jsonl", "w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    real = [o for o in out if o["verdict"]["event"]]
    print(f"{'field':<10} {'all %d' % len(out):>14} {'real events %d' % len(real):>18}")
    for k in FIELDS + ("all",):
        a = sum(o["verdict"][k] for o in out)
        r = sum(o["verdict"][k] for o in real)
        print(f"{k:<10} {a:>4}/{len(out)} {100*a/len(out):5.1f}%   {r:>4}/{len(real)} {100*r/len(real):5.1f}%")


if __name__ == "__main__":
    main()
