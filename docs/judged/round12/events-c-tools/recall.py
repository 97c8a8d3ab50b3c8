"""Recall on the 15 story first paragraphs (stories.jsonl); appends lines to ../events-c.jsonl (run after verdicts.py)."""
import json

# doc: (events a coder would code [type: act], dateline found with right type, dateline spurious, note)
R = {
    "ngec-3144": ([], 0, 0, "notifying UNHCR that monks went hungry is a statement (CAMEO 01), no PLOVER event; dateline none"),
    "ngec-3834": (["PROTEST: 200 Syrian prisoners on strike"], 1, 0, ""),
    "ngec-1127": (["THREATEN: SecDef warns USVI would be invaded by US forces if impasse"], 0, 0, "missed"),
    "ngec-4125": (["CONSULT: series of talks", "RETREAT: suspension of the opposition demonstrations"], 0, 0, "missed both"),
    "ngec-3112": (["AGREE: Rohingya group agreed to halt protests", "AGREE: ruling party promises citizenship"], 0, 0, "missed both"),
    "ngec-0671": (["CONSULT: leaders met in Seoul", "SUPPORT: signed an agreement to work together", "ASSAULT: fought a war in 1950 (background)",
                   "MOBILIZE: will hold war games (future)", "AGREE: ready to continue the talks"], 3, 0,
                  "found CONSULT (source 'leaders' PRK, target North Korea: both wrong), SUPPORT (dated 1950: wrong), AGREE; missed war (1950) and war games"),
    "ngec-2642": (["ASSAULT: rape and abuses by Syrian troops and militias (reported)", "ASSAULT: US-led air campaign in Syria (background)"], 0, 0, "missed both"),
    "ngec-3711": (["AID (future): Mali will help Niger protect sacred sites"], 1, 0, ""),
    "ngec-2536": (["PROTEST: tens of thousands rally in Berlin"], 1, 0, "target 'Germany' wrong"),
    "ngec-0164": (["SANCTION: Solomon Islands downgraded relations with Norfolk Island"], 1, 0, ""),
    "ngec-0758": (["ASSAULT: Guatemalan army bomb killed 14 AUC members", "ASSAULT: security forces' killing of the leader's brother (reported)"], 1, 0,
                  "found the bombing (AUC gang coded AFU/IGO: wrong country); missed the earlier killing"),
    "ngec-3712": (["AGREE: Kagame promised peacekeepers", "RETREAT: South African troops left", "ACCUSE: 'no loyalty whatsoever' to the AU"], 1, 0, "found AGREE only"),
    "ngec-4327": (["SANCTION: Luxembourg pulled the plug on defense cooperation with the US", "ASSAULT: US air strikes on IS fighters in Libya"], 1, 0,
                  "the ending of cooperation is coded COOPERATE (wrong type, counted as not found, not spurious); ASSAULT found (target IS fighters empty, background strikes given the document date)"),
    "ngec-3602": (["COERCE: Guam announced martial law", "COERCE: arrested dozens of political opponents", "ACCUSE: accuses them of inciting protests"], 2, 0,
                  "found arrest and ACCUSE (source 'Pacific island' with no country); missed martial law"),
    "ngec-2532": (["CONSULT: Togo leader visits Belize"], 0, 0, "missed the visit"),
}
stories = [json.loads(l) for l in open("stories.jsonl")]
tot = found = dl = sp = 0
with open("../events-c.jsonl", "a") as f:
    for s in stories:
        evs, fnd, spur, note = R[s["doc"]]
        tot += len(evs); found += fnd; dl += len(s["events"]); sp += spur
        f.write(json.dumps({"kind": "recall", "doc": s["doc"], "coder_events": evs, "n_coder": len(evs), "found_right_type": fnd,
                            "dateline_events": len(s["events"]), "spurious": spur, "note": note}) + "\n")
        print(f"| {s['doc']} | {len(evs)} | {fnd} | {len(s['events'])} | {spur} | {note} |")
print(f"recall {found}/{tot} = {100*found/tot:.0f}%; dateline events {dl}, spurious {sp}")
