"""The judge's verdicts (hand-written), joined with the sampled items into events-a.jsonl, and the tallies."""
import json
import sys

F = ["event", "type", "source", "target", "date", "modality"]
ALL1 = (1, 1, 1, 1, 1, 1)
SP = (0, 0, 0, 0, 0, 0)
V = {  # n: (event, type, source, target, date, modality), reasons for the wrong fields
    1: ((1, 1, 0, 1, 1, 1), {"source": "employees left without country (French workers, FRA LAB); France the state added as co-protester"}),
    2: ((1, 1, 1, 0, 1, 1), {"target": "Apple Corps without country code (GBR)"}),
    3: (ALL1, {}),
    4: (SP, {"event": "a delayed aircraft tour is not a political event (delay coded SANCTION)"}),
    5: (ALL1, {}),
    6: (ALL1, {}),
    7: (ALL1, {}),
    8: (SP, {"event": "an airliner flying to Sydney coded CONSULT/visit with the plane as a person"}),
    9: ((1, 1, 1, 0, 0, 1), {"target": "Apple Corps, the other party in the headline, missing", "date": "the lead gives Monday (2007-02-05); document date used"}),
    10: (ALL1, {}),
    11: (ALL1, {}),
    12: ((1, 1, 0, 1, 1, 1), {"source": "Project on Government Oversight (an NGO) coded GOV, plus a spurious 'activist organization' person"}),
    13: ((1, 1, 1, 0, 0, 1), {"target": "Europe/EU, the visit's destination, missing", "date": "'has already postponed' is a recent act: null instead of document date"}),
    14: ((1, 1, 1, 0, 1, 1), {"target": "airlines are Indonesian airlines; country code missing"}),
    15: (ALL1, {}),
    16: ((1, 1, 1, 0, 1, 1), {"target": "the Democrats voted with the Republicans against the bill; Republicans coded as the target"}),
    17: (ALL1, {}),
    18: (ALL1, {}),
    19: (ALL1, {}),
    20: ((1, 1, 1, 0, 1, 1), {"target": "VTB Group without country (RUS)"}),
    21: (ALL1, {}),
    22: (ALL1, {}),
    23: ((1, 1, 1, 1, 1, 0), {"modality": "attributed to 'industry experts say' but asserted without reported_by"}),
    24: (ALL1, {}),
    25: (SP, {"event": "the content of the Republicans' demand (that the UAW agree) coded as a hypothetical AGREE; the demand is already e1"}),
    26: ((1, 1, 1, 0, 1, 1), {"target": "Apple Computer, sued, missing though in the sentence"}),
    27: (ALL1, {}),
    28: (ALL1, {}),
    29: (ALL1, {}),
    30: ((1, 0, 1, 1, 1, 1), {"type": "a bid to buy a plant is not AID (economic cooperation / offer)"}),
    31: ((1, 1, 1, 1, 1, 0), {"modality": "'the police report said': asserted without reported_by"}),
    32: ((1, 0, 0, 0, 0, 1), {"type": "'lent strong support' is political support, not AID", "source": "Djibouti lent the support, not South Korea", "target": "Moon / South Korea missing", "date": "inauguration date, not the date of the support"}),
    33: (ALL1, {}),
    34: (ALL1, {}),
    35: (ALL1, {}),
    36: ((1, 1, 0, 1, 1, 1), {"source": "'the Jordanians' launching an investigation are the authorities; coded civilians (CVL)"}),
    37: ((1, 1, 1, 0, 1, 1), {"target": "the arrested Sahrawi activists coded as target; the protest targets the (Algerian) arresting authorities"}),
    38: (SP, {"event": "'austerity cuts demanded by the government' is a descriptive participle, not a request event"}),
    39: (ALL1, {}),
    40: ((1, 1, 0, 1, 1, 0), {"source": "Reprieve (the reporting NGO, as a SAU person) coded as the assailant", "modality": "reported_by Saudi police; the source of the claim is Reprieve"}),
    41: ((1, 1, 1, 0, 1, 1), {"target": "Zagreb coded BIH and as a person (HRV capital)"}),
    42: (ALL1, {}),
    43: ((1, 1, 0, 0, 1, 1), {"source": "opposition forces coded MIL (state military), Singapore state added as an agreeing party", "target": "mutual rule makes the opposition its own target"}),
    44: (ALL1, {}),
    45: (ALL1, {}),
    46: ((1, 1, 1, 0, 1, 1), {"target": "the protesters warned ('a call to protesters') missing"}),
    47: ((1, 1, 1, 1, 0, 1), {"date": "'has recently released': null instead of document date"}),
    48: ((1, 1, 0, 1, 1, 1), {"source": "the protesters in the same sentence missing"}),
    49: (ALL1, {}),
    50: (SP, {"event": "the content of a demand ('want the government to resign') coded as a hypothetical RETREAT"}),
    51: ((1, 1, 1, 1, 0, 1), {"date": "'last night' dates the deaths, not the continuing investigation"}),
    52: ((1, 1, 0, 1, 1, 0), {"source": "'the group' is the Free State Project, coded Associated Press", "modality": "reported_by AP; the group itself said it"}),
    53: ((1, 1, 0, 0, 0, 1), {"source": "the nine men refused, not the police", "target": "the police (refused) missing", "date": "the sentence gives Dec. 11, 2014; document date used"}),
    54: (ALL1, {}),
    55: (SP, {"event": "'the chance of a person being executed is close to zero' is no event"}),
    56: (SP, {"event": "'it is illegal for the US to loan money' is no event"}),
    57: ((1, 1, 1, 1, 0, 1), {"date": "habitual past ('often held... in some cases') dated to the document date"}),
    58: (ALL1, {}),
    59: (ALL1, {}),
    60: ((1, 1, 1, 0, 1, 1), {"target": "the police they exchanged fire with missing"}),
}
items = [json.loads(l) for l in open(sys.argv[1])]
with open(sys.argv[2], "w") as f:
    for it in items:
        v, why = V[it["n"]]
        verdict = dict(zip(F, map(bool, v)))
        verdict["all"] = all(v)
        f.write(json.dumps({"n": it["n"], "corpus": it["corpus"], "doc": it["doc"], "sentence": it["sentence"].strip(),
                            "predicted": {k: it[k] for k in ("event_id", "trigger", "type", "mode", "cameo", "source", "target", "date", "modality", "reported_by", "rule")},
                            "verdict": verdict, "reasons": why}) + "\n")
rows = []
for field in F + ["all"]:
    cells = []
    for corpus in ("meantime", "stories", None):
        sel = [V[i["n"]][0] for i in items if corpus in (None, i["corpus"])]
        val = [all(v) if field == "all" else v[F.index(field)] for v in sel]
        real = [x for x, v in zip(val, sel) if v[0]]
        cells.append(f"{sum(val)}/{len(val)} ({100*sum(val)/len(val):.0f}%)")
        if field != "event":
            cells.append(f"{sum(real)}/{len(real)} ({100*sum(real)/len(real):.0f}%)")
        else:
            cells.append("—")
    rows.append(f"| {field} | " + " | ".join(cells) + " |")
print("| field | MEANTIME all 30 | MEANTIME real | stories all 30 | stories real | all 60 | all real |")
print("|---|---|---|---|---|---|---|")
print("\n".join(rows))
