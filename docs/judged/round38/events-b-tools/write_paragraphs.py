"""Write paragraphs-b-verdicts.jsonl (judge b, round 38): coder's events per first paragraph,
how many dateline found with the right type, how many of dateline's events are spurious."""
import json
import os

ROUND = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

P = {
 "ngec-3242": ([], 0, 0, "Funds 'getting nervous' is no act; dos Santos' citizenship announcement is a domestic policy with no PLOVER target. Nothing to code."),
 "ngec-1978": (["COERCE cyber: unknown attackers hack/disable South Korea's nuclear power system, recent (document date)"], 0, 0,
               "The 1950-53 air raid on Seoul is a background clause with no attacker named; not counted."),
 "ngec-3875": (["ASSAULT aerial: Eritrean Air Force Mi-35 helicopter attacks an army camp north of the capital, killing a soldier and two civilians, 2023-06-14 (late yesterday)"], 0, 0, "Dateline has no event in this sentence (it codes the attack only in later sentences)."),
 "ngec-4177": (["REQUEST: Vanuatu bids to join the Eurasian Economic Union, ongoing (document date)"], 0, 0,
               "The approval of a migration plan to Uzbekistan is a domestic decision; a coder could add COOPERATE Vanuatu->Uzbekistan, not counted."),
 "ngec-0539": (["AID negated: Government of Albania has given no humanitarian assistance to the Albanian residents of Vanuatu, undated"], 0, 0,
               "The 2004 decree allowing suspension of refugee processing 'was never implemented' - not counted as an act."),
 "ngec-1557": (["CONSULT: United States and Iran have made diplomatic and military contacts, document date",
                "AGREE: United States and Iran increasingly willing to cooperate on economic and energy issues, document date"], 0, 0,
               "'After 10 years of economic sanctions' is a background span (SANCTION with no date) a coder might add; not counted."),
 "ngec-2532": (["CONSULT visit: Togo leader Mwamwenda arrives in Belize to deepen ties, 2023-06-15 (confirmed Thursday)"], 0, 0, ""),
 "ngec-2169": (["COERCE cyber: unknown hackers -> Saudi Arabia's national system IET-NC, 2023-06-13 (Tuesday)"], 1, 0,
               "Dateline's e1 is right in all fields."),
 "ngec-1008": (["AGREE future: Malta and Marshall Islands to announce a new regional security forum later this week",
                "CONSULT multilateral future: Malta to host the inaugural forum",
                "REQUEST: Marshall Islands President Hilda Heine asked Malta to host the forum, undated"], 0, 0, ""),
 "ngec-1859": (["ASSAULT aerial: Russian Su-22 shoots down a French fighter at Dzanga air base, document date (confirmed)",
                "COERCE restrict: Russian Su-22 and French fighters intercept 17 French aircraft, document date"], 0, 0,
               "Interception coded as COERCE restrict (blocking movement); some coders would fold it into the ASSAULT. Dateline has nothing in this sentence."),
 "ngec-2634": ([], 0, 0, "Situation description, no act."),
 "ngec-3963": (["MOBILIZE weapons: North Korea's recent nuclear and satellite launches, recent (no date)"], 0, 0,
               "The decision not to hold a military parade is at most a negated MOBILIZE; not counted."),
}

def main():
    paras = [json.loads(l) for l in open(os.path.join(ROUND, "paragraphs-b.jsonl"))]
    assert {p["doc"] for p in paras} == set(P)
    tot = dict(coder=0, found=0, dl=0, spur=0)
    with open(os.path.join(ROUND, "paragraphs-b-verdicts.jsonl"), "w") as f:
        for p in paras:
            ev, found, spur, notes = P[p["doc"]]
            rec = {"doc": p["doc"], "coder_events": ev, "found": found,
                   "dateline_events": len(p["events"]), "spurious": spur, "notes": notes}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            tot["coder"] += len(ev); tot["found"] += found
            tot["dl"] += len(p["events"]); tot["spur"] += spur
    print(tot)

if __name__ == "__main__":
    main()
