"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from judge b's hand verdicts (round 93).
Each verdict lists the fields judged WRONG; 'spurious' marks event false (all fields false)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n: (wrong fields, reasons)
V = {
 1: (["type", "target"], "Quitting the Security Council race is a material concession to end the deadlock, not a boycott: type should be RETREAT (CAMEO 08 yield; CONCEDE also defensible), not PROTEST/boycott. Target should be empty (or each other, mutual): the Council is the seat contested, not a party acted upon; sources and date (Wed 2006-11-01) are right."),
 2: ([], "SANCTION by Trump (USA) on ICC officials is right (CAMEO2PLOVER would put 163 under COERCE, but PLOVER's SANCTION definition fits sanctions); 'weeks after' gives no date, so an unknown date is right."),
 3: ([], "SUPPORT from French and U.S. officials (FRA, USA) to Australia (AUS), reported as this news, asserted: right. (reported_by should not be New Zealand's government; not a scored field.)"),
 4: ([], "COERCE restrict by Maduro (VEN) closing the crossings; the sentence names no party acted upon, so an empty target is right; 'last week' before Thu 2015-08-27 is 2015-W34."),
 5: ([], "Belgrade's promise to resume talks with Kosovo Albanian leaders is AGREE (offer/promise to cooperate); SRB for Belgrade is acceptable since the story itself calls the Belgrade side Serbia; date is the Tuesday of the Moscow talks (document date)."),
 6: (["target"], "ACCUSE by Erdogan is right, but the sentence names what he criticised, Israel's war in Gaza: target should be Israel (ISR). The criticism has no date of its own, so an unknown date is accepted."),
 7: ([], "CONSULT: Obama (USA) met Atta Mills (GHA) on Saturday 2009-07-11 (document date), asserted: right."),
 8: (["date"], "REQUEST by the Contact Group (no country code right) with no target named is right, but 'had demanded' is an earlier background demand: the date should be unknown (undated, before the report), not the document date 1998-06-16."),
 9: (["modality"], "Baghdad complying is the condition of the U.S./UK demand ('until Baghdad complies'): CONCEDE by Iraq is acceptable but modality should be hypothetical, not future; no date is right. (A coder would also code the US/UK REQUEST to Iraq.)"),
 10: (["target"], "Rwanda and Uganda backing a rebellion is AID (military backing) dated 1998-08, but its recipient is the rebellion (Congolese rebels, COD), not Joseph Kabila; Laurent Kabila's government was the party fought, and Joseph is the wrong person in any case."),
 11: (["target"], "AID negated (Islamabad denies military help) is acceptable, but the sentence names the recipient, 'the militia' = the Taliban: target should be the Taliban (AFG), not empty."),
 12: ([], "REQUEST: Rugova (Kosovo Albanian leader, XKX) asked the students (XKX) to call off the march; pluperfect background act with no date, so an unknown date is right."),
 13: ([], "ACCUSE by Guterres (UN); 'the attack' names no party (the coalition is in another sentence), so an empty target is right; reported as this news, document date 2018-08-09."),
 14: (["target"], "China's refusal to apologise is REJECT, dated right, but the target is not Zhao Lijian (and Zhao is Chinese, not AUS): the sentence names no addressee, so it should be empty (or Australia, which demanded the apology)."),
 15: ([], "SANCTION withdraw: South Korea (KOR) recalled its ambassador to Japan (JPN) on Tuesday 2001-04-10, asserted: right."),
 16: ([], "REQUEST by rights groups and the EU delegation (the U.S. embassy is missing as a co-source, but the parties given are right); the sentence names no addressee, so an empty target is right; document date."),
 17: (["target"], "SUPPORT by the Rwandan government welcoming the verdict is right, but the sentence names the tribunal whose verdict it welcomed: target should be the UN tribunal for Rwanda (ICTR, IGO), not empty."),
 18: (["source"], "ASSAULT with explosives on Thursday afternoon 1997-09-04 is right, but the bombers are not Israeli: with nothing in the sentence to give their country, the source should be the suicide bombers with an empty code (Hamas claimed it, PSE), not ISR."),
 19: (["date"], "ACCUSE investigate by Pakistani police (PAK) is right, but 'On Friday' dates the rocket attack in the previous sentence; the undated, ongoing investigation should take the document date 1999-11-15, not 1999-11-12."),
 20: ([], "CONSULT: Zakayev negotiated with Russian officials 'last year' = 2001; 'supporters say' is attribution, so asserted is right. (reported_by should be his supporters, not Zakayev; not scored.)"),
 21: (["target"], "SANCTION convict (November 2018 sentence) with the unnamed court as empty source is right, but Schellenberg is a Canadian: target code should be CAN, not CHN."),
 22: ([], "SUPPORT: Syed Hamid Albar (MYS) welcomed the ruling; the court is not named in the sentence, so an empty target is right; document date 2002-12-17 (Tuesday of the ruling)."),
 23: (["target"], "SANCTION convict on 1998-09-02 is right, but 'He' is Jean-Paul Akayesu (RWA), the defendant, not the presiding judge Laity Kama: target should be Akayesu (RWA)."),
 24: ([], "Milosevic and Yeltsin agreeing on a joint statement is a mutual AGREE (SUPPORT for finalising an agreement would also fit) with both parties as source/target; Tuesday talks = document date 1998-06-16; distinct dyad from the Belgrade promise, not a duplicate."),
 25: (["target"], "ASSAULT by armed men (no code) late on Sunday 2000-04-23 is right, but the party attacked is the resort and the 21 people carried off (mixed nationalities, no single code), not the state of Malaysia."),
 26: (["event"], "Spurious: the summit was postponed and never held; 'summit' is the object of Tunisia's postponement, not a meeting that took place. The act is Tunisia postponing it (e.g. SANCTION/REJECT meet by Tunisia), which dateline did not code."),
 27: ([], "ASSAULT abduct by Abu Sayyaf gunmen (PHL) of 21 people (mixed nationalities, empty code) in 2000, asserted: right."),
 28: ([], "RETREAT release: Putin (RUS) pardoned Savchenko (UKR), reported on Wednesday 2016-05-25 (document date), asserted: right."),
 29: (["source"], "The accusation is made by Armenia's foreign ministry (ARM), not by the protesters: source should be Armenia's foreign ministry (ARM); target Baku (AZE government), ACCUSE and document date are right."),
 30: ([], "PROTEST demo by transport workers and opposition groups (PER) aimed at Boluarte (the authorities), so the target is right; the story's dateline and events are Thursday 14 Nov 2024."),
 31: ([], "ACCUSE: Museveni (UGA) accused opposition politicians (UGA) of provoking chaos, in a statement reported as this news: right."),
 32: ([], "REQUEST: Human Rights Watch (no country code) called for an independent investigation; no addressee named, so an empty target is right; document date."),
 33: (["target"], "ACCUSE by Lebanese security forces is right, but the accused are 'some of them', the detained Christian opposition activists (LBN); Israel is the party they are accused of contacting, not the target."),
 34: ([], "ACCUSE: rights groups condemned the decision; Hungary is not named in the sentence, so an empty target is right; document date."),
 35: ([], "ACCUSE: Montenegro's foreign ministry (MNE) accused Belgrade (SRB government), document date, asserted: right."),
 36: ([], "RETREAT resign: Khaleda Zia (BGD) forced to step down in March 1996, asserted: right."),
 37: ([], "The sentence is a split fragment, but it reports Bush's (USA) visit to Iraq on Sunday 2008-12-14: CONSULT visit with Iraq as host is right."),
 38: ([], "SUPPORT (diplomatic recognition): Pakistan (PAK) recognised the Taliban (AFG) on Sunday 1997-05-25: right."),
 39: ([], "SUPPORT (sign agreement): Indonesia and Portugal, mutual, on Wednesday 1999-05-05: right."),
 40: (["source"], "ASSAULT (invasion) on Christmas Eve 1989 is right and no invaded party is named, so an empty target is acceptable, but 'whose invasion' names the invader: source should be Charles Taylor (LBR, NPFL rebels), not empty."),
 41: (["event"], "Spurious: aid agencies warning that half the population needs help is an alert about need, not a threat; 'warn' is used in another sense and there is no PLOVER act."),
 42: ([], "SUPPORT: Rahul Gandhi (IND) congratulated Modi (IND) on 2019-05-23; separate from the CONCEDE of the same sentence, so not a duplicate."),
 43: ([], "SUPPORT by the Western governments ('whose governments', no single code) for Saakashvili (GEO), an ongoing state, so the document date is right; the actor's name is clumsy but the party is right."),
 44: (["target"], "SANCTION withdraw by Chavez (VEN) in late July 2009 is right, but the sentence names Bogota/Colombia, from which the ambassador was recalled: target should be Colombia (COL)."),
 45: (["target"], "REJECT by the Slovak government is right, but 'the suggestion' was made by the opposition politicians (the president's aides only hinted), not President Kovac: target should be the opposition politicians (SVK) or empty."),
 46: (["modality"], "REQUEST (order) by Lukashenko to his officials on Tuesday 2010-06-22 is acceptable, but the order was given: modality should be asserted; only the halt is conditional. (The main act a coder would code here is a THREATEN, Belarus -> Gazprom/Russia.)"),
 47: ([], "REQUEST by the U.S. embassy (USA) urging both sides (Serbian authorities and Kosovo Albanians, no single code) to avoid confrontation, document date: right."),
 48: (["target"], "ACCUSE disapprove by Museveni on 2000-07-01 is right, but the sentence names whose boycott he disparaged: target should be the opposition (Ugandan opposition parties, UGA)."),
 49: ([], "Taylor saying he will travel to Monrovia is a future visit: CONSULT visit, future, with the Liberian government as host and no date ('within days'), is acceptable (AGREE intent-to-meet would be the CAMEO reading)."),
 50: (["date"], "CONSULT between Colombia and the FARC is right, but the talks are going on at the time of the report ('is accompanying'): date should be the document date 2015-08-27, not unknown."),
}

items = [json.loads(l) for l in open(os.path.join(ROOT, "events-b-items.jsonl"))]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open(os.path.join(ROOT, "events-b.jsonl"), "w") as f:
    for it in items:
        wrong, why = V[it["n"]]
        if "event" in wrong:
            verdict = {k: False for k in FIELDS}
        else:
            verdict = {k: (k not in wrong) for k in FIELDS}
        verdict["all"] = all(verdict[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = verdict
        out["reasons"] = why
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

P = [
 {"doc": "h24-x89-11", "coder_events": [
   "COERCE: Georgian prosecutors (GEO) -> Irakli Okruashvili (GEO), arrested on charges of extortion etc., 2007-09-27",
   "ACCUSE: Irakli Okruashvili (GEO) -> Mikheil Saakashvili (GEO), accused him of corruption and ordering a killing, 2007-09-25"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline has the arrest (right in all fields); it misses Okruashvili's accusation two days earlier (Tuesday). The charges are the grounds of the arrest and are not counted as a separate ACCUSE."},
 {"doc": "h24-x89-10", "coder_events": [
   "SUPPORT: France's lower house (FRA) -> none, approved the genocide-denial bill, 2006-10-12",
   "ACCUSE: Turkey (TUR) -> France (FRA), furious reaction to the vote, 2006-10-12",
   "THREATEN: Turkey (TUR) -> France (FRA), warnings of a blow to trade ties, 2006-10-12"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline codes the approval (SUPPORT, FRA, Thursday 2006-10-12). It misses Ankara's reaction and warnings in the participial clause. The 1915 genocide is background inside the bill's description and is not coded."},
 {"doc": "h24-x90-21", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results and their announcement by the interior ministry are not PLOVER acts between actors; nothing to code."},
 {"doc": "h24-x89-08", "coder_events": [
   "SANCTION: Moldova (MDA) -> Transdniestrian separatist authorities (MDA), pulled out of negotiations, 2004-07-29 (reported Thursday)",
   "COERCE: Transdniestrian separatist authorities (MDA) -> Moldovan-language (Latin-script) schools / ethnic Moldovans (MDA), closed the schools, 2004-07"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline finds nothing in this paragraph; both the withdrawal from talks (CAMEO 164 halt negotiations) and the school closures are missed."},
 {"doc": "h24-x89-19", "coder_events": [
   "RETREAT: Russia (RUS) -> Nadiya Savchenko (UKR), freed after two years in custody, 2016-05-25",
   "RETREAT: Ukraine (UKR) -> two Russian servicemen (RUS), freed in exchange, 2016-05-25"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The prisoner swap (two releases; a coder might instead code one mutual COOPERATE exchange) is missed in the lead; dateline codes Putin's pardon later in the story (item 28)."},
 {"doc": "h24-x90-01", "coder_events": [
   "RETREAT: UN Security Council (UNO) -> Iraq (IRQ), voted to let Iraq sell oil for food (easing of the embargo), 1995-04-14",
   "ACCUSE: Iraqi officials (IRQ) -> UN Security Council (UNO), called the offer an assault on sovereignty, 1995-04-14"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline finds nothing in the lead: both the Council's vote to ease the embargo (CAMEO 085; SUPPORT approve would also fit) and Iraq's condemnation are missed."},
]
with open(os.path.join(ROOT, "paragraphs-b-verdicts.jsonl"), "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
