"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from the judge-d verdicts below."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields, or "SPURIOUS"), reasons
V = {
 1: ([], "Maduro ('he') accuses Colombia of exporting poverty and violence; ACCUSE VEN->COL, no date in the text so the document date, asserted: all right."),
 2: ([], "Russia's veto of the Security Council resolution is a REJECT; Monday = 2009-06-15; target the UN Security Council (UNO) is acceptable: all right."),
 3: (["target"], "Target should be Hamas founder Sheikh Ahmed Yassin with Palestinian code (PSE); dateline gives a truncated 'Sheikh' with no country. Type, source Israel, date 2004-03-22 ('last Monday') and modality are right."),
 4: ([], "Expected meeting of Koizumi and Hu later this month: CONSULT, mutual parties (both listed on each side, redundant but the other party is in the target), 2004-11, future: all right."),
 5: ([], "Lebanese troops deployed across Beirut: MOBILIZE, Troops (LBN army), reported as this news so the document date; all right."),
 6: ([], "Biden arrived in Lima for APEC hosted by Peru: CONSULT visit USA->Peru acceptable; Thursday = 2024-11-14; all right."),
 7: (["target"], "Iran's criticism is aimed at 'the deployment', France's new base; target should be France (FRA), not empty (a criticised act counts as its actor, as with a protest at the authorities' acts). Other fields right; 'have criticised' undated, document date accepted."),
 8: ([], "Neighbouring governments incl. Brazil (Argentina omitted) expressed support for Bolivia's territorial integrity: SUPPORT ->BOL, date of the report (May 4 dateline) accepted: all right."),
 9: ([], "Thousands of police deployed in Kathmandu: MOBILIZE police, police (NPL), document date for this news: all right."),
 10: (["target"], "Morales invited the opposition prefects to a dialogue: AGREE right, but target should be the opposition prefects (BOL), named in the sentence, not empty."),
 11: (["target"], "Greek police fired tear gas at migrant crowds at the Turkish border; target should be the crowds of migrants with no country (the text gives none), not Greek (GRC) crowds. Other fields right."),
 12: (["source", "target"], "Co-mediation is CONSULT, but the source acts as U.N. special envoy (should be Niasse coded UN/UNO, not 'former Senegalese prime minister' SEN) and target should be the Congolese parties to the talks (COD), not co-mediator Thabo Mbeki."),
 13: ([], "Zelenskiy offered Zaluzhnyi the chance to remain on his team: AGREE (offer) UKR->UKR, Thursday Feb 8 = document date: all right."),
 14: (["date"], "Chavez's accusation against Washington: ACCUSE VEN->USA right, but it was made at the Friday summit the story dates in its lead; date should be 2009-08-28, not the document date 2009-08-29."),
 15: (["date"], "Mansour killed (second mention, separate sentence, so not a duplicate by the rule); empty source and target Mansour right, but date should be 2016-05-21, the Saturday the text gives the strike, not empty."),
 16: ([], "Obama praised Ghana on Saturday 2009-07-11: SUPPORT USA->GHA, all right."),
 17: (["date"], "Egypt's outlawing of the Brotherhood is a background act of an earlier time (in the relative clause, no date in the text); it should have no date, not the document date 2019-06-17. Type, source, target right."),
 18: (["target"], "The victim shot dead is Kyagulanyi's driver Yasin Kawuma (UGA), not Kyagulanyi himself; target wrong. Empty source, Monday 2018-08-13, asserted right."),
 19: ([], "Albanese will meet Li Qiang on Tuesday (2023-11-07): CONSULT AUS->CHN, future: all right."),
 20: ([], "Total killed in Israel's war since Oct 2023: ASSAULT ISR->Palestinians (PSE), a summed total so no date: all right."),
 21: ([], "Qatar approved its first permanent constitution in April (2003-04): SUPPORT (approve policy) with no target is acceptable by the codebook's 'approve policy' mode, though a domestic act a coder might skip; all right."),
 22: ([], "COSATU (and the ANC Youth League) rallied behind Zuma (ZAF): SUPPORT, ongoing so the document date: all right (Zuma's sector COP is wrong but only the country is scored)."),
 23: ([], "The president's office (Kovac's, SVK) demanded a full investigation: REQUEST, no addressee named so empty target right, Friday document date: all right."),
 24: (["source"], "'It' is Gazprom, Russia's state gas export monopoly (RUS); the source should be Gazprom, not the Belarus government. Threat type, empty target (Belarus not named in the sentence), Tuesday 2010-06-22 and modality right."),
 25: ([], "Poland backed the EU relocation deal on Tuesday 2015-09-22: SUPPORT POL, empty target acceptable for a multilateral deal: all right."),
 26: (["date"], "U.S. drone strike killed Mansour: ASSAULT USA->Mansour right, but the date should be 2016-05-21, the Saturday the next sentence gives the strike; 2016-05-22 is the day the officials said it."),
 27: ([], "Zelenskiy met Zaluzhnyi: CONSULT UKR->UKR, undated so the document date, asserted: all right."),
 28: ([], "'Tripoli is occupied by militias': occupation by armed groups is ASSAULT (convention), militias (LBY), ongoing so the document date, quote attribution keeps it asserted: all right."),
 29: ([], "US, EU, UK and Canada criticised Nigeria on Saturday 2021-06-05: ACCUSE ->NGA, all right."),
 30: (["type", "date"], "Weeks of sit-in protests demanding Sharif's resignation are a PROTEST (demo), not a REQUEST (PLOVER codes demands made by protests as PROTEST); and this is a background act of 2014 (before the postponed September trip), so it should have no date (about Aug-Sep 2014), not the document date 2015-04-20. Source Imran Khan and target Sharif right."),
 31: ([], "Russia's foreign ministry called the arrest a provocation: ACCUSE RUS-> Kosovo special police (XKX), the arresting party; Monday document date: all right."),
 32: ([], "The OHR called on protesters to remain peaceful: REQUEST ->protesters (BIH), document date: all right."),
 33: ([], "Pakistan promised to raise a division to protect Chinese workers: AGREE (promise) PAK->Chinese workers (CHN), standing commitment undated so the document date accepted: all right."),
 34: ([], "The US urged both sides (Israel and Turkey) to find a way forward: REQUEST, document date: all right."),
 35: ([], "Saudi foreign ministry urged the Taliban to reverse course: REQUEST SAU->Taliban (AFG), document date: all right."),
 36: ([], "Russia's foreign ministry called the Chechen congress 'a gathering of terrorists' accomplices': ACCUSE RUS->Chechen congress (RUS acceptable for Chechen exiles), Thursday document date: all right."),
 37: (["type", "date"], "A state's (diplomatic) protest over administration of the islands is ACCUSE (CAMEO 114 complain officially), not PROTEST demo; and the never-made protest over decades has no date, not the document date. Source Indonesia/Netherlands, empty target and negated modality right."),
 38: (["target"], "Syria and Iran back the Hezbollah-led alliance: SUPPORT right, but target should be that alliance (the Lebanese opposition, LBN), named in the sentence, not empty."),
 39: (["target"], "Maliki's office called the shoe-throwing 'shameful': ACCUSE right, but target should be the journalist Muntadhar al-Zaidi (IRQ), named in the same sentence as 'the journalist', not empty."),
 40: ([], "Albright would press Arafat to fight terrorism on her coming trip: REQUEST USA->PSE, future, time not given so no date: all right."),
 41: ([], "South American leaders agreed on Friday (2009-08-28) that foreign troops must not threaten sovereignty: AGREE, multinational source with no code, reciprocal so no target: all right."),
 42: ([], "Abdelatty met Mustafa in Cairo: CONSULT EGY->PSE, Wednesday document date: all right."),
 43: (["source", "target"], "The police are Montenegro's (MNE), not Serbia's; and the about 20 detained, among them Montenegrin opposition deputies, should be coded MNE, not SRB. Type, date and modality right."),
 44: (["source", "target"], "Source should be Myanmar's ASEAN neighbours (ASEAN), not Myanmar; target should be Myanmar's junta (MMR), asked to release Suu Kyi. Type REQUEST, date, modality right."),
 45: ([], "Palestinian officials accused Netanyahu: ACCUSE PSE->ISR, Thursday document date: all right."),
 46: ([], "Zhu Mingguo met village representatives: CONSULT CHN->CHN, document date for this news: all right."),
 47: (["source", "target"], "Zhao Lijian is the Chinese foreign ministry spokesman: source should be coded CHN, not AUS; target should be Australia / its special forces troops (AUS), 'those responsible' in the sentence, not empty. Type, date and modality right."),
 48: (["date"], "Lahoud has called Siniora's cabinet illegitimate (LBN, target right) since a year ago: an act still going on takes the document date 2007-11-24, not no date. Type, source, modality right."),
 49: ([], "India-Pakistan ceasefire holding on Sunday 2025-05-11: RETREAT ceasefire, mutual IND/PAK, asserted: all right."),
 50: ([], "More than 43,000 Palestinians killed since Oct 2023: ASSAULT with killer not named (empty source right), Palestinians (PSE), summed total so no date: all right."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and len(V) == 50
with open("events-d.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {k: False for k in F}
        else:
            v = {k: (k not in wrong) for k in F}
        v["all"] = all(v[k] for k in F)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

P = [
 {"doc": "h24-x89-13", "coder_events": [
   "REJECT: Russia (RUS) -> UN Security Council (UNO), vetoed the resolution extending the Georgia observer mission, 2009-06-15"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The end of the mission is a consequence, the monitoring since 1993 background; neither coded."},
 {"doc": "h24-x91-21", "coder_events": [
   "ACCUSE: United States (USA), European Union (EU), Britain (GBR), Canada (CAN) -> Nigeria (NGA), criticised the Twitter suspension, 2021-06-05",
   "COERCE: Nigeria (NGA) -> Twitter (no code), suspended Twitter indefinitely, 2021-06-04 (Friday, per the next sentence)",
   "COERCE: telecoms companies (NGA) -> Twitter (no code), began blocking access to the platform, 2021-06-05"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the criticism only; the suspension (censor) and the blocking were missed."},
 {"doc": "h24-x92-25", "coder_events": [
   "MOBILIZE: Chinese navy warships (CHN) -> none, live-fire drills in the Tasman Sea, 2025-02-21",
   "ACCUSE: Australia (AUS) and New Zealand (NZL) governments -> China (CHN), complaints of little warning, 2025-02-21"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The complaints of both governments were missed. Airline diversions are not political events."},
 {"doc": "h24-x90-16", "coder_events": [
   "SUPPORT: Palestinians (PSE) -> International Criminal Court (ICC), formally became a member (ratification of the Rome Statute), 2015-04-01",
   "ACCUSE: Israel (ISR) and United States (USA) -> Palestinians (PSE), had strongly opposed the step, no date (earlier)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The possible court investigation is hypothetical ('could allow') and not listed. Dateline has no event in this paragraph."},
 {"doc": "h24-x92-24", "coder_events": [
   "COOPERATE: Xi Jinping (CHN) <-> Dina Boluarte (PER), jointly inaugurated the Chinese-funded Chancay port, 2024-11-14",
   "CONSULT: Asia-Pacific leaders (APEC) -> none, gathered in Lima for the APEC summit, 2024-11-14"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline has no event in the lead (it found Biden's arrival and planned meeting later in the story)."},
 {"doc": "h24-x92-16", "coder_events": [
   "AGREE: South American leaders (UNASUR) -> none (reciprocal), agreed foreign troops must not threaten any country's sovereignty, 2009-08-28",
   "CONSULT: South American leaders (UNASUR) -> none, heated summit in Argentina (Bariloche), 2009-08-28",
   "AGREE: Colombia (COL) -> United States (USA), plan to let U.S. forces use its military bases, no date (pending)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "'Stopped short of condemning' is a negated ACCUSE that a coder would not code; the summit and Colombia's basing plan were missed."},
]
pars = [json.loads(l) for l in open("paragraphs-d.jsonl")]
assert [p["doc"] for p in pars] == [p["doc"] for p in P]
for p, q in zip(pars, P):
    assert len(p["events"]) == q["dateline_events"], p["doc"]
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for q in P:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
