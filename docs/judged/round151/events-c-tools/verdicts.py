"""Judge c's verdicts for round 151: writes events-c.jsonl and paragraphs-c-verdicts.jsonl, then checks them.

usage (from docs/judged/round151): python3 events-c-tools/verdicts.py
Each verdict lists the fields judged wrong ("spurious" = not an event, false in every field).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n: (wrong fields, reasons)
V = {
    1: ([], "A commitment to continue the outgoing president's policies, coded AGREE by Bazoum (NER) with no recipient; "
            "marginal as an event but a pledge PLOVER's AGREE covers. 'Has promised' gives no date, so unknown is right."),
    2: ([], "SUPPORT by Pakistani opposition politicians (PAK) welcoming the Commonwealth's suspension. 'The decision' names no party, "
            "so an empty target is right by the rules (the Commonwealth would also be right); the Nov. 22 dateline day is right for the reaction."),
    3: ([], "ACCUSE by Kim Young-sam (KOR, with Jiang) of Japanese politicians (JPN) on Tuesday 1995-11-14; all right."),
    4: ([], "ACCUSE by Russia's Defence Ministry (RUS) of Ukraine (UKR) on the day of the crash, 2024-01-24; all right."),
    5: ([], "THREATEN by Libya (LBY) to withdraw deposits from Swiss banks, reported by bankers. The target 'Swiss' (CHE) is the "
            "Swiss banks/Switzerland with the right country, accepted; part of the current row, so the document date is right."),
    6: (["source"], "REQUEST to the UN is right, but the source Mohamed Abdelaziz is the Polisario leader, not Moroccan government: "
                    "his code should be Western Sahara (ESH) or empty, not MAR."),
    7: (["type", "target"], "Japan lodged a diplomatic protest, not a demonstration: type should be ACCUSE (disapprove), and the target "
                            "should be China (CHN), named in the sentence through 'a Chinese nuclear submarine'."),
    8: (["spurious"], "Not an event: 'many residents support the uprising' describes the sympathies of a region, not an act; and even "
                      "so the support would go to the uprising, not to Assad."),
    9: ([], "ACCUSE (the indictment) by the ICTY against Bobetko (HRV), stated in the present tense as a standing charge, so the "
            "document date is right; all right."),
    10: ([], "Invasion of East Timor by Indonesia in 1975: ASSAULT (seizing ground, per the rules) Indonesia (IDN) -> East Timor (TLS), 1975; all right."),
    11: (["date"], "A court appeal read as a REQUEST to the court (accepted; the court is unnamed, so empty target is right). But "
                   "'has appealed' is background from some time since the November sentencing, not this news: the date should be "
                   "unknown, not the document date."),
    12: (["target"], "ACCUSE (complaint) by Moroccan officials is right, but the sentence names the targets: the target should be "
                     "Spanish media and regional governments, i.e. Spain (ESP), not empty."),
    13: (["target"], "ACCUSE (indictment) with no named indicter is right, but the target is Sankoh himself, named in the sentence: "
                     "target should be Foday Sankoh (SLE), not empty."),
    14: (["spurious"], "Not an event: a president's proposal of a domestic law in 2015 is no PLOVER act between political actors "
                       "(and not AGREE, which is a promise to cooperate)."),
    15: ([], "ASSAULT by al Qaeda militants (no country code needed) on the U.S. embassy (USA) in September 2008; all right."),
    16: ([], "ACCUSE by protest organisers in Miami (USA) of the police (USA), reported as this news; all right."),
    17: ([], "REQUEST (call for better relations) by Putin, referred to as 'he' and named 'Russian leader' (RUS), in a letter "
             "published Monday 2009-08-31; no party named as recipient, so empty target is right (Poland would also be right)."),
    18: ([], "COERCE arrest of more than 500 people in Gothenburg (SWE) by police, reported by police, during the two days of "
             "riots that end on the story's date; all right."),
    19: (["source"], "REQUEST (demands during the siege) to the Thai army is right, but 'They' are the God's Army gunmen: the source "
                     "should be the Karen rebels (MMR/REB), not the Thai government."),
    20: (["target"], "COERCE arrest in May 2000 is right, but 'He' is Sankoh: the target should be Foday Sankoh (SLE), not David Crane (USA)."),
    21: ([], "SUPPORT (ratification of a treaty) by Belgium's parliament (BEL) with Iran (IRN), in 2022 ('last year'); all right."),
    22: ([], "COERCE arrest of Leopoldo Fernandez (BOL) by Bolivian authorities expected on Tuesday 2008-09-16: future; all right."),
    23: (["source", "date"], "CONSULT is right, but the representatives of the Falun Gong protesters in Beijing have a plain country: "
                             "source should be Falun Gong representatives (CHN), not empty-coded; the talks were on Sunday, so the date "
                             "should be 1999-04-25, not the Monday document date."),
    24: ([], "SUPPORT (congratulation) by UN administrator Vieira de Mello (UN) of East Timorese voters (TLS), reported as this news; all right."),
    25: ([], "REQUEST by the U.S. State Department (USA) to Morocco (MAR), reported as this news; all right."),
    26: (["target"], "ACCUSE by Benedict on Wednesday is right, but the criticism is of the U.S. embargo: the target should be the "
                     "United States (USA) alone; Cuba is the party said to be burdened, not criticised."),
    27: (["target"], "Killing of Sam Bockarie in May (ASSAULT, unnamed killer) is right, but the codes are wrong: Bockarie and the RUF are "
                     "Sierra Leonean, so the target should be Sam Bockarie (SLE), not Bockarie with no code and RUF as USA."),
    28: (["target"], "REJECT by Morocco in 2004 is right, but the plan rejected is a U.N. plan, drawn up by Baker as UN envoy: the target "
                     "should be the United Nations (IGO), not James Baker coded USA."),
    29: ([], "ACCUSE (charged) of Ali Anouzla (MAR) after Wednesday's hearing, charger unnamed in the sentence, reported by his lawyer; all right."),
    30: (["spurious"], "Not an event: 'It directs the administration' describes the content of the Iraq Liberation Act, not an act of "
                       "Congress toward the White House; the codable act here is the pledge of aid to Iraqi opposition groups."),
    31: ([], "SANCTION (breaking ties) by Bolivia (BOL) with Israel (ISR) in 2023 ('last year'); all right."),
    32: ([], "CONSULT between Koizumi (JPN) and Hu Jintao (CHN) in November 2004 ('last month'); mutual meeting, all right."),
    33: (["source"], "COERCE arrest of Hannibal Gaddafi on July 15 is right, but Geneva police are Swiss: the source should be Geneva police (CHE), not LBY."),
    34: (["modality"], "The resignation is only what the government declared (and the courts blocked): Chilumpha did not resign, so the act "
                       "inside the government's claim is reported, not asserted. Party, type and unknown date are right."),
    35: (["spurious"], "Not an event: travelling to the West Bank for a family wedding is private travel, not a political CONSULT visit."),
    36: (["target"], "MOBILIZE wanted but not done (hypothetical, undated) is right, but the deployment is aimed at Saddam Hussein: the "
                     "target should be Iraq (IRQ); Turkey is only the transit ground."),
    37: (["target"], "SUPPORT (welcome) by Washington is right, but the welcome is of Pyongyang's signal: the target should be North "
                     "Korea (PRK), named in the sentence, not empty."),
    38: ([], "MOBILIZE: Gambian soldiers (GMB) patrolling the roads by Tuesday evening 2000-04-11; all right."),
    39: (["spurious"], "Not an event: 'Sankoh's death leaves the court without two defendants' reports a consequence of a death, not a "
                       "SANCTION or any act."),
    40: ([], "REQUEST by Jordanian lawmakers (JOR) for the expulsion of Israel's ambassador (ISR, accepted as the target); "
             "'repeatedly called' is a span of acts with no date, so unknown is right."),
    41: (["spurious"], "Not an event: 'cannot be arrested without a vote to lift their immunity' states the legislators' legal immunity; "
                       "no arrest was made, refused or planned."),
    42: ([], "REQUEST (Spain wants Morocco to police migrants) Spain (ESP) -> Morocco (MAR), attributed to Moroccan officials, so "
             "asserted with reported_by by the rules; ongoing, document date right. A coder would also code the Moroccan complaint (ACCUSE -> Spain)."),
    43: (["date"], "ACCUSE by the Lebanese court/prosecutor (LBN) of the senior Syrian official (SYR) is right; it is the charging the "
                   "lead dates to Saturday, so the date should be 2012-08-11, not the Sunday document date."),
    44: ([], "ASSAULT (Katyn massacre) by Soviet secret police (SUN) of Polish officers (POL) in 1940; all right."),
    45: (["date"], "REQUEST (assist) by Bush (USA) to the Chinese government (CHN) is right, but it was in Thursday's talks: the date "
                   "should be 2006-04-20, not 2005 (the 'last year' of the trade deficit in the previous sentence)."),
}

PARAS = {
    "h52-x201-18": (
        ["RETREAT release: Alexander Lukashenko (BLR) -> six political prisoners incl. Mikola Statkevich (BLR), pardoned, 2015-08-22",
         "REQUEST: European Union (EU) -> Belarus (BLR), long demanded the prisoners' release, ongoing (no date)"],
        1, 1, 0, "Dateline's RETREAT release is right in every field; the EU's long-standing demand in the relative clause is missed."),
    "h52-x203-05": (
        ["PROTEST boycott: main opposition parties (BFA) -> the presidential election / Compaore's government (BFA), boycotted, 1998-11-15"],
        0, 0, 0, "Re-election and results are not PLOVER acts; the opposition boycott is missed in the lead (dateline codes a boycott only in a later paragraph)."),
    "h52-x201-10": (
        ["REQUEST: President Ahmet Necdet Sezer (TUR) -> Recep Tayyip Erdogan (TUR), asked to form a government, 2003-03-11",
         "COERCE ban: Turkish authorities (TUR) -> Erdogan (TUR), barred from office months ago, no date"],
        1, 1, 0, "Dateline's REQUEST is right; the background ban from office is missed."),
    "h52-x204-06": (
        [], 0, 0, 0, "Election results only: no PLOVER act between political actors."),
    "h52-x203-03": (
        ["PROTEST demo: mass protests (MDG) -> Didier Ratsiraka (MDG), swept him aside, background (no date in the paragraph)"],
        0, 0, 0, "The swearing-in and the exile are not PLOVER acts; the background protests that ousted Ratsiraka are missed."),
    "h52-x202-09": (
        ["RETREAT resign: Ahmed Ouyahia (DZA), resignation accepted by Bouteflika, 2006-05-24"],
        0, 0, 0, "Naming a prime minister is no PLOVER act; Ouyahia's resignation (accepted on Wednesday, 2006-05-24) is missed."),
}


def main():
    items = [json.loads(l) for l in open(HERE / "events-c-items.jsonl")]
    assert len(items) == 45 and sorted(V) == list(range(1, 46))
    with open(HERE / "events-c.jsonl", "w") as out:
        for it in items:
            wrong, reasons = V[it["n"]]
            if "spurious" in wrong:
                v = {f: False for f in FIELDS}
            else:
                v = {f: f not in wrong for f in FIELDS}
            v["all"] = all(v[f] for f in FIELDS)
            out.write(json.dumps({**it, "verdict": v, "reasons": reasons}, ensure_ascii=False) + "\n")
    paras = [json.loads(l) for l in open(HERE / "paragraphs-c.jsonl")]
    with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as out:
        for p in paras:
            coded, found, n_dl, spur, notes = PARAS[p["doc"]]
            assert n_dl == len(p["events"]), p["doc"]
            out.write(json.dumps({"doc": p["doc"], "coder_events": coded, "found": found, "dateline_events": n_dl,
                                  "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")
    check(items, paras)


def check(items, paras):
    rows = [json.loads(l) for l in open(HERE / "events-c.jsonl")]
    assert len(rows) == 45
    for it, r in zip(items, rows):
        assert (r["n"], r["doc"], r["trigger"]) == (it["n"], it["doc"], it["trigger"])
        assert {k: r[k] for k in it} == it
        v = r["verdict"]
        assert v["all"] == all(v[f] for f in FIELDS)
        if not v["event"]:
            assert not any(v.values())
    pv = [json.loads(l) for l in open(HERE / "paragraphs-c-verdicts.jsonl")]
    assert len(pv) == 6 and [p["doc"] for p in pv] == [p["doc"] for p in paras]
    counts = {f: sum(r["verdict"][f] for r in rows) for f in FIELDS + ["all"]}
    print("per field, right of 45:", counts)
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
          "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))
    print("checks passed")


if __name__ == "__main__":
    main()
