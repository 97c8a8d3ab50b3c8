"""Combine the hand verdicts below with the sampled events; write events-b.jsonl and print the table.

Verdict string per item: six letters for event,type,source,target,date,modality (1 right, 0 wrong);
a spurious event (event=0) counts wrong in every field. Reasons name each wrong field.
"""
import json
OUT = "/tmp/j11-events-b"
FIELDS = ("event", "type", "source", "target", "date", "modality")
V = {
 1: ("0", {"event": "participle 'offering ... a diverse base of income' describes AIG's history; no event"}),
 2: ("111111", {}),
 3: ("111111", {}),
 4: ("111010", {"target": "General Motors (the borrower) is in the sentence, target empty",
                "modality": "counterfactual ('would have been doing exactly that'): never happened, coded asserted"}),
 5: ("111111", {}),
 6: ("111111", {}),
 7: ("111111", {}),
 8: ("111011", {"target": "mutual settlement: Apple Corps (the other party) missing, target empty"}),
 9: ("111111", {}),
 10: ("111111", {}),
 11: ("110011", {"source": "aide of private investor Kirk Kerkorian coded USA GOV (a government official)",
                 "target": "'the company' is GM, coded Toyota"}),
 12: ("111111", {}),
 13: ("111011", {"target": "the visit postponed was to Europe (the EU, author of the ban): target empty"}),
 14: ("0", {"event": "'an American tanker, flown by American airmen' is a description in a quote, not aid"}),
 15: ("111111", {}),
 16: ("111111", {}),
 17: ("111111", {}),
 18: ("111111", {}),
 19: ("0", {"event": "planes 'would have to be flown into Indonesia' (ferrying aircraft, hypothetical): no MOBILIZE"}),
 20: ("111111", {}),
 21: ("111111", {}),
 22: ("111111", {}),
 23: ("111111", {}),
 24: ("111011", {"target": "the addressee (US Air Force, whose contract is re-bid) is named; target empty"}),
 25: ("111111", {}),
 26: ("111011", {"target": "the proposal rejected was the Air Force's Boeing lease deal; coded 'United States' (country)"}),
 27: ("111011", {"target": "disappointment is at GM's cancellation; coded Magna (also a person, CAN)"}),
 28: ("101111", {"type": "pulling out of (business) negotiations is REJECT/break off talks, not RETREAT 0874 (military)",
                 "target": "the negotiations were over Lehman Brothers; target empty"}),
 29: ("110011", {"source": "Ford has no country code (None), should be USA",
                 "target": "pleaded 'before Congress': Congress named, target empty"}),
 30: ("100011", {"type": "the happening is the Air Force awarding a tanker contract (procurement), not AID 070",
                 "source": "the provider would be the European company (EADS), not the Air Force",
                 "target": "'tanker' coded as a BUS person actor"}),
 31: ("111111", {}),
 32: ("111111", {}),
 33: ("111011", {"target": "the attacked is the Nicaraguan pilot (NIC MIL); coded 'Canal Zone' as a country without code"}),
 34: ("111111", {}),
 35: ("111111", {}),
 36: ("111001", {"target": "'Berlin police' is made from the 'Berlin,' dateline; police were not killed",
                 "date": "'Berlin, December 18 -- ... yesterday': killings were on 2022-12-17, coded 2022-12-18"}),
 37: ("111111", {}),
 38: ("111111", {}),
 39: ("111101", {"date": "Tuesday belongs to the government's announcement in the previous sentence, not the protests (undated)"}),
 40: ("111110", {"modality": "Park 'had called off' the visit: it did not happen, coded asserted CONSULT"}),
 41: ("111111", {}),
 42: ("111111", {}),
 43: ("111111", {}),
 44: ("111111", {}),
 45: ("0", {"event": "'press ahead with plans' is not pressing anyone: no REQUEST"}),
 46: ("111111", {}),
 47: ("110001", {"source": "unknown assailant in a North Korean town coded KOR (South Korea) UAF",
                 "target": "the victim is the policeman; coded 'Panmunjom' as a KOR person",
                 "date": "nearby text dates the incidents 'on Wednesday' (2023-06-14); coded document date"}),
 48: ("111011", {"target": "the sentenced person is 'a Tongan national' (TON); coded Tarek Ameri [ICC IGO]"}),
 49: ("111101", {"date": "detention is clearly older (hunger strike since April 26); document date wrong"}),
 50: ("0", {"event": "bombers 'carrying gasoline bombs' is not AID 072 (the attack is the event)"}),
 51: ("111111", {}),
 52: ("110111", {"source": "the AU was 'seeking to extend their mandate'; coded the United Kingdom"}),
 53: ("111110", {"modality": "'is due to travel ... tomorrow' is scheduled: future, coded hypothetical"}),
 54: ("101011", {"type": "'had discussed enhancing cooperation': the happening is a discussion (CONSULT), not SUPPORT 050",
                 "target": "the other parties (Ghani / Uzbekistan side) missing, target empty"}),
 55: ("111111", {}),
 56: ("111001", {"target": "the assault was on the UN headquarters (UN staff killed): target empty",
                 "date": "a past incident described in a report: clearly older than the document date"}),
 57: ("110001", {"source": "Vasco da Gama coded SLE (Portuguese explorer, PRT); Louis XVI missing",
                 "target": "mutual copy of the same wrong actor list",
                 "date": "an 1848 treaty signing coded with the 2023 document date"}),
 58: ("111110", {"modality": "the withdrawal was only called for ('called for the withdrawal'), coded asserted"}),
 59: ("111111", {}),
 60: ("111111", {}),
}

def main():
    rows = []
    for line in open(f"{OUT}/sample.jsonl"):
        e = json.loads(line)
        code, why = V[e["n"]]
        bits = [int(c) for c in code.ljust(6, "0")]
        verdict = dict(zip(FIELDS, bits))
        verdict["all"] = int(all(bits))
        sent = e.pop("sentence")
        rows.append({"n": e["n"], "corpus": e["corpus"], "sentence": sent, "predicted": e,
                     "verdict": verdict, "reasons": why})
    with open("docs/judged/round9/events-b.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("| field | MEANTIME (all 30) | stories (all 30) | all 60 | MEANTIME real | stories real | all real |")
    print("|---|---|---|---|---|---|---|")
    for fld in FIELDS + ("all",):
        cells = []
        for real in (False, True):
            for corp in ("meantime", "stories", None):
                sel = [r for r in rows if (corp is None or r["corpus"] == corp) and (not real or r["verdict"]["event"])]
                k = sum(r["verdict"][fld] for r in sel)
                cells.append(f"{k}/{len(sel)} ({100*k/len(sel):.0f}%)")
        print(f"| {fld} | " + " | ".join(cells) + " |")

main()
