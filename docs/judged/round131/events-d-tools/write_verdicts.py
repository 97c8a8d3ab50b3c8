"""Write events-d.jsonl from judge d's verdicts (fields wrong per item, plus reasons) and check it.
usage (from docs/judged/round131): python events-d-tools/write_verdicts.py"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
SPURIOUS = "spurious"
# n -> (list of wrong fields, or SPURIOUS; reasons)
V = {
 1: (["source", "target", "date"], "Background fighting by the Banyamulenge alongside the Rwandans (1996-97 war): source should be the Banyamulenge (Congolese Tutsis, COD), not the DR Congo state; the Rwandans are their allies, so the target should be empty (the enemy is not named); the act is of an earlier time with no date in the text, so no date (unknown) rather than the document date."),
 2: ([], "Bouteflika (DZA) praised Libya's initiative at the Sirte summit: SUPPORT toward Libya, dated by the Sept 9 dateline; all right."),
 3: (["date"], "ACCUSE by Moscow newspapers against the Russian military command is right, but the accusations were made 'for days after the battle', before Monday's admission: a background act of an earlier time; date should be early March 2000 (2000-03) or unknown, not the document date."),
 4: ([], "Suharto's forced resignation in May 1998: RETREAT resign, dated 1998-05 as the text gives; all right."),
 5: (["target"], "Washington blamed the tanker attacks on Iran: target should be Iran (IRN), not the tankers; undated blame with no date is right."),
 6: ([], "Beijing court (CHN) sentenced Yang Hengjun (AUS) on Monday 2024-02-05; all right."),
 7: (["source", "target"], "Rwandan troops stationed in Kinshasa is a MOBILIZE by Rwanda: source should be the Rwandans (Rwandan troops, RWA), who are the deployed force, not the target; target should be empty (or the DR Congo, COD)."),
 8: (["date"], "Paetongtarn criticised a Thai army commander in the leaked call, made before the court removed her a week ago; a background act with no date in the text: date should be unknown, not the document date."),
 9: (["source"], "The request to transfer the case was made by Prosecutor General Gevorg Kostanyan (ARM), not by the suspect Valery Permyakov; target Russia and the date are right."),
 10: ([], "Timorese officials said Gusmao (TLS) backed the outcome (the treaty): SUPPORT, no party target, reported as this news; all right."),
 11: (["target"], "Obiang's 1979 seizure of power (coup, ASSAULT accepted) was from 'his uncle': the sentence names the target by description, so it should be his uncle (then-president Macias Nguema, GNQ), not empty."),
 12: ([], "Security forces (TUR) killed at least one protester (TUR) in the riots after the blast, reported as this news with no date: document date accepted; all right."),
 13: ([], "Pakistan's foreign ministry condemned the bombings (separate act from Musharraf's condemnation): ACCUSE, no party target in the sentence; all right."),
 14: ([], "Kiev officials still seeking a new gas deal with Moscow: REQUEST UKR -> RUS, ongoing, document date; all right."),
 15: (["target"], "Tsai congratulated 'him', Santiago Pena: the party is right but his code must be Paraguay (PRY), not empty."),
 16: (SPURIOUS, "Gunmen asking hostages for their identity cards is not a political REQUEST; the codable act in the sentence is the abduction ('took some people away'), and it happened on Tuesday 11 March, not on the document date."),
 17: ([], "Kabila (COD) thanked the Rwandan army (RWA) in a statement read late on Monday 1998-07-27; all right."),
 18: ([], "Thaci condemned the killings: ACCUSE; the gunmen of the lead sentence are clearly the party whose act is condemned, so the target is accepted (XKX accepted for the KLA's leader); all right."),
 19: ([], "Goodluck Jonathan (NGA) condemned the bombings; no party target in the sentence; document date for this news; all right."),
 20: ([], "Syrian opposition groups agreed on Sunday 2012-11-11 to form a coalition: reciprocal AGREE with no recipient; all right."),
 21: ([], "Sanaa (YEM government) accuses Iran of backing the rebels, an ongoing accusation: document date; all right."),
 22: (["target"], "The Security Council's demand was made to Khartoum, i.e. the Sudanese government (SDN), not to 'Khartoum's forces' (the army) of another sentence; type, source and 1996-01 are right."),
 23: ([], "placeholder"),
 24: (["source", "target", "date"], "African Union troops and police were deployed: source should be the African Union (its force), not Comorian police; target should be the Comoros (COM) or empty, not the AU troops; the deployment preceded Sunday's (14 May) vote, so not the document date (no date given)."),
 25: ([], "MILF (PHL) has been negotiating with Manila since 1997, an ongoing act: CONSULT with the document date; all right."),
 26: (["target"], "Anutin pulled his party out of Paetongtarn's coalition: target should be Paetongtarn's coalition government (Paetongtarn Shinawatra, THA), not 'Thailand party' (his own Bhumjaithai)."),
 27: (["target"], "Police broke up protests in Kisumu: target should be the protesters/demonstrators in Kisumu (KEN); Odinga is named only in 'an Odinga stronghold'."),
 28: (["target", "date"], "Chavez's refusal to 'accept lectures' (I would code REJECT asserted; AGREE negated accepted by the rule's 'refused to withdraw' equivalence): the target is named by description, 'a government that had sold out to the US', i.e. Fox's Mexican government (MEX), not empty; he said it on his Sunday programme, so date 2005-11-13 (or earlier), not the document date."),
 29: ([], "China signed a security pact with the Solomon Islands in April: SUPPORT (sign agreement), 2022-04; all right."),
 30: ([], "The court (IDN) ordered Suharto to appear at the next session on Thursday 2000-08-31: REQUEST; all right."),
 31: (SPURIOUS, "'settling a dispute' describes the effect of the treaty signing already coded as e1 (SUPPORT signed) from the same sentence: a duplicate."),
 32: ([], "Waad party banned in 2017 by an unnamed authority: COERCE ban, empty source right, date 2017; all right."),
 33: (["date"], "Miller's sentencing: 'in April' dates his detention, not the sentence; the sentencing date is not given (it was later), so date should be unknown, not 2014-04."),
 34: (["source", "target"], "The 12 lawmakers were abducted by the rebels: source should be the rebels alone, coded COL (the FARC of the story), without the lawmakers; target should be the 12 lawmakers (COL), not empty."),
 35: ([], "Kosovo's declaration of independence from Serbia on 17 Feb: REJECT (CAMEO 128 defy, mapped to REJECT) accepted; all right."),
 36: ([], "Arroyo's office condemned the violence: ACCUSE, source the president (her office), no party target; all right."),
 37: ([], "West African leaders imposed sanctions on the junta (SLE) in August: SANCTION, 1997-08; all right."),
 38: (["target"], "Houses set on fire with families inside (ASSAULT, date of the night of Monday 22 Sept accepted): the sentence names the victims, the families (Bentalha villagers, DZA), so the target should be them, not empty."),
 39: (["modality"], "Soldiers (CMR) shot residents on Feb 14: this is the accusation by opposition politicians and activists that the army denied, an act inside a claim; modality should be reported."),
 40: (["type", "target"], "The Commission's approval of a resolution asking Cuba to receive a UN envoy is a REQUEST to Cuba; type should be REQUEST and the target Cuba (CUB) alone, not Uruguay and Cuba."),
 41: (["target"], "The dissolution bowing to the opposition boycott is CONCEDE (CAMEO 083) by Biswas, but the sentence names the party yielded to: target should be the opposition (BGD), not empty."),
 42: (SPURIOUS, "Terri Chung, a private relative, thanking those who prayed for her brother is not an act between political actors."),
 43: ([], "Jordan and Israel signed a declaration of intent on Monday 2021-11-22: SUPPORT (sign), mutual; all right."),
 44: ([], "Shehbaz Sharif (PAK) condemned the hijacking; no party target in the sentence; document date for this news; all right."),
 45: ([], "Sall called for calm in his address on Monday evening 2021-03-08: REQUEST to the nation, no party target; all right."),
 46: ([], "Western diplomats said KFOR would have to step up patrols around Serb communities: MOBILIZE, hypothetical, no date; all right."),
 47: (["target"], "MILF renegade commanders (PHL) attacked towns in Lanao del Norte on Monday 2008-08-18: target should be the towns/their civilians (PHL), not 'Mindanao' coded as a country (the island named only as the scene of the violence)."),
 48: ([], "Sanader (HRV) promised to cooperate with the UN war crimes tribunal: AGREE, reported as this news; all right."),
 49: ([], "ICC issued an arrest warrant for Gaddafi (LBY) on Monday 2011-06-27: COERCE arrest (CAMEO 173); all right."),
 50: (["target"], "Dhlakama called for a caretaker government: the caretaker government is what he demands, not a party; the sentence names no addressee, so the target should be empty (or the Mozambican government, MOZ)."),
}
V[23] = (["date"], "Iran took part in the Bonn talks (late 2001): CONSULT multilateral is right, but it is a background act of an earlier time with no date in the text; date should be unknown (late 2001), not the document date.")

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if wrong == SPURIOUS:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
        assert all(w in FIELDS and w != "event" for w in wrong), it["n"]
    v["all"] = all(v[f] for f in FIELDS)
    o = dict(it)
    o["verdict"] = v
    o["reasons"] = reason
    out.append(o)
with open("events-d.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
# checks
back = [json.loads(l) for l in open("events-d.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(b["verdict"][f] for b in back) for f in FIELDS + ["all"]}
print(counts)
