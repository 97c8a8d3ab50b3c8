"""Write paragraphs-c-verdicts.jsonl (recall on first paragraphs), hand-coded by judge c."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = {
 "h36-x137-16": (["SANCTION: Moldova's parliament (MDA) -> Prime Minister Vlad Filat's government (MDA), ousted in a no-confidence vote, 2013-03-05 (Tuesday)"], 0,
   "dateline has no event in this paragraph; the no-confidence ouster (type arguable: SANCTION, removal from office) is missed."),
 "h36-x137-01": (["ASSAULT: Belarussian military helicopter (BLR) -> American balloon pilots (USA), shot down the balloon killing its two pilots, 1995-09-12 (Tuesday, per the second paragraph)"], 0,
   "the headline act, the shoot-down, is missed; dateline's events in this story are all later in the text."),
 "h36-x138-22": (["CONSULT: Turkish officials (TUR) <-> Egyptian officials (EGY), two days of talks in Cairo ending 2021-05-06 (Thursday)"], 0,
   "the talks are missed. The background 'Egyptian army's overthrow of Mursi in 2013' is a nominal mention of a coup with no clear PLOVER type, not counted."),
 "h36-x140-21": (["CONCEDE: Donald Trump (USA) -> China / Xi Jinping (CHN), agreed to hold off raising tariffs on $200bn of Chinese goods, 2018-12-01 (Saturday)",
                  "CONSULT: Donald Trump (USA) <-> Xi Jinping (CHN), dinner meeting at the G20 in Buenos Aires, 2018-12-01"], 0,
   "both missed; dateline's AGREE e1 is China's purchase pledge in the second paragraph, not this act."),
 "h36-x139-24": (["REJECT: Benin (BEN) -> Niger (NER), refused to allow Niger's crude to be loaded at its terminal, 2024-05-12 (document date, reported this week)",
                  "COERCE: Niger's military rulers (NER) -> Benin (BEN), have kept their side of the border closed since last year's coup, ongoing, 2024-05-12"], 1,
   "dateline's one event (e1 REJECT Benin -> Niger, reported by Talon) is right; the ongoing border closure by Niger's junta is missed."),
 "h36-x139-25": (["COERCE: (Constitutional Council, named later; unnamed here) -> Ouattara's two most prominent challengers (CIV), barred from the contest, 2025-09 (given later in the story)"], 0,
   "winning an election is not a PLOVER event; the barring of the challengers (COERCE ban) is missed."),
}
order = [json.loads(l)["doc"] for l in open(os.path.join(ROOT, "paragraphs-c.jsonl"))]
paras = {json.loads(l)["doc"]: json.loads(l) for l in open(os.path.join(ROOT, "paragraphs-c.jsonl"))}
spur = {"h36-x139-24": 0}
with open(os.path.join(ROOT, "paragraphs-c-verdicts.jsonl"), "w") as out:
    tot = [0, 0, 0, 0]
    for d in order:
        ev, found, notes = P[d]
        n_dl = len(paras[d]["events"])
        s = spur.get(d, 0)
        out.write(json.dumps({"doc": d, "coder_events": ev, "found": found, "dateline_events": n_dl,
                              "spurious": s, "notes": notes}, ensure_ascii=False) + "\n")
        tot = [tot[0] + len(ev), tot[1] + found, tot[2] + n_dl, tot[3] + s]
print("coded acts, found, dateline events, spurious:", tot)
