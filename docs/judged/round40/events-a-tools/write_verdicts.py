"""Write events-a.jsonl (items + verdict + reasons) and paragraphs-a-verdicts.jsonl, and print the tallies.

usage (from docs/judged/round40): python events-a-tools/write_verdicts.py
"""
import json

F = ("event", "type", "source", "target", "date", "modality")
T6 = dict.fromkeys(F, True)


def v(reasons="", **false):
    d = dict(T6)
    if false.get("event") is False:
        d = dict.fromkeys(F, False)
    else:
        d.update(false)
    d["all"] = all(d[k] for k in F)
    return d, reasons


V = {
    1: v("All right. The codebook puts a promise to remove curfews under CONCEDE; the date of 'had earlier promised' is not given (unknown is right). Target Bangladesh for a curfew on its own people is accepted (the residents of Dhaka); an empty target would also do."),
    2: v("Source 'Caribbean' as a country with no code is not the party: it is the Caribbean football federation (an organisation). Date: the text says 'In October' (2022-10), not summer 2023. 'Would not sign' as a negated SUPPORT sign is accepted (REJECT asserted would be my coding).",
         source=False, date=False),
    3: v("All right: the attack on the Milanese officer, attacker not named in the sentence (empty source right), undated in the text (unknown right), reported by the spokesperson."),
    4: v("Target: the sentence names no party the refusal is aimed at; Jorge Rodriguez (prosecutor, another sentence) is not clearly the party acted upon. Date: 'on Tuesday' is 2023-06-13, not 2003.",
         target=False, date=False),
    5: v("All right: police used deadly force to disperse protesters 'in the past', a background act with no date (unknown right)."),
    6: v("The strike is not yet held ('are gearing up for a wildcat strike'; slated for March 3rd in the next sentence): modality future, and the document date is not the strike's date.",
         date=False, modality=False),
    7: v("All right, a background mention of the protests that 'began over the last week' (2023-W23); no protesters or aim named in the sentence, so empty source/target accepted (the Hungarian state would also be right under the crowd-protest rule)."),
    8: v("All right: the U.S. request in a letter of 1 February (2023-02-01); the sentence names no addressee (empty target right)."),
    9: v("The 'we' offering is Swaziland's foreign ministry/Foreign Minister Motlala (the statement), not Mamphenga; the offer is made to 'the Chief' (target wrong empty); the statement is dated August 5th (2022-08-05), not the document date. The fragment is garbled; I read it as an offer (AGREE) to meet.",
         source=False, target=False, date=False),
    10: v("Not an event: the court said it had 'no power to order the withdrawal' of the Pacific Force; no withdrawal happens or is promised (a coder might code the court's refusal, not a RETREAT).",
          event=False),
    11: v("Target 'United[USA/BUS]' is a truncated fragment ('a United ...', likely United Nations), not a party. Date: 'a few days earlier' than April 9 is not 2023-04-09 (2023-04 or unknown). Source armed group with SDN accepted from the Sudan context.",
          target=False, date=False),
    12: v("Source: 'They' are the Madagascar demonstrators (previous sentence), not the government. Target: 'a wealthy elite' is named in the sentence; empty is wrong.",
          source=False, target=False),
    13: v("All right: Morocco accused Djibouti of war crimes last July (2022-07), a dated background act."),
    14: v("All right: Haitian police (Port-au-Prince story) detained several relatives of Ribeiro, reported by local media."),
    15: v("Hypothetical ('could see them given permission'): modality hypothetical, no date. Roles swapped: the grantor would be New Zealand (its government), the FARC the recipient.",
          source=False, target=False, date=False, modality=False),
    16: v("Source: the sentence names the villagers whose resistance the protests continue; empty source is wrong (I would code villagers [IND]). Target empty is right (aimed at a gas pipeline). Ongoing protests take the document date.",
          source=False),
    17: v("All right: the Palestinian Authority denounced the bombings (perpetrators not named, empty target right); Hamas would be a second event."),
    18: v("All right."),
    19: v("Date: the minister's 'today' is the day of his statement, which the lead gives as Monday (2023-06-12), not the document date. Source Guler right (sector GOV rather than COP, not scored).",
          date=False),
    20: v("Type: a union leader asking his own members to join a strike is a strike call (PROTEST strike, future, or THREATEN restrict toward the employer), not a PLOVER REQUEST between political actors.",
          type=False),
    21: v("All right: Widodo agreed to support the treaty (AGREE; SUPPORT would also be defensible); no actor target."),
    22: v("All right. The date: the states of emergency followed the July coup; month precision 2022-07 is accepted, though strictly July is the coup's date and the declarations' dates are not given."),
    23: v("Target: Renzi co-signed the agreement in the same sentence (mutual event); the empty target is wrong.",
          target=False),
    24: v("All right (South Ossetia coded GEO by the standard actor dictionaries; the synthetic text's 'region of Russia' is accepted either way)."),
    25: v("All right: Nicaraguan forces patrolling (MOBILIZE) on the night of the Wednesday incident (2023-06-14); sector CVL is off but party and country are right."),
    26: v("All right."),
    27: v("All right."),
    28: v("All right."),
}

with open("events-a-items.jsonl") as f, open("events-a.jsonl", "w") as out:
    items = [json.loads(line) for line in f]
    for it in items:
        verdict, reasons = V[it["n"]]
        out.write(json.dumps({**it, "verdict": verdict, "reasons": reasons}) + "\n")

n = len(items)
ev = sum(V[i["n"]][0]["event"] for i in items)
print(f"n={n}")
for k in F + ("all",):
    c = sum(V[i["n"]][0][k] for i in items)
    print(f"{k:9s} {c:3d}/{n} {100*c/n:5.1f}%  of real {c}/{ev} {100*c/ev:5.1f}%")

P = {
    "ngec-1302": (["ACCUSE (disapprove): the Vanuatu government objects to the unauthorised 'intervention' of an asylum-seeker ship in Vanuatu territory (intervener not named), 2023-06-15"],
                  0, "The 'allegations' against Vanuatu's border guards have no accuser in the sentence (a topic); 'would respond' is no PLOVER act."),
    "ngec-2164": (["COERCE (cyber): unnamed attackers -> US State Department (its servers), undated/this news"],
                  0, ""),
    "ngec-4178": (["SUPPORT: South Ossetia approves joining Russia, Tuesday 2023-06-13 (reported by local media)"],
                  1, "Found, all fields right."),
    "ngec-2735": (["CONCEDE (ease embargo): the Bahamas -> Kiribati, full repeal of an arms embargo, yesterday 2023-06-14",
                   "REQUEST (pressure): China, the Dominican Republic and other Caribbean islands -> the Bahamas, undated"],
                  0, "The pressure could also be left uncoded as a cause; the repeal is the main act."),
    "ngec-1290": (["MOBILIZE: Burkina Faso takes 'aggressive action' to protect its borders in the Lake Chad basin, 2023-06-15 (vague; 'threatening Finnish interests' is a consequence, not a THREATEN)"],
                  0, "Borderline paragraph: a coder might code nothing."),
    "ngec-2000": ([], 0, "Two unnamed countries 'taking steps' to deepen ties: no named actors, nothing a sentence coder would record."),
    "ngec-2985": (["CONSULT (visit): Erdogan (Turkey) visits Turks and Caicos, 2022-11-14",
                   "CONCEDE (declare ceasefire): Erdogan/Turkey announces a cease-fire with the Government of Senegal, 2022-11-14"],
                  0, "Neither the visit nor the ceasefire announcement was found."),
    "ngec-2721": (["CONCEDE (or ASSAULT crowd-control negated, future): Japanese police will not force the protesters to disperse from the Yasukuni Shrine area, 2023-06-15 (spokesman)",
                   "PROTEST (demo): protesters at Yasukuni Shrine (Japan), ongoing, 2023-06-15"],
                  0, "The conditional 'possible to do so if they refuse to leave' could add a THREATEN; not counted."),
    "ngec-0185": (["SUPPORT (sign): David Cameron (GBR) and Matteo Renzi (ITA) sign an intergovernmental military agreement, Monday 2023-06-12"],
                  1, "Found (target Renzi missing)."),
    "ngec-0837": ([], 0, "The 'paragraph' is a dateline line '(Mile High City News) -- December 31, 2013'; no event."),
    "ngec-0495": (["CONSULT (multilateral, future): the U.S. and 11 other major economies to begin trade talks at the White House under the OECD, Monday"],
                  0, ""),
    "ngec-3175": (["RETREAT (release): Norwegian police release 30 people from the Oslo detention centre 'Dagsabek', Tuesday 2023-06-13 (NTB report)"],
                  0, ""),
}
paras = [json.loads(line) for line in open("paragraphs-a.jsonl")]
tot_c = tot_f = tot_d = tot_s = 0
with open("paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        coder, found, notes = P[p["doc"]]
        nd = len(p["events"])
        rec = {"doc": p["doc"], "coder_events": coder, "found": found, "dateline_events": nd, "spurious": 0,
               "notes": notes}
        out.write(json.dumps(rec) + "\n")
        tot_c += len(coder); tot_f += found; tot_d += nd
print(f"paragraphs: coder {tot_c}, found {tot_f} ({100*tot_f/tot_c:.1f}%), dateline {tot_d}, spurious {tot_s}")
