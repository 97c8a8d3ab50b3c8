"""Judge a's recall coding of the 12 sampled story first paragraphs (paras.jsonl). usage: python recall.py"""
import json
from pathlib import Path
HERE = Path(__file__).parent
# doc: (coder events, dateline events found with right type, spurious dateline events (ids), note)
R = {
 "ngec-1986": (["REQUEST Lebanon->Pakistan gov (stop sanctions)", "SANCTION Pakistan->Lebanon energy sector (ongoing)"], 2, [], "e2 SANCTION found; its modality hypothetical is wrong (sanctions are ongoing)"),
 "ngec-2197": (["AGREE Mexico (agreed in principle to allow a Nayarit ceasefire)"], 1, ["e2"], "e2 RETREAT/ceasefire asserted: the ceasefire is only allowed, not implemented; the act is the agreement already coded"),
 "ngec-2674": (["SUPPORT electoral commission approves constitutional reforms"], 1, [], ""),
 "ngec-0069": (["ACCUSE HRG statement of concern at Guyana", "COERCE Guyana detains HRG members", "CONSULT HRG meets government officials (Dec 2016)", "ACCUSE/investigate future investigation of the arrest"], 2, [], "statement and investigation missed"),
 "ngec-0620": (["ACCUSE/allege grand jury indicts six defendants"], 0, [], "indictment missed"),
 "ngec-2325": (["CONSULT summit in Harare (future, 2008-08-08)", "CONSULT South Africa-Gabon trade negotiation (ongoing)", "COOPERATE/SUPPORT Zambia-Zimbabwe partnership Aug 2001"], 1, [], ""),
 "ngec-1173": (["ASSAULT US invasion of Iraq (background)"], 1, [], "found, but given the document date"),
 "ngec-1188": (["COERCE riot police surround the mall (cordon)", "PROTEST against London spy agency", "COERCE arrest of five people"], 2, [], "cordon missed"),
 "ngec-0701": (["CONCEDE Montenegro eases restrictions on aid entry"], 1, [], ""),
 "ngec-3199": (["COERCE/deport asylum seeker returned to Greece", "REJECT Hungary denies asylum", "COERCE held under armed guard"], 0, [], "nothing coded"),
 "ngec-0541": (["SUPPORT/AGREE Bhutan PM assures students they may stay", "REQUEST Bhutan PM: students should not hold rallies"], 0, ["e1"], "e1 PROTEST negated from 'should not hold rallies' (no protest act; source 'Sisir' IND)"),
 "ngec-0944": (["PROTEST demonstrators near Nashville against federal judge"], 1, ["e1"], "e1 'gathered' and e2 'protest' are the same act: one duplicate"),
}
paras = [json.loads(l) for l in open(HERE / "paras.jsonl")]
tc = tf = td = ts = 0
print("| # | doc | coder events | found (right type) | dateline events | spurious | note |")
print("|---|---|---|---|---|---|---|")
for i, p in enumerate(paras, 1):
    ev, found, spur, note = R[p["doc"]]
    n = len(p["events"])
    tc += len(ev); tf += found; td += n; ts += len(spur)
    print(f"| P{i} | {p['doc']} | {len(ev)}: {'; '.join(ev)} | {found} | {n} | {len(spur)} {' '.join(spur)} | {note} |")
print(f"\nrecall {tf}/{tc} = {100*tf/tc:.0f}%; spurious {ts}/{td} = {100*ts/td:.0f}%")
