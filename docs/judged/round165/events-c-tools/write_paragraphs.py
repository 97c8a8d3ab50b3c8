"""Write paragraphs-c-verdicts.jsonl: judge c's coding of the 6 first paragraphs (round 165)."""
import json

P = {
 "h60-x234-09": dict(
   coder_events=["RETREAT (release): Syria (SYR) -> about 600 political prisoners incl. Muslim Brotherhood and leftist members (SYR), released them, 2000-11-16"],
   found=1, spurious=0,
   notes="Assad taking office in July is no interaction. Dateline's one event has the right type; its target codes the (Syrian) Muslim Brotherhood as EGY."),
 "h60-x235-05": dict(
   coder_events=[
     "REQUEST: Pope John Paul II (VAT) -> Nigeria's military rulers (NGA), urged respect for human dignity and a way to democracy, 1998-03-22",
     "REQUEST (yield): Pope John Paul II (VAT) -> Gen. Sani Abacha (NGA), raised the fate of political prisoners, 1998-03-21/22 (during the visit)",
     "CONSULT (visit): Pope John Paul II (VAT) -> Nigeria (NGA), three-day visit, from 1998-03-21"],
   found=1, spurious=0,
   notes="Dateline found the urging only; the prisoners request made to Abacha and the visit itself were missed (the meeting with Abacha is coded later, in paragraph 4)."),
 "h60-x236-16": dict(
   coder_events=["CONSULT: head of the OAS (Insulza, OAS) -> President Enrique Bolanos (NIC) and opposition leader Daniel Ortega (NIC), met, this week 2005-W24"],
   found=1, spurious=0,
   notes="'Washington warns [the crisis] could topple' the government is a statement of concern with no target act; not coded."),
 "h60-x233-22": dict(
   coder_events=[],
   found=0, spurious=0,
   notes="Election results only: no PLOVER act between actors."),
 "h60-x236-02": dict(
   coder_events=[
     "SANCTION (expel): Cambodia's National Assembly (KHM) -> Sam Rainsy (KHM), removed him from his seat, 1995-06-22",
     "ACCUSE (disapprove): Western diplomats (no country) -> Cambodia's National Assembly (KHM), said the step would chill debate, 1995-06-22/23"],
   found=0, spurious=0,
   notes="Dateline coded no event in the paragraph: the lead act, the expulsion from parliament, is missed. The diplomats' criticism is implicit and a coder might leave it out."),
 "h60-x234-01": dict(
   coder_events=[
     "COOPERATE (share information): Iraq (IRQ) -> chief U.N. arms inspector Rolf Ekeus / UNSCOM (UN), turned over a cache of weapons documents, 1995-08-20",
     "ACCUSE (allege): Iraq (IRQ) -> Lt-Gen. Hussein Kamel (IRQ), said he had hidden the documents on a farm, 1995-08-20"],
   found=0, spurious=0,
   notes="Dateline coded nothing here. Kamel's flight to Jordan is a defection, not coded as an interaction."),
}

paras = [json.loads(l) for l in open("paragraphs-c.jsonl")]
assert len(paras) == 6
with open("paragraphs-c-verdicts.jsonl", "w") as fh:
    for p in paras:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
back = [json.loads(l) for l in open("paragraphs-c-verdicts.jsonl")]
print(len(back), "lines;", "coded", sum(len(r["coder_events"]) for r in back), "found", sum(r["found"] for r in back),
      "dateline", sum(r["dateline_events"] for r in back), "spurious", sum(r["spurious"] for r in back))
