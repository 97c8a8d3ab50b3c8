"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's verdicts below, then check them.
usage (from round175/): python3 events-a-tools/write_verdicts.py"""
import json

FIELDS = ["event", "type", "source", "target", "date", "modality"]
# n -> (list of wrong fields, or "SPURIOUS"; reasons)
V = {
 1: ([], "Gunmen storming a hotel and killing about 30 incl. MPs is ASSAULT; gunmen uncoded (no country in the sentence), MPs (SOM parliament) as target, 'last month' = 2010-08: all right."),
 2: (["source"], "Source should be Arafat's security forces (Palestinian security forces, PSE), the party the sentence names as outlawing, not Arafat himself; undated present-perfect background act with unknown date is acceptable."),
 3: ([], "Taylor (LBR) accusing the LURD rebels (LBR) is ACCUSE; present-tense statement dated to the report day, July 21 per the dateline: right."),
 4: (["date"], "ACCUSE Al-Mihdar -> Yemeni government is right, but the accusation was made during his trial (before the May 1999 sentence), a background act: date should be unknown/at most 1999-05, not the document date."),
 5: ([], "'It' = Sudan's government accusing the SPLA (SDN) of bad faith; undated act reported as this news takes the document date: all right."),
 6: (["source"], "ACCUSE disapprove of the killing is right and an empty target is right (attackers unnamed), but the source, the spokesman for Maskhadov's Chechen separatists, should carry RUS (the story places Chechnya within Russia; e1 codes these rebels RUS), not an empty code."),
 7: ([], "Awami League (BGD) demanding an independent inquiry is REQUEST; nobody addressed is named, so empty target is right; document date right."),
 8: ([], "China signing the amity treaty and partnership declaration with ASEAN is SUPPORT (sign agreement); the signing was on Wednesday = 2003-10-08: all right."),
 9: ([], "India rejecting the Security Council resolution is REJECT; the sentence names no party (only 'the resolution'), so empty target is right by the rules (I would code the UN Security Council); document date right."),
 10: ([], "European Parliament calling on Turkey to recognise the genocide is REQUEST EP -> TUR on Wednesday 2000-11-15: all right."),
 11: ([], "Signing a contract with North Korea is coded SUPPORT (sign agreement; COOPERATE would also be defensible); Taiwan Power (TWN) -> North Korea, 'earlier this month' = 1997-01: right."),
 12: ([], "Miller resigning on Sunday 2004-05-02 is RETREAT resign: all right."),
 13: (["type"], "Rioting crowds attacking banks and government offices is PROTEST (riot) in PLOVER, not ASSAULT; crowds (IRN) -> government offices (IRN) and Tuesday 1995-04-04 are right."),
 14: ("SPURIOUS", "'a route not approved by the authorities' describes the march route; no act of approval or disapproval is reported: not an event."),
 15: ([], "Secularist march against the headscarf amendments (a law) is PROTEST demo with the Turkish state as a right target under the home-protest rule; Saturday 2008-02-09 right."),
 16: ([], "A death toll of 30 killed in the past week is ASSAULT with no named killer; the victims (ALB) are right and a span summed over a week has no date."),
 17: (["target", "date"], "Target should be the Supreme Electoral Council (NIC), named in the sentence as the party accused of rigging; the accusation is reported as this news, so the date should be the document date 2008-11-19, not unknown."),
 18: ([], "Interior Minister (IRN) blaming 'counter-revolutionary elements' (IRN) is ACCUSE; document date right for the reported statement."),
 19: (["target"], "Protests over the replacement of benefits (a government policy) aim at the authorities' act and the sentence names the government: target should be the Russian government (RUS); empty source and 'earlier this year' = 2005 are right."),
 20: (["date"], "Pakistan welcoming the resolution's Kashmir reference is SUPPORT, but the date should be 1998-06-07 (document date; reaction to Saturday's resolution), not 1998-05-11, the date of India's tests."),
 21: ([], "Filing treason charges is ACCUSE allege on Wednesday 1997-03-12; the sentence names no party (only 'the charges'), so empty source and target are right by the rules (I would code Nigeria's government -> Soyinka)."),
 22: (["source", "target"], "The weighting was agreed at the Nice summit by the EU leaders (not named in the sentence; Poland was not yet a member), not by Madrid and Warsaw, who are the parties insisting (coded separately as e2): source and target should be empty/the Nice summit's EU members."),
 23: ([], "Berisha's resignation is the rebels' condition, not a reported act, and is rightly marked hypothetical with no date; Berisha (ALB) right. (The rebels' refusal to disarm is the main act, not coded.)"),
 24: (["source"], "Suspending Canadian development aid to Cuba is SANCTION; the sentence makes the suspender Canada ('Canadian ... development aid'): source should be Canada (CAN); target Cuba and 'late 1970s' right."),
 25: (["target"], "The person sentenced to death a week earlier is Ali Hassan al-Majid (IRQ), not Saddam Hussein: target wrong; empty source (unnamed court) and the week before the Monday hanging (2010-W03) are right."),
 26: (["target"], "Nationalist deputies complaining about Clinton's speech is ACCUSE, but 'a foreign leader' is Bill Clinton: target should be Clinton (USA), not an uncoded leader."),
 27: ([], "Yemen accusing London (UK government) of harbouring militants is ACCUSE; undated statement reported in this story takes the document date: right."),
 28: (["type", "target"], "Argentina and Britain jointly agreeing to lift the visiting ban and restore flights is a reciprocal agreement, AGREE between Argentina and the UK (each the other's counterpart), not a CONCEDE to Argentine citizens; source and Wednesday 1999-07-14 right."),
 29: ([], "Belarus Interior Ministry accusing the opposition (BLR) of provoking violence is ACCUSE; document date right for the statement."),
 30: (["date"], "Saakashvili (GEO) calling on Adjara's leadership (GEO) is REQUEST, but the statement on the result is this news: date should be the document date 2004-03-29, not the month 2004-03 borrowed from the earlier confrontation ('this month')."),
 31: ([], "A U.S. military team flown in to reinforce embassy security is MOBILIZE by the United States; the embassy is the party it is sent to guard; report day 2003-07-21 right."),
 32: ([], "Putin's first visit to Japan is CONSULT visit, Putin (RUS) -> Japan, during the summit reported on 2000-09-05: right (a separate sentence from the summit event e1)."),
 33: ([], "Bhutto (PAK) welcoming Zardari's release is SUPPORT; no approved party is named, so empty target is right; document date right."),
 34: ([], "Protest march (the protesters' riot with it) by Gaza protesters (PSE); this sentence names no aim, so the Palestinian state as target is right under the home-protest rule (mode would be riot); 2001-10-08 right."),
 35: ([], "Zardari's conviction in a graft case is SANCTION convict with an unnamed court; undated background act with unknown date is right."),
 36: (["source"], "Hurriyat leaders urging restraint is REQUEST on 2002-05-21, but the source should carry IND (Kashmiri separatists in Indian Kashmir, dateline 'SRINAGAR, India'), not an empty code."),
 37: ("SPURIOUS", "'a government under U.N. sanctions' describes Sudan's standing status inside Holbrooke's remark, no act of sanctioning is reported (and the sanctioned party is Sudan, not the United States); the sentence's act is Holbrooke's criticism of Sudan (ACCUSE), not coded."),
 38: ([], "Police (CUB) detaining dozens of activists (CUB) is COERCE arrest, reported on 2010-02-24: right."),
 39: (["source"], "Source should be Gerhard Schroeder (DEU) and Jacques Chirac (FRA), who made clear they would not accept the system, not 'some Polish politicians'; AGREE negated (or REJECT asserted) with empty target is acceptable."),
 40: (["source"], "'It' is the Damascus Declaration, i.e. Syria's opposition signatories (SYR), which rejected foreign intervention: source should be the Syrian opposition, not the state of Syria; REJECT, empty target and 2005-10-16 right."),
 41: (["modality"], "Turkish officials (TUR) threatening France is THREATEN, but the threat was made: modality should be asserted (only the condition 'if a genocide bill becomes law' is hypothetical)."),
 42: (["date"], "Havel (CZE) expected to begin consultations with party leaders is CONSULT future, but in a Sunday (1996-06-02) report 'this week' is the coming week 1996-W23 (3-9 June), not W22, which ends on the report day."),
 43: ([], "ASEAN leaders signing the Bali Concord II declaration on Tuesday 2003-10-07 is SUPPORT: all right."),
 44: (["date"], "Lula (BRA) urging Ahmadinejad (IRN) is REQUEST, but it was done during Monday's visit and told at the news conference: date should be 2009-11-23 (or the document date), not unknown."),
 45: ([], "Pakistan expelling India's acting high commissioner on Sunday 2003-02-09 is SANCTION expel: all right."),
 46: ([], "Bodyguard (of Lone, in Srinagar, IND) also killed, no killer named in the sentence: ASSAULT on 2002-05-21 right."),
 47: ([], "Ecevit (TUR) accusing some European politicians is ACCUSE; the statement is this news, document date right."),
 48: (["source"], "'its leaders' are Hamas leaders (PSE, militant group): source should be Hamas leaders, not Palestinian government leaders; REQUEST for calm with empty target and 2001-10-08 right."),
 49: (["target"], "Maoists (NPL) pulling out of the interim government is SANCTION withdraw, but the body left is named in the sentence: target should be Nepal's interim government (NPL)."),
 50: (["source", "target"], "'Brussels' here is the European Union (customs union with the EU), not Belgium: the mutual parties should be Turkey and the EU; AGREE and March 1995 right."),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 50
with open("events-a.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "SPURIOUS":
            v = {k: False for k in FIELDS}
        else:
            v = {k: (k not in wrong) for k in FIELDS}
            assert all(w in FIELDS for w in wrong)
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it); out["verdict"] = v; out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

P = [
 {"doc": "h64-x252-25", "coder_events": [
   "CONSULT: Naoto Kan (JPN) -> Hu Jintao (CHN), first formal talks on the APEC sidelines, 2010-11-13",
   "AGREE: Naoto Kan (JPN) <-> Hu Jintao (CHN), agreed to work to repair ties, 2010-11-13",
   "ACCUSE: Naoto Kan (JPN) -> Dmitry Medvedev (RUS), sparred over the disputed island chain, 2010-11-13/14 (day not given in the paragraph)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the Kan-Hu talks (CONSULT; its date 2010-11-14 is the document date, while the meeting was on Saturday 2010-11-13 per the next sentence). Missed the agreement to repair ties and the sparring with Medvedev."},
 {"doc": "h64-x251-11", "coder_events": [
   "CONSULT: Nepal government (NPL) <-> Maoist rebels (NPL), first direct peace talks at a hill resort, 2001-08-30"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found, mutual, right date (Thursday). The insurgency's summed toll of 1,700 dead is background with no date and not listed."},
 {"doc": "h64-x250-17", "coder_events": [
   "REQUEST: Syrian opposition (SYR) -> Bashar al-Assad's government (SYR), joint call for a peaceful and gradual transition to democracy, 2005-10-16"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Missed: 'issued a joint call for' a transition, the story's main event."},
 {"doc": "h64-x250-15", "coder_events": [
   "SANCTION: Qatari court (QAT) -> two Russian intelligence agents (RUS), sentenced to life in prison, 2004-06-30",
   "ACCUSE: Qatari court (QAT) -> Russian leadership (RUS), said the attack had been ordered by the Russian leadership, 2004-06-30",
   "ASSAULT: Russian intelligence agents (RUS) -> Zelimkhan Yandarbiyev (Chechen separatist leader), car bomb killing, date not in the paragraph (2004-02-13 in the story)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found the sentence (SANCTION convict, right). Missed the court's accusation against the Russian leadership and the car-bomb killing."},
 {"doc": "h64-x249-16", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results and a leader's campaign goals: no PLOVER act in the paragraph."},
 {"doc": "h64-x252-14", "coder_events": [
   "ASSAULT: gunmen (unidentified) -> convoy of teachers (two Americans USA, one Indonesian IDN), ambush killing three and wounding eight near the Freeport mine, 2002-08-31 (Saturday, per the next sentence)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found with the right type and Saturday date (reported by police)."},
]
pdocs = [json.loads(l)["doc"] for l in open("paragraphs-a.jsonl")]
assert pdocs == [p["doc"] for p in P], pdocs
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
out = [json.loads(l) for l in open("events-a.jsonl")]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[k] for k in FIELDS)
    if not v["event"]:
        assert not any(v.values())
counts = {k: sum(o["verdict"][k] for o in out) for k in FIELDS + ["all"]}
print("counts of 50:", counts)
print("paragraphs:", len(P), "coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
from collections import Counter
c = Counter()
for n, (w, r) in V.items():
    if w == "SPURIOUS": c["spurious"] += 1
    else:
        for x in w: c[x] += 1
print("wrong-field tally:", dict(c))
