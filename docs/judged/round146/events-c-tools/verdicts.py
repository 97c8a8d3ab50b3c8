"""Judge c, round 146: the verdicts, written by hand after reading every sampled story in full
(events-c-tools/dump.py) and the show.py context. Writes events-c.jsonl next to the items and checks it.
usage: python3 events-c-tools/verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
F = ("event", "type", "source", "target", "date", "modality")

# n -> (fields that are wrong (or "SPURIOUS"), trigger for a check, reasons)
V = {
 1: ([], "agreed", "Iraq and Syria agreeing on Tuesday (2006-11-21) to restore relations is AGREE; the mutual parties are listed both ways, which the rules accept."),
 2: (["type", "target"], "began", "The EU deploying its police and justice mission to Kosovo is an act, but it is AID (police assistance/peacekeeping, CAMEO 074), not AGREE (036, intent to meet); target should be Kosovo (XKX), the recipient named in the sentence."),
 3: (["SPURIOUS"], "offering", "Spurious: condolences to a victim's family are an empathetic comment (CAMEO 018), which PLOVER drops; no act between political actors. (The 'horrible murder' remark is not what was coded.)"),
 4: (["SPURIOUS"], "declined", "Spurious: an anonymous official declining to give troop numbers to reporters is a refusal to comment (CAMEO 011), not a PLOVER REJECT of a request or proposal from a political actor."),
 5: ([], "urging", "REQUEST for the men's release by the European parliamentarians to Mubarak (EGY) is right; the undated pluperfect ('had written') rightly has no date. The co-source, members of the U.S. Congress (USA), is missing but the party given is a right one."),
 6: ([], "sentenced", "SANCTION/convict of dozens of Kuwaitis (KWT) by unnamed courts; 'later' than 2011 gives no date, so no date is right."),
 7: ([], "demanded", "Indian opposition politicians demanding the government (India, IND) reconsider the ceasefire: REQUEST, parties and document date right (sector GOV for the opposition is not scored)."),
 8: ([], "accused", "Sandu (MDA) accusing Moscow (RUS) in February 2023 is right in every field."),
 9: ([], "invaded", "Russia's invasion of Ukraine dated 'last year' = 2022 is right in every field."),
 10: ([], "urging", "Diabre (BFA) urging his supporters (BFA) to accept the result: REQUEST reported as this news, document date right."),
 11: (["source"], "killed", "Awlaki killed on Friday 2011-09-30 is right, but the sentence names the attacker: 'a strike by a U.S. drone', so source should be the United States (USA), not empty."),
 12: ([], "detain", "Georgian special forces (GEO) trying to detain the suspect (GEO) late on Wednesday, 2005-07-20: COERCE/arrest right; the detention went through (he was taken into custody in hospital), so asserted is fine."),
 13: ([], "demanded", "'It' is Azerbaijan's foreign ministry (AZE) demanding that Moscow (RUS) investigate; REQUEST, Saturday statement = document date; a separate demand from the lead's, not a duplicate (other sentence)."),
 14: ([], "convicted", "Saudi court (SAU) believed to have convicted Parry (British nurse, GBR): SANCTION/convict; no date is given; 'widely believed' makes reported a right modality."),
 15: (["target", "date"], "freed", "Rescuing hostages is AID (PLOVER 'rescue hostages'); source right. Target: the group is British, Dutch and Indonesian, so IDN alone is wrong (empty code or the several countries). Date should be 1996-05-15: the raid was launched on Wednesday (next sentence); Thursday is when the military said it."),
 16: ([], "killed", "More than 1,000 killed in the crackdown is a total summed since Feb 1, so no date is right; killers unnamed, victims THA."),
 17: ([], "held", "Negated CONSULT between Abbas (PSE) and Netanyahu (ISR) 'in years': mutual parties, no date, negated: right."),
 18: ([], "complained", "Ottawa residents (CAN) complaining: ACCUSE (mode should be disapprove, not scored); nobody is named or referred to as target, so empty is right; ongoing, so the document date is right."),
 19: (["date"], "accused", "ACCUSE by Brown and Sarkozy (Obama missing, but the parties given are right) against Iran is right; the date is wrong: the accusation came 'a week' before the Thursday 2009-10-01 meeting, about 2009-09-24, not the document date."),
 20: (["date"], "charged", "ACCUSE/allege against Tolimir (BIH), charging party unnamed in the sentence (empty right); the date is wrong: he was charged by an indictment made public in 2005 (later sentence), a background act given the document date; should be 2005 (or no date)."),
 21: ([], "accept", "Somaliland officials (SOM) saying they would not accept a Puntland administration (SOM): AGREE negated is the accepted counterpart of REJECT asserted (like 'refused to withdraw'); no date for the negated future act is right. I would code REJECT."),
 22: (["SPURIOUS"], "rejected", "Spurious: 'rejected any link' is a denial of an imputed motive (CAMEO 016, deny responsibility, dropped by PLOVER), not a REJECT of a request, proposal or plan."),
 23: ([], "accused", "Parry (GBR) accused of the killing, accuser unnamed, no date given: right."),
 24: ([], "called", "Houthi leaders (YEM) calling on Riyadh (SAU) to follow suit: REQUEST, document date: right."),
 25: ([], "expelled", "Morales (BOL) expelling the U.S. ambassador (USA) 'last September' = 2008-09: right."),
 26: ([], "condemned", "The U.N. human rights office condemning 'the killings': no party named or referred to as target, so empty is right; document date right."),
 27: ([], "visit", "Modi's (IND) visit to Bhutan (BTN) wrapped up on Monday 2014-06-16: right."),
 28: ([], "accept", "Iran (IRN) would accept IAEA inspections under the framework: a promised access, AGREE; hypothetical with no date is right for a term of a deal not yet final."),
 29: (["target"], "promised", "Obama's (USA) promise on Wednesday is AGREE, but target should be Estonia, Latvia and Lithuania (EST/LVA/LTU), named in the sentence as the states NATO would defend."),
 30: ([], "met", "Burns (coded as the United States, USA) meeting Jalili (IRN) on the day of the talks: CONSULT, document date: right."),
 31: ([], "killed", "Kim Jong Nam (PRK) killed in February 2017, killers unnamed: right."),
 32: ([], "attacked", "Suicide bombers (IDN) attacking churches on Sunday morning 2018-05-13, killing 13 (IDN): right (mode should be suicide-attack, not scored)."),
 33: ([], "clashed", "Iohannis (ROU) clashing repeatedly with the Social Democrats (ROU): ACCUSE/disapprove over a span, so no date is right."),
 34: ([], "offered", "Vajpayee (IND) offering a 'hand of friendship' to Pakistan (PAK) in April 2003: AGREE, right."),
 35: (["SPURIOUS"], "appealing", "Spurious: 'appealing to voters of African and Indian descent' means courting Trinidadian voters, no request; and 'Indian descent' is not India (IND)."),
 36: ([], "urged", "Christian leaders (NGA) urging the government (NGA) to protect churches: REQUEST, document date: right (sector not scored)."),
 37: (["type", "target"], "launching", "The EU launching a peacekeeping operation is an act, but not ASSAULT: it is AID (peacekeeping, CAMEO 074) or at most a deployment; target should be Macedonia (MKD), where the force takes over."),
 38: (["target"], "killed", "Security forces (GAB) killing two plotters on Monday 2019-01-07 is right, but the target is named in the sentence: 'two of the plotters' (coup soldiers, GAB); empty is wrong."),
 39: ([], "accused", "Obama (USA) accusing Russia (RUS) on Wednesday: right."),
 40: ([], "refused", "U.N. officials (UNO) refusing to take part in the GHF scheme: REJECT; the sentence names no party for the target, so empty is right; ongoing stance, document date right."),
 41: ([], "give", "'Israel would not give in to pressure': CONCEDE negated is the accepted counterpart of REJECT; source Israel (ISR) right; no target named; no date for the negated act is right."),
 42: (["source", "date", "modality"], "threw", "ASSAULT on the crowd (GEO) is right in type and target, but the grenade was thrown by the suspect (a man, GEO), not the Georgian police; date should be 2005-05 ('in May', May 10); the throw is inside the police's claim ('a man they say threw'), so reported, not asserted."),
 43: (["target"], "demanded", "Turkey's (TUR) 1998 demand is REQUEST, but it was made of Damascus: target should be Syria (SYR); Ocalan is the person whose expulsion was demanded."),
 44: (["source"], "backed", "Military backing of the Bosnian Serb troops (BIH) is AID, ongoing at the document date; but the source is 'rebel Serbs from Croatia's Krajina region': Croatian Serb rebels (HRV), not Serbia (SRB)."),
 45: ([], "urged", "Rwandan officials (RWA) urging the world (the international community, no code): REQUEST; dated to the report's dateline day (Nov 15), which the text gives: right."),
 46: ([], "cooperate", "The president said the army (GTM) would cooperate with prosecutors (GTM): future COOPERATE with no date, as 'will meet' is future by the rules; a pledge-reading (AGREE by Perez Molina, asserted, 2012-10-04) would also be defensible."),
 47: (["target"], "welcomed", "Hamas (PSE) welcoming the warrants is SUPPORT, but of the court's decision, not of the Israelis: the Israelis are the warrants' targets; target should be empty (the ICC is not named in the sentence) or the ICC."),
 48: (["date"], "urged", "U.S. officials (USA) urging Latvia and Estonia (LVA/EST) is REQUEST, but 'they had urged' is an earlier act of unknown time: no date, not the document date."),
 49: ([], "sentenced", "Iranian courts (IRN) sentencing at least 10 people (IRN) to death: a total over the protest period, so no date is right."),
 50: (["target"], "killed", "Bolivian police (BOL) killing three men on Thursday 2009-04-16 is right, but the men are 'foreign-born' (Irish, Hungarian, Hungarian-Croatian): target code should be empty, not BOL."),
}

items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
assert len(items) == 50 and sorted(V) == [it["n"] for it in items] == list(range(1, 51)), "n mismatch"
out = []
for it in items:
    wrong, trig, reasons = V[it["n"]]
    assert it["trigger"] == trig, (it["n"], it["trigger"], trig)
    if "SPURIOUS" in wrong:
        v = {f: False for f in F}
    else:
        assert all(w in F[1:] for w in wrong), wrong
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reasons
    out.append(rec)
with open(HERE / "events-c.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

# checks
back = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
assert len(back) == 50
for it, r in zip(items, back):
    assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
    assert {k: r[k] for k in it} == it, "item changed"
    v = r["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
counts = {f: sum(r["verdict"][f] for r in back) for f in F + ("all",)}
print(counts)
