"""Write events-d.jsonl from the judge's verdicts below (judge d, round 100).

Each entry: n -> (list of wrong fields, or 'SPURIOUS'), reasons.
Fields: type, source, target, date, modality. `event` false = spurious (all false).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

V = {
 1: ([], "ACCUSE by Museveni (UGA) against the politicians of the Buganda kingdom's administration (UGA); the televised address is undated, so the document date is right."),
 2: ([], "ASSAULT (massacre) by unidentified attackers on 26 people in Cibitoke, Burundi; 'this month' gives 2018-05. Attackers and victims in a named Burundian province take BDI."),
 3: ([], "RETREAT (resign) by Judith Collins (NZL); the sentence gives no date (the context suggests August 2014, 'last month', but does not state it), so an unknown date is right by the rules."),
 4: (["source"], "ASSAULT on Houthi positions on Wednesday 2018-06-13 is right, but the warplanes and warships are not plainly Yemen's: the text does not say whose they are (they belong to the Saudi-led coalition), so the source should be the warplanes and warships with no country code (or the coalition), not YEM."),
 5: ([], "ASSAULT (suicide bombing/assassination attempt) by an unnamed suicide bomber (no code in the sentence) on Kumaratunga (LKA), Saturday 1999-12-18."),
 6: (["target"], "COERCE (curfew) by the Sudanese authorities is right, but the curfew was imposed on Khartoum and its residents (SDN), not on the Sudan government, which is the source itself; the text gives no date for the imposition, so the document date is accepted (Saturday 2008-05-10 is likely)."),
 7: ([], "A victory-night pledge to implement the new presidential system: CAMEO 0344 (express intent to change institutions) maps to AGREE; no counterpart named, empty target right; early hours of Monday 2018-06-25."),
 8: (["target"], "REQUEST by the Security Council in April 2007 is right, but the Council called on 'both sides' to negotiate: the target should be Morocco (MAR) and the Polisario Front (no code/ESH); the United States and France are the describers of the autonomy plan in the next clause."),
 9: ([], "SUPPORT (sign agreement) by Azerbaijan at the Vilnius summit on Friday 2013-11-29; the sentence does not name the EU, so an empty target is right."),
 10: (["modality"], "The 1993 shelling of parliament by Yeltsin is an act inside an impeachment count (a formal charge), so its modality should be reported, not asserted; type, parties and the year 1993 are right."),
 11: ([], "REQUEST (debt relief) by Obasanjo (NGA) to Clinton (USA) during Saturday's visit, reported as this news on the document date."),
 12: ([], "A REQUEST that Washington 'was expected to' make of Bucaram (ECU): future modality, no date, US -> Bucaram, all right; not a duplicate of the congratulation."),
 13: ([], "ASSAULT by Israeli forces (ISR) on militants in Gaza (PSE) hours before the truce that began at dawn on Thursday; the text gives no day, so the document date 2008-06-19 is accepted (2008-06-18 would also fit)."),
 14: (["target"], "SUPPORT (thank) by Moslehi (IRN) is right, but the sentence names the party thanked, an unnamed 'neighbouring country' (no code): the target should be that country, not empty."),
 15: (["date"], "CONSULT Bush-Hu is right, but the talks were 'a day' before the Mongolia stop of Monday 2005-11-21: the date should be 2005-11-20."),
 16: (["target"], "REJECT by UNITA (AGO) on Monday 2022-08-29 is right, but what it rejected is the result the electoral commission confirmed in the same sentence: the target should be Angola's National Electoral Commission (AGO) (or the MPLA), not empty."),
 17: (["date"], "ASSAULT with five people (GHA) killed, no perpetrator named, is right, but five killed 'in election-related violence' is a toll summed over the days since the 7 December vote, which takes no date by the round-20 rule (at most 2020-12), not the document date."),
 18: ([], "SUPPORT (signing agreements), mutual between Lula (BRA) and Xi (CHN), Friday 2023-04-14."),
 19: ([], "Lourenco's 2017 promise to fight corruption and diversify the economy: CAMEO 034x (intent to change policy) = AGREE, year 2017, no target."),
 20: (["date"], "ACCUSE by the opposition parties (TUN) against the government (TUN) is right, but it is background to the crisis that 'erupted in July' (after Brahmi's killing): the date should be 2013-07 (or none), not the document date 2013-12-15."),
 21: ([], "'called' here means convened, not phoned (mode phone is wrong, type is not): a CONSULT, the late-night National Security Council meeting convened by Stoyanov (BGR), Tuesday 1997-02-04."),
 22: ("SPURIOUS", "The vow only frames the act that e4 codes (she will keep pressing European leaders for candidate status, REQUEST); AGREE's willingness to cooperate does not fit, so this is a second event for the same act."),
 23: ([], "COERCE (arrest) of dozens of people (RUS) at Sunday's protest queues, 2024-03-17; no arresting party named."),
 24: ([], "ASSAULT (shooting) on Mohamed Brahmi (TUN), July 2013, perpetrator unnamed."),
 25: ([], "COERCE (arrest) of several suspects (SRB); the arresting party is unnamed and the sentence gives no date (the context points to June 2005), so an unknown date is right by the rules."),
 26: ([], "ACCUSE (investigate) by the U.N. observer mission in Georgia; no party named as investigated, so an empty target is right; reported on the document date."),
 27: ([], "SANCTION (break diplomatic relations) by Sudan (SDN) with Chad (TCD) on Sunday 2008-05-11."),
 28: (["modality"], "CONCEDE (ceasefire declaration) by the militant groups (PSE) toward Israel is right, but the halt is a term of the deal ('are to halt'), future by the conventions ('is to step down'); read instead as the concession itself, it would be asserted but dated 2008-06-17, when Egypt announced the deal, so the record is wrong either way."),
 29: ([], "RETREAT (resign) by Videnov (BGR), December 1996."),
 30: ([], "CONCEDE (concede defeat) by Cunliffe (NZL); the winner is not named in the sentence, so an empty target is right; undated, reported as this news, document date accepted."),
 31: ([], "A pledge of help against AIDS is AGREE by the wave-76 rule; no recipient named in the sentence (Africa is named only as threatened), so an empty target is right; Saturday's visit 2000-08-26."),
 32: (["source"], "ASSAULT killing Idriss Deby Itno (TCD) in 2021 is right, but he was killed 'on the front line against rebels': the source should be those rebels (TCD / no code), not empty."),
 33: ([], "REQUEST (urge calm) by Lacierda (PHL), no addressee named, undated statement reported as this news on the document date."),
 34: (["date"], "ASSAULT with Palestinians killed, no perpetrator named, is right, but it is a toll summed 'since the Annapolis peace conference in November', which takes no date (round-20 rule), not the document date."),
 35: (["date"], "SUPPORT (endorse) negated, Skoro (HRV) -> the two candidates, is right, but the non-endorsement belongs to the run-off campaign that ended on Sunday 2020-01-05: it is a background act given the later document date (should be 2020-01-05 or no date)."),
 36: (["target"], "REQUEST (urge to go) by General Chettha (THA) is right, but 'him' is Prime Minister Chavalit Yongchaiyudh (THA), whose departure the story is about; Thanong Bidaya had already resigned."),
 37: ([], "REQUEST by Zourabichvili (GEO) to European leaders (EU accepted) to grant candidate status, future ('vowed to keep pressing'), no date: right."),
 38: (["date"], "REQUEST by Baluch activists to the UN is right, but the call is this news: the date should be the document date 2010-02-23, not 2008 (which belongs to the brother's handover in the previous sentence)."),
 39: ([], "REQUEST by the EU and the US to political leaders to avoid inflammatory rhetoric; MNE would be better, but the leaders addressed may include Serbia's (Vucic is quoted), so an empty code is not wrong; undated statement, document date accepted."),
 40: ([], "SUPPORT (praise) by Western diplomats (no code) of Djukanovic (MNE); a standing, present-perfect praise takes the document date."),
 41: (["modality"], "RETREAT (resign) by the Taqaddum ministers (IRQ), but the sentence says it was not clear whether they had submitted resignations: the modality should be hypothetical (uncertain), not asserted."),
 42: ([], "AGREE by Britain (GBR) with Mauritius (MUS) to hand over the Chagos Islands; 'weeks' before gives no date the rules can use, so an unknown date is right."),
 43: (["source", "target"], "A refusal to recognise (SUPPORT negated; REJECT would also do) is right, but the source should be Bulatovic's supporters (MNE), not the riot police, and the target the new president Milo Djukanovic (MNE), not Bulatovic."),
 44: ("SPURIOUS", "Pakistan's cricket team touring India is a sports tour, not a visit or consultation between political actors: no PLOVER event."),
 45: ("SPURIOUS", "'fights for the rights of the Baluch minority' is advocacy, a trigger in another sense, and the State Department spokesman is from another paragraph; the sentence's real act (Jundallah has claimed bombings and ambushes) is not what this event codes."),
 46: (["target"], "ACCUSE by Armenian security forces (ARM) on Wednesday 2025-06-25 is right, but they accused 'him', Archbishop Bagrat Galstanyan (ARM), of plotting to seize power; Pashinyan is the man he protested against."),
 47: (["target"], "AGREE (promise) by Habibie (IDN) is right, but what he promised was to respect the election outcome, which names no party (target should be empty); East Timor belongs to the second act ('agreed to let the people of East Timor vote'), which this event does not code."),
 48: ([], "Occupation of Ukrainian regions by Russia is ASSAULT by the wave-30 rule; an act still going on takes the document date."),
 49: ([], "Khalifa's announcement of the council reform (CONCEDE, or AGREE under CAMEO 034; type accepted) toward the UAE polity (ARE), 'last year' = 2005."),
 50: (["source", "date"], "SUPPORT by Ennahda for Jomaa is right, but Ennahda is a Tunisian party, so the source code should be TUN, not empty, and the backing came in the parties' vote on Saturday 2013-12-14, not on the document date 2013-12-15."),
}

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
out = []
for it in items:
    wrong, reasons = V[it["n"]]
    if wrong == "SPURIOUS":
        v = {f: False for f in FIELDS}
    else:
        assert all(w in FIELDS[1:] for w in wrong), wrong
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reasons
    out.append(rec)
with open(HERE / "events-d.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
counts = {f: sum(r["verdict"][f] for r in out) for f in FIELDS + ["all"]}
print(counts)
