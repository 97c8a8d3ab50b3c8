"""Round-4 paragraph count: predicted source actors naming a state actor/politician, with a country?

Reads /tmp/j4a_paras.json (written by paras.py) and writes docs/judged/round4/actors_paragraphs.json.
"""
import json

# paragraph number (1-40) -> list of (actor name, carries country, country right, note)
STATE = {
    16: [("Russia", 1, 1, "speaker of 'Russia announced'")],
    21: [("government", 0, 0, "'The government of Indonesia' -> actor 'government' with country null (event source and speaker)"),
         ("Indonesia", 1, 1, "split off 'The government of Indonesia' as a second source of the same ACCUSE"),
         ("Indonesia court", 1, 1, ""), ("official", 1, 1, "")],
    22: [("Muammer Guler", 1, 1, "")],
    23: [("European Parliament", 1, 0, "'the parliament's website' after 'Lithuanian Foreign Minister': the Lithuanian parliament (LTU), resolved to the European Parliament (EUR)")],
    24: [("Council of Ministers", 1, 1, ""), ("Guinea-Bissau", 1, 1, "")],
    25: [("Werner Faymann", 1, 1, "")],
    26: [("China government", 1, 0, "'the government said' in a paragraph about Brunei's visa-free agreement: Brunei's government (BRN), resolved to China")],
    27: [("authorities", 1, 1, ""), ("Czech government", 1, 1, "")],
    28: [("police", 1, 1, "USA from the article-country default; the story names no country, not checkable")],
    29: [("Chuck Hagel", 1, 1, "")],
    33: [("Ernest Bai Koroma", 1, 1, "")],
    36: [("Russia", 1, 1, "")],
    38: [("Ali Abdullah Saleh", 1, 1, "")],
    39: [("Government of Suriname", 1, 1, "")],
}
NOT_STATE = {
    5: "Apple (company)", 6: "General Motors (company; sector MIL from 'General')",
    10: "GM (company) with country JPN -- wrong, GM is USA", 11: "Ralph Crosby (EADS executive), country null",
    18: "Airbus (company)", 22: "protesters (CVL)", 24: "Jean-Yves Haddo, Secretary General of the consortium 'Credible', given GNB GOV -- wrong sector",
}
MISSED = {
    29: "'the Saudi-led coalition attack on Houthi targets' -- ASSAULT with a state source (Saudi Arabia-led coalition), no event",
    26: "'Brunei ... has approved visa-free travel for Chinese tourists' -- COOPERATE/AGREE by Brunei, no event",
}


def main() -> None:
    paras = json.load(open("/tmp/j4a_paras.json"))
    out = []
    for n, p in enumerate(paras, 1):
        out.append({"n": n, "doc": p["doc"], "para": p["para"], "text": p["text"], "predicted_sources": p["sources"],
                    "state_sources": [{"actor": a, "carries_country": c, "country_right": r, "note": note}
                                      for a, c, r, note in STATE.get(n, [])],
                    "non_state_sources_note": NOT_STATE.get(n), "missed_state_source": MISSED.get(n)})
    json.dump(out, open("docs/judged/round4/actors_paragraphs.json", "w"), indent=1, ensure_ascii=False)
    for part, sel in (("meantime", out[:20]), ("stories", out[20:]), ("all", out)):
        ss = [s for o in sel for s in o["state_sources"]]
        print(part, "state sources", len(ss), "carry country", sum(s["carries_country"] for s in ss),
              "country right", sum(s["country_right"] for s in ss))


main()
