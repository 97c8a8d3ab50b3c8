"""Write events-b.jsonl from judge b's verdicts (round 146) and check the output.
usage: python3 events-b-tools/write_verdicts.py   (run in docs/judged/round146/)
Each entry: n -> (wrong fields, reasons). Fields not listed are right; "event" wrong = spurious.
"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ([ "target"], "CONCEDE by the Mongolian government is right (its statement that the Dalai Lama will not be invited again, confirmed Wednesday = the document date, asserted with the lawmakers as reporters); but 'its giant neighbour' in the sentence is China: target should be China (CHN), not empty."),
 2: (["date"], "Future CONSULT of Egypt's ambassador with Swiss officials is right, but 'on Tuesday' after the Monday Nov 13 killing is 1995-11-14, not 1995-11-07 (the previous Tuesday)."),
 3: ([], "REQUEST (appeal for respect for the rule of law) by the Australian (and New Zealand) diplomats; no addressee in the sentence so an empty target is right; document date for the news statement. Source names only one of the two joint parties, accepted as the right party with the right code."),
 4: ([], "Israel accepting responsibility is the hoped-for concession in Clark's condition: CONCEDE, hypothetical, no date, no named target in the sentence. A coder might not code it at all, but by the rules a hypothetical act with the right modality is an event."),
 5: ([], "ACCUSE (denounced) by Moscow (RUS) of the removal trend, no particular target party; a stance still held when the story is told takes the document date by the round-20 rule."),
 6: ([], "ASSAULT with nine Iraqis (IRQ) killed; the sentence names no attacker so an empty source is right; Wednesday of the bombing = document date 2003-11-12. Not a duplicate: the lead's killing is another sentence."),
 7: (["source", "target", "date"], "ASSAULT beat is right but the sentence names 'local men and police' who entered the compound: source should be the local men and Papua New Guinea police (PNG); target detainees are not Australian (mostly Iranian, Afghan, Iraqi, Sri Lankan): code should be empty; date should be 2014-02-17, the Monday night of the unrest, not the document date. (reported_by should be the refugee advocates, not G4S; modality asserted is right by the attribution rule.)"),
 8: ([], "SANCTION expel: Malaysia (MYS) expelled North Korea's ambassador (PRK); background act whose day the text does not give, so no date is accepted (2017, the collapse of relations, would be better)."),
 9: (["target"], "THREATEN by Hun Sen (vow that they would be hunted down) is right, but 'they' in the sentence are the attackers: target should be the attackers (the Cambodian Freedom Fighters gunmen), not empty."),
 10: ([], "Bosnian Serb forces (BIH) capturing the Srebrenica enclave is ASSAULT by the taking-ground rule, July 1995 as the text gives; the enclave is a place, so an empty target is right."),
 11: (["type", "date"], "Warning shots fired by Israeli forces at the overrun aid site: by the PLOVER codebook firing weapons in the air for crowd control is ASSAULT crowd-control, not THREATEN; and the act happened on Tuesday: date should be 2025-05-27, not the document date (Wednesday)."),
 12: ([], "SUPPORT (sign a treaty) between Bulgaria (BGR) and Macedonia (MKD), mutual, Tuesday 2017-08-01."),
 13: ([], "ACCUSE (condemned the attempt) by the African Union; the condemned is an act with no party named in the sentence; 2019-01-07 is the story's dateline day."),
 14: (["target"], "ASSAULT execute on Thursday night 2012-08-23 is right and the executor is not named (empty source accepted), but 'the nine' refers to the nine death-row prisoners: target should be the nine prisoners (GMB), not empty."),
 15: (["source"], "REQUEST that Zuma step down is right with target Zuma (ZAF), but the callers are 'some Ramaphosa allies', not Ramaphosa himself: source should be Ramaphosa's ANC allies (ZAF)."),
 16: ([], "REQUEST by the EU and the US urging the Guinean government (GIN); pluperfect act before the referendum with no date given, so no date is right."),
 17: ([], "REQUEST (demanded an explanation) Azerbaijan (AZE) -> Russia (RUS), Saturday 1997-02-15."),
 18: ([], "ACCUSE (condemned the killing) by Djukanovic (MNE); the condemned is the act of unknown gunmen, empty target accepted; news of the document date."),
 19: ([], "Summoning Gambia's ambassador in protest is an official complaint: ACCUSE, Senegal (SEN) -> Gambia's ambassador (GMB); undated reaction reported as this news takes the document date."),
 20: (["target"], "REJECT of foreign criticism by Egyptian officials is right, but the sentence names no critic and the critics are Western governments and rights groups in general: target should be empty (foreign critics), not the United States."),
 21: ([], "SANCTION (severing diplomatic relations) North Korea (PRK) -> Malaysia (MYS), Friday 2021-03-19."),
 22: ([], "REQUEST (order) by Joko Widodo (IDN) to the police (IDN), the Sunday of the attacks = document date. (reported_by Karnavian is wrong: Widodo is the speaker.)"),
 23: (["event"], "Spurious: the crossing 'was closed by fighting' (lead) when rebels seized the Syrian side; no party is named or implied as closing it, and the act in the sentence is the rebels' seizure (coded separately as ASSAULT). No COERCE event."),
 24: ([], "AGREE (accepted the peace plan) by Milosevic -> Ahtisaari, Thursday 1999-06-03. SRB for the Yugoslav president is accepted as the successor code (YUG would be exact for 1999)."),
 25: ([], "ACCUSE by rights groups (no country) -> Jammeh (GMB); accusations still going on when the story is told take the document date."),
 26: (["type", "date"], "Protesters attacking property during the protests is PROTEST (riot), not ASSAULT; and it happened over the 11 days of protests before Sunday's decree (pluperfect 'had attacked'): date should be none (a span), not the document date."),
 27: ([], "SUPPORT (voted for the cabinet) Tunisian lawmakers (TUN) -> the cabinet (TUN), early Wednesday = document date. Not a duplicate: the lead's approval is another sentence."),
 28: (["target"], "SUPPORT (praise) by King Juan Carlos (ESP) on Monday is right, but the sentence names whom he praised: target should be the residents of Ceuta (ESP), not empty."),
 29: (["date"], "ASSAULT crowd-control: police (GTM) fired tear gas at the crowd (GTM) is right, but this is the Thursday clash of the lead: date should be 2012-10-04, not none."),
 30: ([], "CONSULT (held talks) Modi (IND) -> the Bhutanese king and prime minister (BTN); no day given for the talks, document date 2014-06-16 (last day of the visit) accepted."),
 31: (["source"], "ASSAULT (clashes killing soldiers on both sides) Tuesday-Wednesday, 2022-09-13 start accepted; target Armenian soldiers (ARM) is one side, but 'both sides' names the other: source should be the Azerbaijani forces (AZE) (mutual clash Armenia-Azerbaijan), not empty."),
 32: ([], "ACCUSE (condemned the violence) by the U.S. embassy (USA); the condemned is an act, empty target right; 2000-11-24, the Friday of the story's news, accepted (document date 2000-11-25 would also do)."),
 33: ([], "ACCUSE (complained of detentions and restrictions) by Guinean opposition leaders (GIN); the authorities are not named, empty target right; document date of the news."),
 34: (["target"], "ASSAULT firearms by the attackers on Sunday 2022-06-05 is right, but the target is St. Francis Xavier Catholic Church and its worshippers in Owo, Nigeria: target should be the church/worshippers (NGA), not the Roman Catholic Church (VAT)."),
 35: (["target"], "REJECT (veto) by Trump (USA), April 2019 is right, but the sentence names whose resolution he vetoed: target should be the U.S. Congress (USA), not empty."),
 36: ([], "Protesters (PER) opposing Minera Yanacocha's Conga project, controlled by Newmont (USA): REJECT of the project accepted (ACCUSE disapprove would also do); opposition still going on takes the document date."),
 37: ([], "SUPPORT (signed charter) USA -> Estonia, Latvia, Lithuania, Friday 1998-01-16."),
 38: (["date"], "ACCUSE (charged) the two British nurses (GBR), charging party not named, right; but the charging came after the December 1996 killing, a background act: date should be none (or 1996/1997 as the text implies), not 1997-09-24."),
 39: ([], "ACCUSE (condemned the bombings) by Pakistan (PAK); the condemned is the act of unknown bombers, empty target right; document date of the news."),
 40: ([], "CONSULT (met) Obama (USA) -> Ilves (EST), Wednesday 2014-09-03 (story's dateline day)."),
 41: (["target"], "REJECT (rejected any suggestion of involvement) by Pakistan is right, but the sentence names whom it answers ('urging India not to jump to conclusions'): target should be India (IND), not empty."),
 42: ([], "COERCE arrest: Bosnian Serb Republic police (BIH) detained Tolimir (BIH) on Thursday 2007-05-31."),
 43: (["date", "modality"], "CONCEDE by Zaev exists only inside VMRO-DPMNE's criticism ('saying Zaev had made concessions'): modality should be reported; and the concessions are those of the treaty signed on Tuesday: date should be 2017-08-01 (or none), not the document date."),
 44: ([], "ACCUSE (alleging vote fraud) by Margaret Dongo (ZWE); officials not named, empty target right; results day 1995-04-11 = document date."),
 45: ([], "CONSULT (hosted a visit) Trump (USA) and Munir (PAK), Wednesday 2025-06-18; host as source is accepted under the mutual-meeting rule (PLOVER would put the visitor first)."),
 46: ([], "ACCUSE (criticised the decision) by Bolsonaro supporters (BRA); the decision is an act, empty target right; document date of the news."),
 47: ([], "AGREE by EU leaders (mutual agreement, no recipient) to give the Union its own crisis means, Friday 1999-06-04."),
 48: ([], "REQUEST (urged restraint) EU and NATO -> Greece (GRC) and Turkey (TUR); 2018-03-02, the Friday of the story's news, accepted (document date 2018-03-03 would also do)."),
 49: (["target"], "AGREE (promising to help) by the United States, Friday 1998-01-16 is right, but the promise is to 'the three former Soviet republics': target should be Estonia, Latvia and Lithuania (EST/LVA/LTU), not NATO."),
 50: ([], "REJECT by Gibraltar's voters of the plan to share sovereignty with Spain, Thursday 2002-11-07; GBR for Gibraltar voters accepted (GIB would be exact); Spain is one of the two parties of the plan."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
out = []
for it in items:
    wrong, reason = V[it["n"]]
    assert all(w in F for w in wrong)
    v = {f: (f not in wrong) for f in F}
    if not v["event"]:
        v = {f: False for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it)
    o["verdict"] = v
    o["reasons"] = reason
    out.append(o)
with open("events-b.jsonl", "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open("events-b.jsonl")]
assert len(back) == 50
for b, it in zip(back, items):
    assert (b["n"], b["doc"], b["trigger"]) == (it["n"], it["doc"], it["trigger"])
    assert {k: b[k] for k in it} == it
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(b["verdict"][f] for b in back) for f in F + ["all"]}
print("right of 50:", counts)
