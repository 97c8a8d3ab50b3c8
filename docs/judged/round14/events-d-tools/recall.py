"""Judge d's recall coding of the 12 sampled story first paragraphs (round 14)."""
import json
# doc: (coder's events [type: act], dateline events found with right type, dateline spurious, note)
R = {
 "ngec-3904": (["ASSAULT: military killing >=8 civilians (suspected -> reported)", "PROTEST riot: two days of rioting", "ASSAULT: night of attacks on police"], 0, 0, "no events extracted"),
 "ngec-0008": (["PROTEST: mass walkout / protest Monday"], 1, 0, ""),
 "ngec-0641": (["SUPPORT: report praised the handling of the crisis (AUC 'exemplary commitment' counted as the same praise)", "ACCUSE disapprove: reports state concern (no opposition, organized crime)", "ASSAULT: attacks on foreign nationals", "CONSULT (future): planned AU foreign ministers' meeting Tuesday"], 1, 0, "found the attacks only"),
 "ngec-2427": (["CONCEDE: Israel/Netanyahu agreed to halt settlement construction ('will no longer allow settlements' = same act)"], 0, 1, "e2 AGREE on 'agreed' is a real act with the wrong type (CONCEDE, promise of a concession; borderline); e1 COERCE deport on 'allow' is spurious"),
 "ngec-2672": ([], 0, 0, "'marred by violence' and an election victory: nothing a coder would code"),
 "ngec-0583": (["CONCEDE: president says government would offer concessions to opposition", "ACCUSE: new (verbal) attacks on the ruling coalition and its candidate"], 0, 0, "no events extracted"),
 "ngec-3838": (["PROTEST hunger: activists on hunger strike", "COERCE arrest: arrest of journalist Ali al-Sawani", "COERCE arrest: detention of two activists in East Jerusalem"], 1, 0, "arrest/detention nouns missed"),
 "ngec-2236": (["REJECT / COOPERATE negated: Monaco decided not to sign the uranium export licence"], 1, 0, "COOPERATE negated accepted (CONVENTIONS: refusal = REJECT asserted or the act negated)"),
 "ngec-3627": (["SANCTION convict: two men convicted", "ASSAULT massacre: the 2012 cinema massacre (background)"], 1, 0, "background massacre missed"),
 "ngec-2655": (["ASSAULT suicide-attack: suicide vest killed ~45 Saturday"], 1, 0, "date wrong (Saturday, doc date given) but type right"),
 "ngec-1757": (["COERCE misinformation / ACCUSE: intelligence agencies working to discredit Prachanda", "ACCUSE allege: opposition claimed government behind the rigging"], 0, 0, "no events extracted"),
 "ngec-1479": (["ASSAULT: 19-year-old beheaded / shot by jihadists (one killing)"], 1, 0, "target coded Serbia (country) for 'a Serbian man' - type right"),
}
if __name__ == "__main__":
    paras = [json.loads(l) for l in open("sample-paras.jsonl")]
    tc = tf = ts = td = 0
    print("| # | doc | coder events | found (right type) | dateline events | spurious | note |")
    print("|---|---|---|---|---|---|---|")
    for i, p in enumerate(paras, 1):
        ev, f, s, note = R[p["doc"]]
        tc += len(ev); tf += f; ts += s; td += len(p["events"])
        print(f"| P{i} | {p['doc']} | {len(ev)}: " + "; ".join(ev) + f" | {f} | {len(p['events'])} | {s} | {note} |")
    print(f"\nrecall {tf}/{tc} = {100*tf/tc:.0f}%; spurious {ts}/{td} dateline events in the paragraphs")
