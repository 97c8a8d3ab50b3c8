"""Append the 15 story first-paragraph recall judgements to events-b.jsonl and print totals.

Usage: python recall.py RECALL.jsonl OUTDIR   (run after score.py, which rewrites the file)
Per paragraph: the events a coder would code, how many dateline found, how many of its are spurious.
"""
import json
import sys
from pathlib import Path

R = {
 "ngec-1969": (["COERCE/ASSAULT: North Korea fires rockets into the sea (protest of UN sanctions)"], 1, 0, ""),
 "ngec-2093": (["AGREE/RETREAT: Bangladesh and Montserrat agree to allow return of Indians",
                "COERCE: deportation of Indian nationals last year",
                "AID (future): both countries would compensate the nationals"], 1, 0,
               "missed the deportation and the pledged compensation"),
 "ngec-1251": (["ACCUSE (future): Indonesia to file criminal complaint against blogger",
                "SANCTION: court sentenced the blogger"], 2, 0, ""),
 "ngec-2893": (["AID (future): US to send lethal arms to Yemeni government troops",
                "ASSAULT: Yemeni troops attempt to crush Houthi rebels"], 1, 0,
               "missed the fighting; found AID is coded asserted although 'preparing to start'"),
 "ngec-4132": (["CONCEDE: coalition calls off the protests", "THREATEN: had threatened to disrupt protests",
                "AGREE: deal with officials in Washington"], 0, 1,
               "its only event is a PROTEST 'future' for protests that 'would no longer take place'"),
 "ngec-3131": (["MOBILIZE/REQUEST: Norwegian Army calls on conscripts to firm up defensive positions"], 1, 0, ""),
 "ngec-3551": (["CONSULT/AGREE: EU in Kosovo hoping to finalize a membership deal",
                "REJECT: Serbia insists on keeping both regions"], 2, 0,
               "found both; SUPPORT 'finalize' has Kosovo as source (actors not judged here)"),
 "ngec-3866": (["ASSAULT: New Zealand jet drops a bomb on a training camp"], 0, 0, "missed 'dropped a bomb'"),
 "ngec-2689": (["ASSAULT/COERCE: cyber attack on a US news website"], 0, 0, "missed the cyber attack"),
 "ngec-1545": (["ACCUSE: Malaysian Foreign Ministry calls the arrest blackmail / aggression",
                "COERCE: arrest of Hungarian diplomats by Malaysian authorities",
                "SANCTION (hypothetical): considering revoking recognition"], 2, 1,
               "the same arrest coded twice (two mentions); the ACCUSE missed"),
 "ngec-2728": (["CONSULT: Jonathan and Rasmussen have spoken"], 1, 0, ""),
 "ngec-3429": (["REQUEST: MONUC urged Kony to meet mediators"], 1, 0, ""),
 "ngec-0159": (["SANCTION: Tonga moves toward withdrawal from the UN"], 0, 0, "missed 'took another step toward withdrawal'"),
 "ngec-0620": (["ACCUSE: grand jury returns indictments against six defendants"], 0, 0, "missed the indictments"),
 "ngec-3891": (["COERCE: student seized by anti-government militants",
                "ASSAULT: boy shot down by government warplanes (claimed by rebels)"], 2, 0,
               "found both; source 'government militants' drops 'anti-'"),
}
items = [json.loads(line) for line in open(sys.argv[1])]
tot = found = pred = spur = 0
with open(Path(sys.argv[2]) / "events-b.jsonl", "a") as f:
    for it in items:
        coder, n_found, n_spur, note = R[it["id"]]
        preds = [{k: e[k] for k in ("type", "trigger", "source", "target", "modality", "rule")} for e in it["events"]]
        f.write(json.dumps({"kind": "recall", "id": it["id"], "label": it["label"], "paragraph": it["paragraph"],
                            "coder_events": coder, "predicted": preds, "found": n_found,
                            "spurious": n_spur, "note": note}) + "\n")
        tot += len(coder); found += n_found; pred += len(preds); spur += n_spur
print(f"recall {found}/{tot} ({100 * found / tot:.0f}%); dateline events {pred}, spurious {spur} ({100 * spur / pred:.0f}%)")
