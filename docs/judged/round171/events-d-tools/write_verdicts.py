"""Write events-d.jsonl and paragraphs-d-verdicts.jsonl from judge d's verdicts below, then check them.

Verdict codes per item: 'ok' = right in all six fields; 'spur' = spurious (false everywhere);
otherwise a set of the wrong fields among type/source/target/date/modality.
"""
import json

FIELDS = ["type", "source", "target", "date", "modality"]

V = {
 1: ("ok", "Ethiopian government spokesman accuses Khartoum (SDN government); undated statement reported as this news, so the document date is right."),
 2: ("ok", "Kabila's appeal to the Congolese is a REQUEST; the Congolese as DR Congo (COD) is the right party and code; Thursday of the ceremony is 2003-07-17."),
 3: ("ok", "Kuwaiti deputies condemning the shooting: ACCUSE; the sentence names no party, and the gunmen are clearly the party whose act is condemned, so the target is acceptable; undated reaction takes the document date."),
 4: ("spur", "Spurious: 'the democracy that America promises the Iraqi people' is Tariq Aziz's sarcastic jibe, not a US promise; the act here is Aziz's ACCUSE of the US (IRQ -> USA, 1999-01-26)."),
 5: ({"date"}, "REQUEST U.S. officials -> Qatar is right, but 'have urged' is an undated background act of unknown time, not the act of the Oct 10 meeting; the date should be none (unknown), not 2001-10-10."),
 6: ("ok", "Mutual gun battle between Armenian and Azerbaijani forces on Tuesday 2008-03-04; both parties on both sides is acceptable for a mutual event."),
 7: ({"target"}, "THREATEN (coercive warning) by Petritsch is acceptable, but the target should be the Croat nationalists of Bosnia (Bosnian Croats, BIH), not the state of Croatia (HRV)."),
 8: ("ok", "PKK ending its ceasefire in 2004: SANCTION (withdraw from a truce) is the closest PLOVER type; the clause names no counterpart, so the empty target is right; date 2004 right."),
 9: ({"target"}, "REQUEST by Ingush leaders (RUS) is right, but the sentence names who was appealed to: the target should be the Ossetians (RUS), not empty; 1999-03-19 is the story's own dateline day, so the date is accepted."),
 10: ("ok", "Clinton's planned trip to Hainan to meet Dai Bingguo: CONSULT visit, USA -> China, Saturday 2010-10-30, future; e8 'meet' in the same sentence is the duplicate, not this one."),
 11: ("spur", "Spurious: 'clashed with Netanyahu' is a political quarrel, a trigger in another sense (not ASSAULT); at most a generic undated ACCUSE (disapprove) Levy -> Netanyahu over years."),
 12: ("ok", "EU urging restraint on both sides (Kurdish rioters and Turkish security forces, TUR): REQUEST; undated, reported as the news of the story datelined March 30, so 2006-03-30 is accepted; EUR taken as the EU's code."),
 13: ("ok", "Ukraine's Communist Party condemning the NATO move: ACCUSE; 'the move' is an act, not a party, so the empty target is right by the rules; document date right for the undated reaction."),
 14: ("ok", "Advani's resignation as BJP president after the uproar, Tuesday 2005-06-07: RETREAT resign (I would note he is a party, not government, official, but the act is a yielding resignation); empty target acceptable."),
 15: ("ok", "Democratic Society Party politicians (TUR) blame the Turkish government: ACCUSE; 2006-03-30 is the story's dateline day for this undated reaction."),
 16: ("ok", "IMF suspending a $205 million loan to Kenya in 1997: SANCTION (withdraw aid); IMF code taken as the body's own code, not a wrong country; date 1997 right."),
 17: ({"source", "modality"}, "The accuser is the Sri Lankan government (LKA GOV), not its forces, and 'blames the rebels' is asserted, not negated (only the targeting of civilians is denied); target rebels (LKA) and document date are right."),
 18: ("ok", "Ugandan troops attacking LRA bases in southern Sudan (operation under way): ASSAULT, UGA -> LRA (UGA), reported as the news of Tuesday 2002-03-12."),
 19: ("ok", "Killing of eight Azerbaijani soldiers reported by Yerevan: ASSAULT; the sentence names no killer (passive 'were repulsed'), so the empty source is right by the rules (Armenian forces implied); Tuesday 2008-03-04 right."),
 20: ("spur", "Spurious: the U.S. submarine sinking the Ehime Maru off Hawaii was an accidental collision, not an attack on Japan; no PLOVER act."),
 21: ({"type", "date", "modality"}, "'Said it would work with elected leaders' is a statement of willingness to cooperate: AGREE (USA -> Bosnian elected leaders), asserted, dated the statement, 2000-11-13, not COOPERATE future undated."),
 22: ("ok", "Kim Dae-jung's offer of envoys and a summit to North Korea: AGREE, KOR -> PRK, Wednesday 1998-02-25, asserted (an offer whose condition states its terms was made)."),
 23: ("ok", "Suicide car bomb killing 43 at the gendarmerie school: ASSAULT, bomber (no code) -> 43 people in Algeria (DZA), Tuesday 2008-08-19."),
 24: ({"source", "target", "date"}, "The trip was hailed in Pakistan: source should be Pakistan (PAK, unspecified), target Advani (IND), not Advani as source with no target; the hailing took place during the past week's trip, so no date (unknown) rather than the document date."),
 25: ("spur", "Spurious: sending a letter of reproach is not a consultation; the act in the letter is the accusation, which dateline codes separately as ACCUSE (e2, Hussein -> Netanyahu)."),
 26: ({"date"}, "Meciar's pardon of the referendum officials: RETREAT (release/amnesty), SVK -> SVK officials, asserted; but it is one of Tuesday's decisions reported as this news, so the date should be 1998-03-03 (or the document date), not unknown."),
 27: ("ok", "Armenian forces attacking Azerbaijani positions ('its' = the Azerbaijani ministry/military, AZE) in the early hours of Tuesday 2008-03-04: ASSAULT, reported by Baku."),
 28: ("ok", "Uganda and Sudan agreeing in late 1999 to stop backing each other's rebels: mutual AGREE, date 1999 right."),
 29: ({"source"}, "ACCUSE of Bagapsh is right, but the accuser is Abkhazia's opposition (GEO/Abkhazia, as Bagapsh), not a Russian (RUS) opposition; undated pluperfect, so unknown date is right."),
 30: ("ok", "Security Council lifting the Libya sanctions in September 2003: RETREAT (ease sanctions); Libya is not named in the sentence, so the empty target is right; date 2003-09 right."),
 31: ({"target"}, "CONSULT among the Chinese, Japanese and South Korean leaders on Saturday 2008-12-13 is right, but North Korea is the topic, not a party: target should be empty (multilateral meeting, leaders as actors)."),
 32: ({"target"}, "Croatia's accusation is right, but the accused are Belgrade (rump Yugoslavia, YUG/SRB) and the Bosnian Serbs (BIH); the second target is named the Krajina Serbs, the recipients of the weapons, through a coreference merge; ongoing accusation, the story's day accepted."),
 33: ("ok", "State Department congratulating Taiwan: SUPPORT, USA -> TWN, undated reaction reported as news, document date 2008-01-13 right."),
 34: ("ok", "U.S. aircraft firing at Iraqi air defence sites on Monday 1999-01-25: ASSAULT, USA -> IRQ, asserted with the Pentagon as reporter (mode should be aerial, not scored)."),
 35: ("ok", "Megawati's followers marching in Jakarta on Thursday 1996-06-20: PROTEST demo; the sentence names no aim, so the Indonesian state is a right target; the clash is separately coded (e4)."),
 36: ("ok", "Bush's promise of real-time intelligence to Erdogan last month: AGREE, USA -> TUR, 2007-11, asserted."),
 37: ("ok", "Muslim community leader's appeal for calm in Jos: REQUEST, NGA, no addressee so empty target right, Monday 2001-09-10."),
 38: ("spur", "Spurious: the 'further Israeli troop withdrawal' is only the topic of stalled negotiations, no withdrawal took place; the acts are the stuck Israeli-Palestinian talks and Ross's failed mediation."),
 39: ("ok", "Japan's own sanctions on North Korea (ferry ban): SANCTION, JPN -> PRK; 'has already imposed' is undated, so unknown date is right."),
 40: ({"target"}, "ACCUSE by Iranian officials is right, but the sentence names whom they blamed: target should be 'foreign hands' (unnamed foreign instigators, no country code), not empty."),
 41: ("ok", "Megawati and supporters calling the congress illegal: ACCUSE, IDN -> the PDI congress (IDN); undated, reported as part of this news, document date accepted."),
 42: ("ok", "Human rights groups welcoming Lubanga's arrest: SUPPORT; 'the arrest' is an act, not a party, so the empty target is right; document date right for the undated reaction."),
 43: ("ok", "Mahathir calling for new rules on capital flows: REQUEST, MYS, addressed to no named party, Tuesday 1997-12-16."),
 44: ("ok", "Obama accepting India's invitation to visit: AGREE, USA -> IND, during Tuesday's visit 2009-11-24, asserted."),
 45: ("ok", "Egypt's tourism minister urging foreign governments not to issue travel warnings: REQUEST, EGY -> foreign governments (no code), document date right."),
}

items = [json.loads(l) for l in open("events-d-items.jsonl")]
assert len(items) == 45
with open("events-d.jsonl", "w") as f:
    for it in items:
        code, reason = V[it["n"]]
        if code == "spur":
            v = {"event": False, **{k: False for k in FIELDS}}
        else:
            wrong = set() if code == "ok" else code
            assert wrong <= set(FIELDS), wrong
            v = {"event": True, **{k: k not in wrong for k in FIELDS}}
        v["all"] = all(v[k] for k in ["event"] + FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

P = [
 {"doc": "h62-x244-07", "coder_events": [],
  "notes": "Election results (coalition returned, Hanson losing her seat) and One Nation having 'alarmed' neighbours are outcomes and states, not PLOVER acts; nothing to code."},
 {"doc": "h62-x242-01", "coder_events": [],
  "notes": "A domestic cabinet reshuffle (appointing and replacing ministers) has no PLOVER type; nothing to code."},
 {"doc": "h62-x241-18", "coder_events": [
   "PROTEST: Kurdish youths (TUR) -> Turkish state (TUR), riot spreading from Diyarbakir to other south-eastern towns, 2006-03-30",
   "ASSAULT: Turkish police (TUR) <-> Kurdish rioters (TUR), clashes killing at least eight people over three days, 2006-03-28..2006-03-30 (reported by officials)"],
  "notes": "Dateline coded the riot only in the second paragraph (hurled, set fire) and nothing in the lead."},
 {"doc": "h62-x243-16", "coder_events": [
   "SUPPORT: Parliament and the four provincial assemblies (PAK) -> Pervez Musharraf (PAK), vote of confidence, 2004-01-01",
   "AGREE: Pervez Musharraf (PAK) <-> Muttahida Majlis-e-Amal (PAK), the deal under which the vote was held, no date in the paragraph (December 2003 per the third paragraph)"],
  "notes": "Dateline's only event in the story is a later meeting; the confidence vote and the deal are not coded."},
 {"doc": "h62-x241-16", "coder_events": [
   "SUPPORT: European Union leaders (EU) -> Croatia (HRV), made Croatia an official membership candidate, 2004-06-18",
   "AGREE: European Union leaders (EU) -> Croatia (HRV), said accession negotiations could start early next year provided Zagreb keeps cooperating with the ICTY, 2004-06-18 (asserted offer; the cooperation in the condition is hypothetical and not coded)"],
  "notes": "Dateline coded nothing in the lead (its events are later: convene, indicted, insisted)."},
 {"doc": "h62-x243-17", "coder_events": [],
  "notes": "The Supreme Court declaring Biya the election winner is a certification of a result, not a PLOVER act (no SUPPORT or CONSULT); nothing to code. The opposition's rejection comes in the third paragraph."},
]
with open("paragraphs-d-verdicts.jsonl", "w") as f:
    for p in P:
        rec = {"doc": p["doc"], "coder_events": p["coder_events"], "found": 0,
               "dateline_events": 0, "spurious": 0, "notes": p["notes"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

# checks
out = [json.loads(l) for l in open("events-d.jsonl")]
assert [(o["n"], o["doc"], o["trigger"]) for o in out] == [(i["n"], i["doc"], i["trigger"]) for i in items]
for o in out:
    v = o["verdict"]
    assert v["all"] == all(v[k] for k in ["event"] + FIELDS)
    if not v["event"]:
        assert not any(v.values())
paras = [json.loads(l) for l in open("paragraphs-d-verdicts.jsonl")]
assert len(paras) == 6 and [p["doc"] for p in paras] == [json.loads(l)["doc"] for l in open("paragraphs-d.jsonl")]
counts = {k: sum(o["verdict"][k] for o in out) for k in ["event"] + FIELDS + ["all"]}
print(counts)
print("paragraphs: coded", sum(len(p["coder_events"]) for p in paras), "found", sum(p["found"] for p in paras),
      "dateline", sum(p["dateline_events"] for p in paras), "spurious", sum(p["spurious"] for p in paras))
