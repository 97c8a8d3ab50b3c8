# Writes paragraphs-b-verdicts.jsonl (recall on story first paragraphs).
import json
P = {
 "h15-x56-17": (["MOBILIZE: North Korea (PRK) -> none, tested a hydrogen bomb, 2016-01-06 (said on Wednesday)",
                 "ACCUSE: its neighbours (South Korea KOR, Japan JPN), the United States (USA) and China (CHN) -> North Korea (PRK), condemned the test, 2016-01-06"],
                1, 0, "Dateline's one event is the test (MOBILIZE, right type; its target USA and unknown date are wrong). The condemnation by neighbours, the US and China is missed here (found only in later sentences for Park and China). The experts' doubts are not a political act."),
 "h15-x53-20": (["RETREAT: Ramush Haradinaj (XKX) -> none, resigned as prime minister, 2019-07-19 (Friday)",
                 "ACCUSE: special court in The Hague (Kosovo Specialist Chambers, XKX) -> Ramush Haradinaj (XKX), summoned him for questioning as a suspect, date unknown (before Friday)"],
                1, 0, "Resignation found with right type, source and date. The summons as a suspect (ACCUSE investigate) is missed."),
 "h15-x55-23": (["SANCTION: Malawi's courts (MWI) -> Peter Mutharika's 2019 presidential result (MWI), annulled the result and ordered a re-run, background, no date in the paragraph (February 2020 per the story)"],
                0, 0, "The swearing-in and the election win are not PLOVER events. The court-ordered re-run/annulment is a background noun-phrase act a coder would code (SANCTION convict: find unconstitutional); dateline has no event in the paragraph."),
 "h15-x55-22": (["ACCUSE: Emmerson Mnangagwa (ZWE) -> Zimbabwe security forces (ZWE), said their violence was 'unacceptable', 2019-01-22 (Tuesday)",
                 "ASSAULT: Zimbabwe security forces (ZWE) -> fuel-price protesters (ZWE), violence in which at least 12 people were killed, last week (2019-W03)",
                 "PROTEST: protesters (ZWE) -> Zimbabwe government (ZWE), fuel price protests, last week (2019-01-14 per the story)",
                 "COERCE: Zimbabwe security forces (ZWE) -> hundreds of people (ZWE), arrested, last week"],
                0, 0, "Dateline has no event in this first paragraph: it misses the president's censure of the security forces, the crackdown violence, the protests and the arrests. Cutting short a tour is not coded."),
 "h15-x56-03": (["SUPPORT: United States (USA) <-> Japan (JPN), unveiled/adopted new defence cooperation guidelines (finalised agreement; COOPERATE military also defensible), 1997-09-23 (Tuesday)",
                 "THREATEN: China (CHN) -> United States (USA) and Japan (JPN), warned the guidelines must not be used to meddle in the Taiwan issue, undated ('has warned')"],
                0, 0, "Dateline has no event in this paragraph (it codes the approval of the guidelines in the next one). The Chinese warning could also be coded REQUEST; either way it is missed."),
 "h15-x53-02": (["MOBILIZE: Armenian authorities (ARM) -> none, deployed troops and armoured vehicles in central Yerevan, 1996-09-26 (Thursday)",
                 "PROTEST: opposition supporters (ARM) -> President Levon Ter-Petrosyan/Armenian state (ARM), protesting his disputed re-election, broke into parliament (riot), 1996-09-25",
                 "ASSAULT: opposition supporters (ARM) -> parliament speaker and his deputy (ARM), beat them, 1996-09-25"],
                1, 0, "The deployment is found with all fields right. The storming of parliament by protesters and the beating of the speaker and deputy (a day earlier) are missed in this paragraph."),
}
rows = [json.loads(l) for l in open('paragraphs-b.jsonl')]
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for r in rows:
        ev, found, spur, notes = P[r['doc']]
        out.write(json.dumps({"doc": r['doc'], "coder_events": ev, "found": found,
                              "dateline_events": len(r['events']), "spurious": spur, "notes": notes},
                             ensure_ascii=False) + '\n')
