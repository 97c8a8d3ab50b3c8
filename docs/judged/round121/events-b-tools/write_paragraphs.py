"""Write paragraphs-b-verdicts.jsonl (hand-coded first-paragraph events) and check it."""
import json
P = {
"h38-x145-04": (["COERCE restrict: Romanian riot police (ROU) -> coal miners (ROU), blocked the march on Bucharest, 1999-02-17",
                 "PROTEST demo: coal miners (ROU) -> Romanian government (ROU), marching on Bucharest, 1999-02-17",
                 "COERCE arrest: Romanian riot police (ROU) -> Miron Cozma (ROU), arrested the miners' leader, 1999-02-17",
                 "ASSAULT crowd-control/primitive: riot police (ROU) <-> miners (ROU), battle with clubs, stones and tear gas near Stoenesti, 1999-02-17"],
                1, 0, "Dateline found only the arrest (right in every field). It missed the blocking of the march, the march itself and the clash."),
"h38-x147-01": (["COERCE arrest: Gambia's military rulers (GMB) -> Capt. Sana Sabally and Capt. Sadibou Hydara (GMB), arrested, 1995-01-27 (Friday, per the next sentence; paragraph alone: 1995-01-28)",
                 "ACCUSE allege: Gambia's military rulers (GMB) -> Sabally and Hydara (GMB), accused of plotting to overthrow Jammeh, 1995-01-28"],
                1, 0, "Dateline found the arrest, with the target given only as 'second most powerful man' (GMB). It missed the coup-plot accusation. The plot itself sits inside the accusation and is not coded separately."),
"h38-x146-09": (["ACCUSE allege: Iraqi tribunal (IRQ) -> Saddam Hussein (IRQ), put on trial for the killing of ~150 Shi'ite villagers, 2005-10-19",
                 "ACCUSE disapprove: Saddam Hussein (IRQ) -> the court (IRQ), challenged its legitimacy and argued with the judge, 2005-10-19"],
                0, 0, "Dateline found no event in this paragraph. The not-guilty plea is a denial (no PLOVER type). The 1982 killings are the content of the charge, not coded here."),
"h38-x147-13": (["SUPPORT (sign agreement), negated: Joseph Kony (UGA rebels/LRA) -> Uganda government (UGA), failed to turn up to sign the final peace agreement, 2008-04-10"],
                1, 1, "Dateline found it as SUPPORT negated, with the right parties, but dated it 2008-04-11 (document date) instead of Thursday 2008-04-10."),
"h38-x145-23": (["RETREAT withdraw: Russian forces (RUS) -> Ukraine (UKR), withdrew from Snake Island, 2022-06-30",
                 "ASSAULT: Russian forces (RUS) -> Ukraine (UKR), seized the Snake Island outpost on the first day of the invasion, 2022-02-24"],
                1, 1, "Dateline found the withdrawal (right type and date). It missed the background seizure of the island, which is ASSAULT under the wave-30 rule. 'A victory won by its artillery' is a characterisation and is not coded."),
"h38-x147-10": (["CONCEDE: Maldives parliament (MDV) -> political parties / opposition (MDV), voted to allow political parties to operate (ease ban on parties, CAMEO 0812), 2005-06-02"],
                0, 0, "Dateline found no event in this paragraph."),
}
paras = [json.loads(l) for l in open('paragraphs-b.jsonl')]
assert len(paras) == 6
with open('paragraphs-b-verdicts.jsonl', 'w') as out:
    tot = [0, 0, 0, 0]
    for p in paras:
        ce, found, _, notes = P[p['doc']]
        n_dl = len(p['events'])
        spurious = 0
        rec = {"doc": p['doc'], "coder_events": ce, "found": found, "dateline_events": n_dl,
               "spurious": spurious, "notes": notes}
        out.write(json.dumps(rec, ensure_ascii=False) + '\n')
        tot = [tot[0] + len(ce), tot[1] + found, tot[2] + n_dl, tot[3] + spurious]
print('coded acts, found, dateline events, spurious:', tot)
