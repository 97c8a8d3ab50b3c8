# Writes paragraphs-c-verdicts.jsonl (recall on first paragraphs).
import json
P = {
 "h49-x192-13": dict(coder_events=[
    "SANCTION (withdraw, halt negotiations): Pascal Lamy (WTO) -> Doha round negotiations / WTO members (no code), suspended the trade talks, 2006-07-24"],
    found=1, spurious=0,
    notes="Dateline's e1 SANCTION withdraw (suspended) is right in type, date 2006-07-24 (Monday). 'Ministers from six major economies failed to break a deadlock' is a failure to agree, not an act, and is not coded."),
 "h49-x189-23": dict(coder_events=[
    "SUPPORT (sign agreement): Giorgia Meloni (ITA) <-> Edi Rama (ALB), signed the migrant-centre deal, 2023-11-06 (unveiled Monday per the next sentence; the paragraph itself gives no date)"],
    found=1, spurious=0,
    notes="Dateline's e1 SUPPORT signed, mutual Meloni/Rama, found. 'Italy will build two centres in Albania' is the content of the deal (what was agreed), not coded as a separate act; the rescue of migrants at sea is generic background."),
 "h49-x191-07": dict(coder_events=[
    "AGREE (pledge of aid): international donors (no code) -> Sri Lanka (LKA), pledged about $4.5 billion for reconstruction, 2003-06-10",
    "THREATEN (to reduce or withhold aid, CAMEO 1311): international donors (no code) -> Sri Lanka government and LTTE (LKA), warned the money depends on progress in peace talks, 2003-06-10",
    "PROTEST (boycott): Tamil Tiger rebels / LTTE (LKA) -> Tokyo donors' conference (host Japan, JPN), boycotted the conference, 2003-06-10"],
    found=0, spurious=0,
    notes="Dateline found no event in this paragraph: the pledge (AGREE by the wave-76 rule), the aid conditionality warning and the LTTE boycott are all missed."),
 "h49-x190-11": dict(coder_events=[
    "SANCTION (convict): Iraqi court (IRQ) -> Saddam Hussein (IRQ), sentenced to death by hanging, 2006-11-05"],
    found=1, spurious=0,
    notes="Dateline's e1 SANCTION convict found with right arguments and date. The 1982 Dujail killings and the assassination attempt are historical background in noun phrases and are not coded."),
 "h49-x189-05": dict(coder_events=[
    "COERCE (arrest): French soldiers of SFOR (FRA) -> Momcilo Krajisnik (BIH), arrested in a raid on his home in Pale, 2000-04-03",
    "COOPERATE (judicial, war crimes transfer): French SFOR soldiers (FRA) -> U.N. war crimes tribunal in The Hague (ICTY, IGO), flew Krajisnik to the tribunal, 2000-04-03"],
    found=1, spurious=0,
    notes="Dateline's e1 COERCE arrest found (raid counted with the arrest, one act). The handover to the ICTY ('flew him to the tribunal') is missed."),
 "h49-x191-15": dict(coder_events=[
    "ASSAULT (execute): India (IND) -> Mohammad Afzal Guru, the Kashmiri man (IND), hanged, 2013-02-09",
    "COERCE (curfew): Indian authorities (IND) -> Indian Kashmir / India (IND), imposed a curfew to head off protests, 2013-02-09"],
    found=1, spurious=0,
    notes="Dateline's e1 COERCE curfew found (domestic target India accepted). The hanging itself, the paragraph's main act, is missed. The 2001 parliament attack and Guru's conviction are background, not coded."),
}
paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
out = open("paragraphs-c-verdicts.jsonl", "w")
for p in paras:
    d = P[p["doc"]]
    o = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
         "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
    out.write(json.dumps(o, ensure_ascii=False) + "\n")
out.close()
