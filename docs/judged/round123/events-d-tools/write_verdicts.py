"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from the judge's verdicts below, and check them.

Verdict codes: a string of wrong fields out of E(vent) T(ype) S(ource) G(target) D(ate) M(odality);
"" = all right, "E" = spurious (all false).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = {"E": "event", "T": "type", "S": "source", "G": "target", "D": "date", "M": "modality"}

V = {
 1: ("G", "CONSULT Basit (PAK) -> Shabir Shah on Monday 2014-08-18 is right, but Shabir Shah is named as a separatist leader from Indian-administered Kashmir, so his country is plain: target should be Shabir Shah (IND), not an empty code."),
 2: ("", "ACCUSE by Bahrain's government against Iran (the 'thinly veiled reference'); the emir stands for 'the government of Emir Sheikh Isa' (same party, BHR), accepted; present-tense ongoing blame takes the document date."),
 3: ("", "REQUEST USA+EU -> Egypt to investigate; undated 'have urged' takes the report's date (the story's dateline, June 25; the 26th would also do)."),
 4: ("", "Readiness to support Moldova is AGREE (willingness to cooperate), EC -> Moldova, said in this news, document date."),
 5: ("GD", "SUPPORT by Sogavare is right, but the sentence names Manele: target should be Jeremiah Manele (SLB); date 2024-04-17 is the general election, while the endorsement came 'days earlier' than the May 2 vote, after his withdrawal: no exact date (late April 2024), not April 17."),
 6: ("", "Howard hailing the agreement is SUPPORT; the thing praised is a declaration, no party, so an empty target is right; document date for the report."),
 7: ("G", "ASSAULT killing Abu Risha on Thursday 2007-09-13 with no perpetrator in the sentence is right, but Abu Risha is a Sunni tribal chief in Anbar: target should be Abu Risha (IRQ), not USA."),
 8: ("G", "Ordering an inquiry into the conduct of police is ACCUSE investigate by Ciller on Tuesday, but the sentence names the investigated party: target should be the Turkish police (TUR)."),
 9: ("", "Appeal for calm is a REQUEST (PLOVER: all requests) by PM Diarra (MLI), no addressee named; same day as the attack, Monday 2012-05-21."),
 10: ("SG", "ACCUSE investigate is right, but the sentence names the parties: source should be the Istanbul governor's office (TUR), which announced the inquiry, and target the officers (Turkish police, TUR) whose conduct is investigated."),
 11: ("", "A toll summed over the year with no perpetrator: ASSAULT on 800 people in Karachi (PAK), no date by the round-20 rule for totals."),
 12: ("", "AU condemnation of the plot is ACCUSE; 'the reported plot' is an act, not a party, so an empty target is right; document date."),
 13: ("D", "ASSAULT firearms negated (the police chief denied it; attribution keeps the negation) officers (IRN) -> demonstrators (IRN) is right, but the denied firing is that of Sunday's Ashura clashes: date should be 2009-12-27, not unknown."),
 14: ("D", "Seselj surrendering to the tribunal is a material yielding (RETREAT), Seselj (SRB) -> ICTY; but the text dates it 'on Monday': date should be 2003-02-24, not unknown."),
 15: ("TG", "The security forces' act (trigger 'contain', source security forces) is repression of the protests, not a PROTEST by them: type should be COERCE (or ASSAULT crowd-control) and target the protesters (TZA); read as the protests themselves, the source would be wrong instead."),
 16: ("G", "COERCE arrest by Cameroonian forces on December 27 is right, but 'the men' are the mercenaries from Chad, Sudan and the CAR: target should be the mercenaries with no single country code (not GNQ)."),
 17: ("", "The pope urging respect for religious freedom is a REQUEST distinct from his condemnation (e6); no addressee named; date of the report."),
 18: ("SG", "PROTEST on Saturday 2007-09-08 is right, but the march was in Sydney: source should be several thousand people (AUS), not IRQ; it was against the war in Iraq and climate policies (policies of the host/APEC governments), so the target should be Australia (AUS) or empty, never Iraq."),
 19: ("", "Armed fighters seizing a city is ASSAULT (wave-30 rule), IS fighters (no country) -> Syria, Thursday 2015-05-21."),
 20: ("G", "Mediation by Deby (TCD) on Thursday is CONSULT, but the African Union only backed it: target should be the parties mediated between, the Khartoum government (SDN) and the SLM/A and JEM rebels (SDN)."),
 21: ("", "REQUEST for an apology, South Korean lawmakers (KOR) -> Beijing (CHN government), in this news, document date."),
 22: ("T", "North Korea's missile launches over the year are weapons tests/shows of force: type should be MOBILIZE (weapons: test weapons systems), not ASSAULT; source PRK, no target, year 2022 right."),
 23: ("", "Police firing tear gas and live rounds at crowds is ASSAULT (crowd-control), Tanzanian police -> crowds (TZA), undated in this news, document date."),
 24: ("", "EU agreeing to open accession talks with Turkey is AGREE, dated December 2004 by the text."),
 25: ("", "Future pull-back in the agreement is a promised concession, CONCEDE, asserted as a promise; SPLA (SDN), no target named; the accord's signing Thursday 2003-09-25."),
 26: ("", "'We will keep talking to them' is CONSULT future, Downer (AUS) -> Indonesia ('them'), no date for a future act."),
 27: ("", "Wale congratulating Manele is SUPPORT (SLB -> SLB), document date."),
 28: ("E", "Spurious: 'Russia supplies most of Serbia's gas' is a standing commercial relationship given as background, no act; if coded at all it would be COOPERATE (trade), not AID."),
 29: ("M", "Type RETREAT resign and source Adhikari are acceptable, but the text says he would face the house *rather than* resign: the resignation is negated (hinted), so modality should be negated (or the event a hypothetical REJECT); 'hypothetical' reads as if he might resign."),
 30: ("", "RETREAT resign by Premier Jiang (TWN) on Saturday night 2014-11-29."),
 31: ("", "Putin calling for Duma members to be elected from party lists is a REQUEST for institutional change with no addressee; Monday 2004-09-13."),
 32: ("", "SUPPORT AU -> Equatorial Guinea government (GNQ), document date; distinct from the condemnation (e6)."),
 33: ("E", "Spurious: the central bank 'defending' the peso is currency policy, not verbal SUPPORT; Thailand and the Supreme Court are not parties of this sentence."),
 34: ("", "Forces taking villages is ASSAULT (wave-30 rule), Russian forces (RUS); Ukraine is not named in this sentence, empty target right; claim reported in this news, document date; attribution keeps it asserted."),
 35: ("G", "PROTEST on Sunday 1997-09-21 by Filipinos (PHL) is right, but the rally is aimed at moves to amend the constitution so that Ramos could stay on, i.e. at the authorities: target should be Ramos / the Philippine government (PHL), not empty."),
 36: ("", "ASSAULT firearms, gunmen (in Nigeria, NGA) -> Bola Ige (NGA, listed twice as one party), Sunday night 2001-12-23."),
 37: ("", "ACCUSE Russian officials (RUS) -> Chechen militants (RUS), standing blame, document date."),
 38: ("E", "Spurious: Kosovo's 2008 declaration of independence is a time reference in a background clause, and declaring independence has no PLOVER type (not a REJECT of anything in the text)."),
 39: ("E", "Spurious: the Itaewon crowd crush is an accident, not an ASSAULT by any actor; South Korea is not a target."),
 40: ("E", "Spurious: calling off a signing ceremony is no act between parties (no source, no target); the codable act is the refusal of five Shi'ite members to attend (REJECT, IRQ), not found."),
 41: ("", "PROTEST that disrupted the torch relay in London and Paris earlier this month (2008-04); no actor or target named in the sentence."),
 42: ("", "Disappointment over the visas is ACCUSE disapprove by Yudhoyono (IDN); the sentence does not name the granting party (Australia only in the relative clause), so an empty target is right; document date."),
 43: ("S", "SUPPORT (hailed the result), document date, right; but the source is Correa's Citizen Revolution movement (ECU), a party, not Rafael Correa himself."),
 44: ("MD", "Dodik's threatening appears only inside a Bosniak MP's criticism ('once again he threatens'): modality should be reported; it is a habitual characterization of earlier threats, so it has no date (unknown), not the document date."),
 45: ("", "ASSAULT crowd-control, riot police (BOL) -> ~1,000 indigenous marchers (BOL), Sunday afternoon 2011-09-25."),
 46: ("", "ACCUSE by Hungary's EU partners (EU) against Orban's government (Orban, HUN, stands for his government, accepted); ongoing accusation, document date."),
 47: ("", "THREATEN sanctions, ECOWAS -> Liberian faction leaders (LBR), document date."),
 48: ("", "Conte's 1984 coup is a background act correctly dated 1984; seizure of power by an army officer coded ASSAULT, accepted; no target named."),
 49: ("GD", "REJECT (blocked a proposal) by Hezbollah (LBN) is right, but 'his proposal' is Mikati's: target should be Najib Mikati (LBN); it happened hours before Mikati's Friday-night address: date should be 2013-03-22, not the document date."),
 50: ("S", "ACCUSE of the prosecutors' decision, target Russian prosecutors (RUS), undated, right; but the families are of the Polish officers killed at Katyn: source should be victims' families (POL), not an empty code."),
}

P = {
 "h39-x149-15": (["COERCE: Russian customs officers (RUS) -> Ukraine (UKR), stopped hundreds of trucks of Ukrainian goods at the border (restrict trade), 2013-08-15",
                  "ACCUSE: officials in Kiev (UKR) -> Russia (RUS), say the dispute is designed to punish Ukraine, 2013-08-15"],
                 0, 0, "Dateline found no event in the paragraph."),
 "h39-x149-24": (["ASSAULT: Russian forces (RUS) -> Ukraine (UKR), pushed across the border into Kharkiv region, 2024-05-10/11",
                  "ASSAULT: Russian troops (RUS) -> Ukraine (UKR), captured five villages (reported by Russian defence ministry), 2024-05-11",
                  "MOBILIZE: Ukrainian officials (UKR) -> Russian forces (RUS), rushed reinforcements, 2024-05-11"],
                 0, 0, "Dateline's one event ('pushed') is the ground offensive but typed COERCE seize; armed forces taking ground is ASSAULT (wave-30 rule), so not found with the right type; not spurious."),
 "h39-x149-02": (["SANCTION: Boris Yeltsin (RUS) -> Pavel Grachev (RUS), sacked the defence minister (expel from government), 1996-06-18"],
                 0, 0, "Naming Lebed security chief is an appointment, not coded; dateline found nothing."),
 "h39-x151-24": (["SANCTION: Chad's government (TCD) -> German ambassador Kricke (DEU), ordered to leave within 48 hours (expel diplomat), 2023-04-07",
                  "ACCUSE: Chad's government (TCD) -> Kricke (DEU), accused of impolite attitude and disregarding diplomatic practice, 2023-04-07"],
                 2, 0, "Both found with the right type (SANCTION, ACCUSE); source name 'led government' is truncated but the right party (TCD)."),
 "h39-x149-14": (["CONCEDE: Milorad Dodik (BIH) -> (EU/Ashton, named only in the next sentence), agreed to abandon the planned referendum, 2011-05-13",
                  "ACCUSE: Western officials -> the Bosnian Serb referendum (Dodik, BIH), called it the most serious threat to Dayton, earlier (no date)"],
                 0, 0, "Dateline coded 'agreed' as AGREE; agreeing to drop a challenge under pressure is a (promised) concession, CONCEDE, so not counted as found; not spurious."),
 "h39-x152-23": (["COOPERATE: Australia (AUS) -> United States (USA), will buy at least three Virginia-class submarines (announced Monday 2023-03-13, future)",
                  "COOPERATE: Australia (AUS) -> Britain (GBR), will build a new class of boats with Britain (announced 2023-03-13, future)"],
                 0, 0, "Dateline found no event (an announced plan of arms purchase and joint production; AGREE would also be a defensible type)."),
}

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    code, reason = V[it["n"]]
    if "E" in code:
        v = {f: False for f in FIELDS.values()}
    else:
        v = {f: (k not in code) for k, f in FIELDS.items()}
    v["all"] = all(v[f] for f in FIELDS.values())
    rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
    out.append(rec)
with open(HERE / "events-d.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as f:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]  # (coder events, found, spurious, notes)
        f.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                            "dateline_events": len(p["events"]), "spurious": spur, "notes": notes},
                           ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-d.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert all(b[k] == a[k] for k in a)
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS.values())
    if not v["event"]:
        assert not any(v.values())
assert sum(1 for _ in open(HERE / "paragraphs-d-verdicts.jsonl")) == 6
counts = {f: sum(r["verdict"][f] for r in back) for f in list(FIELDS.values()) + ["all"]}
print("counts of 50:", counts)
pv = [json.loads(l) for l in open(HERE / "paragraphs-d-verdicts.jsonl")]
print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
      "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
