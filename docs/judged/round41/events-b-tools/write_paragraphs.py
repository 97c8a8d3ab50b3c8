"""Write paragraphs-b-verdicts.jsonl: judge b's coding of the 12 first paragraphs.

The sampler's paragraph_of splits the record text on a blank line, but the held-out records separate paragraphs
by a single newline, so each 'paragraph' in paragraphs-b.jsonl is the whole story (6-14 dateline events each).
The brief asks for first paragraphs, so judge b codes the lead paragraph (record text up to the first newline,
identical to the first paragraph of the story in data/heldout_news/stories.jsonl) and only dateline's events
whose sentence lies in it (events-b-tools/paras.py lists them).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
SCOPE = "Scope: lead paragraph only (the sampler's 'paragraph' is the whole story, see events-b.md). "

P = {
    "hn-w3-14": (
        ["RETREAT: Sheikh Hasina (BGD) resigned as prime minister, Monday 2024-08-05",
         "PROTEST demo: protesters (BGD) against Hasina's rule / government, weeks before 2024-08-05",
         "PROTEST riot: jubilant crowds (BGD) stormed and looted Hasina's official residence, 2024-08-05"],
        1, 2, 0,
        "Dateline: e1 RETREAT resign (found); e2 'stormed' ASSAULT crowds->Bangladesh government, dated the document "
        "date (storming was Monday): a real act but I code a crowd storming and looting as PROTEST riot, so not "
        "counted found; not spurious. The weeks of protests are not coded. The army chief's statement that an "
        "interim government would be formed I do not code."),
    "hn-w1-04": (
        ["COERCE arrest: Turkish authorities detained more than 2,800 soldiers, Saturday 2016-07-16",
         "COERCE: Turkish authorities removed 2,745 judges from their posts, 2016-07-16",
         "ASSAULT: Turkish government forces crushed the attempted military coup, night of 15-16 July 2016",
         "ASSAULT: coup plotters' attack in which more than 160 people were killed, night of 15-16 July 2016",
         "THREATEN: Erdogan vowed the plotters would 'pay a heavy price', 2016-07-16"],
        2, 3, 0,
        "Dateline: e1 COERCE arrest (found), e2 ASSAULT killed (found), e3 'vowed' AGREE (a threat: THREATEN, type "
        "wrong, not spurious). Removal of the judges and the crushing of the coup are not coded."),
    "hn-w2-14": (
        ["AGREE: Morocco agreed to establish diplomatic relations with Israel, Thursday 2020-12-10",
         "CONSULT third-party: United States brokered the Morocco-Israel deal, 2020-12-10",
         "SUPPORT: United States recognised Moroccan sovereignty over Western Sahara, 2020-12-10"],
        1, 1, 0,
        "Dateline: e1 AGREE (found). The US recognition of Moroccan sovereignty (the paragraph's second main act) "
        "and the US mediation are not coded."),
    "hn-w2-19": (
        ["ASSAULT: United States fired cruise missiles at a Syrian government air base, Friday 2017-04-07",
         "ASSAULT unconventional: suspected chemical weapons attack on a rebel-held town, earlier this week "
         "(Tuesday 2017-04-04), perpetrator not named"],
        1, 1, 0,
        "Dateline: e1 ASSAULT (found). The suspected chemical attack named in the lead is not coded here (it is "
        "coded later in the story)."),
    "hn-w2-04": (
        ["ASSAULT: suicide bombings and mortar attacks killed dozens of people (IRQ), Sunday 2005-01-30"],
        0, 0, 0,
        "Dateline codes nothing in the lead. Voting and Sunni Arabs staying away are not PLOVER acts as written "
        "('stayed away', no boycott call); the threats of violence are background I would not code."),
    "hn-w4-03": (
        ["MOBILIZE weapons: North Korea conducted its first nuclear weapons test, 2006-10-09",
         "REJECT: North Korea defied warnings from its neighbours and the United Nations, 2006-10-09",
         "ACCUSE disapprove: Washington, Beijing and others condemned North Korea, 2006-10-09"],
        2, 2, 0,
        "Dateline: e1 MOBILIZE weapons (found), e2 'defying' REJECT (found). The wave of condemnation (ACCUSE) is "
        "not coded here."),
    "hn-w1-01": (
        ["AGREE: Saakashvili (GEO) accepted the six-point peace plan, early Wednesday 2008-08-13",
         "CONSULT third-party: Sarkozy (FRA) brokered the peace plan, 2008-08-13",
         "RETREAT ceasefire: Moscow announced it was halting its operation in Georgia, 2008-08-12",
         "ASSAULT: Russian tanks remained dug in around Gori (occupying ground), 2008-08-13"],
        1, 1, 0,
        "Dateline: e1 AGREE (found; target Sarkozy). Russia halting its operation and Russian forces holding ground "
        "around Gori are not coded."),
    "hn-w4-02": (
        ["MOBILIZE: China launched its largest-ever military exercises around Taiwan, firing ballistic missiles "
         "into waters off the island, Thursday 2022-08-04",
         "ACCUSE: Taipei called the exercises an attempt to blockade Taiwan, 2022-08-04",
         "CONSULT visit: Nancy Pelosi (USA) visited Taiwan, ending Wednesday 2022-08-03",
         "THREATEN: Beijing had repeatedly warned against the visit, before 2022-08-03"],
        2, 2, 0,
        "Dateline: e1 'firing' MOBILIZE weapons (found, one act with the exercises), e2 'warned' THREATEN "
        "(found; source Foreign Ministry CHN for Beijing). Taipei's accusation and Pelosi's visit are not coded."),
    "hn-w4-14": (
        ["RETREAT resign: Evo Morales resigned, Sunday 2019-11-10",
         "PROTEST demo: three weeks of street protests (BOL) over a disputed election",
         "REQUEST: head of the armed forces publicly called on Morales to step down, 2019-11-10"],
        1, 2, 1,
        "Dateline: e1 RETREAT resign (found); e2 'step' RETREAT resign is the content of the army chief's call, "
        "coded as a second asserted resignation (duplicate of e1, spurious). The call itself (REQUEST) and the "
        "protests are not coded."),
    "hn-w1-02": (
        ["SANCTION: EU and United States imposed travel bans and asset freezes on Russian and Ukrainian officials, "
         "Monday 2014-03-17",
         "SUPPORT: voters in Crimea backed joining Russia in a referendum, Sunday 2014-03-16",
         "ACCUSE disapprove: Western governments dismissed the referendum as illegal and staged"],
        1, 2, 0,
        "Dateline: e1 'backed' SUPPORT (found), e2 'dismissed' REJECT (I code ACCUSE; type wrong, not spurious). "
        "The headline act, the EU/US sanctions, is missed."),
    "hn-w4-09": (
        ["ASSAULT explosives: bomb blasts in two Bali nightclubs killed more than 180 people, late Saturday "
         "2002-10-12"],
        1, 1, 0,
        "Dateline: e1 ASSAULT (found, date right)."),
    "hn-w2-15": (
        ["RETREAT resign: Abdelaziz Bouteflika resigned as Algeria's president, Tuesday 2019-04-02",
         "REQUEST: head of the army demanded Bouteflika be removed from office, 2019-04-02",
         "PROTEST demo: six weeks of mass demonstrations (DZA) against his rule"],
        2, 2, 0,
        "Dateline: e1 RETREAT resign (found), e2 'demanded' REQUEST (found; source 'interim head' is a poor name "
        "for the army chief). The demonstrations are not coded."),
}


def main() -> None:
    docs = [json.loads(line)["doc"] for line in open(HERE / "paragraphs-b.jsonl")]
    assert sorted(docs) == sorted(P)
    with open(HERE / "paragraphs-b-verdicts.jsonl", "w") as f:
        for doc in docs:
            coder, found, dl, spur, notes = P[doc]
            assert found <= len(coder) and spur <= dl
            f.write(json.dumps({"doc": doc, "coder_events": coder, "found": found, "dateline_events": dl,
                                "spurious": spur, "notes": SCOPE + notes}, ensure_ascii=False) + "\n")
    print("coder", sum(len(v[0]) for v in P.values()), "found", sum(v[1] for v in P.values()),
          "dateline", sum(v[2] for v in P.values()), "spurious", sum(v[3] for v in P.values()))


if __name__ == "__main__":
    main()
