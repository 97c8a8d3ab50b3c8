"""Write paragraphs-b-verdicts.jsonl (judge b, round 178) and check it."""
import json

P = {
 "h67-x264-19": dict(
   coder_events=["AID: Australia (AUS, its embassy in Beijing and consulate in Shanghai) -> journalists Bill Birtles and Michael Smith (AUS), sheltered them in diplomatic missions (diplomatic asylum) during the five-day standoff, ending 2020-09-08"],
   found=0, spurious=0,
   notes="The journalists' return home is no political act, and the detention by Chinese police is only what they avoided (not coded). dateline has no event here."),
 "h67-x263-25": dict(
   coder_events=["CONSULT: Daniel Chapo (MOZ) <-> Venancio Mondlane (MOZ), met for the first time, 2025-03-23",
                 "AGREE: Daniel Chapo (MOZ) and Venancio Mondlane (MOZ), both as actors, agreed to end the post-election violence, 2025-03-23"],
   found=1, spurious=0,
   notes="dateline found the meeting (CONSULT). It coded the agreement as CONCEDE: a mutual commitment to end violence is AGREE (express willingness to end a conflict; CAMEO 0356/037 -> AGREE), so it is not counted as found, but it is a real act, not spurious."),
 "h67-x264-16": dict(
   coder_events=["PROTEST demo: tens of thousands of protesters (HTI) -> Haitian government / President Jovenel Moise (HTI), marched through Port-au-Prince demanding his resignation, 2019-09-27"],
   found=1, spurious=0,
   notes="The demand for resignation is part of the protest (PLOVER codes protests that make demands as PROTEST only). dateline's PROTEST is right, target Haiti right under the crowd-protest rule."),
 "h67-x263-04": dict(
   coder_events=["PROTEST riot: mobs (BGD) -> Buddhist community (BGD), set fire to a dozen temples and dozens of homes in southeastern Bangladesh, weekend of 2012-09-29/30"],
   found=1, spurious=0,
   notes="ASSAULT (primitive/destroy) would also be defensible for communal arson; PROTEST riot fits PLOVER's 'violent action toward a distinct other group' and dateline coded it so. The Facebook post is no political act."),
 "h67-x262-18": dict(
   coder_events=["SUPPORT: Egypt's parliament (EGY) -> Egyptian government/armed forces (EGY), approved (authorised) deploying troops on combat missions abroad, 2020-07-20"],
   found=0, spurious=0,
   notes="The possible intervention in Libya is conditional (not coded), and 'forces backed by Turkey' only identifies the GNA forces. dateline has no event in this paragraph."),
 "h67-x262-25": dict(
   coder_events=["SUPPORT: Iraq federal government (IRQ), Kurdistan Regional Government (IRQ) and foreign oil companies, struck a deal to end the oil-export dispute, shortly before 2025-09-27 (date not given)",
                 "COOPERATE: Iraq / Kurdistan region (IRQ) -> Turkey (TUR), resumed oil exports through the pipeline to Ceyhan, 2025-09-27"],
   found=0, spurious=0,
   notes="dateline has no event here: it missed both the deal and the resumed exports."),
}

paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert len(paras) == 6
out = []
for p in paras:
    d = P[p["doc"]]
    n = len(p["events"])
    assert d["found"] <= len(d["coder_events"]) and d["spurious"] <= n
    out.append({"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
                "dateline_events": n, "spurious": d["spurious"], "notes": d["notes"]})
with open("paragraphs-b-verdicts.jsonl", "w") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
tot = dict(coded=sum(len(r["coder_events"]) for r in out), found=sum(r["found"] for r in out),
           dateline=sum(r["dateline_events"] for r in out), spurious=sum(r["spurious"] for r in out))
print(tot)
