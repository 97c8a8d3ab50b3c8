"""Write events-b.jsonl: each item of events-b-items.jsonl with judge b's verdict and reasons.

Flags are event, type, source, target, date, modality (1 = right). A spurious event is false everywhere.
usage (from docs/judged/round37): python events-b-tools/write_verdicts.py
"""
import json

FIELDS = ("event", "type", "source", "target", "date", "modality")

V = {
 1: ("110011", "Source and target: the family and the women are in Bil'in in the West Bank, Palestinian (PSE), not ISR; 'hostage' is part of the predicate, not a party."),
 2: ("111111", "Rally in support of Kabila; PROTEST kept (CAMEO 141 covers rallies) with the empty target the conventions ask for; I might code it SUPPORT toward Kabila."),
 3: ("111101", "Date: the refusal follows the June 21 beating, an earlier act, not news of the document date. (I accept REJECT, though COERCE withhold fits a public hospital refusing an opposition figure; Dushanbe is Tajik, KAZ kept as the story's country.)"),
 4: ("111101", "Date: the text dates the visit 'June 2011'; the document date is wrong."),
 5: ("111011", "Target: 'my neighbour' is the victim named in the sentence; empty target is wrong."),
 6: ("111011", "Target: the sentence's accused are 'individuals involved in a scheme', not the Dominican Republic state."),
 7: ("101111", "Type: Houthis 'launching cross-border attacks' into Saudi Arabia is ASSAULT, not SUPPORT."),
 8: ("111111", ""),
 9: ("110011", "Source: the accusers are 'Saleh supporters', not Saleh himself; target: the accused are Hadi government forces in Aden (YEM), not Saudi Arabia."),
 10: ("000000", "Spurious: the minister states a policy aim ('we must encourage girls to attend school'), not a request by one political actor to another."),
 11: ("111111", "The detention noun is inside the OHCHR statement but is presupposed fact (the lede reports it), so asserted; ongoing detention takes the document date."),
 12: ("111011", "Target: Kosovo is where the prisoners are, not the party Belgrade agreed with; the counterpart is the US (Bergdahl's side)."),
 13: ("111111", "Hypothetical embargo inside Angola's conditional offer; a coder could leave the condition uncoded, but as coded its fields are right."),
 14: ("111111", "No assailant named in the sentence, so empty source is right; Monday from the narrative is plausible."),
 15: ("101100", "Type: the deal calls on dos Santos to sign a ceasefire - a REQUEST; no ceasefire is implemented (RETREAT is implementation only). Date and modality: the ceasefire has not happened, so asserted with the document date is wrong (hypothetical/future, no date)."),
 16: ("111101", "Date: the story's chronology (toppled in March, arrests in June, the already past 'late July' trial) puts the arrests in June of the previous year, not 2023-06."),
 17: ("110111", "Source: the signer is Canada Post (a company, CAN/BUS), not the state of Canada."),
 18: ("000000", "Spurious: 'trade' is a topic ('open up its economy to trade'), no act of cooperation is reported."),
 19: ("111101", "Date: the dispatch is datelined 'September 20 (TASS)'; the document date is wrong. (Target list keeps UK, the party conceded to; Falklands would be FLK.)"),
 20: ("111111", "Occupation ongoing since Thursday takes the document date; RUS for the protesters is taken from 'Russia without Putin'/'Moscow protesters', though the text is not fully plain."),
 21: ("111111", ""),
 22: ("111101", "Date: the US move of the warship to join the drills is dated 'last Friday' (2023-06-09) in the sentence; the document date is wrong."),
 23: ("110101", "Source: the asker is the Sistan-Balochistan provincial government (IRN), not the government of China. Date: the head said it on Friday (2023-06-09), not the document date."),
 24: ("111111", "Truncated sentence ('has already recognized' with no object): kept as SUPPORT by Sudan with no target, but it is close to a fragment."),
 25: ("111111", "Ongoing fighting takes the document date."),
 26: ("000000", "Spurious: 'warned that it may lead to a full-scale civil war' is a pessimistic comment (CAMEO 012), not a threat of the US/EU's own action; PLOVER has no type for it."),
 27: ("111111", ""),
 28: ("111111", "South Korea is not named in the sentence, so the empty target is right by the conventions (I would code South Korea)."),
 29: ("111111", ""),
 30: ("000000", "Spurious: 'curfew' is the topic of a remark about demands to end it; no act of imposing a curfew in this sentence."),
 31: ("110111", "Source: the Israeli Labor Party is ISR, not AUS (and its name is cut to 'left Labor Party')."),
 32: ("111110", "Modality: the attacks are inside the State Department's expression of concern, so reported, not asserted."),
 33: ("111111", "'Keen to crack down' read as hypothetical; arguably the following sentences show the crackdown happened."),
 34: ("111011", "Target: Xi and Li held a meeting of the Politburo; the Politburo is the counterpart, the sources repeated as their own targets are wrong."),
 35: ("101111", "Type: the adviser's statement that the rebels will attack until there is an agreement is a conditional threat, THREATEN (PLOVER codes the statement), not a future ASSAULT."),
 36: ("101111", "Type: dismissing judges is not a refusal; SANCTION expel / COERCE would be coded, not REJECT."),
 37: ("111111", "Reached deal accepted as AGREE (SUPPORT for a signed agreement would also be defensible)."),
 38: ("111101", "Date: a total summed since Jan. 23 ('have been killed since') has no date by the conventions."),
 39: ("000000", "Spurious: 'weapons they have seized' is a relative clause in the deal's terms, not an act reported; nor is it authorities confiscating property."),
 40: ("000000", "Spurious: 'ahead of the G20 summit' is a time reference to a later meeting; the sentence's acts are the invitation and the May-Khan dinner."),
 41: ("000000", "Spurious: 'to lift the curfew' is a purpose clause in the law's conditions; no party lifts or promises to lift it in this sentence."),
 42: ("111011", "Target: the easing is for civilian flights and civilians entering/leaving Chechnya, not the state of Russia (its own source's state). CONCEDE accepted for a decision not yet shown implemented."),
 43: ("111111", "'In March' resolved to 2023 by the document date; MOBILIZE accepted for sending troops in (ASSAULT also defensible for an invasion)."),
 44: ("111011", "Target: North Korea welcomed 'the government's decision' - the DR Congo government is referred to in the sentence; empty target is wrong."),
 45: ("111111", "Negated AGREE accepted (a coder might code REJECT asserted or leave it)."),
 46: ("110111", "Source: the protesters are Papuan militants in Papua New Guinea (PNG), not Australian; Australians are the soldiers attacked."),
 47: ("111111", "Mutual negated CONSULT; 'never held' is true at story time, document date accepted."),
 48: ("101110", "Type: pulling out of the TPP trade deal is SANCTION withdraw, not CONCEDE. Modality: 'announced he would be pulling out' is future, not asserted."),
 49: ("111111", ""),
 50: ("111101", "Date: the text dates the strike Wednesday (2023-06-14); the document date is wrong."),
 51: ("111001", "Target: the charged 'dozens of local companies' are named in the sentence; empty is wrong. Date: charges summed 'since the implementation of this tax system' have no date, not Wednesday."),
 52: ("111101", "Date: the sentence dates the assault and flight 'in 2000'; an unknown date is wrong."),
 53: ("110111", "Source: 'The state' announced the ban, i.e. the French government, not France police. (THREATEN rights accepted for an announced future ban.)"),
 54: ("101111", "Type: 'the AKP will also try to work with opposition parties' is a statement of willingness to cooperate, AGREE, not a hypothetical COOPERATE."),
 55: ("111111", ""),
 56: ("111110", "Modality: Putin announced plans to step down ('he's quitting'); the resignation is future, not asserted."),
 57: ("111111", ""),
 58: ("111011", "Target: 'this move' is Jordan's oil trade with Saudi Arabia from the previous sentence; Jordan is clearly the party condemned, empty is wrong."),
 59: ("111111", ""),
 60: ("111011", "Target: 'the North' (North Korea) is named in the sentence as the party China wants to act; empty is wrong."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 60 and set(V) == {it["n"] for it in items}
with open("events-b.jsonl", "w") as out:
    for it in items:
        flags, reasons = V[it["n"]]
        verdict = {f: c == "1" for f, c in zip(FIELDS, flags)}
        if not verdict["event"]:
            verdict = {f: False for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        if not verdict["all"]:
            assert reasons, it["n"]
        it["verdict"] = verdict
        it["reasons"] = reasons
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
print("wrote", len(items))
