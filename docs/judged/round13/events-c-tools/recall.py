"""Judge's recall verdicts on the 15 story first paragraphs -> appended to ../events-c.jsonl."""
import json
# (coder's events, found with right type, dateline events, spurious, note)
R = [
 (["REQUEST MHL president->committee (investigate)"], 1, 1, 0, "found"),
 (["CONSULT Netanyahu<->Hamas chief"], 1, 1, 0, "found"),
 (["COERCE police->protesters (Jordan)", "COERCE arrest Abdullah->opposition man"], 0, 1, 0, "ordered the arrest coded REQUEST (an ordered arrest is coded as the arrest); police move missed"),
 (["ACCUSE investigate governor's office->UK"], 1, 1, 0, "found"),
 (["COERCE (martial law, future) Hu Jintao"], 0, 0, 0, "missed"),
 (["AGREE Eritrea->ANC (send trainers)"], 1, 1, 0, "found"),
 ([], 0, 1, 1, "Prince Charles's golf-course visit coded CONSULT: spurious"),
 (["SUPPORT Burundi->Lebanese government"], 1, 1, 0, "found"),
 (["COOPERATE North Korea<->Hezbollah (joint drill)"], 1, 1, 0, "found"),
 (["CONSULT (future) Maori party member->North Korea"], 0, 0, 0, "missed 'will travel to North Korea'"),
 ([], 0, 0, 0, "'under attack' claim with no attacker: nothing to code"),
 (["AID UK/USA/Norway/EU->WFP", "AGREE (aid pledge) US->Ebola victims", "AGREE (aid pledge) EU->West African countries"], 2, 2, 0, "US $700m pledge missed"),
 (["SANCTION US->Yemen", "ACCUSE US->Yemen"], 1, 1, 0, "sanctions missed"),
 (["ASSAULT suicide bombings (Iraq mosque)", "ACCUSE officials->radical group"], 1, 1, 0, "bombing missed"),
 (["COOPERATE Francis<->Human Rights Group (background)", "SANCTION withdraw Francis->group (leaves board)"], 1, 2, 0, "withdrawal coded RETREAT (material concession) instead of SANCTION withdraw"),
]
stories = [json.loads(l) for l in open("stories.jsonl")]
tc = tf = td = ts = 0
with open("../events-c.jsonl", "a") as f:
    for i, (s, (coder, found, dl, spur, note)) in enumerate(zip(stories, R), 1):
        f.write(json.dumps({"recall": i, "doc": s["doc"], "coder_events": coder, "coded": len(coder),
                            "found_right_type": found, "dateline_events": dl, "spurious": spur, "note": note}) + "\n")
        assert dl == len(s["events"]), (i, dl, len(s["events"]))
        tc += len(coder); tf += found; td += dl; ts += spur
print(f"coder events {tc}, found with right type {tf} ({100*tf/tc:.0f}%), dateline events {td}, spurious {ts} ({100*ts/td:.0f}%)")
