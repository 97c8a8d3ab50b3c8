"""Judge j15-events-d verdicts (written by hand after reading each sentence); writes events-d.jsonl and prints the tables.
Columns: event, type, source, target, date, modality (1 right / 0 wrong); a spurious event (event 0) is wrong in every field."""
import json, sys
V = {
 1: (1,1,1,1,1,1, "AGREE for 'settled' a dispute accepted (SUPPORT/057 also defensible)"),
 2: (1,1,1,1,1,1, ""),
 3: (1,1,1,0,1,1, "target: the deal killed is the Air Force lease from Boeing, named in the sentence; target Boeing, not empty"),
 4: (1,1,1,1,1,1, "background receipt, no date in text: unknown is right"),
 5: (1,1,1,0,1,1, "headline; target empty but Apple Corps is named in the same headline as the other party"),
 6: (1,1,1,1,1,1, ""),
 7: (1,1,1,0,1,1, "target Toyota: 'the company' is GM (GM's largest investor); source country USA not stated but accepted"),
 8: (1,1,1,1,1,1, "mutual; both parties listed as both source and target (redundant, accepted)"),
 9: (0,0,0,0,0,0, "not an event: a company's plan to move production; the US is a location, no act toward a political actor"),
 10: (1,1,1,1,1,1, "negated AID; Europe is a destination, empty target accepted"),
 11: (1,1,1,0,1,1, "target 'United States' not named and not the party acted upon; the proposal is the Air Force-Boeing lease (target Air Force/Boeing or empty)"),
 12: (1,1,1,0,1,1, "target empty: the negotiations were over Lehman Brothers, named in the sentence"),
 13: (1,1,1,1,1,1, ""),
 14: (1,1,1,1,1,1, "date from 'this weekend' in previous sentence (same meetings), right"),
 15: (1,1,1,1,1,1, ""),
 16: (1,1,1,1,1,1, "headline; no date for the suit in text, doc date right"),
 17: (1,1,1,1,1,1, "background suit, undated: unknown right"),
 18: (1,1,1,1,1,1, ""),
 19: (1,1,1,0,1,1, "target 'Brazil government': the government is the US government (headline, next sentence: US Treasury)"),
 20: (1,1,1,1,1,1, "'the agreement' is not a party; empty target right"),
 21: (1,1,1,1,1,1, ""),
 22: (1,1,1,1,1,1, "background invasion, no date: unknown right"),
 23: (1,1,1,1,1,1, "Ontario missing, Canada and Germany right"),
 24: (1,1,1,1,1,1, "type right; mode should be strike (boycott), not demo"),
 25: (1,1,1,1,1,1, "'it' is the deal, not a party: empty target right; extra 'activist organization' person actor harmless"),
 26: (1,1,1,0,1,1, "target empty: 'the record label' = Apple Corps"),
 27: (1,1,1,1,1,1, ""),
 28: (1,1,1,0,1,1, "target 'United States' wrong: measures were the automaker loans (automakers or empty); event itself borderline (legislative vote)"),
 29: (1,1,1,1,1,1, "hypothetical (worries that the government will)"),
 30: (0,0,0,0,0,0, "not an event: 'offering' = providing stockholders income; no act"),
 31: (1,1,1,1,1,1, "target Syria for a village in Syria accepted"),
 32: (1,1,1,1,1,1, "investigating a scandal: empty target accepted"),
 33: (1,1,1,1,1,1, ""),
 34: (1,1,1,1,1,1, ""),
 35: (1,1,1,1,1,1, "'since 2005' -> 2005 accepted"),
 36: (1,1,0,1,0,1, "source ELN[COL]: the rebels are the National Liberation Army of a Latvian story (not Colombia); date unknown but the surrender is current news (said Tuesday) -> doc date"),
 37: (1,1,1,0,1,1, "target empty: 'dozens of diplomats' is the party expelled"),
 38: (0,0,0,0,0,0, "not an event: workers killed when a building gave way (accident)"),
 39: (1,1,1,1,0,1, "date: agreed 'just hours' before the Wednesday signing -> 2023-06-14, not the doc date"),
 40: (1,1,1,1,1,1, "SANCTION convict per codebook; August 5 -> 2022 accepted"),
 41: (1,1,1,1,1,1, ""),
 42: (1,1,1,0,1,1, "target empty: the complaint is against Kabila's curfew, Kabila named in the sentence"),
 43: (1,1,1,0,1,1, "garbled sentence; source reading 'it seized' accepted; target empty but 'the U.S. jurisdiction' was seized -> USA; reported_by United States is wrong (speaker is the foreign minister)"),
 44: (0,0,0,0,0,0, "not an event: local authorities passing domestic laws, no act between actors"),
 45: (1,0,1,1,1,1, "type: violating humanitarian law is REJECT (defy norms) or OCHA's ACCUSE, not ASSAULT (no violence reported)"),
 46: (1,1,1,1,1,1, ""),
 47: (1,1,0,0,1,0, "read-more headline: source 'Mugabe Says' (garbled; backer is South Africa), target empty (Zimbabwe), modality future ('Will be backed')"),
 48: (0,0,0,0,0,0, "not an event: pledge of domestic public spending, no counterpart actor"),
 49: (1,1,1,1,1,1, "no detaining agent in the sentence: empty source right"),
 50: (1,1,1,1,0,0, "modality: 'would like to offer' is an offer made (asserted), not hypothetical; date: statement is current news -> doc date, not unknown"),
 51: (1,1,1,0,0,1, "target empty: police vehicles -> Iraqi police; date: Wednesday belongs to a separate incident, this one is undated news -> doc date"),
 52: (1,1,1,1,0,1, "date: Saturday is when he fled; the expulsion came before and is undated"),
 53: (1,1,1,0,1,1, "target country KSV: the text makes Thaci the leader of an Albanian party (ALB) - judgment call against world knowledge"),
 54: (1,1,1,1,1,1, ""),
 55: (1,1,1,1,1,0, "modality: 'vowed to continue protesting' is future"),
 56: (1,1,1,0,0,1, "target empty: Salazar is the accused; date: background accusation (years ago) given doc date"),
 57: (1,1,1,1,0,1, "date: background ('initially blamed', charge dropped weeks after the clash) given doc date"),
 58: (1,0,1,0,0,1, "type: imposing sanctions is COERCE restrict (CAMEO 163), not SANCTION discontinue; target central bank with empty country (it is Uruguay's); date: existing sanctions imposed earlier given doc date"),
 59: (1,1,1,0,0,1, "target empty: the 17 top public servants were detained; date: detentions were last week, not Saturday"),
 60: (1,1,1,1,1,1, "scheduled visit, future, undated: unknown right"),
}
F = ["event", "type", "source", "target", "date", "modality"]
sample = [json.loads(l) for l in open(sys.argv[1])]
out = open(sys.argv[2], "w")
rows = []
for s in sample:
    v = V[s["n"]]
    d = dict(zip(F, v[:6])); d["all"] = int(all(v[:6])); d["reason"] = v[6]
    rows.append((s, d))
    out.write(json.dumps({"n": s["n"], "corpus": s["corpus"], "doc": s["doc"], "event_id": s["event_id"], "trigger": s["trigger"],
                          "dl_type": s["type"], "verdict": d}) + "\n")
def table(sel, real=False):
    sel = [d for s, d in sel if (d["event"] or not real)]
    n = len(sel)
    return n, {f: sum(d[f] for d in sel) for f in F + ["all"]}
for name, pred in [("MEANTIME", lambda s: s["corpus"] == "meantime"), ("stories", lambda s: s["corpus"] == "stories"), ("all", lambda s: True)]:
    for real in (False, True):
        n, c = table([r for r in rows if pred(r[0])], real)
        print(f"{name:9s} {'real' if real else 'all '} n={n:2d} " + " ".join(f"{f}={c[f]}/{n}={100*c[f]/n:.0f}%" for f in F + ["all"]))
