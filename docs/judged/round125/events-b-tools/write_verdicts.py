"""Write events-b.jsonl from the items and the judge's verdicts (fields false listed per item),
check the file, and print the per-field counts.

usage: write_verdicts.py   (run from docs/judged/round125)
"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (fields that are wrong, reasons). "event" wrong means spurious (all fields false).
V = {
 1: ([], "REQUEST from the State Department spokesman (USA) to Minsk, coded as the Belarus government (BLR); undated in the text, so the document date is right."),
 2: (["source", "date"], "Opening an investigation is ACCUSE investigate, but source should be the Kenyan police (KEN), plainly the party the police spokesman speaks for; date should be 1995-08-10, the Thursday of the attack ('opened ... by Thursday evening'), not the Friday document date."),
 3: ([], "The Kim-Trump Hanoi summit is a meeting in a noun phrase, CONSULT Kim (PRK) with Trump (USA), dated 2019 by 'last year'; asserted with the analysts as reporters (mode 'multilateral' is off, but mode is not scored)."),
 4: ([], "Milosevic has rejected foreign mediation: REJECT, no mediator named in the sentence so an empty target is right; ongoing stance takes the document date. SRB accepted for the Yugoslav president (YUG would also do)."),
 5: ([], "Prosecutors (IDN) demanding a sentence is a REQUEST; no addressee named in the sentence; an earlier act of unknown date with no date is right."),
 6: (["target"], "ACCUSE by Erdogan (TUR) is right, but the same sentence names the party whose act he condemns ('the perpetrators'), so target should be the perpetrators / the gunman Alparslan Arslan (TUR), not empty."),
 7: (["target"], "REJECT by Trajkovski is right, but the charge he rejects is Petkovski's and the sentence refers to him ('his opponent'), so target should be Tito Petkovski (MKD)."),
 8: ([], "Beheading is ASSAULT by the Islamist militants (no country given) on Paul Johnson (USA), dated Friday 2004-06-18 as this news; the militants' own statement is attribution, so asserted."),
 9: (["target"], "The demand is addressed to the interior minister, named in the sentence, so target should be the interior minister, Carmen Dan (ROU), not empty."),
 10: (["target"], "ACCUSE allege with no charging party in the sentence (empty source right), but the target should be only the three former lawmakers (CZE); Jana Nagyova was charged in the previous sentence, another act."),
 11: (["source"], "REQUEST for an inquiry and releases, but source should be the Tunisian League for Human Rights (TUN, an NGO), not the state of Tunisia; addressee unnamed so empty target right."),
 12: ([], "GCC condemning the trip is ACCUSE; the sentence names no party (only 'the trip'), so an empty target is right by the rules (I would code Ahmadinejad, IRN)."),
 13: (["target"], "Karamat calling for a National Security Council is a REQUEST, but the officers were his audience, not the party asked to act; target should be Pakistan's government (PAK) or empty."),
 14: ([], "Apology is SUPPORT (CAMEO 055) from Kim (PRK) to South Korea (KOR), reported as this news on Friday 2020-09-25; Seoul's report keeps it asserted."),
 15: ([], "Tunisian officials (TUN) REJECT the criticism; Schmid is not named in the sentence so an empty target is right; Wednesday 2005-11-16, the day of the speech the story reports, is acceptable."),
 16: (["source"], "REQUEST to member states is right, but the source should be only the Arab foreign ministers (Arab League, no country); Israel (ISR) is not a party to the call."),
 17: ([], "Sanctions are SANCTION from the US (USA) on Belarus's state petrochemical concern, coded as Belarus (BLR), acceptable for a state-owned concern; 'last year' gives 2007."),
 18: (["target"], "ACCUSE by the Tunisian government spokesman is right, but target 'foreign critics' is coded TUN; they are foreign (Schmid and others), so the code should be empty (or CHE), not TUN."),
 19: ([], "REQUEST from the EU spokesperson (EU) to Montenegro's political leaders (MNE); undated, document date right."),
 20: ([], "Public beheading of four convicted men is ASSAULT (execute) by Saudi Arabia (SAU) on four Saudi men (SAU), Friday 1996-05-31."),
 21: ([], "Human rights groups welcomed the findings: SUPPORT; the panel is not named in the sentence so empty target right; document date right."),
 22: ([], "Protesters (MRC supporters, CMR) attacking Cameroonian embassies is PROTEST riot against the Cameroon state (CMR); Saturday 2019-01-26 follows the paragraph's 'On Saturday'."),
 23: ([], "REQUEST from government legislators (ARG) to Cobos (ARG) to resign; document date right."),
 24: ([], "REJECT by Turkish government officials; the accusers are not named in the sentence, so empty target right."),
 25: (["target"], "Deby's rebel forces seizing power is ASSAULT dated 1990, but the sentence names the party driven out, so target should be Hissene Habre (TCD), not empty."),
 26: (["target"], "Moon's criticism of the killing is ACCUSE, but the killing was North Korea's and the sentence names Pyongyang, so target should be North Korea (PRK), not empty."),
 27: ([], "Prosecutors (RUS) asking for ten years is a REQUEST of unknown time; no addressee named; all right."),
 28: ([], "UAE (ARE) accuses Tehran (IRN) of tightening its grip: ACCUSE, an ongoing accusation taking the document date."),
 29: ([], "Riot at Latvia's parliament is PROTEST riot by protesters (LVA) against the parliament (LVA), a protest at home aimed at the authorities; Tuesday night 2009-01-13."),
 30: (["target"], "Police raid is COERCE seize by Canadian police (CAN), 2011 ('last year'), but 'the company' refers to SNC-Lavalin (CAN, previous sentence), so target should be SNC-Lavalin, not empty."),
 31: ([], "Recalling the ambassador is SANCTION withdraw by the UAE (ARE) against Iran (IRN), Thursday 2012-04-12."),
 32: (["type"], "Fighters of the new government's forces capturing a wanted fugitive is an arrest: type should be COERCE (arrest), not ASSAULT abduct; parties (Zintan fighters LBY -> Saif al-Islam Gaddafi LBY) and Saturday 2011-11-19 are right."),
 33: ([], "Kosor (HRV) calling the verdict unacceptable is ACCUSE; the tribunal is not named in the sentence, so empty target right; document date right."),
 34: (["date"], "Voters backing Gasparovic is a SUPPORT (SVK -> SVK), but the backing was the vote in Saturday's run-off: date should be 2004-04-17, not the Sunday document date."),
 35: (["date"], "KFOR (NATO) reinforcing checkpoints is MOBILIZE, but it is reported as this news (a response to Friday's bombing), so date should be the document date 2001-02-17, not unknown."),
 36: ([], "Magufuli's (TZA) order to the security agencies (TZA) is a REQUEST (order); undated, document date right."),
 37: ([], "National Assembly (VNM) approving Thuong's (VNM) resignation coded SUPPORT ('approve action'), acceptable (RETREAT resign for Thuong would also be coded); Thursday 2024-03-21."),
 38: ([], "Cartes (PRY) calling for calm is a REQUEST with no addressee named; Saturday 2017-04-01 right."),
 39: ([], "Rounding up party members is COERCE arrest; no arresting party named in the sentence (empty source right); MRC members (CMR); Monday 2019-01-28 as in the previous sentence."),
 40: ([], "Duceppe (CAN) resigning is RETREAT resign; undated, document date right."),
 41: ([], "US envoys (USA) urging the Palestinians (PSE) is a REQUEST before Friday's deferral, of unknown date; asserted with the diplomats as reporters."),
 42: (["date"], "Police (TCD) detaining the six candidates (TCD) is COERCE arrest, but it happened after the May 20 vote: date should be 2001-05 (shortly after 2001-05-20), not the document date."),
 43: ([], "Ismayilova (AZE) detained on Friday 2014-12-05 is COERCE arrest; the detaining party is not named (empty source right)."),
 44: ([], "Petkovski (MKD) calling for annulment is a REQUEST with no addressee named; document date right; distinct from the 'will not accept' event."),
 45: (["target", "date"], "Voters' referendum rejection is REJECT, but the change would have let Morales run again and the sentence calls it his defeat: target should be Evo Morales (BOL); date should be 2016-02-21 (Sunday's referendum), not unknown."),
 46: ([], "Goldstone's (ZAF) earlier call is a REQUEST with unknown date; no addressee named; asserted (the condition is in the content)."),
 47: ([], "Rugova (Kosovo) urging the international community is a REQUEST, Sunday 1998-03-22, the day of the vote."),
 48: ([], "Sentencing is SANCTION convict by the Indonesian court (IDN) on Tommy Suharto (IDN), Friday 2002-07-26."),
 49: ([], "Kabuye (RWA) detained on Sunday 2008-11-09 is COERCE arrest; the sentence names no detaining party (empty source right)."),
 50: (["target"], "Air strikes are ASSAULT by Russian (RUS) and Syrian (SYR) warplanes, but the target should be the rebels in the rebel-held areas (Syrian rebels / HTS, SYR), not the United Kingdom (the monitor's base)."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and [i["n"] for i in items] == list(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if "event" in wrong:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reason
    out.append(rec)

with open("events-b.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open("events-b.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in back) for f in FIELDS + ["all"]}
print(counts)
