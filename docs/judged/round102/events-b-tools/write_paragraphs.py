"""Write paragraphs-b-verdicts.jsonl: judge b's coding of the 6 lead paragraphs."""
import json

P = {
 "h28-x106-17": dict(
   coder_events=[
     "COERCE: EU foreign ministers (EUR) -> Hezbollah's armed wing (LBN), agreed to put it on the EU terrorist list (ban/administrative sanction), 2013-07-22",
     "ASSAULT: unnamed bombers (no code) -> bus passengers in Bulgaria (no code), deadly bus bombing, 2012 ('last year')",
   ], found=0,
   notes="Dateline's one event (e1) is the blacklisting, which is real but typed AGREE toward Hezbollah; a trained coder types it COERCE (ban) or SANCTION, so it is not found with the right type and not spurious either. The background bombing, a noun phrase, was not coded."),
 "h28-x107-23": dict(
   coder_events=[
     "SUPPORT: K.P. Sharma Oli (NPL) -> Pushpa Kamal Dahal (NPL), backing for his premiership, 2022-12-26 (document date; the deal was struck on Sunday per paragraph 3)",
   ], found=0,
   notes="The swearing-in itself is a domestic leadership change, not a PLOVER interaction. Dateline coded nothing here."),
 "h28-x106-01": dict(
   coder_events=[
     "SANCTION (expel) / COERCE (deport): Libya (LBY) -> Palestinians living in Libya (PSE), began expelling them, 1995-09-05 (ongoing, document date)",
     "COERCE (restrict) or REJECT: Egypt (EGY) -> the Palestinian expellees (PSE), refused to let most of them through the border, 1995-09-05 (document date; since the weekend)",
   ], found=1,
   notes="Dateline's e1 SANCTION expel Libya -> Palestinians is accepted: the PLOVER codebook's SANCTION expel covers expelling an entity from a country (COERCE deport, or ASSAULT cleansing for mass expulsions, would also be defensible). Egypt's refusal was missed."),
 "h28-x105-04": dict(
   coder_events=[
     "COERCE: Carlos Westendorp, High Representative (international, no code; Spanish) -> Nikola Poplasen, Serb Republic president (BIH), dismissed him from office, 1999-03-05",
     "ACCUSE: Carlos Westendorp (international) -> Nikola Poplasen (BIH), accused him of abusing his powers and blocking a government, 1999-03-05",
   ], found=1,
   notes="Dateline found the ACCUSE (e1), right type and date, but with target 'Bosnia and Herzegovina government' instead of Poplasen ('him'). The dismissal itself, the main act, was missed."),
 "h28-x108-05": dict(
   coder_events=[
     "REJECT: Guatemalan voters (GTM) -> President Alvaro Arzu's government (GTM), rejected the constitutional amendments in the referendum, 1999-05-16 (Sunday's vote)",
   ], found=1,
   notes="Dateline's e1 (item 36) has the right type; its target (empty) and date (document date) are wrong."),
 "h28-x106-05": dict(
   coder_events=[
     "CONCEDE: Palestinian leadership / PLO Central Council (PSE) -> Israel (ISR) and the U.S.-led peace effort, postponed the planned unilateral declaration of statehood under pressure, 2000-09-10",
   ], found=0,
   notes="The postponement yields to international pressure (CAMEO 083x accede to demands -> CONCEDE; RETREAT would also be defensible). Dateline coded nothing."),
}

out = []
for line in open("paragraphs-b.jsonl"):
    p = json.loads(line)
    j = P[p["doc"]]
    out.append({"doc": p["doc"], "coder_events": j["coder_events"], "found": j["found"],
                "dateline_events": len(p["events"]), "spurious": 0, "notes": j["notes"]})
with open("paragraphs-b-verdicts.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "coded", sum(len(o["coder_events"]) for o in out), "found", sum(o["found"] for o in out),
      "dateline", sum(o["dateline_events"] for o in out), "spurious", sum(o["spurious"] for o in out))
