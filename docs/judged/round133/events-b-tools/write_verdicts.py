"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's verdicts below, then check them."""
import json
from pathlib import Path
here = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]
ALL = dict.fromkeys(F, True)
SPUR = dict.fromkeys(F, False)
def ok(**wrong):
    v = dict(ALL); v.update({k: False for k in wrong}); return v
V = {
 1: (ok(), "ACCUSE by unnamed critics against the Nigerian government, reported as this news: document date and asserted are right; the 1999 razing is a separate act."),
 2: (ok(), "Parliament approving the police laws is SUPPORT (approve policy) with no party targeted; April 2008 is the date the text gives. (CONCEDE to the EU, CAMEO 083, would also be defensible.)"),
 3: (ok(), "REQUEST from the State Department (USA) to Beijing (CHN); the statement is undated and the dateline day, Oct 14, is the report's day."),
 4: (ok(), "Zyuganov (RUS) calling the election illegitimate is ACCUSE on the day of the results; the Russian state, which ran the election, is accepted as the target (the sentence names no party; an empty target would also be right). His sector (GOV) is off: he is an opposition leader, but only the party and country are scored."),
 5: (dict(SPUR), "Spurious: 'where Russian troops remain stationed' describes a standing presence in a relative clause; no deployment or move is reported, so there is no MOBILIZE act."),
 6: (ok(source=1), "The 1999 approval of the visiting forces agreement is passive and names no approver; source should be empty (or the Philippine Senate), not Gazmin and Goldberg, who signed the 2014 pact."),
 7: (ok(date=1), "Abbas (PSE) addressing the Arab League summit is a CONSULT multilateral act, but the text dates the one-day summit to Wednesday: date should be 2017-03-29, not the document date (Thursday)."),
 8: (ok(), "A re-mention of Biden's visit to Ukraine in a later sentence (not a same-sentence duplicate); CONSULT visit Biden (USA) -> Ukraine on Monday 2023-02-20 is right."),
 9: (ok(target=1), "Condemning the expulsion is ACCUSE against the party that expelled the envoy, named in the same sentence as Athens: target should be Greece/the Greek government (GRC). The separate accusation (e4) is a different complaint, not a duplicate."),
 10: (ok(target=1), "Police firing tear gas and water cannon: target should be the university students (marchers in Lima, PER) whom they stopped; 'Congress' is Peru's Congress, the place, and not the U.S. Congress."),
 11: (ok(), "COERCE arrest by the Turkish court (TUR) against Osman Kavala (TUR) on Wednesday 2017-11-01; both target entries are Kavala."),
 12: (ok(), "Chun (KOR) refusing food in protest is a PROTEST hunger strike (mode should be hunger, not strike, which is not scored); no target is named; begun on the Sunday of the report."),
 13: (ok(target=1, modality=1), "The killing did happen; 'not ... in any arrest' negates only its manner. Target should be the men killed, Dabo and Proenca (GNB), not the Guinea-Bissau government, and modality should be asserted, not negated."),
 14: (ok(), "Refusing to give up its promises is the analogue of the conventions' 'RETREAT negated' (CONCEDE, negated); ANO (CZE) is the party; no target is named; undated statement in the report of the results. (reported_by should be Babis, not Sobotka; not scored.)"),
 15: (ok(target=1), "Iran's long refusal was a refusal to let the Argentine judicial authorities, named in the same sentence, travel and question suspects: target should be the Argentine judicial authorities (ARG)."),
 16: (ok(), "Japan (JPN) conveying concern to China (CHN) is ACCUSE disapprove; undated, the dateline day is right."),
 17: (ok(), "Dologuele (CAF) congratulating 'the winner' (Touadera, CAF) is SUPPORT; undated, so the document date is right."),
 18: (ok(), "COERCE arrest by the Guinean junta (GIN) against opponents; the detentions have no date ('since 2022' goes with the protest ban), so an empty date is right; 'rights groups say' keeps it asserted."),
 19: (ok(), "Background accusation (pluperfect) by critics against Zeman (CZE); no date is right."),
 20: (ok(), "ACCUSE (charge) with the charging party unnamed (empty source right) against the former central bank governor (AGO); reported as this news."),
 21: (ok(source=1), "The protests have a named organiser in the sentence: source should be the GenZ 212 collective / the demonstrators (MAR), not empty. An empty target is right (no aim named), and the weekend of ISO week 39 is right for 'last weekend'."),
 22: (ok(), "ASSAULT by gunmen (JAM) on police stations (Jamaican police) just before Sunday's emergency declaration; 2010-05-23 is right."),
 23: (ok(), "Trump (USA) and Starmer (GBR) signing a trade deal on Monday 2025-06-16 is SUPPORT (sign agreement)."),
 24: (ok(source=1), "The visit to Israel is Carter's ('his visit'); source should be Jimmy Carter (USA), not Olmert. Israel as host and the week are right."),
 25: (ok(source=1, target=1), "Same sentence names the killers: source should be the soldiers (Guinea-Bissau army, GNB); 'They' are the victims Dabo and Proenca (GNB), so the target is not the government."),
 26: (ok(), "Russia and Ukraine agreeing a transit deal is a mutual AGREE; 'only days ago' gives no date, so an empty date is right."),
 27: (ok(), "Dologuele calling on his supporters to stay calm is REQUEST to his (CAF) supporters; a different act from the congratulation in the same sentence."),
 28: (ok(target=1), "The crowds burned the local headquarters of the ruling Congress for Democracy and Progress: target should be the CDP (BFA) (or empty), not the U.S. Congress."),
 29: (ok(), "ASSAULT crowd-control by Togolese riot police against opposition supporters (TGO); undated, so the document date is right."),
 30: (ok(), "A toll summed since 1992 has no date (rule of round 20); source unnamed; victims in Egypt (EGY) are acceptable."),
 31: (ok(), "PNG's government will ask Australia (AUS): REQUEST, future, no date."),
 32: (ok(), "Detention of several people (GNB) by unnamed forces, reported by the government; the Friday of the raids is right."),
 33: (dict(SPUR), "Spurious: civilian building inspectors sent to enforce the settlement freeze are no military or police mobilization, and the sentence has no act between parties; the inspectors are Israeli, not a Palestinian target."),
 34: (ok(target=1), "Ben Ali (TUN) praising Bourguiba is SUPPORT on the day of the death, but the target list adds 'Tunisia', which is not the party praised; target should be Bourguiba (TUN) alone."),
 35: (ok(), "COERCE curfew imposed in Montepuez by unnamed authorities; no party named either side; reported as this news."),
 36: (ok(target=1), "'it' is the U.N. reunification plan (Annan's blueprint): target should be the United Nations / Kofi Annan (or empty), not the European Union. Negated REJECT and no date are right."),
 37: (ok(date=1), "Hundreds arrested over five days of protests is a total summed from an earlier time: date should be empty, not 2025-10-01. The interior ministry (MAR) is accepted as the arresting authority."),
 38: (ok(date=1), "The demand is background to the boycott of Sunday's poll, made after April's annulment: date should be empty (an earlier, undated act), not the document date."),
 39: (ok(), "European and Arab governments urging Israel (ISR) is REQUEST; ongoing present-perfect appeal takes the document date. (reported_by Palestinian leaders is wrong; not scored.)"),
 40: (ok(date=1), "Biden's Warsaw meeting with Duda (POL) is a future CONSULT, but the text dates the Warsaw stop 'on Tuesday': date should be 2023-02-21, not empty."),
 41: (ok(), "Commandos freeing hostages is AID (rescue hostages) in April 1997 ('last month'); Peruvian commandos, hostages held in Peru, accepted."),
 42: (ok(date=1), "BJP (IND) criticising the meeting is ACCUSE; the sentence names no party (empty target right). The criticism is undated: date should be the report's (2011-07-27 dateline / document date), not Tuesday 07-26, the day of the meeting."),
 43: (ok(target=1), "The complaint is about whoever kept Bourguiba hidden, not Bourguiba: target should be empty (or the Tunisian authorities, TUN), not Habib Bourguiba."),
 44: (ok(target=1), "Beijing criticised Australia's laws ('laws ... in Australian politics'): target should be Australia (AUS), not empty."),
 45: (ok(), "CONSULT visit Biden (USA) -> Ukraine's government (UKR) on Monday 2023-02-20."),
 46: (dict(SPUR), "Spurious: a duplicate of the killing already coded from this sentence (e1); it is also miscoded (source should be al Qaeda in Iraq, victim is Egyptian, EGY)."),
 47: (ok(), "Greece (GRC) expelling Libya's ambassador (LBY) on Friday 2019-12-06 is SANCTION."),
 48: (ok(target=1), "North Korea's military demanded an apology from the South, named in the same sentence: target should be South Korea (KOR)."),
 49: (ok(), "The DAHR (ROU) supporting Nastase's government in parliament is an ongoing SUPPORT that takes the document date."),
 50: (ok(source=1), "'allegedly by a Tiv militia' names the abductors too: source should be the Tiv militia (NGA), not empty. Target, mid-October 2001 and asserted are right."),
}
items = [json.loads(l) for l in open(here / "events-b-items.jsonl")]
assert len(items) == 50 and len(V) == 50
out = []
for it in items:
    v, r = V[it["n"]]
    v = {k: bool(v[k]) for k in F}
    if not v["event"]:
        v = dict.fromkeys(F, False)
    v["all"] = all(v[k] for k in F)
    o = dict(it); o["verdict"] = v; o["reasons"] = r
    out.append(o)
with open(here / "events-b.jsonl", "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h44-x172-02", "coder_events": [
   "SUPPORT: Mexican government negotiators (MEX) <-> Zapatista National Liberation Army (MEX), signed an agreement on indigenous rights and culture, 1996-02-16"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found with the right type; dateline codes the Zapatistas as ELN [COL], a wrong party. The 'two years of stop-start talks' are background, not coded."},
 {"doc": "h44-x172-23", "coder_events": [
   "RETREAT: United States (USA) -> Venezuela (VEN), eased sanctions on oil, gas and gold sectors, 2023-10-18",
   "SUPPORT: Maduro's government (VEN) <-> Venezuelan opposition (VEN), signed an election agreement in Barbados, 2023-10-17"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The easing is found; the signing in the 'a day after' clause is missed."},
 {"doc": "h44-x171-19", "coder_events": [
   "COERCE: Maldives soldiers (MDV) -> opposition lawmakers (MDV), sealed off parliament and blocked them from entering, 2017-07-24",
   "REQUEST: Maldives opposition (MDV) -> parliament speaker (MDV), tried to push through a no-confidence motion (demand leadership change), 2017-07-24"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Sealing off and blocking counted as one act of restriction. The no-confidence motion is missed (a coder might code it ACCUSE instead)."},
 {"doc": "h44-x170-08", "coder_events": [
   "ASSAULT: kidnappers / al Qaeda in Iraq (IRQ) -> Ihab al-Sherif, Egypt's top diplomat in Baghdad (EGY), killed, date unknown (reported Thursday 2005-07-07)"],
  "found": 1, "dateline_events": 2, "spurious": 1,
  "notes": "e1 'killed' is found (victim's country given as IRQ, should be EGY). e2 'executed' is the same killing as claimed by al Qaeda: a same-sentence duplicate, spurious (and with Egypt as source)."},
 {"doc": "h44-x169-19", "coder_events": [
   "ACCUSE: European Commission -> Poland's government (POL), launched a formal rule-of-law inquiry, 2016-01-13"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found, right in all fields."},
 {"doc": "h44-x172-07", "coder_events": [
   "SANCTION: Vicente Fox (MEX) -> George W. Bush / United States (USA), called off a visit to Texas and a meeting with Bush, 2002-08-15",
   "ASSAULT: Texas (USA) -> Javier Suarez Medina, a Mexican national (MEX), executed, 2002-08-14"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The cancellation is found; the execution in the 'after' clause is missed."},
]
with open(here / "paragraphs-b-verdicts.jsonl", "w") as f:
    for p in P: f.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
rows = [json.loads(l) for l in open(here / "events-b.jsonl")]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    v = r["verdict"]; assert v["all"] == all(v[k] for k in F)
    if not v["event"]: assert not any(v.values())
paras = [json.loads(l) for l in open(here / "paragraphs-b.jsonl")]
pv = [json.loads(l) for l in open(here / "paragraphs-b-verdicts.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in pv]
for p, q in zip(paras, pv): assert len(p["events"]) == q["dateline_events"], p["doc"]
counts = {k: sum(r["verdict"][k] for r in rows) for k in F + ["all"]}
print(counts)
print({"coded": sum(len(p["coder_events"]) for p in pv), "found": sum(p["found"] for p in pv),
       "dateline_events": sum(p["dateline_events"] for p in pv), "spurious": sum(p["spurious"] for p in pv)})
