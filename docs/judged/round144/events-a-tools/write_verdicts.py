"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's verdicts below.
A verdict lists the fields judged wrong ('event' = spurious, which makes every field wrong)."""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: (["target"], "Ongoing peacekeeping patrol is a MOBILIZE act still going on (document date right), source French and U.N. peacekeepers acceptable; but the target Guillaume Soro is not in the sentence and not the party acted upon: the target should be empty (the buffer zone is no party)."),
 2: (["target"], "Israeli warplanes firing missiles at the building, Saturday 2015-12-19, asserted with Al-Manar as reporter, are right; the target Syria is only the location: the party struck is the building's occupant Samir Kuntar (LBN, named in the previous sentence as killed in the strike) or empty."),
 3: ([], "Palestinian officials (PSE) welcomed the Paris conference outcome: SUPPORT, no party named as target (empty right), document date 2017-01-15 is the Sunday of the conference."),
 4: ([], "Montenegro opened accession negotiations with the EU on Friday 2012-06-29 (the document date is that Friday): CONSULT (CAMEO 046 negotiate), MNE -> EU, asserted."),
 5: (["event"], "Spurious: the sentence reports that the peace talks have been stalled since February, so no consultation took place; a CONSULT asserted on the document date is not an act the text reports (at most an undated halt of negotiations)."),
 6: ([], "Colom said he would not step down: by CONVENTIONS a refusal is REJECT asserted or RETREAT negated, so RETREAT resign negated is right; source Colom (GTM), no target named, Wednesday 2009-05-13 is the document date."),
 7: (["date"], "THREATEN Chinese embassy (CHN) -> Czech companies (CZE) warned of consequences is right, but the warning was made before Kubera's death in January 2020 (pluperfect background): the document date 2020-09-01 is wrong, the date should be unknown (before January 2020)."),
 8: (["event"], "Spurious: a commission official's generic, habitual characterisation ('the government promises settlements and the ranchers hire gunmen') is criticism, not a reported promise; 'settlements' is no party. If anything it is an ACCUSE by the commission against the government."),
 9: ([], "Yameen (MDV) expected to travel to Beijing next week: CONSULT visit, future, target China (CHN) right, 2017-W49 is the week after the Thursday 2017-11-30 report."),
 10: ([], "Cardoso called the killings unacceptable: ACCUSE disapprove, BRA source; 'the killings' is an act, not a party, and the perpetrators are not named in the sentence, so empty target is right; undated reaction reported as news takes the document date."),
 11: ([], "Kenya sent troops into Somalia in October 2011: MOBILIZE troops, KEN -> SOM, date 2011-10 as the text gives it, asserted."),
 12: ([], "U.S. officials have long accused North Korea: ACCUSE, USA -> PRK; a continuing accusation still going on takes the document date; asserted."),
 13: (["source"], "Hypothetical request that Karami form a government (Karami LBN target, no date, hypothetical all right), but the asker is not named (passive; in context President Lahoud) and is certainly not Nasrallah: source should be empty (or Emile Lahoud, LBN)."),
 14: (["target"], "Ongoing Burundi negotiations (CONSULT, Burundi's government BDI source, document date, asserted) are right, but the target 'dominated army' is coded TZA: it is Burundi's Tutsi-dominated army (BDI) or the Hutu parties (BDI)."),
 15: ([], "Guinean authorities closed the borders during the search on Saturday 2023-11-04 (document date): COERCE restrict, GIN source, no target party, asserted."),
 16: ([], "Curfew imposed by Bangladesh's interim government (BGD) on Dhaka and five cities on Wednesday night 2007-08-22: COERCE, domestic target Bangladesh acceptable, asserted."),
 17: ([], "USA, UK, Australia and EU condemned the verdicts: ACCUSE disapprove; 'the verdicts' is no party so an empty target is right; document date Tuesday 2024-11-19 right."),
 18: (["source", "target", "modality"], "The SUPPORT is negated and made by Bhutto's party (PPP, PAK) toward 'the general' Musharraf (PAK): source should be Bhutto's party, not the Supreme Court; target should be Musharraf, not Bhutto; modality should be negated ('did not mean it was endorsing')."),
 19: (["target"], "Putin (RUS) congratulated the troops (SUPPORT, asserted, undated in text so the document date stands), but 'the troops' names the party praised: the target should be the Russian troops (RUS military), not empty."),
 20: ([], "Russia signed a cooperation agreement with NATO in Paris in May: SUPPORT sign, RUS -> NATO, 1997-05, asserted; distinct from the 'objected' event in the same sentence."),
 21: (["target", "date"], "Demirtas blamed the attack (ACCUSE, TUR source, asserted), but the sentence names the party blamed, 'those who wanted to derail the party's campaign' (no code): empty is wrong; he spoke 'later' on the day of the Friday rally, so the date should be 2015-06-05, not the Saturday document date."),
 22: (["date"], "ASSAULT with unnamed attackers (empty source right) on an Israeli special forces officer (ISR) is right, but 'the raid' is the Saturday raid of the lead: the date should be 2024-06-08, not the Sunday document date."),
 23: (["target"], "Chinese officials demanding clarification (REQUEST, CHN, reported as this news) is right, but the target includes Taiwan, which is the subject of the question, not the party asked: the target should be Japan (JPN) alone."),
 24: ([], "Pastrana broke off peace talks with FARC in February: SANCTION (CAMEO 164 halt negotiations), COL -> FARC (COL), 2002-02, asserted."),
 25: (["date"], "Moscow (RUS) asked for the pilot's return: REQUEST, no addressee named (empty right), asserted; the text gives no date for the request, so by the rules it takes the document date 2005-09-16, not Thursday 2005-09-15 (which is the crash date; plausible but not given)."),
 26: ([], "Jiang (CHN) due to travel to Pakistan on Sunday: CONSULT visit, future, PAK target, 1996-12-01 is the Sunday after the Friday report."),
 27: (["source"], "Killing of Burundian soldiers (BDI) in June 2015 is right in type, target, date and modality, but 'fighters' are plainly Shabaab's fighters (previous sentence: Shabaab has overrun AMISOM bases), so the source's country should be SOM (al Shabaab), not empty."),
 28: ([], "Oli's coalition government (NPL) backed Bhandari's election: SUPPORT, NPL -> Bhandari (NPL); the backing is undated background, so no date is right; asserted."),
 29: (["target"], "Khatami's pledge (AGREE, IRN, undated background promise with no date, asserted) is right, but the sentence names the parties the pledge is to benefit: the target should be Iranian women and young people (IRN civilians), not empty."),
 30: (["date"], "State of emergency declared in three northeastern states (COERCE, no agent named so empty source, states are places so empty target) is right, but it was declared 'nearly a year' before the story: the date should be about 2013 (May 2013), not the document date."),
 31: ([], "British governments (GBR) tried since 2001 to deport Abu Qatada (JOR): COERCE deport attempts, a span since 2001 has no date (right), asserted."),
 32: (["target"], "Arrest with no agent named (empty source right), reported at Thursday's news conference so 2011-07-28 is acceptable, asserted; but the person arrested is the leader of the armed group that killed Younes, not the 'Libyan leader' (Gaddafi): target should be the armed group's leader (LBY)."),
 33: ([], "Vatican and China signed a provisional agreement on Saturday 2018-09-22: SUPPORT sign, mutual VAT/CHN, asserted."),
 34: (["target", "date"], "Demonstrators (DZA) rejecting the presidential vote is a REJECT, asserted, but the target is not Said Chengriha: it should be the vote's promoter 'he' = Gaid Salah (DZA) or empty; Dec. 12 is the date of the vote, not of the rejection, which is undated (no date)."),
 35: (["source", "date"], "Recognition of Kosovo (SUPPORT, XKX target, asserted) was granted by about 75 countries including the United States (USA), not by Serbia, which refuses it: source should be the 75 countries / USA; a total summed since 2008 has no date, so the document date is wrong."),
 36: ([], "Nateq-Nouri (IRN) had urged deputies (IRN) to judge nominees on merit: REQUEST, undated background so no date is right, asserted."),
 37: ([], "Shipley (NZL) welcomed Habibie's (IDN) move to invite an international force: SUPPORT, Sunday evening 1999-09-12 as in the sentence, asserted."),
 38: ([], "A federal judge (ARG) is investigating the bribery allegations: ACCUSE investigate, ongoing so the document date, no party named as target (empty right), asserted."),
 39: ([], "Britain (GBR) did not sign the communique: SUPPORT negated is acceptable (like 'RETREAT negated' for a refusal), no party target, conference date 2017-01-15, negated right."),
 40: (["date"], "Russian forces (RUS) accused by unnamed accusers is ACCUSE, asserted, but the accusations are background made earlier (after the March occupation), not news of this report: the date should be unknown (no date), not the document date."),
 41: (["source"], "Summoning Russia's ambassador (RUS target) is ACCUSE (official complaint), document date and asserted fine, but the summoner is named in the sentence: the Foreign Ministry in Vilnius (Lithuania, LTU), so an empty source is wrong."),
 42: ([], "The NATO summit in Madrid in July 1997 is a multilateral CONSULT that took place: NATO source, no target, 1997-07, asserted. (A coder would also code the invitation to Hungary, AGREE, which dateline does not have.)"),
 43: ([], "Russian forces (RUS) launched an assault on Avdiivka in October 2023: ASSAULT; the Ukrainian-held town coded UKR is an acceptable target (kind 'person' aside), 2023-10, asserted."),
 44: ([], "Business leaders (KWT) have complained that Kuwait is falling behind: ACCUSE complaint toward Kuwait (KWT), a continuing complaint takes the document date, asserted (sector GOV is off but not scored)."),
 45: (["event"], "Spurious: 'the president may reject a candidate only once' states a constitutional rule, not an act; Dodon's actual rejections are in another sentence."),
 46: (["event"], "Spurious: rights groups warning that unrest 'could turn violent' is a cautionary prediction (a CAMEO 01 statement, no PLOVER type), not a THREATEN: they threaten nothing of their own."),
 47: ([], "Lapid (ISR) signed agreements with Bourita (MAR): SUPPORT sign; the text gives no day for the signing, so the document date 2021-08-12 is right; asserted."),
 48: (["event"], "Spurious: 'ministers proposed by President Khatami' is a participle describing the nominees (a domestic nomination, no PLOVER act), not an AGREE, and '22 ministers' as target shows it; the parliament's approval is the event of the sentence (e1)."),
 49: (["date"], "Preval (HTI) appealed to people (HTI) for calm: REQUEST, asserted; but this was part of his announcement 'hours before the vote' on Saturday, so the date should be 2008-04-12, not the Sunday document date."),
 50: ([], "EU and USA condemned the bombing: ACCUSE, 'the bombing' is no party (empty target right), undated reaction takes the document date 2015-06-06, asserted; the 'urged' in the same sentence is a separate REQUEST."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open("events-a.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        assert all(w in FIELDS for w in wrong)
        if "event" in wrong:
            verdict = {f: False for f in FIELDS}
        else:
            verdict = {f: f not in wrong for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h49-x189-15",
  "coder_events": ["MOBILIZE: Swedish naval forces (SWE) -> none (suspected foreign submarine, unidentified), widened the search / biggest military operation since the Cold War, 2014-10-20 (Monday)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Russia's denial of involvement is a denial of responsibility (CAMEO 016), which PLOVER drops, so it is not listed. Dateline found nothing in the paragraph."},
 {"doc": "h49-x191-11",
  "coder_events": ["COERCE: interim government (BGD) -> Dhaka and five other cities (BGD), imposed an indefinite curfew, 2007-08-22 (Wednesday night)",
                   "COERCE: interim government (BGD) -> universities (BGD), shut all universities, 2007-08-22",
                   "PROTEST: students (BGD) -> security forces (BGD), three days of clashes (riot), 2007-08-20 to 2007-08-22"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline has the curfew (right type, source, date; target Bangladesh acceptable). It misses the closure of the universities and the clashes (which a coder could also code ASSAULT between security forces and students)."},
 {"doc": "h49-x189-02",
  "coder_events": ["SUPPORT: Hungarian voters (HUN) -> NATO, backed entry into NATO in a referendum, 1997-11-16 (Sunday)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's event is right in every field. The alliance members' future vote on admitting Hungary is an undecided future act, not coded."},
 {"doc": "h49-x189-03",
  "coder_events": ["SUPPORT: Albanian voters (ALB) -> none (the constitution), approved the first post-communist constitution in a referendum, 1998-11-21/22 (the weekend)",
                   "REJECT: Democratic Party of Sali Berisha (ALB) -> election commission / referendum result (ALB), refused to accept the result, 1998-11-24 (document date)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found neither act; the election commission's announcement itself is a statement (no PLOVER type)."},
 {"doc": "h49-x192-10",
  "coder_events": ["ASSAULT: Cuba (CUB) -> three men (CUB), executed by firing squad, 2003-04-11 (Friday)",
                   "ASSAULT: three men (CUB) -> passenger ferry in Havana Bay (CUB), hijacked the ferry, date not given (earlier)",
                   "ACCUSE: European Union, human rights groups and the Vatican (VAT) -> Cuba (CUB), condemnation of the executions, 2003-04-12 (document date)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline found no event in this lead, missing the execution (ASSAULT execute), the hijacking and the condemnation."},
 {"doc": "h49-x191-05",
  "coder_events": ["SUPPORT: Vladimir Putin (RUS) <-> Atal Behari Vajpayee (IND), signed a declaration of strategic partnership in New Delhi, 2000-10-03 (Tuesday)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's mutual SUPPORT signing is right in every field. A coder might add Putin's visit to India (CONSULT visit), only implied by 'in New Delhi'; not listed."},
]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
