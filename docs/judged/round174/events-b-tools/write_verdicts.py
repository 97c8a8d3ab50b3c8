"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from judge b's verdicts below, then check them.

usage (from docs/judged/round174): python3 events-b-tools/write_verdicts.py
Fields listed in WRONG[n] are false; every other field is true. SPURIOUS items are false in all.
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPURIOUS = {47}
WRONG = {
    6: ["target"], 8: ["date"], 11: ["date"], 14: ["date"], 15: ["source", "date"],
    19: ["target"], 20: ["type", "target", "date"], 21: ["source", "date"], 22: ["date"],
    26: ["date"], 27: ["target"], 34: ["type"], 36: ["type", "date"],
    37: ["type", "target", "date", "modality"], 43: ["target"], 46: ["date"], 50: ["target"],
}
REASONS = {
    1: "Haftar's forces (LBY) launching the final assault on Derna in May 2018 is ASSAULT; the Derna Protection Force named in the previous sentence is clearly the party holding Derna that was attacked, so the target is accepted.",
    2: "Maduro (VEN) accusing Ledezma (VEN) of plotting is ACCUSE, on Thursday 2015-02-19 like the arrest it is coordinated with; all fields right.",
    3: "The central government (CHN) backing the Hong Kong authorities (HKG) in handling the occupation is SUPPORT, a statement with no date of its own, so the document date is right.",
    4: "The insurgents (the Taliban, AFG) capturing Kunduz in 2015 is ASSAULT (seizing ground), target Afghanistan (AFG), dated 2015; all right.",
    5: "Santos (COL) extending a bilateral ceasefire with the FARC (COL), a truce already in force, is RETREAT ceasefire; undated present perfect takes the document date; all right.",
    6: "Thanking is SUPPORT and the rest is right, but the target 'fellow members' are the other ASEAN member states (no single country code, or ASEAN), not a Myanmar civilian group (MMR/CVL).",
    7: "The Tigrayan authorities (ETH) urging the Ethiopian government (ETH) to lift the siege is REQUEST, made on Friday 2022-03-25, the document date; all right.",
    8: "Germany's (DEU) promise to push for an extension of Ukraine's transit contract with Russia is AGREE with Ukraine/Russia acceptable as targets, but it is part of the deal announced on Wednesday, so the date should be 2021-07-21, not the document date 2021-07-22.",
    9: "Zelenskiy (UKR) thanking Estonia (EST) for its support is SUPPORT, a separate expression from congratulating Kallas (different target), so not a duplicate; all right.",
    10: "The EU, Israel and Egypt signing a gas agreement on Wednesday 2022-06-15 is SUPPORT (sign an agreement), a mutual event with the parties on both sides; all right.",
    11: "The United States (USA) ordering its non-emergency staff out of Juba is SANCTION (reduce relations) toward South Sudan (SSD), but it happened 'over the weekend', so the date should be the weekend of 2025-03-08/09, not the document date 2025-03-12.",
    12: "Hamas (PSE) freeing the hostages is the condition of Trump's threat: RETREAT release, hypothetical, 'by Saturday' = 2025-02-15; hostages without a stated nationality rightly carry no code; all right.",
    13: "'The marches' is the Algerians' march of Monday 2021-02-22 (PROTEST demo); the sentence names no marcher, so the empty source is right, and Tebboune (DZA), the state they march against, is a right target under the crowd-protest rule; all right.",
    14: "The Gambian opposition (GMB) rejecting the result is REJECT with no party named, but it came 'before it was announced' on Friday 2011-11-25, so the date should be 2011-11-25 or earlier, not the document date 2011-11-26.",
    15: "The killings are ASSAULT on people in Haiti (HTI), but the sentence names the perpetrators (gang violence: Haitian gangs, HTI), so the source should be the gangs; and a total over the first three months of 2024 has no date (or 2024-01/03), not the document date.",
    16: "Modi (IND) saying he will visit Sri Lanka (LKA) next month is CONSULT visit, future, dated 2015-03; all right.",
    17: "Modi saying India (IND) supports a united Sri Lanka (LKA) is SUPPORT, said on Monday 2015-02-16, the document date; all right.",
    18: "Tens of thousands killed in the Ethiopian war is ASSAULT on people (ETH) with no perpetrator named; a total since November 2020 rightly has no date, and 'are believed' is fairly coded as reported; all right.",
    19: "Tshisekedi (COD) condemning the 'barbarism' is ACCUSE disapprove on the document date, but 'the regime' in the sentence is Kabila's government, so the target should be the Congolese government (COD), not empty.",
    20: "A government protesting a foreign measure is an official complaint, ACCUSE (CAMEO 114), not PROTEST demo; the target should be the United States (USA), whose move is protested; and the act belongs to the episode of 'earlier this month', so the date should be 2020-02, not the document date.",
    21: "Reversing course on firing Gallant is CONCEDE, but the actor is Netanyahu (ISR), not Gallant, and it happened in March 2023 (date 2023-03), not on the document date 2024-11-06; the empty target is right.",
    22: "Estonia (EST) giving military aid to Kyiv (UKR) is AID, but 'has given aid worth more than 1 percent of its output' is a total summed since the invasion, which takes no date, not the document date.",
    23: "Russian investigators (RUS) charging Voronenkov (RUS) with fraud is ACCUSE allege (charge with a crime); a background act with no date given, so no date is right; all right.",
    24: "Tebboune (DZA) pardoning jailed activists (DZA) is RETREAT release, on Thursday 2021-02-18; all right.",
    25: "Vietnam (VNM) and China (CHN) signing an agreement on Tuesday 2011-10-11 is SUPPORT (sign an agreement), mutual; all right.",
    26: "India's parliament (IND) not ratifying the land boundary agreement is SUPPORT negated, but 2011 is when the agreement was signed: the non-ratification holds as the story is told, so the date should be the document date 2014-07-08.",
    27: "Russia (RUS) beginning air strikes at the end of September 2015 is ASSAULT, but Assad is the party the strikes support, not their target: the target should be empty (the sentence names no one struck).",
    28: "The Houthis (YEM) handing over their weapons is the condition of the Arab League statement: RETREAT disarm, hypothetical, with no date; all right.",
    29: "Kenyatta (KEN) thanking the UN member states (no single country code) is SUPPORT on the day of the vote, 2020-06-18; all right.",
    30: "Gunmen (no country given) ambushing and killing Fatah general Armoushi (PSE) on Sunday 2023-07-30 is ASSAULT; the target lists the same man twice, once coded PSE, which is accepted; all right.",
    31: "Nepal police (NPL) briefly detaining protesters (NPL) during Wednesday's march (2019-11-06) is COERCE arrest; all right.",
    32: "Turkey (TUR) formally requesting the missiles on 2012-11-21 is REQUEST; the sentence names no recipient, so the empty target is right; all right.",
    33: "Germany (DEU) and the EU condemning the killings is ACCUSE disapprove with no party named as target, on the document date; all right.",
    34: "Calling for protests is not itself a protest: it should be ACCUSE (CAMEO 113 rally opposition against the government), or else PROTEST with future modality; the opposition leaders (VEN), empty target and document date are right.",
    35: "Obama (USA) speaking by telephone with Suu Kyi (MMR) before landing on the day of the report, 2011-11-17, is CONSULT; all right.",
    36: "Uganda's (UGA) intervention in the civil war to support Kiir (SSD) is military assistance, AID (provide military personnel), not verbal SUPPORT, and the text dates it 2013, not unknown.",
    37: "'Tehran would accept nothing less than the lifting of all sanctions' is a demand, REQUEST (asserted) to the United States (USA, the party whose sanctions since Trump are meant), made on 2021-04-06; not AGREE negated with no target and no date.",
    38: "Hong Kong police detaining 247 people on Thursday 2014-12-11 is COERCE arrest; CHN for Hong Kong is accepted (HKG would be more precise); a restatement in another sentence, so not a same-sentence duplicate; all right.",
    39: "Erdogan (TUR) saying 'we do not recognise this decision' is SUPPORT negated (equivalently a REJECT); the sentence names no party as target of the non-recognition, so empty is right; document date right; all right.",
    40: "The UN envoy urging restraint and calling on all sides (the Iraqi parties, IRQ) to use dialogue is REQUEST on the document date; Iraq (IRQ) accepted as the target; all right.",
    41: "The Taliban (AFG) saying they seized weapons and vehicles from the security forces (AFG) during the Ghazni assault is accepted as ASSAULT, asserted (attribution only), undated so the document date; all right.",
    42: "About 100 Afghan soldiers and police (AFG) killed in the Taliban (AFG) assault on Ghazni is ASSAULT; the assault is still going on as the story is told, so the document date 2018-08-13 is right; all right.",
    43: "Boko Haram (NGA) seizing territory in 2014 is ASSAULT, but the target 'Adamawa states' carries no country code: it should be the Nigerian states (NGA).",
    44: "43 people (VEN) killed during the street protests is ASSAULT with no perpetrator named; background act with no date given, so no date is right; all right.",
    45: "Hamdallah's technocrat government (PSE) resigning in January 2019 is RETREAT resign (the actor name is garbled but refers to the right party); all right.",
    46: "Obama (USA) complaining about Russia's (RUS) Cold War mentality is ACCUSE, but he spoke 'on a late-night television show on Tuesday', so the date should be 2013-08-06, not the document date 2013-08-08.",
    47: "Spurious: the Security Council made no demand, since the resolution 'demanding' a ceasefire was vetoed; the phrase only describes the draft that the United States vetoed (REJECT, coded separately).",
    48: "EU leaders backing the plan on migrant flows from Libya on Friday 2017-02-03 is SUPPORT; Libya (LBY), with which the plan is to cooperate, is accepted as the target; all right.",
    49: "MILF chairman Murad Ebrahim (PHL) condemning 'this criminal act' is ACCUSE disapprove with no named target, undated so the document date; in a different sentence from the MILF condemnation, so not a duplicate by the rule; all right.",
    50: "Sri Lanka (LKA) accusing trawlers of poaching is ACCUSE on the document date (habitual), but the accused are the Indian trawlers/fishermen (IND), not the Indian state.",
}

PARAGRAPHS = [
    {"doc": "h65-x254-15", "coder_events": [
        "REQUEST: Mahmoud Abbas (PSE) -> Mohammad Shtayyeh (PSE), asked to form a new government, 2019-03-10",
        "REJECT: Hamas (PSE) -> Mahmoud Abbas (PSE), rejected the appointment as deepening divisions, 2019-03-10"],
     "found": 1, "dateline_events": 1, "spurious": 0,
     "notes": "Dateline found the REQUEST (all fields right); it missed Hamas rejecting the move in the relative clause."},
    {"doc": "h65-x253-14", "coder_events": [
        "CONSULT: Vladimir Putin (RUS) -> Karin Kneissl, Austria's foreign minister (AUT), attended her wedding, 2018-08-18",
        "ACCUSE: Austria's opposition (AUT) -> Kneissl / Austrian government (AUT), criticised the visit, 2018-08-18",
        "ACCUSE: Ukraine (UKR) -> Austrian government (AUT), criticised the visit, 2018-08-18"],
     "found": 0, "dateline_events": 0, "spurious": 0,
     "notes": "No event found: the visit ('attended the wedding') and the two criticisms in the noun phrase 'drew sharp criticism from' were all missed."},
    {"doc": "h65-x256-02", "coder_events": [
        "AGREE: ASEAN leaders (ASEAN, no single country) -> Myanmar (MMR), agreed to let Myanmar chair the bloc in 2014, 2011-11-17"],
     "found": 0, "dateline_events": 0, "spurious": 0,
     "notes": "The ASEAN decision (AGREE, or SUPPORT as approval of Myanmar) was missed; 'a sign that neighbours believe' is no act."},
    {"doc": "h65-x254-21", "coder_events": [
        "CONCEDE: unnamed parties -> (none), ceasefire announced in Ain al-Hilweh, 2023-07-31 (RETREAT ceasefire also acceptable)",
        "ASSAULT: Fatah (PSE) <-> Islamist militants (no country), clashes that killed at least 11 people, 2023-07-29/30"],
     "found": 1, "dateline_events": 1, "spurious": 0,
     "notes": "Dateline coded the killings as ASSAULT by Islamist militants on 11 people (LBN); type found, though Fatah as a party of the clashes is lost and the date should be the Saturday-Sunday of the clashes, not Monday. The ceasefire announcement was missed."},
    {"doc": "h65-x256-04", "coder_events": [
        "COERCE: Australia (AUS) -> asylum seekers (no country), will send boat arrivals to camps on Nauru and Manus Island (deport, future), announced 2012-08-13",
        "ACCUSE: Labor Party (AUS) -> (none), once condemned the offshore policy as cruel, no date"],
     "found": 1, "dateline_events": 1, "spurious": 0,
     "notes": "Dateline found the background condemnation (ACCUSE, no date, right); it missed the announced transfer of asylum seekers offshore."},
    {"doc": "h65-x254-25", "coder_events": [
        "AGREE: King Abdullah (JOR) -> Palestinians of Gaza (PSE), Jordan would take in 2,000 sick children (offer of aid), 2025-02-11",
        "SUPPORT (negated): King Abdullah (JOR) -> Donald Trump (USA), avoided endorsing Trump's Gaza plan, 2025-02-11"],
     "found": 1, "dateline_events": 1, "spurious": 0,
     "notes": "Dateline found the non-endorsement as SUPPORT (hypothetical, no date; negated on 2025-02-11 would be better); it missed the offer to take in the children. The meeting itself is implied by 'told President Donald Trump' but not stated, so not listed."},
]

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50
with open("events-b.jsonl", "w") as f:
    for it in items:
        n = it["n"]
        if n in SPURIOUS:
            v = {k: False for k in FIELDS}
        else:
            v = {k: (k not in WRONG.get(n, [])) for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = REASONS[n]
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for p in PARAGRAPHS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
outs = [json.loads(l) for l in open("events-b.jsonl")]
assert len(outs) == 50
for it, o in zip(items, outs):
    assert (o["n"], o["doc"], o["trigger"]) == (it["n"], it["doc"], it["trigger"])
    assert {k: o[k] for k in it} == it
    v = o["verdict"]
    assert v["all"] == all(v[k] for k in FIELDS)
    if not v["event"]:
        assert not any(v.values())
paras = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
src = [json.loads(l)["doc"] for l in open("paragraphs-b.jsonl")]
assert [p["doc"] for p in paras] == src and len(paras) == 6
for p, l in zip(paras, open("paragraphs-b.jsonl")):
    assert p["dateline_events"] == len(json.loads(l)["events"])
counts = {k: sum(o["verdict"][k] for o in outs) for k in FIELDS + ["all"]}
print("right of 50:", counts)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in paras), "found", sum(p["found"] for p in paras),
      "dateline", sum(p["dateline_events"] for p in paras), "spurious", sum(p["spurious"] for p in paras))
