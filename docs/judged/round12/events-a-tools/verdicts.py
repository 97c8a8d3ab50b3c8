"""Judge j14-events-a verdicts (round 12, seed 20261224) -> events-a.jsonl and the precision table.
Fields: ev (holds an event), type, src, tgt, date, mod; 1 right, 0 wrong. A spurious event is wrong in every field."""
import json
OK = (1, 1, 1, 1, 1, 1)
V = {
 1: ((1,1,1,0,1,1), "target: 'a diplomatic visit to Europe' names Europe/EU as the party the postponement is aimed at; empty"),
 2: (OK, ""),
 3: (OK, ""),
 4: (OK, "IMF/World Bank autumn meetings are a joint meeting; mutual CONSULT accepted"),
 5: ((1,1,1,1,0,1), "date: the reaction is undated in the text (doc date 2009-11-05 by rule); 2009-11-03 is the date of GM's cancellation, the act reacted to"),
 6: ((1,1,1,0,1,1), "target: 'the record label' (Apple Corps) is in the sentence; empty"),
 7: ((1,1,1,0,1,1), "target: 'it' = the House spending-bill language (US House) criticised; empty. (source split into 'activist organization'[person] + POGO: same party, accepted)"),
 8: ((1,0,1,1,0,1), "type: a judge's order barring him from working is a restriction (COERCE, cf. CAMEO 173 legal action), not SANCTION; date: Nov 2008 is when he joined Apple, the barring is undated"),
 9: ((1,1,1,1,0,1), "date: the previous sentence gives 'this weekend' (2008-W41) for these meetings; unknown given"),
 10: ((1,1,0,1,1,1), "source: EADS added as signer with FRA; EADS NV is a European (Dutch-registered) multinational, code should be empty; AirTanker right"),
 11: ((1,1,1,0,1,1), "target: 'the proposal' is the Air Force's lease deal (USAF); coded the country United States"),
 12: ((0,0,0,0,0,0), "not an event: 'offering AIG's stockholders a diverse base of income' is not an offer between actors"),
 13: (OK, ""),
 14: ((1,1,0,1,1,1), "source: France (country) added as a protesting party; the employees (FRA plain: four French sites) left without country"),
 15: (OK, "'filed a lawsuit ... this week' -> W13 right"),
 16: (OK, "EC coded EUR accepted"),
 17: ((1,1,1,0,1,1), "target: Apple Corps (the Beatles' company, GBR; GBR in other docs) with empty country"),
 18: (OK, ""),
 19: ((1,1,0,0,0,1), "args reversed: 'it' (GM) received funds from the government; coded recipient = United States government, donor empty; date: background receipt given doc date"),
 20: ((1,1,1,0,1,1), "target: 'it' = the bailout bill; 'Republican Party leaders' (from two sentences back) are not acted upon"),
 21: ((1,1,1,0,1,1), "target: VTB Group (Russian state bank) without country code (Gazprombank kind=person too)"),
 22: ((0,0,0,0,0,0), "not an event: a wish about whom to hire ('Penske wants X to head up the company'); also Penske coded as a country, Chrysler for LaSorda"),
 23: (OK, "background invasion, unknown date right"),
 24: (OK, "date by rule (doc date); the quoted 'today' suggests 2010-05-06"),
 25: (OK, "Romania as target of the offer (the State Property Agency sells) accepted"),
 26: (OK, ""),
 27: (OK, "incidents, no party named: empty target right"),
 28: (OK, ""),
 29: ((1,1,0,1,0,1), "source: 'federal loans' names the US federal government as lender; empty. date: past receipt ('have received', weeks earlier) given doc date"),
 30: (OK, ""),
 31: ((1,1,0,0,1,1), "passive 'has been accused': Obiang is the accused (target), accuser unnamed; coded Obiang as source, target empty (and no GNQ code)"),
 32: ((1,1,0,0,1,1), "roles: the Ligurian police office was attacked (target) by ~100 masked people (source); coded the police as source, target empty"),
 33: ((1,1,0,1,1,1), "source: 'four Eritrean men' named in the sentence; empty"),
 34: (OK, ""),
 35: ((1,1,0,0,0,1), "source: Egyptian security troops (EGY plain) without country; target: 'the office' = Human Rights Center, empty; date: the raid is dated Saturday (2023-06-10) in the lead"),
 36: ((1,1,1,0,1,1), "target: detainees are two Kyrgyz men and a woman; coded only 'woman' with TJK"),
 37: ((0,0,0,0,0,0), "duplicate/not an act: 'threatened to kill' already coded THREATEN from this sentence; the kill is the threat's content, not an asserted ASSAULT"),
 38: ((1,0,1,1,1,1), "type: defending his call for O'Neill to resign is the demand (REQUEST), not SUPPORT of O'Neill"),
 39: (OK, ""),
 40: (OK, "sentence-level: restates the visit, coded by rule"),
 41: (OK, ""),
 42: ((0,0,0,0,0,0), "not an event: 'Cebrian's unwillingness to take part in the political fray' coded AGREE"),
 43: ((1,0,1,1,0,1), "type: 'until the army arrived' is a deployment (MOBILIZE), not AID; date: the protest is dated Wednesday (2023-06-14) in the previous sentence"),
 44: ((1,1,0,0,0,1), "source: the attacker is 'an unnamed foreign power', coded the US investigators; target: US internet backbone (USA) empty; date: attack of unknown earlier time given doc date"),
 45: ((1,0,1,1,1,1), "type: rockets fired into the sea as a show of defiance = MOBILIZE (CAMEO 150) / THREATEN, not ASSAULT (no target attacked)"),
 46: ((0,0,0,0,0,0), "not an event: 'took part in the killing' coded AGREE"),
 47: ((1,1,0,1,1,1), "source: Australia appears nowhere in the sentence (passive, signers unnamed -> empty)"),
 48: ((1,1,1,0,1,1), "target: 'a number of Palestinian youths' detained is in the sentence; empty"),
 49: (OK, ""),
 50: (OK, "odd synthetic text, coded as written"),
 51: (OK, ""),
 52: ((1,1,0,0,1,1), "source: 'United State' left without USA; target: 'them' = the rebel groups, plus the label 'Islamic terrorists' coded as an actor"),
 53: ((1,1,0,0,1,1), "source: 'four people' are those killed, not the demonstrators; target: Monaco is the place, the protest is against a football match"),
 54: ((1,1,0,1,1,1), "source: protesters in 'the Gulf Arab state' (Bahrain) coded USA"),
 55: ((1,1,0,1,1,1), "source: 'a suspected U.S. attack' names the US; empty"),
 56: (OK, "referendum approval coded SUPPORT accepted"),
 57: ((1,1,0,0,0,1), "source: IS-led Islamist groups given FRA; target: France (suffered the attacks) empty; date: attacks 'since 2015' given doc date"),
 58: ((1,0,1,0,1,1), "type: pressing defamation charges is legal accusation (ACCUSE/COERCE), not REQUEST; target: the newspaper Novay, coded Russia + Nigerian citizens + Russian government"),
 59: ((1,1,0,0,1,1), "source: text says Côte d'Ivoire's President (CIV), coded TGO; target: Chile government added to Cuba"),
 60: ((1,1,1,0,1,1), "target: two police officers and a civilian were killed; coded only the civilian"),
}
F = ["ev", "type", "src", "tgt", "date", "mod"]
items = [json.loads(l) for l in open("events-a-tools/sample.jsonl")]
out = open("events-a.jsonl", "w")
rows = []
for it in items:
    v, why = V[it["n"]]
    d = dict(zip(F, v)); d["all"] = int(all(v))
    rows.append((it["corpus"], d))
    out.write(json.dumps({"kind": "event", "n": it["n"], "corpus": it["corpus"], "doc": it["doc"], "event_id": it["event_id"],
        "trigger": it["trigger"], "type_given": it["type"], **{k: ("y" if x else "n") for k, x in d.items()}, "reason": why}, ensure_ascii=False) + "\n")
def table(sel, name):
    n = len(sel); cols = F + ["all"]
    print(f"| {name} | {n} | " + " | ".join(f"{sum(d[c] for d in sel)} ({100*sum(d[c] for d in sel)/n:.0f}%)" for c in cols) + " |")
print("| set | n | " + " | ".join(F + ["all"]) + " |")
print("|---|---|" + "---|" * 7)
mt = [d for c, d in rows if c == "meantime"]; st = [d for c, d in rows if c == "stories"]
table(mt, "MEANTIME"); table(st, "stories"); table(mt + st, "all 60")
table([d for d in mt if d["ev"]], "MEANTIME real"); table([d for d in st if d["ev"]], "stories real"); table([d for d in mt + st if d["ev"]], "all real")
