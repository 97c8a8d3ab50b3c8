"""Round 52, judge c: verdicts on the 60 sampled dateline events (heldout_news5).

V = {n: ([false fields], "reasons")}. "spurious" marks an item that holds no event (then every
field is false). Writes ../events-c.jsonl and prints the per-field table.
Run from docs/judged/round52: python events-c-tools/write_verdicts.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]
SP = ["spurious"]

V = {
    1: (["source"], "Surrender ('laid down their arms') coded RETREAT/disarm: right. The 531 fighters are the "
        "Ukrainian defenders of Azovstal (named as Ukrainian in sentence 1), so RUS is the wrong country for the source. "
        "Target Russia is named only in an earlier sentence, but it is clearly the party they surrendered to, so I accept it. "
        "'On Friday' = 2022-05-20 is right."),
    2: ([], "All right. France condemned the coup, so ACCUSE/disapprove fits. The sentence names no party for 'the takeover' "
        "(the coup officers are named only in earlier sentences), so an empty target is right by the conventions. "
        "It was reported as this news, so the document date is right. The African Union, a second source, was missed (a recall gap)."),
    3: (["type", "source"], "LURD said it will not give up its positions: either a negated RETREAT/withdraw or a REJECT. "
        "It is a military withdrawal, not a political concession, so CONCEDE is the wrong type. The source is the rebel LURD (LBR/REB), not "
        "'Liberia government'. An empty target, no date for the future act, and negated modality are acceptable."),
    4: (["date"], "CONSULT Sarkozy -> Ouattara (phone) is right. But the call is reported as this news (the day of the "
        "arrest), so it should carry the document date 2011-04-11; null/unknown is wrong."),
    5: (["target"], "REJECT by NATO leaders is right. The sentence refers to the rejected parties as 'the two former Soviet "
        "republics' (Ukraine and Georgia), so an empty target is wrong. Thursday = 2008-04-03 is right."),
    6: (["target", "date"], "A war death toll with no named perpetrator can pass as an ASSAULT with an empty source. But the "
        "victims are in Syria, so the country RUS is wrong. A total summed since 2011 has no date, so the document date is wrong."),
    7: (SP, "'barred her from holding public office for three years after her release': the release is only a time "
        "reference to a possible future act, not an act reported in the sentence. Spurious."),
    8: ([], "All right. Ouattara called on his supporters (Ivorian, CIV) to refrain from reprisals, in a televised "
        "address on the news day."),
    9: (["type"], "'vowed that Australia would not be intimidated' is a statement of defiance toward the bombers, a refusal to "
        "yield (REJECT at most). It is not an offer or promise to cooperate, so AGREE is wrong. Source Howard (AUS), an empty target "
        "and the document date are right."),
    10: (["source"], "The oath-of-office pledge to uphold the constitution and be loyal to the nation can pass as AGREE "
         "Abdullah -> Jordan (a marginal event; see 'otherwise'). Abdullah is the new king of Jordan, so the empty country is wrong. "
         "He was sworn in on the document day (Sunday 1999-02-07), so the date is right."),
    11: (["source"], "'soldiers have seized power in several neighbouring states since 2020': the coups are generic and took place in "
         "neighbouring states, not in Senegal, so the soldiers' country SEN is wrong (it should be empty). A span since 2020 has no date, so "
         "null is right. I accept ASSAULT for a military seizure of power."),
    12: (SP, "'the raids' are the Russian air strikes already coded as e1 (carried out air strikes) from this sentence. "
         "This is a duplicate, so it is spurious."),
    13: ([], "All right. Arab leaders endorsed the peace initiative at the Beirut summit on Thursday (2002-03-28). The group is "
         "multinational, so no country is right. The initiative is not a party, so an empty target is right."),
    14: (["source"], "The resignation is Prime Minister Mahinda Rajapaksa's. Gotabaya is the president who received the letter, so "
         "the source is the wrong person. RETREAT/resign and Monday 2022-05-09 are right."),
    15: (SP, "A mining company halting its operations is a business decision, not a ceasefire or an act between political "
         "actors, and the source France is wrong as well. Spurious."),
    16: ([], "All right. The United States denied Modi ('him') a visa in 2005: REJECT US -> Modi (IND), dated 2005."),
    17: (["date"], "SANCTION/convict -> Fujimori is right. The court is not named in this passive sentence, so an empty source is right. "
         "The verdict is this news (Tuesday 2009-04-07), so it needs the document date, not null."),
    18: (SP, "Garang died when his helicopter came down in bad weather. That is an accident, not an ASSAULT. Spurious."),
    19: ([], "All right. A crowd protest in Kiev aimed at the president's conduct of the talks (the authorities), so the "
         "Ukraine government is a right target. Sunday evening = 2019-12-08."),
    20: ([], "All right. Moscow's standing demand for its own sector is reported with the news, so the document date is acceptable. "
         "The sentence names nobody as the party asked, so an empty target is right."),
    21: (["target"], "COERCE/arrest by Maldives security forces on Tuesday is right. The target lists only 'second Supreme Court "
         "judge' and drops the country's chief justice, the main party arrested."),
    22: (["source", "target"], "The promise of support is Putin's ('Putin ... promised'). Dateline gives the country Russia as the "
         "source and puts Putin only in reported_by. The sentence names the parties promised support, 'Russian families who adopt', "
         "so an empty target is wrong. 'Last week' = 2012-W51 is right."),
    23: ([], "All right. The Egyptian government declared a state of emergency (COERCE) on Wednesday 2013-08-14."),
    24: (["target"], "Putin accused 'the West' of nuclear blackmail. The West is named in the sentence, so an empty target is wrong."),
    25: (["target"], "The young protesters clashed 'with paramilitary gendarmes'. The gendarmes (DZA) are named in the sentence, so an "
         "empty target is wrong. I accept ASSAULT for a clash (I would code PROTEST/riot; see 'otherwise'). Saturday = 2001-04-28."),
    26: (["source"], "The accusation is Dodon's ('Dodon said ... accusing opponents'). The Central Electoral Commission is "
         "wrong. I accept the target 'opponents' with no country (MDA would be better)."),
    27: (["target"], "Opposition parties criticised Yoon's compensation plan. Yoon, the author of 'the move', is named in the "
         "same sentence, so an empty target is wrong. No date is given for the criticism, so null is right."),
    28: ([], "All right. Deaths in the clashes of the two days of rioting, with no perpetrator named. I accept 2001-12-20 (the "
         "Thursday of the narrative) for a toll of the current news days, unlike a long-span total."),
    29: ([], "All right. Police fought protesters on Thursday 2001-12-20: ASSAULT, police (ARG) -> protesters."),
    30: (["date"], "HRW's figure of more than 500 killed is a total since the protests began in November 2015, so it has no "
         "date; the document date is wrong."),
    31: (SP, "'an envoy backed by its military' describes the envoy Nasheed asks India to send. India's military is not "
         "reported to support anyone. Spurious (a word inside the description of a request)."),
    32: (["date"], "Qatar's support for the Muslim Brotherhood is right as SUPPORT QAT -> MB. The support is ongoing when "
         "the story is told, so it takes the document date 2014-03-05; null is wrong."),
    33: ([], "All right. Malawi expelled the British high commissioner: SANCTION/expel, in 2011 ('last year', before the aid "
         "cut)."),
    34: ([], "All right. Russia's build-up in Syria is MOBILIZE. It has gone on 'in recent weeks' up to the news, so the document "
         "date is acceptable. e12 ('deploying') duplicates this item, not the reverse."),
    35: (["modality"], "Putin 'ruled out sending ground troops'. As MOBILIZE the act is negated, not asserted "
         "(it is a REJECT if coded as the statement)."),
    36: (["type"], "Sharon's announcement of the offensive already under way (the tanks were in Arafat's compound that day) "
         "is the ASSAULT itself, or no separate event. It is not a threat, so THREATEN is wrong."),
    37: ([], "All right. REJECT by Yameen's government (Yameen). Compliance with the court order from the previous "
         "sentence is not a party in this sentence, so an empty target is right. The narrative date of the Thursday ruling "
         "(2018-02-01) is acceptable for the refusal that met it."),
    38: (["source"], "The RCD is an Algerian party (in Algeria's coalition government), so its empty country is wrong. "
         "A second source, 'Berber' as a person, is spurious. The target, the authorities (DZA), is right."),
    39: ([], "All right. Britain and the US urged respect for the constitution. Nobody is named as the party urged, and the "
         "act is a background act of unknown time, so an empty target and null date are right."),
    40: (["type", "target"], "Security agents storming a plane to arrest Khodorkovsky is a police raid: COERCE by the "
         "conventions (CAMEO 192 kept as COERCE for raids), not ASSAULT. The party acted upon, Khodorkovsky, is named in the "
         "sentence, so an empty target is wrong. Saturday 2003-10-25 is right."),
    41: ([], "All right (marginal). 'A 2006 deal he had promised to revisit' is a background promise by Hatoyama (AGREE). "
         "It is undated, so null is right. Nobody is named as the party promised."),
    42: ([], "All right. South Korea put its military on alert: MOBILIZE (CAMEO 152), on the news day."),
    43: (["date"], "CONSULT/negotiate Tymoshenko -> Putin is right, but the negotiation is background: the contracts ended "
         "the dispute in January 2009. The document date 2011-10-11 is wrong."),
    44: (["type", "source"], "'Defence officials said further Hamas leaders could be targeted' is a threat. PLOVER codes it "
         "as THREATEN by the Israeli defence officials -> Hamas leaders, not as a hypothetical ASSAULT with no source."),
    45: (["target"], "ASSAULT (suicide truck bomb) on Tuesday is right. Vieira de Mello was a Brazilian U.N. envoy, "
         "so the country TLS is wrong (it should be empty/UN)."),
    46: (["date"], "The state of emergency was declared on Monday (story: 'announced the 15-day emergency on state "
         "television on Monday'; 'hours after'). The date should be 2018-02-05, not the document date 2018-02-06."),
    47: (["date"], "'Britain's vote to leave the European Union' is the June 2016 referendum, a background act, and "
         "is given the document date 2017-05-07. Type SANCTION/withdraw and the parties are acceptable."),
    48: (SP, "Sonia and Rahul Gandhi 'accepted responsibility for the defeat': an admission, not an agreement or "
         "commitment toward another party. The source is also the target (Sonia Gandhi coded USA). Spurious."),
    49: (["target"], "BJP leaders campaigning against Gandhi's foreign origins is acceptable as ACCUSE/disapprove. But Sonia "
         "Gandhi is the leader of India's Congress party, and an empty country is wrong for her (IND)."),
    50: (["date", "modality"], "Turkey's declaration says the protocol 'did not mean it recognised' the Greek Cypriot "
         "government, so the recognition is negated, not asserted. The declaration came with the July 2005 protocol "
         "(background), so the document date is wrong."),
    51: (["type", "target"], "Passing a law that authorises 'non-peaceful means' to stop Taiwan breaking away is a "
         "THREATEN China -> Taiwan, not SUPPORT. Taiwan is named in the sentence, so an empty target is wrong."),
    52: (["target", "date"], "COERCE/arrest of Lebedev by prosecutors is right, but Yukos was not detained, so the second "
         "target is wrong. The text dates the detention 'four months' before 2003-10-25 (about June 2003), so null is wrong."),
    53: ([], "All right. Government troops killed Savimbi on February 22 (2002-02-22)."),
    54: ([], "All right. Japan barred North Korean officials from entering. This is a separate measure from the ferry "
         "ban (e1), so it is not a duplicate. SANCTION, on the news day."),
    55: ([], "All right. 'They' = the security forces of the previous sentence, shooting at children in Tizi Ouzou. The "
         "act is ongoing on the news day, and the doctor's attribution keeps it asserted."),
    56: ([], "All right. Obama called the withdrawal a serious mistake (ACCUSE/disapprove). The sentence names no party "
         "behind 'the move', so an empty target is right. Reported as this news."),
    57: (["date", "modality"], "'Analysts expect him to move quickly to settle disputes': this is an expected future act, "
         "not asserted, so the modality should be future/hypothetical. A future act of unknown time gets no date, so the "
         "document date is wrong."),
    58: ([], "All right. Ethiopia declared a state of emergency on Sunday 2016-10-09 (COERCE)."),
    59: (["target"], "THREATEN Biden -> 'other parties hostile to Israel' is right, but those parties are not American, so "
         "the country USA is wrong (it should be empty)."),
    60: (["date"], "COERCE/curfew by the Gabon government is right. But the text dates the act 'as polls closed' in "
         "Saturday's vote (previous sentence), i.e. 2023-08-26, so null/unknown is wrong."),
}


def verdict(false):
    if false == SP:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in false for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    return v


def main():
    items = [json.loads(l) for l in open(os.path.join(ROUND, "events-c-items.jsonl"))]
    assert sorted(V) == [it["n"] for it in items] == list(range(1, 61))
    for false, _ in V.values():
        assert false == SP or set(false) <= set(FIELDS[1:]), false
    with open(os.path.join(ROUND, "events-c.jsonl"), "w") as out:
        for it in items:
            false, reasons = V[it["n"]]
            rec = dict(it)
            rec["verdict"] = verdict(false)
            rec["reasons"] = reasons
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    verds = [verdict(V[n][0]) for n in sorted(V)]
    real = [v for v in verds if v["event"]]
    print(f"{'field':10} {'right/60':>9} {'%':>6} {'right/real':>11} {'%':>6}")
    for f in FIELDS + ["all"]:
        r = sum(v[f] for v in verds)
        rr = sum(v[f] for v in real)
        print(f"{f:10} {r:>5}/{len(verds):<3} {100*r/len(verds):6.1f} {rr:>6}/{len(real):<4} {100*rr/len(real):6.1f}")
    print(f"spurious: {len(verds)-len(real)} of {len(verds)}")


if __name__ == "__main__":
    main()
