"""Write events-a.jsonl from the judge's verdicts below (judge a, round 71), and check it.

usage (from docs/judged/round71): python events-a-tools/write_verdicts.py
"""
import json

T = True
F = False
S = "spurious"
# n: (event, type, source, target, date, modality, reasons)  -- S = spurious (all false)
V = {
 1: (T, T, T, T, T, T, "Right: ACCUSE by Georgian officials (GEO) against 'him' = Emzar Kvitsiani (GEO); the accusation sits in undated background (after 'had declared last weekend'), so an unknown date is acceptable."),
 2: (T, T, T, T, T, T, "Right: AGREE by the EU at Monday's summit (2002-11-11); no counterpart named in the sentence, so an empty target is right."),
 3: (S, "Spurious: 'it defied logic' is not an act of the State Department (trigger in another sense, no one defies anything); the sentence's act is the State Department's criticism of the verdict, ACCUSE/disapprove USA -> the Egyptian court (EGY), 2014-03-24, which dateline did not code."),
 4: (T, T, T, T, T, T, "Right: RETREAT/resign of Ter-Petrosyan (name truncated to 'Levon Ter' but the right person, ARM) on Tuesday 1998-02-03."),
 5: (T, F, T, F, T, T, "Type should be AGREE (intent to bring political reform: a draft bill) or CONCEDE to the opposition's term-limit demand, not SUPPORT; target should be empty (or the opposition), not the state Togo: a cabinet does not support its own state. Source, date (Tuesday 2017-09-05) and modality right."),
 6: (T, T, T, F, T, T, "Target should be Iran (IRN): 'the drone's control vehicle' refers to the Iranian drone of the previous sentence, so an empty target is wrong. ASSAULT by Israel on 2018-02-10 right."),
 7: (T, F, T, F, T, T, "Declaring independence is not a REQUEST (nobody is asked anything); coded at all it is a defiance of Serbian sovereignty (REJECT). Target should be Serbia (SRB), named in the sentence ('broke away from Serbia', 'Belgrade'). Date 2008 and asserted right."),
 8: (T, T, T, T, T, T, "Right: SUPPORT Biden (USA) -> Sweden (SWE), Thursday 2024-03-07."),
 9: (T, T, T, F, T, T, "Target should be empty: the international tribunal is what the Iraqi government asks for, not the party asked (no addressee is named). Date Sunday 2009-08-23 from the preceding sentence's 'also' is a defensible reading."),
 10: (T, T, T, T, T, T, "Right: REQUEST by the (Uighur) exile groups, CHN acceptable; no addressee named, so empty target right; document date right."),
 11: (T, T, T, T, T, T, "Right: Moscow's import ban is SANCTION/discontinue (curtailing commercial exchange) against Georgia, dated spring 2006 at the text's precision."),
 12: (T, T, T, T, T, T, "Right: ASSAULT Israeli warplanes (ISR) -> Syrian radar station (SYR), Monday 2001-04-16."),
 13: (T, T, T, T, T, T, "Right: Moon's call for new U.N. sanctions asks the UN to act, so the UN target is acceptable (North Korea as the punished party would also be defensible); document date Sunday right."),
 14: (T, T, T, T, T, T, "Right: ACCUSE/investigate by the U.S. Navy; the investigation's object is the accident, no party named; reported as this news, document date right."),
 15: (T, T, T, T, T, T, "Right: SUPPORT (sign agreement), mutual Yeltsin (RUS) / Lukashenko (BLR), Tuesday 1996-04-02."),
 16: (T, T, T, T, T, T, "Right: REQUEST Tsai (TWN) -> Lai (TWN) to stay on; the text gives no date, so the document date is acceptable."),
 17: (T, T, T, T, F, T, "Date should be none: 'NATO has criticised' is a repeated background act of an earlier time (paired with 'Russia has repeatedly accused'), not this news, so the document date 2021-10-18 is wrong. Type and parties right."),
 18: (T, T, T, T, T, T, "Right: mutual AGREE Serbia (SRB) / Kosovo (XKX) on Saturday 2023-03-18."),
 19: (T, T, T, T, T, T, "Right: CONSULT (phone) Netanyahu (ISR) / Putin (RUS), 2018-02-10."),
 20: (T, T, F, T, F, T, "Source should be the paratroopers (South Korean army, KOR), named in the sentence as sent in to crush the protests; date should be 1980-05 ('in May 1980'), not the document date 1996-08-26."),
 21: (S, "Spurious (duplicate): cutting mobile internet and restricting text messaging are one communications clampdown by the same authorities in the same sentence, already coded as e2 (COERCE, 'cut')."),
 22: (T, T, T, T, T, T, "Right: REQUEST by Russia for restraint, no addressee named, document date 2018-02-10."),
 23: (T, T, F, T, T, T, "Source 'whose governments' has no country code: it is the Syrian and Israeli governments (SYR, ISR); consultation with the Turkish mediators as target is acceptable; ongoing talks dated the story's day (July 13, per the dateline) acceptable."),
 24: (T, T, T, F, T, T, "Target should be the United States (USA; also the OAS): 'the criticism' he rejects 'as foreign interference' is the State Department's and the OAS's of the preceding sentences, so an empty target is wrong. REJECT, Fujimori, 2000-05-29 right."),
 25: (T, T, T, T, T, T, "Right: ACCUSE by Kasparov (RUS) of the vote (no party named, empty target right); undated statement reported as this news, document date right."),
 26: (T, T, T, T, T, T, "Right: REJECT by Israel of the claim of Arafat's officials ('His officials', PSE), document date right."),
 27: (T, T, T, T, T, F, "Modality should be future: the support for Ukraine is promised ('He promised ... to continue supporting'); the promise itself is e1 (AGREE). Type, parties and date of the statement right."),
 28: (T, T, T, F, T, T, "Target should be North Korea (PRK): the condemned test is North Korea's, and North Korea is named in the sentence; empty target wrong. ACCUSE by China, Sunday 2017-09-03 right."),
 29: (T, T, T, T, T, T, "Right: REQUEST for calm by the UN and ECOWAS, no addressee named; the text gives no date, and Thursday 2017-09-07 (the story's news day) is as acceptable as the document date."),
 30: (T, T, F, F, T, F, "The act is the generals' refusal to back a move to dismiss Sharif (REJECT): source should be the generals (Pakistani army, PAK), not the analysts who report it; target should be empty (the move's author is not named), not Sharif, whom the refusal protects; modality should be asserted, not negated."),
 31: (T, T, T, T, T, T, "Right: ASSAULT police commander (AFG) -> German photographer (DEU), Friday 2014-04-04."),
 32: (T, T, F, T, T, T, "Source should be the Israeli opposition figures (ISR, opposition), not the state of Israel; target Cohen (ISR), ACCUSE and date right."),
 33: (T, T, T, T, T, T, "Right: REQUEST by China for calm, no addressee named, Wednesday 2012-12-12."),
 34: (T, T, T, T, T, T, "Right by the rules: ACCUSE by human rights groups (no country); target Assad acceptable (the criticism is of honouring him, citing Syria's jailing of dissidents), though France/Sarkozy as inviter would also be right; the date value equals the document date 2008-07-14, though dateline took it from Monday's parade."),
 35: (T, T, T, F, T, T, "Target should be Prachanda (Pushpa Kamal Dahal, NPL), the new prime minister 'him' refers to, not the outgoing Koirala."),
 36: (T, F, T, T, T, T, "Type should be ASSAULT (aerial): warplanes striking targets is an air strike, not a PROTEST/strike. Parties and date (Monday 2015-02-16) right."),
 37: (T, T, T, T, F, T, "Date should be none: Vargas Llosa's endorsement ('eventually backed') came before Sunday's runoff, a background act of an earlier time, not of the document date 2011-06-06."),
 38: (T, T, T, F, F, T, "Target should be the European Union (EUR), Turkey's partner in the migrant deal the sentence refers to ('European officials', 'the migrant deal'), not Greece (only 'Greek islands'); the deal is background (March 2016, undated in the text), so no date, not 2016-05-05."),
 39: (T, T, T, F, T, T, "Target should be Macedonia (MKD): 'its neighbour' is named in the sentence; empty target wrong. Ongoing objection, document date right."),
 40: (T, T, T, T, T, T, "Right: SUPPORT India (IND) and China (CHN) -> Hasina (BGD), document date 2018-12-31."),
 41: (S, "Spurious (duplicate): 'resolutely opposes and strongly condemns' is one statement, coded as e5 ACCUSE (item 28); opposing a test is not a REJECT of a request."),
 42: (T, T, T, F, T, T, "Target should be Somaliland (SOM, breakaway region), the other signatory named in the sentence; empty target wrong. SUPPORT (sign), Ethiopia, 2024-01-01 right."),
 43: (T, T, T, F, T, T, "Target should be Wu Shu-chen with code TWN (empty code wrong), and Chen Shui-bian ('His') is not indicted in this sentence. ACCUSE/allege, no source named, 2006 right."),
 44: (T, T, F, T, F, T, "Source should be the riot police (Belarus, BLR), named in the same sentence breaking up the demonstrations; date should be 2020-09-23 (the Wednesday evening of the inauguration), not the document date."),
 45: (T, T, T, T, F, T, "Date should be none: non-recognition since 1981 is a span, not an act of Monday 2019-03-25. Negated SUPPORT by the UN and (until now) the US toward Israel otherwise right."),
 46: (S, "Spurious: 'Under the plan, Serbia would not object' is a term of the agreement, not an act (the agreement is coded from the first sentence); a negated ACCUSE is no event here."),
 47: (T, T, F, T, F, T, "Source should be the Iraqi cabinet of Nuri al-Maliki (IRQ), not SYR; date should be 2009-08-25, the Tuesday the lead gives Iraq's demand, not the document date."),
 48: (T, T, T, T, T, T, "Right: COERCE/ban China -> Falun Gong (CHN), Thursday 1999-07-22."),
 49: (T, T, T, T, F, T, "Date should be the document date 2009-07-06 (or 2009-07-05): the detentions after Sunday's violence are this news, reported Monday, not of unknown time. Empty source right (no detaining party named)."),
 50: (T, T, T, T, F, T, "Date should be none: 'had earlier ... called' is before Friday, the document date 2014-09-19; an earlier undated act does not take the document date. REQUEST by the Fijian opposition parties right."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    v = V[it["n"]]
    if v[0] == S:
        verdict = {f: False for f in FIELDS}
        reasons = v[1]
    else:
        verdict = dict(zip(FIELDS, v[:6]))
        reasons = v[6]
        assert verdict["event"] is True
    verdict["all"] = all(verdict[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = verdict
    rec["reasons"] = reasons
    out.append(rec)
with open("events-a.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open("events-a.jsonl")]
assert [(b["n"], b["doc"], b["trigger"]) for b in back] == [(i["n"], i["doc"], i["trigger"]) for i in items]
for b in back:
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
    assert {k: b[k] for k in items[0]} == next(i for i in items if i["n"] == b["n"])
counts = {f: sum(b["verdict"][f] for b in back) for f in FIELDS + ["all"]}
print(json.dumps(counts))
