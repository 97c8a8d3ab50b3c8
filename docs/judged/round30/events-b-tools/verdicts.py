"""Round 30, judge b: verdicts on the 60 sampled events (seed 20261352).

n -> (event, type, source, target, date, modality, reason), scored by docs/judged/CONVENTIONS.md.
Run from anywhere: writes ../events-b.jsonl and prints the per-field table.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROUND = HERE.parent
ITEMS = ROUND / "events-b-items.jsonl"
OUT = ROUND / "events-b.jsonl"

V = {
    1: (1, 1, 1, 0, 0, 1, "Arrest of Kumar is COERCE arrest; no arrester in the sentence, so empty source is right. Target Kanhaiya Kumar has no country, but he is a JNU student leader in a story set in India (headline, JNU, Bhagalpur): IND, wrong. Date wrong: the arrest is background (it came before the protests and after the Feb 9 slogans) and gets the document date."),
    2: (0, 0, 0, 0, 0, 0, "\"We have always arrested politicians\" is a generic, habitual claim about police practice, with no particular arrest: not an event, so spurious."),
    3: (1, 1, 1, 1, 0, 1, "Separate act \"Arthur Porter, who was also charged\": ACCUSE allege, target Porter (CAN) right, and no charging party is named so an empty source is right. Date wrong: the charges are from 2016 (a background act), but it gets 2023-06-14 (narrative)."),
    4: (1, 1, 0, 0, 0, 1, "The EU and US demanding peace measures is a REQUEST, but the source should be the EU and US, not Croatia's Prime Minister. The target is 'that country' = Croatia, and it was left empty. Date wrong: 'currently' takes the document date, not 2023-03-04."),
    5: (1, 1, 1, 1, 1, 1, "Two suspects arrested: COERCE arrest. No arrester in the sentence, so empty source is right. Target: suspects, GTM. Date: this news, document date. Modality: asserted, reported_by the military."),
    6: (1, 1, 0, 1, 1, 1, "'its decision to send humanitarian aid' is the aid sent by Russia ('its' = Russia, whose contacts were suspended). The UNSC would not suspend contacts over its own aid, so the UN Security Council as source is wrong. Target: the eastern Ukraine region, UKR, right. I score the decision as AID asserted, though a decision to send could also be coded AGREE."),
    7: (1, 1, 1, 1, 1, 1, "Chinese government 'supports' local development, as reported by the province: SUPPORT, CHN. The sentence names no party as recipient, so an empty target is right. It is an ongoing stance, so the document date is right."),
    8: (1, 1, 0, 1, 1, 1, "'They' = the Rovana Army (right party) withdrew: RETREAT withdraw. But it has no country code: the text calls it Tokelau's pro-government army, so TKL is plain. The sentence has no date, so the document date is right by the sentence rule (the defeat was 'yesterday' in paragraph 1)."),
    9: (1, 1, 1, 1, 1, 1, "Greek police declined high-level talks: REJECT meet, GRC. The counterpart is Palestinian (the talks concern migration from the Palestinian territories, and the headline says so), so Palestine as target is acceptable. Date: 'said Wednesday' = 2023-06-14."),
    10: (1, 1, 1, 0, 0, 1, "Trump visited the U.S. Virgin Islands: CONSULT visit. The target code should be VIR (the extractor codes territories by their own ISO code elsewhere, e.g. AIA), not USA. Date wrong: the visit came before Saturday's cease-fire declaration (background), but gets the document date."),
    11: (1, 1, 1, 1, 1, 1, "Assad rejected Annan's application for safe zones: REJECT, SYR -> UN SG (UNO), all right. Date 'earlier this year' = 2023 at year precision."),
    12: (1, 1, 0, 1, 1, 1, "Charles meets Cameron: CONSULT. The source adds 'United Kingdom', which is only the heading of the list line and not a party, next to Charles: wrong (an extra party). Target Cameron, GBR, right."),
    13: (1, 1, 1, 1, 0, 1, "Kerry traveled to Kenya and South Sudan: CONSULT visit. The targets given are right (Botswana is missing, which I count as incomplete but not wrong). Date wrong: 'has traveled ... on diplomatic trips' is a series of background trips of unstated time, not this news, so it should have no date rather than the document date."),
    14: (1, 1, 0, 1, 1, 1, "Students' protest (allowed to go ahead): PROTEST demo. Source 'students' has no country, but these are JNU students in India: IND is plain, so wrong. The sentence names no aim, so an empty target is right. Basis unknown is right by the rule for undated acts."),
    15: (1, 0, 1, 1, 1, 1, "Lungu 'pledged to do away with some foreign deals', including the Riyadh deal. This is a promise to end cooperation (a future SANCTION discontinue, or a CONCEDE to the review demand), not AGREE, which means willingness to cooperate: type wrong. Source/target ZMB -> Saudi Arabia right. Monday = 2023-06-12 right."),
    16: (1, 1, 1, 1, 0, 1, "Separatists protested against Chinese rule: PROTEST, CHN -> China. The aim is the authorities, so the state as target is right. Date wrong: a background act of the early 1990s gets the document date."),
    17: (1, 1, 1, 1, 1, 1, "UK investigation into Churchill: ACCUSE investigate, GBR -> Churchill (GBR). The date is not given, and basis unknown is right."),
    18: (1, 1, 1, 1, 1, 1, "3,000-6,000 people detained: COERCE arrest, target people in Egypt (EGY). This week's news gets the document date. 'It is reported' is attribution only, so asserted."),
    19: (1, 1, 0, 1, 1, 1, "'One of them was hit by artillery': ASSAULT. The source 'artillery' is a weapon, not a party (the Turkish troops fired it): wrong. Target: the suspects (TUR) right. The sentence has no date, so the document date is right by the sentence rule."),
    20: (1, 1, 1, 1, 1, 1, "Many people being charged with drug trafficking: ACCUSE allege, target CZE group, no charging party named. Ongoing, so the document date is right. (reported_by names the Czech government, but the speaker is Janes; reported_by is not scored.)"),
    21: (1, 1, 1, 0, 1, 1, "Parliament rejected a bill: REJECT, NAM legislature. The target 'Namibia' is the actor's own country, and the sentence names no party acted upon, so empty would be right: wrong. Friday = 2023-06-09 right."),
    22: (1, 1, 1, 1, 1, 1, "Agreement signed during the PM/FM visit: SUPPORT sign. Source Anguilla (plus 'government', the same party). The counterpart is not clear (multilateral arms convention), so an empty target is right. 'over a month ago' -> 2023-05 is the literal reading."),
    23: (1, 1, 0, 1, 1, 1, "Shale gas opponents 'called for' anti-Japanese sentiment: an appeal, REQUEST with no addressee, so an empty target is right. The source has no country, but they are opponents of an Oregon drilling law: USA is plain, so wrong."),
    24: (1, 1, 1, 0, 0, 1, "The General campaigning, 'calling for Zimbabwe's white minority to take the reins': REQUEST. Source: the General (TZA as the text says). Target: the sentence's party is Zimbabwe's white minority, not the country Zimbabwe. Date wrong: campaigns 'since' 2014 are a span and should have no date (or 2023 for this year's elections), not the document date."),
    25: (1, 1, 1, 1, 1, 1, "Several people alleged to be involved: ACCUSE allege, target BRA group, no accuser in the sentence. Present tense, so the document date is right."),
    26: (1, 1, 1, 0, 1, 1, "'a Sarajevo court where he was jailed on Monday': COERCE arrest. An empty source is acceptable, and Monday = 2023-06-12 is right. But the target list puts the Sarajevo court (the jailer/place) beside Miljkovic: wrong party in target."),
    27: (1, 1, 1, 1, 1, 0, "Laos 'demanding a fee from American exporters': REQUEST, LAO -> US exporters. But the act sits inside 'a recent accusation of ...', so modality should be reported, not asserted."),
    28: (1, 1, 1, 1, 0, 0, "'a deal to be signed by Novartechev': SUPPORT sign. The party is right, and his country is not in the text, so an empty code is right. But the signing is future: modality should be future, and the date should be the Nov. 26 meeting or none, not the document date."),
    29: (1, 1, 1, 1, 1, 1, "UN humanitarian chief condemned the treatment of migrants on Saint Lucia: ACCUSE disapprove, UNO -> LCA. Tuesday = 2023-06-13."),
    30: (1, 1, 0, 0, 1, 1, "British residents held hostage: ASSAULT abduct, still going on (document date right). But the extractor makes the hostages (British residents) the source and 'hostage' (no country) the target. The captors are not named, so the source should be empty, and the target should be the British residents (GBR)."),
    31: (1, 1, 1, 0, 0, 0, "'the first time ... a head of state has visited their country' refers to Santos's upcoming trips to Colombia/Ecuador: CONSULT visit, source head of state COL. The target 'United States' has no basis in the text. The trips are future (Thursday/Friday), so modality should be future and the date should not be the document date."),
    32: (1, 1, 1, 1, 1, 1, "At least four people arrested in NY protests: COERCE arrest, target USA group, no arrester named. Past 12 hours, so the document date is right. Asserted, with organizers as reported_by."),
    33: (1, 1, 1, 1, 1, 1, "Belgium called on the UNHRC to condemn Singapore: REQUEST, BEL -> UNHRC. Friday = 2023-06-09, which fits the story's week (Tue-Fri)."),
    34: (1, 1, 0, 0, 0, 1, "The company ordered the hackers to pay: REQUEST. Source: the national telecom company of Uruguay, URY plain, but it has no code. Target should be the hackers, not 'Uruguay officials' (who are the speakers). Date: the text gives the order no date (Monday is the attack's date), so the document date was expected."),
    35: (1, 1, 1, 0, 1, 1, "More than 2,300 killed in the kingdom's sectarian bloodshed: ASSAULT. This is a total, so having no date is right. The victims are 'in the kingdom' (Saudi Arabia), so SAU is plain, but the target has no code: wrong."),
    36: (1, 1, 1, 1, 1, 1, "The IMF offering a discounted coupon rate as part of the arrangement: AGREE (offer), IMF. The sentence names no recipient, so an empty target is right. Present tense, document date."),
    37: (1, 1, 0, 1, 1, 1, "DRC coalition members and the parliament president called for a cessation of political activity: REQUEST, no addressee named. Source wrong: 'president' has no country (it should be COD), and the coalition members are turned into the country DRC."),
    38: (1, 1, 1, 0, 0, 1, "The UNHRC welcomed the implementation of recommendations in Mali: SUPPORT. Target: Mali, the implementer named in the sentence, not empty. Date: the same council statement dated 30 October 2016 in the first sentence ('also welcomed'), not the document date."),
    39: (1, 1, 1, 1, 0, 1, "Obasanjo asked Ban Ki-moon: REQUEST, NGA -> UN SG (UNO), right. Date wrong: the memo was released on Saturday (2023-06-10), but it gets the document date."),
    40: (1, 1, 1, 0, 1, 1, "In 2002 a gunman shot dead 2 people: ASSAULT firearms, year right. Gunman in Tel Aviv, ISR accepted. Target wrong: police spokesman Ronen Manela is pulled in from another paragraph, next to 'mother'. The victims are the 2 people."),
    41: (1, 0, 1, 1, 1, 1, "The government and the Liberation Army 'announcing a unilateral ceasefire' is a declaration. The codebook codes declarations of ceasefire as CONCEDE, and implementations as RETREAT ceasefire: type wrong. Sources (the government, the Liberation Army/FARC) accepted. June 2014 right."),
    42: (1, 1, 1, 1, 0, 1, "Observers arrested after a meeting with the PM: COERCE arrest, international group with no code, right. Date wrong: the arrests were in early March (2010 in the text), background, but get the document date."),
    43: (1, 1, 1, 0, 1, 1, "The Gambian president cancelled the ministerial meeting under the ICC: SANCTION (halt talks), GMB. Target: the ICC, the meeting's counterpart named in the sentence, not empty. April (2023-04) accepted."),
    44: (1, 1, 1, 1, 1, 1, "Florida authorities charged 20 people: ACCUSE allege, USA -> USA group. Said Saturday, 2023-06-10."),
    45: (1, 1, 0, 0, 0, 1, "Putin due to visit Georgia: CONSULT visit, future (modality right). But source and target are both [Breedlove, Putin]. The source should be Putin, the target Georgia (GEO). Date: Breedlove spoke Tuesday 'days before' the Thursday visit, so Thursday = 2023-06-15, not 06-22."),
    46: (1, 1, 1, 1, 1, 0, "The bombing (ASSAULT, late Tuesday 2023-06-13) attributed to Taliban forces only inside 'investigating whether the bombing was carried out by'. The Taliban's act is uncertain, so modality should be hypothetical/reported, not asserted."),
    47: (1, 1, 1, 1, 1, 1, "'clashes in the region': fighting (ASSAULT) with no party named in the sentence, so empty source and target are right. Ongoing, document date. A weak event, but it is an act of the type."),
    48: (0, 0, 0, 0, 0, 0, "Workers fear the road 'will kill them': a road, not an attack by the Sudan government. Spurious."),
    49: (1, 1, 1, 1, 1, 1, "The mayor's resignation (Dodik, HRV): RETREAT resign, mentioned again from paragraph 1, in another sentence, so not a duplicate by the rule. Basis unknown is right for an undated act."),
    50: (1, 1, 1, 0, 0, 1, "Dozens charged as ISU supporters: ACCUSE allege, no charging party named. Target country USA is wrong: these are people detained in the West BVI, and the text gives no nationality (some are Uzbek). Date: a total since October (a span), so it should have no date."),
    51: (1, 1, 1, 1, 1, 1, "Moroccan official Abdiqani arrived in Kabul: CONSULT visit, MAR -> Afghanistan (the host country of the visit, accepted). 'In the meantime' links it to yesterday (06-14), accepted."),
    52: (1, 1, 1, 1, 0, 1, "Eroglu urged US congressional leaders: REQUEST, CYP -> USA, right. Date: the text dates it two days before the statement, not the document date."),
    53: (1, 1, 1, 0, 1, 1, "The leader wants his country to 'impose other restrictions': COERCE restrict, hypothetical, basis unknown right. Target wrong: the Central African Republic is the intended imposer, not the party restricted. The sentence names no target for the restrictions, so empty would be right (the ban on the opposition is a separate event)."),
    54: (1, 1, 0, 0, 1, 1, "Indonesia and Malaysia agreed to lift restrictions on each other: CONCEDE (promise to ease restrictions), mutual. But both source and target lists include Bernama, the news agency reporting it: an extra wrong party."),
    55: (1, 1, 1, 1, 1, 1, "Hezbollah video showing support for the IRGC: SUPPORT, LBN -> IRN. The video was published Thursday, which fits the document date."),
    56: (1, 1, 0, 1, 1, 1, "'Mwamwenda is visiting Belize': CONSULT visit, target BLZ right. But the source has no country, though he is the 'Leader of Togo' (TGO)."),
    57: (1, 1, 1, 1, 1, 1, "State Department congratulated Kyrgyzstan: SUPPORT, USA -> KGZ. Today, 2023-06-15."),
    58: (1, 1, 0, 1, 1, 1, "'the government will not give in to pressure from the United States': CONCEDE negated, accepted (as 'RETREAT negated' is). Target United States right. Source wrong: he (the Maldives president) speaks of the Maldives government, not the Turkmen government."),
    59: (1, 1, 1, 1, 1, 1, "Rutte called for an inquiry: REQUEST, NLD, no addressee. Tuesday = 2023-06-13."),
    60: (1, 1, 1, 1, 1, 1, "'Today's protest': PROTEST. The protesters and the aim are not named in the sentence, so empty source and target are right. The date is today, 2023-06-15."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]


def main():
    items = [json.loads(l) for l in ITEMS.open()]
    assert len(items) == 60 and set(V) == {i["n"] for i in items}
    rows = []
    with OUT.open("w") as fh:
        for it in items:
            v = V[it["n"]]
            verdict = {f: bool(x) for f, x in zip(FIELDS, v[:6])}
            if not verdict["event"]:
                assert not any(v[1:6]), it["n"]
            verdict["all"] = all(verdict[f] for f in FIELDS)
            rec = dict(it, verdict=verdict, reasons=v[6])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            rows.append(verdict)
    real = [r for r in rows if r["event"]]
    print(f"{'field':10} {'all 60':>14} {'real events':>16}")
    for f in FIELDS + ["all"]:
        a = sum(r[f] for r in rows)
        b = sum(r[f] for r in real)
        print(f"{f:10} {a:>3}/{len(rows)} {100*a/len(rows):5.1f}%  {b:>3}/{len(real)} {100*b/len(real):5.1f}%")


if __name__ == "__main__":
    main()
