"""Round-7 paragraph count (seed 20261205): source actors naming a state actor or politician,
and whether they carry a country. Writes docs/judged/round7/actors_paragraphs.jsonl."""
import json

# paragraph index -> list of (actor name as predicted, state/politician?, country carried, country right, note)
J = {
    2: [("BEA", True, True, True, "French accident-investigation agency; sector COP should be GOV")],
    11: [("Kaoru Yosano", True, True, True, "")],
    17: [("Ben Bernanke", True, True, True, "'US bank chief' (Fed chairman) coded sector BUS; GOV")],
    20: [("Andrus Ansip", True, True, True, "")],
    21: [("Russian Foreign Ministry", True, True, True, "")],
    22: [("Police Academy", True, False, False,
          "the source 'Police' resolved to the building 'Police Academy', no country (Dhaka story -> BGD)")],
    26: [("Economic Commission on Presidential Elections and Government Reform Committee", True, True, False,
          "UAE story coded ISR"),
         ("National Movement", True, False, False, "group of opposition lawmakers, UAE story -> ARE")],
    27: [("authorities", True, True, True, ""), ("Czech government", True, True, True, "")],
    28: [("Edgar Lungu", True, True, True, "NAM as the synthetic text says ('President Edgar Lungu' of Namibia)")],
    31: [("Ban Ki-moon", False, True, True, "IGO official (UNO), counted apart"),
         ("United Nations", False, True, True, "IGO (UNO), counted apart")],
    32: [("North-Eastern Army", True, True, True, "")],
    33: [("Greece", True, True, True, "but 'anti-Greece actions targeting the government' makes Greece the ASSAULT source: wrong role")],
    35: [("Stephen J. Wilson", True, True, True, "")],
    36: [("United States", True, True, True, "'the U.S. Pacific Fleet' resolved to the country (name and sector MIL lost)")],
    38: [("Ethiopia's president", True, True, True, "")],
    39: [("United States", True, True, True, ""), ("France", True, True, True, ""),
         ("Japan", True, True, True, ""), ("New Zealand", True, True, True, "")],
}


def main() -> None:
    paras = json.load(open("/tmp/j8actors/paras.json"))
    with open("docs/judged/round7/actors_paragraphs.jsonl", "w") as f:
        for i, p in enumerate(paras):
            rows = [{"name": n, "state_or_politician": s, "has_country": c, "country_right": r, "note": t}
                    for n, s, c, r, t in J.get(i, [])]
            f.write(json.dumps({"n": i, "corpus": p["corpus"], "doc": p["doc"], "paragraph": p["paragraph"],
                                "predicted_sources": p["sources"], "judged": rows}, ensure_ascii=False) + "\n")
    for corpus in ("meantime", "stories"):
        rows = [r for i, p in enumerate(paras) if p["corpus"] == corpus for r in J.get(i, [])]
        st = [r for r in rows if r[1]]
        print(corpus, "state/politician", len(st), "with country", sum(r[2] for r in st),
              "country right", sum(r[3] for r in st))


if __name__ == "__main__":
    main()
