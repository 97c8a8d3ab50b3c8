"""Write paragraphs-a-verdicts.jsonl (the judge's coding of the 6 first paragraphs)."""
import json
P = {
 "h56-x219-25": (["ASSAULT: Maoist rebels (IND) -> security personnel (IND), killed 76 in a jungle ambush in Chhattisgarh, 2010-04-06",
                  "CONCEDE: Home Minister P. Chidambaram (IND) -> none, offered his resignation (a promised, not yet effective resignation), 2010-04-07"],
                 1, 0, "dateline's ASSAULT is right in every field; the home minister's offer to resign is missed."),
 "h56-x220-09": (["SUPPORT: Hugo Chavez (VEN) -> candidates (VEN), backed the assembly candidates, date unknown (before the 1999-07-25 vote)",
                  "ACCUSE: critics (VEN) -> Hugo Chavez (VEN), warn he will sideline Congress and the courts, 1999-07-26"],
                 1, 0, "dateline's SUPPORT for the backing is a fair event (endorsement of candidates), though its document date is off for a campaign act; the critics' warning is missed. The election win itself is no PLOVER act."),
 "h56-x220-11": (["COOPERATE: Colorado Party (URY) <-> National Party (URY), the two traditional parties joined forces to keep the left out of power, date unknown (between the October first round and 1999-11-28)"],
                 0, 0, "Winning the run-off is no PLOVER act; the parties' alliance (an electoral pact, arguably AGREE) is missed; dateline found no event."),
 "h56-x220-02": (["RETREAT: defence minister Mario Enriquez (GTM) -> none, resigned, 1995-10-06",
                  "ASSAULT: army patrol (GTM) -> villagers / former refugees (GTM), opened fire killing 11, 1995-10-05 (Thursday afternoon, from the story)"],
                 1, 0, "dateline's RETREAT resign is right; the massacre in the same sentence is missed here (dateline codes it from the next paragraph's 'fired on villagers')."),
 "h56-x220-03": ([], 0, 0, "An election result only: no PLOVER act between political actors."),
 "h56-x217-15": (["SUPPORT: Latvia / Latvian voters (LVA) -> European Union (EU), approved EU membership in a referendum, 2003-09-20"],
                 0, 0, "The referendum approving accession is a state-level approval of joining the EU (a coder may code it SUPPORT); dateline found no event."),
}
paras = [json.loads(l) for l in open('paragraphs-a.jsonl')]
assert [p['doc'] for p in paras] and set(P) == {p['doc'] for p in paras}
with open('paragraphs-a-verdicts.jsonl', 'w') as f:
    for p in paras:
        ev, found, spur, notes = P[p['doc']]
        f.write(json.dumps({"doc": p['doc'], "coder_events": ev, "found": found,
                            "dateline_events": len(p['events']), "spurious": spur, "notes": notes},
                           ensure_ascii=False) + '\n')
