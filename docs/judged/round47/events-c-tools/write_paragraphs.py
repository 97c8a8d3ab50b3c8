"""Judge c, round 47: write paragraphs-c-verdicts.jsonl from the hand coding below.

usage (from docs/judged/round47): python events-c-tools/write_paragraphs.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]

P = {
    "h3-x7-07": dict(
        coder_events=[
            "SANCTION: Rwanda advises its citizens not to travel to Uganda (cuts exchanges with Uganda), Tuesday 2019-03-05",
            "ACCUSE: Rwanda accuses the Ugandan authorities of arresting and torturing Rwandans and supporting armed groups, 2019-03-05",
            "COERCE (arrest, reported): Ugandan authorities arrest Rwandans, undated",
            "ASSAULT (torture, reported): Ugandan authorities torture Rwandans, undated",
            "AID (military, reported): Ugandan authorities support armed groups seeking to topple Kagame's government, undated",
        ],
        found=2, dateline_events=2, spurious=0,
        notes="Found the ACCUSE (right, explicit Tuesday) and the reported arrest (COERCE, reported). Missed the travel "
              "advisory (the lead act; I code it SANCTION, a coder might leave it uncoded), the reported torture "
              "and the reported support of armed groups."),
    "h3-x5-17": dict(
        coder_events=[
            "PROTEST: hundreds of thousands of Romanians demonstrate against the government, Wednesday night 2017-02-01",
            "REQUEST: the protesters demand that the government withdraw the decree, 2017-02-01",
        ],
        found=1, dateline_events=2, spurious=1,
        notes="e1 (took to the streets) is right. e2 ('protests') is the same demonstration coded again from the same "
              "sentence: a duplicate, spurious. The demand (REQUEST change) is missed; some coders fold it into the "
              "protest."),
    "h3-x5-21": dict(
        coder_events=[],
        found=0, dateline_events=0, spurious=0,
        notes="A plane crash killing the Polish president is an accident, no act between political actors; national "
              "mourning is not coded. Dateline rightly codes nothing."),
    "h3-x5-20": dict(
        coder_events=[
            "SANCTION (expel): Russia orders 20 Czech diplomats to leave, Sunday 2021-04-18",
            "SANCTION (expel): the Czech Republic (Prague) expels 18 Russian embassy staff, Saturday 2021-04-17",
            "ACCUSE: Prague accuses Russian military agents of involvement in the 2014 depot explosions, 2021-04-17",
            "ASSAULT (explosives, reported): Russian military agents cause the ammunition-depot explosions, 2014",
        ],
        found=3, dateline_events=3, spurious=0,
        notes="All three dateline events have the right type. Argument errors: e2 has no date (the text gives 'a day "
              "after' Sunday: 2021-04-17); e3's source is 'Russia' (it is Prague accusing) and its date 2014 is the "
              "explosions' year, not the accusation's. The reported 2014 explosions are missed."),
    "h3-x7-17": dict(
        coder_events=[
            "ASSAULT: Kiir's forces put down an attempted coup by soldiers loyal to Machar, night of 2013-12-15/16 (reported by Kiir)",
            "ASSAULT (reported): soldiers loyal to Riek Machar attempt a coup against Kiir's government, 2013-12-15",
            "ACCUSE: Kiir blames soldiers loyal to his former deputy Machar for a coup attempt, Monday 2013-12-16",
        ],
        found=0, dateline_events=0, spurious=0,
        notes="Dateline codes nothing in the lead: the suppression of the coup, the coup attempt itself and Kiir's "
              "implicit accusation (the headline's 'blames ... Machar') are all missed."),
    "h3-x8-04": dict(
        coder_events=[
            "ASSAULT (primitive/edged weapon): a man stabs opposition leader Lee Jae-myung in the neck, Tuesday 2024-01-02",
        ],
        found=0, dateline_events=0, spurious=0,
        notes="The stabbing of the opposition leader (an assassination attempt) is missed; passive 'was stabbed ... by a "
              "man' left uncoded."),
}


def main() -> None:
    docs = [json.loads(l)["doc"] for l in open(HERE / "paragraphs-c.jsonl")]
    assert set(docs) == set(P)
    with open(HERE / "paragraphs-c-verdicts.jsonl", "w") as f:
        for d in docs:
            f.write(json.dumps({"doc": d, **P[d]}) + "\n")


if __name__ == "__main__":
    main()
