"""Write paragraphs-c-verdicts.jsonl: the acts a coder codes in each first paragraph."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h50-x193-14": dict(
   coder_events=[
     "ASSAULT: gunmen (no code) -> Turkish police (TUR), opened fire on police guarding the U.S. consulate in Istanbul, killing three policemen, 2008-07-09",
     "ASSAULT: Turkish police (TUR) -> gunmen (no code), the gunbattle in which three attackers were killed, 2008-07-09",
   ], found=1, spurious=0,
   notes="e1 (opened, ASSAULT) is the gunmen's attack, right. The police's return fire that killed the attackers is only implied here ('a gunbattle in which ... three attackers were killed'); dateline codes it from the next paragraph (e2), not from this one."),
 "h50-x194-11": dict(
   coder_events=[], found=0, spurious=0,
   notes="A parliament electing a president is a domestic procedure with no PLOVER act between actors; the Arab-brokered deal is background here (reached in Doha last week). Nothing to code; dateline codes nothing."),
 "h50-x195-16": dict(
   coder_events=[
     "CONSULT: Omar Hassan al-Bashir (SDN) -> Kenya (KEN), visit to Nairobi for the constitution celebrations, 2010-08-27",
     "ACCUSE: Western governments (no single code) and rights groups (no code) -> Kenya (KEN) / Bashir (SDN), the visit drew sharp criticism, 2010-08-27",
   ], found=1, spurious=0,
   notes="The visit is found (e1 CONSULT visit, right). The criticism from the West and rights groups is not coded."),
 "h50-x195-13": dict(
   coder_events=[
     "REJECT: African Union leaders (AU) -> Sudan (SDN), passing over Sudan's bid for the AU chair for the second time, 2007-01-29",
     "ACCUSE: human rights groups (no code) and several AU member states -> Sudan (SDN), objected to rewarding Khartoum, before the summit (undated)",
   ], found=1, spurious=0,
   notes="e1 (objected, ACCUSE) found with the right actors; its document date is arguable since the objections came before Monday. The AU leaders passing over Sudan is not coded; choosing Kufuor as chair is internal to the AU and not coded."),
 "h50-x195-10": dict(
   coder_events=[
     "REQUEST: Tamil Tiger rebels (LTTE, LKA) -> Sri Lankan government (LKA), published a proposal demanding sweeping control over land, revenue and law and order in the north and east, 2003-11-01",
   ], found=0, spurious=0,
   notes="dateline codes nothing in this paragraph. 'where they have fought ... for two decades' is background fighting summed over a span, not coded."),
 "h50-x196-13": dict(
   coder_events=[
     "RETREAT: Myanmar junta (MMR) -> John Yettaw (USA), release secured by Webb, 2009-08-16",
     "CONSULT: Jim Webb (USA) -> Than Shwe (MMR), unprecedented meeting with the military ruler, 2009-08-15",
   ], found=0, spurious=0,
   notes="dateline codes nothing in this paragraph; the meeting is found in the next paragraph (e1, 'met ... on Saturday'), but the release is never coded. Flying out of Myanmar is a departure, not an act; Yettaw's jailing is background."),
}
order = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-c.jsonl"))]
with open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"), "w") as out:
    for p in order:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(order))
