"""Judge b, round 159: write events-b.jsonl from the verdicts below (fields that are WRONG are listed;
'spurious' marks an item that holds no event), then check the file and print per-field counts."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ["event", "type", "source", "target", "date", "modality"]

# n: (wrong fields, reasons)
V = {
 1: ([], "Morocco signed the association agreement with the EU on Monday 1996-02-26; signing an agreement is SUPPORT in PLOVER; all fields right."),
 2: ([], "Car bomb killing at least 10 in Jakarta on Wednesday 2000-09-13; no perpetrator in the sentence, so an empty source is right; victims in the Indonesian capital (IDN)."),
 3: ([], "Egyptian police arrested three men on Thursday 2010-01-07; COERCE arrest, all fields right."),
 4: ([], "Chavez's endorsement of the candidates is SUPPORT Chavez (VEN) -> candidates (VEN), a backing still in force at the news date; all fields right."),
 5: ([], "Myanmar's junta accused the Thai army of firing into Tachilek; ACCUSE MMR -> THA, reported as this news (document date 2001-02-12); all right."),
 6: (["type"], "Gyanendra's bloodless royal takeover of February 2005 ('seized absolute power') is not an armed assault: type should be COERCE (dismissal of government / emergency rule), not ASSAULT; source, empty target and date 2005-02 are right."),
 7: (["target"], "The Pacific states welcomed 'the newcomers', which refers to Kiribati, Nauru and Tonga (KIR/NRU/TON) named earlier; an empty target is wrong. Source (the island states incl. Fiji), SUPPORT and document date are right."),
 8: ([], "FLN and partners have backed Bouteflika's reconciliation programme: SUPPORT FLN (DZA) -> Bouteflika (DZA), ongoing at the news date; all right."),
 9: (["target"], "Rebels (LTTE) used artillery: ASSAULT is right, but 'artillery' is the weapon, not a party; the target should be the Sri Lankan army units (LKA) named in the sentence ('some units'). Date and modality (attribution only) are right."),
 10: ([], "Indonesia's standing non-acceptance of the ICJ's jurisdiction: AGREE negated (equivalent to a REJECT) toward the court (UN organ, UNO), a state still holding at the news date; accepted in all fields, though a coder might skip it."),
 11: ([], "Medvedev called for tighter protection of transport: REQUEST, no addressee named for this call (the security services are the target of the separate 'ordered' event), document date; all right."),
 12: (["type", "target"], "Uzbekistan pulling out of GUAM is a country withdrawing from an organisation: type should be SANCTION (withdraw), not RETREAT; target should be GUAM ('the group' in the same sentence), not empty. Date 2005 ('last year') is right."),
 13: ([], "The US Embassy said Washington stood ready to help Turkish investigators: an offer of help is AGREE, USA -> Turkish investigators (TUR), document date; all right."),
 14: ([], "Najib had earlier urged people not to take the issue to the streets: REQUEST Najib (MYS) -> people (MYS); undated earlier act with unknown date is right; all right."),
 15: (["source", "date"], "The leaders of the Muslim-Croat federation are Bosnian: source code should be BIH, not HRV. The signing took place at the weekend meeting in Rome (1996-02-17/18, reported by U.S. officials on Sunday), not on the Monday document date 1996-02-19."),
 16: ([], "Pakistan summoned the U.S. ambassador (Anne Patterson, USA) on Wednesday 2008-09-03 to protest: ACCUSE, all right."),
 17: (["target"], "'Angolan officials welcomed it': 'it' is the Security Council's vote, so the target should be the U.N. Security Council (UNO), not the Luanda government. SUPPORT, source and document date are right."),
 18: ([], "More than 3,000 killed or disappeared under Pinochet: ASSAULT on people in Chile (CHL), agent not stated so empty source is right; a total over 1973-1990 has no date, so unknown is right."),
 19: (["target"], "'Other ministers called on him to name names': 'him' is British High Commissioner Edward Clay (GBR), the man accused of making the allegations, not Foreign Minister Mwakwere."),
 20: ([], "U.N. police fired tear gas to disperse crowds in Dili on Wednesday 2007-08-08 (dateline day): ASSAULT crowd-control, UNO -> crowds (TLS); all right."),
 21: (["type", "source", "target"], "60,000 NATO troops deployed in Bosnia under Dayton is a peacekeeping deployment: type should be AID (CAMEO 074 military protection/peacekeeping), source should be NATO (the troops), and the target Bosnia (BIH) alone; here the source is empty and NATO troops are put among the targets. Ongoing act, document date right."),
 22: ([], "About 40 killed in Karachi in May 2007 when pro-government supporters clashed with opposition activists: ASSAULT supporters (PAK) -> 40 people (PAK), date 2007-05; the 'clashed' event e4 is the duplicate, not this one; all right."),
 23: ([], "Hashimoto agreed in April (1996-04) to the Futenma return plan and defence cooperation review with the U.S.: AGREE JPN -> U.S. (forces, USA); all right."),
 24: (["type", "target", "date"], "The government's appeal against the High Court ruling is a legal challenge, ACCUSE (legal action) rather than a REQUEST; its target is the High Court whose ruling is appealed ('the court' in the sentence, MYS), not empty; and the appeal came after the Dec. 31 ruling on an undated day, so 2009-12-31 (the ruling's date) is wrong: no date."),
 25: ([], "Peres and Arafat agreed on Wednesday 2001-09-26 to resume security cooperation: mutual AGREE ISR/PSE, all right."),
 26: (["source", "date"], "Chen met Soong before Soong's departure from Taiwan, i.e. before the nine-day tour began: the date should be unknown (earlier, undated), not 2005-05-12; the source should be Chen Shui-bian (TWN) alone, the DPP is only named in the relative clause and did not meet Soong."),
 27: ([], "More than 30,000 killed in Kashmir since 1989: a total over a span, no date; ASSAULT on people in Indian Kashmir (IND), no agent named; all right."),
 28: (["date"], "Bar-On resigned within days of his January appointment: the date should be 1997-01, not 1997-04-20. RETREAT resign by Bar-On (ISR) is right."),
 29: ([], "Judge Guzman had charged Pinochet (earlier, undated): ACCUSE allege CHL -> CHL, unknown date right; all right."),
 30: (["target"], "Merkel pledged to revive the EU's stalled constitution: AGREE is acceptable, but the target should be the EU (the bloc) or empty, not the 'rotating EU presidency', the office Germany itself took over. Date Monday 2007-01-01 right."),
 31: (["date"], "The attorney general's decision not to indict Netanyahu (ACCUSE negated) was announced on Sunday: the date should be 1997-04-20, not unknown. Type, parties and negated modality are right."),
 32: ([], "Georgian Foreign Minister summoned a Russian diplomat to protest on Friday 2002-08-23 (dateline day): ACCUSE GEO -> RUS; all right."),
 33: (["target"], "Turkish officials dismissed 'the announcement', i.e. Kongra-Gel/PKK's ending of the truce: target should be Kongra-Gel/PKK (Kurdish rebels, TUR), not empty. REJECT, source and document date right."),
 34: ([], "Sharon had vetoed an earlier attempt to hold the meeting: REJECT by Sharon (ISR), requester not named so empty target right, earlier undated act with unknown date right."),
 35: (["target"], "Human rights groups criticised 'the decision', Toledo's emergency decree: target should be Toledo / the Peruvian government (PER), not empty. ACCUSE, source (country not given in the sentence) and document date right."),
 36: ([], "American and British jets patrol the no-fly zone over northern Iraq: an ongoing show of force USA/GBR -> IRQ, MOBILIZE acceptable (COERCE restrict would also do), document date for an ongoing act; all right."),
 37: ([], "Clinton's letter to Hastert is a communication by other media: CONSULT USA -> USA acceptable; received before Hastert pulled the measure on Thursday 2000-10-19; all right."),
 38: (["source"], "The raid was by American commandos, so the source of the killing should be the American commandos (USA), not the Pakistani officials who reported it. Target civilians (PAK), date 2008-09-03 and asserted modality right."),
 39: ([], "Kwasniewski is expected to ask Miller to form a government: REQUEST POL -> POL, future, undated; all right."),
 40: (["target"], "The European Commission welcomed 'the outcome' of Latvia's referendum: target should be Latvia (LVA), not empty. SUPPORT, source and document date right."),
 41: ([], "Several Hamas activists detained overnight (passive, agent not stated, Palestinian security implied): COERCE arrest -> Hamas activists (PSE), date of the report 1995-07-25; empty source accepted by the rules though a coder would fill the Palestinian police (PSE)."),
 42: (["target"], "Key's promise to keep Labour's social programmes is directed at no party: target should be empty (and Labour is New Zealand's party, not GBR). AGREE, source, unknown date right."),
 43: (["target"], "Ecevit welcomed 'the decision', the U.S. House/Speaker Hastert's shelving of the resolution: target should be the U.S. House of Representatives / Hastert (USA), not empty. SUPPORT, source, document date right."),
 44: ([], "Batlle has promised to cut spending and open the economy: AGREE URY, no target, undated promise; all right."),
 45: (["target"], "Security officials from both sides are to meet under American auspices: a mutual meeting hosted by a third party; with Palestinian officials as source the target should be the Israeli security officials (ISR), not the United States, which only hosts. Future, undated right."),
 46: ([], "Evans said Canberra had always supported an internationally acceptable solution: SUPPORT by Australia (AUS), standing position dated to the news day 1995-06-30; all right."),
 47: (["target"], "Netanyahu called for the talks to be suspended, a call on the government conducting them ('the government' in the sentence): target should be the Israeli government (ISR), not empty. REQUEST, source, document date right."),
 48: (["source", "target"], "Activists for East Timor rallying in The Hague: the text gives no country, so the source code should be empty (not IDN); the oil companies' country is not given either, target code should be empty (not IDN). REQUEST future, undated right."),
 49: ([], "Miller promised to complete EU membership talks on schedule: AGREE Miller (POL) -> EU, news date; all right."),
 50: ([], "Martin conceded defeat late on Monday 2006-01-23: CONCEDE by Martin (CAN), no target named; all right."),
}
SPURIOUS = set()

items = [json.loads(l) for l in open(HERE / "events-b-items.jsonl")]
assert len(items) == 50 and [i["n"] for i in items] == list(range(1, 51)) and set(V) == set(range(1, 51))
out = []
for it in items:
    wrong, why = V[it["n"]]
    assert set(wrong) <= set(F)
    if it["n"] in SPURIOUS:
        v = {f: False for f in F}
    else:
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    rec = dict(it); rec["verdict"] = v; rec["reasons"] = why
    out.append(rec)
with open(HERE / "events-b.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-b.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in back) for f in F + ["all"]}
print(counts)
