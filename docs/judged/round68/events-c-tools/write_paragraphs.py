"""Write paragraphs-c-verdicts.jsonl from the judge's coding of the 6 first paragraphs.
usage: python events-c-tools/write_paragraphs.py   (run in docs/judged/round68)"""
import json

P = {
 "h11-x39-19": dict(
    coder_events=["SUPPORT: Afghanistan's new government (AFG) -> United States (USA), signed the bilateral security agreement, 2014-09-30"],
    found=1, spurious=0,
    notes="The troops 'remaining' is the content of the pact and Ghani's swearing-in is not an interaction; dateline's e1 (SUPPORT AFG -> USA, Tuesday) is right."),
 "h11-x40-14": dict(
    coder_events=[],
    found=0, spurious=0,
    notes="An election win ending the Colorado Party's rule has no PLOVER event type; nothing to code, dateline coded nothing."),
 "h11-x39-12": dict(
    coder_events=["SUPPORT: George W. Bush (USA) <-> Manmohan Singh (IND), concluded/announced an agreement on civilian nuclear cooperation, 2006-03-02"],
    found=0, spurious=0,
    notes="Dateline has no event in the lede ('announced ... an agreement' missed; it codes the agreement later from Bush's quote). India's long-standing refusal to sign the NPT is a background stance, not coded."),
 "h11-x37-05": dict(
    coder_events=["ASSAULT: NATO -> Chinese embassy in Belgrade (CHN), missile strike killing three and wounding about 20, overnight 1999-05-07/08",
                  "ACCUSE: Beijing (CHN) -> NATO, furious protests over the attack, 1999-05-08"],
    found=1, spurious=0,
    notes="Dateline found the strike (ASSAULT NATO -> Chinese embassy) but not China's protests; 'threatened to derail diplomatic efforts' is not a THREATEN act."),
 "h11-x39-16": dict(
    coder_events=["SANCTION: United Kingdom (GBR) -> Malawi's acting high commissioner (MWI), expelled, 2011-04-27",
                  "SANCTION: Malawi (MWI) -> British envoy (GBR), threw out the British high commissioner, before 2011-04-27 (Tuesday 2011-04-26 per the story)",
                  "ACCUSE: British envoy (GBR) -> President Bingu wa Mutharika (MWI), leaked cable describing him as 'ever more autocratic', date unknown"],
    found=1, spurious=0,
    notes="Dateline found Britain's expulsion; Malawi's earlier expulsion of the British envoy (in 'Lilongwe's decision to throw out') and the cable's criticism were missed."),
 "h11-x40-25": dict(
    coder_events=["COERCE: Philippine police (PHL) -> Rodrigo Duterte (PHL), arrested at Manila's airport, 2025-03-11",
                  "ACCUSE: International Criminal Court -> Rodrigo Duterte (PHL), charges of crimes against humanity he is to face, date unknown (warrant 2025-03-07)",
                  "COOPERATE: Philippine government (PHL) -> International Criminal Court, handing Duterte over / flying him to The Hague, 2025-03-11/12"],
    found=1, spurious=0,
    notes="Dateline found the arrest (COERCE, PHL police -> Duterte; its date 2025-03-12 is a day late, the arrest was Tuesday 2025-03-11). The ICC charges and the transfer to The Hague were missed; the drug-war killings are a background span and not counted."),
}

paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
assert len(paras) == 6
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    tot = dict(coded=0, found=0, dateline=0, spurious=0)
    for p in paras:
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot["coded"] += len(v["coder_events"]); tot["found"] += v["found"]
        tot["dateline"] += len(p["events"]); tot["spurious"] += v["spurious"]
print(tot)
