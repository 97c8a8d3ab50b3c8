"""Write paragraphs-a-verdicts.jsonl: judge a's coding of the 12 lead paragraphs in paragraphs-a.jsonl.

usage (from docs/judged/round42): python events-a-tools/write_paragraphs.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

P = {
 "hn-w1-03": (["ASSAULT (or PROTEST riot): rioters break into the U.S. embassy in Belgrade and set it ablaze, 2008-02-21 night",
               "PROTEST demo: huge rally (Serbian demonstrators) against Kosovo's declaration of independence, 2008-02-21"],
              1, 0, "Dateline found only the rally (source given as the rioters); the attack on the U.S. embassy is missed."),
 "hn-w2-18": (["RETREAT withdraw: the last Syrian soldiers leave Lebanon, 2005-04-26"],
              0, 0, "No event found. Hariri's assassination is a background noun phrase (not counted)."),
 "hn-w4-25": (["ASSAULT abduct: an ELN unit abducted Luis Manuel Diaz (father of Luis Diaz), 2023-10-28 (last Saturday, per the story)",
               "ACCUSE disapprove: Colombia's government warns the kidnapping threatens peace talks with the ELN, 2023-11-02"],
              1, 0, "Dateline's ASSAULT abduct (trigger 'kidnapping') has no parties and the date of the acknowledgement; the government's criticism is missed."),
 "hn-w3-07": (["RETREAT resign: Malian President Keita announces his resignation (and dissolves parliament), 2020-08-18 before midnight",
               "COERCE arrest (ASSAULT abduct): mutinous soldiers detain Keita and PM Boubou Cisse at gunpoint, 2020-08-18"],
              2, 0, "Both found; the detention is given the document date (2020-08-19) though it was hours before Tuesday midnight; Cisse has no country."),
 "hn-w1-06": (["PROTEST riot: violent clashes between protesters and riot police in Minsk and other cities (Belarus), night of 2020-08-10"],
              0, 0, "Nothing found. Tsikhanouskaya leaving for Lithuania is not coded (no PLOVER act)."),
 "hn-w3-01": (["ASSAULT: Boko Haram gunmen storm the girls' school in Chibok, 2014-04-14 night",
               "ASSAULT abduct: gunmen carry off more than 100 students, 2014-04-14"],
              1, 0, "The storming is found; the abduction of the students, the main act, is not coded."),
 "hn-w4-06": (["ASSAULT (coup): Myanmar's military seizes power from the elected government, 2021-02-01",
               "COERCE arrest: the military detains Aung San Suu Kyi, President Win Myint and NLD leaders, 2021-02-01",
               "COERCE curfew: the military declares a year-long state of emergency, 2021-02-01"],
              1, 0, "Only the detention found (source Myanmar rather than its military; Win Myint missing). Coup typed ASSAULT by the seizure rule; a coder might say COERCE."),
 "hn-w3-10": (["RETREAT resign: Robert Mugabe resigns as president, 2017-11-21",
               "ACCUSE allege: parliament begins impeachment proceedings against Mugabe, 2017-11-21",
               "ASSAULT (coup): the army seized control of Zimbabwe, a week earlier (2017-11-14/15)"],
              2, 0, "Resignation and army seizure found (seizure undated though 'a week after' gives it); impeachment missed."),
 "hn-w2-23": (["ASSAULT: Haftar's forces advance on Tripoli's outskirts and clash with armed groups allied to the GNA, 2019-04-05",
               "CONSULT visit: UN chief Guterres flies to eastern Libya (to Haftar) to head off war, 2019-04-05"],
              1, 0, "Clash found (target wrongly includes the UN); Guterres's visit missed."),
 "hn-w2-02": (["ASSAULT explosives: unknown attackers kill Rafik Hariri with a huge explosion, 2005-02-14",
               "ACCUSE allege: Lebanese opposition politicians blame Syria and its allies in the Lebanese government, 2005-02-14"],
              2, 0, "Both found."),
 "hn-w4-24": (["AID: Australia says it will send police and soldiers to the Solomon Islands (future), 2021-11-25",
               "PROTEST riot: protesters demanding PM Sogavare's resignation riot, burn buildings and loot shops in Honiara, 2021-11-25"],
              1, 1, "Riot found (e2, though Sogavare is given as a source and the target is empty); e1 PROTEST demo from 'demanding' is the same protest again (duplicate, spurious); Australia's deployment missed."),
 "hn-w4-15": (["SANCTION (remove from office): Peru's Congress removes President Castillo, 2022-12-07",
               "COERCE arrest: police arrest Castillo, 2022-12-07",
               "COERCE: Castillo tries to dissolve Congress and rule by decree, 2022-12-07"],
              1, 0, "Only the arrest found; the removal by Congress and Castillo's attempted dissolution are missed."),
}

paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
assert {p["doc"] for p in paras} == set(P) and len(paras) == 12
tot = dict(coder=0, found=0, dl=0, spur=0)
with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as out:
    for p in paras:
        ce, found, spur, notes = P[p["doc"]]
        n_dl = len(p["events"])
        assert found <= len(ce) and spur <= n_dl
        out.write(json.dumps({"doc": p["doc"], "coder_events": ce, "found": found,
                              "dateline_events": n_dl, "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")
        tot["coder"] += len(ce); tot["found"] += found; tot["dl"] += n_dl; tot["spur"] += spur
print(tot, f"recall {tot['found']}/{tot['coder']} = {100*tot['found']/tot['coder']:.0f}%",
      f"spurious {tot['spur']}/{tot['dl']}")
