"""Verdicts of judge j14-events-d (round 12) on sample.jsonl; writes ../events-d.jsonl and prints the tables.
Fields: holds, type, source, target, date, modality (y/n); reasons for every 'n'. Spurious -> all n."""
import json
F = ["holds", "type", "source", "target", "date", "modality"]
SP = "spurious"
V = {
 1: ("", {}, "negated disapproval ('did not object'); coded as ACCUSE negated, acceptable"),
 2: ("", {}, "mutual signing, both parties listed both ways"),
 3: ("", {"target": "'the nation's top banks' is the party urged (RUS); target empty"}, ""),
 4: ("", {}, "offer to the Romanian state's plant; 'said Friday' = 2007-09-07"),
 5: ("", {}, ""),
 6: ("", {}, ""),
 7: ("", {"target": "'the record label' = Apple Corps (GBR), named by description in the sentence; target empty"}, ""),
 8: ("", {}, "'want X to' taken as REQUEST"),
 9: ("", {"target": "suit against Apple Computer, named in the same sentence; target empty"}, ""),
 10: ("", {}, ""),
 11: ("", {"date": "background suits (earlier lawsuits, 1978/1989 per article) given the document date"}, ""),
 12: ("", {}, ""),
 13: ("", {"target": "the 31 Republicans voted WITH the Democrats (co-actors), not the target; the thing rejected is the bill (no party)"}, "voting against a bill taken as REJECT (marginal as an event)"),
 14: ("", {}, "'this week' -> 2006-W13 right"),
 15: ("", {"type": "the act is Republican leaders' demand (REQUEST) on the UAW; 'agree' is only the demanded content",
           "source": "source should be Republican Party leaders, not the UAW",
           "date": "the demand is reported news (document date); null/unknown given",
           "modality": "the demand is asserted; 'hypothetical' fits only the demanded content"}, "target UAW right"),
 16: ("", {"target": "visit to Europe postponed over the EU ban: Europe/EU is the party; target empty"}, ""),
 17: ("", {"date": "suit filed 'simultaneously' with the September 2003 suit (previous sentence); given the document date"}, "passive, filer not named in the sentence: empty source/target right by rule"),
 18: ("", {}, ""),
 19: ("", {}, ""),
 20: ("", {}, "AirTanker (multinational consortium, no code) right; EADS added as co-source from the apposition, tolerated"),
 21: ("", {"date": "2009-11-03 is the date of GM's cancellation (previous sentence), not of the politicians' reaction; no date for the reaction -> document date"}, ""),
 22: ("", {}, "background invasion, undated/unknown acceptable"),
 23: ("", {}, ""),
 24: ("", {"source": "France (country) is not a protester; employees at French sites should carry FRA, given None"}, "work stoppage coded PROTEST/demo (mode strike better); date Wednesday afternoon right"),
 25: ("", {}, "source name garbled ('Air Force for Acquisition Marvin Sambur', kind organization) but denotes Sambur, USA"),
 26: ("", {"source": "'the young computer maker' = Apple Computer (USA); given as unnamed group with no country"}, ""),
 27: ("", {}, "counterpart of the negotiations not stated in the clause; 'over the weekend' -> 2008-W37-WE right"),
 28: ("", {}, ""),
 29: (SP, {}, "'offering AIG's stockholders a diverse base of income' is not an act between political actors"),
 30: ("", {"target": "re-run of the U.S. Air Force's bidding: the Air Force, named in the sentence, is the party asked; target empty"}, ""),
 31: ("", {"target": "Italy is the location (Castel Gandolfo); the other party is Romania's leader (the leaders = Moldova's and Romania's)"}, ""),
 32: ("", {"target": "Levy and Dirceu are Brazilian (given no country); the Workers Party itself was not sentenced"}, ""),
 33: ("", {"date": "a statement reported as news with no date -> document date; null given",
           "modality": "'would like to offer' is the offer itself (AGREE asserted, reported_by Singapore)"}, ""),
 34: (SP, {}, "'seeking a third term' in an election is not a REQUEST to a political actor"),
 35: ("", {}, "town as target with SYR acceptable; Saturday -> 2023-06-10"),
 36: ("", {"date": "February 29 is the date of the court decision, not of the protest (and the year 2020 is not in the text)"}, "anaphoric mention of the publishers' protest; empty source/target acceptable"),
 37: ("", {"target": "the UN is the reporter of the figure, not the target of Isil's offensive"}, "ISIL given IRQ tolerated"),
 38: ("", {"source": "'He' = Abid Qureshi of the Committee Against Torture; the text gives him no country, LBR is Liberia the subject of the law"}, ""),
 39: (SP, {}, "'has taken part in several campaign(s)' is no PLOVER act; the REQUEST ('calling for') is a different clause"),
 40: ("", {}, ""),
 41: ("", {"source": "'the government' is Gibraltar's government, not the UK government",
           "target": "the talks offered are with the residents of the territory, not Spain"}, "Tuesday -> 2023-06-13 right"),
 42: ("", {"target": "'individuals with criminal records' are the prosecuted party; target empty"}, ""),
 43: ("", {"source": "the truck (attacker) nearly hit the women; police are not the actor",
           "target": "'two women' named in the clause; empty",
           "date": "attack dated late Saturday in the story; document date given",
           "modality": "'almost hitting' did not happen: not an asserted act"}, "near-miss inside the truck attack; counted as an event, debatable"),
 44: ("", {}, "future, undated"),
 45: ("", {"target": "'suspected Islamists' named as the arrested; target empty",
           "date": "arrest preceded Wednesday's clashes; Wednesday date borrowed from the previous sentence"}, ""),
 46: ("", {"target": "priest on a 'South Pacific island' given MWI (Malawi); no country in the text"}, ""),
 47: ("", {}, ""),
 48: (SP, {}, "truncated sentence: 'NATO's cooperation with Russia' is a topic, not an act (date 2022-09 also borrowed)"),
 49: ("", {}, "ongoing protest, document date accepted"),
 50: ("", {"target": "target is the (Congolese) government whose policy is protested; Kasai is a region given as a person"}, "activists' country not stated, empty ok"),
 51: ("", {"type": "'committed to a meeting' is a promise to meet (AGREE) or a future CONSULT, not a meeting held",
           "date": "'2023-SU' (summer); the text says 'this fall' for the summit and Monday for the commitment",
           "modality": "the meeting is future; coded asserted"}, "parties (Jordanian and US officials) acceptable"),
 52: ("", {"source": "speaker of a 'southeast African country': GBR wrong, text gives no country",
           "target": "'European Union' is named as the party conceded to; target empty"}, ""),
 53: ("", {"date": "text gives 'Saturday' (2023-06-10); week precision 2023-W23 given"}, ""),
 54: ("", {"target": "co-signer Matteo Renzi (ITA) named in the sentence; target empty and not listed as co-source"}, ""),
 55: ("", {"source": "'Thousands of workers' named as strikers; source empty"}, ""),
 56: ("", {"source": "the three leaders are the accused, not the accusers (accuser unnamed -> empty)",
           "target": "target should be the three leaders; empty",
           "date": "Sunday is the release date; the accusation came earlier (detained since late last month)"}, "main act in sentence is RETREAT release"),
 57: ("", {"modality": "'would begin with a formal surrender' is future; coded asserted"}, ""),
 58: ("", {"type": "issuing an arrest warrant is ACCUSE (charge) / COERCE, not REQUEST",
           "target": "'the first foreign parliamentarian to visit Crimea' named as the wanted person; target empty"}, ""),
 59: ("", {"date": "'several years ago'; 2022 ('last year') belongs to another act",
           "modality": "Yemen's refusal is inside the Treasury's claim ('have maintained that ...'): reported"}, "garbled sentence"),
 60: ("", {}, "'they' = Mexico (and Cameroon); Calderon acceptable"),
}
S = [json.loads(l) for l in open("sample.jsonl")]
out = []
for s in S:
    kind, bad, note = V[s["n"]]
    if kind == SP:
        v = {f: "n" for f in F}; reasons = {"holds": note}
    else:
        v = {f: ("n" if f in bad else "y") for f in F}; reasons = dict(bad)
        if note: reasons["note"] = note
    v["all"] = "y" if all(v[f] == "y" for f in F) else "n"
    out.append({"n": s["n"], "corpus": s["corpus"], "doc": s["doc"], "event_id": s["event_id"],
                "trigger": s["trigger"], "type_given": s["type"], **v, "reasons": reasons})
with open("../events-d.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
def row(name, items):
    cells = [f'{sum(o[f]=="y" for o in items)}/{len(items)} ({100*sum(o[f]=="y" for o in items)/len(items):.0f}%)' for f in F + ["all"]]
    print(f"| {name} | " + " | ".join(cells) + " |")
print("| set | " + " | ".join(F + ["all"]) + " |\n|" + "---|" * 8)
mt = [o for o in out if o["corpus"] == "meantime"]; st = [o for o in out if o["corpus"] == "stories"]
for name, items in [("MEANTIME 30", mt), ("stories 30", st), ("all 60", out),
                    ("MEANTIME real", [o for o in mt if o["holds"] == "y"]),
                    ("stories real", [o for o in st if o["holds"] == "y"]),
                    ("all real", [o for o in out if o["holds"] == "y"])]:
    row(name, items)
