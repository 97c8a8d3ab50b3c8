"""Round 31, judge b: first-paragraph recall. Writes paragraphs-b-verdicts.jsonl."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

P = {
    "ngec-2438": (["ASSAULT: Congolese men in Kinshasa burnt the homes of 14 people (this month)"], 0, 0,
                  "Nothing extracted. The 'accused of stealing their guns' clause and the protests are background, not coded."),
    "ngec-1877": (["SANCTION: some Muslim-majority countries imposed restrictive trade measures against Saudi Arabia and the UAE"], 0, 0,
                  "Nothing extracted. The 'massive terrorist attacks in the Middle East' are unattributed background, not coded."),
    "ngec-1866": (["AGREE: EU, Sierra Leone and Isle of Man announced they will launch a common currency (future cooperation)",
                   "SANCTION: Trump signed an executive order cutting US trade with countries that refuse his immigration restrictions"], 0, 0,
                  "Nothing extracted. The EU Parliament's domestic tax decision is not coded."),
    "ngec-1157": (["AGREE: Muscat and Malta's parliament issued a joint statement agreeing to end the conflict and settle sovereignty"], 0, 0,
                  "Nothing extracted (AGREE missed)."),
    "ngec-4032": (["REQUEST: USTR announced Laos must remove its subsidies and reform its trade regime (demand for policy change)"], 0, 0,
                  "Nothing extracted (demand phrased 'must remove' missed)."),
    "ngec-1616": (["SANCTION: the US brought economic sanctions against Yemen (Friday)",
                   "ACCUSE: the US accused Yemen of trying to manipulate currency"], 1, 0,
                  "ACCUSE found (target Yemen missing: 'the Arab nation' refers to it); the SANCTION, the main act, missed."),
    "ngec-2995": (["ACCUSE investigate: Egyptian police investigating the shooting death",
                   "ASSAULT: fatal shooting of a young man outside Cairo Monday night"], 1, 0,
                  "ACCUSE found (dated Monday night, which is the shooting's date); the shooting (ASSAULT) missed."),
    "ngec-2632": ([], 0, 0, "Epidemic deaths: no political act, nothing to code; nothing extracted."),
    "ngec-0835": (["SUPPORT: Canada Post will sign a long-term agreement with the British Virgin Islands on Tuesday (future)"], 1, 0,
                  "Found with the right type; arguments wrong (Canada for Canada Post, BVI coded GBR), date doc date instead of Tuesday 2023-06-20, asserted instead of future."),
    "ngec-3086": (["SANCTION: Russia imposed an embargo on trade with Trinidad and Tobago"], 1, 0,
                  "Found; past background act given the doc date."),
    "ngec-2010": (["ACCUSE: Uganda's government condemned Kosovo's refusal",
                   "REJECT: Kosovo refused to accept thousands of Congolese refugees"], 2, 0,
                  "Both found. The UNHCR's reported statement about housing the refugees is not coded."),
    "ngec-1643": (["CONCEDE/RETREAT disarm: India announced its move to begin nuclear disarmament"], 0, 0,
                  "Nothing extracted (announced disarmament missed)."),
}


def main():
    rows = [json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-b.jsonl"))]
    assert len(rows) == 12 and {r["doc"] for r in rows} == set(P)
    tot_c = tot_f = tot_d = tot_s = 0
    with open(os.path.join(ROOT, "paragraphs-b-verdicts.jsonl"), "w") as f:
        for r in rows:
            coder, found, spurious, notes = P[r["doc"]]
            n = len(r["events"])
            assert found <= len(coder) and spurious <= n
            f.write(json.dumps({"doc": r["doc"], "coder_events": coder, "found": found,
                                "dateline_events": n, "spurious": spurious, "notes": notes},
                               ensure_ascii=False) + "\n")
            tot_c += len(coder); tot_f += found; tot_d += n; tot_s += spurious
    print("coder events %d, found %d (recall %.1f%%); dateline events %d, spurious %d (%.1f%%)"
          % (tot_c, tot_f, 100 * tot_f / tot_c, tot_d, tot_s, 100 * tot_s / tot_d if tot_d else 0))


if __name__ == "__main__":
    main()
