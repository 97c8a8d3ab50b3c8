"""Judge's verdicts (written by hand after reading each sentence and its context) -> events-a.jsonl + tallies.
V[n] = (event, type, source, target, date, modality, reasons); 1 = right, 0 = wrong."""
import json
Y, N = 1, 0
V = {
 1: (N, N, N, N, N, N, "event: 'The attack was part of a campaign' refers back to the gunmen's attack already reported; a topic, no new act, no parties"),
 2: (Y, Y, Y, N, Y, Y, "target: the request is addressed to the NTIA (asked to do the review), named in the sentence; empty"),
 3: (Y, Y, Y, N, Y, Y, "target: 'military' is what is withdrawn, not a party acted upon; the counterpart (government) is not in the sentence, so empty would be right"),
 4: (Y, Y, Y, N, Y, Y, "target: the protesters (kept from the entrance) are named in the sentence, empty; note mode 'arrest' is wrong (a cordon is COERCE/restrict)"),
 5: (Y, Y, Y, Y, Y, Y, "ok (CAMEO 081 -> CONCEDE); 'Cocos Islands organization' given as the territory CCK, accepted"),
 6: (Y, Y, N, N, Y, Y, "source: 'Pacific island' with no country, the party is Palau (PLW); target: the counterpart offering the aid (US Congress) is named, empty"),
 7: (Y, Y, Y, Y, Y, Y, "ok"),
 8: (Y, Y, Y, N, Y, Y, "target: 'Mbando' is the place; the host named in the sentence is President Nana Akufo-Addo. Date 06-22 for 'will travel on Thursday' accepted"),
 9: (Y, Y, Y, Y, Y, Y, "ok (host Vanuatu via Port Vila)"),
 10: (Y, Y, Y, Y, N, Y, "date: background act ('eventually indicted' after the 2014 attack), time not given -> unknown; document date wrong"),
 11: (Y, Y, Y, Y, Y, Y, "ok"),
 12: (N, N, N, N, N, N, "event: 'armed men who were armed with rifles' is an adjective, not an AID act"),
 13: (Y, Y, Y, Y, Y, Y, "ok ('It' = Philippines Army)"),
 14: (Y, Y, Y, Y, N, Y, "date: text gives Friday (2023-06-09) for the announcement of the reached deal; unknown is wrong"),
 15: (N, N, N, N, N, N, "event: appointing a minister is a domestic personnel act, not a PLOVER act (not COOPERATE); also dated document date though it preceded April"),
 16: (Y, Y, Y, N, Y, Y, "target: woman arrested on the West Bank given ISR; the text gives no nationality (empty, or PSE at most)"),
 17: (N, N, N, N, N, N, "event: headline 'Ginsburg Has a Heart Attack' is not a political act"),
 18: (Y, Y, Y, N, Y, N, "target: 'the two governments' (Italy/Colombia, antecedent in previous sentence) -> empty wrong; modality: 'would continue to work' is future, coded asserted"),
 19: (Y, Y, N, N, N, Y, "source: the governor asked (Enemu is only the speaker); target: 'him' = Enemu, not Jonathan; date: February is the Court's order in the previous sentence, the asking is undated"),
 20: (Y, Y, Y, Y, Y, Y, "ok"),
 21: (Y, Y, Y, Y, Y, Y, "ok (arrester unnamed; head of the committee, EGY)"),
 22: (Y, Y, Y, Y, Y, Y, "ok (1848 signing; da Gama/Louis XVI coded as PRT/FRA, accepted)"),
 23: (Y, Y, N, N, N, Y, "source: 'leaders[PRK]' - the two nations are the US and South Korea (mutual); target: North Korea is the topic talked about; date: 'last week' -> 2023-W23, not document date"),
 24: (Y, Y, Y, Y, Y, N, "modality: the shoot-down is confirmed by the French military -> asserted (reported_by French military); coded reported with reported_by Russia"),
 25: (Y, Y, Y, Y, Y, Y, "ok (same party listed twice, once without a country)"),
 26: (Y, N, Y, N, Y, Y, "type: police stations raided by rioters in the unrest = ASSAULT, not a police raid (COERCE/seize); target: the police stations (police) are named, empty"),
 27: (Y, Y, N, N, Y, Y, "source: the Navy is the victim (its ship sunk), not the attacker (unnamed -> empty); target: the navy ship, empty"),
 28: (Y, Y, N, Y, Y, Y, "source: 'Target' (the store) - the sentence says the workers ('they') made the arrests"),
 29: (Y, Y, Y, Y, N, Y, "date: the text gives March 2010 for the signing; document date wrong"),
 30: (Y, Y, Y, Y, Y, Y, "ok (August -> 2022-08)"),
 31: (Y, Y, Y, Y, Y, Y, "ok"),
 32: (Y, Y, Y, Y, Y, Y, "ok (since November -> 2022-11)"),
 33: (Y, N, Y, N, Y, Y, "type: 'backed off' the threat is a de-escalation, not SUPPORT (the 'backing' came from the Gambian president); target: the Gambia is named, empty"),
 34: (Y, Y, Y, N, Y, Y, "target: California is the place of the rally; the protest's target is not given -> empty"),
 35: (Y, Y, Y, Y, Y, Y, "ok (reported_by should be 'He'/Gushchin; modality asserted right)"),
 36: (Y, Y, Y, Y, N, Y, "date: 'three days after Sweden lifted' -> the lifting was 2023-04-25, coded 04-28"),
 37: (Y, Y, Y, Y, Y, Y, "ok (signed at the Tuesday talks)"),
 38: (Y, Y, Y, Y, Y, Y, "ok"),
 39: (Y, Y, Y, N, Y, Y, "target: Abaye is the person to be released, not the negotiating counterpart (unnamed -> empty)"),
 40: (Y, Y, Y, N, N, Y, "target: protest is against the Indian government; Lesotho is only the road's location; date: 'last week' dates the Indian decision, not the blockade (document date)"),
 41: (Y, Y, Y, Y, Y, Y, "ok (1990s given as decade '199')"),
 42: (N, N, N, N, N, N, "event: Thein Sein visiting his own country's mission is no interaction with another actor; Bulgaria is not the host"),
 43: (Y, Y, Y, Y, Y, Y, "ok"),
 44: (Y, Y, Y, Y, Y, Y, "ok (critic unnamed in sentence)"),
 45: (Y, Y, Y, Y, Y, Y, "ok"),
 46: (Y, Y, Y, N, Y, Y, "target: the attackers condemned ('a small group of armed men', the rebels) are in the sentence; empty"),
 47: (N, N, N, N, N, N, "event: seizing weapons while storming the station is part of the ASSAULT already coded from this sentence (e9); COERCE/seize is for authorities"),
 48: (Y, Y, Y, N, Y, Y, "target: adds Libya (country) beside Saadi"),
 49: (Y, Y, Y, Y, Y, Y, "ok"),
 50: (Y, Y, Y, Y, N, Y, "date: the text places the defeat in the mid-1980s; unknown wrong"),
}
K = ["event", "type", "source", "target", "date", "modality"]
rows = [json.loads(l) for l in open("sample_events.jsonl")]
out = open("../events-a.jsonl", "w")
tot = {k: 0 for k in K + ["all"]}
real = {k: 0 for k in K + ["all"]}
nreal = 0
for r in rows:
    v = V[r["n"]]
    d = {k: bool(x) for k, x in zip(K, v[:6])}
    if not d["event"]:
        d = {k: False for k in K}
    d["all"] = all(d.values())
    r["verdict"] = d
    r["reasons"] = v[6]
    out.write(json.dumps(r) + "\n")
    for k in d:
        tot[k] += d[k]
        if d["event"]:
            real[k] += d[k]
    nreal += d["event"]
print("field    all50        real(%d)" % nreal)
for k in K + ["all"]:
    print(f"{k:9} {tot[k]:2}/50 {100*tot[k]/50:3.0f}%  {real[k]:2}/{nreal} {100*real[k]/nreal:3.0f}%")
