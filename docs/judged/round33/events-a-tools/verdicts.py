"""Round 33, judge a: verdicts on the 60 sampled events (events-a-items.jsonl), scored by CONVENTIONS.md.

V[n] = (event, type, source, target, date, modality, reason), 1 = right, 0 = wrong.
A spurious event (event 0) is wrong in every field.

usage (from docs/judged/round33): python events-a-tools/verdicts.py
writes events-a.jsonl and prints the per-field table (all 60, and real events only).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
SPUR = (0, 0, 0, 0, 0, 0)

V = {
    1: (1, 1, 0, 0, 0, 1, "Evacuation order is a REQUEST (orders). Source 'officials' at Austria's parliament (the story "
                           "opens with 'Austria's parliament', Vienna, Kronen Zeitung): DEU is wrong (the text's 'German "
                           "capital' contradicts itself, so DEU is not plain). Target 'all visitors' is a party named by a "
                           "common noun in the sentence: empty is wrong. Date: the text dates the attacks Friday "
                           "(2023-06-09), the evacuation follows the second blast that day; document date is wrong."),
    2: (1, 1, 1, 1, 1, 1, "Signing a free trade agreement = SUPPORT (sign/finalize agreement); Zambia (typo Zamibia) ZMB -> "
                           "Saudi Arabia SAU; 'October last year' = 2022-10."),
    3: (1, 1, 1, 0, 1, 1, "Pledge of aid = AGREE (intent to provide aid); EU source fine. Target: 'the West African "
                           "countries hit hardest by Ebola' is a definite description in the sentence (Liberia, Sierra "
                           "Leone, Guinea in the next one): empty is wrong. 'shortly after' background with no date: "
                           "unknown is right."),
    4: (1, 1, 1, 0, 1, 1, "Scheduled visit = CONSULT, future. Source the Eritrean Embassy delegation ERI. Target 'Porto' "
                           "coded as a country with no code: a city, not the visited country; wrong. Future act with no "
                           "date: unknown right."),
    5: (1, 1, 1, 1, 0, 1, "Killed in clashes = ASSAULT; no killer named, empty source right; Saleh al-Abdullatif IRQ right. "
                           "Date: the sentence says August 15; 2022-08-09 took the August 9 of the previous sentence. "
                           "'reportedly' is attribution, asserted kept."),
    6: (1, 1, 1, 1, 0, 1, "Strike spreading = PROTEST strike (not a duplicate under the same-sentence rule). No party named "
                           "in the sentence: empty source/target right. Date: the strikes are going on as this news is told "
                           "-> document date by the 'still going on' rule; unknown is wrong."),
    7: (1, 1, 1, 1, 1, 1, "Total 'more than 5,000 killed since the conflict erupted' = ASSAULT with no date (span rule); "
                           "victims COD plain from the DRC conflict; reported_by UN, asserted."),
    8: (1, 1, 0, 1, 0, 1, "'called for the decriminalization' = REQUEST. Source 'the organization' = the Human Rights Group "
                           "of Guyana (an NGO), not the country Guyana: wrong party. No addressee named: empty target right. "
                           "Date: 'recently released a report' is a background act of an earlier time, given the document "
                           "date: wrong."),
    9: (1, 1, 1, 1, 1, 1, "'slammed' = ACCUSE; Obama's office -> Obama USA GOV acceptable; Israel ISR; this news, document "
                           "date."),
    10: (1, 1, 0, 1, 1, 1, "Arrests = COERCE arrest. Source split into 'Ferguson[no code, organization]' and 'Missouri "
                            "police[USA/COP]': the first is a spurious party with no code, so the source is wrong. Arrestees "
                            "unnamed: empty target right. Saturday (06-10) from the story's narrative: right."),
    11: (1, 1, 0, 1, 1, 1, "Rebels surrendered a building and vehicles = RETREAT (mode should be return, type right). Source "
                            "ELN[COL] is the Colombian ELN: the rebels here are the story's Latvian 'National Liberation "
                            "Army (KNL/NLA)', COL wrong. The recipient of the surrender is not named in the clause (the "
                            "government is only the speaker): empty target right. Undated: right."),
    12: (1, 1, 1, 1, 1, 1, "'who was convicted' = SANCTION convict; court not named; Berlin man DEU. The sentence gives no "
                            "date (the conviction 'last year' is in a later sentence): unknown accepted as not another date."),
    13: (1, 1, 1, 1, 1, 1, "Blocking entrances = PROTEST obstruct; students KEN. Target the university (named in the "
                            "sentence as the obstructed place; no aim named): accepted. Sunday = 06-11 right."),
    14: (1, 1, 1, 0, 1, 1, "Police seizure in a raid = COERCE seize; Officers GBR plain (London, Coventry). Target: 'a raid on "
                            "their offices' - 'their' refers to the gang (previous sentence), the party acted upon: empty is "
                            "wrong. May 15 right."),
    15: (1, 1, 1, 1, 1, 1, "'is charged with' = ACCUSE allege; charging party not named in the sentence (police databases "
                            "are not the charger): empty right. Target Ronald G. G. Johnson: the text names no country "
                            "(Rochester/State Police only imply the US), empty code accepted. Charge reported as this news "
                            "(announced Wednesday): document date accepted."),
    16: SPUR + ("Spurious: a travel warning (advisory) is not a THREATEN (no threat of serious repercussions against "
                "France); the sentence is garbled and holds no PLOVER act between the parties.",),
    17: SPUR + ("Spurious: 'Obama campaigned for re-election against Romney' is electioneering, not ACCUSE. The sentence's "
                "event is MOBILIZE (officers fanned out), not coded here.",),
    18: (1, 1, 0, 0, 1, 1, "'were detained in September 2014' = COERCE arrest, 2014-09 right. Source: the detainer is 'the "
                            "government' named in the same sentence (Senegal): empty is wrong. Target Amnesty "
                            "International is wrong: the detained party is 'a small group of activists'."),
    19: (1, 1, 0, 1, 1, 1, "'would strike if nothing else was offered' = THREATEN (strike). Source is 'Penn faculty', not the "
                            "'NEC Board of Council' (reported_by 'Penn' as a person is also off). No addressee named: empty "
                            "target right."),
    20: (1, 1, 1, 1, 1, 1, "'Kosovo is demanding' = REQUEST; Kosovo XKX; no addressee named (NATO is the object of the "
                            "membership, not the one asked); ongoing demand, document date."),
    21: (1, 1, 0, 1, 0, 1, "Truncated 'spotted one of the helicopters and warned' = THREATEN accepted (a military warning). "
                            "Source is the Nicaraguan pilot, not Lopez Ocasio (the speaker). Object of the warning not "
                            "given: empty target right. Date: the text says the incident happened overnight Wednesday "
                            "(06-14): document date wrong."),
    22: (1, 1, 1, 1, 1, 1, "'appealed to the ICC to punish' = REQUEST; OHCHR UN; ICC; 'Also Monday' = 06-12."),
    23: (1, 1, 0, 1, 1, 0, "The sentence holds a COERCE (the move would have the media 'controlled by the government'), "
                            "counted as this record's act; type right. Source: 'the government' (Niue) is named in the "
                            "sentence: empty wrong. No party acted upon beyond 'individual freedoms': empty target "
                            "accepted. Modality: 'The move would require' is future/hypothetical; 'negated' (from 'no "
                            "freedoms be restricted') is wrong."),
    24: (1, 1, 1, 1, 1, 1, "Curfew = COERCE curfew; imposer not named (Donegan only says): empty source right; 'for "
                            "Antiguana' is a place, empty target accepted. 'tonight' on the document date; reported_by "
                            "Donegan ATG police."),
    25: (1, 1, 1, 1, 1, 1, "'two Christians were killed' = ASSAULT; no killer named; Christians TCD; 'Yesterday' resolved "
                            "against the document date (06-14), accepted; reported_by the spokesman."),
    26: (1, 0, 1, 1, 1, 1, "Promise to allow arms to the army once an agreement is signed = promise to ease an arms "
                            "embargo, CONCEDE (promise of future easing of restrictions; CAMEO 035x), not AGREE. Source "
                            "Roca PRY (MIL for a defence minister is a role detail). The party conceded to is not named: "
                            "empty target right. 'has now promised', this news."),
    27: (1, 1, 0, 1, 1, 1, "'refused to surrender some of their weapons' = REJECT. Source: 'the group' is Al-Saleh and his "
                            "forces (previous sentence), whose allies are the Houthis; Houthis is the wrong party. Nobody "
                            "named to surrender to: empty target right."),
    28: (1, 1, 1, 1, 1, 1, "Suicide car bomb killing civilians = ASSAULT; attacker not named; civilians AFG; 'late Tuesday' "
                            "= 06-13; reported_by police chief."),
    29: (1, 1, 0, 0, 1, 1, "'condemned the deadly wave of attacks' = ACCUSE. Source: 'Activists across the Arab world' have "
                            "no single country; PSE is wrong (empty would be right). Target: the attacks are 'in Israel and "
                            "the Palestinian territories' (place, attackers unnamed); Israel as the condemned party is "
                            "wrong. Thursday = 06-15 right."),
    30: (1, 1, 0, 0, 0, 1, "'the sex-related arrest' refers to Miller's arrest (COERCE arrest). Miller is the arrestee, not "
                            "the source (arresting police unnamed: empty source would be right); target should be Miller, "
                            "empty wrong. Date 2012-12 is the date of the alleged offence, not of the arrest: wrong."),
    31: (1, 1, 1, 1, 0, 1, "'Security forces have been stationed in Taksim Square' = MOBILIZE (mode police rather than troops; "
                            "type right); TUR right. Date: 'on Monday evening' belongs to the following 'but ...' clause; the "
                            "stationing is ongoing (document date): 06-12 wrong."),
    32: (1, 1, 0, 1, 1, 1, "'his country ... had agreed to resume construction of a road' = AGREE accepted. Source: the "
                            "agreeing party is 'his country' = Bhutan (BTN), not the speaker Dhon Chende, and he has no "
                            "code: wrong. No other party named: empty target right; undated: unknown right."),
    33: (1, 1, 1, 1, 1, 1, "'made concessions on the wages' = CONCEDE; Shams-Al-Alam JOR (union leader in Jordan); party "
                            "conceded to not named in the sentence; Wednesday deal = 06-14."),
    34: (1, 1, 0, 1, 0, 1, "Attacks by Islamist groups on France = ASSAULT. Source: 'Islamist groups led by the Islamic State "
                            "group' are not plainly French; FRA wrong. Target France right. Date: 'an increase ... since "
                            "2015' is a span summed from an earlier time, no date; document date wrong."),
    35: (1, 1, 1, 0, 0, 1, "'approved the deployment' = SUPPORT (approve action). Sources: International Emergency "
                            "Coordinator (no seat country, empty right) and the UN mission: right. Target: 'the "
                            "peacekeepers' (Ethiopia's mission) is named in the sentence: empty wrong. Date: the approval "
                            "preceded a deployment already made; background act given the document date: wrong."),
    36: (1, 1, 1, 1, 1, 1, "'have arrested at least 20 people' = COERCE arrest; Italian police ITA -> 20 people ITA; said "
                            "Friday (06-09) as this news: right."),
    37: (1, 1, 1, 0, 1, 1, "Norwegian air force providing security and protection to the UN headquarters = AID (military "
                            "assistance/personnel), accepted. Target: 'the headquarters' and 'other UN departments' are "
                            "the UN, named in the sentence: empty wrong. Ongoing: document date right."),
    38: (1, 1, 1, 1, 1, 1, "'Protests were also held in Montenegro, Greece and Turkey' = PROTEST demo; no protesters named: "
                            "empty source right. Targets the three states: right by the crowd-protest rule (the sentence "
                            "names no aim), although the story aims them at a Malta proposal/EU treaty (I would not code "
                            "the states). Sunday = 06-11."),
    39: (1, 1, 1, 0, 1, 1, "'police detained another private investigator' = COERCE arrest; TTO police; March 23 right. "
                            "Target: 'another private investigator' is a party named by a common noun: empty wrong."),
    40: SPUR + ("Spurious: 'has given up hope of being allowed to meet' is no concession (CONCEDE) and no PLOVER act; "
                "trigger 'given' in another sense.",),
    41: SPUR + ("Spurious: 'help the United States fight the growing influence of organized crime' - 'fight' is not ASSAULT; "
                "no violence.",),
    42: (1, 1, 1, 1, 1, 1, "'rejected a proposal' = REJECT (mode meet is off, type right); Faroe Islands coded DNK (Danish "
                            "realm) accepted; proposer not named: empty target right; 'Last year' = 2022."),
    43: (1, 1, 0, 0, 1, 1, "Headline 'X, Y, ... Agree to Hold Military Talks' holds an act: AGREE (to meet), mutual. Source "
                            "and target lists both omit Chile, the last of the 16 countries named (Kazakhstan appears "
                            "twice): the party set is incomplete, wrong in both. Document date for the headline news."),
    44: (1, 1, 0, 1, 0, 1, "'the Antigua attacks' refers to attacks (ASSAULT) as background. Source Antigua and Barbuda is "
                            "the place of the attacks, not their agent (the story's raid was by the British Dominica "
                            "Defense Force): wrong. Target not named: empty right. Date: earlier attacks (January 15 raid) "
                            "given the document date: wrong."),
    45: (1, 1, 1, 1, 1, 1, "'It's possible North Korea could eventually open peace talks with John Key' = CONSULT, "
                            "hypothetical; PRK -> John Key NZL; no date right."),
    46: (1, 1, 0, 1, 1, 1, "'has stepped down' = RETREAT resign; Wednesday = 06-14. Source adds \"China's top leader\" from "
                            "the apposition 'the son of China's top leader': a second, wrong party; source wrong."),
    47: (1, 1, 1, 1, 0, 1, "'The riot also left several injured' = PROTEST riot (the riot of an earlier sentence; not a "
                            "same-sentence duplicate). No party named: empty source/target right. Date: the text puts the "
                            "riot outside the police station on Tuesday (06-13): document date wrong."),
    48: (1, 1, 0, 0, 1, 1, "'Environmentalists applaud Greenland's initiative' = SUPPORT. Source: environmentalists have no "
                            "country in the text (BLZ wrong, empty would be right). Target: Greenland, not 'Denmark' - the "
                            "party named is Greenland: wrong."),
    49: (1, 1, 0, 0, 1, 1, "'they welcomed the opportunities in collaboration' = SUPPORT accepted. Source 'South Chamorro' "
                            "(a place, coded as a country) is wrong: 'they' = Perlongo and May. Target 'Chamorro and "
                            "British governments[GBR]' conflates both sides under GBR: wrong. Monday = 06-12 right."),
    50: (1, 1, 1, 1, 1, 1, "'will visit Sudan' = CONSULT visit, future; Obama USA -> Sudan SDN; no date right."),
    51: (1, 1, 1, 1, 0, 1, "'denounced the attack' = ACCUSE; de Maiziere DEU GOV; attackers not named: empty right. Date: "
                            "the story carries its own dateline 'Berlin, December 18' for this news; the document date "
                            "(2023-06-15) is another date: wrong."),
    52: (1, 1, 1, 0, 0, 1, "'Kennedy and Khrushchev signed the INF Treaty' = SUPPORT (sign), mutual. Source Khrushchev SUN "
                            "right. Target should be Kennedy (USA); the list adds 'Russia' from the relative clause "
                            "('threaten Russia'): wrong. Date: a 1960s act (the story's 1963 setting) given the document "
                            "date: wrong."),
    53: (1, 1, 0, 1, 1, 1, "'Gnassingbe was expected to visit Gambia' = CONSULT visit, future; target Gambia right. Source "
                            "coded GMB: the story makes him the president of Tonga (commended by Gambia; he is to visit "
                            "Gambia), so GMB is wrong."),
    54: SPUR + ("Spurious: 'no member of the existing government can be convicted' is a constitutional immunity clause, not "
                "an act of conviction (negated or otherwise).",),
    55: (1, 1, 1, 1, 1, 1, "'is currently fighting Chinese forces' = ASSAULT; 'the terrorist organization' = ETIM, CHN REB; "
                            "Chinese forces CHN; said in late July -> 2022-07; attribution keeps asserted."),
    56: (1, 1, 0, 1, 1, 1, "Signed agreement = SUPPORT. Source split into 'chief[no code]' and the Nigerian corporation: the "
                            "signer ('the chief of naval operations of Nigeria's ...') lost its NGA code: wrong. Target "
                            "'president[PRT]' + 'Portugal[PRT]': the Portuguese side, accepted."),
    57: (1, 1, 0, 0, 1, 1, "A notice 'ordering them to refrain' = REQUEST. Roles reversed: the Ministry of Public Works (CHL "
                            "GOV) orders, the firms are ordered; source and target both wrong."),
    58: SPUR + ("Spurious: 'the police did not take the necessary steps to verify' - 'take' is no arrest; no COERCE act.",),
    59: (1, 1, 1, 1, 1, 1, "'The army has closed the border crossings' = COERCE restrict (movement); Egypt army EGY; no "
                            "target party; present perfect, this news."),
    60: (1, 1, 1, 1, 1, 1, "'I am calling on all parties to refrain from ... violence' = REQUEST; Ban Ki-moon UN -> parties "
                            "CIV (the Ivory Coast conflict); statement as this news."),
}

FIELDS = ("event", "type", "source", "target", "date", "modality")


def main():
    items = [json.loads(l) for l in (HERE / "events-a-items.jsonl").open()]
    assert len(items) == 60 and sorted(V) == [it["n"] for it in items]
    out = []
    for it in items:
        v = V[it["n"]]
        assert len(v) == 7, it["n"]
        if not v[0]:
            assert not any(v[1:6]), it["n"]
        verdict = {f: bool(x) for f, x in zip(FIELDS, v[:6])}
        verdict["all"] = all(v[:6])
        out.append(dict(it, verdict=verdict, reasons=v[6]))
    with (HERE / "events-a.jsonl").open("w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    real = [o for o in out if o["verdict"]["event"]]
    print(f"{'field':10} {'all 60':>14} {'real (' + str(len(real)) + ')':>16}")
    for f in FIELDS + ("all",):
        a = sum(o["verdict"][f] for o in out)
        r = sum(o["verdict"][f] for o in real)
        print(f"{f:10} {a:>3}/{len(out)} {100 * a / len(out):5.1f}%   {r:>3}/{len(real)} {100 * r / len(real):5.1f}%")


if __name__ == "__main__":
    main()
