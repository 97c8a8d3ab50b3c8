"""Judge d, round 164: write events-d.jsonl and paragraphs-d-verdicts.jsonl from the verdicts below.
usage (from docs/judged/round164): python3 events-d-tools/write_verdicts.py
Each entry: n -> (wrong fields, reasons). 'event' in wrong fields = spurious (all false)."""
import json

V = {
 1: ([], "Shaibani welcomed the EU's lifting of sanctions: SUPPORT, asserted; 'the step' is an act, not a party, so the empty target stands by the rule (a coder would often add the EU); undated reaction takes the document date."),
 2: (["date"], "Zarif's apology to Iranians is SUPPORT (CAMEO 055) with the right parties, but the text dates it 'late on Monday', so the date should be 2019-02-25, not 2019-02-27."),
 3: ([], "Ongwen surrendered in January 2015: RETREAT disarm, the party to whom he surrendered is not named, so the empty target is right; 2015-01 as given."),
 4: (["target"], "ACCUSE by Erdogan is right, but the sentence names whom he blames, 'political enemies' (TUR), so the empty target is wrong (the warning that they would be hunted down is a separate THREATEN, not coded)."),
 5: (["source"], "The 'Smart Voting' urging is a REQUEST to supporters, but 'Their' refers to the allies of Alexei Navalny (RUS), not the 'new party' (New People) of an earlier paragraph; source wrong."),
 6: ([], "Law professor in Jakarta accusing the Constitutional Court of tailoring its ruling: ACCUSE, both parties IDN, the Monday of the ruling = document date."),
 7: ([], "Biden hosted Ruto's state visit on Thursday (2024-05-23): CONSULT visit; PLOVER makes the visitor (Ruto) the actor, but a meeting is right in either direction under the conventions."),
 8: (["type", "target"], "The alleged backing (rightly reported, inside Kinshasa's accusation) is of the eastern armed groups ('some of them'), so the target should be those armed groups (COD), not the Congolese government; material backing of armed groups is AID, not SUPPORT (PLOVER SUPPORT is verbal only)."),
 9: ([], "Han Dong-hoon resigned on Thursday 2024-04-11: RETREAT resign, KOR, right."),
 10: (["event"], "Spurious: austerity that 'has hit pensions, universities and public works' is a figurative use of 'hit', no ASSAULT or other act between political actors."),
 11: (["date"], "ASSAULT by Congolese security forces on protesters is right, but the killings were 'in the days after Kabila's mandate ran out' on 19 December, a background act; the date should be 2016-12 (after 2016-12-19), not the document date."),
 12: (["target"], "Kolchenko's sentencing is SANCTION convict with an unnamed court (empty source right), but he is a Crimean whom Kiev claims as its citizen (Russia's claim of citizenship is disputed in the text); the target should be coded UKR, not RUS."),
 13: (["source", "target"], "Shehu only reports: the thanker is the president, Muhammadu Buhari (NGA), not Garba Shehu; the sentence names the targets, the intermediaries (Swiss government, ICRC, NGOs) and the Nigerian security agencies (NGA), so the empty target is wrong."),
 14: ([], "Milei's call on governors and moderate lawmakers to back his reforms: REQUEST, ARG parties right; undated speech reported as this news takes the document date by the rule."),
 15: ([], "Dan Barna urged supporters to protest: REQUEST, ROU parties right, same day as the dismissal (document date 2018-07-09)."),
 16: (["date"], "Torture after arrest as Sentsov says (ASSAULT torture; 'says' is attribution, so asserted stands by the rule, though it is his allegation); the text dates the arson to April 2014, not the arrest or torture, so the date should be none (unknown), not 2014-04."),
 17: (["date"], "Lawmakers' complaints about Abushagur's cabinet lists are ACCUSE with the right parties, but they are background from before his removal on 7 October 2012; no date is given, so it should be unknown, not the document date 2012-10-15."),
 18: (["event"], "Spurious: a 'national consultation' is a domestic public survey in Hungary, not a CONSULT meeting with Ukraine (the REJECT/AGREE-negated of Hungary's stance on Kyiv's membership is a separate event)."),
 19: ([], "Mexican authorities arrested Gordillo: COERCE arrest, MEX parties, Tuesday 2013-02-26 as given."),
 20: ([], "Duque has sought changes to the peace accord: REQUEST (change) with no named addressee, an ongoing effort taking the document date."),
 21: ([], "Ashraf called on the United Nations to outlaw insults to religions: REQUEST PAK -> UN; no date in the text, document date by the rule."),
 22: ([], "France welcomed Bouteflika's decision: SUPPORT; 'the decision' is an act, so the empty target stands by the rule; same-day reaction, document date."),
 23: ([], "HDZ's backing of Grabar-Kitarovic is a SUPPORT endorsement, parties and HRV right; a standing endorsement dated to the Sunday run-off (2015-01-11) is acceptable."),
 24: (["target"], "Mahathir's call to step down is REQUEST, but 'him' in the sentence is Najib Razak (MYS), so the empty target is wrong."),
 25: ([], "Lindner accused Scholz of engineering a break with the coalition: ACCUSE DEU -> DEU; undated statement, document date by the rule."),
 26: ([], "Indian opposition accused Modi's government of a U-turn: ACCUSE; Modi stands for his government (IND), and 2015-12-09 is the story's own dateline day."),
 27: ([], "Afghan diaspora demonstrated outside Norway's foreign ministry on Monday (2022-01-24) against Oslo's hosting of the Taliban: PROTEST, the state's ministry is a right target."),
 28: (["target", "date"], "Trump's ACCUSE is aimed at South Africa's government (ZAF), not the United States government; the accusation is in the order signed on Friday, so the date should be 2025-02-07."),
 29: ([], "The Sudanese army accuses the UAE of arming the RSF: ACCUSE SDN -> ARE, ongoing, document date; asserted with the diplomats as reporters."),
 30: (["date"], "Kang's statement that South Korea did not plan to deploy more THAAD batteries is a negated MOBILIZE by KOR, but it came 'a day after' = before the Tuesday thaw, so the date should be 2017-10-30, not 2017-10-31."),
 31: ([], "Russia massing troops opposite Sumy, as Ukrainian officials say: MOBILIZE, ongoing at story time, document date; attribution keeps it asserted."),
 32: (["date"], "The pope's urging of Peres and Abbas is REQUEST with the right parties, but it was made at the Vatican gathering the text dates 'on Sunday', so the date should be 2014-06-08, not 2014-06-09."),
 33: (["target", "date"], "Ali Youssef's complaint is ACCUSE, but the sentence names its addressee, 'his British counterpart' David Lammy (GBR), so the empty target is wrong; the letter preceded the conference (pluperfect context) and is undated, so the date should be unknown, not 2025-04-16."),
 34: ([], "State Department called for Lutsenko's release: REQUEST; the addressee (Ukraine) is not named in the sentence, so the empty target is right; same-day reaction, 2012-02-27."),
 35: (["type", "target", "date"], "Churkin's warning against using the resolution to 'strangle' North Korea's economy is a caution with no repercussion, REQUEST (or ACCUSE disapprove), not THREATEN; it is addressed to the states applying the sanctions (unnamed, empty target), not North Korea; said at the council vote, so 2016-03-02."),
 36: ([], "Dragnea sentenced last month: SANCTION convict, court unnamed, ROU target, 2018-06 right."),
 37: (["event"], "Spurious: Abbas asking God for peace is a prayer, not a REQUEST to a political actor."),
 38: ([], "Brahimi's visits to Riyadh, Tehran, Ankara, Cairo and Damascus: CONSULT visit to the five governments, undated ('for weeks'), unknown date right."),
 39: ([], "20 Indian soldiers killed in the Galwan clash: ASSAULT (PLOVER's battles), China not named in the sentence so the empty source is right, 2020-06-15 as given."),
 40: (["source", "target", "date"], "The pope's criticism is ACCUSE disapprove, but the pope is coded VAT, not ARG; the criticism is of the Palestinians' situation and aimed at Israel (ISR) (or no target), not at the Palestinians; the visit was 'last month', so 2014-05, not 2014-06-09."),
 41: (["target", "date"], "Chaves's campaign promise can stand as AGREE, but 'Congress' is Costa Rica's and is not the party promised to; target should be empty (voters), not US Congress (USA); a campaign promise before the run-off is background, undated, not the document date."),
 42: (["target"], "HRW's appeal is REQUEST, but Bahrain's Western allies are the United States and Britain (USA, GBR), not BHR-coded."),
 43: ([], "The UN mission urged all sides to stay on the path of peace: REQUEST UNO -> the Colombian sides, document date."),
 44: (["target"], "The ban is COERCE ban with an unnamed source, 2021-06 right, but the sentence names what was outlawed, Navalny's network (RUS), so the empty target is wrong."),
 45: (["source", "date"], "Seoul's request for a postponement is REQUEST to Tokyo (JPN right), but 'Seoul' is the South Korean government (KOR), not a Seoul university; the request was the news of Friday, so the date should be 2012-06-29, not unknown."),
 46: ([], "Australia agreed to raise the investment-screening threshold for China: AGREE AUS -> CHN on Monday 2014-11-17."),
 47: (["event"], "Spurious: 'should not be held responsible' is the defence's argument, not an ACCUSE act (negated or otherwise) by any party."),
 48: ([], "Defence lawyers will appeal to Russia's Supreme Court: REQUEST, future, undated; lawyers in a Russian trial coded RUS is acceptable."),
 49: ([], "Arab League approved sanctions on Syria on Sunday 2011-11-27: SANCTION, right."),
 50: ([], "Quiroga called Paz to congratulate him: SUPPORT BOL -> BOL; undated concession call, document date by the rule."),
}

FIELDS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 50 and set(V) == {i["n"] for i in items}
with open("events-d.jsonl", "w") as f:
    for it in items:
        wrong, why = V[it["n"]]
        assert set(wrong) <= set(FIELDS), wrong
        if "event" in wrong:
            v = {k: False for k in FIELDS}
        else:
            v = {k: k not in wrong for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = why
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

P = [
 {"doc": "h59-x230-05", "coder_events": [
   "SANCTION: King Mohammed VI (MAR) -> Spanish man Daniel Galvan (ESP), revoked his pardon, 2013-08-04",
   "RETREAT: King Mohammed VI (MAR) -> Spanish man (ESP), pardon granted/release (background), undated (last week)",
   "PROTEST: protesters (MAR) -> Morocco (MAR), angry protests against the pardon, undated (the weekend)",
   "COERCE: Moroccan police (MAR) -> protesters (MAR), police crackdown, undated",
   "ACCUSE: critics at home and abroad -> Moroccan police/authorities (MAR), criticism of the crackdown, undated"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline codes nothing in the lead; the revocation (the story's main act) is missed. Revoking a pardon has no clean PLOVER type; SANCTION is my choice."},
 {"doc": "h59-x230-07", "coder_events": [
   "THREATEN: Tayyip Erdogan (TUR) -> political enemies (TUR), warned they would be hunted down, 2014-03-31 (victory speech after midnight)",
   "ACCUSE: Tayyip Erdogan (TUR) -> political enemies (TUR), blames them for the corruption scandal, 2014-03-31"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "ACCUSE found (target left empty); the THREATEN, the headline act, is missed."},
 {"doc": "h59-x231-23", "coder_events": [
   "AGREE: Joe Biden (USA) -> Kenya (KEN), said he would designate Kenya a major non-NATO ally, 2024-05-23",
   "CONSULT: William Ruto (KEN) -> Joe Biden (USA), state visit hosted at the White House, 2024-05-23"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "CONSULT found (host as source, accepted); the designation pledge is missed."},
 {"doc": "h59-x230-18", "coder_events": [
   "MOBILIZE: Turkey's parliament (TUR) -> Libya (LBY), authorised deployment of troops to support the Tripoli government, 2020-01-02"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found; an authorisation, so the deployment itself is not yet made (dateline codes it asserted)."},
 {"doc": "h59-x231-10", "coder_events": [
   "SUPPORT: Congo's ruling coalition (COD) <-> main opposition parties (COD), signed an agreement, 2016-12-31",
   "CONSULT: Catholic bishops (COD) mediating talks between the coalition and the opposition (COD), up to 2016-12-31"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "SUPPORT signing found, though with Kabila (not a signatory) as target; the mediation is missed."},
 {"doc": "h59-x230-06", "coder_events": [
   "RETREAT: Israel (ISR) -> Palestinian prisoners (PSE), freed 26 prisoners, 2013-08-14",
   "CONSULT: Israel (ISR) <-> Palestinians (PSE), first round of peace talks (future, the next day), 2013-08-14"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Release found; the upcoming talks (future CONSULT) are missed."},
]
paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(paras, P):
    assert len(p["events"]) == q["dateline_events"]
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for q in P:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")

# counts
rows = [json.loads(l) for l in open("events-d.jsonl")]
cnt = {k: sum(r["verdict"][k] for r in rows) for k in FIELDS + ["all"]}
print(cnt)
print("paragraphs:", sum(len(q["coder_events"]) for q in P), sum(q["found"] for q in P),
      sum(q["dateline_events"] for q in P), sum(q["spurious"] for q in P))
