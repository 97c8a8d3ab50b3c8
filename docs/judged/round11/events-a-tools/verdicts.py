"""The judge's verdicts (hand-written), joined with the sampled items into events-a.jsonl, and the tallies."""
import json
import sys

F = ["event", "type", "source", "target", "date", "modality"]
ALL1 = (1, 1, 1, 1, 1, 1)
SP = (0, 0, 0, 0, 0, 0)
V = {  # n: (event, type, source, target, date, modality), reasons for the wrong fields
    1: ((1, 1, 1, 0, 1, 1), {"target": "Lehman Brothers, the party BoA and Barclays were negotiating over (named in the sentence), missing"}),
    2: ((1, 1, 1, 0, 1, 1), {"target": "'the company' is GM (the same sentence: 'GMs largest individual investor'); coded Toyota. (Source 'aide' kept as right party/country although sector GOV is wrong)"}),
    3: ((1, 1, 1, 0, 1, 1), {"target": "VTB Group without country (RUS); Gazprombank coded as a person"}),
    4: ((1, 1, 1, 1, 0, 1), {"date": "dated 2009-11-03, the date of GM's cancellation (another act); the text gives no date for the reaction, so document date (or unknown)"}),
    5: (SP, {"event": "'Penske wants X and Y to head up the company' is a hiring preference, not a request made to a party (and Penske coded as a country)"}),
    6: (ALL1, {}),
    7: (SP, {"event": "'Analysts blamed the slide on a number of factors' attributes a market fall to causes; no accusation of a party"}),
    8: (SP, {"event": "'an American tanker, flown by American airmen' coded AID by the United States: no act"}),
    9: ((1, 1, 0, 1, 1, 1), {"source": "EADS (the consortium's parent, in an apposition) added as a co-signer with country FRA; EADS is a multinational (Dutch NV) whose code is empty"}),
    10: (ALL1, {}),
    11: ((1, 1, 0, 0, 1, 1), {"source": "Cerberus coded as a person without country; the previous sentence says 'New York City-based' (USA)", "target": "Chrysler, whose costs Cerberus agreed to take on, named in the sentence, missing"}),
    12: (SP, {"event": "'loaning General Motors money ... would have been doing exactly that' is a counterfactual in Obama's argument, coded an asserted AID"}),
    13: (ALL1, {}),
    14: ((1, 1, 1, 0, 1, 1), {"target": "'the government' is the US government (headline and previous paragraph); coded Brazil government"}),
    15: (ALL1, {}),
    16: ((1, 1, 1, 0, 1, 1), {"target": "'airlines' are Indonesian ('local airlines' in the next sentence); country code missing"}),
    17: ((1, 0, 1, 1, 0, 1), {"type": "a judge barring a person from working is COERCE (ban/restrict), not SANCTION", "date": "2008-11 is when Papermaster joined Apple (another act); the text gives no date for the bar"}),
    18: ((1, 1, 1, 1, 0, 1), {"date": "the previous sentence says the meetings 'will be held this weekend' (2008-W41-WE); null/unknown given"}),
    19: ((1, 1, 1, 0, 1, 1), {"target": "the U.S. Air Force, whose contract bidding is to be re-run (named in the sentence), missing"}),
    20: (ALL1, {}),
    21: (ALL1, {}),
    22: (ALL1, {}),
    23: ((1, 1, 0, 0, 1, 1), {"source": "ABC (US broadcaster) without country code (mutual event: same error on both sides)", "target": "ABC without country code"}),
    24: ((1, 1, 1, 0, 1, 1), {"target": "the Democrats voted with the Republicans against the bill; Republicans coded as the target (no party target; the bill)"}),
    25: (SP, {"event": "'offering AIG's stockholders a diverse base of income' is business description, coded AGREE"}),
    26: (SP, {"event": "'tapped a European company ... to provide a tanker' in Murray's criticism coded as AID by the Air Force to the military; the supplier is the European company and there is no aid act"}),
    27: (ALL1, {}),
    28: ((1, 1, 1, 0, 1, 1), {"target": "Magna, the counterparty of the cancelled deal (named in the sentence), missing"}),
    29: (ALL1, {}),
    30: (ALL1, {}),
    31: ((1, 1, 1, 0, 0, 0), {"target": "the detained 'hundreds of migrants' (named in the sentence) missing", "date": "'media reported Wednesday' (2023-06-14): the detention cannot be dated the document date 06-15", "modality": "'are believed to have been detained, media reported' is a reported claim; asserted with no reported_by"}),
    32: (ALL1, {}),
    33: ((1, 1, 1, 1, 1, 1), {"note": "attacks referred to inside Boko Haram's statement of motive; accepted as an event"}),
    34: (ALL1, {}),
    35: (ALL1, {}),
    36: (ALL1, {}),
    37: ((1, 1, 0, 1, 1, 1), {"source": "'They' are the guards/military vehicles deployed (previous sentence), not the National Assembly that reported them"}),
    38: (ALL1, {}),
    39: ((1, 1, 1, 0, 1, 1), {"target": "'banned themselves': the reflexive pronoun is the parties; target empty. (A coder may well not code a self-ban at all)"}),
    40: (SP, {"event": "'stipulated that PNG provide for the repatriation' is the content of an MoU clause, coded an asserted AID"}),
    41: ((1, 1, 1, 0, 1, 0), {"target": "'the Sahel' is a region, coded as a US person", "modality": "'has no plans for ... permanently stationed personnel' is negated; coded asserted"}),
    42: (ALL1, {}),
    43: ((1, 1, 0, 0, 1, 1), {"source": "the Myanmar army imposed the restriction; coded 'all Muslims' as the source", "target": "the Muslims restricted missing"}),
    44: ((1, 1, 0, 0, 1, 1), {"source": "'three suspected militants' (the attackers, same sentence) missing", "target": "'19 people' killed in Dresden (DEU) missing"}),
    45: ((1, 1, 1, 1, 1, 0), {"modality": "'according to the paper' (The Telegraph): no reported_by"}),
    46: (SP, {"event": "'Vanuatu exports its oil and gas to ... China, India, Japan and Korea' is a standing trade description, not an act"}),
    47: ((1, 0, 1, 1, 1, 1), {"type": "vowing 'Israel will never take a step back' is defiance (REJECT, refuse to yield), not AGREE"}),
    48: (ALL1, {}),
    49: ((1, 1, 1, 1, 0, 1), {"date": "'The United States had said it rejected' is an earlier background act; given the document date"}),
    50: (ALL1, {}),
    51: ((1, 1, 1, 1, 1, 1), {"note": "'Greenland's former premier' coded DNK; accepted (Greenland is in the Danish realm; GRL would also be right)"}),
    52: ((1, 1, 0, 1, 1, 0), {"source": "the striking 'hundreds of workers' (same sentence) missing", "modality": "inside the minister's claim ('had claimed that ... had joined the strike'): reported, coded asserted"}),
    53: (SP, {"event": "'The plan calls for Ukraine to pay less' is the content of a plan, not a request act (sentence also truncated)"}),
    54: ((1, 1, 1, 1, 1, 0), {"modality": "'an official ... said': no reported_by"}),
    55: (ALL1, {}),
    56: ((1, 1, 1, 0, 1, 1), {"target": "the 'National Liberation Army (KNL), a separatist group' in Latvia coded as Colombia's ELN (COL)"}),
    57: (SP, {"event": "'They want Niue to have a better relationship with the United States' is a wish inside a quote, coded REQUEST by Niue"}),
    58: (ALL1, {}),
    59: ((1, 1, 1, 1, 1, 0), {"modality": "quote closed by 'Ndongane stated': no reported_by"}),
    60: (SP, {"event": "'police are unable to confirm if anyone has been arrested' reports no arrest; coded an asserted COERCE"}),
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
