"""Write paragraphs-c-verdicts.jsonl (hand coding of the 6 first paragraphs)."""
import json
P = {
 "h63-x248-21": (["COERCE: Constitutional Court (THA) -> Prayuth Chan-ocha (THA), suspended the prime minister from duty pending its term-limit ruling, 2022-08-24"],
   "The court's pending decision is the same proceeding, not coded twice; the 2014 coup is a background mention with no PLOVER category. dateline's events in this story (asked, demand) are in later paragraphs."),
 "h63-x248-14": ([], "An election result (won the presidential election) is not a PLOVER event; nothing to code. dateline's events in this story are in later paragraphs."),
 "h63-x248-10": ([], "A swearing-in and a party-room leadership vote ('toppling Tony Abbott') have no PLOVER category; nothing to code. dateline found no event anywhere in this story."),
 "h63-x248-19": ([], "A party congress re-electing its general secretary is an internal election, not a PLOVER event; nothing to code. dateline's events in this story are in later paragraphs."),
 "h63-x246-02": ([], "An assembly electing an interim president is an election, not a PLOVER event; Ben Ali's fall is a background mention. Nothing to code; dateline's events are in later paragraphs."),
 "h63-x248-16": ([], "A run-off win is an election result, not a PLOVER event; nothing to code. dateline's events in this story are in later paragraphs."),
}
paras = [json.loads(l) for l in open('paragraphs-c.jsonl')]
with open('paragraphs-c-verdicts.jsonl', 'w') as f:
    for p in paras:
        ev, notes = P[p['doc']]
        f.write(json.dumps({"doc": p['doc'], "coder_events": ev, "found": 0,
                            "dateline_events": len(p['events']), "spurious": 0, "notes": notes},
                           ensure_ascii=False) + '\n')
print('ok')
