# Writes paragraphs-a-verdicts.jsonl (the judge's coding of the 6 first paragraphs).
import json
P = {
 "h12-x43-16": dict(coder_events=[], found=0, spurious=0,
   notes="A swearing-in after a president's death from illness is a succession, not an interaction event of any PLOVER type; nothing to code."),
 "h12-x41-25": dict(coder_events=[
   "RETREAT: Milos Vucevic (SRB) -> none, resigned as prime minister, 2025-01-28",
   "PROTEST: protesters (SRB) -> none, mass protests over the railway station roof collapse (aim is the disaster, so no state target), 2025-01-28 (ongoing)",
   "ASSAULT: government supporters (SRB) -> students (SRB), attacked students in Novi Sad, 2025-01-27"],
   found=1, spurious=0,
   notes="Dateline found the resignation (right in all fields); it missed the ongoing mass protests and the supporters' attack on students a day earlier."),
 "h12-x41-17": dict(coder_events=[
   "AGREE: NATO (NATO) <-> Russia (RUS), agreed to study cooperation on missile defence, 2010-11-20",
   "SUPPORT: NATO leaders (NATO) -> Russia (RUS), hailed a 'fresh start' in relations, 2010-11-20",
   "ASSAULT: Russia (RUS) -> Georgia (GEO), Moscow's war with Georgia two years ago, 2008 (background)"],
   found=1, spurious=0,
   notes="Dateline's AGREE (Saturday 2010-11-20, mutual) is right; it missed the 'fresh start' praise and the dated background war of 2008."),
 "h12-x43-20": dict(coder_events=[], found=0, spurious=0,
   notes="An election win and the succession it ensures are not PLOVER interaction events; nothing to code."),
 "h12-x43-09": dict(coder_events=[
   "SUPPORT: DR Congo (COD) <-> Rwanda (RWA), presidents signed a peace agreement in Pretoria, 2002-07-30",
   "CONCEDE: Rwanda (RWA) -> DR Congo (COD), promise to withdraw its troops from Congo, 2002-07-30",
   "AGREE: DR Congo (COD) -> Rwanda (RWA), commitment to the disarming of the Hutu militias in return, 2002-07-30",
   "ACCUSE: Rwanda (Kigali, RWA) -> Hutu militias, blames them for the 1994 genocide, 2002-07-31 (ongoing)"],
   found=3, spurious=0,
   notes="Dateline found the signing, the promised withdrawal and the blame. Argument errors: the CONCEDE is dated 2002-07-31 (document date) though the promise was made at the Tuesday signing (2002-07-30); the ACCUSE has an empty target though the sentence names the Hutu militias. The Congolese side of the bargain (disarming the militias) was not coded."),
 "h12-x42-16": dict(coder_events=[
   "SANCTION: Mohamed Mursi (EGY) -> Mohamed Hussein Tantawi (EGY military), forced the armed forces chief into retirement, 2012-08-12",
   "SANCTION: Mohamed Mursi (EGY) -> the generals (EGY military), cancelled the decree giving them sweeping powers, 2012-08-12"],
   found=0, spurious=0,
   notes="Dateline coded nothing. A president retiring the army chief and stripping the generals' decree powers are curtailments of the military's position (I code SANCTION; COERCE would also be defensible)."),
}
out = []
for line in open("paragraphs-a.jsonl"):
    p = json.loads(line)
    v = P[p["doc"]]
    out.append({"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
                "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]})
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "coded", sum(len(o["coder_events"]) for o in out), "found", sum(o["found"] for o in out),
      "dateline", sum(o["dateline_events"] for o in out), "spurious", sum(o["spurious"] for o in out))
