# Judge c, round 139: the verdicts (decided by reading each item in its story) written out as
# events-c.jsonl, plus the paragraph verdicts. Order of flags: event, type, source, target, date, modality.
import json
T, F = True, False
V = {
 1: ((T,T,T,T,T,T), "Missiles fired at the USS Mason (USA) on Sunday 2016-10-09, attacker unnamed in the sentence so an empty source is right; asserted with U.S. officials as reporter. (The Wednesday firing in the same sentence is a second act dateline did not code.)"),
 2: ((T,T,T,T,F,T), "Killing of 100+ people (IDN) in the Halmahera village attack is right, but it happened 'in recent weeks' before the report: a background act given the document date; the date should be none/unknown (some day in the weeks before 2000-06-26)."),
 3: ((T,T,T,F,F,T), "UNITA's forces attacking the train: source right, but the train attack took place on Friday, so the date should be 2001-08-10, not the Saturday dateline day; target should be the train and the government troops UNITA says it carried (AGO military), not empty."),
 4: ((T,T,T,T,T,T), "Moussa denounced Hamas (PSE) in his Friday sermon, 2009-08-14: ACCUSE disapprove, all fields right."),
 5: ((T,T,T,T,T,T), "AfD (DEU) condemned any plans for violence: ACCUSE disapprove; the sentence names no party condemned, so the empty target is right; document date right for this news."),
 6: ((T,T,T,T,T,T), "Opposition parties (ZMB) holding rallies to demand a new constitution and elections: a home protest aimed at the authorities, so Zambia is a right target; ongoing act dated by the story's own dateline day (Aug 23; document date 08-24), accepted."),
 7: ((T,F,T,T,F,T), "Geagea opposing Syria's domination is an objection, ACCUSE disapprove (PLOVER REJECT is refusing a request or proposal), not REJECT; it is a background stance from before his 1994 arrest, so the date should be none/unknown, not the document date."),
 8: ((T,T,T,T,F,T), "Lawyer Saiful Islam Alif (BGD) killed in the clashes after the bail hearing, which the story puts on Tuesday: the date should be 2024-11-26, not the document date 2024-11-27."),
 9: ((T,T,T,T,T,T), "Indonesian government's promise to replace partisan units is AGREE (intent to change policy, CAMEO 034); no target named; undated act, unknown is right."),
 10: ((F,F,F,F,F,F), "Spurious: experts 'warned against reading too much into the gesture' is analytic caution, not a threat or any PLOVER act."),
 11: ((T,T,T,T,T,T), "Ukrainian prosecutors (UKR) opened a war-crimes investigation: ACCUSE investigate; the sentence names no party investigated, so the empty target is right; document date right."),
 12: ((T,T,T,T,T,T), "Rebels (SYR) 'were to free' dozens of captives under the deal: a promised release, CONCEDE (the PLOVER codebook leaves promised releases out of RETREAT), asserted as the deal's term; document date for the deal reported as this news."),
 13: ((T,T,T,T,T,T), "Human rights groups (no country given) had urged Pope Francis (VAT): REQUEST, pluperfect with no date, unknown is right."),
 14: ((T,T,T,T,T,T), "Santoro (ITA) shot dead in February of last year = 2006-02; the shooter is not named for this killing, so the empty source is right."),
 15: ((T,T,T,T,T,T), "France recalled its ambassador to Turkey: SANCTION withdraw FRA -> TUR; the text gives no day, so the document date is right."),
 16: ((T,T,F,T,T,T), "'They' are the two Kurdish leaders Barzani and Talabani (IRQ); source coded USA is wrong, should be Barzani and Talabani (IRQ). AGREE toward Iraq and the 1998-09-17 date are right."),
 17: ((T,T,T,F,T,T), "Russian Foreign Ministry welcomed Golovatov's release: SUPPORT right, but Golovatov is a former Soviet KGB commander who flew home to Moscow (Russia does not extradite its citizens): target should be Golovatov (RUS), not LTU."),
 18: ((T,T,F,T,T,T), "The sentence names the attacker: 'a missile fired from a U.S. drone', so the source should be the United States (USA), not empty; target, date 2002-11 and modality right."),
 19: ((T,T,T,T,T,T), "Amnesty (no seat country) had urged Tunis (TUN) not to extradite Mahmoudi: REQUEST, pluperfect undated, unknown right."),
 20: ((T,F,T,F,F,F), "Conventions code the statement's type for a request: Bush pressed allies to help train Iraqi forces is REQUEST, Bush (USA) -> allies (no country), asserted, dated 2004-06-10 (the text gives no day for the remark). Bush is not the one training, so a hypothetical AID with Bush as source is wrong."),
 21: ((T,T,F,T,T,F), "'He' is Stoyanov (BGR), not his defeated rival Marazov; 'would use his office to press for early elections' is a future REQUEST, so modality should be future, not asserted; empty target acceptable."),
 22: ((T,F,T,T,T,T), "Barzani inviting Saddam's troops to help him drive out the PUK is a request for military assistance, REQUEST (assist), not AGREE (AGREE's invitation mode is about visits); parties and 1996-08 right."),
 23: ((F,F,F,F,F,F), "Spurious: this sentence reports that the executions had been delayed and prompted complaints. 'executions' refers back to the lead's execution and reports no act in this clause. The act to code here is families' complaints (ACCUSE)."),
 24: ((T,T,T,T,F,T), "American officials (USA) urged Zagreb and Sarajevo: REQUEST right, but the text gives no day for the urging; as this news it should take the document date 1995-09-14, not Wednesday 09-13 (the capture of Jajce)."),
 25: ((T,T,T,F,T,T), "'each government' is the governments of Syria, Jordan, Lebanon and Egypt on Chirac's tour (SYR/JOR/LBN/EGY), not FRA; future REQUEST with no date is otherwise right."),
 26: ((T,T,T,T,F,T), "Kenyan fishermen (KEN) complaining about Ugandan police (UGA): ACCUSE right; 'have complained for months' is still going on, so by the ongoing-act rule the date should be the document date 2009-05-15, not unknown."),
 27: ((T,T,T,T,T,T), "Bush and Calderon met in March = 2007-03: CONSULT, mutual, right."),
 28: ((T,T,T,T,T,T), "Kabore (BFA) called the attack cowardly: ACCUSE disapprove; al Qaeda (its North African wing claimed the attack) is clearly the party condemned, so target right; document date right."),
 29: ((T,T,F,T,T,F), "'They' are the Serb forces whose front line collapsed (Bosnian Serb forces), not the Croatian government; they are retreating, in disorder: 'not ... in order' negates the orderliness, not the retreat, so modality should be asserted."),
 30: ((T,T,T,T,T,T), "Officials on both sides hailed the treaty: SUPPORT, mutual between Nepal and India (both referred to as 'the two Himalayan neighbours'); Monday 1996-02-12 date right."),
 31: ((T,T,T,F,T,T), "Protests in Indian cities against Bangladesh's arrest of the monk: the protest's aim is the arresting authorities' act, so the target should be Bangladesh (BGD), not empty; no protesters are named, so the empty source is accepted; Tuesday 2024-11-26 right."),
 32: ((T,T,T,T,F,T), "France backed Greece and Cyprus: SUPPORT right, but it is one of the earlier disputes the spat 'comes on top of', a background act of an earlier time; the date should be none/unknown, not the document date."),
 33: ((T,T,T,T,T,T), "Canada said on Friday (2012-09-07) it was expelling Iranian diplomats (IRN): SANCTION expel right."),
 34: ((T,T,F,T,F,T), "Mass killings of Armenians by Ottoman Turks: the Ottoman Turks' code should be TUR, not ARM; the killings were in 1915 (1915-1917 per the story), not 2016-06-25."),
 35: ((T,T,T,T,T,T), "Sentence handed down on Friday 2023-02-10 (court not named in this passive sentence, and the sentenced party not named either, so empty source and target are right by the sentence rule); attribution to supporters keeps it asserted."),
 36: ((T,T,T,F,T,T), "The sentence names whom the opposition accused: the target should be the ruling DPS (MNE), not empty."),
 37: ((T,T,T,T,T,T), "Eritrea accused Addis Ababa of ethnic cleansing: ACCUSE ERI -> ETH government, document date right."),
 38: ((T,T,T,T,T,T), "US embassy (USA) urged the Azerbaijani government (AZE): REQUEST, document date right."),
 39: ((T,T,T,T,T,T), "Brussels (European Commission, EU) had asked Vienna (AUT) for information: REQUEST; pluperfect, no day given, unknown accepted."),
 40: ((T,T,T,F,T,T), "Ethiopia rounding up people of Eritrean origin: COERCE arrest and an ongoing date are right, but the text makes the people's identity plain as Eritrean-origin: target should be people of Eritrean origin (ERI), not ETH."),
 41: ((T,T,T,T,T,T), "Xi and MBS signed a partnership agreement on Thursday 2022-12-08: SUPPORT, mutual, right."),
 42: ((T,T,T,T,T,T), "UN Security Council recognised the US and UK as occupying powers on Thursday 2003-05-22: SUPPORT (recognition), right; the sanctions-lifting is a separate event (e1), not a duplicate."),
 43: ((T,T,T,F,F,T), "The accused men are eight former Indian navy personnel: the target should be the men (IND), not QAT; the accusation predates this report (charges since their 2022 detention), so the date should be none/unknown, not the document date."),
 44: ((T,T,T,T,T,T), "Stoyanov (the 'lawyer', BGR) backed by the anti-communist opposition (BGR): SUPPORT, ongoing backing at the document date, right."),
 45: ((T,T,T,T,T,T), "Nicaraguan government expelled the Vatican's ambassador last year = 2022: SANCTION expel right."),
 46: ((T,T,T,T,T,T), "Bangladesh's interim government (BGD) accuses Indian media (IND): ACCUSE, present-tense ongoing, document date right."),
 47: ((T,T,T,T,T,T), "German police arrested 25 people on Wednesday 2022-12-07: COERCE arrest right."),
 48: ((T,T,T,T,T,T), "Bonino (EU Commission) demanded the release of the ship and crew: REQUEST yield; Canada is not named in the sentence, so the empty target is right; no day given, document date right."),
 49: ((T,T,T,F,T,T), "'They' are the eight Indian former navy men (IND), not Qatar's naval forces; target should be the men (IND). Detaining authority unnamed, so empty source right; 2022-08 right."),
 50: ((T,T,F,T,T,T), "REQUEST to Ethiopia right, but the text does not give the human rights groups' country: the source code should be empty, not ETH."),
}
FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50
with open("events-c.jsonl", "w") as out:
    for it in items:
        flags, reason = V[it["n"]]
        v = dict(zip(FIELDS, flags))
        if not v["event"]:
            v = {k: False for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        o = dict(it); o["verdict"] = v; o["reasons"] = reason
        out.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h47-x181-03", "coder_events": [
   "SUPPORT: Bulgaria's anti-communist opposition (BGR) -> Petar Stoyanov (BGR), backing his candidacy, 1996-11-04 (ongoing)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Winning the run-off is an election result, not a PLOVER act; the 'verdict on the Socialist government' is voters' judgement, not coded. Dateline's SUPPORT is right in all fields."},
 {"doc": "h47-x182-17", "coder_events": [
   "SANCTION: Russia (RUS) -> United States (USA), suspending the air-safety hotline over Syria, 2017-06-19",
   "THREATEN: Russia (RUS) -> U.S.-led coalition (USA), will treat coalition aircraft west of the Euphrates as targets, 2017-06-19",
   "ASSAULT: U.S. Navy (USA) -> Syrian government (SYR), jet shot down a Syrian warplane near Raqqa, 2017-06-18"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found only the shoot-down (right: USA -> SYR, 2017-06-18); it missed Russia's suspension of the hotline and its threat to treat coalition aircraft as targets, both the story's headline acts."},
 {"doc": "h47-x183-10", "coder_events": [
   "ACCUSE: George W. Bush (USA) -> Pervez Musharraf (PAK), 'taken aback' by his assertion, 2006-09-22",
   "ACCUSE: Pervez Musharraf (PAK) -> senior U.S. official (USA), asserting the official threatened Pakistan, date of the assertion not given in the paragraph",
   "THREATEN: senior U.S. official (USA) -> Pakistan (PAK), threatened to bomb Pakistan 'back to the Stone Age', 2001 (after Sept 11), reported"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing here. Bush's 'taken aback' is a mild disapproval (CAMEO 110); the threat is inside Musharraf's claim, so it is reported."},
 {"doc": "h47-x182-13", "coder_events": [
   "CONSULT: Francois Hollande (FRA) -> Algeria (DZA), addressing Algeria's parliament on his visit, 2012-12-20",
   "ACCUSE: Francois Hollande (FRA) -> France's colonial rule (FRA), called colonisation 'profoundly unjust and brutal', 2012-12-20",
   "REQUEST: many Algerians (DZA) -> France (FRA), demand an apology, 2012-12-20 (ongoing)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing. 'Stopping short of the apology' could also be read as a REJECT of the demand by Hollande; I did not list it as a separate act. Coding the speech as CONSULT (a visit) is a judgement call; the ACCUSE and the REQUEST are clear."},
 {"doc": "h47-x183-18", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dhlakama's death from illness is not a political act; the peace process he was close to finalising is a state, not an act. Nothing to code."},
 {"doc": "h47-x183-02", "coder_events": [
   "SUPPORT: India (IND) <-> Nepal (NPL), signed the Mahakali river treaty, 1996-02-12"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The treaty's contents (sharing water, building the project jointly) are the signed agreement's terms, coded once as the signing. Dateline's SUPPORT is right in all fields (mutual, Monday 1996-02-12)."},
]
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(paras, P):
    assert len(p["events"]) == q["dateline_events"], p["doc"]
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for q in P:
        out.write(json.dumps(q, ensure_ascii=False) + "\n")
