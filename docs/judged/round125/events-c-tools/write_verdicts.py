"""Judge c, round 125: write events-c.jsonl and paragraphs-c-verdicts.jsonl from the verdicts below, then check them.
usage (from docs/judged/round125): python events-c-tools/write_verdicts.py"""
import json
from collections import Counter

F = ["event", "type", "source", "target", "date", "modality"]
ALL_T = dict.fromkeys(F, True)

# n -> (fields that are wrong, reasons)
V = {
 1: (["source"], "MOBILIZE troops and the date (Saturday 2008-06-07) are right, but the source is empty: the sentence names the deployed force, 'army units', i.e. the Tunisian army (TUN)."),
 2: ([], "ACCUSE (blame) by Iran's government through its foreign minister against the United States and Israel, said as this news (2024-11-30); all right."),
 3: (["source", "target"], "REQUEST is right and the undated statement takes the document date, but the urger is 'He', Hans Haekkerup, head of the UN mission in Kosovo (UNMIK, UN, no country), not the investigators; the 'Albanian leaders' are Kosovo's ethnic-Albanian leaders (Kosovo, then FRY), not Albania (ALB)."),
 4: ([], "ACCUSE (allege) by Dragnea (ROU) against the rally's organisers (ROU), reported as this news; all right."),
 5: ([], "SANCTION convict: the Bangladeshi tribunal sentenced Hasina, Monday 2025-11-17; all right."),
 6: ([], "The 2001 Jos riots are a PROTEST riot in PLOVER terms (violent action against an 'other' community); the sentence names neither rioters nor a target, so both empty are right; year 2001 right. Dateline also codes the same killings as ASSAULT (e3); I take the riot as the sentence's act and e3 as the redundant one."),
 7: (["date"], "CONSULT between Iran and the six powers with future modality is right, but the text dates the talks 'on Saturday': date should be 2012-04-14 (document date is Thursday 2012-04-12), not unknown."),
 8: ([], "RETREAT resign: Nasheed was forced to resign in 2012; all right."),
 9: (["source"], "RETREAT (surrender) and Tuesday 2005-01-04 are right; the source should be the nationalist former soldiers alone, coded Peru (PER, ex-soldiers of Peru's army in Peru), not an uncoded group plus the state of Peru, which did not surrender."),
 10: (["date"], "Leakey going to the court with lawyers to support the opposition activists is a (weak but codable) SUPPORT with the right parties, but the text dates the scene to Thursday (previous sentence): date should be 1995-08-10, not the document date 1995-08-11."),
 11: (["target"], "ACCUSE by Tadic and the date (Oct 10, the dateline day) are right; the target is empty although the same sentence refers to the perpetrators as 'those responsible', the nationalist rioters: target should be the rioters (SRB)."),
 12: ([], "ACCUSE by the Algerian authorities (DZA); the sentence neither names nor refers to the killers, so the empty target is right; Aug 1 (dateline day) right. (reported_by John Paul II is wrong but not scored.)"),
 13: ([], "SUPPORT: Meciar congratulated 'his rival' (Gasparovic, SVK); undated reaction takes the document date; all right."),
 14: ([], "ASSAULT militants -> soldiers in Sinai (EGY); a total summed since July 2013 has no date, so unknown is right; all right."),
 15: ([], "AGREE: Latvia's government agreed an IMF/EU-led rescue package in December 2008 (SUPPORT 'finalize an agreement' would also be defensible); parties and 2008-12 right."),
 16: (["target", "date"], "ACCUSE (she called the charges 'ridiculous') by Mujuru is acceptable, but 'them' are the charges, made by Grace Mugabe: target should be empty or Grace Mugabe (ZWE), not Didymus Mutasa; the statement was issued before her dismissal (before 2014-12-09), a background act, so the date should be unknown, not the document date."),
 17: (["target"], "CONSULT with future modality and no date are right, but the target repeats Kerry and Lavrov themselves; the parties they were due to meet are the other members of the International Syria Support Group (no country)."),
 18: ([], "SUPPORT: Shor (MDA) backed Gutsul's (MDA) election in 2023; all right."),
 19: (["source"], "ASSAULT on the Sudanese troops (SDN) on Tuesday 2020-12-15 is right, but the source is empty although the sentence refers to 'the attackers', the Ethiopian forces and militiamen of the previous sentence (ETH)."),
 20: (["target", "date"], "ACCUSE by the United States is right, but 'civilians [USA]' are the victims of the condemned violence, not the condemned party; the perpetrators are not named, so the target should be empty; the statement is reported as this news: date should be the document date 1997-09-05, not unknown."),
 21: ([], "De Klerk announced that the National Party would quit the government of national unity: RETREAT (its ministers leaving government) with future modality accepted (SANCTION withdraw from a group would also be defensible); NP (ZAF) -> government (ZAF) right; the quitting has no date in the sentence, unknown right."),
 22: ([], "A diplomatic protest is ACCUSE; Philippines -> China right; repeated protests over time have no single date, unknown right."),
 23: ([], "REQUEST: Rajapaksa (LKA) urged Sri Lankans (LKA) to turn May Day rallies into protests; reported as news; all right."),
 24: ([], "ASSAULT: the blasts killed an Italian businessman (ITA) on Thursday 1997-09-04; bombers unnamed, empty source right; all right."),
 25: (["date"], "RETREAT withdraw by Britain is right, but November 1971 is the date of Iran's seizure of the Tunbs, which the text puts 'just before' the withdrawal; the withdrawal itself gets at most the year: date should be 1971 (or unknown), not 1971-11."),
 26: ([], "THREATEN: Shevardnadze (GEO) threatened to ask for the withdrawal of the Russian peacekeepers ('their') if Moscow does not act; Russia right as target; repeated threats, unknown date right."),
 27: (["target"], "SUPPORT by the EU is right, but the target is empty although the supported party, the prosecution by Moldova's authorities, is Moldova, named in the same sentence: target should be Moldova / its prosecutors (MDA). Date (standing position) acceptable."),
 28: (["date"], "CONSULT (Vietnam hosted Xi; either direction is acceptable for a hosted visit) is right, but the visit is a background act 'months' before the March 2024 departure: date should be unknown (late 2023), not the document date 2024-03-21."),
 29: ([], "ACCUSE (disapprove) by Kuchma (UKR); the attackers are unidentified, empty target right; undated statement takes the document date; all right."),
 30: ([], "SUPPORT: several governments including Australia (AUS) congratulated Ramos-Horta (TLS); all right."),
 31: ([], "ACCUSE: Guinean officials (GIN) accused Liberia (LBR); a standing counter-accusation, document date acceptable; all right."),
 32: ([], "CONSULT with future modality ('would consult the Arab League'), as the conventions code 'will meet'; Abbas (PSE) -> Arab League right; no date, unknown right."),
 33: (["modality"], "ASSAULT on up to 1,400 people (BGD) with empty source and no date (a toll summed over weeks) is right, but 'may' hedges the toll in the UN estimate, not whether the killings happened (the crackdown is asserted as deadly): modality should be asserted, not hypothetical."),
 34: (["target"], "SUPPORT by India on the document date is right, but the welcomed handover is Bhutan's, named in the same sentence: target should be Bhutan / its new king Jigme Khesar Namgyel Wangchuck (BTN), not empty."),
 35: ([], "SANCTION convict: Chinese court sentenced Bo Xilai on Sunday 2013-09-22; all right."),
 36: (["target"], "CONCEDE (conceded defeat) by Meciar on the document date is right, but the concession is to the winner, referred to in the same sentence as 'his rival': target should be Ivan Gasparovic (SVK), not empty."),
 37: ([], "ASSAULT: more than 40 people (YEM) killed in polling-day clashes on Tuesday 2001-02-20; killers not named in the sentence, empty source right; all right."),
 38: (["type", "target"], "A crowd of protesters demanding accountability is a PROTEST (PLOVER excludes protests' demands from REQUEST): type should be PROTEST (demo); the protest is aimed at the authorities ('officials be held to account'), so the target should be the Libyan (eastern) authorities (LBY), not empty. Source and Monday 2023-09-18 right."),
 39: (["source"], "COERCE arrest near Nablus on Sunday 2002-06-16 and the Palestinian militants (PSE) are right, but the arresting soldiers are Israel's (the army spokesman is the Israeli army's): source should be Israeli soldiers (ISR), not PSE."),
 40: ([], "THREATEN: Brussels (EU) warned Bulgaria (BGR) that entry could be delayed if it fails to reform; standing warning, document date acceptable; all right."),
 41: (["source", "target", "date"], "SUPPORT (approve) is right, but the approvers are Abazovic's coalition partners (MNE), not Abazovic, and the approved agreement is his (target Abazovic / his government, MNE, not empty); the approval came before the signing earlier in August, a background act: date should be unknown, not the document date."),
 42: (["target"], "ASSAULT on November 13 (1995-11-13) with empty source right, but the sentence names what was attacked, a building housing a U.S. programme: target should be the U.S. military training programme (USA), not empty."),
 43: ([], "Prayuth's 2014 military coup coded ASSAULT (armed forces seizing power, as the conventions code seizing ground; PLOVER has no coup type); source Prayuth (THA), no target named, 2014 right."),
 44: ([], "COERCE withhold: communications to Derna cut on Tuesday 2023-09-19; no agent or party named, empty source and target right; all right."),
 45: (["target"], "REQUEST by the opposition parties (DZA) with no date (repeated calls) is right, but the call is for 'the president', named in the sentence, to be declared unfit: target should be Abdelaziz Bouteflika (DZA), not empty."),
 46: (["date"], "ACCUSE Egypt -> Sudan (backer of the accused militants) is acceptable, but Egypt blamed the June 1995 Addis Ababa attack back then, a background act: date should be unknown (1995), not the document date 1999-09-07."),
 47: ([], "ASSAULT: suicide bombing in Tel Aviv on 1997-03-21 killed three Israeli women (ISR); bomber unnamed; all right."),
 48: (["source"], "ASSAULT launched on Wednesday 2024-11-27 is right, but the source is empty although the sentence says it was launched from 'the rebel enclave of Idlib': source should be the Syrian rebels led by Hayat Tahrir al-Sham (SYR)."),
 49: (["type"], "Supplying centrifuge technology 'as part of its contract' is a commercial exchange: type should be COOPERATE (negated), not AID (or, as Yeltsin's statement, a CONCEDE to Washington); Russia -> Iran, no date and negated right."),
 50: (["target"], "ASSAULT destroy by Egypt's government with no date (ongoing) is right, but the razed homes are Egyptian homes in North Sinai, not Palestine's: target should be empty (no party named) or the North Sinai residents (EGY), not PSE."),
}

items = [json.loads(l) for l in open("events-c-items.jsonl")]
assert len(items) == 50 and set(V) == set(range(1, 51))
out = []
for it in items:
    wrong, why = V[it["n"]]
    assert all(w in F for w in wrong)
    v = {f: f not in wrong for f in F}
    if not v["event"]:
        v = dict.fromkeys(F, False)
    v["all"] = all(v[f] for f in F)
    o = dict(it); o["verdict"] = v; o["reasons"] = why
    out.append(o)
with open("events-c.jsonl", "w") as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")

P = [
 {"doc": "h40-x153-06", "coder_events": [
   "ASSAULT: unknown bombers (none) -> Serb pilgrims on a bus (SRB), remote-controlled bomb killing at least seven near Podujevo, 2001-02-16"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline codes nothing in this lead (it codes no event for the bombing anywhere in the story)."},
 {"doc": "h40-x153-08", "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Winning an election run-off and defeating a rival at the polls is no PLOVER interaction; nothing to code."},
 {"doc": "h40-x154-18", "coder_events": [
   "ASSAULT: Islamist militants (Sinai Province, EGY) -> Egyptian army (EGY), simultaneous attacks on checkpoints killing at least 17 soldiers, 2015-07-01"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "e1 ASSAULT right in type, parties and date. The second sentence only gives a higher toll."},
 {"doc": "h40-x156-18", "coder_events": [
   "REJECT: Bolivian voters (BOL) -> Evo Morales / government (BOL), referendum rejected the constitutional change for a fourth term, 2016-02-21 (Sunday's vote; results Wednesday 2016-02-24)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "e1 REJECT found with the right type; its target is empty (Morales is named) and date unknown (the vote was Sunday 2016-02-21, given in the next paragraph)."},
 {"doc": "h40-x155-02", "coder_events": [
   "RETREAT (future): National Party (ZAF) -> South Africa's government of national unity (ZAF), de Klerk announced the NP would quit the government, announced Thursday 1996-05-09 (act undated/future)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "e1 RETREAT resign, future (item 21). Parliament adopting the constitution is a domestic legislative act, not coded; the end of power-sharing is the same act as the quitting."},
 {"doc": "h40-x153-25", "coder_events": [
   "SANCTION convict: Moldovan court (MDA) -> Evghenia Gutsul (MDA), seven-year sentence for illegal party financing, 2025-08-05",
   "ACCUSE: Russia (RUS) -> Moldova (MDA), 'angry response from Moscow' to the sentence, 2025-08-05"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "e1 SANCTION right. Moscow's angry response is coded by dateline only from the fourth paragraph (e2, 'accused'), not in the lead; a strict coder may leave this vague mention uncoded."},
]
with open("paragraphs-c-verdicts.jsonl", "w") as fh:
    for p in P:
        fh.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(paras, P):
    assert q["dateline_events"] == len(p["events"]), p["doc"]
back = [json.loads(l) for l in open("events-c.jsonl")]
assert len(back) == 50
for a, b in zip(items, back):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    assert all(a[k] == b[k] for k in a)
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in F)
    if not v["event"]:
        assert not any(v.values())
c = Counter()
for b in back:
    for k, x in b["verdict"].items():
        c[k] += x
print("right of 50:", {k: c[k] for k in F + ["all"]})
print("paragraphs: coded", sum(len(p["coder_events"]) for p in P), "found", sum(p["found"] for p in P),
      "dateline", sum(p["dateline_events"] for p in P), "spurious", sum(p["spurious"] for p in P))
