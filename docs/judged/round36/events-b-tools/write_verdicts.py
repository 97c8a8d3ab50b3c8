"""Write events-b.jsonl from the judge's hand verdicts (round 36, judge b).

Usage: python events-b-tools/write_verdicts.py  (run from docs/judged/round36)
Each verdict: n -> (event, type, source, target, date, modality, reasons).
"""
import json

T, F = True, False
V = {
 1: (T,T,T,T,F,T, "Date: 'in the 1990s' dates the public-finance crisis, not the IMF's assistance, which the story reports as the current programme (document date or unknown). (I would also code Rama's praise of the IMF as SUPPORT.)"),
 2: (T,F,T,T,T,T, "Type: a state annexing a country/territory is taking ground, ASSAULT by the wave-30 convention; COERCE seize is kept for police confiscations and raids."),
 3: (T,T,T,F,T,T, "Target: the government and the rebels agreed together (mutual event); the rebels, named in the sentence, are the target, not empty."),
 4: (T,T,T,F,T,T, "Target: the General Assembly welcomes the resolutions of the Security Council; the UN Security Council is the target, not empty."),
 5: (T,T,T,T,T,T, ""),
 6: (T,T,T,T,T,T, "Story treats Zaghreb as a Tunisian city, so TUN for the union is accepted."),
 7: (T,T,T,F,F,T, "Target: Abu al-Libi is the one charged, target must not be empty. Date: the charge is background to an old case (arrest long ago, later indictment), no date given, so unknown, not the document date."),
 8: (T,T,T,T,T,T, "Maduro announcing the withdrawal he ordered is accepted as its source; Monday is when soldiers were pulled."),
 9: (T,T,T,F,T,T, "Target: the strike hit a Houthi military base; the Houthis are the target, not empty (source empty is right: the sentence names no attacker)."),
 10: (F,F,F,F,F,F, "Duplicate: 'a suspected U.S. attack' is the same act as the 'air raid' (e1) already coded from this sentence."),
 11: (T,T,T,T,T,T, "'Last year' negotiating taken relative to the document date (2022)."),
 12: (T,T,F,T,T,T, "Source: the Turkish police only report the bombing; the bombers are unnamed, so the source should be empty."),
 13: (T,T,T,T,T,T, ""),
 14: (T,T,T,T,T,T, "Scored by the rule ('RETREAT negated' analogue); I would code 'will not give up their veto' as REJECT asserted. EU code accepted for 'many EU countries'."),
 15: (T,T,T,F,T,T, "Target: 'the Jordan Valley' is a place in the West Bank, not the country Jordan; empty (or the Palestinians) would be right."),
 16: (T,T,T,T,T,T, ""),
 17: (T,F,F,T,T,T, "Type: a prisoners' strike against lack of food (hunger strikers, next sentence) is PROTEST (hunger), not ASSAULT. Source: the ~500 prisoners named in the sentence, not empty."),
 18: (T,F,F,T,T,T, "Type: 'we want to work with all the parties' is a stated willingness to cooperate, AGREE, not material COOPERATE. Source: the story makes Barrow Prime Minister of Saint Kitts and Nevis (KNA), not Belize."),
 19: (T,T,T,T,T,T, ""),
 20: (T,T,T,T,T,T, ""),
 21: (T,T,T,T,F,T, "Date: the story's lede dates the march 'early on Tuesday' (2023-06-13), not the document date."),
 22: (T,T,T,T,F,T, "Date: the call was made in the State of the Union Address on Tuesday (previous sentence, 'also called'), 2023-06-13, not the document date."),
 23: (T,T,T,T,F,T, "Date: the clashes are background (the protests that 'eventually turned into a tribal war' around February/March), of unknown date, not the document date."),
 24: (T,T,T,F,T,T, "Target: the blockade is of Yemeni waters, so Yemen is the target, not empty. (reported_by WTO is wrong too: 'it' is the coalition.)"),
 25: (T,T,T,F,T,T, "Target: the march is aimed at the office of Rep. Yvette Clarke (an authority named in the sentence); Clarke or the state is the target, not empty."),
 26: (F,F,F,F,F,F, "Not an event: the 'National Dialogue Summit' is the setting of a party's statement (the act is the UDM delegation's accusation); source is a fragment ('National Dialogue Summit of')."),
 27: (T,T,T,T,F,T, "Date: the signing is background, the treaty 'was implemented five decades ago'; Monday 2023-06-12 is wrong."),
 28: (T,T,T,T,F,T, "Date: the pledge is in the joint declaration signed on Saturday (Nov 29) per the story, not the document date."),
 29: (T,T,T,T,F,T, "Date: the text dates these protests Nov. 11-12, not the document date."),
 30: (T,T,F,T,T,T, "Source: the British Virgin Islands government (VGB) is its own party, not the United Kingdom."),
 31: (T,T,T,T,T,T, ""),
 32: (T,T,T,T,T,T, ""),
 33: (T,T,T,T,T,T, ""),
 34: (T,T,T,T,T,T, "Thaci typed as organization but the party and ALB are right; Friday night talks date accepted."),
 35: (T,T,F,T,T,T, "Source: the request came from 'the governor'; Meehan only reports it."),
 36: (T,T,T,F,T,T, "Target: 'them' are the rebels firing (previous sentence), not SITE News, the outlet the spokesman spoke to."),
 37: (T,T,T,F,T,T, "Target: 'it' is Belarus (previous sentence); the United States is wrong."),
 38: (T,T,T,T,T,T, ""),
 39: (T,T,T,T,T,F, "Modality: finding it 'inadvisable' to prosecute is a decision not to prosecute, negated, not hypothetical."),
 40: (T,T,F,T,T,T, "Source: Robertson speaks to 'the New Zealand Parliament' (next sentence), so he is not a Colombian party member; COL is wrong."),
 41: (T,F,F,T,F,T, "Type: pledging to stop protests is a promised concession (CONCEDE). Source: the workers are in Taipei (TWN), not AUS legislators. Date: the pledge is this news (document date); 'summer' comes from July 8, the date of the future stop."),
 42: (T,T,T,F,F,T, "Target: the FBI asked 'them', the militia group, not the U.S. government. Date: Tuesday is the news conference; the earlier request is undated."),
 43: (T,T,F,F,F,T, "Source: NATO made the request, not Kosovo. Target: the U.N. peacekeeping command it asked, not empty. Date: the request was in the initial days after the October 1998 incident, not the document date."),
 44: (T,T,T,T,T,T, "A rally in support of Makumbi; ZANU-PF, at whose headquarters it was held after his arrest, accepted as the party it is aimed at."),
 45: (T,T,T,T,T,T, ""),
 46: (T,T,T,T,T,T, "Borderline: convening a panel with invited parties, diplomats and observers accepted as CONSULT."),
 47: (T,T,T,T,T,T, ""),
 48: (T,T,T,T,T,T, ""),
 49: (T,T,T,T,F,T, "Date: the act is part of the embassy's October 25 report to the Human Rights Council (earlier sentence), not news of the document date."),
 50: (T,T,T,T,T,T, ""),
 51: (T,T,T,F,F,T, "Target: the lawyers (Russian) whose offices were raided, not empty. Date: 'last Wednesday' written on Thursday 15 June, with the detentions 'last week', is 2023-06-07, not 06-14."),
 52: (T,T,F,F,T,T, "Source: the island government (Anguilla) says it will not appeal; the WTO only appears in a relative clause. Target: the appeal would go to the UN court; WIPO is not in this sentence."),
 53: (F,F,F,F,F,F, "Not an event: vowing the church would rise again is no commitment to cooperate with any party; a trigger in another sense."),
 54: (T,T,T,T,T,T, ""),
 55: (F,F,F,F,F,F, "Not an event: a law's provision giving tourists a status is domestic policy, no act between political actors."),
 56: (T,T,T,F,T,T, "Target: the complaint is against Guadeloupe's exchange rate policy; the IMF is only the addressee."),
 57: (T,T,T,T,T,T, ""),
 58: (T,T,T,T,T,T, ""),
 59: (F,F,F,F,F,F, "Not an event: a government vowing to keep its own domestic subsidy-cut promise is no AGREE to cooperate with another party."),
 60: (T,T,F,F,T,T, "Source: 'they' are the Burundian opposition leaders (previous sentence), not the government. Target: the government they ask is the target, not empty."),
}

KEYS = ["event", "type", "source", "target", "date", "modality"]
out = []
for line in open("events-b-items.jsonl"):
    it = json.loads(line)
    v = V[it["n"]]
    verdict = dict(zip(KEYS, v[:6]))
    if not verdict["event"]:
        verdict = {k: False for k in KEYS}
    verdict["all"] = all(verdict[k] for k in KEYS)
    it["verdict"] = verdict
    it["reasons"] = v[6]
    out.append(it)
assert len(out) == 60 and {o["n"] for o in out} == set(V)
with open("events-b.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

real = [o for o in out if o["verdict"]["event"]]
print(f"| field | of 60 | % | of {len(real)} real | % |")
print("| --- | --- | --- | --- | --- |")
for k in KEYS + ["all"]:
    a = sum(o["verdict"][k] for o in out)
    b = sum(o["verdict"][k] for o in real)
    print(f"| {k} | {a} | {100*a/60:.0f}% | {b} | {100*b/len(real):.0f}% |")
