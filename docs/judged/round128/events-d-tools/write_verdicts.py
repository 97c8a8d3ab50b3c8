"""Write events-d.jsonl from judge d's verdicts (round 128) and check them.
usage (from docs/judged/round128): python events-d-tools/write_verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (list of wrong fields, reasons); an empty list means right in every field
V = {
 1: ([], "SUPPORT: the joint statement says Beijing (Chinese government, CHN) 'understands and supports' India's (IND) aspirations; no date in the text, the act is this news, so the document date 2005-04-11 (Monday of the visit) is right."),
 2: ([], "COERCE (state of emergency) by Kocharyan (ARM); the sentence names no target, so empty is right; 'that night' is 1 March 2008 from the previous sentence, so 2008-03-01 is right."),
 3: (["target"], "ACCUSE by critics (no country given, empty right), but 'him' is Embalo (named in the previous sentence): target should be Umaro Sissoco Embalo (GNB), not Fernando Dias [AGO]. Undated background act, unknown date is right."),
 4: ([], "ACCUSE/disapprove: Nepali opposition politicians (NPL) criticise Dahal (NPL); criticism of the visit reported as this news with no date, document date 2023-06-02 right."),
 5: (["date"], "REJECT by Museveni (UGA) of Besigye's protest idea; the sentence names no party, empty target right. Date wrong: the next sentence places the dismissal 'before the results were announced' (Sunday 2011-02-20), so it is on or before 2011-02-20 (or unknown), not the Monday document date 2011-02-21."),
 6: (["target"], "REQUEST by Amr Moussa (EGY) is right, but 'the leaders' are the rival Somali faction leaders: target should carry SOM, not an empty code. Date: the sentence gives none, so the document date is right by the rule (he spoke at Monday's signing, 1997-12-22, which a coder would prefer)."),
 7: (["target"], "ASSAULT on Friday 2021-06-04 by gunmen (BFA accepted: unidentified attackers coded by the country of the attack, as the rules do for protesters); the target, 14 people killed in the village of Tadaryat including a member of the Burkinabe volunteer militia, is plainly Burkinabe: should be BFA, not empty."),
 8: (["target"], "REQUEST (sought support) by Guillier (CHL) is right and the undated campaign act is right with no date, but the support was sought from the Broad Front: target should be the Broad Front (CHL party), not its candidate Beatriz Sanchez."),
 9: ([], "REQUEST: U.S. embassy (USA) urged the Azerbaijani authorities (AZE) to respect due process; this news, no date in the text, document date right."),
 10: (["target"], "CONCEDE by Matovic (SVK), Sunday 2021-03-28, asserted, is right (kept as an event: the concession is the act PLOVER codes for a promised resignation; e1's RETREAT future codes the resignation itself). Target wrong: the sentence names those he bowed to, the coalition partners (SVK), so an empty target is wrong."),
 11: ([], "REQUEST: Jordan (JOR) has sought discounted oil from Iraq (IRQ, 'Iraqi oil'); an ongoing aim takes the document date 2008-08-12."),
 12: ([], "SUPPORT (approve policy): Nepal's parliament (NPL) approved the new map in 2020; the sentence names no party whose policy it approved, empty target right. (A coder might leave a domestic vote uncoded, but SUPPORT/approve is a defensible PLOVER reading.)"),
 13: ([], "REQUEST: Washington (USA) has been pressing New Delhi (IND) to sign the CTBT; ongoing act, document date 1999-10-07 right."),
 14: ([], "REQUEST to the EU and NATO by 'Saakashvili's government'; coding its head Saakashvili (GEO) is accepted as the same party (GEO government). Ongoing act, document date 2010-11-06 right."),
 15: (["modality"], "CONSULT/visit by the BRICS leaders to Brasilia (host Brazil accepted; the South American heads of state would also do), Wednesday 2014-07-16 right; but the story is filed on Tuesday 15 July ('agreed on Tuesday'), so the trip is scheduled: modality should be future, not asserted."),
 16: ([], "REQUEST: Rabin (ISR) demanded the Palestinian Authority (PSE) act against militants at Thursday's meeting, 1995-02-02; attribution to Israeli officials keeps it asserted."),
 17: ([], "REQUEST: 'they' are the 116 NAM member states (multinational, empty code right) urging Baghdad (IRQ government); the final declaration of Tuesday 2003-02-25 is the document date."),
 18: ([], "COERCE/arrest: Bahraini police (BHR) detained at least six other activists (BHR); no date but reported as this news, document date 1996-01-22 right; attribution keeps it asserted."),
 19: (["date"], "COERCE/arrest: Tunisian police (TUN) detained protesters (TUN) is right, but the text says 'in recent weeks' before the 2000-05-04 report: date should be recent weeks (about April 2000), not 1999-10, which comes from Ben Ali's re-election 'last October' in the previous sentence."),
 20: (["date"], "ACCUSE: the Serbian authorities blame Otpor, the student movement (SRB), for the murder; a separate act from e1 (accusation against Studio B). Date wrong: 'blame' is present, so the document date 2000-05-18; 'last weekend' is the murder's date, not the accusation's."),
 21: ([], "ASSAULT (armed seizure of ground, per CONVENTIONS) by Hamas (PSE) of Gaza in 2007; Palestine (PSE) is accepted as the party whose territory was seized (the sentence names only Gaza)."),
 22: (["source"], "CONSULT, future, later in February 1995, with Warren Christopher (USA) is right, but the source is the foreign ministers of Israel, Egypt, Jordan and the PLO (ISR, EGY, JOR, PSE): dateline keeps an uncoded 'Foreign ministers' plus Egypt alone, dropping Israel, Jordan and the PLO."),
 23: (["type", "source", "date"], "Held as an event (the noun phrase reports France ordering Algerians out), but expelling individuals is COERCE/deport (CAMEO 174), not SANCTION/expel; source should be France (FRA), named in 'ordered out of France'; date should be none: expulsions at unstated times since July 2024, not the document date 2025-03-28."),
 24: ([], "MOBILIZE/weapons (nuclear test) by North Korea (PRK) on 2013-02-12; no target in the sentence, empty right."),
 25: ([], "SANCTION/withdraw: Russia (RUS) withdrew its signature from the treaty with Estonia (EST) in 2005."),
 26: ([], "CONCEDE negated: Megawati and Kalla (IDN) did not concede; no party named, empty target right; their refusal stands at the report date 2009-07-09."),
 27: ([], "REQUEST by Sucre residents (BOL) for the city to recover its capital status; the sentence names no addressee, empty target right; ongoing demand, document date right."),
 28: ([], "REQUEST: China and Russia urged restraint; no addressee in the sentence, empty target right; this news, document date 2013-03-30 right."),
 29: ([], "ACCUSE: critics of the Colombian government (COL) accused Petro (COL); this news, document date 2022-08-29 right."),
 30: ([], "ACCUSE/disapprove (objections): North Korea's delegation (PRK) objected to tougher wording; no party named, empty target right; the objection is placed only before the statement's adoption, at an unstated time, so no date is accepted (the document date 2003-02-25 would also do)."),
 31: (["target", "date"], "AID (armed M23) by Rwanda (RWA), reported inside the UN experts' charge, is right, but M23 is named in the sentence: target should be M23 (COD); date should be none, the arming is a background act of the 2012-13 rebellion, not the document date 2013-03-19."),
 32: (["date"], "REQUEST: Karzai (AFG) urged people (AFG) to vote is right, but he did so on election day: date should be Saturday 2010-09-18, not 2009, which comes from his 're-election last year'."),
 33: ([], "REQUEST: Washington (USA) has pressed President Saleh (YEM) to keep suspects in jail; ongoing pressure, document date 2006-02-06 right."),
 34: (["date"], "ACCUSE: the Belarusian opposition (BLR) calls Lukashenko's (BLR) rule illegitimate; 'calls' is present, so the date should be the document date 1999-09-18; 1999-10 is the date of the planned march."),
 35: ([], "MOBILIZE/weapons: North Korea's (PRK) nuclear test 'last month' = 2006-10; no target, empty right."),
 36: ([], "REJECT (defy, CAMEO 128): Kosovo (XKX) declared independence from Serbia (SRB) in 2008; a different act from e6 (Belgrade rejects it). A coder could leave the declaration uncoded, but REJECT is a defensible reading."),
 37: ([], "CONSULT/phone: Bachelet (CHL) telephoned Pinera (CHL); the sentence gives no date, so the document date 2017-12-18 is right by the rule (the call was on election night, Sunday 2017-12-17)."),
 38: ([], "ACCUSE/allege: the U.N. war crimes tribunal (ICTY; UNO/IGO accepted) indicted Milosevic (SRB accepted for Yugoslavia's president) in May 1999."),
}

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 38 and [i["n"] for i in items] == sorted(V)
out = []
for it in items:
    wrong, reason = V[it["n"]]
    assert all(w in FIELDS for w in wrong)
    if "event" in wrong:
        v = {f: False for f in FIELDS}
    else:
        v = {f: f not in wrong for f in FIELDS}
    v["all"] = all(v[f] for f in FIELDS)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reason
    out.append(rec)
with open(HERE / "events-d.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-d.jsonl")]
assert len(back) == 38
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert {k: b[k] for k in a} == a
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in back) for f in FIELDS + ["all"]}
print(counts)
