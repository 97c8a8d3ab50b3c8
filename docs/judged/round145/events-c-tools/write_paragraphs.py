"""Write paragraphs-c-verdicts.jsonl (the judge's recall coding of the 6 first paragraphs) and check it.

usage: write_paragraphs.py   (run from docs/judged/round145)
"""
import json

P = {
 "h50-x195-23": (
  ["CONSULT: Antonio Guterres (UN) -> Pakistan (PAK), toured flood-ravaged areas of southern Pakistan, 2022-09-10",
   "REQUEST: Antonio Guterres (UN) -> rich nations (no code), urged them to help Pakistan recover, 2022-09-10"],
  2, 0,
  "Both found with the right type. The REQUEST (e2) has date unknown where the text gives Saturday 2022-09-10 (the urging is part of Saturday's visit), and adds Pakistan, the beneficiary, as a second target. 'Said he had never seen climate carnage' is a comment with no PLOVER event."),
 "h50-x196-17": (
  ["ACCUSE (investigate): Chinese authorities (CHN) -> Canadian couple Kevin and Julia Garratt (CAN), investigating them on suspicion of stealing state secrets, 2014-08-05 (ongoing)",
   "ACCUSE (allege): Canada (CAN) -> Chinese hackers (CHN), accused them of breaking into a government research agency, days earlier (last week; no day given)",
   "COERCE (cyber): Chinese hackers (CHN) -> Canadian government research agency (CAN), breaking into its networks, reported (inside Canada's accusation), no date"],
  2, 0,
  "The investigation and Canada's accusation were found (e1's target is Canada rather than the Canadian couple, CAN right). The hacking itself, an act inside the accusation with reported modality, was not coded."),
 "h50-x195-15": (
  ["ASSAULT (aerial/drone): United States (USA) -> Baitullah Mehsud, Pakistani Taliban leader (PAK), missile strike in South Waziristan that very probably killed him, this week (Wednesday 2009-08-05 per the story; 2009-W32)"],
  1, 0,
  "Found (e1, ASSAULT USA -> Mehsud, 2009-W32). Its target code AFG is wrong: the sentence calls him Pakistan's Taliban leader (PAK). The aide's 'said he had died' is the same act."),
 "h50-x195-11": (
  ["AGREE: G8 finance ministers (G8) -> 18 of the world's poorest countries (no single code), agreed to cancel about $40 billion of their debt, 2005-06-11"],
  1, 0,
  "Found (e1 AGREE, 2005-06-11); its target is empty where the 18 poorest countries are named as beneficiaries. A commitment to cancel debt is AGREE under the wave-76 rule (offer or pledge of aid), not AID."),
 "h50-x193-21": (
  ["REJECT: Malgorzata Gersdorf, head of the Supreme Court (POL) -> Polish government / the retirement law (POL), defied the law by going to work, 2018-07-04",
   "SUPPORT: thousands of supporters (POL) -> Malgorzata Gersdorf (POL), cheered her as she went to work (support rally), 2018-07-04",
   "ACCUSE (disapprove): European Union (EU) -> Poland (POL), says the reform undermines judicial independence, ongoing (document date 2018-07-04)"],
  1, 0,
  "Only the defiance was found (e1 REJECT; source 'head' is Gersdorf, POL right; target empty, reported_by 'EU's Court' wrong: the act is not attributed). The supporters' rally for Gersdorf and the EU's criticism of the reform were missed."),
 "h50-x194-15": (
  ["ASSAULT (aerial): United Arab Emirates (ARE) -> Islamist-allied militias (LBY), launched air strikes twice on militias fighting for Tripoli, in the past week (2014-08-18..25)"],
  1, 0,
  "Found (e1 ASSAULT; the mode should be aerial, not heavy-weapons). Its target code EGY is wrong: the militias are Libyan (LBY); 'in the past week' gives a date (the week before Monday 2014-08-25) where e1 has unknown. Not listed: the militias' ongoing 'fighting for control of Libya's capital' (no opponent named) and the UAE's use of Egyptian bases (Egypt's logistical support is stated only in the next paragraph)."),
}

paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
assert len(paras) == 6
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": ev, "found": found,
               "dateline_events": len(p["events"]), "spurious": spur, "notes": notes}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
rows = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
assert len(rows) == 6
tot = {"coded": sum(len(r["coder_events"]) for r in rows), "found": sum(r["found"] for r in rows),
       "dateline_events": sum(r["dateline_events"] for r in rows), "spurious": sum(r["spurious"] for r in rows)}
for r in rows:
    assert r["found"] <= len(r["coder_events"]) and r["spurious"] <= r["dateline_events"]
print(tot)
