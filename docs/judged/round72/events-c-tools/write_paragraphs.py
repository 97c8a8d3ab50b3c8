"""Write paragraphs-c-verdicts.jsonl (the judge's coding of each first paragraph)."""
import json
P = {
 "h13-x47-23": dict(coder_events=[
    "CONCEDE: George Weah (LBR) -> Joseph Boakai (LBR), conceded defeat in the run-off, 2023-11-17"],
    found=1, spurious=0,
    notes="Dateline's e1 is right in every field. 'Drew praise from across Africa and beyond' has no identifiable source and is not coded."),
 "h13-x46-07": dict(coder_events=[
    "SUPPORT: Bahrain (BHR) -> International Court of Justice (IGO), accepted the ruling on the Hawar/Zubarah dispute, 2001-03-16",
    "SUPPORT: Qatar (QAT) -> International Court of Justice (IGO), accepted the ruling, 2001-03-16"],
    found=0, spurious=0,
    notes="Dateline found no events. The ICJ ruling itself (awarding territory) has no clean PLOVER type and is not counted; the two acceptances could also be coded CONCEDE (accede to a ruling)."),
 "h13-x46-13": dict(coder_events=[
    "CONSULT: Nicolas Sarkozy (FRA) -> leaders of 43 countries incl. Assad (SYR) and Olmert (ISR), hosted the Paris summit (multilateral), 2008-07-13",
    "SUPPORT: Nicolas Sarkozy (FRA) -> the 43 participating states, launched the Union for the Mediterranean (initiating diplomatic cooperation), 2008-07-13"],
    found=0, spurious=0,
    notes="Dateline found no events. Assad and Olmert 'sat at the same table' is part of the multilateral meeting, not counted separately."),
 "h13-x46-22": dict(coder_events=[
    "SANCTION: Algeria (DZA) -> Spain (ESP), recalled its ambassador to Madrid, 2022-03-19",
    "SUPPORT: Spain (ESP) -> Morocco (MAR), decision to back Morocco's Western Sahara autonomy plan, 2022-03-18 (letter made public on Friday, third paragraph)"],
    found=2, spurious=0,
    notes="Both found with the right type. e1 is right in all fields; e2 (back, SUPPORT Spain -> Morocco) is dated with the document date 2022-03-20, which is too late (the decision was made public on Friday 2022-03-18 and predates Algeria's Saturday recall)."),
 "h13-x48-09": dict(coder_events=[
    "CONSULT: China (CHN), North Korea (PRK), United States (USA), South Korea (KOR), Japan (JPN), Russia (RUS), six-nation talks in Beijing (multilateral) ending 2003-08-29",
    "AGREE: the six parties (mutual), agreed to keep talking and avoid steps that could worsen the crisis, 2003-08-29 (reported by China)"],
    found=0, spurious=0,
    notes="Dateline found no events in this paragraph."),
 "h13-x48-24": dict(coder_events=[
    "COERCE: Thai authorities / police (THA) -> Thaksin Shinawatra (THA), taken straight to prison on return, 2023-08-22",
    "SUPPORT: Thai parliament (THA) -> Srettha Thavisin (THA), elected him prime minister with the backing of military-allied parties, 2023-08-22"],
    found=0, spurious=0,
    notes="Dateline found no events. Thaksin's return from exile is not an interaction and the 2006 ouster ('the military that ousted him') is undated background, not counted."),
}
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
tot = dict(coded=0, found=0, dateline=0, spurious=0)
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in paras:
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tot["coded"] += len(v["coder_events"]); tot["found"] += v["found"]
        tot["dateline"] += len(p["events"]); tot["spurious"] += v["spurious"]
print(tot)
