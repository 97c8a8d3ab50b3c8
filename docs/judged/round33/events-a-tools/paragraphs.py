"""Round 33, judge a: verdicts on the 12 first paragraphs (paragraphs-a.jsonl); writes paragraphs-a-verdicts.jsonl.

usage (from docs/judged/round33): python events-a-tools/paragraphs.py
"""
import json
P = {
 "ngec-2224": (["COOPERATE: Albania and Belarus hold a joint military exercise (mutual), Saturday"], 1, 0,
   "Found with the right type (mutual source/target, Saturday 06-10)."),
 "ngec-2988": (["CONCEDE: Burkina Faso declares a humanitarian cease-fire for Bambari (declaration, not implementation)",
                "ASSAULT: nearly two months of fighting between pro- and anti-government forces (span, no date)"], 0, 0,
   "Nothing extracted; the cease-fire declaration is the paragraph's main act."),
 "ngec-2686": (["REQUEST: Dutch NGO JAM presses Norway to reconsider hosting 23 events (list published November 27)"], 0, 0,
   "Nothing extracted. The 'boycott movement' is background with no party acting; not coded."),
 "ngec-0048": (["COOPERATE: HRW and the Cambodian Centre for Human Rights begin working together (mutual)",
                "ACCUSE (investigate): they form a group of experts to assess human rights abuses in Cambodia"], 0, 0,
   "Nothing extracted."),
 "ngec-3457": ([], 0, 0,
   "An election result (voters voted for a change in government) is no PLOVER act; nothing to code."),
 "ngec-3836": (["ACCUSE (disapprove): supporters of the jailed Occupy leader renew their opposition to Hong Kong's handover to China"], 0, 0,
   "Nothing extracted. 'jailed' is an adjective of background; not coded."),
 "ngec-2332": (["AGREE: France, Cote d'Ivoire and Togo agree to boost financial and economic ties (mutual)"], 1, 0,
   "Found as AGREE; its source has only France and its target is empty (arguments not scored here)."),
 "ngec-4062": (["ASSAULT: a local group's series of bomb attacks in rural China, 65 killed",
                "ACCUSE (allege): the Chinese government says the local group is responsible"], 0, 0,
   "Nothing extracted."),
 "ngec-3377": (["REQUEST (meet): Latvia's Berzins seeks a meeting with Uzbekistan's Karimov this week"], 1, 0,
   "Found with the right type and arguments."),
 "ngec-4449": (["REQUEST: Hezbollah calls for a renewed offensive in South Monaco to end the siege",
                "ASSAULT: Hezbollah captured South Monaco from the French army in October (seizing ground = ASSAULT)"], 1, 0,
   "The call is found as REQUEST (THREATEN would also be defensible); the October capture is missed. The five-month "
   "siege has no stated agent and is not coded."),
 "ngec-2226": (["COOPERATE: Turkey and Indonesia's militaries hold a joint military exercise (the second sentence's "
                "'will begin in early October' is the same act, coded once)"], 0, 0,
   "Nothing extracted."),
 "ngec-4479": (["REQUEST: Foreign Minister Amina Abdallah says Kenya must abide by its obligations to protect refugees "
                "and the rights of detainees (her country is not given; coded as a demand on Kenya)"], 0, 0,
   "Nothing extracted. If the minister is Kenya's own, this is a statement of commitment rather than a demand; "
   "either way a codable statement."),
}
rows = [json.loads(l) for l in open("paragraphs-a.jsonl")]
tot_c = tot_f = tot_d = tot_s = 0
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    for r in rows:
        ce, found, spur, notes = P[r["doc"]]
        d = dict(doc=r["doc"], coder_events=ce, found=found, dateline_events=len(r["events"]), spurious=spur, notes=notes)
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
        tot_c += len(ce); tot_f += found; tot_d += len(r["events"]); tot_s += spur
print(f"coder events {tot_c}, found {tot_f} ({100*tot_f/tot_c:.0f}%); dateline events {tot_d}, spurious {tot_s}")
