"""Judge b's verdicts on round-18 sample (seed 20261304). Codes: E T S G(target) D M, y/n.
Writes events-b.jsonl and prints the precision table."""
import json

V = {  # n: (E T S G D M, reason for every "no")
 1: ("yyyyny", "date: Jan. 1 is the elections' date; the spokesman's statement is this news (document date)"),
 2: ("yynyyy", "source empty: 'many members of the radical left' (in Athens, GRC) held the protest"),
 3: ("yyyyyy", ""),
 4: ("yyynny", "target: 'They' are the four victims, the large armed group is the attacker; date: attack 'late on Monday' = 2023-06-12"),
 5: ("ynnyyy", "type: barred from a UN organization = SANCTION/expel, not COERCE/ban; source: the UN organization (named in the sentence) is empty"),
 6: ("yyynny", "target: 'others' (the attackers) were arrested, 'Israeli settlements' is the settlers' origin; date: act before the 2011 filing, not the document date"),
 7: ("yynyyy", "source: 'It' is California's curfew order (state of California), not the Department of Corrections (speaker's department)"),
 8: ("yynnyy", "target = source (self-meeting); the other party is North Korea ('its longtime enemies'); source: 'its diplomats' lack USA"),
 9: ("yyynny", "target: Cummings is the NATO spokesman, civilians were attacked; date: bombing 'late Tuesday' = 2023-06-13"),
 10: ("yyynyy", "target empty: 'his brother' (the pardoned man) is in the sentence"),
 11: ("yynnyy", "source empty: US military personnel (USA) deployed; target: Afghanistan is the place, deployment to support NATO forces"),
 12: ("yyyyyy", ""),
 13: ("yyynyy", "target: civilians are the victims; the condemned perpetrators are unnamed, so empty"),
 14: ("yynnyy", "source: Baghdad proposed the initiative, the acceptor is unnamed; target should be Iraq (the initiative's author)"),
 15: ("ynyyyy", "type: Argentina says it plans to discuss with Brazil = stated willingness to meet, PLOVER AGREE (CONSULT/future right only if 'plan to' is read like 'will meet')"),
 16: ("yyyynn", "date: the item is dated May 1, 2012 in the text; modality: 'Japan to become the first state to recognize' is future"),
 17: ("yyynyn", "target empty: 'their opponents' (the rebels' side) is in the sentence; modality: act inside the rebels' claims = reported"),
 18: ("ynynyy", "type: demonstrators stoning the governor's HQ = PROTEST/riot; target: the governor (HQ), not Jonathan"),
 19: ("yynyny", "source: the militia's country is plainly USA (given empty); date: Tuesday is the court order's date in the lead, the appeal is undated"),
 20: ("ynyyyy", "type: judge ordered companies to pay damages = SANCTION/convict (found liable), not REQUEST"),
 21: ("yyynyy", "target empty: 'the pilot' (Nicaraguan Air Force) is in the sentence"),
 22: ("yyynyy", "target: the call is to the international community, not Armenia (topic)"),
 23: ("nnnnnn", "not an event: villagers donating land for a settlement is no act between political actors (no recipient)"),
 24: ("yyyyyy", "garbled sentence; protests in the city in recent days accepted as PROTEST, no named parties"),
 25: ("nnnnnn", "not an event: 'provide them' = providing documents (no material aid); speaker is Russia's Zakharova, not Ukraine"),
 26: ("yyynyy", "target: 'Maidan Self' truncated, coded as a Russian person; it is a Ukrainian human rights organization"),
 27: ("yyynyy", "target: 'Ali' is the shrine's name; the attacked party is the Shiite worshipers (in the sentence)"),
 28: ("yynyyy", "source: no party in the sentence; 'Australia' comes from nowhere in it"),
 29: ("ynyyyy", "type: 'announced that his government will help' = promise of aid, PLOVER AGREE (CAMEO 033), not AID"),
 30: ("yyyyyy", ""),
 31: ("yyyyyy", "truncated sentence ('Fernandez condemned'), act present, no object"),
 32: ("nnnnnn", "not an event: generic characterization 'whose militants have committed numerous war crimes', no act; source 'whose militants'"),
 33: ("yyynyy", "target country: text links Sunde to Sweden-based Pirate Bay; DEU is only the trial's country"),
 34: ("yyyyny", "date: statement issued Tuesday = 2023-06-13"),
 35: ("yyyyny", "date: ministry 'confirmed yesterday' (2023-06-14) the refusal; AGREE negated accepted as = REJECT"),
 36: ("yynnyy", "source: Catalan government without ESP; target: the other party is Spanish institutions (ESP), 'Catalan' as a country is wrong"),
 37: ("yyyyny", "date: 2015-07-15 is the bombings' date, not the date of the blaming (undated)"),
 38: ("ynyyyn", "type: the leader asked the people for obedience and support = REQUEST, asserted; not SUPPORT hypothetical"),
 39: ("yyyyny", "date: 2023-W23 is from 'over a week ago' (the seizure); the handing back is reported Tuesday (2023-06-13)"),
 40: ("yyynyy", "target: the investigated are the committee's representatives, not the EU"),
 41: ("yyynyy", "target: the jailed former MP is Amadou (context), not Ahmed Ouyahia"),
 42: ("yynnny", "source: 'They' = the rebels, not government warplanes; target: the student is the person to release, not the addressee (unnamed); date: demand reported as news, document date"),
 43: ("yynyyy", "source empty: the ISIS affiliate (Darmah Province) that planned the attack is named in the sentence"),
 44: ("yyyyyy", ""),
 45: ("yynyyy", "source: 'Mombasa' (a town) instead of 'the attackers' (suspected poachers)"),
 46: ("yyyyyy", ""),
 47: ("yyyyyn", "modality: 'adding that he would order police' = future, not hypothetical"),
 48: ("yyyyyy", "negated assault accepted; reported_by Denise Merrill is wrong (the bishop), not a scored field"),
 49: ("yyynny", "target country: text calls Peter 'an African', DEU not given; date: the accusation was at his trial (last year), not the document date"),
 50: ("yynyny", "source empty: 'The armed forces' (Chad) are in the sentence; date: army intervention was Monday 2023-06-12"),
 51: ("yyyyyy", ""),
 52: ("ynyyyy", "type: minister announced Argentina would host a NATO carrier = stated intent, PLOVER AGREE (CONSULT/future right only under the 'will meet' reading)"),
 53: ("yyyyyy", ""),
 54: ("yyynyy", "target empty: the threat 'we will fight them' is against the migrants named in the sentence"),
 55: ("yyyyyy", ""),
 56: ("nnnnnn", "not an event: 'which the government called temporary representatives' = named them; CONSULT/phone spurious"),
 57: ("yynyny", "source: the seizure was by the DEA, the judge only upheld it; date: background seizure, not the document date"),
 58: ("yyynyy", "target: mutual signing, the Afghan ministers (AFG) are missing"),
 59: ("yynyyy", "source: 'Zaria' (city) instead of governor Abdullahi Ahmed Badri"),
 60: ("yynyny", "source empty: 'the opposing groups' clashed (in the sentence); date: 'last week', not the document date"),
}

KEYS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-b-items.jsonl")]
out = open("events-b.jsonl", "w")
tot = {k: 0 for k in KEYS + ["all"]}
real = {k: 0 for k in KEYS + ["all"]}
nreal = 0
for it in items:
    code, reason = V[it["n"]]
    v = {k: c == "y" for k, c in zip(KEYS, code)}
    if not v["event"]:
        v = {k: False for k in KEYS}
    v["all"] = all(v[k] for k in KEYS)
    if not v["all"] and not reason:
        raise SystemExit(f"missing reason {it['n']}")
    it["verdict"] = v
    it["reasons"] = reason
    out.write(json.dumps(it, ensure_ascii=False) + "\n")
    for k in v:
        tot[k] += v[k]
        if v["event"]:
            real[k] += v[k]
    nreal += v["event"]
print("field | all 60 | real events (n=%d)" % nreal)
for k in KEYS + ["all"]:
    print(f"{k} | {tot[k]}/60 = {100*tot[k]/60:.0f}% | {real[k]}/{nreal} = {100*real[k]/nreal:.0f}%")
