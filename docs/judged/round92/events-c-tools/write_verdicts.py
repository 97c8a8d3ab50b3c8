"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from the judge's verdicts below, and check them."""
import json

F = ("event", "type", "source", "target", "date", "modality")
# n: (wrong fields, reasons); "SPURIOUS" marks a non-event
V = {
 1: ("date", "ACCUSE by Ukraine's military (its forces, UKR) against Russia is right and asserted; the accusation is reported as this news with no date in the sentence, so the date should be the document date 2022-07-30 (or Friday 2022-07-29), not empty."),
 2: ("", "The UN refugee agency (UNO) urged Moscow (RUS government) to allow safe passage: REQUEST, asserted, reported as this news, document date 1999-10-22 right."),
 3: ("date", "The December bombing killing 29 people is an ASSAULT, the Sinai Islamic State affiliate named in the sentence as the party targeting Christians is acceptable as source; but the date is wrong: the text puts it in December (2016-12), not the Palm Sunday attacks of 2017-04-09."),
 4: ("date", "REQUEST Roman Catholic church (PRY) -> soldiers (PRY) is right; the date should be 1996-04-23 (the Tuesday of the report) or the document date 1996-04-24, not 1996-04-17, which the text gives nowhere."),
 5: ("type target", "The clause is Scholz calling on Putin to be ready for negotiations: type should be REQUEST (not AGREE; Putin's readiness is only what is asked) and target should be Vladimir Putin (RUS), not Ukraine; source, document date (no date in the sentence) and asserted are right."),
 6: ("", "Restoring diplomatic relations is SUPPORT (resume diplomatic cooperation) between the US and Vietnam, mutual, dated 1995 as the text gives; all right."),
 7: ("date", "SANCTION (tariffs) by the Trump administration (USA) on Brazil is right, but 'has already imposed' is a background act of an earlier time with no date in the text; the date should be empty (unknown), not the document date 2025-09-12."),
 8: ("", "REQUEST rights groups -> Biden (USA), reported as this news on 2023-09-10; all right."),
 9: ("", "Total of Palestinians and Israelis killed since the uprising began: ASSAULT with no named attacker, a summed span, so no date is right; all right."),
 10: ("SPURIOUS", "Spurious: 'Russia supplies more than a third of Germany's gas imports' describes a standing commercial trade pattern, not an act of aid (AID) or any coded event."),
 11: ("", "Biden due to meet Abbas in Ramallah on Wednesday: CONSULT, future, 2010-03-10; all right."),
 12: ("source target", "The Israeli army's soldiers killed three militants: source should be the soldiers of Israel's military (ISR), not PSE; target should be the three militants (Hamas, PSE), not Israel; type, Wednesday 2024-10-16 and asserted are right."),
 13: ("source", "Signing the agreement is SUPPORT (sign/finalize an agreement) dated June 1, 2007, right; the source, the two countries' foreign ministers, has the country codes CRI and CHN the text makes plain, not empty. An empty target is right under PLOVER's reciprocal-agreement note (both as actor)."),
 14: ("", "REQUEST by the U.S. State Department for the couple's release; the party asked (Azerbaijan) is not named in the sentence, so an empty target is right; document date 2015-08-13; all right."),
 15: ("target", "COERCE curfew enforced by Nigerian soldiers is right; the target 'Nigeria' (the state) is wrong: the curfew is imposed on Kaduna's population, which the sentence does not name, so an empty target (or Kaduna residents, NGA) is right."),
 16: ("", "North Korea agreed to join four-party talks with the US, South Korea and China: AGREE, asserted; the present perfect with no date is reported as current, document date accepted; all right."),
 17: ("", "Luzhkov (RUS) called on Russian companies (RUS) to stop doing business with Latvia: REQUEST to the addressee, reported as this news, document date 1998-03-05; all right."),
 18: ("target", "COERCE arrest, arrester not named (empty source right), 'this month' = 2016-06 right; but the target should be Nabeel Rajab (BHR), named in the sentence, not empty."),
 19: ("", "Costa Rica established diplomatic relations with China: SUPPORT (initiate diplomatic ties), said on Wednesday 2007-06-06; all right (the break with Taiwan in the same sentence is a separate act dateline did not code)."),
 20: ("date", "ACCUSE by the Hungarian opposition against Orban's government is right, but it is a background act of the campaign before the election, not this news; the date should be empty (campaign period, no date given), not the document date 2002-04-22."),
 21: ("", "Zelenskiy (UKR) criticised the call: ACCUSE, document date, asserted. The sentence names no party ('the call' is an act), so an empty target is right by the rules; I would code Scholz (DEU) as target."),
 22: ("", "The Saudi ambassador welcomed the vote: SUPPORT; the voting body (General Assembly) is not named in the sentence, so empty target is right; Thursday 2013-10-17 (hours before Friday's rejection) right."),
 23: ("source", "The accord's terms commit RUF fighters to disarm: a promised disarmament is CONCEDE (asserted, dated the signing 1996-11-30); but the source's country is wrong: the RUF is Sierra Leone's rebel movement (SLE), not CIV (Ivory Coast is only the venue)."),
 24: ("", "Kenyatta and Odinga promised to work together: AGREE, mutual, KEN, Friday 2018-03-09; all right."),
 25: ("date", "ACCUSE Scholz (DEU) -> Russia (RUS) for its war is right; the condemnation was made in the reported call, so the date should be the document date 2024-11-16 (or Friday 2024-11-15), not empty."),
 26: ("", "ASSAULT by al Qaeda-linked militants on the military police training school in Bamako (MLI), Tuesday 2024-09-17; all right."),
 27: ("", "ACCUSE by Namibian opposition politicians (NAM) condemning the violence; the attackers are not named in the sentence, empty target right; Monday 1999-08-02 right."),
 28: ("", "About 150,000 killed in the 1990s violence: ASSAULT, no named attacker, a total over a span so no date; attributed to the government, asserted; all right."),
 29: ("", "Biden and Trong agreed to raise relations: AGREE, mutual, USA/VNM, Sunday 2023-09-10; all right."),
 30: ("source", "SUPPORT (praise) of the Iranian court is right, target right; the source, a conservative newspaper in Iran's conservative/reformist split, is plainly Iranian: code should be IRN, not empty."),
 31: ("", "Eritrea banned UN peacekeepers from flying helicopters: COERCE ban/restrict, Eritrea -> UN peacekeepers (UNO), said on Wednesday 2005-10-05; all right."),
 32: ("date", "CONSULT visit by Obama to ASEAN members (ASEAN as the group) is acceptable, but 'has now visited every ASEAN member' sums visits over his presidency: a tally over a span has no date, not 2016-09-06."),
 33: ("SPURIOUS", "Spurious: 'tests showed a recurrence of lymphoma' are medical tests on King Hussein, not a weapons test (MOBILIZE)."),
 34: ("", "COERCE arrest of several suspects in Mali reported by the army; the arrester is not named (passive), empty source right; document date 2024-09-18 with no date in the text; all right."),
 35: ("source date", "REQUEST to the opposition (Awami League, BGD) is right, but the caller is the subject of 'said ... and called', the officials of Khaleda Zia's BNP (BGD), not President Iajuddin Ahmed; the date should be the document date 2006-10-30, not empty."),
 36: ("target", "REJECT by Oviedo (PRY) on Tuesday 1996-04-23 is right; the target should be President Juan Carlos Wasmosy (PRY), whose order is refused and who is named in the sentence, not empty."),
 37: ("", "Italian officials complained about France: ACCUSE, ITA -> FRA, at the Paris meeting of Tuesday 2018-05-29; all right."),
 38: ("", "Kosovo and Serbia agreed to end the standoff: AGREE, mutual, Thursday 2021-09-30; all right."),
 39: ("", "The pope has repeatedly criticised economic sanctions: ACCUSE, VAT; no party named as target (empty right); repeated over time, no date right; all right."),
 40: ("SPURIOUS", "Spurious: Vucic's claim that the agreement showed Belgrade had 'defended its citizens' is his characterisation of the deal, not an act of verbal support (SUPPORT) by Serbia toward its citizens."),
 41: ("target date", "SUPPORT (diplomatic recognition) by Russia, Nicaragua, Venezuela is right; the target should be Abkhazia (breakaway region, GEO), not Georgia, whose claim the recognition rejects; and these are background acts of earlier years (2008 onward): no date, not the document date 2014-06-02."),
 42: ("type", "Clinton ordering up to $20 billion in emergency loans for Mexico is AID (credit to Mexico; AGREE if read as a pledge), not REQUEST; source, target, Tuesday 1995-01-31 and asserted are right."),
 43: ("source", "ACCUSE against Schroeder (DEU) is right; the source 'critics at home' are German critics, so the code should be DEU, not empty."),
 44: ("", "Student protests in Tehran (IRN) in April 1998 after Karbaschi's detention: PROTEST, 1998-04, asserted. The sentence names no party protested against, so an empty target is right (the state would be right too, the aim being the detention)."),
 45: ("source", "The 'urged' REQUEST to the Peruvian government is Amnesty International's alone; the source should be Amnesty International, not Anaya and Amnesty (Anaya's call is dateline's separate event e4); target and date right."),
 46: ("", "EU welcomed the referendum result: SUPPORT; 'the result' is not a party, so an empty target is right by the rules (I would code Turkey, TUR); dated Sunday 2010-09-12 of the result, accepted (the document date 2010-09-13 would also do)."),
 47: ("source target date", "COERCE arrest is right, but 'It' is the interim government (BGD), not the Bangladesh Nationalist Party; the detainees (politicians, officials, businessmen) are plainly Bangladeshi, so politicians and businessmen need BGD; 'has since detained' sums arrests since January: no date, not 2007-09-04."),
 48: ("", "Western governments have been accused (unnamed accusers, empty source right): ACCUSE, target Western governments, ongoing so document date 2015-08-13; all right."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 48
with open("events-c.jsonl", "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {f: False for f in F}
        else:
            ws = wrong.split()
            assert all(w in F for w in ws), ws
            v = {f: f not in ws for f in F}
        v["all"] = all(v[f] for f in F)
        o = dict(it); o["verdict"] = v; o["reasons"] = reason
        out.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h23-x85-14", "coder_events": [
   "RETREAT release: Russia (RUS) <-> United States (USA), exchange of 14 convicted or confessed agents at Vienna airport, 2010-07-09"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Mutual spy swap (each side releasing the other's agents); dateline coded nothing in the paragraph."},
 {"doc": "h23-x88-14", "coder_events": [
   "SUPPORT: Costa Rica (CRI) -> China (CHN), established diplomatic relations, 2007-06-06",
   "SANCTION discontinue: Costa Rica (CRI) -> Taiwan (TWN), cut diplomatic ties, 2007-06-06"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the establishment of relations (right in all fields) but not the break with Taiwan in the same sentence."},
 {"doc": "h23-x88-01", "coder_events": [
   "AID: Bill Clinton (USA) -> Mexico (MEX), ordered up to $20 billion in emergency loans, 1995-01-31"],
  "found": 0, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline has the act but typed REQUEST ('ordered' read as an order to Mexico). 'Throwing his weight behind an international package' could be a SUPPORT with no named party; not counted."},
 {"doc": "h23-x88-02", "coder_events": [
   "REJECT: Lino Oviedo (PRY army) -> Juan Carlos Wasmosy (PRY), refused to obey the order to step down, 1996-04-23"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found with the right type (target missing). Wasmosy's order itself (the Monday dismissal, told in the next sentence) is coded from that sentence, not counted here."},
 {"doc": "h23-x88-13", "coder_events": [
   "AID (military assistance): Australia (AUS MIL) -> East Timor (TLS), first troops landed, 2006-05-25",
   "REQUEST: East Timor leaders (TLS GOV) -> Australia (AUS), urgent call for help, undated (before 2006-05-25)",
   "ASSAULT: rival factions of the army (TLS MIL) <-> police (TLS), a week of gun battles in Dili, ongoing (2006-05-26)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline coded nothing in the lead; the landing could also be MOBILIZE troops."},
 {"doc": "h23-x85-18", "coder_events": [
   "RETREAT resign: Alexander Ankvab (Abkhazia, GEO) announced his resignation, 2014-06-01",
   "PROTEST riot: opposition supporters (Abkhazia, GEO) -> Ankvab's administration (GEO), stormed the administration building in Sukhumi and forced him to leave, 2014-05-27"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the resignation; the storming five days earlier (Tuesday 2014-05-27) was not coded."},
]
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
res = [json.loads(l) for l in open("events-c.jsonl")]
assert [(r["n"], r["doc"], r["trigger"]) for r in res] == [(i["n"], i["doc"], i["trigger"]) for i in items]
for r in res:
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
pars = [json.loads(l) for l in open("paragraphs-c.jsonl")]
assert [p["doc"] for p in pars] == [p["doc"] for p in P]
for p, q in zip(pars, P):
    assert len(p["events"]) == q["dateline_events"], p["doc"]
counts = {f: sum(r["verdict"][f] for r in res) for f in F + ("all",)}
print(len(res), counts)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
