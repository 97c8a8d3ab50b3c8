"""Write judge d's verdicts: events-d.jsonl (items + verdict + reasons) and paragraphs-d-verdicts.jsonl.
Each verdict lists the fields judged wrong; 'spurious' marks an item that holds no event.
usage (from docs/judged/round168): python events-d-tools/write_verdicts.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n: (wrong fields, reasons)
V = {
 1: ([], "Washington pressing Beijing to let the yuan rise is a REQUEST from the US government to China's; no date in the sentence, and the visit day of the report (Wednesday 2011-01-19, the dateline day) is right."),
 2: ([], "Biden hosting Marcos at the White House on Monday 2023-05-01 is CONSULT visit; PLOVER makes the visitor the actor, but a meeting is right with either party as source (CONVENTIONS, mutual events)."),
 3: ([], "Civil society groups and church leaders urging Solomon Islands lawmakers to reject the delay is a REQUEST; the pluperfect urging has no date in the text, so no date (basis unknown) is right."),
 4: (["type"], "Type should be ASSAULT: a 'deadly crackdown on protesters' is violent repression (CAMEO 175 -> ASSAULT), not COERCE, which PLOVER limits to coercion short of violence. Syria -> Syrian protesters is right; 2011-11 is taken from the suspension, but the crackdown was going on then, so I let it stand."),
 5: (["date"], "Date should be 2008: the clashes came after the disputed 2008 presidential election, a background act, not the document date 2012-05-07. Type and sides are right."),
 6: ([], "Iranian forces firing rockets at Israeli positions on the Golan is ASSAULT; 'shortly after midnight' before Thursday's report makes 2018-05-10 right, and the attribution to Israel leaves it asserted."),
 7: ([], "Turkish police detaining businessmen on Dec. 17 (2013-12-17, as the text gives) is COERCE arrest; all fields right."),
 8: (["modality"], "Modality should be reported: the KLA crimes stand inside the task force's finding of 'compelling indications', which is a claim, not attribution alone. Type, sides and the missing date (after the 1998-99 war, no date given) are right."),
 9: ([], "Kiev and Western governments condemning Russia's recognition of separatist documents is ACCUSE; last month (2017-02) is right. reported_by 'Russia' is wrong, but that field is not scored."),
 10: (["source"], "Source should be North Korea (PRK): 'as it threatened nuclear strikes' refers to Pyongyang, not the United Nations. THREATEN toward South Korea and the US, with date 2013-04, is right."),
 11: (["event"], "Not an event: a party's campaign pledge to 'restore economic stability' is a policy statement with no counterpart and no commitment to cooperate with anyone. PLOVER drops CAMEO 01 statements, so it is not AGREE."),
 12: ([], "Washington and Kabul negotiating a strategic pact is CONSULT, going on as the story is told, so the document date is right. Listing both parties on both sides is redundant, but it covers the mutual reading."),
 13: ([], "Lasso conceding defeat on Sunday night (2013-02-17) is a verbal CONCEDE. The winner is not named in the sentence, so an empty target is right."),
 14: ([], "Suleiman condemning the bombing is ACCUSE with no named target; the Thursday reaction (2013-08-15, the dateline day) is right."),
 15: ([], "Kogler welcoming Kurz's decision is SUPPORT. 'The decision' names no party, so an empty target is right by the rule. The welcome has no date of its own, so the document date stands, although the resignation was Saturday's news (2021-10-09)."),
 16: (["date"], "I keep 'no shots were fired' as a negated ASSAULT with no parties, as the conventions allow negated acts. Date should be 2011-03-02, the Wednesday of the Reed Bank incident, not the document date."),
 17: ([], "The HDP co-chair saying the party would not give up the cities is a negated CONCEDE (= REJECT). The name 'DEM Party' is the HDP's later name for the same party, TUR, so I count the source right. Said on Monday, the document date."),
 18: (["target"], "Target should be Albania's political parties (ALB): 'all parties' asked to respect the result of Albania's election are plainly Albanian, so an empty country is wrong. REQUEST from Mogherini (EU) is right."),
 19: (["target"], "Target should be the Israeli court (ISR) that convicted Barghouti, not a PSE court. Not recognising its authority is a SUPPORT negated (= REJECT) on the ongoing stance, so the document date is right."),
 20: (["date"], "Date should be 2017-08-25: the police deployed the 4,000 officers for Friday's verdict hearing, an act of this news, not an act of unknown time."),
 21: (["date"], "Date should be 2018-10-02, the Tuesday of Iran's reaction to the asset freeze. 2018-06-30 is the date of the foiled rally plot. REQUEST Qasemi (IRN) -> France is right."),
 22: (["source"], "Source should be the Polisario Front (Western Sahara, ESH, or no code), through its envoy Oubi Bachir, not a Moroccan (MAR) party: Polisario fights Morocco's claim. REQUEST -> EU on the document date is right."),
 23: ([], "Slovenian voters rejecting the pension reform in the June referendum (2011-06) is REJECT. The reform's author is not named, so an empty target is right; Pahor's government would also have been right."),
 24: ([], "Premier Su urging Taiwan's people to stay vigilant is a (weak) REQUEST between Taiwanese parties, told to reporters on the document date."),
 25: ([], "Fighters killed on both sides since Tuesday is ASSAULT. It is a total summed from an earlier time, so no date is right. The sentence names no killer, so an empty source is right."),
 26: (["date"], "Date should be none (an earlier, undated act, some time before the 2012-03-11 shooting): the killing of two American officers in the Interior Ministry is background, not the document date."),
 27: ([], "Manila accusing a Chinese ship (China) of lasing its crew in February 2023 is ACCUSE; all fields right."),
 28: ([], "The appeals court ordering Karoui's release on Wednesday (2019-10-09) is RETREAT release; all fields right."),
 29: ([], "The death sentence passed on the eight Indian navy veterans 'last year' (2023) is SANCTION convict. The sentence names no court, so an empty source is right."),
 30: ([], "'He' is Aliyev, making similar accusations against the Netherlands at Wednesday's side event (2024-11-13): ACCUSE AZE -> NLD is right."),
 31: (["target"], "Target should be the Kurdish militants of the PKK (TUR): the camps lie in northern Iraq, but the militants are not Iraqi (IRQ). ASSAULT by Turkish warplanes overnight (2015-07-25) is right."),
 32: ([], "Nigeria arresting Kanu is COERCE arrest. The arrest has no date of its own and is reported as this news, so the document date (Tuesday 2021-06-29) is right."),
 33: ([], "Serbia opening accession talks with the EU in December (2015-12) is CONSULT/negotiation; the mode label is odd, but type, sides and date are right."),
 34: (["date"], "Date should be none (before the 2019-09-28 vote): the Taliban's threats were made before the election ('had warned'). The document date 2019-09-29 is wrong for them. THREATEN Taliban -> Afghans is right."),
 35: (["target", "date"], "Target should be the Kurdistan Democratic Party of Iran (Iranian Kurdish exiles, IRN), not a US 'Democratic Party'. Date should be Wednesday 2022-09-28, the day of the strikes the lead gives. An empty source is right, since the sentence names no attacker."),
 36: ([], "Petronet LNG (IND; dateline cut the name to 'LNG') signing a 20-year deal with QatarEnergy last week (2024-W06) is SUPPORT (sign an agreement)."),
 37: (["modality"], "Modality should be reported: the 'kidnapping' is IPOB's own characterisation in quotes, a claim against the government's account of an arrest, not attribution alone. ASSAULT abduct -> Kanu with no named kidnapper is otherwise right."),
 38: ([], "Australia apologising to Indonesia on Friday (2014-01-17) is SUPPORT (CAMEO 055); all fields right."),
 39: (["date"], "Date should be 2012-02-24, the Friday of the Tunis conference Marzouki hosted, not the document date 2012-02-25. Proposing a peacekeeping force is AGREE (offer), with no target named."),
 40: ([], "Ukraine agreeing last month (2025-03) to the US ceasefire proposal is AGREE -> USA; all fields right."),
 41: (["date"], "Date should be 2022-02-28, the Monday of Kyiv's statement. The refusal to give up territory is news of that day, not an act of unknown time. Negated CONCEDE by Ukraine is right."),
 42: ([], "Prigozhin's accusation of the Defence Ministry leadership is background with no date given, so no date is right; ACCUSE RUS -> RUS is right."),
 43: ([], "Girkin accusing the Kremlin and Defence Ministry of incompetence is ACCUSE. The perfect 'has accused' is ongoing criticism, so the document date is right."),
 44: ([], "Russia and China vetoing the UN Security Council resolution earlier this month (2012-02) is REJECT; all fields right."),
 45: (["none"], "I keep 'no official has been convicted' as a negated SANCTION convict against Russian officials; no court is named, and a state up to now has no date."),
 46: (["target"], "Target should be Mariupol's people, Ukrainian (UKR), not RUS. ASSAULT with no named killer is right, and the 2,000 killed are a total, so no date is right."),
 47: ([], "Serbian opposition leaders complaining of Vucic's media dominance is ACCUSE -> Vucic; a reaction to Sunday's vote with no date of its own, so the document date is right."),
 48: (["source"], "Source should be the ICC pre-trial chamber (IGO, no country): 'it' refers to the court, not the Kenya cabinet. I accept REJECT for dismissing the cases against Kosgey, on Monday 2012-01-23."),
 49: (["date"], "Date should be 2011-10-20: the text puts Gaddafi's killing 11 days before the mission ended on Monday 2011-10-31, so the time is known. ASSAULT -> Gaddafi with no named killer is right."),
 50: (["source"], "Source should be Vice Foreign Minister Okano of Japan (JPN): the text makes his country plain, so an empty code is wrong. Summoning China's envoy to protest on Monday 2024-08-26 is ACCUSE."),
}

items = [json.loads(l) for l in open(HERE / "events-d-items.jsonl")]
assert len(items) == 50 and set(V) == {it["n"] for it in items}
with open(HERE / "events-d.jsonl", "w") as f:
    for it in items:
        wrong, reason = V[it["n"]]
        wrong = [w for w in wrong if w != "none"]
        if "event" in wrong:
            v = {k: False for k in FIELDS}
        else:
            v = {k: k not in wrong for k in FIELDS}
        v["all"] = all(v[k] for k in FIELDS)
        out = dict(it)
        out["verdict"] = v
        out["reasons"] = reason
        f.write(json.dumps(out, ensure_ascii=False) + "\n")

P = [
 {"doc": "h61-x237-21",
  "coder_events": ["CONCEDE: Nikol Pashinyan (ARM) -> Azerbaijan (AZE), ready to recognise Azerbaijan's sovereignty over Nagorno-Karabakh if the Armenians' security is guaranteed (AGREE would also do), 2023-05-22"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A conditional offer whose condition states its terms counts as made (asserted). 'Yerevan is prepared to give up its claim' glosses the same act."},
 {"doc": "h61-x237-07", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result and coalition prospects: not PLOVER events."},
 {"doc": "h61-x239-19",
  "coder_events": ["COERCE arrest: Nigeria (NGA) -> Nnamdi Kanu (NGA), arrested abroad and brought back to face trial, 2021-06-29 (reported on Tuesday)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "'Brought him back to face trial' is part of the same arrest. Kanu jumping bail four years ago is background and not an act between actors."},
 {"doc": "h61-x240-23",
  "coder_events": ["CONSULT visit: Ferdinand Marcos Jr. (PHL) -> Joe Biden (USA), White House visit, 2023-05-01",
                   "SUPPORT: Joe Biden (USA) -> Philippines (PHL), commitment to defend the Philippines 'ironclad', 2023-05-01"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline found the visit but missed Biden's verbal support. 'Growing pressure from Chinese vessels' is too vague to code."},
 {"doc": "h61-x238-08",
  "coder_events": ["CONSULT multilateral: international donors, Cairo donor conference, 2014-10-12",
                   "AGREE: international donors -> Palestinians (PSE), pledged $5.4 billion for Gaza reconstruction, 2014-10-12",
                   "THREATEN: several delegates -> (none), warned they could stop funding reconstruction if fighting resumed, 2014-10-12"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "A pledge of aid is AGREE (wave 76). Dateline found nothing in this paragraph."},
 {"doc": "h61-x237-10", "coder_events": [], "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result, a claimed mandate and the Radicals' return to parliament: no PLOVER events."},
]
paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, q in zip(paras, P):
    assert len(p["events"]) == q["dateline_events"]
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as f:
    for q in P:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
