"""Write events-c.jsonl from the judge's verdicts below (fields marked wrong are listed per item)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]

# n: (list of wrong fields, or "spurious"), reasons
V = {
 1: ("spurious", "Duplicate: Algeria's protest against the claims is the act already coded from this sentence as e10 (summoned Morocco's ambassador, ACCUSE Algeria -> Morocco); 'what it called baseless claims' only characterises the claims protested against."),
 2: (["target"], "China's refusal to promise is made to Japan, the party refusing the written apology: target should be Japan/Tokyo (JPN), not the South Korean government (Seoul is only the comparison). AGREE negated (= a refusal), undated, is acceptable."),
 3: ([], "Harper (CAN) boycotted the Commonwealth summit, PROTEST boycott, reported as this news. The sentence names no party (only 'the meeting'), so an empty target is right by the rules, though a coder would give Sri Lanka (LKA)."),
 4: ([], "U.S. Treasury (USA) imposed sanctions on Bangladesh's Rapid Action Battalion (BGD) in December 2021; SANCTION, date 2021-12 as the text gives it."),
 5: ([], "Rights groups (no country given) welcomed Cameron's (GBR) visit: SUPPORT, reported as this news with the document date."),
 6: (["target"], "'Would not simply surrender to an armed movement' is a negated RETREAT (acceptable, undated); but 'an armed movement' refers to Kabila's Alliance (AFDL, COD) named in the previous sentence, so the empty target is wrong."),
 7: (["type"], "Firing a multi-stage rocket over Japan in August 1998 was a missile test, not an attack: PLOVER codes weapons tests as MOBILIZE (weapons), not ASSAULT. Source PRK, Japan as the party overflown, and date 1998-08 are right."),
 8: ([], "Perry (USA) was not received by Kim Jong Il (PRK): a negated CONSULT (visit) reported as part of this visit's news, document date acceptable; host as source is acceptable for a meeting."),
 9: (["type"], "Saying it would deny visas to Bangladeshis undermining the election is 'a warning' (THREATEN, or a visa-restriction SANCTION/COERCE), not a REJECT: no request is refused. Source USA and target Bangladeshis (BGD) are right; the denial itself is future and undated as extracted."),
 10: (["type", "target", "modality"], "Iran's backing of Houthi fighters in a war is material support (AID), PLOVER SUPPORT being verbal only; the target should be the Houthi fighters (YEM) named in the sentence; and the backing sits inside Saudi Arabia's claim ('it says'), so modality should be reported."),
 11: ([], "BDP (TUR) accused the Turkish government (TUR) of a massacre: ACCUSE, reported as this news."),
 12: (["source"], "The residents complaining are Okinawans, i.e. Japanese (JPN), not USA. The habitual complaint is a weak ACCUSE with no target named in the sentence (empty target right by rule), document date acceptable for an ongoing complaint."),
 13: ([], "Washington (USA) said it supported a peaceful resolution of the disputes: SUPPORT with no party named as target, reported as this news."),
 14: ([], "Erdogan (TUR) and Putin (RUS) agreed on Friday 2020-02-28 that officials should work on new measures: mutual AGREE, both listed as parties, date right."),
 15: ([], "'He' is Etibar Mammadov (AZE; his GOV sector is wrong but not scored) calling on his supporters (AZE) to gather: REQUEST, Monday's news conference, document date right."),
 16: (["source", "target"], "Source and target are swapped: the White House (USA) urged Israel (ISR) to consider the consequences; source should be the White House (USA), target Israel (ISR)."),
 17: ([], "EULEX, the EU's rule-of-law mission in Kosovo, urged Dick Marty (CHE) to share his evidence: REQUEST, document date. The XKX code is accepted since the text seats the mission in Kosovo (EUR would also be right)."),
 18: ([], "Chirac (FRA) hosting Annan (UN) and African leaders in Paris this weekend (2003-W04 weekend, the story's own weekend): CONSULT, host/visitor order acceptable for a meeting."),
 19: (["target"], "Machar's statement that he will instruct his commanders to halt operations is acceptable as a future REQUEST (undated); but 'his commanders' are plainly Machar's South Sudanese rebel commanders, so the target's country should be SSD, not empty."),
 20: ([], "Armenia (ARM) agreed to hand back four villages to Azerbaijan (AZE): a promised territorial concession, CONCEDE; the governments said it on Friday 2024-04-19."),
 21: (["date"], "Faki's (AU) condemnation of Saied's statement is right as ACCUSE with an empty target (the sentence names only 'the shocking statement'), but it is the AU condemnation the lead dates 'on Friday': date should be 2023-02-24, not the document date 2023-02-25."),
 22: (["type"], "Iran's parliament approving a bill that downgrades relations with Britain and gives the British ambassador two weeks to leave is a SANCTION (reduce relations/expel), not SUPPORT. Parties IRN -> GBR and Sunday 2011-11-27 are right."),
 23: (["date"], "The WHO rejecting Trump's criticism is a REJECT with no party named in the sentence (empty target right), but it is a background act of an earlier, unstated time: it should have no date, not the document date 2020-07-08."),
 24: (["date"], "Israeli forces (ISR) carrying out almost daily raids in Jenin is acceptable as ASSAULT with no target named; the raids are still going on when the story is told, so the date should be the document date 2022-05-11, not unknown."),
 25: (["source"], "Mohamed Muizzu is President of the Maldives: source country should be MDV, not IND. CONSULT visit to China, beginning as the story is told, is right."),
 26: ([], "At least 400 people (BDI) killed since April, per the UN: an ASSAULT total with no perpetrator named and no date (a span summed from an earlier time), asserted with the UN as reporter."),
 27: ([], "The U.S. and EU urged Nkurunziza's government (BDI) to accept the force: REQUEST, undated in the text, so the document date is right."),
 28: ([], "Peru (PER) is to host the Summit of the Americas that Trump (USA) is due to attend: a future CONSULT; the text gives no exact date, so no date is right."),
 29: ([], "Saudi Arabia (SAU) recalled its ambassador from Copenhagen (Denmark, DNK) last month: SANCTION, 2006-01 right."),
 30: ([], "Faki (AU) urged Tunisia (TUN) to treat migrants with dignity: REQUEST, dated Friday 2023-02-24 as the lead gives the AU statement."),
 31: (["target"], "'They' are India and Pakistan carrying out tit-for-tat air strikes: with India as source, the target should be Pakistan (PAK), not empty. ASSAULT, 2019, asserted are right."),
 32: ([], "Aid workers (in South Sudan) welcomed the deal: SUPPORT, no party named as target, document date right."),
 33: ([], "The Sri Lankan government (LKA) rejects the UN panel's findings: REJECT, a present stance dated to the document; the sentence names no party (empty target right by rule; a coder would give the UN panel)."),
 34: ([], "Denmark (DNK) urged its citizens (DNK) to leave Syria on Saturday 2006-02-04: REQUEST, right."),
 35: (["target"], "The signing is mutual between Sudan's government (SDN) and the southern rebels (SPLA, SDN), but dateline fused both into one GOV actor and left the target empty: the target should be the southern rebels (SPLA, SDN). SUPPORT (sign agreement) on Saturday 2002-07-20 is right."),
 36: ([], "Renzi said Italy (ITA) will not accept 'a convenient truth': a negated AGREE (equivalent to a REJECT), no party named in the sentence, statement undated: right."),
 37: ("spurious", "Not an act: 'It also calls for a transitional government' describes a provision of the deal, not a request by a political actor; the source 'Kiir sacked Machar' is not a party."),
 38: ([], "A tribunal (KHM) sentenced Ieng Sary (KHM) to death in absentia in 1979: SANCTION convict, 1979 right."),
 39: ([], "At least 40 people (YEM) killed since Wednesday, per the UN: ASSAULT total, no perpetrator named in the sentence, no date (a span summed from an earlier time) right."),
 40: ([], "Beijing (CHN) does not recognise the Taipei government (TWN): a negated SUPPORT (recognition), a standing policy dated to the document: right."),
 41: (["target", "date"], "Howard (AUS) rejected suggestions that Australia is too close to Washington: the suggestions' authors are not named, so the target should be empty (China is wrong); 'on Friday' is 2003-10-24, not 2003-10-23."),
 42: ([], "The EU has pressed Tunis (TUN) to do more to stop the boats: REQUEST, ongoing pressure, document date acceptable."),
 43: (["type"], "Syria saying it sought 'a just and comprehensive peace' is no request addressed to anyone: it expresses willingness for peace (AGREE) if coded at all; the sentence's real act, not accepting conditions infringing sovereignty (REJECT), was missed. Source Syria (SYR), empty target, document date are right."),
 44: ([], "Riad al-Turk (SYR) detained last weekend (2001-W35 weekend, Sept 1-2), agent unnamed: COERCE arrest, right."),
 45: (["source", "modality"], "The claimed attacker is the group 'the Honourable Ones of Jordan', not Jordan the state: source should be that group (JOR or no code). The attack on a U.S. official (USA) on the document date is right, but the group's responsibility is only claimed in its statement, so modality should be reported."),
 46: (["type"], "Pakistan saying it would cooperate with Iran is a statement of intent to cooperate, AGREE (CAMEO 030), not material COOPERATE. Parties PAK -> IRN right; the cooperation itself is future and undated as extracted."),
 47: ([], "Yingluck (THA) thanked her supporters (THA): SUPPORT on the ruling day 2014-05-07, right."),
 48: (["target", "date"], "The UN inquiry (ACCUSE investigate, UN) targets the suspects, and in this sentence questioned Ghazi Kanaan (SYR); Hariri is the victim, so the target should be Kanaan; 2005-02 is the date of the killing, not of the investigation (Kanaan questioned last month, 2005-09)."),
 49: ([], "Primakov (RUS) welcomed the Council of Europe vote: SUPPORT, no party named as target, reported on the story's datelined day 1996-01-25."),
 50: (["source", "target"], "Melara opening inquiries into government ministries is a right ACCUSE (investigate), undated background, but both parties are Salvadoran: source and target country should be SLV, not USA."),
}

items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
with open(HERE / "events-c.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            assert all(w in F for w in wrong)
            v = {f: f not in wrong for f in F}
        v["all"] = all(v[f] for f in F)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(items))
