"""Write events-c.jsonl from judge c's verdicts below (fields judged by hand; see events-c.md).

Each entry: n -> (wrong fields, reasons). 'spurious' marks an item that holds no event
(every field false). Fields not listed as wrong are right.
"""
import json

F = ("event", "type", "source", "target", "date", "modality")
V = {
 1: ((), "Right: the Philippines (PHL) accuses China's coast guard (CHN) on Wednesday 2024-06-19, asserted."),
 2: (("date",), "Houthis (YEM) firing missiles and drones toward Israel is right; the campaign 'have fired ... since October 7' is still going on when the story is told, so the date should be the document date 2023-11-20 (CONVENTIONS: an act still going on takes the document date; no total is given), not none."),
 3: (("target", "date", "modality"), "Meshaal's statement that Hamas would support efforts to establish a Palestinian state is verbal SUPPORT by Hamas (PSE), but the target should be empty (the support is for statehood efforts; Israel is named only as not being recognised); the statement of support was made at the signing, so it is asserted and dated 2011-05-04, not a future act with no date (AGREE, CAMEO 032, would also fit the type)."),
 4: (("source", "date"), "The source should be the eastern NATO allies (Poland and the Baltic states), not Russia ('Eastern[RUS]'); empty target is right (the sentence names no addressee). The pressing 'since 2014' is still going on when the story is told, so the date should be the document date 2016-07-09."),
 5: ((), "Right: China (CHN) announced sanctions on 11 Americans (USA) on Monday 2020-08-10, asserted; SANCTION is the type a coder gives to imposing sanctions (CAMEO2PLOVER's COERCE for 163 aside)."),
 6: (("target",), "Police and soldiers (HND) firing tear gas on Monday 2017-12-18 is right, but the target should be the opposition supporters (HND) whose road blockades were cleared, named in the sentence, not empty."),
 7: ((), "Right: OSCE observers (international body, no code) called for a transparent review; no addressee is named in the sentence, so empty target is right; undated report of this news takes the document date 1996-09-26."),
 8: ((), "Right: Sri Lanka (LKA) outlawed the LTTE (LKA) on Monday 1998-01-26, asserted."),
 9: (("date",), "The killings in the Aceh insurgency (target civilians/people, IDN; source not named) are a total summed since 1976 ('an estimated 10,000 people have been killed since 1976'), which has no date under CONVENTIONS; 1976 is wrong."),
 10: (("target",), "SUPPORT by Washington (USA) restoring diplomatic relations in 2006 is right, but the target should be Libya (LBY), named in the same sentence, not empty."),
 11: ((), "Right: critics (no country given) accuse Johnson Sirleaf (LBR); a present, still-going-on accusation takes the document date 2018-01-22."),
 12: ((), "Right: Gujral (IND) is expected to seek a vote of confidence from the Lok Sabha (IND) on Tuesday 1997-04-22; a request for the house's support, future. (A coder might skip a procedural confidence vote, but REQUEST is defensible.)"),
 13: (("target",), "Netanyahu's trip is a visit (CONSULT, asserted, going on at document date 2010-06-01), but the sentence names only 'North America', not the United States; the target should be empty."),
 14: (("target",), "Erdogan (TUR) criticising the Gaza offensive is ACCUSE, but the target should be Israel (ISR), whose offensive he criticised and which the sentence names, not Palestine; 2008 is accepted for an act of late 2008/early 2009."),
 15: ((), "Right: small protests in the Jabalya refugee camp, protesters and aim not named in the sentence (empty source and target allowed), reported as this news on 1998-12-14, asserted with witnesses as reporters."),
 16: ((), "Right: Iraq's representative Izzat Ibrahim (IRQ) called for holy war (REQUEST), no addressee named, at the summit reported on 2000-10-22; reported_by (Libya's delegation) is off but not scored."),
 17: ((), "Right: Yang Jiechi (CHN) accused the United States (USA) at the talks on Thursday 2021-03-18, asserted."),
 18: (("spurious",), "Spurious: 'the protests' is only the topic of Xi's remark (the Hong Kong protests reported in the previous sentence); the act in this sentence is Xi's ACCUSE against the protests, not a PROTEST."),
 19: (("date",), "Charging about 700 people (ZWE; authorities not named) is ACCUSE, but 'about 700 people have been charged' is a total summed over the week's crackdown, which has no date under CONVENTIONS, not the document date 2019-01-22."),
 20: ((), "Right: guerrillas (COL) hijacked an airliner in February 2002 (before Pastrana broke off talks), asserted; the airliner stands for the passengers and crew."),
 21: (("target",), "Russia (RUS) condemning the decision is ACCUSE on this news (2021-07-24), but the target should be the high representative Valentin Inzko (the office named in the sentence; international, no code), whose decision it condemned, not empty."),
 22: ((), "Right: police (PAK) arrested activists (PAK) overnight into Sunday 2002-01-13, asserted, officials as reporters."),
 23: (("target", "date"), "Soviet troops (SUN) seizing the islands is ASSAULT, but the target should be Japan (JPN), whose islands and residents they were (Russia is only the namer of the islands), and the date should be 1945 (the closing days of World War Two), not the document date 2010-11-02."),
 24: (("target",), "Libya (Tripoli) agreeing in 2003 to give up WMD programmes is AGREE, asserted, but the sentence names no counterpart; the target should be empty, not the United Kingdom (Lockerbie, Scotland is a place in another clause)."),
 25: ((), "Right: Turkish authorities (TUR) blamed Kurdish militants (country not given in the sentence) on Monday 2022-11-14, asserted."),
 26: ((), "Right: Saudi Arabia (SAU) called for direct negotiations, no addressee named, on this news 2020-01-29, asserted."),
 27: (("date",), "Japan summoning the Russian ambassador (RUS) to lodge a protest is one ACCUSE by Japan (JPN), right in type and parties, but the sentence dates it: it should be Monday 2010-11-01, not none."),
 28: (("spurious",), "Spurious: 'lodge a protest' is the same act as summoning the Russian ambassador to protest, already coded from this sentence (item 27, e2); a duplicate."),
 29: ((), "Right: Japan (JPN) and South Korea (KOR) mutually agreed on Thursday 2023-03-16 to resume leader visits, asserted."),
 30: ((), "Right: Western diplomats and African leaders (no country) praised Malawi's judges (MWI) on this news 2020-06-28; a separate act from the congratulation of Chakwera."),
 31: ((), "Right: Japan (JPN) recalled its ambassador to Russia (RUS) on Tuesday 2010-11-02, SANCTION, asserted."),
 32: ((), "Right: the UAE (ARE) and Bahrain (BHR) agreed to normalise relations with Israel (ISR) in September 2020, asserted."),
 33: (("source", "date"), "The amendments' ban (COERCE, no target named) is imposed by the high representative Inzko ('They' = his amendments; international office, no code), not 'international or Bosnian courts'; the amendments were announced on Friday, so the date should be 2021-07-23."),
 34: (("date",), "Musharraf (PAK) rejecting India's (IND) demand is right, but it was part of his televised address on Saturday night, so the date should be 2002-01-12, not the document date 2002-01-13."),
 35: ((), "Right: Manila (PHL) has accused Chinese ships (CHN) of harassment; a present-perfect, still-going-on accusation takes the document date 2011-06-14."),
 36: ((), "Right: the Tanzanian government (TZA) rejected accusations of a crackdown; the accusers are not named, so empty target is right; this news, 2025-04-11."),
 37: ((), "Right: al-Sharaa for the Syrian government (SYR) said it supported cooperation (SUPPORT), no party named; undated statement of this news, document date 1995-11-29."),
 38: ((), "Right: Moldovan officials (MDA) invited Russian inspectors (RUS) to visit (AGREE: invitation), asserted, this news 2006-03-28."),
 39: (("target",), "Washington (USA) welcoming the meeting is SUPPORT on 2023-03-16, but the target should be Japan (JPN) and South Korea (KOR), whose summit it welcomed and whom the sentence refers to as 'its two main Asian allies', not empty."),
 40: ((), "Right: Obama (USA) assured Cameron (GBR) the special relationship would endure (AGREE, a commitment), at the summit on Friday 2016-07-08, asserted."),
 41: (("target",), "Rehn (EU) welcoming the agreement is SUPPORT on this news (2009-09-12), but the target should be Croatia (HRV) and Slovenia (SVN), the parties to the welcomed agreement (Croatia is named in the sentence), not empty."),
 42: (("date",), "Hezbollah's (LBN) refusal to hand over its weapons is a RETREAT negated (CONVENTIONS), no target named, but the refusal was made 'a day earlier', Tuesday 2025-08-05; the date should be 2025-08-05, not none."),
 43: ((), "Right: European leaders (no single country) rallied behind Zelenskiy (UKR), SUPPORT, on this news 2025-03-01."),
 44: (("date",), "Buyoya (BDI) seizing power in a coup is accepted as ASSAULT (military seizure of power; nothing closer in PLOVER), no target named, but the text dates it 1996; the document date 2000-08-29 is wrong."),
 45: (("date", "modality"), "Kumaratunga (LKA) offering to invite the LTTE (LKA) to talks is AGREE (willingness to meet), but the offer was made in her televised address, so it is asserted and dated 1999-12-21 (Tuesday; 1999-12-22 the document date would also do), not future with no date."),
 46: (("date", "modality"), "Fico (SVK) saying his government would be willing to help Ukraine (UKR) with humanitarian aid is AGREE (an offer of aid), made to reporters on Sunday: it should be asserted and dated 2023-10-01, not future with no date."),
 47: (("date",), "Netanyahu's (ISR) indictment is ACCUSE (indicter not named), but 'on the same day' is the day of the plan's unveiling, Tuesday 2020-01-28, not the document date 2020-01-29."),
 48: ((), "Right: the SDF (SYR) rejected any link to the bombing (REJECT of the accusation), accuser not named, this news 2022-11-14."),
 49: ((), "Right: Seselj (SRB) had called on his followers (SRB) to boycott the run-off, REQUEST, asserted; undated (before the run-off), so no date is right."),
 50: (("target", "date"), "North Korea's (PRK) hydrogen-bomb test is MOBILIZE (weapons test), asserted, but it has no target in the sentence (the United States is named only as condemning it): target should be empty; the test was carried out on Wednesday, so the date should be 2016-01-06, not none."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open("events-c.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if "spurious" in wrong:
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(items))
