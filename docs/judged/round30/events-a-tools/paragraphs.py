"""Round 30, judge a: verdicts on the 12 first paragraphs; writes ../paragraphs-a-verdicts.jsonl."""
import json
P = {
 "ngec-1366": ([{"type":"THREATEN","source":"tribal chiefs","target":"UN","text":"give warning to UN to end attacks"}], 0, 0,
   "A quoted headline-style line, but it holds an act: the chiefs' warning/demand to the UN (THREATEN, or REQUEST). The UN's attacks are the object of the demand, not coded separately. Nothing found."),
 "ngec-3004": ([{"type":"AGREE","source":"Tehran (city government)","target":"striking workers","text":"reached a preliminary deal on Wednesday"}], 1, 0,
   "Found as AGREE (Iran as source; the party is Tehran's city government, arguments not scored here)."),
 "ngec-1150": ([{"type":"AGREE","source":"Philippine armed forces","target":"New People's Army","text":"have come into a temporary de-militarization deal"}], 0, 0,
   "A deal between the army and the NPA (AGREE; SUPPORT 'finalize an agreement' also defensible). Missed."),
 "ngec-0396": ([], 0, 0,
   "Foreign ministries 'confirmed an improvement' in Syria: a comment (CAMEO 01), no PLOVER act; the Geneva meeting is a background future mention with no party."),
 "ngec-1977": ([{"type":"COERCE","source":"(unknown attackers)","target":"power plant in Guerrero (MEX)","text":"was apparently disabled by a cyber attack"}], 0, 0,
   "Cyber attack (COERCE cyber). The governor's 'could explode' is no act. Missed."),
 "ngec-4095": ([{"type":"ASSAULT","source":"(unnamed)","target":"police officers (PRK)","text":"a police shootout ... left three police officers dead"},
                {"type":"ASSAULT","source":"(unnamed)","target":"military-run youth camp (PRK)","text":"an attack at a military-run youth camp"},
                {"type":"ASSAULT","source":"(unnamed)","target":"bus passengers","text":"an attack on a bus"}], 0, 0,
   "Three distinct attacks named in one sentence (the 75 deaths are their total). None found."),
 "ngec-1653": ([{"type":"AGREE","source":"all parties","target":"","text":"all parties would be willing to start talks (Clinton said Monday)"}], 0, 0,
   "Willingness to negotiate, reported by Clinton (AGREE, hypothetical). Missed."),
 "ngec-0997": ([{"type":"SUPPORT","source":"USA","target":"Luxembourg","text":"helped the two countries form official diplomatic relations"}], 0, 0,
   "Background establishment of diplomatic relations (SUPPORT). The naming of an ambassador is no PLOVER act. Missed."),
 "ngec-0402": ([{"type":"SUPPORT","source":"U.S. State Department","target":"Kyrgyzstan","text":"congratulated Kyrgyzstan"}], 1, 0,
   "Found (SUPPORT USA -> KGZ). Passage of a domestic law is no PLOVER act."),
 "ngec-2227": ([{"type":"COOPERATE","source":"North Korea","target":"Hezbollah","text":"held a combined military drill Saturday"}], 1, 0,
   "Found (COOPERATE, joint military exercise, mutual)."),
 "ngec-4424": ([{"type":"COERCE","source":"Facebook","target":"Kosovo (election)","text":"it is helping to spread misinformation aimed at the upcoming presidential election"}], 0, 0,
   "Misinformation operation (COERCE misinformation), acknowledged Monday. Missed."),
 "ngec-0166": ([{"type":"SANCTION","source":"his (US) government","target":"US ambassador to Afghanistan","text":"is downgraded by his government"},
                {"type":"ACCUSE","source":"an American politician","target":"NATO","text":"who criticized NATO operations in Afghanistan"}], 0, 0,
   "Downgrade of the ambassador (SANCTION) and the politician's criticism of NATO (ACCUSE). The ambassador's unspecified 'remarks' are not coded. Both missed."),
}
from pathlib import Path
import os
os.chdir(Path(__file__).resolve().parent.parent)
src = [json.loads(l) for l in open("paragraphs-a.jsonl")]
with open("paragraphs-a-verdicts.jsonl", "w") as f:
    tc = tf = td = ts = 0
    for d in src:
        ce, found, spur, notes = P[d["doc"]]
        n = len(d["events"])
        f.write(json.dumps({"doc": d["doc"], "coder_events": ce, "found": found, "dateline_events": n,
                            "spurious": spur, "notes": notes}, ensure_ascii=False) + "\n")
        tc += len(ce); tf += found; td += n; ts += spur
print(f"coder events {tc}, found {tf} ({100*tf/tc:.1f}%), dateline events {td}, spurious {ts} ({100*ts/td:.1f}%)")
