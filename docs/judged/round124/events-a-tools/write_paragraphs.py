"""Write paragraphs-a-verdicts.jsonl (the judge's own coding of the 6 first paragraphs).
usage: write_paragraphs.py   (run in docs/judged/round124)"""
import json

P = {
 "h39-x149-06": dict(coder_events=[
    "COERCE (ban/remove from office): Wolfgang Petritsch, international high representative (no country, IGO) -> Ante Jelavic, Croat presidency member (BIH), removed him from office, 2001-03-07 (Wednesday)",
    "REJECT: Bosnian Croat nationalists (BIH) -> Bosnian state (BIH), proclaimed self-rule in Croat-majority areas, undated ('days' before the removal)",
  ], found=0, dateline_events=0, spurious=0,
  notes="dateline codes nothing in the lead. It misses the removal from office, the headline act (SANCTION/expel would also fit), and the Croat self-rule proclamation."),
 "h39-x151-15": dict(coder_events=[
    "REJECT: Sarath Fonseka, opposition challenger (LKA) -> Mahinda Rajapaksa / the election result (LKA), rejected the result, 2010-01-27 (Wednesday)",
  ], found=0, dateline_events=0, spurious=0,
  notes="Winning an election is not a PLOVER act, and 'his victory over the Tamil Tiger rebels' is a background reference, not coded. 'said he feared for his life' is an implied accusation, left out. dateline finds nothing here."),
 "h39-x152-09": dict(coder_events=[
    "SANCTION/withdraw: Indonesia (IDN) -> Australia (AUS), recalled its ambassador from Canberra, 2006-03-24 (Friday)",
    "AID (grant asylum): Australia (AUS) -> 42 asylum seekers from Papua (IDN), decision to grant temporary protection visas, undated in the paragraph",
  ], found=1, dateline_events=1, spurious=0,
  notes="dateline's e1 (recall, SANCTION Indonesia -> Australian government, 2006-03-24) is right. It misses Australia's grant of protection visas (AID, a noun-phrase act)."),
 "h39-x151-14": dict(coder_events=[
    "ASSAULT: renegade soldiers (GNB) -> President Joao Bernardo Vieira's residence (GNB), attacked with heavy weapons, 2008-11-23 (Sunday)",
    "ASSAULT: presidential guards (GNB) -> renegade soldiers (GNB), drove the attackers back, 2008-11-23",
  ], found=1, dateline_events=1, spurious=0,
  notes="dateline's e1 (attack) is right, though its source name is just 'Renegade'. It misses the guards' repulse of the attack."),
 "h39-x151-08": dict(coder_events=[
    "REJECT: Nepali Congress party (NPL) -> Prime Minister Sher Bahadur Deuba (NPL), refused to back an extension of the state of emergency, undated (before 2002-05-22)",
  ], found=0, dateline_events=0, spurious=0,
  notes="Having the king dissolve parliament and calling elections is a domestic institutional act with no clear PLOVER type, so it is not coded (a coder might code REQUEST Deuba -> King Gyanendra). 'the state of emergency imposed to fight Maoist rebels' is a background noun phrase (COERCE, November 2001), not coded. dateline finds nothing."),
 "h39-x152-14": dict(coder_events=[
    "CONCEDE (accede to demand for policy change): President Evo Morales (BOL) -> protesting indigenous marchers (BOL), suspended construction of the highway, 2011-09-26 (Monday)",
    "COERCE/seize (police raid; ASSAULT/crowd-control would also fit): Bolivian police (BOL) -> protesting marchers (BOL), raid on the march, 2011-09-25 (a day before)",
    "PROTEST/demo: indigenous marchers (BOL) -> Bolivian government (BOL), march against the highway, 2011-09-25 (ongoing)",
    "RETREAT/resign: Bolivia's defence minister (BOL), resignation, 2011-09-25 (the raid's aftermath)",
  ], found=0, dateline_events=0, spurious=0,
  notes="dateline codes nothing in this lead: its first event (e1 'firing') is in the second paragraph. It misses the suspension (the headline act), the raid, the march and the resignation."),
}
docs = [json.loads(l)["doc"] for l in open("paragraphs-a.jsonl")]
assert sorted(docs) == sorted(P)
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for d in docs:
        out.write(json.dumps({"doc": d, **P[d]}, ensure_ascii=False) + "\n")
tot = {k: sum(len(P[d][k]) if k == "coder_events" else P[d][k] for d in docs)
       for k in ("coder_events", "found", "dateline_events", "spurious")}
print(tot)
