"""Write events-c.jsonl and paragraphs-c-verdicts.jsonl from judge c's verdicts (round 133), then check them.
Fields wrong per item are listed in WRONG; 'spurious' marks an item that holds no event."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (set of wrong fields or "spurious", reasons)
V = {
1: ({"target"}, "MOBILIZE by China's coast guard (CHN) on Monday 2024-10-14, asserted, is right, but the ships were sent to patrol around Taiwan, named in the sentence as what the deployment is aimed at: target should be Taiwan (TWN), not empty."),
2: ("spurious", "'Argentina is still seeking justice' for the 1992 embassy bombing is a standing aim with no addressee, not a REQUEST to anyone (at most an undirected ACCUSE investigate); the Israeli embassy is the bombing's victim, not a target. Not an event."),
3: (set(), "Voronin's call for a broad coalition at the news conference is a REQUEST with no addressee named (empty target right); Voronin (MDA), document date 1998-03-23 (the Monday of the results), asserted: all right."),
4: ({"type", "date"}, "The sentence's act is the agreement: Argentina and Iran agreed to set up a truth commission (AGREE, reciprocal, both as source, no target, asserted); the investigation is only the future purpose of the commission, so type should be AGREE, not ACCUSE investigate. Date should be 2013-01-27, the Sunday the memorandum was signed (next sentence), not the document date."),
5: (set(), "Bachelet's (UN) visit to China in May is a CONSULT visit, source Bachelet (UN body, code accepted), target China (CHN), date 2022-05 as the text gives, asserted: all right."),
6: (set(), "ACCUSE by Argentine prosecutors (ARG) against senior Iranian officials (IRN); a standing accusation in the present tense, so the document date is right; asserted."),
7: ({"target"}, "Joining the coalition is SUPPORT by the Kurdish and Sunni parties (IRQ), date of the dateline day 2022-10-27 accepted; but 'the coalition' is a definite description of Sudani's governing coalition (IRQ), which should be the target, not empty."),
8: (set(), "A planned opposition rally on Monday evening 2012-03-05: PROTEST, future, source the opposition leaders (RUS); the sentence names no aim, so an empty target is accepted (the Russian state would also be right)."),
9: (set(), "REQUEST by Amnesty International (no country) to the Indonesian government ('Jakarta', IDN), undated reaction reported as news so the document date 2004-11-12 is right, asserted."),
10: ({"source"}, "'Diplomats in Maputo' are foreign envoys of unnamed countries: the source's country should be empty, not MOZ. REQUEST to both sides (government and Renamo, MOZ), document date and asserted are right."),
11: (set(), "COERCE (martial law) imposed by Myanmar (MMR) in the area; no party named as target (empty right); the text gives no date for it (unknown right); asserted."),
12: ("spurious", "A freed BBC reporter travelling on to Israel and home is private travel, not a CONSULT visit between political actors (and 'later on Wednesday' would be 2007-07-04, not 2007-07-11). Not an event."),
13: ({"target", "date"}, "REJECT (of dialogue) by the Egyptian government is right, but the rejected offers came 'from within the group', i.e. al-Gama'a al-Islamiya (EGY), which should be the target; these are previous, undated rejections, so the date should be none (unknown), not the document date."),
14: ({"source", "target"}, "In 'the state it holds responsible' the holder 'it' is Argentina and 'the state' is Iran: an ACCUSE by Argentina (ARG) against Iran (IRN), a standing accusation (document date and asserted right). Source should be Argentina, not Israel's foreign ministry, and target Iran, not empty."),
15: ({"target", "date"}, "ACCUSE (condemn) by Argentine Jewish leaders (ARG) and Israel (ISR) is right, but what they condemned is Argentina's deal with Iran, named in the sentence: target should be Argentina (ARG); the condemnation is reported as this news, so the date should be the document date 2013-01-28, not none."),
16: ({"date"}, "Clashes between police and opposition youths in Bamako (MLI) are ASSAULT with right parties, but they took place 'in the run-up to the vote', before the Sunday 1997-05-11 poll: a background act given the document date; date should be none (before 1997-05-11)."),
17: (set(), "Golding's apology is SUPPORT (CAMEO 055 -> SUPPORT); no addressee named (empty right); 'this month' = 2010-05; asserted."),
18: ({"target", "date"}, "ACCUSE by Myanmar officials (MMR) is right, but the accused are 'Chinese nationals' (CHN private persons), not the state of China; and 'have accused' reports earlier, undated accusations (background), so the date should be none, not the document date."),
19: (set(), "SUPPORT (welcomed the visit) by Hamas officials (PSE); the sentence names no party, only 'the visit', so an empty target is right by the rules (Carter would be the natural target); reaction reported as news, document date right."),
20: (set(), "ACCUSE (criticised the deal) by Hungary's Socialist opposition (HUN); the deal's makers are not named in this sentence, so empty target right; reaction reported as news, document date 2001-12-22 right."),
21: (set(), "Germany's agreement to send tanks is a pledge of aid, AGREE by the conventions; the recipient (Ukraine) is neither named nor referred to in the sentence (empty right); 'last month' = 2023-01; asserted."),
22: (set(), "COERCE (blocked from entering) by Maldivian soldiers (MDV) against opposition lawmakers (MDV) on Monday 2017-07-24, asserted: all right."),
23: (set(), "CONSULT Carter (USA) with Assad (SYR), asserted; the text dates the Damascus stay by the Friday talks, so 2008-04-18 is accepted."),
24: ({"type"}, "Putin and Erdogan jointly opening a gas pipeline is realised economic cooperation, COOPERATE, not AGREE (an offer or promise); the mutual parties (RUS, TUR), date 2020-01-08 and asserted are right."),
25: ({"date"}, "SANCTION (suspended aid) by the United States is right; the recipient (Niger) is not named in the sentence, so empty target is accepted; but the suspension came 'after the coup' in January, a background act: date should be none (1996-01 at most), not 1996-07-11."),
26: (set(), "ASSAULT (rockets) by an attacker the sentence does not name (empty source right) killing at least 30 people in Mariupol (UKR), Saturday 2015-01-24, asserted."),
27: ({"target"}, "ACCUSE by North Korea's military (PRK), document date and asserted are right, but 'the South' is South Korea, named in the sentence: target should be South Korea (KOR), not empty."),
28: (set(), "Fox (MEX) calling off his visit and meeting with Bush (USA) in protest is SANCTION (curtail exchanges); undated, reported as news, document date right; asserted."),
29: ({"target"}, "Snegur's backing of the alliance is a standing SUPPORT (document date accepted; a stricter coder would call the apposition a description, not an act), but its object, the Democratic Convention of Moldova (MDA), is named in the sentence: target should be that alliance, not empty."),
30: (set(), "CONSULT Carter (he, USA) with senior Hamas figures (PSE) in Cairo 'earlier in the week', 2008-W16, asserted: all right."),
31: ({"source"}, "The officials are at the OECD in Paris, an international body: source should be OECD officials (IGO, no country code), not British officials (GBR). REQUEST of an explanation from London (GBR), future, no date: right."),
32: (set(), "ACCUSE by Taiwan's Nationalist Party (TWN) against Chen (TWN); undated reaction reported as news, document date right; asserted."),
33: ({"target"}, "REJECT (vote against), future, by Argentine opposition lawmakers (ARG) is right, but 'it' is the memorandum made by Argentina's government with Iran: target should be Argentina's government (ARG) or empty; Iran's parliament is wrong."),
34: ({"source"}, "The text does not say whose 'rights groups' these are, so the source's country should be empty, not EGY; ACCUSE against the army (EGY), no date for a 'previous' accusation, asserted: right."),
35: (set(), "Total killed since the conflict began: ASSAULT with no attacker named and Ukrainian victims (UKR); a summed total has no date (unknown right); asserted."),
36: (set(), "Planned talks of Fox (MEX) with Bush (USA): CONSULT, future as the text gives it ('was due to'); no date given for the plan (unknown right)."),
37: (set(), "REJECT of the outcome by Sall's four challengers (SEN); the outcome is no party, so an empty target is right; Thursday 2019-02-28, asserted."),
38: ({"date"}, "SUPPORT by Arafat (PSE), target empty (the Geneva sponsors are not named in the sentence), asserted are right; but the message of support was for the Monday launch ceremony he did not attend: date should be 2003-12-01, not the document date 2003-12-02."),
39: ({"target"}, "The sentence's REQUEST is the United States urging both sides to avoid escalation ('seeking more information' has no addressee): source USA, document date and asserted right, but 'both sides' are North and South Korea (PRK, KOR), not a USA group."),
40: (set(), "ASSAULT on three men travelling with Zongo (BFA), killers unnamed (empty source right); they were found dead on Sunday 1998-12-13, the date given; asserted."),
41: (set(), "SUPPORT (congratulate) by India (IND) and China (CHN) to Nepal's new president (NPL), future ('were expected to'), no date: right."),
42: ({"date"}, "Hariri's dismissal of the reports is a REJECT by Hariri (LBN) with no party named (empty right), asserted; but it belongs to the background of the dispute that 'erupted last week' (with Syria's denial), not to Monday's news: date should be none (sometime in the past week), not the document date."),
43: ({"date"}, "REQUEST (negotiations) by Netanyahu (ISR) to the Palestinians (PSE), asserted, is right, but the call was made in the televised statement announcing the freeze on Wednesday: date should be 2009-11-25, not the document date 2009-11-26."),
44: ({"source"}, "The protests are 'youth-led' (young Moroccans, organised by GenZ 212): the source should be the youth protesters (MAR), not empty; empty target accepted (the demands are on the state, so Morocco would also be right); Wednesday 2025-10-01 and asserted right."),
45: ({"date"}, "AGREE (promise to hold elections) by the interim government ('it', BGD) is right, but 'has promised' reports an earlier, undated promise (background): date should be none, not the document date."),
46: (set(), "COERCE (arrests) by Fakhruddin Ahmed's government (BGD) of senior politicians (BGD), a cumulative span since 2007 with no date (unknown right), asserted."),
47: (set(), "SUPPORT (signing) by Timerman (ARG) and Salehi (IRN), mutual, on Sunday 2013-01-27, asserted: all right."),
48: ({"date"}, "REQUEST by Kolelas (he, COG) to voters (COG), asserted, is right, but the video and appeal came 'on the eve of polling', Saturday 2021-03-20 (poll on Sunday 21 March): date should be 2021-03-20, not the document date."),
49: (set(), "COERCE (arrest) by South Korean prosecutors (KOR) of Chun Doo-hwan (KOR) on Sunday 1995-12-03, asserted: all right."),
50: ({"target"}, "The coup (seized power) by Musharraf (PAK) on 1999-10-12, asserted, is accepted as ASSAULT (an armed seizure; COERCE is arguable), but its victim, Prime Minister Nawaz Sharif (PAK), is named in the sentence: target should be Sharif / his government (PAK), not empty."),
}

items = [json.loads(l) for l in open(os.path.join(ROOT, "events-c-items.jsonl"))]
assert len(items) == 50 and set(V) == set(range(1, 51))
with open(os.path.join(ROOT, "events-c.jsonl"), "w") as out:
    for it in items:
        wrong, reason = V[it["n"]]
        if wrong == "spurious":
            v = {f: False for f in FIELDS}
        else:
            assert wrong <= set(FIELDS) - {"event"}, (it["n"], wrong)
            v = {f: f not in wrong for f in FIELDS}
        v["all"] = all(v[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = v
        rec["reasons"] = reason
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")

P = [
 {"doc": "h44-x171-16",
  "coder_events": ["COERCE: Ellen Johnson Sirleaf (LBR) -> Liberia / none (LBR), declared a 90-day state of emergency, 2014-08-06"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "The one act is found (COERCE martial law, right date)."},
 {"doc": "h44-x170-03",
  "coder_events": [
    "ACCUSE (investigate): UN Security Council (UNO) -> Iraq (IRQ), set up a new weapons inspection agency for Iraq, 1999-12-17",
    "AGREE: UN Security Council (UNO) -> Iraq (IRQ), offered a suspension of sanctions if Iraq cooperated, 1999-12-17",
    "REJECT: three permanent members (Russia, China, France; RUS/CHN/FRA) -> the plan / UN Security Council (UNO), declined to back it (abstained), 1999-12-17",
    "REJECT: Iraq (IRQ) -> UN Security Council (UNO), rejected the plan, 1999-12-17"],
  "found": 1, "dateline_events": 2, "spurious": 0,
  "notes": "AGREE (offer) found, target garbled as \"Baghdad's court\" (JUD). Setting up the inspection agency is coded ASSAULT heavy-weapons with the agency as victim: a real act with the wrong type (I code it ACCUSE investigate), so not counted found and not spurious. Both rejections (the abstaining permanent members, Iraq) missed."},
 {"doc": "h44-x172-17",
  "coder_events": [
    "MOBILIZE: China (CHN) -> Myanmar (MMR), scrambled fighter jets to patrol the border, 2015-03-14",
    "THREATEN: China (CHN) -> Myanmar (MMR), warned of \"resolute measures\", 2015-03-14",
    "ASSAULT (aerial): Myanmar military (MMR) -> four Chinese villagers (CHN), bomb from a military aircraft killed them, 2015-03-13 (Friday, per the next sentence)"],
  "found": 3, "dateline_events": 3, "spurious": 0,
  "notes": "All three types found. The ASSAULT has the wrong source (China instead of the Myanmar military) and the document date instead of Friday 2015-03-13; the THREATEN lacks the target Myanmar."},
 {"doc": "h44-x169-05",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A parliament electing a president is a domestic election, not coded as a PLOVER interaction (a coder who codes formal approval of an actor as SUPPORT would list Latvia's parliament (LVA) -> Vike-Freiberga (LVA), 1999-06-17). Dateline rightly codes nothing."},
 {"doc": "h44-x172-09",
  "coder_events": [
    "ASSAULT: unknown -> Munir Said Thalib (IDN), killed by arsenic poisoning on the flight to Amsterdam, 2004-09 ('two months ago'; 7 September per the story)",
    "REQUEST: unnamed (calls, rights activists) -> President Susilo Bambang Yudhoyono (IDN), find out who killed Munir, 2004-11-12"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline codes nothing in this paragraph: the poisoning (killing) and the calls on Yudhoyono are both missed. The Dutch autopsy is not coded as an act between political actors."},
 {"doc": "h44-x170-19",
  "coder_events": ["ASSAULT: Egypt's armed forces (EGY) -> Islamist militants in Sinai (EGY), launched a large-scale operation, 2018-02-09"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Found with right parties and date (Friday 2018-02-09). Sisi seeking a second term is not an event."},
]
with open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"), "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")

# checks
out = [json.loads(l) for l in open(os.path.join(ROOT, "events-c.jsonl"))]
assert len(out) == 50
for a, b in zip(items, out):
    assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
    v = b["verdict"]
    assert v["all"] == all(v[f] for f in FIELDS)
    if not v["event"]:
        assert not any(v.values())
pars = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"))]
src = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-c.jsonl"))]
assert len(pars) == 6 and [p["doc"] for p in pars] == [s["doc"] for s in src]
for p, s in zip(pars, src):
    assert p["dateline_events"] == len(s["events"]), p["doc"]
counts = {f: sum(o["verdict"][f] for o in out) for f in FIELDS + ["all"]}
print("per-field right (of 50):", counts)
print("paragraphs: coded acts %d, found %d, dateline events %d, spurious %d" % (
    sum(len(p["coder_events"]) for p in pars), sum(p["found"] for p in pars),
    sum(p["dateline_events"] for p in pars), sum(p["spurious"] for p in pars)))
