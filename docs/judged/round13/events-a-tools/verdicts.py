"""Judge's verdicts (hand-written) -> ../events-a.jsonl, and the precision table.
Fields: holds, type, source, target, date, modality (y/n). A spurious event (holds n) is n in every field."""
import json
Y = "y"
V = {  # n: (holds,type,src,tgt,date,mod), reasons
 1: ("yyynyy", "target: 'the government' GM seeks loans from is the US government; Brazil government is wrong party and country"),
 2: ("yyyyyy", ""),
 3: ("yyyyyy", ""),
 4: ("yyyyyy", ""),
 5: ("n", "not an event: 'offering AIG's stockholders a diverse base of income' describes a business model, no act between actors"),
 6: ("yyynyy", "target: the negotiations BoA/Barclays pulled out of were over Lehman Brothers, named in the sentence; target empty"),
 7: ("yyyyyy", "(borderline: a domestic stimulus proposal coded AGREE as intent to change policy; accepted)"),
 8: ("yynyyy", "source: 'the federal government' is the US federal government (US automaker GM); country empty"),
 9: ("yyyyyy", ""),
 10: ("yyyyyy", "(a supply contract could be COOPERATE; SUPPORT for signing accepted)"),
 11: ("yyynyy", "target: officers would be sent 'to Europe' (EU, named in the sentence); target empty. (negated future; negated accepted)"),
 12: ("yyynyy", "target: the three Democrats voted against 'it' (the bill); Republican Party leaders are not the target (Republicans voted with them)"),
 13: ("yyyyyy", ""),
 14: ("yyyyyy", "(conditional 'did not object'; negated ACCUSE accepted, many coders would not code it)"),
 15: ("yyyyyy", "(feared nationalisation, hypothetical; accepted)"),
 16: ("yynyyy", "source: 'the young computer maker' is Apple Computer (US); country empty"),
 17: ("yyynyy", "target: the postponed visit was to Europe (EU), named in the sentence; target empty"),
 18: ("yyyyyy", ""),
 19: ("yyyyyy", ""),
 20: ("yyyyyy", ""),
 21: ("yyynyy", "target: the deal the Pentagon killed was Boeing's tanker lease, Boeing named in the sentence; target empty"),
 22: ("yyyyyy", ""), 23: ("yyyyyy", ""), 24: ("yyyyyy", ""), 25: ("yyyyyy", ""), 26: ("yyyyyy", ""),
 27: ("yyyyyy", ""), 28: ("yyyyyy", ""),
 29: ("yyyyyy", "(target 'Japan' for 'government officials' accepted as the Japanese government)"),
 30: ("yyyyyy", ""),
 31: ("yyyyyy", ""),
 32: ("yyyynn", "date: 2022-07-30 is the date of the election the protesters demand, not of this act; modality: 'demands will not go ignored' is a negated future claim, not an asserted REJECT"),
 33: ("yyynny", "target: the investigated are 'the two' (Molloy and the other investigator); Carter is the extortion victim and TTO is not acted upon; date: 'now being investigated' is this news (doc date), 2023-03-23 is the earlier detention"),
 34: ("ynyyny", "type: searches/'targeted operation' breaking into vehicles and seizing phones are COERCE (seize), not ASSAULT ('no one was injured'); date: reported 'early Monday' (2023-06-12 or before), not the doc date"),
 35: ("yyyynn", "'threat of further attacks' is a prospective attack: modality hypothetical, no date; (if the palace assault 'last weekend' was meant, the date and target are wrong instead)"),
 36: ("yynnyy", "source: Kozhara is the victim, the attacker is 'a local businessman'; target: empty, should be Kozhara"),
 37: ("yyyyyy", ""),
 38: ("yynyyy", "source: 'tax settlement' (coded as a person) is the object agreed, not a party"),
 39: ("yyyyyy", ""), 40: ("yyyyyy", ""), 41: ("yyyyyy", ""), 42: ("yyyyyy", ""),
 43: ("n", "not an event: 'strike' is the labour walkout (a PROTEST coded earlier in the story) mentioned as cause of bad relations; coded ASSAULT (wrong sense) with 2017 from a revenue figure"),
 44: ("yynnyy", "source: demonstrators from MGEP and NSRJ (named); 'Suriname' is not a party to the march; target: 'Zuma's government' is named in the sentence, target empty"),
 45: ("n", "not an event: 'it helps to make the next summit a success' (a summit helping) is no act of AID"),
 46: ("yynnyy", "source: Obiang is the accused, not the accuser (accuser unnamed: empty); target: empty, should be Obiang (and GAB is the wrong country for Obiang)"),
 47: ("yynnyy", "source: Santos is the victim of the explosion; target: UNITAS is the parade, not the party attacked; Santos should be target, source empty"),
 48: ("yyyyyy", ""),
 49: ("yyyyyy", "(PLOVER visit: visitor Kabila is ACTOR; accepted under the mutual-meeting rule)"),
 50: ("yynyyy", "source: Rafael Costa is the lawyer quoting; the arresters are 'authorities'"),
 51: ("yyyyyy", ""),
 52: ("ynyyyy", "type: 'critics have linked him with several other coups' is ACCUSE (allege), not AGREE"),
 53: ("yyynny", "target: 'the plan' is no party and the Malta government is nowhere named as its author; date: the text gives Sunday (2023-06-11), record gives only 2023"),
 54: ("yyyyyy", ""),
 55: ("yyynyn", "target: NATO and Europe are topics Obama would discuss, not the counterpart; modality: a stated plan ('would discuss') is future, not hypothetical"),
 56: ("yyyyny", "date: the text gives 'Tuesday night (12 April)'; 2023-06-13 contradicts the explicit date"),
 57: ("yyynyy", "target: the deportee is former Belgian PM Di Rupo (next sentence), country BEL not USA"),
 58: ("yynyyn", "source: 'United Kingdom military' is not in the sentence (the collaborators are Cameroon's military and the US ambassador); modality: the collaboration is prospective, 'negated' comes from 'hasn't released details'"),
 59: ("yynnyy", "source: the women and girl are the rescued, not the rescuers (the raiding forces); target: empty, should be the women/girl; (AID for a rescue accepted leniently)"),
 60: ("yyyyyy", ""),
}
F = ["holds", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("sample.jsonl")]
rows = []
with open("../events-a.jsonl", "w") as out:
    for it in items:
        code, reason = V[it["n"]]
        code = code * 6 if code == "n" else code
        v = {f: code[i] for i, f in enumerate(F)}
        v["all"] = "y" if code == "yyyyyy" else "n"
        rows.append((it["corpus"], v))
        out.write(json.dumps({"n": it["n"], "corpus": it["corpus"], "doc": it["doc"], "event_id": it["event_id"],
                              "type_given": it["type"], "trigger": it["trigger"], **v, "reason": reason}) + "\n")
def table(sel, label):
    cells = []
    for f in F + ["all"]:
        k = sum(1 for c, v in sel if v[f] == "y")
        cells.append(f"{k}/{len(sel)} ({100*k/len(sel):.0f}%)")
    print(f"| {label} | " + " | ".join(cells) + " |")
print("| set | " + " | ".join(F + ["all"]) + " |")
print("|" + "---|" * 8)
mt = [r for r in rows if r[0] == "meantime"]; st = [r for r in rows if r[0] == "stories"]
table(mt, "MEANTIME 30"); table(st, "stories 30"); table(rows, "all 60")
real = lambda s: [r for r in s if r[1]["holds"] == "y"]
table(real(mt), "MEANTIME real"); table(real(st), "stories real"); table(real(rows), "all real")
