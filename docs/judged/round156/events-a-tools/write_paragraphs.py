"""Write paragraphs-a-verdicts.jsonl: judge a's coding of the 6 first paragraphs (round 156)."""
import json

P = [
 {"doc": "h55-x216-24",
  "coder_events": ["SANCTION: U.S. federal jury in New York (USA) -> Juan Orlando Hernandez (HND), found guilty of cocaine smuggling, 2024-03-08"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline codes the conviction only from the next sentence ('was convicted'), not from the lead's 'found ... guilty'. The smuggling and bribes are the content of the verdict and are not coded separately."},
 {"doc": "h55-x216-09",
  "coder_events": ["SANCTION: George W. Bush (USA) -> Myanmar (MMR), signed into law a ban on all imports from Myanmar, 2003-07-28",
                   "SANCTION: George W. Bush (USA) -> Myanmar military rulers (MMR), ordered their assets frozen, 2003-07-28",
                   "ACCUSE: George W. Bush (USA) -> Myanmar generals (MMR), said they must pay a price for the attack on Suu Kyi's convoy and her detention, 2003-07-28"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline has no event in the lead: both sanctions and the accusation are missed. The attack on Suu Kyi's convoy and her continued detention are only mentioned as the reason, and are left uncoded here."},
 {"doc": "h55-x216-05",
  "coder_events": ["ASSAULT: unnamed gunman () -> Luagalau Levaula Kamu, Samoa's public works minister (WSM), shot dead, 1999-07-16 (Friday night)"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "Dateline e1 (ASSAULT firearms, no source, target Luagalau, 1999-07-16 night) is right. Independence in 1962 is not an event."},
 {"doc": "h55-x216-12",
  "coder_events": ["SANCTION: international arbitration tribunal (UNCLOS, no country) -> Suriname (SUR), found it broke international law (and awarded Guyana the larger share of the disputed sea), 2007-09-20",
                   "COERCE: Suriname navy gunboats (SUR) -> Canadian drilling rig of CGX Energy (CAN), chased away, 2000"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "No dateline event in the lead. The 2000 expulsion of the rig could also be coded THREATEN (the tribunal called it a threat of force). Dateline codes it only from paragraph 3 (e1 SANCTION expel)."},
 {"doc": "h55-x215-13",
  "coder_events": ["ASSAULT: gunmen on motorcycles () -> Lasantha Wickrematunge, Sunday Leader editor (LKA), shot dead, 2009-01-08"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline missed the killing that is the story's main event: there is no ASSAULT event in the lead, and the story's other events are the reactions to it."},
 {"doc": "h55-x213-05",
  "coder_events": ["SANCTION: Council of Europe Parliamentary Assembly (COE, no country) -> Russia's delegation (RUS), voted to suspend its voting rights over abuses in Chechnya, 2000-04-06"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "Dateline missed the suspension. The human rights abuses and Moscow's military campaign are background noun phrases and are not coded here; the 'rebuke' is the same act as the vote."},
]
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in P:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
