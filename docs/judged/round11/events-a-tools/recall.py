"""The judge's coding of 15 story first paragraphs (hand-written), appended to events-a.jsonl."""
import json
import sys

# doc: (events a coder would code, matched predicted event ids, spurious predicted ids with reasons)
R = {
    "ngec-3521": (["COERCE/censor: internet access restricted in ~40 Caribbean locations (blacklist)"], [], {}),
    "ngec-1952": (["SUPPORT: Somalia's president backs (defends his call for) the Maldives president's return", "REJECT: the Maldives president refused to back down"], ["e1", "e2"], {}),
    "ngec-2404": (["MOBILIZE: tens of thousands of soldiers deployed to the Golan Heights Friday night"], [], {}),
    "ngec-4037": (["REQUEST: antigay vigilante groups demanded a curfew in Aruba's cities"], [], {}),
    "ngec-0033": (["REQUEST: Denmark's foreign minister told Danes to be in 'panic mode'"], [], {}),
    "ngec-0844": ([], [], {}),
    "ngec-2817": (["SANCTION/boycott: a handful of nations decided to boycott the human rights summit", "CONSULT: emergency meeting yesterday"], [], {}),
    "ngec-0397": (["CONSULT: US embassy in London sent Malta a letter on the financing issue", "SUPPORT: Malta appreciated the progress made"], ["e1"], {}),
    "ngec-0376": (["SUPPORT: Cyprus parliament applauded the Faroe Islands' report on Thursday"], ["e1"], {}),
    "ngec-3639": (["CONCEDE: the Netherlands gave up its veto right over EU immigration policy on Saturday"], [], {}),
    "ngec-4422": (["ACCUSE: Macedonian authorities accuse Facebook and Google of misinformation"], ["e1"], {}),
    "ngec-4379": (["ASSAULT: a police shooting killed a 30-year-old mother", "SUPPORT: local civil rights groups hailed the council's reform"], ["e1", "e2"], {}),
    "ngec-4302": ([], [], {}),
    "ngec-0180": (["AGREE: Argentina and the UK committed to work together"], ["e1"], {}),
    "ngec-3349": (["COERCE/curfew: a curfew imposed in a Sunni city in southern Iraq", "ASSAULT: government forces cleared towns of militants on Friday"], ["e1"], {}),
}
tot = [0, 0, 0, 0]
with open(sys.argv[2], "a") as f:
    for line in open(sys.argv[1]):
        d = json.loads(line)
        coded, found, spurious = R[d["doc"]]
        pred = [e["event_id"] + " " + e["trigger"] + " " + e["type"] for e in d["events"]]
        assert len(found) + len(spurious) == len(pred), d["doc"]
        tot[0] += len(coded); tot[1] += len(found); tot[2] += len(pred); tot[3] += len(spurious)
        f.write(json.dumps({"kind": "paragraph-recall", "doc": d["doc"], "paragraph": d["paragraph"][:2000],
                            "coder_events": coded, "predicted": pred, "found": len(found),
                            "spurious": spurious}) + "\n")
print(f"coder events {tot[0]}, found {tot[1]} (recall {100*tot[1]/tot[0]:.0f}%); predicted {tot[2]}, spurious {tot[3]} ({100*tot[3]/max(tot[2],1):.0f}%)")
