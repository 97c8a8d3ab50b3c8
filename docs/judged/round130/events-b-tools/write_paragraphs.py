"""Write paragraphs-b-verdicts.jsonl (judge b, round 130): hand-coded acts per first paragraph."""
import json

P = {
 "h42-x163-01": dict(
    coder_events=[
      "AGREE: U.N. Security Council (UN) -> Angola (AGO), voted unanimously to send a peacekeeping mission of up to 7,000 troops (a commitment; AID once deployed), 1995-02-08",
    ], found=0, spurious=0,
    notes="The Lusaka accord between the government and UNITA is background named as a noun, not an act of this news. dateline coded nothing here."),
 "h42-x163-18": dict(
    coder_events=[
      "CONSULT: South Asian (SAARC) leaders <-> each other, summit in Kathmandu ended, 2014-11-27",
      "SUPPORT: South Asian leaders <-> each other, last-minute agreement on electricity trading (finalize agreement), 2014-11-27",
      "REJECT: Pakistan (PAK) -> other SAARC members (India, IND), blocked deals on road and rail links, during the summit (2014-11)",
    ], found=0, spurious=0,
    notes="India and Pakistan's prime ministers avoiding each other is not a PLOVER act. dateline coded nothing here."),
 "h42-x164-25": dict(
    coder_events=[
      "CONCEDE: political parties (IDN) -> protesters (IDN), agreed to scrap lavish allowances for lawmakers, reported 2025-08-31",
      "PROTEST: protesters (IDN) -> Indonesian government (IDN), a week of protests, ongoing at 2025-08-31",
      "MOBILIZE: Prabowo Subianto (IDN) -> rioters and looters (IDN), ordered police and troops to take firm action, 2025-08-31",
    ], found=0, spurious=0,
    notes="The six deaths are a toll with no actor. dateline coded nothing in this paragraph (it coded the protests only in a later sentence)."),
 "h42-x164-15": dict(
    coder_events=[
      "SUPPORT: International Court of Justice (IGO) -> Colombia (COL), upheld its sovereignty over the Caribbean islands, 2012-11-19",
      "SUPPORT: International Court of Justice (IGO) -> Nicaragua (NIC), redrew the sea border in its favour, awarding it waters Colombia claimed (a ruling against Colombia), 2012-11-19",
    ], found=0, spurious=0,
    notes="PLOVER has no adjudication type; court rulings for a party are coded SUPPORT (approve) here. dateline coded nothing."),
 "h42-x161-06": dict(
    coder_events=[], found=0, spurious=0,
    notes="An election result (Kwasniewski re-elected, Walesa's 1 percent) is no PLOVER act between actors; nothing to code, and dateline coded nothing."),
 "h42-x162-09": dict(
    coder_events=[
      "ASSAULT: gunmen (no code) -> U.S. embassy in Damascus (USA), attacked with rifles, grenades and a car bomb, 2006-09-12",
      "ASSAULT: Syrian security forces (SYR) -> the gunmen (no code), killed three and wounded a fourth in a gunfight, 2006-09-12",
    ], found=2, spurious=0,
    notes="dateline e1 (gunmen -> U.S. embassy, 2006-09-12) is right in all fields; e2 has the right type and source but its target is 'Syrian officials' (the reporters of the news) instead of the gunmen: found with the right type, not spurious."),
}

paras = [json.loads(l) for l in open("paragraphs-b.jsonl")]
assert [p["doc"] for p in paras] and set(P) == {p["doc"] for p in paras}
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for p in paras:
        d = P[p["doc"]]
        out = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print("wrote", len(paras))
