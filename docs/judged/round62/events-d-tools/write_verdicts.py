"""Round 62, judge d: verdicts on the 50 sampled dateline events (events-d-items.jsonl).

V maps item n -> ([fields judged false], "reasons"). A spurious event is false in every field.
Writes ../events-d.jsonl (each item line plus "verdict" and "reasons") and prints the table.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROUND = HERE.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]
ALL = list(FIELDS)

V = {
    1: (["source"], "The subject 'They' is the four Quad leaders (U.S., Japan, India, Australia) of the previous "
        "sentences; China is the country the statement did not name, not the party pledging. AGREE is right for a "
        "pledge of aid (CONVENTIONS, wave 76); empty target right (the pledge names no recipient); Tuesday summit = "
        "document date."),
    2: ([], "All right: the noun phrase reports a meeting that took place (Clinton-Assad, Geneva); the text dates "
        "the collapse that followed it to 2000, so the year is the text's date for the meeting."),
    3: ([], "All right: the 1982 Sabra and Shatila massacre, Lebanese Christian militiamen (LBN) -> Palestinians "
        "(PSE), explicit year; the massacre is presupposed fact, not the commission's claim, so asserted."),
    4: (["date"], "The text dates the bombing 'on Thursday'; the document date 2017-04-14 is a Friday, so the act "
        "is 2017-04-13, and dateline gave the document date. Source, target (IS fighters in eastern Afghanistan, "
        "AFG), type right."),
    5: ([], "All right: killing with no killer named (empty source right), 1,000 people in Libya's unrest (LBY); "
        "a total summed since the revolt began has no date (CONVENTIONS, round 20); 'were believed to have been "
        "killed' is a claim, so reported is right."),
    6: (["target"], "Putin accepted a recommendation from Alexander Bortnikov, who is named in the same sentence: "
        "the party acted upon is Bortnikov (RUS), so the empty target is wrong. Domestic AGREE accepted; Friday = "
        "document date."),
    7: (["target"], "China and Russia agreed to the ICC referral; dateline made them their own target. The "
        "referral's sponsors are not named in the sentence, so an empty target would be right, a self-target is "
        "not. Null date right: the agreement came at an unstated time before Saturday's vote (the document date "
        "would be wrong)."),
    8: (ALL, "Spurious: 'Croatia's EU membership talks' is the topic of which the capture was a condition; the "
        "sentence reports no act of consulting (the accession talks are a background process with no time)."),
    9: (["source"], "Source 'Crimea' is a place, not the attacker; the sentence names no attacker (Russia blamed "
        "Ukrainian drones only in the next sentence), so the source should be empty. Target 'couple' with no "
        "country right; 'earlier on Monday' = document date."),
    10: (["target"], "Human rights groups welcomed the ruling of the court, and 'the court' is named in the same "
         "sentence: the ICC is the party praised, so an empty target is wrong. SUPPORT (051 praise) right."),
    11: (["date"], "Jammeh's earlier acceptance of the results (he conceded on December 2, next sentence) is a "
         "background act of an earlier time and was given the document date 2016-12-10 (a Saturday, after his "
         "Friday statement). AGREE for accepting results accepted (CONCEDE would fit too); empty target right (the "
         "results are not a party)."),
    12: (["source"], "Source should be the lawyers' associations (PAK); dateline gave 'Rawalpindi' with no code, a "
         "place from the previous sentence. Target the courts (PAK judiciary, the authority the boycott aims at) "
         "right; future, no date right."),
    13: (["target"], "The case was filed against the AK Party and sought to ban 71 AK Party officials, who are named "
         "in the sentence: the empty target is wrong. ACCUSE (115 bring lawsuit), source Yalcinkaya (TUR), "
         "March 2008 right."),
    14: (["target"], "Target 'leaders' is right as a party, but the sentence (Macron, who visited Beirut, pressed "
         "leaders for reform) makes plain they are Lebanese leaders: the country code should be LBN, not empty. "
         "REQUEST change right; 'has pressed' takes the document date."),
    15: ([], "All right: soldiers (PHL/MIL) killed in the final assault on the camp on Sunday (document date); the "
         "killers are not named in the sentence, so an empty source is right."),
    16: (["target"], "'Odinga rejected the charge' made by the government (spokesman Mutua), and 'the government' "
         "is named in the same sentence as the party he answers: the empty target is wrong. Source, type, date "
         "right (reported_by Mutua is odd but not scored)."),
    17: (["target"], "'the Nobel peace laureate' is a definite description for Aung San Suu Kyi (MMR), the party "
         "sentenced; the target is empty. SANCTION convict, source judges (MMR/JUD), Tuesday right."),
    18: (["target"], "Obama called for Suu Kyi's release; the target Nyan Win (her lawyer, from an earlier "
         "sentence) is the wrong party. The request is addressed to Myanmar's junta, not named in the sentence: "
         "empty or Suu Kyi/Myanmar would do, her lawyer does not."),
    19: (["target"], "Target 'France sprawling bureaucracy [FRA/GOV/person]' is garbage (France comes from 'French' "
         "in the previous sentence); the organisation whose trust and bureaucracy Ban pledged to reform is the UN. "
         "AGREE (034 intent to reform) and source Ban (KOR) right."),
    20: (["date"], "China's crackdown on Xinjiang separatists is going on when the story is told (Beijing expects "
         "understanding for it now): an ongoing act takes the document date, not null. Type COERCE, China -> "
         "separatists (CHN) right; a reader might accept null for a noun-phrase campaign."),
    21: (ALL, "Spurious by PLOVER: offering condolences is CAMEO 018 (make empathetic comment), a statement PLOVER "
         "drops; the sentence's SUPPORT is 'stood with the Iranian people', coded separately (e5). Even as SUPPORT "
         "the null date would be wrong (condolences reported as Monday's news)."),
    22: (ALL, "Spurious: 'weeks of attacks on him by state-controlled television' are verbal attacks (ACCUSE by "
         "TV against Luzhkov), the trigger in another sense; dateline also made Medvedev the target."),
    23: (ALL, "Spurious: athletes of the two Koreas marching under one flag at the Olympic opening ceremony is a "
         "parade, not a demonstration."),
    24: (["date"], "The backing is expected 'when the assembly votes for a vice-president on Thursday': the text "
         "gives the day, 1999-10-21 (document date is Wednesday 1999-10-20); dateline gave null. 'Expected to "
         "back' as future accepted; Wahid -> Megawati (IDN) right."),
    25: (["date"], "'He said he had given residents ample warning' is an earlier act (before Sunday's operation, at "
         "an unstated time) and was given the document date. THREATEN accepted as a forceful warning before an "
         "assault (I would rather code REQUEST: urging civilians to leave)."),
    26: ([], "All right: Luzhkov's resignation from United Russia, reported as this news with no date of its "
         "own; RETREAT resign, target the party (RUS)."),
    27: ([], "All right: the four leaders' joint statement opposing coercive actions; a group of leaders of "
         "four countries has no single country code (empty right); the statement named no target."),
    28: (["source"], "The NATO-led peacekeepers in Kosovo (KFOR) are a multinational NATO force, not Kosovo's: "
         "code XKX is wrong (NATO or empty would be right). MOBILIZE troops, document date (ongoing) right."),
    29: ([], "All right: ECOWAS will send a delegation to Bissau (CONSULT visit, future, no date); the capital "
         "stands for Guinea-Bissau's government (GNB)."),
    30: ([], "All right: Manila rejected the criticism (Downer's, previous sentence; Australia not named in the "
         "sentence, so empty target right); document date."),
    31: (["target"], "Costa Rica would not recognise the result of Nicaragua's vote, and Nicaragua is named in the "
         "same sentence: the party not recognised is Nicaragua's government, so the empty target is wrong. SUPPORT "
         "negated (or REJECT asserted) accepted; 'would not' read as negated."),
    32: (["target"], "The party placed on alert is the army (ARM); dateline's target is the security forces of the "
         "other clause (sealing off Yerevan). Empty source accepted (who put the army on alert is not said); "
         "MOBILIZE and date right."),
    33: (["source", "target"], "The source is the grand jury in Pittsburgh (USA/JUD), named as the subject, and "
         "dateline left it empty; the men indicted are five officers of China's PLA, coded USA instead of CHN."),
    34: ([], "All right: Kuchma's office called the allegation a provocation (ACCUSE counter-charge); the accuser "
         "(the U.S.) is not named in the sentence, so empty target right; Kuchma for his office accepted."),
    35: (["target"], "'his supporters, many of whom have been shot by police': the victims are Odinga's supporters, "
         "named in the sentence by 'his supporters' / 'whom'; the target is empty. ASSAULT firearms, police (KEN), "
         "document date (recent, ongoing) right."),
    36: ([], "All right: Obama ('He') dismissed suggestions; dateline's source 'United States' stands for its "
         "president speaking for it (USA right) — a reader might want Obama by name; no suggester named, empty "
         "target right."),
    37: ([], "All right: Washington hailed the referendum outcome (SUPPORT); Iraq is not named in the sentence, so "
         "empty target right; document date."),
    38: (["target"], "The spokesman 'urged the North to reverse course': North Korea is named in the sentence, so "
         "the empty target is wrong. REQUEST, USA, document date right."),
    39: ([], "All right: artillery and air strikes pounded Falluja before Monday night's ground assault (document "
         "date); neither the attackers nor a party attacked are named in the sentence (a reader might want 'the "
         "city' coded as Iraq)."),
    40: ([], "All right: Nuon Chea is accused (by the tribunal, not named in the sentence: empty source) — the "
         "current charge, document date."),
    41: (["source"], "'killed, most of them by police and pro-government militias': the killers are named in the "
         "sentence and the source is empty. Target 300 people (NIC), April 2018 right; asserted with attribution "
         "to rights groups accepted."),
    42: ([], "All right: Russia criticised the drills (ACCUSE disapprove); NATO is not named in the sentence, so "
         "empty target right; 'has criticised' takes the document date."),
    43: (["date"], "'a week after Biden met Putin': the incident is Wednesday 2021-06-23, so the text dates the "
         "meeting to a week earlier (2021-06-16); dateline gave null."),
    44: (["source"], "Saad Hariri is Lebanese (former prime minister of Lebanon); 'close to Riyadh' does not make him "
         "Saudi: SAU is wrong, LBN right. Targets Hezbollah and Bassil (LBN) right."),
    45: ([], "All right: Diab said he was stepping back to 'stand with the people' — a verbal SUPPORT for the "
         "Lebanese people on the day of his address (a reader might see only a purpose clause)."),
    46: (["target"], "'Seven would-be presidential challengers were arrested ... including Cristiana Chamorro': the "
         "arrested are named in the sentence and the target is empty. Empty source right (agent not said); null "
         "date accepted for a span 'in the months before the vote'."),
    47: ([], "All right: the hypothetical act in Biden's condition 'if China attacked Taiwan', China -> Taiwan, "
         "hypothetical, no date."),
    48: ([], "All right: Prabowo was dismissed from the army in 1998 (SANCTION expel); the dismisser is not named "
         "as agent, empty source accepted (a reader might code the Indonesian army)."),
    49: (["type"], "Dela Cruz was kidnapped by militants: abduction is ASSAULT abduct (CAMEO 181), not COERCE seize, "
         "which the conventions keep for authorities confiscating or raiding. Empty source (captors named in the "
         "next sentence), target (PHL), July 7 right."),
    50: (["date"], "'last week' written on Sunday 2022-04-03 means the week just ended (Mar 28-Apr 2); the text "
         "says the troops left Bucha on March 30. Dateline gave ISO week 12 (Mar 21-27), a week early."),
}


def main():
    items = [json.loads(l) for l in open(ROUND / "events-d-items.jsonl")]
    assert len(items) == 50 and sorted(V) == [it["n"] for it in items], "V must cover all 50"
    out = []
    for it in items:
        false, reasons = V[it["n"]]
        assert set(false) <= set(FIELDS)
        v = {f: f not in false for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reasons
        out.append(rec)
    with open(ROUND / "events-d.jsonl", "w") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    real = [r for r in out if r["verdict"]["event"]]
    print(f"{'field':10} {'right/50':>9} {'right/real(' + str(len(real)) + ')':>16}")
    for f in FIELDS + ["all"]:
        a = sum(r["verdict"][f] for r in out)
        b = sum(r["verdict"][f] for r in real)
        print(f"{f:10} {a:>6}/50 {b:>12}/{len(real)}")
    print("spurious:", 50 - len(real))


if __name__ == "__main__":
    main()
