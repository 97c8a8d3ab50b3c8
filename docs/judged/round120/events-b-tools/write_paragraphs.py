"""Write paragraphs-b-verdicts.jsonl (judge b, round 120)."""
import json

P = {
 "h37-x142-24": dict(
   coder_events=[
     "SANCTION: Algeria (DZA) -> Spain (ESP), suspends the 2002 friendship treaty with immediate effect, 2022-06-08",
     "SUPPORT: Spain / Madrid (ESP) -> Morocco (MAR), backs Morocco's autonomy plan for Western Sahara, undated background (March 2022 per the story)",
   ],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline's e1 (SANCTION Algeria -> Spain, 2022-06-08) is right in every field. The background act in the noun phrase 'Madrid's decision to back Morocco's plan' is not coded."),
 "h37-x142-25": dict(
   coder_events=[
     "COERCE (seize): Israeli naval forces (ISR) -> the boat's activists incl. Greta Thunberg (SWE) and 11 others (no single country), intercepted the Gaza-bound boat and towed it to Ashdod, 2025-06-09",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="Dateline codes no event in the lead; the interception is coded only in the next sentence, from the flotilla's word 'kidnapped' (ASSAULT abduct, no source, crew coded ISR)."),
 "h37-x142-05": dict(
   coder_events=[
     "COERCE (seize): Syrian security forces (SYR) -> supporters of Rifaat al-Assad (SYR), closed down their private port near Latakia, 1999-10-22 (document date; officials said on Friday)",
     "ASSAULT: Syrian security forces (SYR) -> guards loyal to Rifaat al-Assad (SYR), heavy fighting, earlier in the week (no day given)",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="No dateline event in the lead: neither the closure of the port nor the fighting is coded here."),
 "h37-x143-02": dict(
   coder_events=[
     "PROTEST (boycott): UNIP, the main opposition party (ZMB) -> Zambian government (ZMB), boycotted the presidential election, 1996-11-18 (Monday's vote)",
     "COERCE (ban): Zambian authorities (ZMB) -> Kenneth Kaunda (ZMB), barred from standing (by the May constitutional amendment), undated in the paragraph",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="Chiluba winning the vote is not a PLOVER act. Dateline codes neither the boycott nor the barring in the lead."),
 "h37-x141-19": dict(
   coder_events=[
     "ACCUSE (disapprove): Emmanuel Macron (FRA) -> NATO (and the U.S. for lack of leadership), 'brain death', interview published 2019-11-07",
     "ACCUSE (disapprove): Angela Merkel (DEU) -> Macron (FRA), swift rebuke, 2019-11-07",
   ],
   found=0, dateline_events=0, spurious=0,
   notes="No dateline event in the lead. 'Dismay at alliance headquarters' is a reaction I do not count as a separate act (it could be a third ACCUSE NATO -> Macron)."),
 "h37-x142-15": dict(
   coder_events=[
     "ASSAULT: gunmen (no country) -> Egyptian soldiers (EGY), killed 16 at a Sinai border post and seized two armoured vehicles, 2012-08-05 (Sunday)",
     "ASSAULT: gunmen (no country) -> Israel (ISR), tried to smash their way into Israel, 2012-08-05",
   ],
   found=1, dateline_events=1, spurious=0,
   notes="Dateline's e1 (ASSAULT gunmen -> Egyptian soldiers) is found, but dated 2012-08-06 (document date) instead of Sunday 2012-08-05. The attempt on Israel is not coded."),
}

order = [json.loads(l)["doc"] for l in open('paragraphs-b.jsonl')]
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    for d in order:
        r = {"doc": d, **P[d]}
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
tot = {k: sum((len(P[d]["coder_events"]) if k == "coded" else P[d][k]) for d in order) for k in ["coded", "found", "dateline_events", "spurious"]}
print(tot)
