"""Write events-c.jsonl from the judge's verdicts below, then check the file.

usage: write_verdicts.py   (run from docs/judged/round145)
Verdict string: six letters T/F for event, type, source, target, date, modality.
"""
import json

V = {
 1: ("TTTTTT", "The ICC prosecutor's investigation of Kenya's 2007-08 bloodshed, ongoing when told: document date right; the investigated party is not named (the bloodshed is an act), so an empty target is right (a coder could also accept Kenya)."),
 2: ("TTTFFT", "'Maduro, who is under U.S. sanctions' is a standing U.S. sanction; the sanctioned party in the sentence is Maduro himself, so target should be Nicolas Maduro (VEN), not Venezuela; date should be the document date 2023-05-31 (ongoing), the year 2018 belongs to the re-election clause."),
 3: ("TTTTTT", "The Biden administration seeking a deal under which Riyadh would normalise ties with Israel: REQUEST from the U.S. government (Biden) to Saudi Arabia/Israel, ongoing, document date; right."),
 4: ("TTTTTT", "Modi and Xi met at the BRICS summit in Johannesburg in August 2023: mutual CONSULT, date 2023-08 as given; right."),
 5: ("FFFFFF", "Duplicate: the three deaths are the outcome of the clash coded from the same sentence (e2, Macedonian police clashing with crowds); one act. Had it been credited, source should be the Macedonian police and date 1997-07-09 (the violence on Wednesday, next sentence)."),
 6: ("TTTTFT", "Police clashing with crowds in Gostivar is an ASSAULT with the right parties, but the text dates the violence to Wednesday: date should be 1997-07-09, not the Thursday of the report."),
 7: ("TTFFTT", "The U.N. preventive force's ongoing deployment (document date right); source should be the U.N. force (UNO), not empty, and the U.N. is the deploying party, not the target (target should be Macedonia, MKD, or empty)."),
 8: ("TTTTTT", "U.S. forces raided an Iranian government office in Arbil on Thursday 2007-01-11: COERCE seize U.S. forces -> Iran; right."),
 9: ("TTTTTT", "Lapid urging the Security Council to act: REQUEST ISR -> UNSC, undated act reported as this news, document date; right."),
 10: ("TTFFTT", "The rioters in Grude and Siroki Brijeg are Bosnian Croats in Bosnia: source should be protesters (BIH), not HRV; target should be the international auditors/SFOR (or Bosnia, BIH, whose authorities' bank takeover they opposed), not Croatia."),
 11: ("TTTTTT", "U.S. negotiators objecting to 'shall' during Saturday's adoption (2015-12-12): ACCUSE disapprove, no party named as target; right."),
 12: ("TTTFTT", "Police killing the three attackers is right in type, source and date, but the text does not give the attackers' nationality (officials said it was too early to identify them): target should be the three attackers with no country code, not TUR."),
 13: ("TTTTTT", "U.S. forces detained five Iranians on Thursday 2007-01-11: COERCE arrest; right."),
 14: ("TTTFTT", "Future meeting with business leaders during Assad's visit to Britain is right as CONSULT future with no date, but nothing makes them Syrian government figures: target should be business leaders with no code (British business leaders, GBR, if any), not SYR."),
 15: ("TTTTTT", "Kenya sent troops into southern Somalia in 2011: MOBILIZE KEN -> SOM, date 2011; right."),
 16: ("TTTFTT", "'All three were convicted' refers to the three dissidents (Xu Wenli, Wang Youcai, Qin Yongmin): target should be the three dissidents (CHN), not empty; no convicting court is named in the sentence, so the empty source is right; the Monday verdict date is right."),
 17: ("TTTFTT", "Washington deploring the sentences is ACCUSE, but the sentence names Beijing, whose courts handed them down, as the party addressed: target should be China (CHN), not empty."),
 18: ("TTTTTT", "Belarus's Interior Ministry opening a criminal case (passive, no agent named; the disappearance has no suspect): ACCUSE investigate with empty source and target, reported as this news; right."),
 19: ("TTTTTT", "Amnesty calling the ruling 'a vindictive attack': ACCUSE disapprove; 'it' is the ruling, not a party, so an empty target is right; document date right."),
 20: ("TTTTTT", "Berger conceded on Sunday night 1999-12-26: CONCEDE (election concession), no party named as target; right."),
 21: ("TTTTTT", "Switzerland froze Mobutu's assets in May 1997: SANCTION CHE -> Mobutu (COD); right."),
 22: ("TTTTTT", "Ethnic Albanians' ongoing complaints of discrimination: ACCUSE, no party named as target, ongoing, so document date; right."),
 23: ("TTFTTT", "'Its Foreign Ministry' is Morocco's: source should be Morocco's Foreign Ministry (MAR), not a ministry with no country; the invitation is not a party, so the empty target is right."),
 24: ("TTTTTT", "Ulvi Hasanli detained on Monday 2023-11-20, no agent named: right."),
 25: ("TTTTTT", "Poroshenko asked foreign experts (including the FBI) to assist: REQUEST to a mixed group with no single country; right."),
 26: ("TTTTTT", "Sgrena kidnapped on Feb. 4 2005, kidnappers not named: ASSAULT abduct, empty source; right."),
 27: ("TTTFTT", "APC officials accused 'the government' of Nigeria of using the insurgency as a pretext: target should be the Nigerian government (NGA), not the U.S. government; 2015-02-07 is the story's own dateline day, accepted."),
 28: ("TTTTTT", "Taiwan's Mainland Affairs Council rejecting Beijing's paper: REJECT by Taiwan's government; 'the document' is not a party, so an empty target is right; undated, document date right."),
 29: ("TTFTTT", "The critics are Japanese lawmakers and relatives of missing Japanese: source should be lawmakers (JPN) and relatives (JPN); 'Japan' as a third source is wrong (it comes from 'the missing Japanese') and the lawmakers lack JPN."),
 30: ("TTTTFT", "Markelov condemned Budanov's release at Monday's news conference: date should be 2009-01-19; 'last week' (2009-W03) dates the release, not the condemnation."),
 31: ("TTFTFT", "The 2003 Istanbul truck bombings: date should be 2003 (months after the consulate moved in 2003), not the document date; source should be suicide truck bombers linked to al Qaeda with no country code (the text does not make them Turkish)."),
 32: ("TTTFTT", "Prosecutions of activists since the 2014 Hong Kong protest (a span, no date: right; no agent named: right); the text makes plain they are Hong Kong activists, so target should be several young activists (HKG), not uncoded. Borderline."),
 33: ("TFTFTT", "Ankara restricting exports of 54 product categories to Israel is a cut in trade: type should be SANCTION (discontinue), not COERCE restrict; target should be Israel (ISR), named in the sentence."),
 34: ("TTTTTT", "Officials in Belgrade condemned the attack: ACCUSE, attackers unknown, empty target; right (SRB accepted for Serbia and Montenegro's capital)."),
 35: ("TTTTTT", "Beijing rejected Canada's hacking charge: REJECT (rejecting an accusation; accepted as PLOVER 'all rejections'), no party named, undated; right."),
 36: ("TTTTTT", "Uribe accused Senator Ivan Cepeda in 2012: ACCUSE COL -> COL, 2012; right."),
 37: ("TTTTTT", "Western diplomats have urged Tripoli to integrate militias: REQUEST -> Libyan government, ongoing/undated, document date; right."),
 38: ("FFFFFF", "Spurious: the diplomats' 'said' is analysis of why Soglo lost, not an accusation by them; the only critical act in the sentence is others' earlier 'complaints' about Soglo."),
 39: ("TTTTTT", "Poroshenko ordered police and the security service to find the killers, on the day of the killing: REQUEST (order) UKR -> police; right."),
 40: ("TTTTTT", "Jansa and Bratusek have rejected the prospect of a bailout: REJECT (refusal of outside help), a standing position (Bratusek restated it before the vote), document date accepted; no party named as target."),
 41: ("TTTTFT", "Cuba breaking relations with Panama over the pardon: SANCTION right, but the pardon was 'last year', so the break is 2004: date should be 2004, not the document date."),
 42: ("TTTTTT", "Masra's party urged supporters to remain calm: REQUEST TCD -> supporters (TCD); undated, document date; right."),
 43: ("TTTTTT", "The Election Commission then asked the Constitutional Court to disband the party: REQUEST THA -> THA; undated, unknown date right."),
 44: ("TTTTFT", "The GCC leaders welcomed Jordan's request at Tuesday's summit: date should be 2011-05-10 (the announcement 'on Tuesday' in the lead), not the document date."),
 45: ("TTFTTT", "The 'officials' who blamed the GSPC are Algerian officials: source should be Algerian officials (DZA), not Germans (DEU)."),
 46: ("TTTTTT", "Endara conceded defeat: CONCEDE; Torrijos, the winner named in the story, is clearly the party conceded to; document date accepted; right."),
 47: ("TTTTTT", "Machimura rejected Taiwan's claim to the islands on Monday: REJECT JPN -> TWN; right."),
 48: ("TTFTTT", "The killings were by November 17 ('The group ... has killed'): source should be the November 17 group (GRC), not the police; targets right (American diplomats missing); a span with no date is right."),
 49: ("FFFFFF", "Spurious: insisting on handling the crisis itself requests nothing of anyone; it is the same refusal already coded from this sentence as REJECT (e6, refused offers of foreign special forces)."),
 50: ("FFFFFF", "Spurious: 'defended' is the lawyer's legal representation of clients, background biography, not PLOVER verbal support; had it counted, the date would be wrong too (an earlier act of unknown time given the document date)."),
}

KEYS = ["event", "type", "source", "target", "date", "modality"]
items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50
with open("events-c.jsonl", "w") as out:
    for it in items:
        code, reason = V[it["n"]]
        v = {k: c == "T" for k, c in zip(KEYS, code)}
        v["all"] = all(v[k] for k in KEYS)
        rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

# checks
rows = [json.loads(l) for l in open("events-c.jsonl")]
assert len(rows) == 50
for it, r in zip(items, rows):
    assert (it["n"], it["doc"], it["trigger"]) == (r["n"], r["doc"], r["trigger"])
    v = r["verdict"]
    assert v["all"] == all(v[k] for k in KEYS)
    if not v["event"]:
        assert not any(v.values()), r["n"]
    for k in it:
        assert it[k] == r[k]
counts = {k: sum(r["verdict"][k] for r in rows) for k in KEYS + ["all"]}
print(counts)
