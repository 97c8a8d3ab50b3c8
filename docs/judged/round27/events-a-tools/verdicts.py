"""Round 27, judge a: verdicts on the 60 sampled events (events-a-items.jsonl).

V[n] = (event, type, source, target, date, modality, reason), 1 = right, 0 = wrong.
Scored by docs/judged/CONVENTIONS.md. Readings applied throughout:
- an empty source is taken as right when the sentence names no agent (passive without a by-phrase,
  a bare noun such as "the latest test"), the symmetric reading of the no-party rule for targets;
- an empty target is wrong when the sentence names the party acted upon, even by a common noun
  ("civilians", "Western governments", "the international community");
- a statement of an earlier act with no own date takes the date the text gives the statement.
Writes events-a.jsonl beside this folder and prints the per-field table.
"""
import json
import pathlib

V = {
    1: (1, 1, 1, 1, 0, 1, "clashes with riot police = ASSAULT; Galvez is a party in the sentence (SLV right; "
        "her GOV role is wrong but not scored); the sentence gives 'Saturday September 14', document date wrong"),
    2: (1, 1, 0, 1, 1, 1, "approval of the aid transfer coded AID; the approver is the Marshall Islands government/"
        "parliament, not Gabon; the sentence names no recipient, empty target right; last Friday = 06-09 right"),
    3: (1, 1, 1, 1, 1, 1, "EU and US 'offered each other help' = AGREE, mutual; Sunday = 06-11"),
    4: (1, 1, 1, 0, 1, 1, "Sudanese military supports Kiir's rebellion; Kiir is named in the sentence, empty target "
        "wrong; 'currently' takes the document date"),
    5: (1, 1, 1, 1, 1, 1, "CONSULT future: Paz with the Mauritanian and Gambian FMs 'this week' (2023-W24)"),
    6: (1, 1, 1, 1, 0, 1, "Syria dismissed the U.N. report = REJECT; the report is Pillay's, target right; the "
        "dismissal is this news (document date), not 2022"),
    7: (1, 1, 0, 0, 1, 1, "'the two sides' who met and agreed are Iceland and Mauritius (story lead), not the rival "
        "demonstrators of the previous sentence; neither side coded"),
    8: (0, 0, 0, 0, 0, 0, "spurious: 'will investigate how to stop migrants' is a policy study, not an ACCUSE "
        "investigation of a party (Russia is only the migrants' route)"),
    9: (1, 1, 1, 1, 1, 1, "'the latest test' = (North Korea's) weapons test, MOBILIZE weapons; the sentence names no "
        "tester, empty source taken as right by the no-party rule (I would have coded North Korea); the test "
        "is the news the official reacts to, document date right"),
    10: (0, 0, 0, 0, 0, 0, "spurious: 'continue to meet their duties' is no meeting"),
    11: (1, 1, 1, 1, 0, 1, "REQUEST US -> Obama as written; 'has for years pressed' is an act still going on, "
         "document date per CONVENTIONS, not no date"),
    12: (1, 1, 0, 1, 1, 1, "'they rallied' = the ~250 protest participants (USA), not the lawmakers they addressed; "
         "state target right (aimed at lawmakers / benefits); Wednesday = 06-14"),
    13: (1, 1, 1, 1, 1, 1, "IDF reached a cease-fire deal with Palestinian fighters = AGREE (willingness to end a "
         "conflict); announced Saturday 06-10"),
    14: (1, 1, 1, 0, 1, 1, "Moscow and Beijing accuse 'Western governments', named in the sentence, target empty"),
    15: (1, 1, 0, 0, 0, 1, "cyber attacks: the Netherlands is the victim and reporter, the attacker is the Kremlin; "
         "target (Dutch government computers) empty; attacks 'at least two years ago' (2011) given 06-13"),
    16: (1, 1, 1, 1, 1, 1, "Turkey condemned 'the violence': ACCUSE; no party named, empty target right"),
    17: (1, 1, 1, 1, 1, 1, "mayor Palma called for swift justice and an apology = REQUEST; PHL from the story's only "
         "country (not certain); no addressee named"),
    18: (1, 1, 1, 0, 0, 1, "passive arrest with no agent: empty source right; target split into 'head[None]' and "
         "Tikhonovsky coded MNG (his NGO operates in Kyrgyzstan); 'yesterday' of 'Tuesday, September 29' = Sep 28, "
         "not 06-14"),
    19: (1, 1, 1, 1, 1, 1, "Bakary proposed a cooperation plan with Brazil = AGREE (offer)"),
    20: (1, 1, 1, 1, 1, 1, "Samuelsen spoke with Al Khalifa 'this morning' = CONSULT (phone)"),
    21: (1, 1, 1, 1, 1, 1, "Albania made concessions to Botswana = CONCEDE; undated act takes the statement's "
         "Tuesday before the Oct 30 dateline (2022-10-25), accepted"),
    22: (1, 1, 0, 1, 1, 1, "the visitor is the deputy spokesman of Afghanistan's foreign ministry, not Karzai; "
         "Islamabad/Pakistan target and 'next week' (W25) right"),
    23: (1, 1, 1, 1, 1, 1, "rebels kill civilians by shelling = ASSAULT; ITA as the text calls San Marino an Italian "
         "enclave; continuing act, document date"),
    24: (1, 1, 1, 1, 1, 1, "Lula 'will be sentenced' = SANCTION convict future; no sentencer named; no date"),
    25: (1, 0, 1, 1, 1, 1, "the cabinet voted for (imposed) a tourism ban on La Reunion: SANCTION, not SUPPORT "
         "(approval); August -> 2022-08 right"),
    26: (1, 1, 0, 1, 1, 1, "Soraya is Mongolia's prime minister, coded USA"),
    27: (1, 1, 1, 0, 1, 1, "Saudi airstrikes killed 'Yemeni civilians', named, target empty; Aug 16 report date "
         "(2022) accepted for the undated strikes"),
    28: (1, 1, 1, 1, 1, 1, "Zambia commended Madagascar = SUPPORT"),
    29: (1, 1, 1, 1, 1, 1, "Saudi Arabia will provide the Egyptian army weapons = AID future, from November 11"),
    30: (1, 1, 0, 0, 1, 1, "'the 2003 Iraq invasion' = ASSAULT 2003; Iraq is the invaded country (target), not the "
         "invader; invader not named in the sentence"),
    31: (1, 1, 1, 0, 1, 1, "Trump 'would like to restrict' = COERCE hypothetical; 'some young people' are named as "
         "the restricted, target empty; no date right"),
    32: (1, 1, 0, 1, 1, 1, "Doudou is a senior U.N. official (next sentence), coded CAF"),
    33: (1, 1, 1, 0, 0, 1, "killing by guards and police (NER) of 'innocent Fulani people', named, target empty; "
         "the killings were late April - May 13 (background), not the document date"),
    34: (1, 1, 1, 0, 1, 1, "Thailand seeks assistance from 'the international community', named, target empty"),
    35: (1, 1, 1, 1, 1, 1, "Xi called on Ban to push for a climate pact = REQUEST"),
    36: (1, 1, 1, 1, 1, 1, "authorities took the weapons = COERCE seize; owner not named; no date for the taking "
         "in the sentence, document date accepted (lead: disarmament this week)"),
    37: (1, 1, 0, 1, 1, 1, "vow to renew attacks = THREATEN; protesters attacking Australian soldiers in Papua New "
         "Guinea coded AUS"),
    38: (1, 1, 1, 0, 1, 0, "'the proposal' (the Vienna/Iraqi initiative) is not Slovakia; 'he expected the "
         "Government not to support' is hypothetical (like 'hinted they would reject'), not negated"),
    39: (1, 1, 0, 1, 0, 1, "Fashola is Madagascar's prime minister, coded LUX; the quote is from the interview "
         "aired Wednesday (06-14, previous sentence), not the document date"),
    40: (1, 0, 1, 0, 1, 0, "'a suspension of attacks' by Boko Haram is RETREAT (ceasefire); coding ASSAULT asserted "
         "says the opposite; troops in northeast Cameroon, country not given, NGA a guess"),
    41: (1, 1, 1, 1, 0, 1, "Dutch approval of the Anguilla plan = SUPPORT; the text dates the approval Oct. 1 "
         "(next sentence), document date wrong"),
    42: (1, 1, 1, 0, 1, 1, "Kabila (Zairean = COD) meeting: the text makes Gnassingbe 'Mozambique's "
         "president-for-life', coded TGO from world knowledge"),
    43: (1, 1, 1, 1, 0, 1, "accusation before the Oct 2007 detention is background; given Monday 06-12"),
    44: (1, 1, 0, 1, 1, 1, "attack by the Khilafah group: source adds police director Angara, who only reported it; "
         "attack's party not named, empty target right; Monday 06-12 right"),
    45: (0, 0, 0, 0, 0, 0, "spurious: a domestic policy proposal (finance infrastructure) is no act toward a party"),
    46: (1, 1, 1, 1, 1, 1, "Gautam being detained = COERCE arrest; detainer not named; ongoing, document date"),
    47: (1, 1, 1, 1, 1, 1, "Portugal proposed the visit = AGREE (willingness to meet); island not named"),
    48: (1, 1, 1, 1, 1, 1, "Thaci's promise to open camps = AGREE; 2023 coarse but consistent with the news date"),
    49: (1, 0, 1, 1, 1, 1, "a government protesting a warship's presence is ACCUSE (disapprove); PROTEST is for "
         "civilian demonstrations"),
    50: (1, 1, 1, 1, 1, 1, "Spain's royal palace asked the Vatican = REQUEST; report date Thursday accepted"),
    51: (0, 0, 0, 0, 0, 0, "spurious: 'had previously granted concessions' = business concessions (licences), "
         "not a CONCEDE"),
    52: (1, 1, 0, 0, 0, 1, "Occupy Central protests: protesters not coded; Beijing named as what they answered, "
         "target empty; the text gives 'early August', not the document date"),
    53: (1, 1, 1, 0, 1, 1, "gunmen opened fire: the people killed are named, target empty; yesterday = 06-14"),
    54: (1, 0, 0, 0, 1, 1, "police searching the students = COERCE (search), not ACCUSE investigate; 'the police' "
         "(India, JNU) coded as a 'police official' with no country; students named, target empty"),
    55: (1, 1, 1, 1, 1, 1, "unions voted to suspend the strike = RETREAT (easing dissent); by Sunday 06-11"),
    56: (1, 1, 1, 1, 1, 1, "clashes between police and protestors (MNE) = ASSAULT; March 12 2013 narrative accepted"),
    57: (1, 1, 0, 1, 1, 1, "rebels coded CHN, but the text makes Tibet Bhutan's region and gives no country; "
         "Feb 3 -> 2023-02-03 right"),
    58: (0, 0, 0, 0, 0, 0, "spurious: 'leaving behind bodies' is no SANCTION withdraw"),
    59: (1, 1, 0, 0, 1, 1, "strikers in Taipei coded AUS and target Australia; should be Taiwan workers -> the "
         "Labor Department/Taiwan"),
    60: (1, 1, 1, 1, 0, 1, "Japan agreed to a ceasefire 'hours' before Wednesday's announcement: 06-14, not no date"),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
HERE = pathlib.Path(__file__).resolve().parent.parent


def main():
    items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        v = V[it["n"]]
        if not v[0]:
            assert not any(v[1:6]), it["n"]
        verdict = {f: bool(x) for f, x in zip(FIELDS, v[:6])}
        verdict["all"] = all(v[:6])
        out.append({**it, "verdict": verdict, "reasons": v[6]})
    with open(HERE / "events-a.jsonl", "w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    real = [o for o in out if o["verdict"]["event"]]
    print(f"{'field':<9} {'all 60':>12} {'real events (%d)' % len(real):>18}")
    for f in FIELDS + ["all"]:
        a = sum(o["verdict"][f] for o in out)
        r = sum(o["verdict"][f] for o in real)
        print(f"{f:<9} {a:>3}/60 {100*a/60:5.1f}% {r:>6}/{len(real)} {100*r/len(real):5.1f}%")


if __name__ == "__main__":
    main()
