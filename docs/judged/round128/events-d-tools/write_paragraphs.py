"""Write paragraphs-d-verdicts.jsonl (judge d, round 128) and check it against paragraphs-d.jsonl.
usage (from docs/judged/round128): python events-d-tools/write_paragraphs.py"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
P = [
 {"doc": "h41-x157-22",
  "coder_events": [
   "REQUEST: Volodymyr Zelenskiy (UKR) -> parliament (UKR), asked it to dismiss the Constitutional Court's judges and annul the ruling, 2020-10-29 (late Thursday)",
   "SANCTION: Constitutional Court (UKR) -> anti-corruption rules / agency (UKR), ruling struck the rules down as unconstitutional, no date in the paragraph (published Tuesday 2020-10-27)",
   "ACCUSE: Volodymyr Zelenskiy (UKR) -> Constitutional Court (UKR), warned its decision threatened Western aid and visa-free travel, 2020-10-29"],
  "found": 1, "dateline_events": 1, "spurious": 0,
  "notes": "dateline's e1 REQUEST is right in every field (date 2020-10-29 from 'late on Thursday'). The court ruling in the relative clause and the warning criticising it are not coded."},
 {"doc": "h41-x157-05",
  "coder_events": [
   "CONSULT: leaders of some 40 countries and international organisations (multinational) gathered in Sarajevo, 1999-07-30",
   "SUPPORT: the same leaders (multinational) launched the Stability Pact for south-eastern Europe, 1999-07-30",
   "AGREE: the same leaders (multinational) -> the Balkan states (no single code), promised aid and a European future, conditional on Belgrade (SRB) changing course, 1999-07-30"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "No dateline event in the lead: the summit meeting, the launch of the pact and the conditional promise of aid (AGREE by the wave-76 rule) are all missed. The condition 'only if Belgrade changes course' implies a demand on Belgrade; not counted as a separate act."},
 {"doc": "h41-x157-17",
  "coder_events": [],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "An election result and its consequence (Vucic likely to become prime minister): no PLOVER act between political actors."},
 {"doc": "h41-x157-18",
  "coder_events": [
   "PROTEST (riot/obstruct): opposition deputies (XKX) -> Kosovo parliament / government (XKX), set off tear gas in the chamber, forcing lawmakers to flee, 2015-10-08 (Thursday) (ASSAULT/crowd-control would also be defensible)",
   "ACCUSE: the opposition (XKX) -> Kosovo government (XKX), says the agreements with Serbia and Montenegro betray Kosovo's sovereignty, 2015-10-09"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "No dateline event in the lead; the tear-gas attack on parliament, the story's main event, is missed."},
 {"doc": "h41-x157-09",
  "coder_events": [
   "CONSULT: George W. Bush (USA) <-> Vladimir Putin (RUS), talks in Bratislava, 2005-02-24",
   "ACCUSE: George W. Bush (USA) -> Russia (RUS), raised concerns about the state of democracy, 2005-02-24",
   "AGREE: George W. Bush (USA) <-> Vladimir Putin (RUS), agreed to step up cooperation on securing nuclear materials, 2005-02-24"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "No dateline event in the lead; the meeting, the criticism and the agreement are all missed (dateline's only event in the story, an AGREE on shoulder-fired missiles, is in a later paragraph)."},
 {"doc": "h41-x158-06",
  "coder_events": [
   "RETREAT (return): Tunisian authorities (TUN) -> Taoufik Ben Brik (TUN), returned his confiscated passport, before 2000-05-03 (no date given)",
   "PROTEST (hunger): Taoufik Ben Brik (TUN) -> Tunisian authorities (TUN), hunger strike of more than 40 days, ended on Wednesday 2000-05-03"],
  "found": 0, "dateline_events": 0, "spurious": 0,
  "notes": "No dateline event in the lead. The earlier confiscation of the passport (participle 'confiscated') and the strained Tunis-Paris relations are not counted as acts."},
]
paras = [json.loads(l) for l in open(HERE / "paragraphs-d.jsonl")]
assert [p["doc"] for p in paras] == [p["doc"] for p in P]
for p, src in zip(P, paras):
    assert p["dateline_events"] == len(src["events"])
with open(HERE / "paragraphs-d-verdicts.jsonl", "w") as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
tot = {k: sum(len(p[k]) if k == "coder_events" else p[k] for p in P) for k in ["coder_events", "found", "dateline_events", "spurious"]}
print(len(P), tot)
