"""Writes pairs-p9.jsonl from hand judgments (judge p9, round 22). Fields: event,type,source,target,date,modality."""
import json
F = ["event", "type", "source", "target", "date", "modality"]
def V(s):  # s: 6-char string of T/F, or 'OT'/'OF' for null codings
    if s.startswith("O"): return {"omit_right": s[1] == "T"}
    d = {k: c == "T" for k, c in zip(F, s)}
    if not d["event"]: d = {k: False for k in F}  # spurious: wrong in every field
    d["all"] = all(d[k] for k in F); return d
J = [
 (1, "TTTFTF", "OF", "X", "Y omits a real ASSAULT (security forces' killing of the leader's brother); X's target empty though 'his brother' is named, and the killing sits inside the leader's claim (should be reported)"),
 (2, "TTTTTT", "OF", "X", "fragment 'Human Rights Watch urged' still reports a REQUEST act by HRW; no target named; Y omits it"),
 (3, "TTTFTT", "TTTTTT", "Y", "target: 'the media' is named in the sentence; X leaves it empty (CYP accepted: Cypriot campaign context)"),
 (4, "FFFFFF", "OT", "Y", "truncated 'warned that, if war is allowed to go on' states no coercive act by Ouyahia; a warning of consequences is not THREATEN"),
 (5, "OT", "FFFFFF", "X", "'promising to fight abuse ... by granting migrants welfare' is a policy promise, not THREATEN violence; Y spurious"),
 (6, "TTTFTT", "OF", "X", "Y omits the announced (future) army cooperation; X's target country CMR is wrong for 'joint security forces of the two countries'"),
 (7, "OT", "FFFFFF", "X", "UN agency 'warning of an impending danger' is no threat; Y's THREATEN is spurious"),
 (8, "TTTTTT", "OF", "X", "government's continued crackdown against protest is a COERCE act; Y omits it (target: no party, only 'protest')"),
 (9, "TTTFTT", "TTTTTT", "Y", "target: 'the international community' is the party urged; X empty"),
 (10, "OF", "TTTTFF", "Y", "Deby ordered forces: a REQUEST (order) asserted; Y codes it but as hypothetical and undated (document date expected); X omits it"),
 (11, "TTTTTT", "TTTTTT", "same", "identical but for date basis; both 2023-06-11 (Sunday) right"),
 (12, "TTTFTT", "TTTTTT", "Y", "target: Renzi ordered 'troops' (ITA); X empty"),
 (13, "TTFTTT", "TTFFTT", "X", "target: 'foreign armies' named, Y empty; both sources wrong (the country's officials are DRC, Kabila himself is not a source)"),
 (14, "TTFTTF", "TTFFTF", "X", "target: 'security forces' named, Y empty; both give source Barrera though 'he' is most likely the brother, and the act is inside Barrera's claim (reported)"),
 (15, "TTTTTT", "TTTFTT", "X", "target: 'dozens of diplomats' (country not given, empty code right); Y empty"),
 (16, "TFTTTT", "TFTFTT", "X", "target: 'the international community' named, Y empty; both types wrong (an admonition/appeal, not a coercive threat)"),
 (17, "TTTTTT", "OF", "X", "the military's withdrawal on Thursday (= 2023-06-15) is a RETREAT by the Sudan military (the government of the previous sentence); Y omits it"),
 (18, "TTTFFT", "TTTTFT", "Y", "target: 'the press' named, X empty; both dates wrong (speech on August 14, not the document date)"),
 (19, "OF", "TTTTTT", "Y", "government's recent crackdown on pro-democracy activists is a COERCE act (South Africa per next sentence), dated as ongoing at Cox's 2017-01-02 remark; X omits it"),
 (20, "OT", "FFFFFF", "X", "generic habitual statement ('its military aid provides vital assistance'); no specific act, and 'Africa' as aid giver is no party; Y spurious"),
 (21, "TTTTTT", "TFTTTT", "X", "source: 'Sudan's government' is named; Y empty"),
 (22, "TFTFTT", "TFTTTT", "Y", "target: 'opposition forces' named, X empty; both types wrong (a promise of concessions is CONCEDE, not AGREE)"),
 (23, "TTTTTT", "TTTFTT", "X", "target: 'the media' urged (local Turkish media); Y empty"),
 (24, "TTTTTT", "TTTFTT", "X", "target: 'international observers' accused; Y empty"),
 (25, "TTTTTT", "TTTFTT", "X", "target: protest against 'the local government's' crackdown; Y empty"),
 (26, "FFFFFF", "FFFFFF", "same", "rhetorical question whether the authorities investigated: no act reported; both spurious (and 'they' = authorities, not the court)"),
 (27, "TTTTFT", "TTFTFT", "X", "source: 'Israeli air force' named, Y empty; both dates wrong (a background attack that 'has raised tensions' given the document date)"),
 (28, "TTFTTT", "TTFFTT", "X", "target: 'other security forces' (the second 'working'), Y empty; both sources wrong (Oguni is the speaker, the riflemen work)"),
 (29, "TTTTTT", "TTTFTT", "X", "target: 'the country's traditionally liberal media' (IRN); Y empty"),
 (30, "FFFFFF", "OT", "Y", "'the government's offer ... to end a fighting season' is an offer, no implemented ceasefire; X's RETREAT is spurious"),
 (31, "TTTTTT", "OF", "X", "deputy injured in an attack two days before Wednesday (= 2023-06-12): an ASSAULT, attacker unnamed; Y omits it"),
 (32, "OF", "TTTTFT", "Y", "'the arrests have been made' is a COERCE act (no agent or arrestee named); Y codes it but dates it to the document date though the arrests were 'earlier in the month' (Jan 2017); X omits it"),
 (33, "OF", "TTTTTT", "Y", "Espinoza will tell communities to refrain from food trade: a future REQUEST; X omits it"),
 (34, "TTTFFT", "TTFFFT", "X", "source: 'a worker' named, Y empty; both targets lack ARG for Argentina's government workers, and both dates wrong (Thursday before the unions' Friday statement = 2023-06-08)"),
]
with open("pairs-p9.jsonl", "w") as f:
    for n, x, y, b, r in J:
        f.write(json.dumps({"n": n, "X": V(x), "Y": V(y), "better": b, "reasons": r}) + "\n")
from collections import Counter
print(Counter(b for _, _, _, b, _ in J))
print("X all", sum(V(x).get("all", False) for _, x, _, _, _ in J), "Y all", sum(V(y).get("all", False) for _, _, y, _, _ in J))
print("nulls", [(n, "X" if x.startswith("O") else "Y", (x if x.startswith("O") else y)) for n, x, y, _, _ in J if x.startswith("O") or y.startswith("O")])
