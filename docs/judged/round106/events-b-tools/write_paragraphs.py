"""Write paragraphs-b-verdicts.jsonl (recall on first paragraphs)."""
import json
P = {
 "h30-x113-07": (["SUPPORT: Kosovo parliament (XKX) -> Ibrahim Rugova (XKX), elected him president, 2002-03-04"], 0, 0, 0,
   "Parliament electing a president coded as SUPPORT (approve an actor), borderline since elections are often not coded; dateline has no event here. 'Ending a deadlock' is not an act."),
 "h30-x113-23": (["AGREE: Germany (DEU) -> Ukraine (UKR), will send Leopard 2 tanks (pledge of military aid, wave-76 rule), 2023-01-25",
                  "CONCEDE: Germany (DEU) -> other countries / NATO allies (no code), will allow them to re-export their Leopards, 2023-01-25"], 0, 0, 0,
   "Dateline found no event in the lede, the story's main news; 'strained relations' is background, not coded."),
 "h30-x116-16": (["ASSAULT: unknown bombers (no code) -> people at the Erawan shrine, many foreign tourists (THA location), bomb killed 20+ and wounded 120+, 2015-08-17"], 1, 2, 1,
   "e1 'killing' ASSAULT found; e2 'called' ACCUSE officials -> Thai government is spurious (officials only described the attack as the worst of its kind)."),
 "h30-x116-12": (["ASSAULT: Malaysian police (MYS) -> protesters (MYS), fired tear gas and water cannon, 2011-07-09",
                  "COERCE: Malaysian police (MYS) -> more than 1,600 people (MYS), arrested, 2011-07-09",
                  "PROTEST: protesters / Bersih supporters (MYS) -> Malaysian government (MYS), street demonstration demanding electoral reform, 2011-07-09"], 2, 2, 0,
   "Dateline found the tear gas (ASSAULT) and the arrests (COERCE) but not the protest itself."),
 "h30-x116-23": ([], 0, 0, 0,
   "Winning a run-off and 'defeating' the rival candidate is an electoral outcome, not a PLOVER act between actors; nothing to code, and dateline codes nothing."),
 "h30-x114-19": (["ASSAULT: Tunisian troops and police (TUN) -> Islamist militants (no code), killed 36, 2016-03-07",
                  "ASSAULT: Islamist militants (no code) -> Tunisian army and police posts (TUN), stormed posts in Ben Guerdane, 2016-03-07"], 0, 0, 0,
   "Dateline has no event in this sentence (its 'killed' and 'attacked' events are in later sentences). Essebsi calling it an unprecedented attempt to seize territory is a description, not coded."),
}
with open('paragraphs-b-verdicts.jsonl','w') as out:
    for l in open('paragraphs-b.jsonl'):
        p = json.loads(l); ce, f, de, sp, notes = P[p['doc']]
        assert de == len(p['events'])
        out.write(json.dumps({"doc": p['doc'], "coder_events": ce, "found": f, "dateline_events": de, "spurious": sp, "notes": notes}, ensure_ascii=False) + '\n')
tot = [sum(len(v[0]) for v in P.values())] + [sum(v[i] for v in P.values()) for i in (1,2,3)]
print('coded, found, dateline, spurious:', tot)
