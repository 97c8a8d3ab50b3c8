"""Write events-c.jsonl from the items and judge c's verdicts below (round 176).
Fields that are wrong are listed per item; a spurious item (event wrong) is false in every field.
usage: write_verdicts.py  (run in the round176 folder)"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
# n -> (wrong fields, reasons); "event" in wrong fields = spurious
V = {
 1: (["source", "target", "modality"], "A CONCEDE inside the protesters' claim is codeable, but 'the government' is Armenia's government (ARM), not Russia's; the concessions are to Ankara, so the target should be Turkey (TUR); the act sits inside the protesters' claim ('saying the government was making concessions'), so modality should be reported. Date 2022-01-14 (the story's dateline day) is accepted."),
 2: ([], "Kiev and Western governments accuse Moscow (present tense, ongoing): ACCUSE UKR + Western governments -> Russia, document date, asserted; all right."),
 3: ([], "Obama visited Havana in March 2016: CONSULT visit, USA -> Cuba (host), 2016-03, asserted; all right."),
 4: (["source", "target", "date"], "Lodging a protest is ACCUSE (CAMEO 114), but Park Suk-hwan is South Korea's vice foreign minister (KOR), not CHN; the target should be Ambassador Zhang Xinsen (CHN), named in the sentence; the lead gives this summoning as Monday, so the date should be 2011-12-12, not the document date."),
 5: ([], "He = Tijani Sese (SDN), urging the Darfur groups still fighting (SDN) to join the peace on the day of the signing, 2011-07-14: REQUEST, all right."),
 6: ([], "Ardern's announced resignation as leader no later than Feb. 7: RETREAT resign, future, 2023-02-07; a separate sentence from the lead's 'would resign', so no duplicate by the rule; all right."),
 7: ([], "She (the princess, THA) thanked supporters on Instagram: SUPPORT, target supporters (THA); no date in the text, so the document date is right by the rule; all right."),
 8: ([], "Trump accused Pakistan in August (2017) of harbouring 'agents of chaos': ACCUSE USA -> PAK, 2017-08, asserted; all right."),
 9: ([], "China had been accused by Western officials of holding up talks: ACCUSE Western officials -> China (CHN), a background act of unknown time with no date, which the rule accepts; all right."),
 10: ([], "The US and 50 other countries recognise Guaido (present tense, a standing act): SUPPORT USA -> Guaido (VEN), document date; all right."),
 11: ([], "Pompeo called on Iraq to rein in armed groups at the Wednesday dialogue: REQUEST USA -> Iraq (IRQ), 2020-08-19; all right."),
 12: ([], "The Geneva deal reached on April 17 between Russia, Ukraine, the US and the EU: a mutual AGREE, 2014-04-17, asserted; listing all parties on both sides is accepted as the mutual form; all right."),
 13: ([], "Riot police (BLR) fired stun grenades on the Sunday march: ASSAULT crowd-control, 2020-10-11, reported by Viasna; the sentence names no party fired at, so the empty target is right by the rule; all right."),
 14: ([], "Lekic (MNE) accused the government of using state resources: ACCUSE -> Montenegro government, no date in the text so document date; all right."),
 15: (["target"], "Hezbollah has long dismissed the court (ongoing, document date, ACCUSE disapprove) is right, but 'the court' is the U.N.-backed Special Tribunal for Lebanon, an international tribunal sitting near The Hague, not a Lebanese court: its code should be empty (international body), not LBN."),
 16: (["target"], "Pena Nieto congratulated the security forces: SUPPORT with the document date is right, but the target should be the Mexican security forces (MEX), named in the sentence ('the security forces'), not empty."),
 17: (["event"], "Spurious: 'voters also complained' about power cuts and the economy is a description of the campaign's public mood, not an act a coder would code; even as an event, the date would be wrong (2024 is the date of the power cuts, not of the complaints)."),
 18: (["target"], "The BJP lawmaker's demand for a tougher response is a REQUEST (document date, asserted), but it is aimed at 'the government' named in the same sentence: the target should be the Indian government (IND), not empty."),
 19: (["event"], "Spurious: 'there was no evidence on which to keep him detained' reports no act of detention (it explains his release); even as an event, Saeed would be the detainee, not the source."),
 20: (["event"], "Spurious: 'Indian troops have been stationed at Kalapani since the 1962 war' is a decades-old standing presence given as background, not a mobilisation; even as an event, Kalapani is a place (target should be empty), not a Chinese person."),
 21: ([], "More than 4,700 killed in the conflict since April, per the U.N.: ASSAULT, no source in the sentence, target people in Ukraine (UKR), and a total since an earlier time has no date; all right."),
 22: ([], "'We will not talk to gangs that take orders from abroad' (Assad, SYR): a negated CONSULT with the rebels he calls gangs (SYR) is accepted (like 'RETREAT negated' for a refusal); a negated future act with no date; all right."),
 23: ([], "Kishida (JPN) promised a large stimulus package at Monday's news conference: AGREE (a promise), no target in the sentence, document date; all right."),
 24: ([], "Armenia lifted its embargo on Turkish goods at the start of the year: RETREAT (ease sanctions, CAMEO 085), ARM -> TUR, 2022 at the precision given; all right."),
 25: (["date"], "194 Taliban fighters killed (ASSAULT, no source named, target Taliban AFG) is right, but the figure is a total over the fighting since Friday (Aug 10-13), so by the rule it has no date; 2018-08-10 is only the start of the span."),
 26: ([], "Arab leaders demanded a Gaza ceasefire and an Israeli withdrawal from Rafah: REQUEST -> Israel (ISR), 2024-05-16; a separate demand from the call for peacekeepers, not a duplicate; all right."),
 27: ([], "Washington has pressed Baghdad to cut its reliance on Iranian energy (ongoing): REQUEST USA -> Iraq government, document date; all right."),
 28: (["date"], "Bouteflika resigned: RETREAT resign is right, but 'in April that year' refers to 2019 (the Hirak began Feb. 22, 2019), so the date should be 2019-04, not 2020-04."),
 29: ([], "The first visit to Pakistan by an Indian foreign minister in nine years: CONSULT visit IND -> PAK (host), 2024-10-16. It overlaps the summit CONSULT (e1) in the same sentence, but that one is multilateral with no target, so the bilateral visit is accepted; all right."),
 30: (["target"], "Maduro called Trump a 'racist cowboy': ACCUSE disapprove with the document date is right, but the target Trump is the U.S. president (USA), not VEN."),
 31: ([], "Congo has said it would not accept Rwandan troops in the regional force: a negated AGREE (or a REJECT) COD -> Rwandan troops (RWA), no date for the negated future act; all right."),
 32: ([], "Nujaifi (IRQ) called the raid a grave mistake: ACCUSE disapprove, document date; the target army (IRQ) is accepted as the Iraqi security forces who carried out the raid; all right."),
 33: ([], "A Syrian official said Syria would not bow to foreign pressure: a negated CONCEDE (or a REJECT) by Syria (SYR), no particular party named, no date for the negated act; all right."),
 34: ([], "More than 13,000 detained since the vote: COERCE arrest, no source named, target people in Belarus (BLR), a total since an earlier time with no date; all right."),
 35: ([], "Kosovo declared independence from Serbia in 2008: accepted as REJECT (defiance of Serbia's sovereignty), XKX -> SRB, 2008, asserted; all right."),
 36: (["target"], "Muttaqi's call for eased sanctions and release of the central bank assets is a REQUEST (document date), but the assets are named as held in the United States: the target should be the United States (USA), not empty."),
 37: ([], "Duque demanded that Cuba hand over the ELN commanders in January 2019: REQUEST COL -> Cuba (CUB), 2019-01; all right."),
 38: ([], "Putin has urged Lukashenko to press ahead with constitutional changes: REQUEST RUS -> BLR, no date in the text so the document date; all right."),
 39: ([], "Riot police detained dozens on the Sunday march: COERCE arrest BLR police -> protesters (BLR), 2020-10-11; all right."),
 40: (["source"], "The announced resignations are a RETREAT resign on Monday, but the source should be the 44 Iraqi members of parliament (IRQ), not the Iraqi police."),
 41: ([], "More than 2,800 killed since October 2017: ASSAULT, no source named, target people in Mozambique (MOZ), a total since an earlier time with no date; all right."),
 42: ([], "Israel denied that any of its aircraft had been hit: a negated ASSAULT on Israel's aircraft (ISR); the sentence names no shooter, so the empty source is right; no date for the denied act; all right."),
 43: (["date"], "Putin's apology to Aliyev is SUPPORT (CAMEO 055), but it came 'days after the crash' of Dec. 25 (2024), so the date should be late December 2024, not 2025-10-09."),
 44: ([], "Djibouti's foreign minister congratulated Kenya after Thursday's vote: SUPPORT DJI -> KEN, 2020-06-18; all right."),
 45: (["target"], "The student march on Wednesday is a PROTEST, but it is aimed at India (the Indian map; they burned an effigy of the Indian prime minister), not at the Nepali state: the target should be India / the Indian prime minister (IND) or empty, not the Nepal government."),
 46: ([], "Poroshenko blamed pro-Russian separatists for the bus attack: ACCUSE UKR -> separatists (UKR), no date in the text so the document date; all right."),
 47: ([], "Russia vetoed the Security Council resolution on March 15: REJECT, 2014-03-15, no target named; all right."),
 48: (["event"], "Spurious: 'the Russian radars could be used to gather data' is a hypothetical capability in Washington's justification, not an investigation by Russia (the act of the sentence is the U.S. removing Turkey from the F-35 programme, a SANCTION)."),
 49: ([], "King Abdullah called on Damascus late on Sunday to stop its killing machine: REQUEST SAU -> Syria government, 2011-08-07; all right."),
 50: (["target"], "The accusation by Amnesty International (no code) and local journalists (ongoing, document date) is right, but it is aimed at 'his security services': the target should be Gambia's security services (GMB), not Jammeh himself."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open("events-c.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        if "event" in wrong:
            v = {k: False for k in FIELDS}
        else:
            v = {k: k not in wrong for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it); out["verdict"] = v; out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
counts = {k: 0 for k in FIELDS + ["all"]}
for l in open("events-c.jsonl"):
    r = json.loads(l)
    for k in counts: counts[k] += r["verdict"][k]
print(counts)
