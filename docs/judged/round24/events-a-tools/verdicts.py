"""Round 24, judge a: verdicts on the 60 sampled events (seed 20261330), scored by docs/judged/CONVENTIONS.md.

n -> (event, type, source, target, date, modality, reason), 1 = right. A spurious event is 0 in every field.
usage (from docs/judged/round24): python events-a-tools/verdicts.py
writes events-a.jsonl (items + "verdict" + "reasons") and prints the per-field table.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
SPUR = (0, 0, 0, 0, 0, 0)

V = {
    1: (1, 1, 1, 1, 1, 1, "AID, Saudi Arabia ('the kingdom') -> Eritrea, a plan to provide military assistance: future, no date in the sentence (the earlier sentence's Nov 11-19 is for another delivery); all right."),
    2: (1, 1, 1, 0, 0, 0, "AGREE (ready to continue talks) by the US (with South Korea) is right, but the talks are between the US and South Korea: North Korea is only the condition ('even if North Korea's weapons program...'), so the target is wrong. 'Have indicated' is reported as this news: document date expected, not null. The indication of willingness is itself asserted, not hypothetical."),
    3: (1, 1, 0, 0, 1, 1, "COERCE cyber is right and reported as this news (document date). The sentence names the attackers ('Korean-speaking hackers', 'the hackers') and the victim (Hwasong Nuclear Power Station, South Korea): empty source and empty target are both wrong."),
    4: (1, 1, 1, 1, 1, 1, "ACCUSE allege: prosecutors (USA, New York case) indicted Stryker; a company with no country in the text, empty code right; 'had filed' is background with no date: null right."),
    5: (1, 1, 1, 1, 0, 1, "Sending troops, inside Ethiopia's accusation: reported, Eritrea -> Ethiopia. MOBILIZE for 'sending its troops' is defensible (the fighting itself would be ASSAULT). The text gives the act 'in 1998': null date is wrong."),
    6: (1, 1, 1, 0, 1, 1, "A parliamentary committee (Iceland) approving the law: SUPPORT approve, Tuesday = 2023-06-13 right. The sentence names no party acted upon (a law is not a party): Iceland as target is wrong, empty would be right."),
    7: (1, 1, 1, 0, 1, 1, "AGREE: Australia agreed Friday (06-09) to send ministers for talks. 'The remote Central African nation' is a description of Burundi, not the Central African Republic: target wrong."),
    8: (1, 1, 1, 1, 1, 1, "REQUEST: Najib urged the government to adopt policies; Malaysia government target; no date in the sentence, reported as this news: document date right."),
    9: SPUR + ("Spurious: 'South Korea described the drill as a sensational display' is a comment on the North Korea-Hezbollah drill (already coded in sentence 1); South Korea mobilized nothing.",),
    10: (1, 0, 1, 1, 0, 0, "An announcement that a curfew would be lifted is a promise of future easing: PLOVER CONCEDE ('promise of removing curfews in the future'), not RETREAT. Algeria for its presidential office is acceptable; no target right. The announcement is dated Thursday (2023-06-15), null is wrong; 'would be lifted' announced is future/asserted, not hypothetical."),
    11: (1, 1, 1, 1, 1, 1, "ACCUSE allege: 'He' (Abu al-Libi) had been indicted; indicter unnamed (empty source right); country of al-Libi not given by the text (empty code right); pluperfect background with no date: null right."),
    12: (1, 1, 0, 0, 1, 1, "ASSAULT by 'They' = the two US-led coalition jets, against a Nusra Front unit and vehicles. The extractor has Nusra Front as source and no target: source and target wrong. Date: 'earlier in the day' of Monday's report, 06-12 acceptable."),
    13: (1, 1, 1, 0, 0, 1, "SUPPORT (thanked for the support) Martinelli -> James Costos, but Costos is the U.S. Ambassador: country USA, not SUR (target wrong). 'Last month' is 2023-05, not 2023-06-11 (date wrong)."),
    14: (1, 1, 1, 1, 1, 1, "ASSAULT crowd-control: police fired rubber bullets and tear gas at the protesters (Bangladeshi Jamaat activists); Saturday (06-10) 13:30 from the story; a different sentence from the first paragraph's clash, so not a duplicate by the rule."),
    15: (1, 1, 1, 0, 1, 1, "ACCUSE investigate, ongoing ('are being investigated'): no investigator named, document date right. Target parties (lawmakers, the president) are right but coded USA: the text sets this on the island of Guam, whose own code is GUM (it announced martial law as a polity). Target wrong on the country code."),
    16: (1, 1, 1, 0, 0, 1, "SUPPORT approve: both chambers of the Eritrean parliament approved the law (source right; the duplicate 'both chambers[None]' entry is a flaw, not scored). Target Eritrea wrong (no party acted upon; empty would be right). '10 March' sits in a story dated by 13 February 2012: 2023-03-10 takes the wrong year."),
    17: (1, 1, 0, 1, 1, 1, "The sentence carries Valerie Amos's appeal for an integrated response (REQUEST for assistance, asserted, document date), but the source is her (UN), not Guinea: the extractor took 'The crisis in Liberia, Sierra Leone and Guinea calls for' as Guinea calling. No target in the sentence: empty right."),
    18: (1, 1, 1, 1, 1, 1, "ASSAULT: the Honduran authorities had been assaulted; the assailant is not stated for this act (empty source acceptable); background of the decision with no date: null right; 'reports that' is attribution: asserted."),
    19: (1, 1, 1, 1, 1, 1, "PROTEST boycott: businesses in Thessaloniki (Greece) boycotting, ongoing: document date; no target named."),
    20: (1, 1, 1, 1, 1, 1, "COERCE seize for a government nationalising the islands (authorities seizing property); Argentina; the text gives June 3, 1982 for the act (the '2008 decision' is incoherent); no party target."),
    21: (1, 1, 1, 1, 1, 1, "ASSAULT: insurgents had killed more soldiers in previous days (Iraqi context); 'in previous days' gives no date: null right."),
    22: (1, 1, 1, 0, 0, 1, "ASSAULT: EAPA rebels fighting troops loyal to Somalia's president. The target is those troops (SOM), not the rebels themselves (extractor coded the rebels as both source and target). 'Had been fighting' is background before the recapture of Juba: the document date is wrong."),
    23: (1, 1, 1, 1, 1, 1, "ASSAULT: 'It' = the Houthi insurgent group (YEM) has fought south of the city since March, ongoing: document date right; no party target."),
    24: (1, 1, 1, 1, 0, 1, "REQUEST Macron -> Austria right, but the call came before Austria's Friday (06-09) decision: a background act of an earlier time given the document date (06-15) is wrong."),
    25: (1, 1, 0, 1, 1, 1, "A surrender (RETREAT) by the men/rebels is what the garbled clause reports ('mediators returned their surrender'); 'Libya government' is named nowhere and did not surrender: source wrong. No clear target; Wednesday deal 06-14 acceptable."),
    26: (1, 1, 1, 1, 1, 1, "ACCUSE investigate: Syrian authorities started an investigation into today's blast; no party target; document date right."),
    27: SPUR + ("Spurious: 'to encourage cooperation' is the purpose of the visit already coded from the same sentence (CONSULT visit); no separate request is reported.",),
    28: (1, 1, 1, 1, 1, 1, "AGREE to hold a summit, US and Jordan mutual, Monday = 06-12: all right."),
    29: (1, 1, 1, 1, 0, 1, "COERCE arrest of Nogent, referred to in Admati-Manas's quote (attribution: asserted); arrester not named in the sentence (empty right). The arrest is the one of April 22 (earlier sentence): the document date is wrong for this background act."),
    30: (1, 1, 1, 0, 1, 1, "AGREE to a plan for military exercises; Estonia right, but Togo is the other party to the agreement named in the sentence and is missing (empty target wrong). Thursday = 06-15 acceptable."),
    31: (1, 1, 0, 0, 1, 1, "REQUEST (Lee wants the country to move to free trade) is acceptable. Lee is a candidate in Saint Kitts and Nevis (KNA), not USA: source wrong. The party asked is 'the country' (Saint Kitts and Nevis), not the United States (only the example): target wrong."),
    32: (1, 1, 1, 0, 1, 1, "COERCE arrest by military and police (SLE) right; 'they' = the protesters/'elements' of the previous sentence: empty target wrong. 'Yesterday' anchored on an undated statement: the document date less a day is accepted."),
    33: (1, 1, 1, 1, 1, 1, "SUPPORT: Austria recognized Suriname on Monday (06-12): all right."),
    34: (1, 1, 1, 1, 0, 1, "ASSAULT heavy-weapons: US/NATO/Israeli forces shelled civilians (Israeli forces taken as one of the named joint party; Syrian civilians). Attribution to Syrian officials keeps it asserted. The text gives the day (10 March 2012): '2012-03' is not at the precision the text gives."),
    35: (1, 1, 0, 0, 1, 1, "REQUEST (insisting): the source is Ankara (Turkey), not the PYD (which is one of the parties told to leave). Target: YPG is right but Syria is added and PYD missing: wrong. Ongoing: document date right."),
    36: (1, 1, 1, 1, 1, 1, "AGREE: Kagame promised on Friday (06-09) that peacekeepers would be sent; no party target named."),
    37: (1, 1, 1, 1, 1, 1, "Hezbollah prepared to send troops into the capital 'if asked': MOBILIZE hypothetical, no date, no target: right (a coder might call it a THREATEN; MOBILIZE hypothetical is defensible)."),
    38: (1, 1, 1, 0, 1, 1, "COERCE seize (raid on a compound, weapons cache seized, militants arrested) acceptable; 'the country's military' = Ghana's; 'early last week' = 2023-W23 right. The raid's target is the Islamists of the 'Islamist compound' (the militants): empty target wrong."),
    39: (1, 0, 1, 1, 0, 1, "'Offered praise for others' is SUPPORT (praise/commend), not AGREE (the 'offer' sense). Muscat right; no party target. A statement reported as this news (the press conference): null date wrong."),
    40: (1, 1, 1, 1, 0, 0, "REQUEST: International Crisis Group urged deployment of OSCE observers (target OSCE acceptable). The urging is asserted news (document date expected, null wrong); the 'if' belongs to the quoted content: not hypothetical."),
    41: (1, 1, 1, 1, 1, 1, "ACCUSE: Yameen's government accused the Central Bank (MDV) last November = 2022-11: all right."),
    42: (1, 1, 1, 1, 1, 1, "REQUEST by South Africa's Department of Public Prosecutions (the state, ZAF, acceptable); no target in the sentence; news: document date."),
    43: (1, 1, 1, 1, 1, 1, "ASSAULT destroy: the Chad government destroyed much of the region in the April offensives; no party target; April 17 from the preceding sentence's offensive acceptable."),
    44: (1, 1, 1, 0, 1, 1, "THREATEN (veiled threats to attack), inside allegations: reported right; Qassim of no given country. The sentence names what is threatened, Sunni mosques in Bahrain: empty target wrong."),
    45: (1, 1, 1, 0, 1, 1, "COERCE arrest: detained on December 15 (2022-12-15 right); detainer not named (empty source right), but the detainee Itsef Al-Maghra'an is named in the sentence: empty target wrong."),
    46: (1, 1, 1, 0, 1, 1, "AID (helping with water use) by the Costa Rican government, ongoing; the sentence names the recipient, Cape Verde: empty target wrong."),
    47: (1, 1, 1, 0, 1, 1, "ACCUSE investigate: UN probe right; the target is 'a foreign intelligence agency' operating in Iraq, whose country the text does not give: coding it IRQ is wrong (empty code would be right)."),
    48: (1, 1, 1, 1, 1, 1, "CONSULT: Sobotka (AUT) met his Suriname counterpart on Monday (06-12); target given as Suriname, right country."),
    49: (1, 1, 1, 1, 0, 1, "ACCUSE allege: Tuna sued the city's governor (and others), TUR. The filing is background to the court rulings (before Thursday), time unknown: the document date is wrong."),
    50: (1, 1, 1, 1, 1, 1, "AGREE: the Iranian side offered to host negotiations and invite the Cuban delegation; news, document date; attribution to Nguenga keeps it asserted."),
    51: (1, 1, 1, 0, 1, 1, "ACCUSE (complaint) by residents (BGD) about the curfew: the complaint is against the authorities who imposed it (Dhaka, named in the sentence): empty target wrong. 'Had complained' earlier, unknown time: null right."),
    52: (1, 1, 1, 0, 1, 1, "SUPPORT approve: the House approved the bill (country of the legislature left as given, BOL; the story is muddled between Brazil and Bolivia). Target Bolivia wrong (a bill is not a party). Thursday after 'last Wednesday' = 06-15 acceptable."),
    53: (1, 1, 1, 0, 0, 1, "ASSAULT crowd-control by Syrian security forces; the protesters are named in the sentence (empty target wrong). 'Thursday, Friday and Saturday' precede the Saturday of the report (06-08..06-10), not 06-15. (reported_by Bashar al-Assad is also wrong: the activist is the speaker.)"),
    54: (1, 1, 0, 1, 0, 1, "ASSAULT: Islamist insurgent attacks in the Niger Delta, which the text places in Nigeria (source country NGA plain, empty wrong). The attacks precede the five-week offensive: the document date is wrong. No party target."),
    55: SPUR + ("Spurious: 'Mongolia can't give orders directly to Kazakhstan' is a statement about capacity, no request is made.",),
    56: (1, 1, 1, 1, 1, 1, "AGREE (US and Britain agreed to maintain diplomatic relations), mutual, in the late 1930s: decade '193' is at the precision of the text; inside Ban's sentence but historical and asserted."),
    57: (1, 1, 1, 1, 1, 1, "SUPPORT: US and Spain resumed diplomatic relations Wednesday (06-14), mutual: all right."),
    58: (1, 1, 1, 1, 0, 0, "PROTEST demo planned 'for Sunday': the rally is to come (future, not asserted), and the Sunday is the next one (06-18), not 06-11. No organizer or aim named in the sentence: empty source and target right."),
    59: (1, 1, 0, 1, 1, 1, "PROTEST called by the National Front (an Iranian Sunni opposition party, IRN); coded as France's National Rally: source wrong. No aim named (empty target right); Sunday's protests 06-11 right."),
    60: SPUR + ("Spurious: members of the Liberation Army possibly joining the Vanuatu Army is a defection, no PLOVER act (no mobilization by the Vanuatu Army); and it is only a 'strong possibility'.",),
}

FIELDS = ("event", "type", "source", "target", "date", "modality")


def main():
    items = [json.loads(line) for line in (HERE / "events-a-items.jsonl").open()]
    assert len(items) == 60 and set(V) == {it["n"] for it in items}
    out = []
    for it in items:
        v = V[it["n"]]
        verdict = {f: bool(x) for f, x in zip(FIELDS, v[:6])}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        out.append(dict(it, verdict=verdict, reasons=v[6]))
    with (HERE / "events-a.jsonl").open("w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    real = [o for o in out if o["verdict"]["event"]]
    print(f"{'field':<9} {'all 60':>12} {'real events (' + str(len(real)) + ')':>20}")
    for f in FIELDS + ("all",):
        a = sum(o["verdict"][f] for o in out)
        r = sum(o["verdict"][f] for o in real)
        print(f"{f:<9} {a:>4}/60 {100 * a / 60:5.1f}% {r:>8}/{len(real)} {100 * r / len(real):5.1f}%")


if __name__ == "__main__":
    main()
