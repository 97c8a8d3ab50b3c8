"""Write events-a.jsonl from the items and judge a's verdicts (below), and check them.
Each verdict: n -> (wrong fields, reasons). 'SPURIOUS' in wrong fields = event false, all false."""
import json
FIELDS = ["event", "type", "source", "target", "date", "modality"]
V = {
 1: ([], "ASSAULT by unnamed gunmen (no country given) on Fulani villagers in central Mali; 'a day after' Sunday 2019-03-24 gives Saturday 2019-03-23, which the next sentence confirms. All right."),
 2: ([], "Israel jailing Husseini (COERCE arrest); '198' is the decade value for 'in the 1980s', the precision the text gives. All right."),
 3: ([], "ACCUSE by Ugandan opposition politicians against the Ugandan government, undated news act on the document date. All right (the GOV sector for opposition politicians is off, but sectors are not scored)."),
 4: (["date"], "REQUEST Iraq government -> the Saudi ambassador al-Sabhan ('him', SAU) is right, but the sentence says 'last year': date should be 2016, not none."),
 5: (["date"], "NATO's bombing of the Chinese embassy is a background act of an earlier time ('still furious over'); the text gives it no date, so it should have none (unknown), not 1999-06-09."),
 6: (["target"], "'They' are the two sides, Muizzu/the Maldives and Xi/China (mutual SUPPORT); with China as source the target should be the Maldives (MDV, Muizzu's government), not empty."),
 7: ([], "REQUEST Muizzu (MDV) -> India government to withdraw Indian troops; a standing request in force as the story is told, undated, so the document date. All right."),
 8: (["target"], "Mutual SANCTION recall: Jordan recalled its envoy from Iraq and Iraq its envoy from Jordan; the conventions want one as source and the other as target, so the target should be Iraq (with Jordan as source), not empty (PLOVER's reciprocal note would allow actors only, but the conventions govern)."),
 9: (["target"], "REJECT by Belgrade (SRB acceptable) of the demand that 'He' (Rugova) repeated in this sentence: target should be Ibrahim Rugova (Kosovo Albanian leader, XKX), not empty."),
 10: ([], "COERCE arrest Philippine police -> Senator de Lima on Friday 2017-02-24. All right."),
 11: (["source", "date"], "Source should be Aidid's forces (SOM), who fought the battle this sentence names; date should be 1993-10 ('in October of that year', the year being 1993), not 1994."),
 12: ([], "REQUEST Ashton (EU) -> Belarus government ('Minsk') for a moratorium; undated reaction in this news, document date. All right."),
 13: (["date"], "Mortar bomb killing two Israelis 'shortly before the truce', which took effect Tuesday at 7 p.m.: date should be 2014-08-26, not the document date 2014-08-27."),
 14: ([], "ASSAULT (invasion) Russia -> Ukraine, mentioned as background with no date in the text, so no date is right. All right."),
 15: ([], "ASSAULT on four students (IDN), killers not named in this sentence, 'Tuesday evening' 1998-05-12. All right."),
 16: (["target"], "ASSAULT abduct by Boko Haram in April 2014 is right, but the sentence names the victims: target should be the more than 200 schoolgirls from Chibok (NGA civilians), not empty."),
 17: (["target", "date"], "The sentence names the victims and the date: target should be the more than 90 soldiers (Yemeni army, YEM) and date 2012-05 ('in May 2012'), not empty and the document date."),
 18: (["date"], "De Lima's investigation as chairwoman of the Commission on Human Rights is a background act of an earlier time with no date in the text: date should be none (unknown), not the document date."),
 19: (["target"], "Greek Cypriot officials' complaint is about the presence of 30,000 Turkish troops: target should be Turkey / the Turkish troops (TUR), not empty."),
 20: (["source"], "The sentence reports Yermak's resignation ('the resignation'), and Friday 2025-11-28 is right, but Zelenskiy only announced it: the source should be Andriy Yermak (UKR), not Zelenskiy. (A coder might also skip this repeat of sentence 1's act.)"),
 21: ([], "SUPPORT: Khamenei praised the turnout; no party praised is named, so an empty target is right; document date. All right."),
 22: ([], "RETREAT resign: Marape left the PNG cabinet 'in April' 2019. All right."),
 23: (["target"], "RETREAT (easing sanctions, CAMEO 085) by the UN Security Council on Wednesday 2018-11-14 is right, but the sanctions were on Eritrea, named in the sentence: target should be Eritrea (ERI), not empty."),
 24: ([], "AGREE Iraq -> UNSCOM to the inspectors' return (CAMEO 0355, intent to allow international involvement, maps to AGREE); undated in this sentence and part of this news, so the document date is accepted. All right."),
 25: ([], "SUPPORT: Arafat welcomed the vote; 'the vote' names no party, so an empty target is right; undated reaction on the document date. All right."),
 26: ([], "Japan said on Friday 2004-04-09 it would not withdraw its troops from Iraq: RETREAT negated (the conventions' reading of a refusal), Japan -> Iraq. All right."),
 27: ([], "'We will not accept the confiscation of the people's will': a refusal by Kamougue (TCD), AGREE negated (the conventions allow the negated act for a refusal, like REJECT); no target named; news of the day. All right."),
 28: (["target"], "Powell calling off the planned meeting (SANCTION withdraw acceptable) was aimed at Arafat, not Israel: target should be empty (no party is named in the sentence) or Arafat (PSE), but Israel is wrong. The date, Saturday 2002-04-13, is accepted as one reading of 'on Saturday'."),
 29: ([], "ASSAULT: rockets fired towards Israel 'last week' (2014-W34), firers not named in the sentence. All right."),
 30: ([], "ASSAULT: angry crowds in Lira (UGA) attacked Acholi people (UGA) 'on Sunday and Monday'; 2004-02-22 is the first day of the span the text gives. All right."),
 31: (["source"], "CONCEDE ceasefire -> Israel on Sunday 2003-06-29 is right, but the sentence's joint actors are Hamas and Islamic Jihad: source should be both (PSE); Hamas was dropped (and made reported_by)."),
 32: (["type", "date"], "A government's diplomatic protest is ACCUSE (disapprove), not PROTEST, which PLOVER keeps for civilian demonstrations; 'at the time' is November, when India released its map: date should be 2019-11, not 2020-05-11."),
 33: ([], "RETREAT resign: Haitian PM Smarth on Monday 1997-06-09. All right."),
 34: ([], "ACCUSE Polish officials -> Russian investigators, a complaint still standing as the story is told (document date). All right."),
 35: (["SPURIOUS"], "'Publicly attacked her' is a verbal attack, not ASSAULT; the act is the ACCUSE that dateline already coded from this sentence (e7), so this is spurious."),
 36: (["target", "date"], "Tbilisi's condemnation is aimed at Medvedev's trip: target should be Dmitry Medvedev / Russia (RUS), not empty; it was made when the trip happened 'earlier this month': date should be 2009-07, not the document date."),
 37: (["source"], "'It' is the group MEND (Movement for the Emancipation of the Niger Delta, NGA rebels), not Honduras: source should be MEND. REQUEST for the release of prisoners, an empty target (the Nigerian government is not named) and the document date are right."),
 38: ([], "CONSULT Bush -> Putin on Friday 2002-11-22 in St Petersburg. All right."),
 39: ([], "COERCE arrest of Evan Mawarire (ZWE) on Tuesday 2016-07-12; the arresting party is not named. All right."),
 40: (["modality"], "The threat was made; only the penalties depend on the condition ('if Milosevic refused'), as in the conventions' 'offered a truce if they accept': modality should be asserted, not hypothetical."),
 41: ([], "SANCTION convict: Seoul court sentenced Park Geun-hye on Friday 2018-04-06. All right."),
 42: (["date"], "ACCUSE Iraq -> the American inspectors (USA) of spying is right, but the sentence dates it: date should be 1997-10-29 ('on Oct. 29'), not the document date."),
 43: ([], "REQUEST United States -> all sides in Indonesia (IDN) for restraint; document date. All right."),
 44: (["target"], "The more than 120 people killed are 'the vast majority of them Palestinians': the target's country should be PSE (or none, for the mix), not ISR. No date for a total since Sept. 28 is right."),
 45: ([], "PROTEST by demonstrators at the government building in Skopje (a protest at home aimed at the authorities, so North Macedonia is a right target) 'earlier this month' 2022-07. All right."),
 46: (["target"], "THREATEN violence by Dokubo-Asari in 2004 is right, but the sentence names the threatened party: target should be the oil companies (no country), not empty."),
 47: ([], "ACCUSE prosecutors (PHL) -> de Lima, present-tense accusation on the document date. All right."),
 48: ([], "MOBILIZE troops NATO -> Kosovo, future with no date given (unknown). All right."),
 49: (["target"], "'The government' the U.S. embassy urged is the Philippine government: target country should be PHL, not none."),
 50: ([], "CONCEDE access: Iraq said on Thursday 1997-11-20 it would allow the UN inspectors back (a promise of a concession; AGREE per CAMEO 0355 would also do). All right."),
}
items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it["n"]]
    if "SPURIOUS" in wrong:
        v = {f: False for f in FIELDS}
    else:
        assert all(w in FIELDS[1:] for w in wrong), wrong
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    o = dict(it); o["verdict"] = v; o["reasons"] = reason
    out.append(o)
with open("events-a.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
# checks
for it, o in zip(items, out):
    assert (o["n"], o["doc"], o["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = o["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(o["verdict"][f] for o in out) for f in FIELDS + ["all"]}
print(counts)
