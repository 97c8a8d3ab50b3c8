"""Write events-c.jsonl (items + verdicts + reasons) and paragraphs-c-verdicts.jsonl; check them; print counts."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]

# n -> (list of wrong fields, or "spurious"), reasons
V = {
 1: (["target"], "THREATEN by Conte (GIN) on Saturday 1996-02-03 ('later in the day' after the Saturday siege) is right, but the sentence names the threatened party by description: target should be the mutinous soldiers, 'those who had tried to take power by force' (GIN military), not empty."),
 2: ([], "An ongoing backing of Hezbollah (LBN) by Iran and Syria stated in the sentence ('is backed'); SUPPORT is acceptable for unspecified backing (material backing would be AID). Ongoing act: the story's day (dateline June 3; document date June 4) is right."),
 3: (["source"], "REQUEST: the Kosovo opposition demands the government scrap the deals; ongoing demand, document date right. Source is the right party but its country is plain from the sentence (Alliance for the Future of Kosovo, Initiative for Kosovo): should be the Kosovo opposition (XKX), not an empty code."),
 4: ([], "Signing the treaty is SUPPORT (sign/finalize an agreement), mutual Rice (USA) and Schwarzenberg (CZE), on Tuesday 2008-07-08 from the story; a different sentence from e1, so not a duplicate under the sentence rule."),
 5: (["type", "date", "modality"], "The spokesman's statement that the US will 'continue to work with' Pakistan's leaders is a commitment to cooperate, AGREE asserted (PLOVER: indicate willingness or commitment to cooperate), not a future COOPERATE (material cooperation); as a statement reported as this news it takes the document date 2008-08-26. Source and target right."),
 6: ([], "COERCE arrest by Turkish police (TUR) of military officers (TUR) on Monday 2010-02-22; all right."),
 7: ([], "AGREE among the five BRICS states (mutual) to set up the bank and reserve pool on Tuesday 2014-07-15; all right."),
 8: ([], "ACCUSE by Susan Rice (USA) of Russia and China ('the two countries'); no date in the sentence, the document date 2012-02-05 is right by the rules (the remark was at Saturday's council session, 2012-02-04, which a stricter reading would prefer)."),
 9: ([], "ASSAULT: the offensive began in May 2016; the sentence names no party of the offensive ('the offensive' is an act, not a party), so empty source and target are right by the rules (a coder reading the story would put the GNA-loyal forces against Islamic State)."),
 10: ([], "ACCUSE by the CHP (TUR) of the Turkish government; no date in the sentence, the story's dateline day 2010-02-22 is the news day (document date 2010-02-23); all right."),
 11: ([], "ASSAULT by gunmen (no country in the sentence) on 'Iraq's Abu Ghraib jail' ('it'), an Iraqi state facility, so Iraq (IRQ) is an acceptable target; overnight attack reported Monday 2013-07-22 (it began late Sunday); all right."),
 12: ([], "SUPPORT: the EU welcomed the Latvia-Russia treaty signing; 'the signing' is an act, not a party, so an empty target is right by the rules (a coder would likely put Latvia and Russia). Date: the signing day 2007-03-27, the news day of the story."),
 13: ([], "ACCUSE by Erdogan (TUR) against France (FRA), genocide in Algeria; no date in the sentence, document date 2011-12-23 right by the rules (the remarks were Thursday's, 2011-12-22)."),
 14: ([], "RETREAT resign: Pasteur Bizimungu (RWA) resigned in 2000, background act with its year; all right."),
 15: ([], "REJECT: Belgrade (SRB) still rejects Kosovo's (XKX) independence; ongoing, document date right; all right."),
 16: ([], "AGREE between India and Nepal (mutual) on Thursday 2023-06-01 on power imports; all right."),
 17: (["target"], "A pledge of money is AGREE by Britain and Canada; but they are not each other's targets ('separately'): the sentence names no recipient, so the target should be empty (or Brazil, clearly the party helped), not the UK and Canada."),
 18: (["type", "target", "date", "modality"], "MBS approving an operation 'to capture or kill' Khashoggi is coded as the operation he authorised, ASSAULT against Jamal Khashoggi (SAU), not SUPPORT with no target; it sits inside ODNI's 'We assess that' claim, so modality reported; it is a 2018 background act (the killing was October 2018), not the document date 2021-02-27."),
 19: ([], "ACCUSE by Netanyahu (ISR) of the Palestinian Authority (PSE); no date in the sentence, document date 1998-05-15 right by the rules; all right."),
 20: ([], "Karzai's (AFG) efforts to open talks with the Taliban (AFG): talks not yet held, so CONSULT hypothetical with no date is acceptable (a coder could also code the efforts as AGREE/REQUEST asserted); all right."),
 21: (["date"], "COERCE arrest of officers (GIN) reported by the security forces (GIN, the plain detaining party) on Sunday; the act is reported as this news, so the date should be 1996-02-04 (said on Sunday, the document date), not none."),
 22: (["source"], "REQUEST (appeal for calm) with no addressee named, document date right; but the source bundles the Church and human rights groups under VAT: in this Bolivian story they should be the (Bolivian) Catholic Church and human rights groups, BOL or no code, not VAT."),
 23: ([], "COERCE: Serbia (SRB) harassing Kosovo's leaders (XKX) in the foreign ministry's quoted statement; 'X, the ministry said' is attribution alone, so asserted by the rules; ongoing ('is abusing'), document date right. A coder would rather code the statement itself as ACCUSE by Kosovo's foreign ministry against Serbia."),
 24: ([], "CONSULT: Netanyahu (ISR) met Oman's foreign minister (OMN) at the Warsaw conference; dateline day 2019-02-14 right; all right."),
 25: (["source"], "REQUEST for a swift transfer, no addressee named, date the surrender news day 2013-03-18 acceptable; but the text gives no country for 'human rights groups': the source should have no code, not COD."),
 26: (["target"], "ASSAULT by attackers (no country given) on late Friday night 2021-06-04; but the sentence names the party attacked: target should be the village of Solhan / the post of the Volunteers for the Defence of the Homeland militia (BFA), not empty."),
 27: ([], "ACCUSE allege: Serbia's (SRB) 2004 warrant accusing Haradinaj (XKX) of war crimes; date 2004 right. The same act was also coded as e2 (COERCE against Interpol); this is the right coding of it."),
 28: (["date", "modality"], "CONSULT visit by Bush (USA) to Ho Chi Minh City (standing for Vietnam, VNM) is right, but 'travels ... on Monday' is a scheduled trip: modality future and date 2006-11-20 (the Monday after the Sunday 2006-11-19 dateline), not the document date."),
 29: ([], "SUPPORT: Bihi (Somaliland, SOM) congratulated his rival Irro (SOM); no date in the sentence, document date 2024-11-20 right by the rules; all right."),
 30: (["type", "target", "date"], "Kim (PRK) signing off on a plan to prepare rockets to strike the US is a THREATEN (or MOBILIZE weapons) against the United States (USA), not SUPPORT (signing an agreement) with no target; date should be 2013-03-29, 'a day after' the Saturday 2013-03-30 statement."),
 31: ([], "SUPPORT: Bachelet (CHL) congratulated Pinera (CHL) by phone; the congratulation is a separate type from the call (e3 CONSULT), not a duplicate; document date right by the rules (the call was on election night, Sunday 2017-12-17)."),
 32: ([], "COERCE arrest of Haradinaj (XKX) in Slovenia in 2015; the detaining party is not named, so an empty source is right; all right."),
 33: (["source", "target"], "COERCE arrest of protesters by police 'in several European cities': neither party is Syrian in the text; source should be the police with no code (several European countries) and target the protesters with no code, not SYR; document date for the overnight arrests is right."),
 34: ([], "REQUEST by the US government (USA) to Pakistan's civilian leaders (PAK) to work together; 'has urged', no date, document date 2008-08-26 right; all right."),
 35: ("spurious", "Spurious: 'Assad is sending a message to Washington and Ankara' is a diplomat's metaphor for the Syria-Iraq rapprochement, not a consultation or any communication between the parties; no CONSULT event."),
 36: ([], "MOBILIZE: the radar deployment in the condition of Russia's warning is hypothetical; the deployer is not named (empty source right) and 'its borders' makes Russia (the ministry, RUS) the party aimed at; no date right. The sentence's main act, Russia's THREATEN, was not coded."),
 37: (["target"], "ACCUSE by Lazarenko (UKR) blaming the July 1996 bomb attack on rivals; date 1996-07 acceptable (the blame is read as at the time); but 'rivals' is a common-noun party named in the sentence: target should be his (Ukrainian) political rivals, not empty."),
 38: ([], "ASSAULT: ten people (civilians and police, ARM) killed on 2008-03-01; the sentence does not say who killed them (police also died), so an empty source is right by the rules; all right."),
}

items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
assert len(items) == 38 and set(V) == {it["n"] for it in items}
out = []
for it in items:
    wrong, why = V[it["n"]]
    if wrong == "spurious":
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    o = dict(it)
    o["verdict"] = v
    o["reasons"] = why
    out.append(o)
with open(HERE / "events-c.jsonl", "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h41-x157-02", "coder_events": [
   "PROTEST: protesters (HRV) -> Croatian government/authorities (HRV), more than 100,000 rally in Zagreb against the decision to strip Radio 101 of its licence, 1996-11-21 (Thursday night)",
   "COERCE: Croatian authorities (HRV; not named in the paragraph) -> Radio 101 (HRV), decision to strip the station of its broadcasting licence (censor), this week (no day given)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The protest is aimed at an authorities' decision, so the Croatian state is the target. Dateline coded nothing in the paragraph."},
 {"doc": "h41-x160-19", "coder_events": [
   "AGREE: Brazil (BRA), Russia (RUS), India (IND), China (CHN), South Africa (ZAF), mutual, agree to set up a development bank and a currency reserve pool, 2014-07-15"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's e1 is right in all fields (item 7)."},
 {"doc": "h41-x160-05", "coder_events": [
   "REJECT: Australian voters (AUS) -> the republic proposal / pro-republic camp (AUS), referendum rejects a republic, 1999-11-06 (Saturday's vote)",
   "ACCUSE: pro-republic leaders (AUS) -> Prime Minister John Howard (AUS), accused of sabotage, 1999-11-06/07"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The vote itself is not a PLOVER act; its rejection of the proposal and the leaders' accusation are. Dateline coded nothing."},
 {"doc": "h41-x159-10", "coder_events": [
   "ASSAULT: unknown bombers (no code) -> 12 foreign tourists (in MDV), home-made bomb in a park in Male, 2007-09-29 (Saturday)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A clear ASSAULT (explosives) missed."},
 {"doc": "h41-x159-03", "coder_events": [
   "PROTEST: Cameroon's three main opposition parties (CMR) -> Cameroon government / presidential election (CMR), boycott of the election, background (the Oct. 12 vote; no date in the paragraph)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Biya being declared winner is not a PLOVER act; the boycott is (PROTEST boycott). Missed."},
 {"doc": "h41-x158-11", "coder_events": [
   "ASSAULT: attackers (not named) -> U.S. warship Cole (USA), the 2000 bombing, 2000 (background)",
   "SANCTION: (Yemeni court, not named) -> the man convicted of plotting the Cole bombing (YEM), conviction, no date (background)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "The prisoners' escape itself has no PLOVER type. The two acts are background acts in noun/participle phrases; a coder coding background acts would take them."},
]
with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as fh:
    for p in P:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
assert len(back) == 38
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: a[k] for k in a} == {k: b[k] for k in a}
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
pars = [json.loads(l) for l in open(HERE / "paragraphs-c-verdicts.jsonl")]
src = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
assert len(pars) == 6 and [p["doc"] for p in pars] == [s["doc"] for s in src]
for p, s in zip(pars, src):
    assert p["dateline_events"] == len(s["events"])
counts = {f: sum(b["verdict"][f] for b in back) for f in F + ["all"]}
print("per field (of 38):", counts)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in pars), "found", sum(p["found"] for p in pars),
      "dateline", sum(p["dateline_events"] for p in pars), "spurious", sum(p["spurious"] for p in pars))
