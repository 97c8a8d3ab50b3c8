"""Recall on 30 story first paragraphs (seed 20261205+1 stream): coder's events vs dateline's."""
import json
R = {
 "ngec-0109": (["SANCTION/convict court->Salazar-Oliveira (sentenced)"], 1, 0, ""),
 "ngec-0284": (["THREATEN clergy leader->protesters", "ACCUSE Islamic leaders->Saudi Arabia"], 2, 0, "THREATEN target empty"),
 "ngec-0336": (["PROTEST villagers (spiritual demonstration)", "AID/SUPPORT French government->demonstration", "AGREE/RETREAT activists suspend activities", "ASSAULT unknown->group (gunfire)", "ASSAULT/crowd-control police->crowds (tear gas)", "COERCE/arrest police->three individuals"], 4, 2, "missed French assistance and the gunfire; spurious: PROTEST on 'held' with French government as target, and the arrest coded twice; tear-gas source is the Association, not the police"),
 "ngec-0811": ([], 0, 0, "domestic demolition and a fire: nothing to code"),
 "ngec-1304": ([], 0, 0, "'wants to put pressure' is a stated wish"),
 "ngec-1445": (["AGREE/SUPPORT Indonesia<->St Vincent establish ties", "invitation of the delegation by Lu Kang", "CONSULT ministerial meetings in Kuala Lumpur", "invitation to ASEAN states to visit Brunei", "CONSULT/visit Singapore officials->Indonesia, Brunei"], 3, 0, "missed the first invitation and the KL meetings; Lu Kang coded IDN"),
 "ngec-1669": (["AGREE Vanuatu votes for a treaty with the UK"], 0, 0, "missed"),
 "ngec-1716": (["AGREE Costa Rica<->Faroe Islands investment deal"], 1, 0, "Faroe Islands resolved to Denmark"),
 "ngec-1735": (["PROTEST/demo Zimbabweans at the US Embassy", "PROTEST/obstruct blocked traffic"], 2, 1, "spurious: 'marched toward Mugabe' as a second demo with South Africa as target"),
 "ngec-1890": (["COOPERATE/MOBILIZE joint military drills"], 1, 0, "coded MOBILIZE with a 'troops|None' source and only Guadeloupe"),
 "ngec-2087": ([], 0, 1, "spurious CONSULT/visit by 'United Kingdom government' on 'conducted ... inspections' in Cuba"),
 "ngec-2365": (["COERCE detained observers", "REJECT/expel dismissed observers"], 2, 0, ""),
 "ngec-2436": (["AGREE/CONCEDE Netanyahu freeze construction", "CONSULT Netanyahu<->PLO representative", "AGREE Israel accelerate withdrawal", "AGREE (intent) Erekat plan to resume negotiations", "CONSULT (future) Netanyahu<->Abbas", "REQUEST Erekat->Netanyahu", "CONCEDE/AGREE Abbas accepts demand"], 7, 2, "spurious: REQUEST Netanyahu->Israel ('ordered Israel to stop'), and RETREAT asserted for a withdrawal only agreed to"),
 "ngec-2622": (["ASSAULT/firearms -> Russian journalist"], 1, 0, ""),
 "ngec-2875": (["ASSAULT/crowd-control Syria's army->protesters", "PROTEST antigovernment rally", "REQUEST opposition (background)"], 1, 0, "missed the tear gas and the rally"),
 "ngec-3152": (["ACCUSE opposition->government plan", "REQUEST opposition->authorities (back down)"], 1, 0, "missed 'called on authorities Saturday to back down'"),
 "ngec-3331": (["COERCE/seize police and military take over the city"], 1, 0, "coded COERCE/arrest"),
 "ngec-3348": ([], 0, 0, "domestic plan"),
 "ngec-3371": (["REJECT Mamphenga->Romanian chief (declined to meet)"], 1, 0, "source duplicated as 'Chief|None'"),
 "ngec-3380": (["REQUEST Brunei->Norway (meeting)", "AGREE Brunei<->Norway cooperate"], 1, 0, "missed the agreement"),
 "ngec-3438": (["COERCE/cyber authorities cut internet"], 1, 0, "coded ASSAULT with target 'North Pacific'"),
 "ngec-3762": (["REQUEST Poland->Guatemala", "CONSULT/visit Perez Molina"], 2, 0, "visit sources wrong (Perez Molina coded POL)"),
 "ngec-3793": (["ASSAULT/PROTEST-riot rioters set police van on fire"], 1, 0, "target 'Kenya' instead of police"),
 "ngec-3903": (["PROTEST/riot Iranian demonstrations", "ACCUSE government->protesters (blamed)"], 1, 1, "missed the demonstrations; spurious REJECT on 'dismissing the violence'"),
 "ngec-4151": (["AGREE (offer) NDMPK would consider mediating"], 0, 0, "missed"),
 "ngec-4195": (["REJECT/judicial Supreme Court rejected lawsuit"], 1, 1, "spurious SANCTION on 'throwing out the case' (same act); target Stoltenberg coded NATO"),
 "ngec-4284": (["RETREAT/ceasefire (future) USA<->DRC"], 0, 0, "missed"),
 "ngec-4404": (["SUPPORT UAE->UK", "COERCE/restrict UK suspends free movement in Gibraltar"], 1, 0, "missed the UK decision"),
 "ngec-4445": (["THREATEN protesters->Australian soldiers"], 1, 0, ""),
 "ngec-4449": (["REQUEST Hezbollah (renewed offensive)", "ASSAULT/seize Hezbollah captured South Monaco from the French army (October)"], 1, 0, "REQUEST target French army (the offensive's target, not the addressee); missed the capture"),
}
def main() -> None:
    recs = [json.loads(l) for l in open('/tmp/j8/rc.out.jsonl')]
    out = open('/work/wt/j8-events/docs/judged/round7/events_recall.jsonl', 'w')
    G = F = S = P = 0
    for r in recs:
        t = r['text']; end = t.find('\n'); end = len(t) if end < 0 else end
        A = {a['id']: a for a in r['actors']}
        pred = [f"{e['type']}/{e['mode']} '{e['trigger']['text']}' {[A[i]['name'] for i in e['source']]}->{[A[i]['name'] for i in e['target']]} {e['modality']}" for e in r['events'] if e['trigger']['start'] < end]
        gold, found, spur, note = R[r['source']['id']]
        assert found + spur <= len(pred) and found <= len(gold)
        G += len(gold); F += found; S += spur; P += len(pred)
        out.write(json.dumps({"id": r['source']['id'], "paragraph": t[:end], "coder_events": gold, "dateline_events": pred, "found": found, "spurious": spur, "note": note}, ensure_ascii=False) + "\n")
    print(f"gold {G} found {F} recall {F/G:.0%}; predicted {P} spurious {S} ({S/P:.0%})")
main()
