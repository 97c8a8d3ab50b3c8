"""Round 26, judge a: verdicts on the 60 sampled events (events-a-items.jsonl, seed 20261335).

Scored by docs/judged/CONVENTIONS.md. V[n] = (event, type, source, target, date, modality, reason), 1/0.
A spurious event (event 0) is wrong in every field.

usage (from docs/judged/round26): python events-a-tools/verdicts.py
writes events-a.jsonl (each item with "verdict" and "reasons") and prints the per-field table.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
SP = (0, 0, 0, 0, 0, 0)

V = {
    1: (1, 1, 0, 0, 1, 1,
        "ACCUSE disapprove of the protest is right. Source: ElBaradei is an Egyptian national and gets no "
        "country code, and the IAEA, which he once headed, is added as a second source although it is not "
        "acting here. Target: 'the protest' means the protesters (EGY), and the target is empty. "
        "The sentence has no date, so the document date is accepted (the Facebook post 'Sunday' is in the next sentence)."),
    2: (1, 1, 1, 0, 1, 1,
        "ASSAULT firearms by the rebels (DZA) 'this month' (2023-06) is right. Target: 'the town' is In Amenas, "
        "Algeria, named in the sentence before, so it is the party shot at, and the target is empty."),
    3: (1, 0, 1, 0, 0, 1,
        "'30-year military occupation by Morocco' of Western Sahara. CONVENTIONS say armed forces occupying "
        "ground are ASSAULT, not COERCE seize. Target: Western Sahara is named in the sentence (ESH), and the "
        "target is empty. Date: the occupation is still going on, so it takes the document date, but the "
        "event has 'Tuesday', the date of the Commission's request."),
    4: (1, 1, 1, 1, 1, 1,
        "REJECT the calls to resign. Target students: the students 'called on ... Sánchez Cerén to resign' "
        "earlier in the text, so they are clearly the party rejected (the rule for parties named in another sentence)."),
    5: (1, 1, 1, 1, 0, 1,
        "'Wallstrom, who has been criticized for ...': ACCUSE toward Wallstrom (SWE) with no critic named, so "
        "the empty source is right. Date: a background criticism of an earlier, unknown time is given the "
        "document date, which is wrong (it should have no date)."),
    6: (1, 1, 0, 1, 1, 1,
        "'It' is the Falklands government (its statement), and it accused Fernandez de Kirchner (ARG). The "
        "source is given as the 'United Kingdom government' (GBR), which is the wrong party: the Falkland "
        "Islands government (FLK) is a different party from the UK government."),
    7: (1, 1, 1, 1, 1, 1,
        "CONSULT multilateral: the NATO summit 'In June' is resolved to 2023-06 from the document date. "
        "No target is right."),
    8: SP + ("Spurious: 'pulled her arms behind her back' is a physical movement, not a RETREAT/withdraw. "
             "The soldiers' assault is already coded as e5 from 'assaulted'.",),
    9: (1, 1, 1, 1, 1, 1,
        "ACCUSE: activists accuse the U.S. The story puts the activists in Argentina (Buenos Aires "
        "protesters), so ARG is accepted. The present tense takes the document date."),
    10: (1, 1, 1, 1, 1, 1,
         "The three assailants were killed in the gun battle. The killers are not named, so the empty source "
         "is right. Target: the insurgents who attacked in Tajikistan (TJK accepted as the usual code for "
         "insurgents by where they operate). July 5 before the document date is 2022-07-05."),
    11: (1, 1, 0, 1, 1, 1,
         "Detainees beaten: ASSAULT beat. The sentence names the torturers ('the torture by the authorities', "
         "the UAE authorities), but the source is empty and the authorities are put in reported_by instead "
         "of the ICRC. The practice is still going on, so the document date is right."),
    12: (1, 1, 1, 0, 1, 1,
         "AID (asylum): Washington plans to take in refugees, future, no date. Target: the recipients are the "
         "Syrian refugees, not Syria the state (the regime the refugees flee)."),
    13: (1, 1, 0, 0, 1, 1,
         "SUPPORT: Canelelo welcomed the downgrading. Source: 'leader' with no country code, but she is the "
         "Saint Helena parliament's leader (SHN). Target: the move is Prime Minister Malielegaoi's, who is named "
         "in the sentence, and the target is empty."),
    14: (1, 1, 1, 1, 1, 1,
         "CONSULT visit, future: Grybauskaite will travel on to Belgrade (Serbia) to speak at the European "
         "Council. Both targets are accepted. This act differs from the Sarajevo arrival, and its date is unknown."),
    15: (1, 1, 0, 1, 0, 1,
         "ASSAULT clashes between ethnic Armenians and Turks in Turkey (a mutual event). Source: 'ethnic "
         "Armenians' in Turkey are not nationals of Armenia, so ARM is a wrong code (TUR, or none). Date: the "
         "clashes are given Sunday and late Saturday in the text, not the document date."),
    16: (1, 1, 1, 1, 0, 1,
         "'a French union that ... has been accused of backing a far-right leader': ACCUSE with no accuser "
         "named, so the empty source is right, and the target is right. Date: a background accusation of an "
         "unknown earlier time is given the document date (it should have no date)."),
    17: SP + ("Spurious: 'I won't accept that' is Sarkozy refusing to tolerate a political prospect. No one "
              "offers cooperation, so it is no AGREE (negated), and it belongs to the warning already coded as e2.",),
    18: (1, 1, 1, 0, 1, 1,
         "The CEC lifted restrictions on opposition observers. CONCEDE is accepted (CAMEO 081/0811 ease "
         "administrative restrictions -> CONCEDE). Target: the restrictions were lifted for the opposition parties' observers "
         "(RUS opposition), not for the 'Russia government'."),
    19: (1, 1, 1, 1, 1, 1,
         "AGREE: Suga agreed to let roads be open (an intent to ease restrictions, CAMEO 0351 -> AGREE). The "
         "protesters are not in the sentence, so the empty target is right."),
    20: (1, 1, 0, 0, 1, 0,
         "PROTEST strike of the teachers. The source is empty, but the sentence names the teachers (New "
         "Caledonia, NCL). Target: the strike follows failed talks with the governor's office (NCL "
         "authorities), and the target is empty. Modality: 'were slated to begin' means a planned strike "
         "that has not started (future), not asserted."),
    21: (1, 1, 1, 1, 0, 1,
         "AGREE: Costa Rica agreed to nuclear restraints in a draft agreement with the UK and the EU. Date: the "
         "text dates the draft text 'posted on November 22', so the document date is wrong (borderline)."),
    22: (1, 1, 1, 1, 1, 1,
         "ACCUSE investigate: Oslo police are investigating a possible breach of the ban. The sentence names "
         "no party, so the empty target is right."),
    23: SP + ("Not a separate event: the demonstrators' call on Obama to resign is the demand of the march "
              "already coded PROTEST (e1) from this sentence. The PLOVER note says protests making requests "
              "are PROTEST, not REQUEST, so this is a second event for the same act. A judge who codes the demand "
              "separately would accept it, but the rule is followed here.",),
    24: (1, 0, 1, 1, 1, 1,
         "'said he would negotiate with Colombia's terrorist leaders' is an expressed willingness to negotiate, "
         "which PLOVER codes AGREE (mode 'willingness to meet', CAMEO 036 -> AGREE), not a future CONSULT. "
         "The parties are right. The future act has no date, which is right."),
    25: (1, 1, 1, 1, 1, 1,
         "ASSAULT: Turkish troops killed two suspects (the PKK militants in Turkey). The sentence has no date "
         "and the act is reported as this news, so the document date is right."),
    26: (1, 1, 1, 1, 1, 1,
         "AGREE: the Israeli PM pledged to curb settlement construction (an intent to change policy/yield, "
         "CAMEO 034/035 -> AGREE). No target is named. Wednesday is 2023-06-14."),
    27: (1, 0, 1, 0, 1, 1,
         "The act of the sentence is the curfew imposed on the Rohingya and enforced by military and police "
         "patrols: COERCE curfew, with the Rohingya (named) as the target. MOBILIZE for the patrols codes "
         "the means and misses the act. The source (military, MMR) and Monday 2023-06-12 are right."),
    28: (1, 1, 1, 0, 1, 1,
         "CONCEDE: the army is backing off its policy of keeping protesters away (easing a restriction, "
         "CAMEO 081 -> CONCEDE). Target: the concession is toward the protesters named in the sentence, and the "
         "target is empty. 'appeared to be' is accepted as asserted."),
    29: (1, 1, 1, 1, 1, 1,
         "ASSAULT: two Indian officers were killed in the drone attack. The attacker is not named (empty "
         "source right), and the date is the document date for this news."),
    30: (1, 1, 1, 1, 1, 1,
         "SUPPORT (signing): Greece and Vanuatu signed a framework agreement 'last week' (2023-W23). It is a "
         "mutual event, so listing both parties on each side is accepted."),
    31: (1, 1, 1, 0, 0, 1,
         "The cyber attack on the plant, mentioned again here (the company is investigating it). Target: the "
         "plant of the Lithuanian nuclear company (LTU) is named in the sentence, and the target is empty. "
         "Date: the attack came 'in recent days' before the Monday report (on or before 2023-06-12), not 2023-06-14."),
    32: SP + ("Spurious: the sentence says the aid 'had not been officially announced by South Korea'. The "
              "negated act is an announcement. The aid itself (Chinese troops, payment to Kaesong) did take place "
              "and did not come from South Korea. 'South Korea did not give military aid' is not what the text says.",),
    33: (1, 1, 1, 0, 1, 1,
         "REQUEST: Anastas called on the military leaders to avoid violence. Target: the text never says "
         "whose military leaders these are (guests at a dinner in Guadeloupe; the headline names BVI and the "
         "Marshall Islands), so the FRA code is not supported (it should be empty)."),
    34: (1, 1, 1, 1, 1, 1,
         "ASSAULT beat: mobs beat people near the ministry (THA). The act has gone on 'since Saturday "
         "afternoon'. The text gives that start date, and it is accepted (the ongoing-act rule, which gives "
         "the document date, covers acts with no start given)."),
    35: SP + ("Spurious: 'convince the government not to give up its task of defending the people' is no "
              "concession or retreat. Nothing is conceded, and CONCEDE negated from 'give up' misreads the sentence.",),
    36: (1, 0, 1, 0, 1, 1,
         "Bhutan (the state) protested India's road in 1992. A government's protest is a diplomatic objection "
         "(ACCUSE disapprove), not a civilian PROTEST demonstration. Target: India, the builder of the road, "
         "is named in the sentence, and the target is empty. The date 1992 is right."),
    37: (1, 1, 1, 0, 1, 1,
         "ACCUSE investigate, future: the authorities will investigate how the hostages were released. "
         "Target: the hostages are not the party investigated (the release is what is investigated), so the "
         "target should be empty."),
    38: SP + ("Spurious: 'the European Commission warned that the measures may hinder Albanian efforts' is a "
              "cautionary comment about effects (CAMEO 01, no PLOVER event). The EC threatens no action, so it is "
              "no THREATEN.",),
    39: (1, 1, 1, 0, 1, 0,
         "Costa Rican authorities said the extradition is not possible. This is an act of refusing judicial "
         "cooperation (COOPERATE negated, or REJECT), but the event is asserted, as if an extradition took "
         "place: the modality is wrong. Target: 'Costa Rica' is the source's own state, not the other party."),
    40: (1, 1, 1, 0, 1, 1,
         "ACCUSE: residents complain about the curfew (disapprove rather than allege, but the type is right). "
         "Target: the curfew is Kabila's ('Kabila's decision'), so he or the COD government is the party "
         "complained about, and the target is empty."),
    41: (1, 1, 1, 0, 1, 1,
         "ACCUSE: Netanyahu condemns 'actions against Israel'. The target given is Israel itself, the victim, "
         "which is wrong. The actors of those actions are unnamed (the states using UN resolutions)."),
    42: (1, 0, 1, 0, 1, 1,
         "Bashir said he would continue to provide the necessities of governance. This is a stated commitment "
         "(AGREE, CAMEO 03x), not material AID. The provision is to 'the country', not the UN, so the UN target "
         "is wrong. The future act has no date, which is right."),
    43: (1, 1, 1, 1, 1, 1,
         "REQUEST: the South African government requested help from the ICC. A background act of unknown time "
         "with no date is right."),
    44: (1, 1, 1, 0, 1, 1,
         "PROTEST: the anti-government protests spread on Friday (2023-06-09). Target: by the crowd-protest "
         "rule, these protests are aimed at the government ('anti-government'), so the Pakistani state is the "
         "target, and the target is empty."),
    45: (1, 1, 0, 0, 1, 1,
         "ASSAULT heavy-weapons: militants fired rockets at a police checkpoint on Thursday (= 2023-06-15). "
         "Source and target get TUR, but Turkey only condemned the attack. The place is a South Pacific island "
         "with a government 'in Muscat', and the attackers are unidentified: TUR is unsupported for both."),
    46: SP + ("Spurious: the texts are 'inciting the children ... and supporting terrorism', and the subject is "
              "textbooks. It is no SUPPORT act, and Israel is not its source (it is the SACC's accusation against the books).",),
    47: (1, 1, 1, 0, 0, 1,
         "COERCE cyber attack on a power plant in Lithuania. Target: the attacked plant, in Lithuania (LTU), is "
         "named in the sentence, and the target is empty. Date: 'in recent days', reported on Monday "
         "(2023-06-12), so the document date (after the report) is wrong."),
    48: (1, 1, 1, 0, 1, 1,
         "ASSAULT: a terrorist attack last year (2022) crippled the Chernobyl-zone complex. The attacker is not "
         "named (empty source right). Target: the complex in Chernobyl's zone (UKR) is the attacked party, and "
         "the target is empty."),
    49: (1, 0, 0, 1, 1, 1,
         "Protesters stormed the high court office in Pristina and scuffled with police. This is a violent "
         "protest (PROTEST riot), not ASSAULT. Source: protesters in Pristina are XKX, not SRB. The target (the "
         "court, XKX) and Saturday 2023-06-10 are right."),
    50: (1, 1, 1, 1, 1, 1,
         "REQUEST: Russia said it wants Syria to host the Geneva conference. The parties and the document date "
         "are right."),
    51: (1, 1, 1, 0, 0, 1,
         "ASSAULT: hundreds of thousands killed in Guatemala's war. Target: the victims are Guatemalans, not "
         "USA. Date: a total from the 1980-96 war has no date, so the document date is wrong."),
    52: (1, 1, 1, 1, 1, 1,
         "ACCUSE allege: al-Qaeda in Iraq was accused 'in early April' (2023-04). The accuser is not named "
         "(empty source right)."),
    53: (1, 1, 1, 0, 1, 1,
         "ACCUSE: the FNRANF's fighters 'have been accused in the past'. The accuser is unnamed, and the act "
         "has no date, which is right. Target: the list adds the 'government prisoners' (the victims) to the "
         "accused fighters, and the fighters get no country code (they are Mozambican)."),
    54: (1, 1, 1, 1, 1, 1,
         "AGREE (invitation to visit): Obama invited Pena Nieto. The invitation is reported as news, so the "
         "document date is right."),
    55: (1, 1, 0, 0, 1, 1,
         "ACCUSE allege: Martin was charged on Tuesday (2023-06-13). Source: the charge was brought in the U.S. "
         "District Court (US judiciary/prosecutors), and the source is empty. Target: Martin is a former mayor "
         "of St. Lucia (LCA), not USA."),
    56: (1, 1, 1, 1, 1, 1,
         "COERCE arrest of De Silva (LKA). The detainer is not named in this sentence (empty source right), "
         "and Wednesday follows from the sentence before."),
    57: (1, 1, 1, 1, 0, 1,
         "COOPERATE: Russian companies invested in Lithuania's energy sector. It is a total summed over past "
         "years ('have invested billions'), so it should have no date, not the document date."),
    58: (1, 1, 0, 1, 1, 0,
         "The rebels' withdrawal given in exchange for the prisoner release is a promised, future act, not an "
         "asserted one. Source: the National Liberation Army here is Nicaraguan (NIC), but it is coded as the "
         "Colombian ELN (COL)."),
    59: (1, 1, 0, 1, 1, 1,
         "RETREAT: the rebels withdrew from cities. Source: these are Russian-backed rebels in Ukraine "
         "(UKR), not RUS. A background act of unknown time with no date is right."),
    60: (1, 1, 1, 0, 1, 1,
         "REQUEST: in 2005 the US called for the withdrawal of Israeli settlements. Target: the call is on "
         "Israel. The list adds Palestine, which is wrong ('Israeli settlements' alone would pass)."),
}

FIELDS = ("event", "type", "source", "target", "date", "modality")


def main():
    items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 61))
    out = []
    for it in items:
        v = V[it["n"]]
        flags = dict(zip(FIELDS, (bool(x) for x in v[:6])))
        if not flags["event"]:
            assert not any(flags.values()), it["n"]
        flags["all"] = all(flags[f] for f in FIELDS)
        out.append(dict(it, verdict=flags, reasons=v[6]))
    with open(HERE / "events-a.jsonl", "w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    real = [o for o in out if o["verdict"]["event"]]
    print(f"| field | all {len(out)} | % | real events {len(real)} | % |")
    print("|---|---|---|---|---|")
    for fld in FIELDS + ("all",):
        a = sum(o["verdict"][fld] for o in out)
        r = sum(o["verdict"][fld] for o in real)
        print(f"| {fld} | {a}/{len(out)} | {100*a/len(out):.1f} | {r}/{len(real)} | {100*r/len(real):.1f} |")


if __name__ == "__main__":
    main()
