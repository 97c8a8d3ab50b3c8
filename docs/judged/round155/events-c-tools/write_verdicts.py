"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's verdicts (round 155)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
F = ["event", "type", "source", "target", "date", "modality"]

# n -> (set of wrong fields, or "spurious"), reasons
V = {
 1: ((), "Toll since September 2000: ASSAULT on Palestinians (PSE) and Israelis (ISR) with no source named; a span summed from 2000 takes no date (round-20 rule)."),
 2: ({"target"}, "RETREAT release by the Tunisian judge (TUN) on Monday 2023-02-06 is right, but 'her' refers to Amira Bouraoui, the activist released: target should be Amira Bouraoui (DZA, French-Algerian), not empty."),
 3: ({"target"}, "Future CONSULT visit by Albanese (AUS), undated, is right; but he is to visit Beijing, i.e. China's government: target should be China (CHN), not the Beijing court."),
 4: ((), "Zarif (IRN) proposing a non-aggression pact is an AGREE offer, repeated background with no date; the pact was offered to the Gulf Arab states, 'Riyadh and its allies' in the same sentence, so Saudi Arabia (SAU) as lead addressee is taken as right."),
 5: ({"target"}, "ACCUSE by Yushchenko (UKR), ongoing blame at the document date, is right; but the sentence names whom he blames: target should be his opponents in the security services (UKR), not empty."),
 6: ({"target", "date"}, "SUPPORT (signing agreements) by 'officials on both sides' is mutual: with Polish officials as source the target should be the Russian officials (RUS), not empty; date should be 2010-12-06, the Monday of Medvedev's visit the story reports, not the document date."),
 7: ((), "Police (MAR) shot dead a fourth militant in Casablanca on Tuesday 2007-04-10, the day of the previous sentence; all fields right."),
 8: ({"source"}, "ASSAULT on Nigerian troops on Sunday 2006-01-15 is right, but 'the gunmen' are the militants in Nigeria's Niger Delta (MEND, 'Nigerian militants' in the title): source country should be NGA, not empty."),
 9: ("spurious", "Spurious: 'condemned to work together' means fated to cooperate; the analyst accuses no one, so there is no ACCUSE against the PUK."),
 10: ((), "Negated ACCUSE (charge) against Yermak (UKR): no charging party is named in the sentence, so empty source is right; document date for the state reported as news."),
 11: ({"date"}, "CONSULT Husseini (PSE) with Kuwaiti officials (KWT) on the visit is right; but he arrived 'earlier in the week' and the talks are not dated Thursday: date should be the week of 2001-05-28 (2001-W22) or undated, not 2001-05-31, the day of his death."),
 12: ((), "Detentions of suspects in Morocco (MAR) since 2003: no arresting party named, span summed since 2003 takes no date; right."),
 13: ("spurious", "Spurious: a generic description of how Belarus carries out death sentences ('condemned prisoners are shot'), not a reported act; the executions of the two men are reported elsewhere in the story."),
 14: ((), "REQUEST (call for restraint) by the U.N. mission in Libya (UNO/UNSMIL), no addressee named, undated so document date; right."),
 15: ((), "Ethiopia and Somalia urged a swift vote before Wednesday's vote: REQUEST, no addressee named in the sentence, undated background (null) is right."),
 16: ((), "AQAP (YEM) repeatedly attacking the Yemeni armed forces (YEM) since 2012 is ASSAULT over a span, no date; right."),
 17: ({"target", "date"}, "Source 'terrorists' (JNIM, no country) is right, but they attacked the town of Barsalogho: target should be the town/its residents (BFA), not empty; date should be 2024-08-24, the Saturday of the attack the text gives, not the document date."),
 18: ({"type", "target"}, "Diplomats warning allies of the coming leak is a briefing, not a coercive threat: type should be CONSULT (THREATEN is wrong); target should be U.S. allies (named as 'allies'), not empty. Week 2010-W47 is right."),
 19: ((), "Greece (GRC) signed a similar maritime agreement with Italy (ITA) in June 2020: SUPPORT, right."),
 20: ((), "Yushchenko (UKR) flew to Moscow on Monday 2005-01-24 (the document date): CONSULT visit to Russia's government (RUS), right."),
 21: ((), "The ongoing deployment of Japanese forces (JPN) in Iraq: MOBILIZE, still going on so the document date is right; no party acted upon is needed."),
 22: ((), "Students (NPL) defying the nationwide lockdown is CAMEO 128 defy law -> REJECT, no party named as target; document date. (Dateline missed the PROTEST against India in the same sentence; see the paragraph notes)."),
 23: ((), "Rutte said NATO would step up its presence in the Baltic: future MOBILIZE by NATO, undated; right."),
 24: ((), "Syria's defence ministry (SYR) accused Hezbollah fighters (LBN) before Sunday's fighting; Sunday 2025-03-16 is the only date the text gives; right."),
 25: ((), "South Korean prosecutors (KOR) arrested Kim Hong-gul, the president's son (KOR), on Sunday 2002-05-19; right."),
 26: ((), "Zhou Yongkang (CHN) sentenced on Thursday 2015-06-11: SANCTION convict; the court is not named in the sentence, so empty source is right."),
 27: ({"type", "date", "modality"}, "'Would seek a closer relationship with Australia' expresses intent to cooperate (CAMEO 032), not a request: type should be AGREE Clark (NZL) -> Australia (AUS), asserted as a statement dated at the report, 1999-11-28 (not future, undated)."),
 28: ((), "Israel (ISR) and Palestinian factions (PSE) agreed to the ceasefire on Tuesday 2014-08-26: mutual AGREE, right."),
 29: ({"target"}, "Ugandan troops (UGA) killing rebels is ASSAULT reported as news at the document date, but the sentence names them ('the rebels', 'several of them'): target should be the LRA rebels (UGA), not empty."),
 30: ((), "APEC leaders (no country) endorsed the green-economy plan, reported at the summit's close on Saturday 2022-11-19; SUPPORT, no party as target; right."),
 31: ({"target"}, "Larijani, Qalibaf and Rezaei (IRN) backing a list is SUPPORT, but what they back is named: target should be the rival conservative list (IRN), not empty."),
 32: ((), "Stoere (NOR) meeting officials in Kabul (AFG) on Monday 2008-01-14 when the attack began: CONSULT, right."),
 33: ({"date"}, "THREATEN (warning) Russian officials (RUS) -> Washington (USA) is right, but 'have warned' is background of an earlier, unstated time: date should be none (unknown), not the document date."),
 34: ((), "Cheng Lei (AUS) detained in Beijing in August 2020, agent not named; right."),
 35: ((), "Pashinyan (ARM) spoke by phone with Erdogan (TUR) at an unstated time after the quake; undated (unknown) is right."),
 36: ((), "A sect member (MYS) shot and wounded in Thursday's final operation (the document date 2000-07-06); the shooter is not named in the sentence; right."),
 37: ((), "Aid workers killed in South Sudan (SSD) since December 2013: ASSAULT over a span with no date; right."),
 38: ("spurious", "Spurious: the judge 'agreed' with the prosecutors' reading of the law, a ruling step in the trial, not an AGREE to cooperate (and the judge is Philippine, not USA)."),
 39: ({"target"}, "Kosovo (XKX) declaring independence on 2008-02-17 is taken as REJECT of Serbian rule (PLOVER has no secession type); target should be Serbia (SRB), named in the sentence ('a Serbian crackdown') and the state it broke from, not empty."),
 40: ({"target"}, "Jubeir (SAU) visiting on Saturday 2017-02-25 is right (his name split in two fragments, both SAU); but the visit is not mutual: target should be Iraq (IRQ, Baghdad), not Jubeir himself."),
 41: ({"source"}, "ACCUSE (blaming others) is right, but in the judge's verdict on Park 'she' is Park Geun-hye (KOR), the defendant: source should be Park Geun-hye, not Choi Soon-sil."),
 42: ((), "Abbas said the Palestinians (PSE) would seek a timetable for ending Israeli occupation: future REQUEST toward Israel (ISR), undated; right."),
 43: ((), "Mitsotakis said Greece (GRC) remained ready for dialogue with Turkey (TUR): AGREE, asserted, document date; right."),
 44: ({"target"}, "Deportation earlier in September 2006 with the Bahraini agent not named is right, but Salah al-Bandar is given as a British citizen: his code should be GBR, not empty."),
 45: ((), "The opposition UDA (DJI) called on voters (DJI) to stay home: REQUEST reported as news with no date in the text, document date; right."),
 46: ((), "Georgia (GEO) accuses Russia (RUS) of moving the boundary line: ongoing ACCUSE at the document date; right."),
 47: ({"type"}, "'Ordered' S-300 missiles is an arms purchase, not a demand: type should be COOPERATE (military/economic exchange) Greek Cypriot government (CYP) -> Russia (RUS), 1997; other fields right."),
 48: ((), "The Burkina junta (BFA) expelled French forces (FRA), background perfect with no date: SANCTION expel, right."),
 49: ({"date"}, "Turkey's (TUR) pledge is AGREE, asserted, and the EU is not named in the sentence; but the pledge is the Turkish side of the deal struck at Sunday's summit: date should be 2015-11-29, not undated."),
 50: ((), "Xi (CHN) held a three-hour meeting with Biden (USA) in Bali on Monday 2022-11-14: CONSULT, not a duplicate of the Harris call (e4); right."),
}

items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
with open(HERE / "events-c.jsonl", "w") as out:
    for it in items:
        wrong, reasons = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reasons
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h54-x211-01", "coder_events": [
   "SUPPORT: conference of Aidid's supporters (SOM) -> Mohamed Farah Aidid (SOM), proclaimed him president, 1995-06-15",
   "REJECT: Ali Mahdi Mohamed (SOM) -> Mohamed Farah Aidid (SOM), rejected the proclamation, 1995-06-15",
   "REJECT: breakaway wing of Aidid's movement (SOM) -> Mohamed Farah Aidid (SOM), rejected the proclamation, 1995-06-15"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing: missed the proclamation (SUPPORT/approve) and both rejections ('a move immediately rejected by')."},
 {"doc": "h54-x211-22", "coder_events": [
   "ASSAULT: Somali security forces (SOM) -> al Shabaab gunmen (SOM), killed the last gunmen ending the siege, 2022-08-21",
   "ASSAULT: al Shabaab gunmen (SOM) -> hotel in Mogadishu / its guests (SOM), stormed the hotel, 21 killed and 117 wounded, 2022-08-19"],
  "found": 2, "dateline_events": 2, "spurious": 0,
  "notes": "e1 is the security forces' killing; e2 (21 people killed 'in the attack', no source) is the Shabaab attack, right type though its source is empty where 'the attack' refers to the gunmen's storming. Storming and the 21 deaths are one act, listed once."},
 {"doc": "h54-x212-12", "coder_events": [
   "SANCTION: Japan government (JPN) -> Gen. Toshio Tamogami, Air Self-Defence Force chief of staff (JPN), dismissed him over his essay, 2008-10-31"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dismissal of an officer coded SANCTION (expel from post); the essay itself and the government's earlier apologies are background statements, not coded."},
 {"doc": "h54-x212-07", "coder_events": [
   "SANCTION: China (CHN) -> Japan (JPN), will impose 100% tariffs on Japanese cars, phones and air conditioners (future), announced 2001-06-19",
   "SANCTION: Japan (JPN) -> China (CHN), emergency curbs on imports of Chinese leeks, mushrooms and straw, earlier, undated"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found China's tariffs (SANCTION, future); missed Tokyo's import curbs, the act China retaliates against."},
 {"doc": "h54-x210-04", "coder_events": [
   "SUPPORT: U.N. General Assembly (UNO) -> Palestinians (PSE), voted to give them new privileges at the U.N., 1998-07-07"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing for the assembly vote upgrading the Palestinians' status."},
 {"doc": "h54-x212-11", "coder_events": [
   "AGREE: Canada (CAN) <-> United States (USA), reached a framework agreement ending the softwood lumber dispute, 2006-04-27",
   "CONCEDE: United States (USA) -> Canada (CAN), will return most of the $5 billion in duties under the deal (future), 2006-04-27",
   "SANCTION: United States (USA) -> Canada (CAN), duties collected on Canadian wood since 2002, span, no date"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the mutual AGREE; missed Washington's promised return of duties (a promised concession) and the background duties."},
]
with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
