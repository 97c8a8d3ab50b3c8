"""Write paragraphs-a-verdicts.jsonl (judge a, round 107).
usage (from docs/judged/round107): python events-a-tools/write_paragraphs.py"""
import json

P = {
 "h31-x117-03": dict(coder_events=[
    "SUPPORT: Boris Yeltsin (RUS) <-> Alexander Lukashenko (BLR), signed the union treaty in the Kremlin, 1997-04-02"],
    found=1, spurious=0,
    notes="Dateline's SUPPORT (sign agreement, mutual) is right. The creation of the looser 'community' a year earlier is "
          "a background reference, not coded as a separate act."),
 "h31-x118-25": dict(coder_events=[
    "CONSULT: Ahmed al-Sharaa (SYR) -> Emmanuel Macron (FRA), visit hosted at the Elysee, 2025-05-07",
    "AGREE: Emmanuel Macron / France (FRA) -> Syria (SYR), Paris would push for EU sanctions to be lifted gradually if Damascus keeps its commitments (conditional offer, asserted), 2025-05-07",
    "ASSAULT: Sharaa's forces (SYR rebels) -> Bashar al-Assad (SYR), toppled Assad, background, no date in the paragraph"],
    found=1, spurious=0,
    notes="Dateline found the hosting (CONSULT, with Macron as host/source and a truncated 'Ahmed al' target); it missed "
          "the conditional offer on sanctions and the background overthrow."),
 "h31-x117-22": dict(coder_events=[
    "PROTEST: Nikol Pashinyan and demonstrators (ARM) -> Armenian government (ARM), mass street demonstrations that swept him to power, background, about May 2018"],
    found=0, spurious=0,
    notes="The election win itself is not a PLOVER event. The only codable act is the background protest movement; a coder "
          "coding current events only would list nothing here. Dateline coded no event."),
 "h31-x117-05": dict(coder_events=[
    "THREATEN: Russian military aircraft / Russia (RUS) -> civilians of Grozny (RUS), leaflet ultimatum to leave or be treated as rebels, 1999-12-06",
    "ACCUSE: United States (USA) and Europe (EU) -> Russia (RUS), sharp condemnation of the ultimatum, 1999-12-07 (document date)",
    "COERCE: federal forces (RUS) -> Grozny / Chechen rebels (RUS), tightened their ring around the city (encirclement, CAMEO 191), 1999-12-06"],
    found=1, spurious=0,
    notes="Dateline found the threat (THREATEN Russia -> civilians, right in every field); it missed the U.S. and European "
          "condemnation and the encirclement."),
 "h31-x119-12": dict(coder_events=[
    "REQUEST: Hu Jintao (CHN) -> Omar Hassan al-Bashir (SDN), urged him to give the UN a role in Darfur, 2007-02-02",
    "AGREE: Hu Jintao / China (CHN) -> Sudan (SDN), announced new loans and debt relief (pledge of aid), 2007-02-02"],
    found=1, spurious=0,
    notes="Dateline found the REQUEST; it missed the announced loans and debt relief (AGREE by the round's rule that a "
          "pledge of aid is AGREE; AID if read as debt already forgiven)."),
 "h31-x119-06": dict(coder_events=[
    "MOBILIZE: soldiers (NGA) -> Kaduna, patrolled the streets, 2000-02-24",
    "ASSAULT: Christians (NGA) <-> Muslims (NGA), three days of fighting in Kaduna that killed scores and possibly hundreds, 2000-02-21 to 2000-02-23 (no single date)"],
    found=2, spurious=0,
    notes="Dateline's MOBILIZE (patrolled) and ASSAULT (killed, empty source, target 'hundreds') are the two acts; the "
          "ASSAULT has wrong source and date (item 17 of the sample) but the right type."),
}

events = {}
order = []
for line in open("paragraphs-a.jsonl"):
    p = json.loads(line)
    order.append(p["doc"])
    events[p["doc"]] = len(p["events"])
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    for doc in order:
        d = P[doc]
        rec = {"doc": doc, "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": events[doc], "spurious": d["spurious"], "notes": d["notes"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("coded", sum(len(P[d]["coder_events"]) for d in order), "found", sum(P[d]["found"] for d in order),
      "dateline", sum(events.values()), "spurious", sum(P[d]["spurious"] for d in order))
