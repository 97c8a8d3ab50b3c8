"""Write events-b.jsonl and paragraphs-b-verdicts.jsonl from the judge's verdict table below,
then check them and print per-field counts.  Run from docs/judged/round175/."""
import json

F = ["event", "type", "source", "target", "date", "modality"]
# n: (wrong fields, reasons).  Fields not listed are right.  "SPURIOUS" marks a non-event.
V = {
 1: ("source", "ASSAULT on police posts this year is right and so are target (Nepal police) and date (2001, 'this year'), but 'Their' refers to the Maoist rebels of the previous sentence: source should be the Maoists (NPL rebels), not 'whose government' (Koirala's government, the victim of the attacks)."),
 2: ("type target date", "Bush 'welcomed' Triet to the White House is hosting a visit, CONSULT (visit), not SUPPORT (praise); the sentence was cut at 'welcomed': target should be Nguyen Minh Triet (VNM), and date 2007-06-22, the Friday the sentence gives, not the document date. Bush as source is right (host; meeting is mutual)."),
 3: ("date", "COERCE state of emergency by Mobutu (COD for Zaire) with no target is right, but the text dates the decree ('read on state television on Tuesday night'): date should be 1997-04-08, not the document date 1997-04-10."),
 4: ("target", "COERCE arrest, the empty source (the detaining authorities are not named) and 2008-12 are right, but 'Both' are Zaki-ur-Rehman Lakhvi and Zarar Shah of Lashkar-e-Taiba (PAK): target should be them, not 'Indian officials' (who merely described Shah)."),
 5: ("", "ACCUSE: Sistani (IRQ) objects to the Bremer-Governing Council plan; the U.S. (Bremer, the U.S. administrator) is an acceptable target, present tense takes the document date. Right, though Sistani is listed twice, once with no code."),
 6: ("", "PROTEST obstruct: crowds (IRN) blocked the main road, no aim named in the sentence, so Iran is a right target; Tuesday 1995-04-04 from the previous sentence, witnesses as reporter. Right."),
 7: ("date", "REQUEST by Japanese business leaders (JPN) to Putin is right, but the pressing happened at the meeting the sentence dates ('who met Putin on Monday'): date should be 2000-09-04, not the document date."),
 8: ("target date", "Putin's proposed capital amnesty is an offer of a policy easing (AGREE under CAMEO2PLOVER 0342/0351; CONCEDE by the codebook also possible), but target Germany is taken from 'Nazi Germany' in another sentence: target should be empty (or Russian business); date should be 2005-04-25, the Monday of the speech, not the document date."),
 9: ("", "REQUEST: Russia, France and China have pressed for a softer approach; the party pressed is not named in the sentence, so an empty target is right; ongoing act takes the document date. Right."),
 10: ("", "ACCUSE: her party (Unity for Democracy and Justice, ETH; dateline names it by its 'party official') condemned the arrest; no party named as target, so empty is right; news act takes the document date. Right."),
 11: ("date", "MOBILIZE weapons (nuclear tests) by India is right, but the sentence dates the tests: date should be 1998-05-11 (and 13), not the document date 1998-06-07."),
 12: ("", "REQUEST: Bush urged Vietnam (VNM) to allow greater freedom, Friday 2007-06-22, asserted with Bush as reporter. Right."),
 13: ("", "ASSAULT assassinate of Abdirashid Ali Shermarke (SOM) in 1969, assassin unnamed. Right."),
 14: ("", "ASSAULT abduct of the Italian priest Giancarlo Bossi (ITA) 'last month' (2007-06), kidnapper unnamed in the sentence. Right."),
 15: ("target", "ACCUSE (campaigned against dialogue) by Benhamouda (DZA), undated background act with no date is right, but the sentence names the party opposed: target should be the banned Islamic Salvation Front (FIS, DZA)."),
 16: ("modality", "CONSULT visit Bush -> El Salvador on Sunday 2002-03-24 is right, but the story is filed on Saturday and 'flies ... on Sunday' is a scheduled act: modality should be future."),
 17: ("target", "SANCTION (Iraq suspended cooperation) by Iraq, August 1998, is right, but cooperation was suspended with the UN inspectors: target should be the UN inspectors / UNSCOM (UN body), not the United States."),
 18: ("date", "AGREE (protesters ready to follow the cleric) from the Shi'ite marchers (IRQ) to Sistani (IRQ) is acceptable, but the protesters spoke at Monday's march: date should be 2004-01-19, not the document date."),
 19: ("", "COERCE arrest by Libyan security forces of people involved in clashes in Libyan towns (LBY by place, as for protesters in a named country), news act with JANA as reporter. Right."),
 20: ("", "Ethiopia prepares to pull its troops out of Somalia: a stated planned withdrawal, CONCEDE (promise of future withdrawal) asserted, Ethiopia -> Somalia, ongoing at the document date. Right."),
 21: ("", "CONSULT: Bush and Triet together in the Oval Office, Friday 2007-06-22. Right (mutual meeting)."),
 22: ("date", "ACCUSE by Indian officials of Pakistan-based militants (PAK) is right, but the blame is reported as this news: date should be 2002-05-21 (the day of the killing and the story's dateline; the document date 2002-05-22 would also do), not none."),
 23: ("", "SANCTION expel: New Delhi (IND) ordered out Islamabad's top diplomat (PAK) a day before Sunday, 2003-02-08. Right."),
 24: ("target", "SUPPORT by Russian officials (RUS) of the vote is right, but the vote was Ukraine's parliament's: target should be Ukraine's parliament (UKR) or empty, not NATO."),
 25: ("type", "NATO troops (SFOR) took over police stations (Bosnian, BIH) last month (1997-08). CONVENTIONS (wave 30) make armed forces taking or occupying ground ASSAULT, keeping COERCE seize for police/authorities' seizures, so type should be ASSAULT; I would myself accept COERCE seize for a peacekeeping takeover of buildings."),
 26: ("target", "ACCUSE (objected) by Malaysians (MYS), undated background with no date and Abdullah as reporter are right, but they objected to Singapore's conditions: target should be Singapore (SGP)."),
 27: ("type target date", "'Riot police charged the column' is a physical charge on the marchers, not a legal charge: type should be ASSAULT (crowd control/beat), target the column of marchers (demonstrators, BLR), and date Sunday 1999-10-17, not the document date. Source (riot police, BLR) right."),
 28: ("", "REQUEST: Washington urged Taipei to reconsider, per a U.S. diplomat, news act at the document date. Right."),
 29: ("target", "REQUEST by the U.S., Britain and Norway is right, but 'both sides' are the Sudanese government and the SPLA rebels: target should be the Sudan government (SDN) and the SPLA (SDN), not Kenya (the host of the talks)."),
 30: ("source", "ACCUSE (condemned the cafe attack) with no named target and 1998-12-14 is right, but William Walker heads the OSCE's Kosovo Verification Mission (an international body; he is American): his code should be the OSCE/IGO (or USA), not Kosovo (XKX)."),
 31: ("target", "AGREE (pledge of food aid) by Tokyo (JPN) in May 2004 is right, but the aid was pledged to North Korea on Koizumi's visit to Pyongyang: target should be North Korea (PRK), not empty."),
 32: ("type target date", "Barak's pledge to pull out of the coalition is a pledge of a conflictual act (a threat to leave the government, THREATEN), not AGREE; target should be the coalition / Olmert's government (ISR); date should be 2007 ('before last year's leadership primary'), not none. Source right."),
 33: ("source date", "AGREE between Kan and Obama: 'the two leaders' are coded as one JPN group, so the source should be Kan (JPN) with Obama / the United States (USA) as the other party; the agreement was made at their Saturday talks, so date should be 2010-11-13, not the document date."),
 34: ("", "CONSULT visit: Kim Jong Il (PRK) arrived in Beijing (CHN) on Monday 2000-05-29, per Xinhua. Right."),
 35: ("source target", "REJECT of the embargo (an ongoing stance, per the Cuban official) is an event, but those rejecting are 'even Washington's friends' (the OAS member states that voted for the resolution) and the embargo is Washington's: source should be Washington's friends / the OAS members, target the United States (USA)."),
 36: ("target", "REQUEST by the Maoists (NPL) on Tuesday 2007-09-18 is right, but the demand is addressed to the interim government they left, named in the sentence: target should be Nepal's interim government (NPL)."),
 37: ("date", "SANCTION (withdrew UN international staff from Iraq) by Annan (UN) is right, but it is a background act after the August bombing: date should be 2003 (from August 2003), not the document date 2004-01-20."),
 38: ("", "SANCTION (suspend aid) Japan -> North Korea, future, with no date for the future act; Hosoda as reporter. Right."),
 39: ("date", "MOBILIZE troops Russia -> Chechnya (RUS) is acceptable (an ASSAULT reading, the invasion, is also possible), but 'a year ago this week' is December 1994: date should be 1994-W50, not 1995-W50 (the week of the story)."),
 40: ("", "REQUEST: Western governments urged both sides (India, Pakistan) to step back; ongoing, dated by the story's dateline May 21. Right."),
 41: ("", "ASSAULT firearms: Kravchenko (UKR) found shot dead on Friday 2005-03-04, shooter unnamed (the next sentence raises suicide; by the sentence-level rule the shooting is coded). Right."),
 42: ("source target", "PROTEST this month (1997-03) is an event, but the sentence names the protesters ('crowds in the port of Vlora and other southern towns', ALB) and their aim (they drove out government officials): source should be the crowds (ALB), target Albania's government (ALB), not both empty."),
 43: ("", "SUPPORT (approve): Turkey's parliament (TUR) approved the headscarf amendments on Saturday 2008-02-09; no party target. Right."),
 44: ("date", "ASSAULT abduct by North Korean agents (PRK) of 13 Japanese (JPN; the code is right though named 'Japan') is right, asserted with Kim as reporter, but the text gives 'the 1970s and 1980s': date should span 1970-1989, not '197' (the 1970s only)."),
 45: ("target", "REQUEST by China is right and 'was said to have pressed' can stand as reported (hearsay); but the request was made to the council, India is only the subject of the wording: target should be empty (the council members), not India. Document date right."),
 46: ("", "CONSULT: Clinton (USA) and Yeltsin (RUS) met in the Kremlin on Wednesday 1998-09-02. Right."),
 47: ("date", "REJECT (voted against the resolution) by the United States is right, but the vote was on Tuesday: date should be 1996-06-04, not the document date 1996-06-05."),
 48: ("target", "ACCUSE by Haider (AUT) reported as news at the document date is right, but he blamed the Freedom Party's leadership in Vienna, named in the sentence: target should be that leadership (AUT), not empty."),
 49: ("source target", "COERCE arrest in February 2004 is right, but Qatar did not detain anyone: the detention at a Moscow airport was by unnamed (Russian) authorities, so source should be empty or Russia, and target should be the two Qatari wrestlers (QAT), not Russia."),
 50: ("", "ASSAULT: the marines (PHL) ambushed on Tuesday 2007-07-10, attackers not named in the sentence. Right."),
}

items = [json.loads(l) for l in open("events-b-items.jsonl")]
assert len(items) == 50
out = []
for it in items:
    wrong, reason = V[it["n"]]
    wrong = wrong.split()
    if "SPURIOUS" in wrong:
        v = {f: False for f in F}
    else:
        for w in wrong:
            assert w in F, w
        v = {f: f not in wrong for f in F}
    v["all"] = all(v[f] for f in F)
    rec = dict(it)
    rec["verdict"] = v
    rec["reasons"] = reason
    out.append(rec)
with open("events-b.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")

P = [
 {"doc": "h64-x249-15",
  "coder_events": [
   "CONSULT multilateral: European Union leaders (EU) <-> EU leaders, two-day summit in Brussels, 2003-12-12/13",
   "REJECT: Spain (ESP) and Poland (POL) -> other EU members (EU), refused to give up Nice voting powers, 2003-12-13",
   "AGREE (negated): EU leaders (EU), failed to agree the constitution, 2003-12-13"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline found the failed agreement (AGREE negated, right date); it missed the summit meeting and the Spanish-Polish refusal."},
 {"doc": "h64-x252-07",
  "coder_events": [
   "SUPPORT (approve/adopt treaty): delegates of about 160 countries (no code), voted to establish the international criminal court, 1998-07-17",
   "REJECT: the delegates (no code) -> United States (USA), brushed aside U.S. objections, 1998-07-17",
   "ACCUSE disapprove: United States (USA) -> the court / the conference, objected that it could expose U.S. soldiers to prosecutions, 1998-07-17"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline coded nothing in the lead paragraph."},
 {"doc": "h64-x251-04",
  "coder_events": [
   "ACCUSE allege (charge with treason): Nigeria's military government (NGA) -> Wole Soyinka and other pro-democracy campaigners (NGA), 1997-03-12 (filed Wednesday, announced Thursday)",
   "ASSAULT explosives (reported, inside the accusation): Soyinka and campaigners (NGA) -> soldiers (NGA), series of bomb attacks, past year (no date)"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "the charge is one act (the 'accusing them' clause is the same act); dateline coded nothing in the paragraph (its 'filed' event is in the second paragraph)."},
 {"doc": "h64-x250-06",
  "coder_events": [
   "RETREAT resign: Scott Ritter (USA / UNSCOM) resigned, 1998-08-26",
   "ACCUSE: Scott Ritter (USA) -> United States (USA) and UN Security Council (UN), accused them of abandoning tough inspections, 1998-08-26"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline found the resignation (right in all fields) but not Ritter's accusation."},
 {"doc": "h64-x250-23",
  "coder_events": [
   "SUPPORT approve (or CONCEDE, lifting a ban): Turkey's parliament (TUR), approved constitutional changes lifting the headscarf ban, 2008-02-09",
   "ACCUSE disapprove: secularist opponents (TUR) -> the amendments / AK Party (TUR), said they would undermine the republic, 2008-02-09 (document date 2008-02-10 also fine)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline found the approval; missed the secularists' criticism."},
 {"doc": "h64-x251-19",
  "coder_events": [
   "COERCE arrest: Bangladeshi security forces (BGD) -> Siddiqul Islam 'Bangla Bhai' (JMB, BGD), captured after a siege, 2006-03-06",
   "ASSAULT explosives (reported, 'blamed for'): Jamaatul Mujahideen Bangladesh (BGD) -> Bangladesh (BGD), wave of bombings across the country, 2005"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "dateline missed the capture entirely ('captured' ... 'completing the arrest'); dateline codes the JMB blame only in a later paragraph (its e1)."},
]
with open("paragraphs-b-verdicts.jsonl", "w") as fh:
    for p in P:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
chk = [json.loads(l) for l in open("events-b.jsonl")]
assert len(chk) == 50
for a, b in zip(items, chk):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
para = [json.loads(l) for l in open("paragraphs-b-verdicts.jsonl")]
assert len(para) == 6
pin = [json.loads(l) for l in open("paragraphs-b.jsonl")]
for p, q in zip(para, pin):
    assert p["doc"] == q["doc"] and p["dateline_events"] == len(q["events"])
for f in F + ["all"]:
    print(f, sum(r["verdict"][f] for r in chk))
print("paragraphs: coded", sum(len(p["coder_events"]) for p in para), "found", sum(p["found"] for p in para),
      "dateline", sum(p["dateline_events"] for p in para), "spurious", sum(p["spurious"] for p in para))
