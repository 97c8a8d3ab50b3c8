"""Write paragraphs-d-verdicts.jsonl (judge d's recall coding of the 6 first paragraphs)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h56-x219-09": dict(
   coder_events=[
     "ASSAULT: militants () -> about 90 people incl. Hindu pilgrims (IND), killed in attacks across Indian Kashmir, overnight 2000-08-01/02",
     "CONSULT: India (IND) -> region's biggest rebel group, Hizbul Mujahideen (IND), first talks due the next day, 2000-08-03 (future)"],
   found=2, spurious=0,
   notes="Both acts found with the right type (e1 ASSAULT, e2 CONSULT future). e2 leaves the talks undated although 'a day before' Wednesday gives 2000-08-03; not counted against recall."),
 "h56-x220-04": dict(
   coder_events=[
     "ACCUSE: Britain (GBR) -> China (CHN) / the Beijing-picked provisional legislature, condemned as unnecessary and unlawful, undated (background relative clause)"],
   found=0, spurious=0,
   notes="Dateline found nothing. The committee's meeting to select legislators is an internal selection, not a dyadic CONSULT; the handover in the time clause ('before it hands the colony back to China') is a scheduled transfer and not coded."),
 "h56-x220-10": dict(
   coder_events=[
     "SUPPORT: Kiribati (KIR), Nauru (NRU), Tonga (TON) -> United Nations (UNO), became members (initiate diplomatic cooperation), 1999-09-14"],
   found=0, spurious=0,
   notes="Dateline found nothing. The General Assembly opening its session is not coded (a body's own session)."),
 "h56-x218-19": dict(
   coder_events=[
     "ASSAULT: British forces (GBR) -> Iraqi police (IRQ), broke into a Basra police station with armoured vehicles, 2005-09-19",
     "AID (rescue hostages): British forces (GBR) -> two British soldiers (GBR), freed, 2005-09-19",
     "COERCE: Iraqi police (IRQ) -> two British soldiers (GBR), detained, 2005-09-19",
     "PROTEST (riot): crowds (IRQ) -> British forces (GBR), set fire to British vehicles, 2005-09-19"],
   found=0, spurious=0,
   notes="Dateline's one event (e1 'freed') is a real act but typed RETREAT/release, which PLOVER keeps for a captor releasing captives; British forces rescuing their own soldiers from Iraqi custody is AID (rescue hostages), so it is not counted as found. The storming of the police station, the detention and the crowd violence were missed."),
 "h56-x220-01": dict(
   coder_events=[
     "REJECT: International Court of Justice () -> Portugal (PRT), refused to rule on its complaint, 1995-06-30",
     "ACCUSE (sue): Portugal (PRT) -> Australia (AUS), complaint to the court, undated (filed earlier)"],
   found=2, spurious=0,
   notes="Both found with the right type; e2 dates the complaint 1995-06-30 (the ruling's day), which is wrong for a complaint filed earlier, and e1 adds Australia and Timor-Leste to the target, but recall counts type only."),
 "h56-x218-17": dict(
   coder_events=[
     "AGREE: Libya (LBY) -> non-American victims of the bombing (mostly German), agreed to pay $35 million compensation, 2004-08-10",
     "ASSAULT: () -> West Berlin nightclub (DEU), the 1986 bombing, 1986"],
   found=1, spurious=0,
   notes="e1 AGREE found (its target 'American victims[USA]' inverts 'non-American victims'; arguments do not count for recall). The background 1986 bombing named in the noun phrase was not coded."),
}
paras = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-d.jsonl"))]
with open(os.path.join(ROOT, "paragraphs-d-verdicts.jsonl"), "w") as out:
    for p in paras:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(paras))
