"""Write paragraphs-d-verdicts.jsonl (recall on the six first paragraphs)."""
import json
P = {
"h37-x144-16": ([], 0, 0, "An election win (Morales, third term) is not a PLOVER interaction; nothing to code, dateline coded nothing."),
"h37-x144-07": (["SANCTION: Taiwan (TWN) -> Nauru (NRU), broke off diplomatic relations, 2002-07-23",
                 "SUPPORT: Nauru's president Rene Harris (NRU) -> China (CHN), signed agreement recognising the PRC, 2002-07-21"], 2, 0,
                "Both found with right type, arguments and dates."),
"h37-x143-10": (["THREATEN: Hamid Karzai (AFG) -> Pakistan (PAK), threatened to send troops across the border, 2008-06-15"], 1, 0,
                "Found. The generic 'militants who launch attacks from Pakistani soil' inside Karzai's reasoning is habitual background, not coded."),
"h37-x144-02": (["COERCE: Myanmar's military government (MMR) -> National League for Democracy members (MMR), detained more than 200, 1996-05-23 (reported Thursday)"], 1, 0,
                "Found. 'since her release from house arrest' is a background noun phrase (1995), not coded in the first paragraph."),
"h37-x141-11": ([], 0, 0, "Election results only; no codeable act, dateline coded nothing."),
"h37-x142-22": ([], 0, 0, "A fire with sabotage only hinted at and no party accused or named as perpetrator: nothing a coder would code (at most a hypothetical ACCUSE with no target); dateline coded nothing."),
}
paras = [json.loads(l) for l in open("paragraphs-d.jsonl")]
with open("paragraphs-d-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, spur, notes = P[p["doc"]]
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                              "dateline_events": len(p["events"]), "spurious": spur, "notes": notes},
                             ensure_ascii=False) + "\n")
