"""Judge p26, pairs30: write pairs-p26.jsonl from hand verdicts (CONVENTIONS.md).

Verdict per side: a string of six flags for event/type/source/target/date/modality
("1" right, "0" wrong), or "OMIT0"/"OMIT1" for a null side (omit_right false/true).
Run from the worktree root: python3 docs/judged/pairs30/pairs-p26-tools/judge.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEMS = HERE.parent / "items.jsonl"
OUT = HERE.parent / "pairs-p26.jsonl"
FIELDS = ["event", "type", "source", "target", "date", "modality"]

# n: (X verdict, Y verdict, better, reasons)
V = {
 1: ("101101", "111101", "Y",
     "Israel seizing the West Bank is an armed seizure of ground: ASSAULT (CONVENTIONS wave 30), not COERCE seize. "
     "Both share a wrong date: the text dates the seizure to the 1967 war, both give the document date. "
     "Target Palestine for 'the West Bank' accepted (dictionary reading of West Bank as PSE); I'd note the 1967 seizure was from Jordan."),
 2: ("101011", "111011", "Y",
     "A military raid by a defence force on an air force base is armed attack: ASSAULT; COERCE seize is for police raids/searches. "
     "Both share a wrong target list: the ANLF ('civilian auxiliary military authority') is named only as the party that did not control the area, not the party raided "
     "(Antigua and Barbuda as the base's side is plausible). Date 2023-01-15 from 'January 15' right."),
 3: ("110111", "100111", "X",
     "The act on 'seized' is the rebels' seizure of territory last year: ASSAULT (X right, Y's COERCE wrong). "
     "Both give the UN Security Council (the demander) as the seizer: source wrong on both; the UNSC's demand is a separate REQUEST event. "
     "Date 2022 from 'last year' right; empty target right."),
 4: ("101011", "111011", "Y",
     "'The Faroe Islands is currently occupied by Denmark': occupation is ASSAULT by the wave-30 rule. "
     "Both share a wrong target code: the text treats the Faroe Islands as a separate country (a Faroese PM, 'both countries') and occupied by Denmark, so DNK makes Denmark occupy itself; FRO is the code. "
     "I'd question whether a standing political 'occupation' of the Faroes is an armed act at all, but score by the rule."),
 5: ("101111", "111111", "Y",
     "The Syrian army capturing districts is armed seizure of ground: ASSAULT. "
     "Date null is right: 'since September ... has captured all four' is a span summed from an earlier time. Empty target right (districts, no party acted upon in the clause)."),
 6: ("OMIT0", "111011", "Y",
     "The sentence reports the SAA destroying a Syrian army post: a real ASSAULT (destroy); X's omission is wrong. "
     "Y's target is empty although the sentence names the Syrian army as owner of the post destroyed (should be Syrian army/SYR), so Y is not all right, but it has the event with the right type, source, date and modality."),
 7: ("101111", "111111", "Y",
     "'Azerbaijan forcibly seized the two territories': ASSAULT. Source coded by the text (Azerbaijan). "
     "Date '199' (decade) matches 'early 1990s' at the precision given; empty target right (territories, not parties)."),
 8: ("101111", "111111", "Y",
     "The Iraqi military taking an airport and industrial complex is armed forces taking ground: ASSAULT. Date 2014-07 right; no party named as the loser: empty target right."),
 9: ("100111", "110111", "Y",
     "'We intend to take over these 100 villages quickly and violently': a violent armed takeover of villages is ASSAULT (future), not a police confiscation/raid, so COERCE seize is wrong even though the speaker is police. "
     "Both share a wrong source: 'we' is the provincial police; the spokesman Manasseh Onoja is the speaker, not the party that would take the villages. "
     "I would myself consider THREATEN (territory) for this declared intent, but ASSAULT with future modality is acceptable under the conventions."),
 10: ("110101", "100101", "X",
      "'The army, backed by tanks, tried to seize control of Baba Amr' in clashes: ASSAULT (X right). "
      "Both share a wrong source (the Syrian Free Army is the speaker's opposition group; the seizer is the government army) and a wrong date "
      "(the previous two weeks of clashes are an earlier background act, given the document date). 'tried to' kept asserted (the attempt and clashes happened)."),
 11: ("111111", "101111", "X",
      "SAA rebels capturing the village of Hadda: armed seizure, ASSAULT; X is right in all fields, Y's COERCE seize is wrong."),
 12: ("100101", "110101", "Y",
      "An island occupied in a military buildup is an armed occupation: ASSAULT. "
      "Both share an empty source although the sentence names the U.S. government's military buildup as the occupier (USA), and a wrong date: "
      "this is a background historical occupation, not this news, so the document date is wrong."),
 13: ("110111", "110011", "X",
      "Both code the Israeli air strike as ASSAULT aerial, both with an empty source though the sentence says 'The Israeli air strike' (Israel). "
      "X's target Syria is right ('airstrikes on Syrian positions'); Y's empty target is wrong. Date 2023-06-11 (Sunday) consistent with 'last week'/'on Sunday' in the text before."),
 14: ("100111", "110111", "Y",
      "Seizing a district of Aleppo in fighting is armed seizure: ASSAULT. "
      "Both give the Syrian Observatory (the reporter) as the seizer: source wrong on both ('it' is the government or the rebels, never the Observatory). "
      "Date 2023-W24 for 'earlier this week' right; attribution keeps asserted."),
 15: ("111111", "101111", "X",
      "'Illegally occupied by Burmese forces': armed occupation, ASSAULT; X right in all fields. "
      "Ongoing occupation takes the document date. Modality: 'which they say is ... occupied' scored as attribution (asserted) by the rule; a coder could read it as a disputed claim (reported)."),
 16: ("101011", "111011", "Y",
      "'The US still occupies the island': ASSAULT by the wave-30 rule (COERCE wrong). "
      "Both share an empty target although 'the island' is a definite description of Grenada, a state (GRD), the party occupied. "
      "I'd question coding a standing occupation, restated as commentary, as an event, but score by the rule."),
 17: ("101111", "111111", "Y",
      "'We could take more territory from the Kiev authorities': taking territory by a militia is ASSAULT, hypothetical (Y right). "
      "Source Strelkov as the militia leader and country UKR as the text presents him accepted; target Kiev authorities right. "
      "I would consider THREATEN (territory) here, but ASSAULT hypothetical is acceptable under the conventions."),
 18: ("111101", "101101", "X",
      "'Morocco has occupied the territory for 27 years': armed occupation, ASSAULT (X right). "
      "Both share a wrong date: an act still going on when the story is told takes the document date (the 'fighting for years' rule), not null. "
      "Empty target accepted (Western Sahara is a territory, not a state party)."),
}


def side(v):
    if v.startswith("OMIT"):
        return {"omit_right": v == "OMIT1"}
    d = {f: c == "1" for f, c in zip(FIELDS, v)}
    d["all"] = all(d.values())
    return d


def main():
    items = [json.loads(l) for l in ITEMS.read_text().splitlines() if l.strip()]
    assert sorted(i["n"] for i in items) == sorted(V), "verdicts must cover every item"
    with OUT.open("w") as fh:
        for it in items:
            x, y, better, why = V[it["n"]]
            assert (it["X"] is None) == x.startswith("OMIT") and (it["Y"] is None) == y.startswith("OMIT")
            fh.write(json.dumps({"n": it["n"], "X": side(x), "Y": side(y),
                                 "better": better, "reasons": why}) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
