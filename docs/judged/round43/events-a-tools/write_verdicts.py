"""Write events-a.jsonl (judge a, round 43) from the hand verdicts below.

Each verdict: n -> (false fields, reasons). Fields not listed are true.
'event' in the false set makes every field false (spurious event).
Run from docs/judged/round43: python events-a-tools/write_verdicts.py
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "US Embassy urging US citizens to leave Iraq: REQUEST, parties and document date right."),
 2: (["date"], "'China would never accept' read as AGREE negated (acceptable by the CONVENTIONS 'refused to withdraw' rule; I would code REJECT); but the refusal is Xi's statement reported as this news, so it takes the document date 2016-07-12, not null/unknown."),
 3: (["type", "source"], "'allows participating forces to ... support the Haitian police' is a permitted future material assistance (AID, hypothetical), not verbal SUPPORT; the participating forces are the multinational Kenya-led mission, not Haitian (HTI wrong)."),
 4: ([], "M23 accusing Kinshasa when it took up arms late last year: ACCUSE, parties right, 2021 right for 'late last year' from 2022-10-31."),
 5: (["target"], "'called for an end to all outside support for the group' is addressed to the outside backers (unnamed here), not to M23; empty target would be right."),
 6: (["target"], "Lawmakers voted to reject the order, i.e. Yoon's martial-law order; Yoon is named in the same sentence and is the party whose order is rejected, so the empty target is wrong (KOR government/Yoon)."),
 7: (["source", "target"], "The actor is the Independent Greeks party (GRC), not the state of Greece; voting against the agreement in the Greek parliament is aimed at the deal/Tsipras's government, not North Macedonia."),
 8: (["target", "date"], "Uganda rejected the report of 'U.N. experts', not the Security Council; 'has also rejected' is undated background, so the narrative date 2012-11-20 (the day Goma fell) is not given by the text."),
 9: (["event"], "Rajapaksa flying on to Singapore to escape protests is flight/travel, not a CONSULT visit to Singapore; no PLOVER act here."),
 10: ([], "Militants launched the attack on Wednesday (2021-03-24 from Monday 29th): ASSAULT, source 'militants' without a plain country, empty target for a town, asserted with reported_by the spokesman."),
 11: (["target", "date"], "Khan accused 'the army leadership' (PAK military), named in the sentence, so empty target is wrong; 'has accused' is a background, repeated accusation, not this news, so the document date is wrong (should be undated)."),
 12: ([], "Jonathan blamed Boko Haram after visiting the bus-station bombing scene on Monday (2014-04-14): all right."),
 13: (["event"], "'We must never give in to violence' is a general statement of resolve with no party; not a CONCEDE (nor any PLOVER act)."),
 14: ([], "Netanyahu denounced the agreement: ACCUSE disapprove; the sentence names no party (the deal is an object), so empty target is right; document date right."),
 15: ([], "NATO ambassadors held an emergency meeting: CONSULT (multilateral), empty target right, document date right."),
 16: ([], "Ethiopian government declared a state of emergency in the region: COERCE; 'the region' is a place, empty target accepted; document date right."),
 17: ([], "Wickremesinghe declared a state of emergency on the Wednesday of the stormed PM office (2022-07-13): COERCE, right."),
 18: (["target"], "The migrants are at the Belarus border and (next sentence) mostly Iraqi Kurds; coding them POL is wrong, an empty country would be right."),
 19: (["date"], "Israel's count of militants killed is a total over the 11-day conflict; by the CONVENTIONS a summed span has no date, not the document date."),
 20: ([], "Nine others killed in the Hariri blast on Monday: ASSAULT, unnamed source empty, victims in Beirut LBN, document date right."),
 21: (["modality"], "China 'neither accepts nor recognises' the award: AGREE is acceptable only negated (or REJECT asserted); coded asserted it says China accepts."),
 22: (["target"], "'the parties' are China and the Philippines; coding the group as CHN only gives the wrong country for half of it (empty or both would be right)."),
 23: (["target", "date"], "It was her husband who was jailed, not Ms Tsikhanouskaya; the jailing is background before she entered the race, so the document date is wrong (undated)."),
 24: (["source"], "'He' is Ghannouchi (subject of the previous sentence), not Ben Ali, who had fled."),
 25: (["source"], "'the foreign ministry' is Romania's (the sentence is about Romania's response); the country code is empty, so the source is wrong by the CONVENTIONS (reported_by Basescu is also misattributed)."),
 26: ([], "14-16 people arrested in the plot roundup: COERCE arrest, JOR group target; timing between Saturday and Sunday not given, unknown date accepted (I would also accept the document date)."),
 27: ([], "Army deployed at key sites in Tunis on Friday: MOBILIZE troops, TUN army, date right."),
 28: (["target"], "'the parties' are Qatar and the Saudi-led four; coding them QAT only gives the wrong country for most of the group."),
 29: ([], "Brazil, Colombia and Mexico called for the data to be released: REQUEST, no addressee named in the sentence so empty target right, document date right (reported_by Blinken is misattributed, not a scored field)."),
 30: (["source", "target"], "Police and crowds in Honiara are plainly Solomon Islands' (the capital named in the previous sentences); empty country codes are wrong by the CONVENTIONS (SLB)."),
 31: (["target"], "The demand to reinstate Keita is addressed to the junta that ousted him; Keita is the beneficiary, not the party acted upon (empty target would be right in this sentence)."),
 32: (["event"], "Duplicate: 'told them to enter the city peacefully' is the content of the same order already coded from 'ordered his troops' (e2) in this sentence; (the order's date would be Thursday 2019-04-04 and I would type it MOBILIZE)."),
 33: (["source", "target", "date"], "The rebels are pro-Russian separatists in eastern Ukraine (UKR), not RUS; the accusations are traded on Friday 2014-07-18 (document date), 'a day earlier' dates the downing, not the accusations."),
 34: (["target"], "The promised withdrawal is made to the Taliban/Afghanistan; NATO is a co-actor ('along with its NATO allies'), not the target."),
 35: ([], "Guterres condemned the detentions by Myanmar's military: ACCUSE; Myanmar (MMR) accepted for the military junta; document date right."),
 36: ([], "Abadi urged the Peshmerga to serve under federal authority: REQUEST to Peshmerga (IRQ) right, though the trigger is 'ordered'; document date right."),
 37: ([], "Ruto backing down on the finance bill: CONCEDE on Wednesday (document date); empty target accepted."),
 38: ([], "Romania rejected the charges: REJECT; the charges are Moldova's but the sentence names no party, empty target right; document date right."),
 39: ([], "Boko Haram has repeatedly attacked schools: background repeated act, no date right."),
 40: (["target", "modality"], "Pakistan 'would ... downgrade diplomatic ties' is an announced future measure (future), and the ties are with India/New Delhi, named in the sentence, so empty target is wrong."),
 41: ([], "Dozens killed by Tunisian security forces since the protests began: a summed span, no date right; parties right."),
 42: ([], "Khan wounded in a gun attack in November (2022-11 from May 2023): ASSAULT right."),
 43: ([], "Egypt and Bahrain welcomed the UAE-Israel agreement: SUPPORT; 'it' is the deal, no party named, empty target right; document date right."),
 44: (["event"], "'US forces would not take part directly in the strikes' is not a PROTEST ('take' in another sense); at most an ASSAULT negated (the sentence's act is AID authorised by Obama)."),
 45: ([], "Pashinyan ready to hold talks with the authorities: AGREE (willingness to meet), ARM parties right (sector JRN is odd but not scored)."),
 46: ([], "Isaias sent a delegation to Addis Ababa in late June: CONSULT visit, ERI->ETH, 2018-06 right."),
 47: (["event"], "'continue to cut ties with al Qaeda' is what Pompeo asks the Taliban to do (content of the REQUEST e3), not an act of Pompeo against al-Qaeda."),
 48: (["target"], "'their ambassador' is the Palestinian ambassador, coded as an ARE person among the targets; only the UAE government is the target."),
 49: ([], "Demonstrators wanted Wickremesinghe to go (reported by a protester on Thursday night): REQUEST for resignation, right."),
 50: (["target"], "'its ambassador' is Bahrain's own ambassador, coded as an IRN person among the targets; only Iran is the target."),
 51: ([], "Pompeo urged the Taliban to keep their promises: REQUEST, AFG insurgents, document date right."),
 52: (["target"], "A march demanding freedom for a kidnapped man is in support of him/against the ELN, not aimed at the state: by the CONVENTIONS the state (COL) is wrong and an empty target right."),
 53: ([], "Djukanovic welcomed the ruling: SUPPORT, no party named, empty target right, document date right."),
 54: (["target"], "The call for an investigation into Gaddafi's death is not addressed to Gaddafi; empty target (or the Libyan authorities) would be right."),
 55: (["target", "date", "modality"], "Negotiations 'due to begin' on March 10 are future and dated 2020-03-10 by the text, not the document date; the insurgents are the Taliban (named in the sentence, AFG), empty country wrong."),
 56: (["target"], "'its citizens' are South African (ZAF, the South African government's citizens); the empty country is wrong."),
 57: (["event"], "Her husband was barred from running by the authorities; coding Tsikhanouskaya as the source of a SANCTION inverts the act (and it is undated background; I would type COERCE ban against the husband)."),
 58: ([], "Sogavare accused a small group of people of inciting the unrest: ACCUSE, SLB parties right, document date right."),
 59: (["event"], "'The arrest came days before...' only refers back to Mladic's arrest already coded from the lead; no new act (and with empty source and target)."),
 60: (["target", "date"], "Refusing to step down has no target here ('people' belongs to the accusation clause); the refusal is said in this national address, so the document date 2021-11-25 is right rather than unknown."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 60 and set(V) == {it["n"] for it in items}
with open("events-a.jsonl", "w") as f:
    for it in items:
        bad, why = V[it["n"]]
        for b in bad:
            assert b in FIELDS, b
        v = {k: (k not in bad) for k in FIELDS}
        if "event" in bad:
            v = {k: False for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = why
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print("wrote events-a.jsonl")
