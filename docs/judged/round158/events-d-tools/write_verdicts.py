"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's hand verdicts (round 158)."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n -> (set of wrong fields, or "spurious"), reasons
V = {
 1: ({"target"}, "Peskov welcoming the agreement is SUPPORT from RUS, dated as news. Target wrong: the sentence names no party, only 'the agreement', which Russia itself is a party to. Ukraine is not clearly the party acted upon, so the target should be empty."),
 2: (set(), "Rajab's tweets urging the prime minister to step down are a REQUEST (change), BHR to BHR. The tweets are background with no date in the text, so an unknown date is right."),
 3: ({"date"}, "Shabaab claiming the bus attack is ASSAULT from Shabaab, with no victim named in this sentence, so an empty target is right and attribution keeps it asserted. Date wrong: '2014-11' comes from 'this month', which belongs to the police raids. The attack was Saturday, so the date should be 2014-11-22."),
 4: ({"type", "target"}, "Lasso's campaign promise to ask Assange to leave the embassy does not offer cooperation, so it is not AGREE. It pledges a coercive act against Assange: type should be THREATEN (expel) and target Julian Assange. An empty target is wrong because he is named in the sentence."),
 5: ({"target", "date"}, "'Would not bow to violence' can be coded as a negated CONCEDE by Vucic (SRB), by the 'refused to withdraw' rule. Target should be the protesting crowd at the presidency (SRB), which is named in the sentence. Date should be 2019-03-17, the Sunday he told reporters, not unknown. (reported_by Obradovic is also wrong.)"),
 6: (set(), "The killing of judge Zeiter (JOR) is ASSAULT on Monday 2014-03-10. The killers are not named in this passive sentence, so an empty source is right by the rule."),
 7: (set(), "The Supreme Court (BRA) convicting Dirceu (BRA) is SANCTION convict, on Tuesday 2012-10-09. All fields right."),
 8: (set(), "Nyusi and Momade (both MOZ) signing a peace accord in August 2019 is SUPPORT (sign agreement), a mutual event. Sector GOV for Momade is off, but only the country code is scored."),
 9: (set(), "Egyptian protesters storming Israel's embassy in September 2011 is PROTEST riot, EGY to ISR, background date 2011-09. All right."),
 10: (set(), "The Niger junta revoking the military cooperation agreement with the US in March 2024 is SANCTION discontinue, NER to USA. The US is named in the sentence."),
 11: ({"target"}, "The rallies by Haftar's supporters last week (2020-W17) can stay PROTEST demo from LBY supporters. But they are held in support of Haftar, so under the crowd-protest rule the state (Libya) is a wrong target. It should be empty (or Haftar as SUPPORT)."),
 12: (set(), "The IMF board agreeing to disburse $5bn is a commitment of money, so AGREE (IMF to Ukraine) per the wave-76 rule. The date is the board decision of Wednesday 2015-03-11."),
 13: ({"source"}, "The invasion of Ukraine begun on 2022-02-24 is ASSAULT on UKR. Source should be Russia (RUS): the sentence names Russia as the party (Putin, sanctions against Moscow), so an empty source misses it."),
 14: ({"target"}, "'Both sides were accused' is ACCUSE allege. The accuser is unnamed, so an empty source is right. But 'both sides' refers to the two parties in the previous sentence. Target should be the Sri Lankan government forces (LKA) and the LTTE (LKA), not empty."),
 15: ({"target"}, "The suicide bombing in Tunis on Monday 2018-10-29 is ASSAULT. Target should be the 20 people wounded, most of them police officers (TUN, COP), as the sentence says, not 'Tunisia government'."),
 16: ({"source", "target"}, "The downing of the pilot's MiG-21 on Wednesday 2019-02-27 is ASSAULT aerial. Source wrong: the Indian warplanes struck Balakot, a different act; the sentence does not name who shot the MiG down, so the source should be empty (Pakistan by context). Target should be the Indian pilot (IND), not empty."),
 17: (set(), "Abhisit resigning as an MP is RETREAT resign (THA). The text gives no day; the report week 2019-W23 (from 'this week' in the previous sentence) is consistent with the report, so it is accepted."),
 18: (set(), "Pompeo arriving in Tokyo on Saturday 2018-07-07 is CONSULT visit, USA to the Japanese government (host). Accepted. (The 'brushed off the criticism' act in the main clause is not coded.)"),
 19: (set(), "Zelenskiy agreeing with Putin at the Paris summit to a ceasefire is AGREE, UKR with RUS, dated 2019-12. All right."),
 20: ({"type"}, "The IMF approving a $17.5bn loan programme for Ukraine on Wednesday 2015-03-11 is credit granted. Type should be AID (IMF to UKR), not SUPPORT 'approve'. The same act is also coded as AID from 'throwing a lifeline' in this sentence."),
 21: ({"date"}, "Belgrade and Bucharest signing the minority protocol is SUPPORT (sign agreement), a mutual SRB/ROU event. Date wrong: 2012-02-28 is the Tuesday of Romania's block, and the signing came after it. The text gives the signing no date, so it should be the document date 2012-03-02 (or none)."),
 22: (set(), "Francis meeting interim President Samba-Panza (CAF) is CONSULT, dated 'On Sunday ... later' = 2015-11-29. The name is truncated to 'Catherine Samba' but she is the right party."),
 23: (set(), "Erdogan (TUR) accusing Gulen's movement of building a parallel state is ACCUSE allege. Target Gulen stands for his movement (TUR, REL) and is accepted. The accusation is ongoing ('has accused'), so it takes the document date."),
 24: ({"target"}, "The home governments refusing to take the deported men back can be coded AGREE negated (no single country code). Target wrong: the men are nationals of Vietnam, Jamaica, Laos, Cuba and Yemen, not USA. The party refused is the United States (USA), which sought to return them, or else the men with no single code."),
 25: (set(), "Saleh's warning that Yemen could slide into civil war if the opposition keeps pushing him out is a coercive warning: THREATEN, YEM to the YEM opposition, on Sunday 2011-05-22."),
 26: ({"source"}, "'Has not conducted a nuclear or missile test since November' is a negated MOBILIZE weapons test, and a span with no date is right. Source 'North' needs the country code PRK, not None."),
 27: (set(), "The congressman accusing the government of paying lawmakers in 2005 is ACCUSE allege, BRA to BRA, dated 2005. All right."),
 28: (set(), "France calling for an immediate halt to hostilities is a REQUEST, dated as news. The warring parties are not named in the sentence, so an empty target is right."),
 29: ({"target"}, "India and China welcoming the vote is SUPPORT, dated as news. Target should be Nepal (NPL): the vote is Nepal's local election, and Nepal is named in the sentence."),
 30: (set(), "The Trump-Kim summit in Singapore 'last month' (2018-06) is CONSULT, USA with PRK. All right (mode 'multilateral' is off but not scored)."),
 31: ({"date"}, "The UN mission urging all Iraqi parties to accept the results is a REQUEST, UN to IRQ parties. Date wrong: 2023-12-16 is the Saturday the security forces voted, from the previous sentence. The statement after Monday's vote has no date in the text, so it should be the document date 2023-12-19."),
 32: ({"source", "target"}, "The strike destroying a camp in Somalia is ASSAULT. Source should be the Kenyan military (KEN): it is Deputy President Ruto's own army, plain from the text. Target should be the militants behind the attack, i.e. Shabaab (SOM), not the state of Somalia. Dating the strike to the Sunday of the claim is accepted."),
 33: ({"source"}, "Gbagbo's capture on 2011-04-11 is COERCE arrest, and the target Gbagbo (CIV) is right. Source should be the pro-Ouattara forces with code CIV, which the text makes plain; country None is wrong."),
 34: ({"target"}, "Tony Hernandez's arrest in Miami in 2018-11 is COERCE arrest, and the arresting party is unnamed. Target should carry HND: he is a former Honduran congressman, not None."),
 35: (set(), "Tamil groups (LKA) welcoming the resolution is SUPPORT, on the day of the Geneva report (2021-03-23). The council is not named in the sentence, so an empty target is right."),
 36: ({"target"}, "Giammattei calling for more investment in Central America rather than only aid is a REQUEST (GTM), dated as news. Target should be the United States (USA): Washington is named in the same sentence, and the call is plainly addressed to it (its aid)."),
 37: (set(), "The Israeli warplanes striking targets near Damascus on Sunday 2013-05-05 is ASSAULT. The targets are Syrian military sites, so the Syrian government/state (SYR) is an accepted target."),
 38: ({"source"}, "Salame resigning in March 2020 is RETREAT resign. Source code wrong: the text gives him only as the U.N. envoy for Libya, so he should be coded as the UN (IGO). LBN is his nationality from outside the text, not his role."),
 39: (set(), "The EU urging all sides in Serbia to refrain from violence is a REQUEST, EU to SRB, dated as news (2019-03-17). All right."),
 40: (set(), "Jaafari (SYR) accusing Turkey (TUR) of sponsoring the rebels is ACCUSE allege, dated as news (2017-01-24). All right."),
 41: ({"target"}, "The journalists' arrest in July 2011 is COERCE arrest, and the arresting party is unnamed. Target should be Schibbye and Persson with code SWE: they are the 'two Swedish journalists', not Ethiopians (ETH)."),
 42: ({"target"}, "The Bahraini court sentencing Rajab on Thursday 2012-08-16 is SANCTION convict (BHR). Target should be Nabeel Rajab (BHR); the sentence split cut off the object, leaving it empty."),
 43: (set(), "The military rulers of Niger, Mali and Burkina Faso signing the confederation treaty on Saturday 2024-07-06 is SUPPORT (sign), a mutual event. All right."),
 44: ("spurious", "Duplicate: 'to coordinate their approach' is the purpose of the planned meeting, which is already coded from this sentence as CONSULT 'meet' (e7, Pompeo to Kono and Kang). It is a second event for the same act, so spurious."),
 45: (set(), "Lebanon reaching a staff-level agreement with the IMF on Thursday 2022-04-07 is AGREE, LBN with the IMF. All right."),
 46: ({"target"}, "'Did not reject them outright' is a negated REJECT by Venaani (NAM), dated 'on Sunday' = 2014-11-30. Target wrong: 'them' is the election results, not the High Court, which belongs to the previous sentence. Target should be empty (or the electoral commission, NAM)."),
 47: ({"date"}, "The two men's conviction is SANCTION convict on the two men (POL). Date wrong: this is a background act of an earlier time (the conviction was confirmed on appeal in December), not the document date. It should be undated (or 2023-12 for the appeal ruling)."),
 48: (set(), "The prosecutors (ETH) asking the court for up to 18.5 years is a REQUEST. The court is not named in the sentence, so an empty target is right. The act is background with no date, so unknown is right."),
 49: ({"target"}, "The demonstrations in Taiz and Sanaa are PROTEST demo by YEM civilians, dated as news. Target wrong: they were aimed at 'the move', the Houthis' seizure of power, which opponents called a coup, not at the state. Target should be the Houthis (YEM, REB)."),
 50: (set(), "The junta spokesman (MLI) appealing for understanding and help is a REQUEST. The addressee is not named in the sentence, so an empty target is right; dated as news."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open("events-d.jsonl", "w") as out:
    for it in items:
        wrong, why = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in F}
        else:
            v = {f: (f not in wrong) for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = why
        out.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h57-x221-02", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result ('swept to power', 'voters punished it') is not a PLOVER act between political actors; nothing to code."},
 {"doc": "h57-x221-01", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election win and results announcement only; no PLOVER act."},
 {"doc": "h57-x224-13", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election win ('defeating' the rival at the ballot) is not coded; no PLOVER act."},
 {"doc": "h57-x222-18", "coder_events": [
    "PROTEST: protesters (LBN) -> Lebanon's new government (LBN), took to the streets to denounce it as a front for the ruling parties, 2020-01-21",
    "SUPPORT: Hezbollah (LBN) and its allies -> the new Lebanese government (LBN), backed the government, 2020-01-21"],
  "found": 1, "dateline_events": 2, "spurious": 1,
  "notes": "dateline found the PROTEST (e1, target the state, which is right for a protest against the government). e2 ACCUSE 'denounce' is the purpose of the same protest. PLOVER codes protests that express disapproval as PROTEST, not ACCUSE, so it is a duplicate: spurious. Missed: Hezbollah's backing of the government. The background 'brought down the previous cabinet' and the government formation itself are not counted."},
 {"doc": "h57-x221-09", "coder_events": [
    "ACCUSE: opposition groups (ARM) -> Armenian authorities / President Serzh Sargsyan (ARM), said the referendum was marred by fraud and designed to keep Sargsyan in power, 2015-12-07"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The referendum vote itself is not an event. The opposition's fraud allegation was missed."},
 {"doc": "h57-x224-17", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Swearing-in and the commission declaring the winner are not PLOVER acts. 'Had drawn pressure from the United States and Caribbean neighbours' is a vague background noun with no act, addressee or date, so it is not coded (a generous coder might add a REQUEST, USA -> Guyana)."},
]
with open("paragraphs-d-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
