"""Write paragraphs-d-verdicts.jsonl from the judge's recall coding of the six lead paragraphs."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = {
 "h15-x54-18": (["COOPERATE: Saudi Arabia (SAU) -> 34 mostly Muslim countries (no code), formed a counter-terrorism coalition with a joint operations centre in Riyadh, 2015-12-15"],
                0, 0, 0, "Dateline coded nothing in the lead; the coalition's formation (military cooperation, CAMEO 062) is missed. 'Taking the lead against militant groups' is a characterisation, not an act."),
 "h15-x53-25": (["CONSULT: Donald Trump (USA) <-> Volodymyr Zelenskiy (UKR), White House meeting, 2025-02-28",
                 "ACCUSE: Donald Trump (USA) -> Volodymyr Zelenskiy (UKR), accused him of 'gambling with World War Three', 2025-02-28"],
                2, 2, 0, "Both found with the right type (the CONSULT's source 'White House' with Trump and Zelenskiy as targets is a poor argument split). Zelenskiy leaving without signing the minerals deal is a non-event (no signing), not counted."),
 "h15-x55-14": (["ASSAULT: Ethiopian troops (ETH) -> Sheikh Sharif's movement, the Islamic Courts Union (SOM), drove it from Mogadishu, about 2007 ('two years' earlier; no exact date)"],
                0, 0, 0, "Parliament electing a president is domestic procedure with no PLOVER type. The background Ethiopian offensive is missed."),
 "h15-x55-15": (["REJECT: main opposition alliance, Medrek (ETH) -> election outcome / ruling EPRDF (ETH), rejected the results, 2010-05-26",
                 "REQUEST: main opposition alliance (ETH) -> Ethiopian authorities / electoral board (ETH), demanded a fresh vote, 2010-05-26"],
                0, 0, 0, "Dateline coded nothing in the lead (its REQUEST 'call for a re-run' is from the third paragraph's quote). Winning seats is not an event."),
 "h15-x54-06": (["CONSULT: Arab leaders (Arab League summit, multilateral) meeting in Cairo, 2000-10-22",
                 "ACCUSE: Arab leaders -> Israel (ISR), held Israel fully responsible for three weeks of bloodshed, 2000-10-22",
                 "SANCTION: Arab leaders -> Israel (ISR), agreed to freeze building new ties, 2000-10-22",
                 "REJECT: Arab leaders -> their own publics (no code), rejected calls to break off existing relations, 2000-10-22"],
                0, 0, 0, "Dateline found nothing in a lead with four clear acts ('held ... responsible', 'agreed to freeze', 'rejected calls', the summit meeting)."),
 "h15-x53-16": (["REQUEST: Abdullah Ocalan (PKK, TUR) -> PKK fighters (TUR), called on them to lay down arms and withdraw from Turkish soil, 2013-03-21",
                 "ASSAULT: parties to the Kurdish conflict (TUR) -> some 40,000 people, a total killed over three decades, no date"],
                1, 1, 0, "The REQUEST is found (right type and arguments). The three-decade death toll is coded for consistency with the rule that totals have no date; dateline did not code it here."),
}
paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
assert len(paras) == 6
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as out:
    for p in paras:
        ev, found, nd, sp, notes = P[p["doc"]]
        assert nd == len(p["events"]), (p["doc"], nd, len(p["events"]))
        out.write(json.dumps({"doc": p["doc"], "coder_events": ev, "found": found, "dateline_events": nd,
                              "spurious": sp, "notes": notes}, ensure_ascii=False) + "\n")
print("wrote", HERE / "paragraphs-d-verdicts.jsonl")
