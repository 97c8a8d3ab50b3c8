"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from judge a's hand verdicts, then check them.
usage: verdicts.py   (run from docs/judged/round128)"""
import json

F = ["event", "type", "source", "target", "date", "modality"]
OK = dict.fromkeys(F, True)

def v(reasons, **wrong):
    d = dict(OK)
    for k, val in wrong.items():
        d[k] = val
    if d["event"] is False:
        d = dict.fromkeys(F, False)
    d["all"] = all(d[k] for k in F)
    return d, reasons

V = {
 1: v("ACCUSE by Gayoom (MDV) is right, but he condemned the blast, not Japan: Japanese tourists were only among the wounded and no attacker is named, so the target should be empty.", target=False),
 2: v("Morocco's officials (MAR) complained about Algeria (DZA): ACCUSE, undated background act with no date; all right."),
 3: v("Azerbaijani police used tear gas and water cannon on the Ismayilli crowds: ASSAULT crowd-control, and the next day after Jan. 23 is 2013-01-24; all right."),
 4: v("Modi (IND) hosting Dahal (NPL) is a CONSULT visit on Thursday 2023-06-01 (story dated Friday 2 June); all right."),
 5: v("Iraq (IRQ) has long complained about Sunni Arab governments (several countries, so an empty code is right): ACCUSE, still going on, so the document date is right; all right."),
 6: v("The journalist criticised the prime minister, so the source should be the journalist (KWT) and the target Prime Minister Sheikh Nasser (KWT), not the other way round. The ACCUSE type and the empty date for this undated background act are right.", source=False, target=False),
 7: v("Iraq's delegation (IRQ) welcomed the summit's final statement: SUPPORT on the summit day. The sentence names no party, only 'the statement', so an empty target is right by the rules (the Non-Aligned Movement would be a fair target)."),
 8: v("A hypothetical arrest with no agent named is right as COERCE, hypothetical, with an empty source, but 'he might be arrested' refers to Ntaganda. The target should be Bosco Ntaganda (COD), not Kabila, who gave the signal.", target=False),
 9: v("Baku officials (AZE) reject the criticism: REJECT, a present-tense stance, so the document date is right. The sentence refers only to 'such criticism', so an empty target is right by the rules (the Council of Europe is the party whose criticism is rejected)."),
 10: v("Islamic State imposing its harsh rule on Sirte in 2015 is a fair COERCE (restrict/martial rule), with year 2015. No party is named as the target (Sirte is a place), and an empty code for IS is right."),
 11: v("The prosecutors' ACCUSE (AZE) is right, but 'them' refers to Mammadov and Yagublu (AZE). The target should be those two opposition politicians, not the Baku court.", target=False),
 12: v("Arson of houses and shops in the Solhan raid is an ASSAULT in its own sentence, a separate act from 'struck'. The passive names no agent, so an empty source and target are right, and early Saturday 2021-06-05 is right."),
 13: v("Algeria's foreign ministry (DZA) previously accused France (FRA): ACCUSE, with no date for a 'previously' background act; all right."),
 14: v("Washington (USA) urged Bahrain's government (BHR) to pursue talks: REQUEST reported by Western diplomats, with no date in the text, so the document date is right; all right."),
 15: v("Chinchilla's (CRI) promise to hire police is an AGREE with no target. But it is a campaign promise made before the election ('campaigned on ... has promised'), so the document date is wrong. The date should be unknown (some time during the campaign, before 2010-02-07).", date=False),
 16: v("The ICC's second arrest warrant against Ntaganda (COD) in 'last year' = 2012 is COERCE (CAMEO 173, arrest/charge), and ACCUSE-allege would be defensible too. The ICC with its own code and no wrong country is right; all right."),
 17: v("The Social Democrats' demand for a referendum (REQUEST, 2008-07-08, no target) is right, but they are the Czech opposition party. The source code should be CZE, not RUS.", source=False),
 18: v("Ben Brik's (TUN) hunger strike from early April 2000 is a PROTEST. It was aimed at 'police harassment' and at his travel ban, that is, at the authorities. Under the protest rule, the target should be the Tunisian police/authorities (TUN), not empty.", target=False),
 19: v("The Armenian court (ARM) ordered the arrest of Kocharyan (ARM) on Friday 2018-07-27: COERCE arrest; all right."),
 20: v("The National Assembly approving the bill can stand as SUPPORT (approve policy) on Thursday 2011-12-22. But 'Armenians' appear only as the 1915 victims the bill is about, not a party the act is aimed at. The target should be empty.", target=False),
 21: v("Matovic (SVK) said he would resign: RETREAT resign, future, undated; all right by the conventions ('is to step down' is future). PLOVER itself would code the promise apart from an actual resignation."),
 22: v("FMLN leaders (SLV; the sector code GOV is off but only the country is scored) accused Washington (USA): ACCUSE. The text gives no date, so the document date is right; all right."),
 23: v("Russia (RUS) 'expressed understanding' of North Korea's (PRK) position in the declaration signed on Saturday 2001-08-04: SUPPORT; all right."),
 24: v("The GSPC's fighters (DZA) attacked the Lemgheity garrison on Saturday 2005-06-04: ASSAULT, asserted (the claim is only attribution). The target should be the Mauritanian army garrison/soldiers (MRT military), not Mauritanian Islamists, who appear only as the reason.", target=False),
 25: v("Raul Castro's (CUB) proposal to limit posts to two terms is not an intent to meet or negotiate (CAMEO 036/AGREE). The type should be REQUEST (change: a proposal for a change in institutions) to the party congress, which is not named in the sentence. The date Saturday 2011-04-16 is right.", type=False),
 26: v("Saudi Arabia's arrest of the militants is COERCE. The SAU code is acceptable: they were arrested in the kingdom and many were Saudis. But 'had arrested' and the next sentence's 'raids over several months' place the arrests before the Friday announcement, so 2007-04-27 is wrong. The date should be unknown (several months before 2007-04-27).", date=False),
 27: v("Serbian officials accused Studio B of working with Otpor: ACCUSE. SRB for both is right (the 'person' kind is not scored). No date is given, so the document date is right; all right."),
 28: v("Islamic State's 2015 seizure of Sirte is ASSAULT (taking ground), and an empty code is right for IS. But Gaddafi (dead since 2011) is only named as Sirte's native; he is not the party acted upon. The target should be empty (or Libya, LBY, whose city was taken).", target=False),
 29: v("Colombia's envoy Benedetti (COL) arrived in Caracas and was received by Venezuela's foreign minister on Sunday 2022-08-28: CONSULT visit. The Venezuelan government (VEN) as host is right; all right."),
 30: v("The opposition parties (SDF, CMR) urging supporters (CMR) to stay home is a REQUEST. But the call was made before the Oct. 12 vote (background to the results story), so the document date 1997-10-24 is wrong. The date should be unknown (before 1997-10-12).", date=False),
 31: v("Israeli officials (ISR) criticised the language of Fatah's programme: ACCUSE, reported with the news, so the document date is right. The sentence refers only to 'that language', so an empty target is right by the rules (Fatah would be a fair target)."),
 32: v("Sudan hosting militants such as bin Laden in 1993 is harbouring (AID, sanctuary/asylum, CAMEO 075), not a diplomatic visit (CONSULT). Source Sudan (SDN), target militants with no country, and the year 1993 are right.", type=False),
 33: v("Turkey (TUR) recalled its ambassador to France (FRA) on Thursday 2011-12-22: SANCTION; all right."),
 34: v("Taya's (MRT) accusing is ACCUSE, with no date for the 'recent months' campaign. But he accused 'some' of the jailed Islamist activists and preachers (MRT) of links to the Algerian group. The target should be those activists and preachers (MRT), not Algeria.", target=False),
 35: v("Under the pact, the two governments (Australia AUS, Indonesia IDN, here by their leaders) will hold consultations: CONSULT, future, undated, mutual; all right."),
 36: v("Officials close to the Rwandan presidency (RWA) rejected the account: REJECT, with no date in the text, so the document date is right. The sentence names only 'that account', so an empty target is right by the rules (the prime minister's associates would be a fair target)."),
 37: v("Zelenskiy (UKR) asked parliament (UKR) late on Thursday 2020-10-29 to dismiss the judges: REQUEST; all right."),
 38: v("A judge ordering Aleman placed under house arrest is COERCE (arrest), not REQUEST. Source (Managua judge, NIC), target (Aleman, NIC) and the date 2002-12-12 ('hours later' after Thursday's vote) are right.", type=False),
}

items = [json.loads(l) for l in open("events-a-items.jsonl")]
assert len(items) == 38 and set(V) == set(range(1, 39))
with open("events-a.jsonl", "w") as f:
    for it in items:
        verdict, reasons = V[it["n"]]
        o = dict(it)
        o["verdict"] = verdict
        o["reasons"] = reasons
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h41-x160-06", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election win by Chavez is not a PLOVER act; the constitution 'pushed through last year' is background with no actor pair."},
 {"doc": "h41-x159-16", "coder_events": ["RETREAT: Pakalitha Mosisili (LSO) -> none, resigned as prime minister, 2012-05-30"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline's RETREAT resign with the Wednesday date is right; observers 'hailed' a change, not an actor, so it is not coded."},
 {"doc": "h41-x160-17", "coder_events": ["SUPPORT: Cuba's Communist Party (CUB) -> none, approved the market reform plan, 2011-04-19"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Naming Raul Castro first secretary is an internal appointment that is not coded; the approval of the plan is SUPPORT (approve policy), which dateline found."},
 {"doc": "h41-x158-08", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results only; no PLOVER act."},
 {"doc": "h41-x160-16", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election win only; no PLOVER act."},
 {"doc": "h41-x158-16", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Election results only; no PLOVER act."},
]
pars = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert [p["doc"] for p in pars] == [p["doc"] for p in P]
for p, q in zip(pars, P):
    assert len(p["events"]) == q["dateline_events"], p["doc"]
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    for q in P:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")

# checks
out = [json.loads(l) for l in open("events-a.jsonl")]
assert len(out) == 38
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    vd = b["verdict"]
    assert vd["all"] == all(vd[k] for k in F)
    if not vd["event"]:
        assert not any(vd[k] for k in F + ["all"])
counts = {k: sum(o["verdict"][k] for o in out) for k in F + ["all"]}
print("counts of 38:", counts)
print("paragraphs: coded", sum(len(q["coder_events"]) for q in P), "found", sum(q["found"] for q in P),
      "dateline", sum(q["dateline_events"] for q in P), "spurious", sum(q["spurious"] for q in P))
print("wrong:", {k: [o["n"] for o in out if not o["verdict"][k]] for k in F})
