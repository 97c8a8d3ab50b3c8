"""Write paragraphs-c-verdicts.jsonl (judge c's recall coding of the 6 sampled first paragraphs)."""
import json

P = {
 "h48-x186-10": dict(coder_events=[
    "AGREE: Mahmoud Ahmadinejad (IRN) -> leaders of the six Gulf Arab states / GCC (GCC), proposed a regional security and economic pact, 2007-12-03",
    "CONSULT: Mahmoud Ahmadinejad (IRN) -> GCC summit (GCC), addressed the GCC summit in Doha, 2007-12-03"],
    found=2, spurious=0,
    notes="Both found with the right type: e1 AGREE (target left empty; should be the Gulf leaders/GCC) and e2 CONSULT (source GCC, Iran missing as the other party)."),
 "h48-x185-04": dict(coder_events=[
    "ASSAULT (abduct): masked gunmen (no code) -> Yeltsin's special representative Valentin Vlasov (RUS), seized and dragged from his car, 1998-05-01"],
    found=0, spurious=0,
    notes="Dateline's e1 codes the kidnapping as COERCE seize (wrong type: gunmen abducting a person is ASSAULT abduct), with the target as Boris Yeltsin himself rather than his envoy and the gunmen coded RUS; it holds an event, so not spurious, but is not found with the right type."),
 "h48-x187-01": dict(coder_events=[],
    found=0, spurious=0,
    notes="An acquittal by a court (Banda cleared of the 1983 murders) has no PLOVER type (SANCTION convict covers convictions only; the trial itself ended and is not a new act). Nothing to code; dateline coded nothing."),
 "h48-x187-16": dict(coder_events=[
    "SUPPORT: Mali government (MLI) <-> pro-government armed groups (MLI), signed a peace agreement, 2015-05-15",
    "REJECT: coalition of Tuareg-led rebels / CMA (MLI) -> Mali government (MLI), refused to attend the signing, 2015-05-15"],
    found=0, spurious=0,
    notes="Dateline found no event in this paragraph (the only event in the story is Keita's later invitation to the rebels)."),
 "h48-x185-24": dict(coder_events=[
    "COERCE (arrest): Russian investigators (RUS) -> an Uzbek citizen (UZB), detained over the killing, reported 2024-12-18",
    "ASSAULT (explosives): unknown bomber (no code) -> Lt Gen Igor Kirillov (RUS), scooter bomb killed him outside his Moscow home, 2024-12-17 (Tuesday per the next sentence)"],
    found=1, spurious=0,
    notes="e1 COERCE arrest found (target coded as the country Uzbekistan instead of the Uzbek citizen, UZB code right). The bomb killing in this sentence was not coded here (dateline codes it from the next sentence)."),
 "h48-x187-23": dict(coder_events=[
    "ASSAULT: Congolese soldiers (COD) -> people gathered for an anti-U.N. demonstration in Goma (COD), killed at least 43 while breaking up the planned march, 2023-08-30 (Wednesday per the next sentence; reported Thursday)"],
    found=0, spurious=0,
    notes="Dateline found nothing in the lead. The planned demonstration was broken up before it was held, so no PROTEST is coded; the breaking up and the killing are one crackdown act."),
}

with open("paragraphs-c-verdicts.jsonl", "w") as out:
    for l in open("paragraphs-c.jsonl"):
        p = json.loads(l)
        v = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": v["coder_events"], "found": v["found"],
               "dateline_events": len(p["events"]), "spurious": v["spurious"], "notes": v["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
