"""Judge's verdicts (hand-written) for the 50 sampled events; writes ../events-b.jsonl and prints the table.
Flags per item: event type source target date modality (1 = right); reasons for every 'no'."""
import json

V = {
 1: ("111101", "date: doc date given, but the text dates the destruction to the Taliban assault of Tuesday night (12 April)"),
 2: ("111111", ""),
 3: ("100000", "type: granting residence/asylum is AID, not AGREE; source: EC, the grantor is the Dutch government; target: empty, should be the asylum-seeker group ('them'); date: 9 March is when the group left, act is future; modality: asserted, act is future/conditional"),
 4: ("111111", "(target empty accepted: text names EAF as user of the destroyed base but also as the attacker; incoherent)"),
 5: ("111011", "target: adds the destination country Congo as a second target; only Nguesso is acted upon"),
 6: ("111111", ""),
 7: ("111011", "target: empty, 'the workers' (Belgrade plant workers, SRB) are the recipients of the promise"),
 8: ("110111", "source: empty, the protesting employees/oil workers (IRN) are named in the clause"),
 9: ("111110", "modality: 'said he would travel ... on Thursday' is a stated plan = future, not hypothetical"),
 10: ("000000", "event: 'opponent of the Russian annexation of Crimea' is a topic noun phrase (background 2014 act), not a reported act; date 2023-06-14 would be wrong anyway"),
 11: ("101000", "type: conditional readiness for an 'anti-terrorist operation' is a conditional THREATEN/MOBILIZE, not AGREE; target: Guatemala is the location, the object is Islamic militants or none; date: the statement was made Wednesday (2023-06-14), not unknown; modality: future, should be hypothetical (conditional) or asserted for the statement"),
 12: ("000000", "event: protesters' prediction that their demands 'will not go ignored' reports no act; date taken from the demanded election date (July 30th)"),
 13: ("110111", "source: FSA issued the statement; the mortar's shooter is not named (empty would be right)"),
 14: ("110111", "source: empty, 'by gunmen' governs both kidnapped and killed"),
 15: ("111111", "(target is the descriptive predicate of Martin Ferguson; same person, country as the sentence gives)"),
 16: ("111111", ""),
 17: ("110111", "source: country KEN; the text says 'President Daniel arap Moi of Zimbabwe' (ZWE)"),
 18: ("111011", "target: empty, 'all nations - particularly the United States' is named"),
 19: ("111101", "date: background support under a 2012 policy given the document date"),
 20: ("111001", "target: empty, the city/the demonstrators are named; date: 2012-12 taken from the background clause 'since violence erupted in December 2012'"),
 21: ("111011", "target: empty, the deal is 'with UAE' (mutual)"),
 22: ("000000", "event: a source-citation line (headline of a cited article), not a report; date would be 2011 anyway"),
 23: ("111111", "(empty target accepted for 'the public')"),
 24: ("111111", ""),
 25: ("110111", "source: 'they' = the authorities (RUS), not 'Russian citizens' (who were the people arrested)"),
 26: ("110011", "source: country AUS; the Papua separatists are not Australian (country not plain: empty); target: adds the Australian government, which gave refuge, not a victim"),
 27: ("111111", "(SANCTION accepted for economic sanctions; CAMEO2PLOVER maps 163 to COERCE)"),
 28: ("100111", "type: police raids are COERCE (seize), not ASSAULT; source: empty, 'the president's police' (NGA police) is named"),
 29: ("101011", "type: ordering a troop deployment is MOBILIZE, not REQUEST; target: Bolivia is from the previous sentence and not acted upon (empty)"),
 30: ("111111", ""),
 31: ("111100", "date: 1997 is the signing; the ratification was 'last year' (2022); modality: negated, but 'didn't ratify it until last year' says it did ratify"),
 32: ("110111", "source: WTO is the addressee; the accuser is 'the group' (the coalition/Oceania Group)"),
 33: ("111111", ""),
 34: ("111000", "target: Nauru as a country; the curfew is against 'the indigenous people ... in Nauru'; date: a speculated future act given the document date; modality: asserted, should be future/hypothetical ('will be trying to impose')"),
 35: ("111101", "date: background ban ('has been banned ... since') given the document date"),
 36: ("111111", ""),
 37: ("000000", "event: 'release by the IMF of a report' is publication, not RETREAT release of captives"),
 38: ("111101", "date: 2023-04; the story is anchored in March 2014, the offensive is an earlier April, not April 2023"),
 39: ("111011", "target: country DOM; the soldiers are of the multinational/peacekeeping force, country not given (empty)"),
 40: ("101011", "type: the demand of the protesters occupying the capital is part of the PROTEST (PLOVER: protests making requests are PROTEST), mode yield also wrong; target: empty, the Sunni royal family is named"),
 41: ("111001", "target: the university is the place; the clash is between students on both sides; date: 'all weekend' (10-11 June), not the document date"),
 42: ("111111", ""),
 43: ("111011", "target: empty, 'the force' refers to the Grenadian militia force"),
 44: ("111111", ""),
 45: ("110001", "source: country KOR, the assailant's country is not given; target: Panmunjom (a place) instead of 'him' = the third policeman; date: the incidents were on Wednesday (2023-06-14), not the document date"),
 46: ("110111", "source: the appeal was filed by 'the Jewish state' (Israel), not Netanyahu"),
 47: ("101110", "type: the act is being in contact (CONSULT); expanding cooperation is its purpose; modality: the expansion is a purpose, not asserted"),
 48: ("111011", "target: empty, the investigation is into the act of the named white police officer"),
 49: ("111111", "(mode 'assassinate' for 'beat' is wrong; type, args, modality right)"),
 50: ("101011", "type: backing a 'bloody campaign of genocide' is material involvement in violence, not verbal SUPPORT; target: Colombia, should be the indigenous population"),
}
KEYS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("sample-events.jsonl")]
out = open("../events-b.jsonl", "w")
for it in items:
    flags, reason = V[it["n"]]
    v = {k: f == "1" for k, f in zip(KEYS, flags)}
    if not v["event"]:
        v = {k: False for k in KEYS}
    v["all"] = all(v[k] for k in KEYS)
    rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
out.close()
rows = [json.loads(l) for l in open("../events-b.jsonl")]
real = [r for r in rows if r["verdict"]["event"]]
print(f"| field | all 50 | real events ({len(real)}) |")
print("|---|---|---|")
for k in KEYS + ["all"]:
    a = sum(r["verdict"][k] for r in rows); b = sum(r["verdict"][k] for r in real)
    print(f"| {k} | {a}/50 = {a/50:.0%} | {b}/{len(real)} = {b/len(real):.0%} |")
