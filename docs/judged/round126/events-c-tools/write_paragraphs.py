"""Write paragraphs-c-verdicts.jsonl (recall on story first paragraphs) from the judge's coding below."""
import json

P = {
 "h40-x156-25": dict(coder_events=[
     "SUPPORT: Norwegian Nobel Committee (NOR) -> Maria Corina Machado (VEN), awarded her the Nobel Peace Prize and praised her 'tireless work', 2025-10-10"],
   found=0, spurious=0,
   notes="Dateline has no event in this paragraph. It codes the committee's praise only from the next paragraph (e1 'praised', chair Frydnes, with the wrong source code VEN)."),
 "h40-x153-18": dict(coder_events=[
     "COERCE (arrest): Azerbaijani court (AZE) -> Khadija Ismayilova (AZE), ordered held in custody for two months, 2014-12-05",
     "ACCUSE: Ismayilova's supporters (AZE) -> Azerbaijani authorities (AZE), say the case was fabricated to silence her, 2014-12-06 (document date)"],
   found=1, spurious=0,
   notes="Dateline found the custody order, right in all fields. It missed the supporters' claim of fabrication, which a coder may code as an ACCUSE."),
 "h40-x156-02": dict(coder_events=[
     "SUPPORT (sign agreement): China (CHN), Russia (RUS), Kazakhstan (KAZ), Kyrgyzstan (KGZ), Tajikistan (TJK) mutually, signed a border military-tension agreement, 1996-04-26"],
   found=1, spurious=0,
   notes="The one act was found, right in all fields."),
 "h40-x155-23": dict(coder_events=[
     "ASSAULT (explosives): unnamed bombers (none) -> people at the education ministry junction, Mogadishu (SOM), two car bombs killing at least 100, 2022-10-29"],
   found=1, spurious=0,
   notes="Found, with the date right (Saturday). The mode is not given; it should be explosives. 'President ... said' is attribution, not an event."),
 "h40-x155-18": dict(coder_events=[
     "SUPPORT (sign agreement): Nepal (NPL) -> China (CHN), signed a transit and transport agreement, 2016-03-21",
     "SUPPORT: officials in Kathmandu (NPL) -> China (CHN) or none, hailed the deal as a historic step, 2016-03-21"],
   found=2, spurious=0,
   notes="Both were found. e2 'hailed' has the target India, which is wrong: the deal is hailed as ending dependence on India, so it is not support for India. The target should be China or none."),
 "h40-x153-22": dict(coder_events=[
     "SANCTION (convict: found unconstitutional) [or COERCE restrict]: Constitutional Tribunal (POL) -> none (a provision of the 1993 abortion law), ruled abortion for foetal defects unconstitutional, 2020-10-22",
     "PROTEST (demo): protesters in Warsaw and other cities (POL) -> Constitutional Tribunal / Polish state (POL), protests against the ruling, 2020-10-22"],
   found=0, spurious=0,
   notes="Dateline has no event in this paragraph. It codes the Warsaw protest only from a later sentence (e1 'marched')."),
}

paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for p in paras:
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
tot = lambda k: sum(len(P[p["doc"]]["coder_events"]) if k == "coded" else (len(p["events"]) if k == "dateline_events" else P[p["doc"]][k]) for p in paras)
print({k: tot(k) for k in ("coded", "found", "dateline_events", "spurious")})
