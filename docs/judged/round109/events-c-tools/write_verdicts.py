"""Write events-c.jsonl from the judge's verdicts below (fields wrong per item, plus reasons)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (list of wrong fields, reasons)
V = {
 1: (["date"], "Vieira's accusation of Mane accompanied the June 6 dismissal (a day before the June 7 outbreak); it is a background act, so the date should be 1998-06-06, not the document date."),
 2: ([], "Indictment of the two Bosnian Serb suspects ('both men' = Kovacevic and Drljaca, BIH); the indicting tribunal is not in the sentence, so an empty source is right; no date is given for the secret indictment."),
 3: ([], "The October (1994) Tel Aviv bus bombing that killed more than 20 Israelis; bomber not named in the sentence; date 1994-10 is right."),
 4: (["date"], "AGREE is right (CAMEO 0341 intent to change leadership -> AGREE) and the junta (NER) is the right source, but 'has promised' is a background pledge made before this election report; the text gives it no date, so it should have none rather than the document date."),
 5: ([], "Russia (RUS) backing Donbass separatists (UKR), an act still going on in 2017, so the document date is right; SUPPORT accepted since the text does not say the backing was material (AID would also be defensible)."),
 6: (["type", "target", "modality"], "Halting operations at the joint Kaesong park cuts economic exchange with North Korea: type should be SANCTION (discontinue), not a CONCEDE ceasefire; target should be North Korea (PRK), named as 'the North' in the sentence; 'said it would halt' is future, not asserted."),
 7: ([], "Poroshenko (UKR) held talks with Obama (USA) on Thursday, 2014-09-04; all fields right."),
 8: (["target"], "The opposition parties' complaint accuses SWAPO of using state resources; target should be SWAPO (NAM), named in the sentence, not empty."),
 9: (["source"], "The troops who returned fire were the NATO-led SFOR team (British soldiers), not Bosnian forces: source should be the NATO/British troops (GBR or NATO), not BIH."),
 10: (["source"], "The 'military government' is Sierra Leone's military government: its country code should be SLE, not empty; the ongoing talks correctly take the document date."),
 11: ([], "Cambodia's spokesman said Thai soldiers (THA) opened fire on Wednesday; attribution keeps it asserted; the sentence names no party fired upon, so an empty target is right."),
 12: (["date"], "Mikati's resignation is right as RETREAT resign, but the text dates only Salam's designation (April 2013); the resignation came before it and is not dated, so 2013-04 is wrong (it should have no date)."),
 13: (["source"], "'It' is the General Assembly resolution (the text): source should be the UN General Assembly (IGO), not Ukraine; target Russia and the 2022-03-02 date are right."),
 14: ([], "Killings in the 2015 Burundi crackdown, a total with no date by the rules; no perpetrator named, victims BDI; right."),
 15: (["date"], "The Israeli army's accusation is reported as this news with no date in the text: the date should be the document date 2001-08-01 (or the strike day 2001-07-31), not unknown."),
 16: ([], "Kremlin officials (RUS) rejecting the Latvian president's demand; 'the demand' is not a party, so an empty target is right; present, reported as news."),
 17: (["source", "target"], "Business leaders welcoming Tung's selection are Hong Kong business leaders: country should be HKG, not CHN; target should be Tung Chee-hwa (HKG), referred to as 'the choice' and 'a tycoon with good connections in Beijing'."),
 18: ([], "Surin (ASEAN) urging both sides (Thailand and Cambodia) to show restraint; right."),
 19: ([], "Detention of Gambian opposition supporters reported by rights groups (attribution, asserted); the detaining party is not named; 'in the run-up to the poll' gives no usable date; right."),
 20: ([], "Erdogan (TUR) condemned the bombings; the bombers are unnamed, so an empty target is right; document date right."),
 21: ([], "Prachanda (NPL) welcomed the decision; 'the decision' names no party, so an empty target is right; document date right."),
 22: (["target"], "Mikati condemned 'a new Israeli crime': target should be Israel (ISR), referred to in the sentence, not empty."),
 23: (["date"], "Seoul blaming Pyongyang for the warship sinking is a 2010 background act: the date should be 2010, not the 2016 document date."),
 24: ([], "Barzani (IRQ) asked Baghdad for help; the request is undated in the text, so unknown is right."),
 25: ([], "Russia's veto in the Security Council on Friday, 2022-02-25; REJECT (CAMEO 129) right; the vetoed text is not a party, empty target right."),
 26: (["type"], "The Netherlands and Finland blocking Romania's and Bulgaria's Schengen entry is a veto of their accession: type should be REJECT, not COERCE restrict (which is for restrictions on freedoms or movement by authorities); parties and date right."),
 27: ([], "Gbagbo (CIV) proposed direct dialogue with the rebels (CIV) in December 2006; an offer to negotiate is AGREE (CAMEO 036); right."),
 28: (["type"], "The act is Russia suspending its bomber patrols in 1992, a de-escalation: type should be RETREAT (CAMEO 087), not MOBILIZE; source, date 1992 and modality of the suspension are right."),
 29: ([], "NATO leaders agreed on Wednesday 2025-06-25 to raise defence spending; a multilateral agreement with no target; right."),
 30: (["target"], "Medvedchuk is a Ukrainian lawmaker arrested in Ukraine: target's country should be UKR, not RUS."),
 31: (["date"], "The 23 Pakistani soldiers were killed in the clashes that began on Oct. 11, not on the document date: the date should be 2025-10-11 (or none, as a toll), not 2025-10-19."),
 32: (["source", "target"], "'They' are the G7 leaders: source should be the G7 leaders, not Hong Kong; the plan backed is U.S.-led, so target should be the United States (USA) or empty, not China."),
 33: (["source"], "Pakistan's Foreign Office in Islamabad: source country should be PAK, not GBR; Bangladesh is not named in the sentence, so an empty target is right."),
 34: ([], "Bush due to fly to Georgia later on Monday 2005-05-09: CONSULT visit, future; right."),
 35: ([], "US trade embargo on Iran in 1995: SANCTION (discontinue exchange, PLOVER codebook) accepted, parties and date right."),
 36: ([], "Wen's visit to Japan, ongoing on Thursday 2007-04-12; right."),
 37: ([], "Hollande's promise to push Europe toward growth (intent to change policy, AGREE), tied to Sunday's win; right."),
 38: (["target"], "Kim Young-sam pardoned both predecessors: target should be Chun Doo-hwan and Roh Tae-woo (KOR); Roh is missing and no other event covers him."),
 39: (["date"], "Esper telephoned 'shortly before the operation', which the text dates Sunday: the date should be 2019-12-29, not unknown."),
 40: ([], "Hariri (LBN) softened his stance last month (2014-01): CONCEDE, no target; right."),
 41: ([], "Pakistan and the Taliban government (AFG) agreed to a ceasefire on Sunday 2025-10-19; mutual AGREE; right."),
 42: ([], "Wen (CHN) urged Japan (JPN) in Thursday's speech; right."),
 43: (["target"], "The sentence calls both groups 'Pakistan-based': Hizbul Mujahideen's country should be PAK, not empty (Lashkar-e-Toiba is right)."),
 44: (["target"], "Only Botero was arrested: target should be Fernando Botero (COL) alone; Samper is named only as the candidate whose campaign Botero ran."),
 45: (["date"], "Khatami's criticism was made in the CNN interview dated Wednesday in the first sentence: date should be 1998-01-07, not the document date."),
 46: ([], "Jordan summoned the Israeli ambassador to protest: ACCUSE (CAMEO 114 complain officially); date from the document; right."),
 47: (["source"], "Schwarz-Schilling is 'the international community's High Representative', an international official (German national): his code should be international (IGO, no BIH country), not a Bosnian government official; target Bosnian politicians right."),
 48: (["target", "date"], "The Senate rejected amendments that would have let Obasanjo run again: target should be Olusegun Obasanjo (NGA); the text dates the vote Tuesday, so the date should be 2006-05-16, not the document date."),
 49: (["date"], "The Afghan attack on Pakistani border posts followed the Oct. 11 outbreak of clashes: date should be 2025-10-11 (the clashes' start), not the document date 2025-10-19."),
 50: (["source"], "Botero was detained on orders of the prosecutor general's office, named in the sentence: source should be the prosecutor general's office (COL), not empty; a separate sentence, so not a duplicate."),
}

items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
assert len(items) == 50 and sorted(V) == list(range(1, 51))
out = []
for it in items:
    wrong, reason = V[it["n"]]
    assert all(w in FIELDS for w in wrong)
    if "event" in wrong:
        v = {f: False for f in FIELDS}
    else:
        v = {f: (f not in wrong) for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it); rec["verdict"] = v; rec["reasons"] = reason
    out.append(rec)
with open(HERE / "events-c.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
counts = {f: sum(r["verdict"][f] for r in out) for f in FIELDS + ["all"]}
print(counts)
