"""Write events-a.jsonl and paragraphs-a-verdicts.jsonl from the judge's verdicts below, then check them.

usage (from docs/judged/round174): python events-a-tools/write_verdicts.py
Fields in WRONG are the fields judged wrong for item n; every other field is right.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n -> (fields wrong, reasons)
V = {
    1: (["target"], "REQUEST by EU member states is right, but the request is put to the EU (the body that keeps the sanctions list), not to Lukashenko, who is only the one the requested sanction would fall on; target should be the European Union (no addressee is named, so empty would also be right)."),
    2: (["date"], "Turkey's offensive in Syria is a real ASSAULT (Syria, whose territory was entered, is an acceptable target), but it is a background act undated in the text, begun before the vote; the 'Wednesday' belongs to the summons, so the date should be none (unknown), not 2019-10-30."),
    3: (["target"], "ASSAULT crowd-control by NATO peacekeepers on Monday is right, but the target is Kosovo's Serb population ('Kosovo Serbs', 'the local Serb population'), whose country is Kosovo (XKX), not Serbia (SRB)."),
    4: ([], "MILF condemned the cathedral bombing: ACCUSE, no party named as the attacker in the sentence so an empty target is right; document date for a reaction reported as news."),
    5: (["source"], "Stoning and petrol-bombing soldiers at the roadblock is a riot (PROTEST riot, ASSAULT would also do) against German (and Austrian) KFOR soldiers on Monday, but the crowd is the Kosovo Serbs of the first sentence, country Kosovo (XKX), not Serbia."),
    6: ([], "U.N. urged all sides in the Ghazni fighting to protect civilians: REQUEST UN -> the warring sides in Afghanistan, document date, asserted; all right."),
    7: ([], "Jammeh thanking voters in his post-result address is a (minor) SUPPORT toward Gambian voters; the text ties the address to Friday's results, so 2011-11-25 is acceptable."),
    8: ([], "Summoning the U.S. ambassador to protest is an official complaint (ACCUSE, CAMEO 114) by Turkey against the U.S. ambassador on Wednesday 2019-10-30; all right."),
    9: ([], "Tunisia imposed a nationwide curfew on Friday 2016-01-22: COERCE curfew, no target named; all right."),
    10: ([], "Rebel commanders in eastern Ukraine killed by unknown attackers 'in recent months': ASSAULT, empty source right, a span with no date so unknown is right."),
    11: ([], "IMF chief welcomed the Zambia deal: SUPPORT with no party named as target, document date; all right."),
    12: ([], "The Taliban seizing power in August is armed forces taking ground (ASSAULT by convention), dated 2021-08 by the text; no party named as acted upon, so empty target is right."),
    13: ([], "SADC leaders agreed on Wednesday 2021-06-23 to send a force to help Mozambique: a pledge of military aid is AGREE, multinational source with no code, target Mozambique; all right."),
    14: (["date", "modality"], "Abdullah 'avoided endorsing' Trump's plan: SUPPORT Abdullah -> Trump is the right type and parties, but the act did not happen, so modality should be negated (not hypothetical), and it happened at Tuesday's meeting, so the date should be 2025-02-11."),
    15: ([], "Thousands of Algerians marched on Monday 2021-02-22 to mark the Hirak anniversary: PROTEST demo; no state named and the aim is the anniversary, so an empty target is right."),
    16: ([], "Saudi-led warplanes pounded Houthi rebels on Sunday 2015-03-29 (fourth day): ASSAULT, source includes Saudi Arabia (the mangled 'led warplanes' is the same coalition), target Houthis; all right."),
    17: (["target"], "Georgian Dream accuses the opposition parties of wanting to open a second front against Russia: the target of the ACCUSE is the Georgian opposition parties (GEO), not Russia."),
    18: ([], "Kishida planned to speak with Biden soon: CONSULT with future modality (as 'will meet' by the conventions), no date; all right."),
    19: (["target"], "Muslim countries agreed on Sunday 2021-12-19 to set up a humanitarian trust fund for Afghanistan: AGREE (pledge of aid) is right, but Afghanistan, named in the sentence as the recipient, should be the target (AFG), not empty."),
    20: (["date"], "Trump's call with Zelenskiy is CONSULT Trump -> Zelenskiy, but the text places it 'later' after Wednesday's call with Putin, so the date should be 2025-02-12, not the document date 2025-02-13."),
    21: (["date"], "Clinton attending the NATO foreign ministers' meeting is a CONSULT with NATO, but the text dates that meeting Tuesday ('agreed on Tuesday'), so the date should be 2012-12-04, not the document date 2012-12-05."),
    22: (["target"], "Hezbollah ministers walking out of the cabinet in January 2011 is a SANCTION withdraw (RETREAT resign also defensible), but the sentence refers to the government they left ('whose own government', Saad al-Hariri's), so the target should be Hariri's Lebanese government (LBN), not empty."),
    23: ([], "King Sihamoni granting Rainsy a royal pardon last week (2013-W28) is a material concession, RETREAT release; source and target right."),
    24: (["source", "target"], "THREATEN is right, but 'It' is the final statement of the Friends of Syria meeting, so the source should be the Friends of Syria participants (no code), not the host Morocco, and the party warned, Damascus, should be the target (Syrian government, SYR), not empty."),
    25: ([], "The Palestinian Authority refused last month (2019-02) to accept tax revenues collected by Israel: REJECT PA -> Israel; all right."),
    26: ([], "Three million people joined anti-government demonstrations on Sunday 2016-03-13: PROTEST aimed at the government, so Brazil as target is right; all right."),
    27: (["date"], "Rocket attack on the bus killing 12 civilians is ASSAULT with unknown source, but the next sentence dates it Tuesday afternoon, so the date should be 2015-01-13, not the document date 2015-01-14."),
    28: ([], "Syria fired at Israeli jets (overnight, before dawn on Friday 2017-03-17): ASSAULT Syria -> Israel; all right (mode firearms is off, mode not scored)."),
    29: ([], "Israel welcomed the failed vote: SUPPORT with no party as target, document date 2014-12-30; all right."),
    30: ([], "DRC government cut internet and SMS on Saturday night 2017-12-30: COERCE withhold, no target named; all right."),
    31: (["type", "source", "target"], "Other Republican lawmakers called for a boycott of the G20: the act is a call, REQUEST (no boycott took place), the source should be those Republican lawmakers (USA/LEG), not the U.S. government, and the request is put to the administration (Obama, USA) or no one named, not the G20."),
    32: (["source"], "Israel's government says the Gaza offensive will continue until Hamas is destroyed: an ASSAULT on Hamas with future modality and no date is acceptable, but the source should be Israel ('Its government', ISR), not empty."),
    33: ([], "U.S. demanded on Saturday 2017-11-25 that Pakistan re-arrest Saeed: REQUEST USA -> Pakistan (the addressee, present in the target list; Saeed, PAK, is the object); all right."),
    34: (["target"], "Thousands took to the streets after Elci's death: PROTEST is right and dated the day of the killing, but its aim is the death, so by the protest rule Turkey is a wrong target and it should be empty."),
    35: ([], "Critics had accused Pena Nieto of playing down the drug war since December 2012: ACCUSE, unnamed critics with no code, a span with no date; all right."),
    36: ([], "Fatah blamed hardline Islamist factions (Palestinian factions in Ain al-Hilweh) for Sunday's killing: ACCUSE; the narrative date 2023-07-30 follows the killing and is acceptable."),
    37: ([], "Ankara officials say they will coordinate each step with Baku: CONSULT Turkey -> Azerbaijan, future, no date; all right."),
    38: ([], "Syrian authorities blame armed gangs: ACCUSE SYR authorities -> armed gangs in Syria, document date; all right."),
    39: ([], "Liu Weimin called on Seoul to ensure the crew's rights: REQUEST CHN -> South Korean government; undated reaction in the same news day (Monday), 2011-12-12 acceptable."),
    40: (["target"], "Mexican marines arrested Guzman on Saturday 2014-02-22: COERCE arrest is right, but Guzman, head of the Sinaloa cartel, is Mexican (MEX), not USA."),
    41: ([], "Protesters chanting 'Out, Dilma' on Wednesday night 2016-03-16: PROTEST aimed at the government, target right; all right."),
    42: ([], "Congo suspended RwandAir flights last month (2022-05): SANCTION COD -> Rwanda's national airline (RWA); all right."),
    43: ([], "Voronenkov shot dead on Thursday 2017-03-23 by an unknown gunman: ASSAULT, empty source right, target Voronenkov (called 'a former Russian member of parliament', RUS acceptable)."),
    44: ([], "South Korea summoned China's ambassador on Monday 2011-12-12: ACCUSE (official complaint) KOR -> Chinese ambassador (CHN); all right."),
    45: ([], "A senior U.S. diplomat met Taliban representatives in Qatar last month (2018-07): CONSULT USA -> Taliban (AFG); all right."),
    46: (["source", "target"], "The quoted 'door to justice has been slammed shut in Colombo' is the TNA lawmaker's criticism (ACCUSE) of the government's withdrawal: the source should be that Tamil lawmaker (LKA, named in the same quotation) and the target Sri Lanka's government ('Colombo', LKA), not empty."),
    47: ([], "Sunni politicians demanded the army withdraw from Anbar cities and Alwani be freed: REQUEST IRQ politicians -> Iraqi army, document date; all right."),
    48: ([], "Malaysian court convicted and sentenced Najib on Tuesday 2020-07-28: SANCTION convict; all right."),
    49: (["type"], "Hollande announced a 1 billion euro aid package over five years: an announced pledge of aid is AGREE by the conventions (wave 76), not AID; source, target, date and modality right."),
    50: (["source"], "The resolution calls for talks and a ceasefire (REQUEST to the Syrian government, acceptable target, Friday 2015-12-18), but the one calling is the U.N. Security Council that adopted it (UNO/IGO), not the United States and Russia who negotiated it."),
}

PARAS = {
    "h65-x255-19": {
        "coder_events": [
            "ASSAULT: M23 rebels (COD) -> Democratic Republic of Congo (COD), captured the town of Bunagana, 2022-06-13",
            "ACCUSE: Congo's army (COD) -> Rwanda (RWA), accused Rwanda of invading its territory, 2022-06-13",
            "REJECT: Rwanda's government / Kigali (RWA) -> Congo's army (COD), rejected the charge, 2022-06-13 (or document date 2022-06-14)",
        ],
        "found": 3,
        "dateline_events": 3,
        "spurious": 0,
        "notes": "All three found with the right type. The REJECT's target is wrong (M23 rebels; the charge was Congo's army's). The alleged invasion is the content of the accusation and not coded separately.",
    },
    "h65-x256-08": {
        "coder_events": [
            "COERCE: Hong Kong police (HKG) -> pro-democracy protesters (HKG), dismantled the main protest camp, 2014-12-11",
            "COERCE: Hong Kong police (HKG) -> more than 200 protesters (HKG), arrested, 2014-12-11",
            "PROTEST: pro-democracy protesters (HKG) -> Hong Kong government / Beijing (HKG/CHN), 75-day street occupation, span ending 2014-12-11 (no single date)",
        ],
        "found": 1,
        "dateline_events": 1,
        "spurious": 0,
        "notes": "Dateline found the arrests (COERCE arrest, right). The clearance of the camp and the occupation itself were not coded.",
    },
    "h65-x253-12": {
        "coder_events": [
            "ASSAULT: unknown gunman (none) -> Denis Voronenkov (RUS), shot dead in Kiev, 2017-03-23",
            "ACCUSE: Petro Poroshenko (UKR) -> Russia (RUS), called the killing state terrorism by Russia, 2017-03-23",
        ],
        "found": 1,
        "dateline_events": 1,
        "spurious": 0,
        "notes": "The shooting is found; Poroshenko's accusation of Russia in the same sentence is missed.",
    },
    "h65-x253-21": {
        "coder_events": [],
        "found": 0,
        "dateline_events": 0,
        "spurious": 0,
        "notes": "An election result and a war mentioned as a topic: no PLOVER act between political actors.",
    },
    "h65-x256-16": {
        "coder_events": [
            "ACCUSE: King Maha Vajiralongkorn (THA) -> Thai Raksa Chart party / his sister's nomination (THA), declared the nomination highly inappropriate and unconstitutional, 2019-02-08 (the royal statement late on Friday, per the story)",
        ],
        "found": 0,
        "dateline_events": 0,
        "spurious": 0,
        "notes": "The king's public disapproval (ACCUSE disapprove; REJECT would also do) is missed. The party's nomination of a candidate is not a PLOVER event.",
    },
    "h65-x254-04": {
        "coder_events": [
            "SUPPORT: more than 100 countries and organisations (no code) -> Syrian opposition coalition (SYR), recognised it as the legitimate representative of the Syrian people, 2012-12-12",
        ],
        "found": 0,
        "dateline_events": 0,
        "spurious": 0,
        "notes": "The recognition (diplomatic SUPPORT) is missed; 'handing Assad's opponents their biggest diplomatic prize' is the same act.",
    },
}


def main():
    items = [json.loads(l) for l in open(HERE / "events-a-items.jsonl")]
    assert len(items) == 50 and set(V) == {i["n"] for i in items}
    out = []
    for it in items:
        wrong, reason = V[it["n"]]
        assert set(wrong) <= set(FIELDS), wrong
        if "event" in wrong:
            verdict = {f: False for f in FIELDS}
        else:
            verdict = {f: f not in wrong for f in FIELDS}
        verdict["all"] = all(verdict[f] for f in FIELDS)
        rec = dict(it)
        rec["verdict"] = verdict
        rec["reasons"] = reason
        out.append(rec)
    with open(HERE / "events-a.jsonl", "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    paras = [json.loads(l) for l in open(HERE / "paragraphs-a.jsonl")]
    with open(HERE / "paragraphs-a-verdicts.jsonl", "w") as f:
        for p in paras:
            v = PARAS[p["doc"]]
            assert v["dateline_events"] == len(p["events"]), p["doc"]
            assert v["found"] <= len(v["coder_events"]) and v["spurious"] <= v["dateline_events"]
            f.write(json.dumps({"doc": p["doc"], **v}, ensure_ascii=False) + "\n")

    # checks
    back = [json.loads(l) for l in open(HERE / "events-a.jsonl")]
    assert len(back) == 50
    for a, b in zip(items, back):
        assert (a["n"], a["doc"], a["trigger"]) == (b["n"], b["doc"], b["trigger"])
        assert {k: b[k] for k in a} == a
        v = b["verdict"]
        assert v["all"] == all(v[f] for f in FIELDS)
        if not v["event"]:
            assert not any(v.values())
    assert sum(1 for _ in open(HERE / "paragraphs-a-verdicts.jsonl")) == 6
    counts = {f: sum(r["verdict"][f] for r in back) for f in FIELDS + ["all"]}
    print("right of 50:", counts)
    pv = [json.loads(l) for l in open(HERE / "paragraphs-a-verdicts.jsonl")]
    print("paragraphs: coded", sum(len(p["coder_events"]) for p in pv), "found", sum(p["found"] for p in pv),
          "dateline", sum(p["dateline_events"] for p in pv), "spurious", sum(p["spurious"] for p in pv))


if __name__ == "__main__":
    main()
