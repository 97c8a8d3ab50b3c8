# Writes paragraphs-b-verdicts.jsonl (judge b, round 162): the acts a coder would code in each first paragraph.
import json
P = {
 "h59-x231-09": (["AGREE: India (IND) <-> Pakistan (PAK), agree to restart formal peace talks, 2015-12-09",
                  "CONSULT: Sushma Swaraj (IND) -> Nawaz Sharif (PAK), talks in Islamabad (visit), 2015-12-09"],
                 2, 0, "Both acts were found with the right type (AGREE mutual; CONSULT Swaraj -> Sharif)."),
 "h59-x230-25": (["CONCEDE: European Union (EU) -> Syria (SYR), agreed to lift remaining economic sanctions, 2025-05-20"],
                 1, 0, "Found as CONCEDE. RETREAT (CAMEO 085, ease sanctions) would also be defensible. The fall of Assad is background with no act."),
 "h59-x231-19": (["SANCTION: International Criminal Court (ICC, no country) -> Dominic Ongwen (UGA), found guilty of 61 counts, 2021-02-04",
                  "ASSAULT: Lord's Resistance Army (UGA; not named as agent in the clause) -> Dominic Ongwen (UGA), abducted as a child, no date"],
                 1, 0, "Dateline coded only the relative-clause abduction (right type, but dated 2021-02-04 instead of no date) and missed the conviction, the paragraph's main act."),
 "h59-x232-03": (["REJECT: South Korea (KOR) -> Japan (JPN), put off signing the military intelligence agreement, 2012-06-29"],
                 0, 0, "No event found. The 'furious backlash at home' names no actor and is not coded."),
 "h59-x231-08": (["REQUEST: Barack Obama (USA) -> African leaders / African Union (AU), calls for respect for term limits, 2015-07-28",
                  "CONSULT: Barack Obama (USA) -> African Union (AU), first address by a sitting US president at AU headquarters (visit), 2015-07-28"],
                 0, 0, "No event found. The warning about leaders who refuse to step down belongs to the same statement as the REQUEST and is not coded again."),
 "h59-x231-14": (["AGREE: Ethiopia's ruling coalition EPRDF (ETH) -> Eritrea (ERI), will fully accept and implement the peace agreement and the Badme ruling, 2018-06-05",
                  "ASSAULT: Ethiopia (ETH) <-> Eritrea (ERI), 1998-2000 border war (background), 1998-2000"],
                 0, 0, "No event found. CONCEDE (accepting the ruling Eritrea demanded) would be an equally defensible type for the main act."),
}
n_dl = {}
for l in open("paragraphs-b.jsonl"):
    p = json.loads(l)
    n_dl[p["doc"]] = len(p["events"])
with open("paragraphs-b-verdicts.jsonl", "w") as out:
    for l in open("paragraphs-b.jsonl"):
        doc = json.loads(l)["doc"]
        ev, found, spur, notes = P[doc]
        out.write(json.dumps({"doc": doc, "coder_events": ev, "found": found,
                              "dateline_events": n_dl[doc], "spurious": spur, "notes": notes},
                             ensure_ascii=False) + "\n")
