"""Verdicts of judge j13-events-c (round 11, seed 20261221) -> ../events-c.jsonl and the precision table.
Columns: event, type, source, target, date, modality (1 = right); a spurious event (event=0) is wrong in all fields."""
import json

V = {  # n: (event, type, src, tgt, date, mod, reason)
 1: (1,1,1,1,1,1, ""),
 2: (0,0,0,0,0,0, "spurious: a plane tour 'has been delayed' (engine trouble) is no act between political actors"),
 3: (1,1,1,1,1,1, ""),
 4: (0,0,0,0,0,0, "spurious: analysts 'blame' market losses on recession fears = causal attribution, not an accusation against the US"),
 5: (1,1,1,1,1,1, ""),
 6: (1,1,1,1,1,1, "AGREE accepted for 'agreed to a deal' (SUPPORT/sign would also do)"),
 7: (1,1,1,1,1,1, "W13 right: body says filed 'this week'"),
 8: (1,1,1,1,1,1, "borderline: 'did not object' inside a condition; negated ACCUSE accepted, empty target right (a purchase, no party)"),
 9: (1,1,1,1,1,1, ""),
 10: (1,1,1,1,1,1, "empty target right: counterpart not in the sentence"),
 11: (1,1,1,0,1,1, "target: Apple Computer is named in the sentence as the party sued; empty"),
 12: (1,1,1,1,1,1, "background receipt, undated -> unknown is right"),
 13: (1,1,1,0,1,1, "target: Magna (the deal partner) named in the sentence; empty"),
 14: (1,1,1,1,1,1, ""),
 15: (1,1,1,1,1,1, ""),
 16: (0,0,0,0,0,0, "spurious: 'tapped a European company ... to provide a tanker' is a contract award, not AID by the Air Force; the act in the sentence is Murray's criticism (ACCUSE)"),
 17: (0,0,0,0,0,0, "spurious: Penske 'wants' two executives to head the company = a preference, no request to a party; Penske typed as a country"),
 18: (1,1,1,0,1,1, "target: 'United States' is not in the sentence; the approved measures are aid for the automakers"),
 19: (1,1,1,1,1,1, "Airbus coded FRA accepted (seat in France)"),
 20: (1,1,1,0,1,1, "target: UAW as its own target (mutual rule misapplied to one party); hypothetical right"),
 21: (1,1,1,1,1,1, ""),
 22: (1,1,0,1,1,1, "source: 'employees' have no country though 'French sites' makes FRA plain; France the state added as co-source"),
 23: (1,1,1,1,1,1, ""),
 24: (1,1,1,1,1,1, ""),
 25: (1,1,1,1,1,1, "source name mangled ('Air Force for Acquisition Marvin Sambur', kind organization) but it is Sambur, USA"),
 26: (1,1,1,0,0,1, "target: the funds were received by GM ('it'), not the US government; date: background receipt given the document date"),
 27: (1,1,1,1,1,1, "'them' -> Federal Reserve right; last Friday = 2007-08-03 right"),
 28: (1,1,1,0,1,1, "target: 'the government' is the US government, not Brazil's"),
 29: (1,1,1,1,1,1, ""),
 30: (1,1,1,1,1,1, ""),
 31: (1,1,1,0,1,1, "target: the local population named as recipients; empty"),
 32: (1,1,1,1,1,1, ""),
 33: (1,1,1,0,1,1, "target: 'our NATO ally' = Cyprus, not NATO"),
 34: (1,1,1,1,0,1, "date: 'two days' before the deal signed on Friday (2023-06-09) = 2023-06-07, not the document date"),
 35: (0,0,0,0,0,0, "spurious: 'The strike is the latest of several challenges' describes the strike, no act"),
 36: (1,1,1,0,1,1, "target: the pro-Russian rally / 34 people are named; empty"),
 37: (1,1,1,0,0,1, "target: 'government forces' named; date: news act 'said on Wednesday' -> 2023-06-14 (or dct), not null"),
 38: (1,1,0,1,0,1, "type COERCE right (taking over a city = CAMEO 192 occupy, COERCE; mode 'arrest' wrong); source: 'military forces' no country, AGO plain; date: 'on Sunday' -> 2023-06-11, not dct"),
 39: (1,1,1,0,1,1, "target: 'people crossing the bridge' named as victims; empty (borderline)"),
 40: (1,1,1,0,1,1, "target: the group of nine arrested, not Canada"),
 41: (1,1,1,1,1,1, "suspending a strike: RETREAT accepted (implemented; CAMEO 082 maps to CONCEDE)"),
 42: (0,0,0,0,0,0, "spurious: bank 'hit with several defaults' is financial, not ASSAULT"),
 43: (1,1,1,0,1,1, "target: 'the president' (Azerbaijan's) named by description; empty"),
 44: (1,1,0,0,1,1, "source: NGO lacks ISL ('Icelandic') and Sondergaard (the investigated) added as co-source; target: Sondergaard/Faroe officials empty"),
 45: (1,1,1,1,1,1, "source 'chief' lacks a code but its Nigerian corporation is coded NGA; accepted"),
 46: (1,0,0,0,1,1, "type: recommending a suspension is REQUEST (or ACCUSE), not THREATEN; source: Eckert (FIFA ethics chair) coded BRB; target: 'two others' empty"),
 47: (1,1,0,0,1,1, "source: journalists are the ones to be arrested (target); the security forces are the source; target empty"),
 48: (1,1,1,0,1,1, "target: Bhutan named in the sentence, the party of the border dispute; empty (borderline)"),
 49: (1,1,1,1,1,1, "statement date Tuesday before 'October 30' dateline accepted"),
 50: (1,1,1,1,1,1, "Somalians missing from target: partial, accepted"),
 51: (1,1,1,1,1,0, "modality: the trip was cancelled -> negated, not asserted"),
 52: (1,1,0,0,0,1, "source: 'North Korea government' is not the youth association; target: group as its own target; date: text says May 23-24, 2014, given 2023-05-23"),
 53: (1,1,1,1,1,1, ""),
 54: (1,0,1,1,1,1, "type: an adviser saying the rebels would carry out more attacks is a THREATEN (statement), not a future ASSAULT"),
 55: (1,1,0,1,1,1, "source: the accuser is the group/coalition, WTO is the addressee"),
 56: (1,1,1,0,1,1, "target: the nine supporters were killed, not Paul Kagame"),
 57: (0,0,0,0,0,0, "spurious: officials 'scramble to find a solution' is no agreement"),
 58: (1,1,1,1,1,1, ""),
 59: (1,1,1,0,1,1, "target: Niger and Guinea come from 'Niger Delta' / 'Gulf of Guinea'; the partner is the other navy (Portugal's)"),
 60: (1,1,1,1,1,1, ""),
}
F = ["event", "type", "source", "target", "date", "modality"]
sample = [json.loads(l) for l in open("sample.jsonl")]
with open("../events-c.jsonl", "w") as out:
    for s in sample:
        v = V[s["n"]]
        d = dict(zip(F, [bool(x) for x in v[:6]]))
        d["all"] = all(v[:6])
        out.write(json.dumps({"n": s["n"], "corpus": s["corpus"], "doc": s["doc"], "event_id": s["event_id"],
                              "type_given": s["type"], "trigger": s["trigger"], **d, "reason": v[6]}) + "\n")
rows = [json.loads(l) for l in open("../events-c.jsonl")]
def pct(sub, f):
    k = sum(r[f] for r in sub); return f"{k}/{len(sub)} ({100*k/len(sub):.0f}%)" if sub else "-"
groups = [("MEANTIME 30", [r for r in rows if r["corpus"] == "meantime"]),
          ("stories 30", [r for r in rows if r["corpus"] == "stories"]),
          ("all 60", rows)]
groups += [(g + " real", [r for r in sub if r["event"]]) for g, sub in groups]
print("| set | " + " | ".join(F + ["all"]) + " |")
print("|---" * 8 + "|")
for g, sub in groups:
    print(f"| {g} | " + " | ".join(pct(sub, f) for f in F + ["all"]) + " |")
