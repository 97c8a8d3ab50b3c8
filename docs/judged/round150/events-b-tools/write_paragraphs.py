# writes paragraphs-b-verdicts.jsonl from the judge's coding of the 6 first paragraphs
import json
P = {
 "h53-x208-04": (["REJECT: ASEAN foreign ministers (no code) -> Thailand (THA), rejected Thailand's 'flexible engagement' proposal, 1998-07-25"],
                 1, 0, "dateline's e1 REJECT is right in type (and in all fields); holding on to non-interference is no separate act."),
 "h53-x205-08": (["REJECT: Alexander Lukashenko (BLR) -> Vladimir Putin (RUS), rejected Putin's proposal to merge Russia and Belarus, 2002-08-16"],
                 1, 1, "e1 REJECT found; e2 CONCEDE negated ('Belarus would never give up its sovereignty') is the reason for the same rejection, spurious. Putin's proposal itself (Wednesday) is told in the next paragraph and not coded here."),
 "h53-x206-13": (["PROTEST riot: supporters of Bashar al-Assad (SYR) -> U.S. embassy (USA) and French embassy (FRA) in Damascus, attacked the embassies, smashing windows and daubing graffiti, 2011-07-11"],
                 1, 0, "e1 PROTEST riot found (one act with two embassies as targets). The ambassadors' visit to Hama is a visit to a city, not a meeting with an actor, and is not coded."),
 "h53-x208-05": (["AGREE: North Korea (PRK) -> United States (USA), agreed to allow U.S. officials repeated visits to the Kumchang-ri site, 1999-03-16 (reported by the State Department on Tuesday)"],
                 1, 0, "e1 AGREE found (its date 1999-03-16 is right; target 'U.S. officials' is the U.S.)."),
 "h53-x206-16": (["REJECT: U.S. Congress (USA) -> Barack Obama (USA), voted to override Obama's veto of the 9/11 lawsuits bill (JASTA), 2016-09-28"],
                 0, 0, "dateline found no event in this paragraph: the veto override (the Senate 'voted to reject the veto' in the next paragraph) is missed. Obama's earlier veto, in a possessive noun phrase, is background and not listed."),
 "h53-x205-04": (["SUPPORT: presidents of Turkey, Azerbaijan, Georgia, Kazakhstan and Uzbekistan (TUR, AZE, GEO, KAZ, UZB; mutual), signed the Ankara declaration backing the Baku-Ceyhan pipeline, 1998-10-29"],
                 1, 0, "e1 SUPPORT (sign agreement) found, right in all fields."),
}
out = open("paragraphs-b-verdicts.jsonl", "w")
for l in open("paragraphs-b.jsonl"):
    p = json.loads(l)
    ev, found, spur, notes = P[p["doc"]]
    out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found,
                          "dateline_events": len(p["events"]), "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")
out.close()
