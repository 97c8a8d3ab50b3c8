"""Judge a, round 166: write events-a.jsonl from the hand verdicts below, then check it.

Each verdict: n -> (event, type, source, target, date, modality, reasons). `all` is derived.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
T, F = True, False
SP = (F, F, F, F, F, F)  # spurious

V = {
 1: ((T, T, T, F, T, T), "Turkey blocking Twitter is COERCE (censor), dated Thursday 2014-03-20 as the text says. Target should be Twitter (a company, no country code), which the sentence names as the thing blocked; an empty target is wrong."),
 2: ((T, T, F, T, T, T), "The PM's announcement that the veil 'would be banned' is a future COERCE ban with no date in the text, so null/unknown is right. Source should be PM Kalzeube Pahimi Deubet / Chad's government (TCD), who is named as announcing his government's ban. Empty target is right because the sentence names no party."),
 3: (SP, "Spurious: 'Critics said Moscow was offering little in the way of investment' is criticism (ACCUSE: critics -> Russia), not an offer. Coding it as an asserted AGREE by Russia turns the meaning around."),
 4: ((T, T, T, F, T, T), "SANCTION (convict/sentence) by the Qatari court, October 2023 ('October last year'), is right. Target should be 'them', the eight former Indian navy personnel (IND), not Qatar's naval forces, which were only their firm's client."),
 5: ((T, T, T, T, T, T), "Iranian authorities blaming the US and Israel for the unrest is ACCUSE, present tense, so the document date is right. (reported_by 'Rights groups' is wrong: 'say' governs only the first clause. That field is not scored.)"),
 6: ((T, T, F, F, T, T), "A ban on opinion polls that is still in force can pass as a COERCE restriction on freedoms, taking the document date. But Belarus, or its authorities (BLR), is the party imposing the ban, so it is the source, not the target. Target should be the pollsters/public, or empty since the sentence names no banned party."),
 7: ((T, T, T, T, T, T), "Japan's air force scrambling jets against Chinese aircraft is MOBILIZE, JPN -> CHN. It is a total over 'the year to March' (a span), so having no date is right."),
 8: ((T, T, T, T, T, T), "A total of more than 900 killed over several days is ASSAULT with no source named, target 'more than 900 people' in Egypt, and no date (a span total), all as the rules require."),
 9: ((T, F, T, F, T, T), "Pyongyang pulling its workers out of the joint Kaesong zone ended a cooperative economic exchange. That is SANCTION, not RETREAT (RETREAT is for concessions or military withdrawals). The target should be South Korea (KOR), the partner in the jointly run zone, not the Unification Ministry, which only reports it. 2013-04 is right."),
 10: ((T, T, T, T, T, T), "Sadr urging followers to shun the vote is REQUEST, Sadr (IRQ) -> followers (IRQ). The background act has no date in the text ('had urged'), so unknown is right."),
 11: ((T, T, T, T, T, T), "KRG (IRQ) calling on the international community (no code) to stop the violations is REQUEST. With no date in the text it takes the document date."),
 12: ((T, T, T, F, T, T), "The 2010 Israeli raid is ASSAULT by Israel, dated 2010. Target should be the Turkish-led aid flotilla (TUR), which the sentence names; an empty target is wrong."),
 13: ((T, T, T, F, T, T), "Obama's promise of a full investigation is AGREE (a promise), made on the phone call to Karzai. Target should be Hamid Karzai (AFG), who is named in the sentence as the one promised. The document date is right."),
 14: ((T, F, T, F, T, T), "Armed forces taking territory is ASSAULT by the convention (COERCE seize is for police confiscation). Target should be South Vietnam (VNM), from which the islands were seized; the Paracels are a place, not a party. 1974 is right."),
 15: ((T, T, F, F, F, T), "Degnan says both sides compromised: CONCEDE between the Georgian ruling party Georgian Dream and the opposition (both GEO). Source should be one side and target the other, not 'no party' -> United States. Date should be 2020-03-08, the Sunday of the talks and the deal, not the document date."),
 16: ((T, T, T, T, T, T), "Deby (TCD) sending troops into Nigeria, Cameroon and Niger 'earlier this year' is MOBILIZE, dated 2015: all right."),
 17: ((T, T, T, T, T, T), "Ramaphosa (ZAF) urging people in South Africa to get vaccinated is REQUEST, made in Sunday's address (the document date): all right."),
 18: ((T, T, T, T, T, T), "Britain, France and Germany calling for restraint is REQUEST. No addressee is named in the sentence, so an empty target is right. The document date is right."),
 19: ((T, T, T, T, T, T), "Rodriguez (VEN) rejecting the decision is REJECT on the document date. 'The decision' names an act, not a party, so by the rule an empty target is right (I would code Mercosur as the target)."),
 20: ((T, T, T, T, T, T), "Park will press Japan at Monday's meeting with Abe: REQUEST, future, 2015-11-02, KOR -> JPN. Japan is clearly the party acted upon."),
 21: ((T, T, T, F, F, T), "Diaz-Canel hailing the referendum result is SUPPORT. The US is the object of his separate accusation, not of the praise, so the target should be empty (or the Cuban voters, CUB). Date should be 2019-02-25: the result was announced on Monday (the document date), not on Sunday's vote."),
 22: ((T, T, T, T, T, T), "The deployment of Russian peacekeepers (RUS) in 2020 is MOBILIZE. The destination is a place, so an empty target is right: all right."),
 23: ((T, T, T, T, T, T), "The US, Canada and Mexico opening talks on Wednesday 2017-08-16 is a mutual CONSULT: all right (the mode 'third-party' is not scored)."),
 24: ((T, T, T, T, T, T), "The China-Japan-South Korea summit on Sunday 2015-11-01 is a mutual CONSULT: all right."),
 25: ((T, T, T, T, T, T), "Kroes (EU) calling the move cowardly is ACCUSE (disapprove) on the document date. 'The move' names an act, not a party, so by the rule an empty target is right (I would code Turkey)."),
 26: ((T, T, F, T, T, T), "'We reject these accusations' is a REJECT (I accept REJECT for rejecting accusations; CAMEO would give 016, deny). Source should be the speaker, Iranian foreign ministry spokesman Bahram Qasemi / Iran (IRN), not the arrested Iranian diplomat. France is not named in the sentence, so an empty target is right."),
 27: ((T, T, T, F, T, T), "'They' are both Koreas agreeing to set up a joint committee: a mutual AGREE on 2013-08-14. Target should be North Korea (PRK), the other party; coding South Korea alone drops it."),
 28: ((T, T, T, T, T, T), "Modi (IND) visiting the Maldives (MDV) on Friday 2025-07-25 is CONSULT (visit): all right."),
 29: (SP, "Spurious: 'Photographs released by the presidency' is the release of pictures, not of captives. There is no RETREAT event. (The CONSULT 'received' in the same sentence is a separate event.)"),
 30: ((T, T, T, T, T, T), "The US 'would encourage all its creditors, including China' to agree a restructuring: a future REQUEST, USA -> CHN, undated. All right."),
 31: ((T, T, T, T, F, T), "Hofer (AUT) urging Austrians to stick together is REQUEST. Date should be 2016-12-04, the Sunday of the vote ('within hours of polls closing'), not the Monday document date."),
 32: ((T, T, T, T, T, T), "The Islamabad court (PAK) granting Sharif (PAK) protective bail on Thursday 2023-10-19 is CONCEDE (ease legal restrictions, CAMEO 081): all right."),
 33: ((T, T, T, T, T, T), "A Pakistani Taliban gunman shooting Malala in October 2012 is ASSAULT: all right."),
 34: ((T, F, T, T, T, T), "ICC judges ordering Kenyatta and Ruto to stand trial is bringing them to trial: ACCUSE (allege), not REQUEST. Kenyatta (KEN) is a right target (Ruto is missing), ICC needs no country, and Monday 2012-01-23 is right."),
 35: ((T, F, F, T, F, T), "The act is Pompeo threatening to trigger a snapback of U.N. sanctions on Iran: THREATEN, source Mike Pompeo / the United States (USA), not SANCTION by the UN. Iran is right as the target. The text gives no date for 'has threatened', so it should be unknown, not 2020-08-14. The threat is asserted."),
 36: ((T, T, T, T, T, T), "A state of emergency declared in Rakhine earlier this month is COERCE, dated 2012-06. Neither the declaring party nor a target is named in the sentence, so empty is right: all right."),
 37: ((T, T, F, F, T, T), "'Both governments have blamed the other' is a mutual ACCUSE between the Indian (IND) and Pakistani (PAK) governments. Source should be one of them with its country code, not 'Both governments' with none. Target should be the other, not empty."),
 38: ((T, T, T, T, T, T), "Boc (ROU) stepping down on Monday 2012-02-06 is RETREAT (resign): all right."),
 39: ((T, T, T, T, T, T), "A past U.N. mission 'was blamed' for bringing in cholera: ACCUSE with no blamer named and target the UN. The blame has no date in the text (2010 is the date of the cholera, not of the blame), so null is right."),
 40: ((T, T, F, F, T, T), "Somalia's international partners (UN, United States, AU) urged Somalia's leaders. Source should be the partners (e.g. United States, USA / UN / AU) and target should be Somalia's leaders (SOM); dateline has them backwards. The repeated urging has no single date, so unknown is right."),
 41: ((T, T, T, T, T, T), "Ned Price (USA) saying the US will not express support for rehabilitating Assad (SYR) is a negated SUPPORT with no date for the act: all right."),
 42: ((T, T, T, T, F, T), "Netanyahu (ISR) thanking Obama (USA) is SUPPORT. The text gives no date for the thanks, so it should be the document date 2016-09-15, not the Wednesday signing date."),
 43: ((T, T, T, F, T, T), "US officials (USA) seeking clarity is REQUEST on the document date. The clarity is sought from Turkey about its strikes, so the target should be Turkey (TUR, named as 'Ankara'), not the PKK."),
 44: ((T, T, T, T, T, T), "The US and Israel signing the aid agreement on Wednesday 2016-09-14 is a mutual SUPPORT (sign agreement): all right."),
 45: ((T, F, F, F, F, T), "The PKK's designation as a terrorist group is a background ban: COERCE (ban organizations) rather than SANCTION. Source should be Turkey/United States/EU (TUR/USA), target the PKK (TUR), and the date unknown (an earlier, undated act), not the document date."),
 46: (SP, "Spurious: 'sending a clear message' is a figure of speech in a council speech, not a CONSULT; and 'Haiti hostage' is not a party."),
 47: ((T, T, T, F, T, T), "Ri Son Gwon (PRK) rejecting any discussion of the nuclear programme is REJECT (meet) at Tuesday's talks. Target should be South Korea (KOR, 'the South', named in the sentence), whose delegation faced the refusal."),
 48: ((T, T, T, T, T, T), "Ukrainian police detaining dozens of people on Monday 2017-03-13 is COERCE (arrest): all right."),
 49: ((T, T, T, T, T, T), "Niger's troops (NER) fighting Boko Haram (NGA) is ongoing ASSAULT and takes the document date: all right."),
 50: ((T, T, T, T, T, T), "Niger's government (NER) rejecting accusations of fraud is REJECT (accepted, as in #26) on the document date. The accusers are not named in the sentence, so an empty target is right."),
}

KEYS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items]
out = []
for it in items:
    flags, reasons = V[it["n"]]
    verdict = dict(zip(KEYS, flags))
    verdict["all"] = all(flags)
    if not verdict["event"]:
        assert not any(verdict.values()), it["n"]
    rec = dict(it)
    rec["verdict"] = verdict
    rec["reasons"] = reasons
    out.append(rec)
with open(HERE / "events-a.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in KEYS)
    if not v["event"]:
        assert not any(v.values())
counts = {k: sum(r["verdict"][k] for r in back) for k in KEYS + ["all"]}
print("right of 50:", counts)
paras = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
assert len(paras) == 6
tot = {k: sum(p[k] if k != "coder_events" else len(p[k]) for p in paras) for k in ["coder_events", "found", "dateline_events", "spurious"]}
print("paragraphs:", tot)
