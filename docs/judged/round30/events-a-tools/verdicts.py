"""Round 30, judge a: verdicts on the 60 sampled events (seed 20261351).

n -> (event, type, source, target, date, modality, reason), 1 = right, 0 = wrong, scored by
docs/judged/CONVENTIONS.md. Writes ../events-a.jsonl and prints the per-field table.

usage: python verdicts.py   (from any directory)
"""
import json
from pathlib import Path

V = {
    1: (1, 1, 1, 1, 0, 1, "REQUEST by the Gabon government for the aid; no other party in the sentence, empty target right. "
        "Date wrong: the request is a background act of unknown time before the Marshall Islands' approval; "
        "the Friday of the announcement in the previous sentence is not its date."),
    2: (1, 1, 1, 1, 1, 1, "Campaign promise to reform the political system: CAMEO 034 intent to reform -> AGREE; "
        "Yadav NPL, no target, 2009 as the text gives it."),
    3: (0, 0, 0, 0, 0, 0, "Spurious: 'The clashes come amid ...' only refers back to the clashes coded from the earlier "
        "sentences; the sentence reports no new act and names no party (topic mention)."),
    4: (1, 1, 0, 1, 1, 1, "ASSAULT on Muslim Brotherhood members, Sunday = 2023-06-11 right, attribution to the opposition "
        "keeps it asserted; source empty although the sentence names 'security forces' (EGY)."),
    5: (1, 1, 1, 0, 1, 1, "Killing in the first air strike (19 Nov = 2022-11-19 right). The attacker (air force) is only in "
        "the previous sentence, so empty source is right; target empty but 'the four suspected Ebola sufferers' "
        "(SLE) are named in the sentence."),
    6: (1, 1, 1, 1, 1, 1, "'Today's protest' (the publishers' protest against the paper): PROTEST (the act is a boycott, "
        "mode demo is not scored); the sentence names neither party, so empty source/target are right; today = doc date."),
    7: (1, 1, 1, 1, 1, 1, "UN human rights experts condemn the U.S. military system on Thursday (= 2023-06-15)."),
    8: (1, 1, 0, 0, 1, 1, "REJECT of accusations (PLOVER 'all rejections'), 'later' = doc date. Source should be Panos "
        "Kammenos, head of the Greek AFA party (GRC), not 'head' DEU/GOV; target Ullrich is head of Germany's union "
        "(DEU), coded GRC."),
    9: (1, 1, 0, 0, 1, 1, "ASSAULT (the Nice attack, Saturday = 2023-06-10). Hollande is the speaker, not the attacker: "
        "source wrong (no attacker named: empty would be right); target empty but 'at least 11 people' is named."),
    10: (1, 1, 1, 1, 0, 1, "Eroglu (CYP) urges US congressional leaders (USA): REQUEST right. Date wrong: the text places "
         "the urging two days before the statement, a past act, not the document date."),
    11: (1, 1, 1, 1, 1, 1, "Red Cross evacuating 11,000 people from Burkina Faso: humanitarian AID. Text says IFRC, the "
         "extractor resolved ICRC: both are the 'International Red Cross' actor (CAMEO IRC), scored right. "
         "'said on Friday it had evacuated' dated Friday, right."),
    12: (1, 1, 0, 1, 1, 1, "Arrest of a suspect (PAK) by 'the officers' named in the same clause: source empty is wrong. "
         "Undated earlier act with no date: right."),
    13: (1, 1, 1, 1, 1, 1, "US and European countries decline to send delegates to the summit: REJECT (invitation/meeting); "
         "USA source right, no other party named, doc date for the news."),
    14: (1, 1, 1, 0, 1, 1, "Detention of Eritreans (passive, no detainer named: empty source right). Target lists Ethiopia, "
         "the destination of the deportation, as a party detained: wrong (Eritreans alone would be right)."),
    15: (1, 0, 1, 0, 1, 1, "Panama 'made concessions' to the EU, offering accounting and transparency: a promise of "
         "future concessions is CONCEDE, not AGREE; target empty though the EU is named as the party conceded to."),
    16: (1, 1, 1, 0, 1, 1, "NPA working with the local government: COOPERATE, NPA PHL right. Target country: the text puts "
         "the local authorities in Tuvalu and the mayor in New Taipei City; nothing makes them Philippine (PHL wrong)."),
    17: (1, 1, 1, 1, 1, 1, "Tonga refused to sign: REJECT, no other party named, pluperfect background with no date."),
    18: (1, 1, 1, 1, 1, 1, "UNSC approved the resolution Friday (2023-06-09): SUPPORT, no party named as target."),
    19: (1, 1, 1, 1, 1, 1, "UN humanitarian chief condemns Saint Lucia's treatment of migrants Tuesday (2023-06-13)."),
    20: (1, 1, 0, 1, 1, 1, "Clash between ethnic Armenians and Turks inside Turkey, late Saturday right; mutual, either "
         "order right. Source code ARM wrong: these are ethnic Armenians in Turkey, not Armenia (TUR or empty)."),
    21: (1, 1, 1, 1, 0, 1, "Preliminary consultations India-Pakistan: CONSULT right. Date wrong: a background act before "
         "the working group was formed 'earlier this week', given the document date."),
    22: (1, 1, 1, 0, 1, 1, "'fraudsters who had been convicted': SANCTION convict, no court named (empty source right), "
         "undated background (null right); target empty though 'fraudsters' is the party convicted."),
    23: (1, 0, 1, 1, 0, 1, "Protesters demanding an election: PLOVER codes protests making demands as PROTEST, not REQUEST. "
         "Date wrong: 30 July is the date of the demanded election, not of the demand (and 2022 is in the past)."),
    24: (1, 1, 1, 1, 0, 1, "Police used dogs and pepper spray on the crowds: ASSAULT crowd-control, USA right. Date wrong: "
         "the story places it in the weekend's events, not the document date (Thursday)."),
    25: (1, 1, 1, 0, 1, 1, "Found guilty: SANCTION convict, court unnamed; target empty but the Bocas area of the "
         "municipality of Vina del Mar (CHL) is the party convicted."),
    26: (1, 1, 1, 0, 1, 1, "Voters approved a reform (SUPPORT approve), Dec 2008 right. Target lists the EU (the reform is "
         "only 'EU-inspired') and Italy: EU is wrong."),
    27: (1, 1, 0, 1, 0, 1, "Migrants demand records from the government (LCA): REQUEST accepted (a demand to the government, "
         "not the demonstration itself). Source 'vulnerable women' is from a quote two sentences earlier; 'They' are "
         "the migrants. Date: background of unknown time, not the document date."),
    28: (1, 1, 1, 1, 1, 1, "Colombian forces shot dead a FARC guerrilla: ASSAULT firearms, no date given (null right). "
         "reported_by should be the Colombian spokesman, not Saud al-Faisal (not a scored field)."),
    29: (1, 1, 1, 1, 1, 1, "'His visit to Guatemala' resolves to Lukashenko (subject of the previous sentence, and "
         "protesters demand 'his departure'): CONSULT visit BLR -> GTM, news date."),
    30: (1, 0, 1, 1, 1, 1, "Dutch government announces an emergency package to beef up security: increasing security "
         "forces' readiness (MOBILIZE police), not AGREE (no offer to cooperate with anyone)."),
    31: (1, 1, 0, 0, 1, 1, "Refused to lay down weapons: REJECT right, but the refusers are the militia ('they'), who are "
         "coded as target, and the security services as source: both roles reversed."),
    32: (1, 1, 1, 1, 1, 1, "Moroccan official arrived in Kabul to meet mediators: CONSULT MAR -> mediators (no country), "
         "the arrival for the meeting reported as news, asserted accepted."),
    33: (0, 0, 0, 0, 0, 0, "Spurious: 'during Obama's visit to New York' is a president's trip inside his own country in a "
         "time phrase; New York is no host actor (and not a country). The act in the sentence is the refusal to talk."),
    34: (1, 1, 1, 1, 1, 1, "Arrest of an 18-year-old boy in Singapore (no arrester named), undated (null right)."),
    35: (1, 1, 1, 1, 1, 1, "Danish authorities arrested 20 people late Tuesday (2023-06-13)."),
    36: (1, 1, 0, 1, 1, 1, "Hypothetical negotiation allowed by the agreement, no date: CONSULT hypothetical right, target "
         "Northern Ireland Secretary of State (GBR) right. Source: Northern Ireland's ruling party is GBR, not 'Ireland's' IRL."),
    37: (1, 1, 1, 1, 1, 1, "Government had promised to tax small traders: intent to change policy (CAMEO 0342 -> AGREE), "
         "pluperfect background, null date right."),
    38: (1, 1, 1, 1, 1, 1, "UNSC approved the resolution (SUPPORT); date carried from 'drafted ... last month' (2023-05), "
         "a plausible reading of the truncated sentence, scored right."),
    39: (1, 1, 1, 0, 1, 1, "Foreign ministry started discussions on providing aid: AGREE (intent to aid) accepted, THA as "
         "the text says; target empty though 'countries facing the same problems' are named as recipients."),
    40: (1, 1, 1, 0, 0, 1, "Locals complaining about extremists: ACCUSE right; target empty though 'some extremist "
         "Muslims' are named. 'had been complaining' is background before the man's statement, not the document date."),
    41: (1, 1, 0, 0, 1, 1, "AGREE (vow to get in touch to settle): source is 'the country's Prime Minister' = Mongolia's PM "
         "(MNG), coded USA; Washington is the target and is left empty."),
    42: (1, 1, 1, 1, 1, 1, "Washington and Ramallah (as the text says) signed the agreement: SUPPORT sign, mutual, "
         "announced Thursday = doc date."),
    43: (1, 1, 1, 0, 0, 1, "Future CONSULT: 'On Monday ... will address parliament to discuss'. Target lists Cilia Popescu "
         "Pienaar, the party's own leader (wrong); date null although the text gives Monday (2023-06-19)."),
    44: (1, 0, 1, 1, 1, 0, "'demanding a fee from American exporters' sits inside 'a recent accusation': modality reported, "
         "not asserted; charging an import fee is a trade restriction, not a REQUEST (the coded act here is the ACCUSE). "
         "Ongoing practice: doc date accepted."),
    45: (1, 1, 1, 1, 0, 1, "Air Force officers shot at: ASSAULT, no shooter named; date wrong: 'since Sept. 1, when' "
         "dates it 2022-09-01, not the document date."),
    46: (1, 1, 0, 0, 1, 1, "Ties between Seoul and Cyprus downgraded in August (2022-08 right): SANCTION; both parties are "
         "named in the sentence (KOR -> CYP, the story's Seoul downgrade) but source and target are empty."),
    47: (1, 1, 1, 1, 0, 1, "Jauhar killed in the raid: ASSAULT on Jauhar (PAK); no asserted killer in the sentence (the CIA "
         "only in speculation), empty source right. Date: the raid is the May 2001 operation, not the document date."),
    48: (1, 1, 1, 1, 0, 1, "Shabwini murdered (ASSAULT), no attacker in the sentence, YEM accepted. Date: the assassination "
         "was on Saturday morning (previous sentence), not the document date."),
    49: (1, 1, 1, 1, 0, 1, "Government suspended operations in response to the attacks: RETREAT accepted (truncated). Date: a "
         "past act after the August attacks, of unknown date, given the document date."),
    50: (1, 1, 1, 1, 1, 1, "Detentions by government forces (JOR) enforcing the rule: ongoing practice, doc date; no target named."),
    51: (0, 0, 0, 0, 0, 0, "Spurious: 'many Russians visiting Singapore' are tourists; no visit by a political actor."),
    52: (1, 1, 1, 1, 1, 1, "'her party' (an Israeli party) opposed a two-state solution / Palestinian ...: REJECT, "
         "ISR -> PSE accepted, background with no date."),
    53: (1, 1, 1, 1, 1, 1, "SSIS investigating the deaths of three civilians: ACCUSE investigate, no party accused, "
         "ongoing (doc date)."),
    54: (1, 1, 0, 1, 0, 1, "Students joined the rally: PROTEST. Source country empty though the text makes Los Angeles "
         "(USA) plain; no aim in the sentence, empty target accepted; the rally was on Saturday (2023-06-10), not the "
         "document date."),
    55: (1, 0, 1, 1, 0, 1, "Ruler ordered his authorities to free all political prisoners within seven days: a promise of "
         "a future release (CONCEDE), not a REQUEST to another party. Date: said Saturday (2023-06-10), null is wrong. "
         "'Hassan' with no country: the body names no country, accepted."),
    56: (1, 1, 1, 0, 1, 1, "India, Japan, Thailand and the EU support the peace deal: SUPPORT; the target repeats the four "
         "supporters (wrong; the deal names no party to support, empty would be right)."),
    57: (1, 1, 0, 0, 0, 1, "Rescue (AID): the women and girl are the rescued, coded as source; target empty. The raid was "
         "early Tuesday (2023-06-13), not the document date."),
    58: (1, 1, 0, 1, 1, 1, "'We can't accept the principle of Indian troops': AGREE negated accepted (convention: REJECT "
         "asserted or the positive type negated). Yusuf leads the Pakistan Peoples Party: PAK, coded IND."),
    59: (1, 1, 0, 1, 1, 1, "Commission will 'work with Indonesia': COOPERATE future, no date right. Source is the European "
         "Commission, coded IDN."),
    60: (1, 1, 0, 1, 1, 1, "University blamed Egyptian authorities: ACCUSE, undated background right. The American "
         "University of Cairo is an institution in Egypt, coded USA."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]


def main():
    here = Path(__file__).resolve().parent
    items = [json.loads(l) for l in (here.parent / "events-a-items.jsonl").open()]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    rows = []
    with (here.parent / "events-a.jsonl").open("w") as f:
        for it in items:
            v = V[it["n"]]
            verdict = {k: bool(x) for k, x in zip(FIELDS, v[:6])}
            verdict["all"] = all(v[:6])
            rows.append(verdict)
            f.write(json.dumps({**it, "verdict": verdict, "reasons": v[6]}, ensure_ascii=False) + "\n")
    real = [r for r in rows if r["event"]]
    print(f"{'field':<9} {'all 60':>12} {'real events (%d)' % len(real):>18}")
    for k in FIELDS + ["all"]:
        a = sum(r[k] for r in rows)
        b = sum(r[k] for r in real)
        print(f"{k:<9} {a:>3}/{len(rows)} {100*a/len(rows):5.1f}%   {b:>3}/{len(real)} {100*b/len(real):5.1f}%")


if __name__ == "__main__":
    main()
