"""Write paragraphs-a-verdicts.jsonl: judge a's coding of the 6 first paragraphs."""
import json
P = {
 "h54-x210-03": dict(
   coder_events=[
     "CONCEDE: Iraq (IRQ) -> UN weapons inspectors / UNSCOM (UNO), said it would allow the inspectors, Americans among them, to resume work, 1997-11-20",
     "AGREE: Russia (RUS) -> Iraq (IRQ), promised to press for an easing of sanctions, 1997-11-20 or just before (no day given)"],
   found=1, spurious=0,
   notes="Dateline's CONCEDE allow (Iraq -> UN inspectors, 1997-11-20) is right (it is item 50). Russia's promise (AGREE, like CAMEO 033/032 intent to cooperate) is missed. 'Stepping back from a three-week confrontation with Washington' describes the same concession, so it is not a second act."),
 "h54-x210-22": dict(
   coder_events=[
     "CONSULT: Rishi Sunak (GBR) -> Abdel Fattah al-Sisi (EGY), raised the case of the jailed activist Alaa Abd El-Fattah with him, 2022-11-07",
     "PROTEST (hunger): Alaa Abd El-Fattah (EGY/GBR activist) -> Egyptian government (EGY), refusing to drink water (escalating his hunger strike), going on on 2022-11-07"],
   found=0, spurious=0,
   notes="Dateline coded nothing in this paragraph. 'Jailed' describes the activist's state and is not a new arrest; Egypt hosting the UN climate summit is no dyadic act. Raising the case could also be coded REQUEST (the story's next paragraph says Britain is pressing for his release)."),
 "h54-x211-03": dict(
   coder_events=[
     "SUPPORT (sign agreement, CAMEO 057): India (IND) <-> Sri Lanka (LKA), signed a bilateral free trade agreement, 1998-12-28"],
   found=1, spurious=0,
   notes="Dateline's mutual SUPPORT sign (India and Sri Lanka on both sides, 1998-12-28) is right. The governments' hope for regional trade is no act."),
 "h54-x209-18": dict(
   coder_events=[
     "AGREE: European Union leaders (EU) -> Turkey (TUR), agreed to give 3 billion euros for Syrian refugees and to revive membership talks, 2015-11-29"],
   found=1, spurious=0,
   notes="Dateline's AGREE (EU leaders -> Turkey government and Syrian refugees, 2015-11-29) has the right type (an offer of aid is AGREE under the conventions). Ankara's help in stemming migrants is stated only as the deal's condition here; Turkey's own pledge comes in paragraph 4, so it is not counted in this paragraph."),
 "h54-x210-12": dict(
   coder_events=[
     "REQUEST: Bahrain's main Shi'ite opposition group (BHR) -> Bahraini government (BHR), demanded an independent inquiry, 2006-09-25",
     "ACCUSE: former government adviser (BHR) -> senior official (BHR), report alleging he ran a secret network to manipulate the election, earlier (no date given)"],
   found=1, spurious=0,
   notes="Dateline's REQUEST (opposition group, empty target, 2006-09-25) has the right type; the target, the government asked to hold the inquiry, is not named in the sentence, so an empty target is defensible. The report's accusation (ACCUSE) is missed; the alleged vote-rigging network is the content of the accusation, not a separate asserted act."),
 "h54-x211-14": dict(
   coder_events=[
     "ASSAULT (armed seizure of a town): Boko Haram fighters (NGA rebels) -> Gwoza / Nigeria (NGA), seized the town, 2014-08"],
   found=1, spurious=0,
   notes="Dateline's ASSAULT seized (Boko Haram fighters, 2014-08) is right in type (seizure of ground by armed forces is ASSAULT under the conventions). Shekau's declaring a caliphate is a claim with no clear PLOVER type (CAMEO 128 'defy norms' would be a stretch), so it is not counted."),
}
paras = [json.loads(l) for l in open("paragraphs-a.jsonl")]
assert len(paras) == 6
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    for p in paras:
        d = P[p["doc"]]
        rec = {"doc": p["doc"], "coder_events": d["coder_events"], "found": d["found"],
               "dateline_events": len(p["events"]), "spurious": d["spurious"], "notes": d["notes"]}
        assert rec["found"] <= len(rec["coder_events"]) and rec["spurious"] <= rec["dateline_events"]
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
tot = lambda k: sum((len(P[p["doc"]]["coder_events"]) if k == "coded" else (len(p["events"]) if k == "dl" else P[p["doc"]][k])) for p in paras)
print("coded", tot("coded"), "found", tot("found"), "dateline_events", tot("dl"), "spurious", tot("spurious"))
