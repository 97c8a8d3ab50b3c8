"""Judge b, round 169: write paragraphs-b-verdicts.jsonl (coder's events per lead paragraph, recall)."""
import json

P = {
"h62-x242-10": dict(coder_events=[], found=0, spurious=0,
    notes="Election results, no PLOVER act. The NDP 'welcoming back' rebel independents is an intra-party readmission with no clean PLOVER type; not coded."),
"h62-x242-05": dict(coder_events=[
    "RETREAT: David Levy (ISR) -> none, resigned as foreign minister, 1998-01-04",
    "ACCUSE: David Levy (ISR) -> Benjamin Netanyahu (ISR), neglecting the poor and letting the peace process stall, 1998-01-04"],
    found=2, spurious=0, notes="Both found with right type and arguments."),
"h62-x244-18": dict(coder_events=[
    "ACCUSE: UN Security Council (UNO) -> North Korea (PRK), condemned the missile launches, 2006-07-15",
    "REQUEST: UN Security Council (UNO) -> North Korea (PRK), suspend the ballistic missile programme, 2006-07-15",
    "REJECT: North Korea (PRK) -> UN Security Council (UNO), rejected the resolution, 2006-07-15",
    "THREATEN: North Korea (PRK) -> UN Security Council (UNO), vowed to strengthen its military, 2006-07-15"],
    found=2, spurious=0,
    notes="Condemnation and demand found (dated 2006-07-16, the document date, though the text says Saturday 07-15). North Korea's rejection and its vow to strengthen its military missed. The missile launches themselves are only the object of the condemnation; not coded."),
"h62-x243-10": dict(coder_events=[
    "AID: UN Security Council (UNO) -> Democratic Republic of Congo (COD), voted to send up to 5,537 peacekeepers, 2000-02-24"],
    found=0, spurious=0,
    notes="Dateline coded the vote to send peacekeepers as MOBILIZE troops; PLOVER (CAMEO 074 via CAMEO2PLOVER) codes peacekeeping as AID, so not found with the right type, though not spurious. The war that drew in six armies is background with no specific act."),
"h62-x243-21": dict(coder_events=[
    "CONSULT: Sudan government and Darfur rebel factions (SDN), with UN/AU mediators -> none, Darfur peace talks opened in Libya, 2007-10-27",
    "REJECT: main Darfur rebel groups (SDN) -> talks/mediators, stayed away from the talks, 2007-10-27"],
    found=0, spurious=0, notes="Dateline has no event in this lead: the opening of the talks and the main rebels' absence (refusal to attend) are both missed."),
"h62-x244-21": dict(coder_events=[
    "AGREE: leaders of 16 Asia-Pacific nations -> none (reciprocal), pledged to cut reliance on imported oil and develop cleaner fuels, 2007-01-15",
    "CONSULT: leaders of 16 Asia-Pacific nations -> none, three days of summits in Cebu, 2007-01-13/15",
    "ASSAULT: unknown bombers -> civilians (PHL), deadly bombings in the south (Mindanao), 2007-01-10"],
    found=1, spurious=0, notes="The energy pledge was found (AGREE). The summits themselves and the Mindanao bombings were missed. 'Heavy security' is a state, not coded."),
}
order = [json.loads(l) for l in open("paragraphs-b.jsonl")]
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for p in order:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(rec["doc"], len(d["coder_events"]), d["found"], rec["dateline_events"], d["spurious"])
