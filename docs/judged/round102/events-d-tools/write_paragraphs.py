"""Write paragraphs-d-verdicts.jsonl (judge d's recall coding of the 6 first paragraphs)."""
import json
P = {
 'h28-x108-13': (["SANCTION: Vietnamese court (VNM) -> Nguyen Van Ly (VNM), sentenced to eight years for anti-state propaganda, 2007-03-30",
                  "ACCUSE: United States (USA) -> Vietnam (VNM), sharp criticism of the one-day trial, 2007-03-31",
                  "ACCUSE: European governments (EUR/none) -> Vietnam (VNM), sharp criticism of the one-day trial, 2007-03-31"],
                 0, 0, "Dateline coded the conviction from the second sentence ('convicted ... on Friday'), not from the lede. It coded neither criticism."),
 'h28-x107-11': (["ASSAULT: Ethiopian police and soldiers (ETH) -> at least 30 people (ETH), shot dead in Addis Ababa, 2005-11-02",
                  "COERCE: Ethiopian security forces (ETH) -> main opposition leaders (ETH), arrest that sparked the clashes, 2005-11-01 (date from the story; no date in the paragraph)"],
                 1, 0, "Found the shooting (ASSAULT), but 'soldiers' should be ETH, not uncoded. The arrest in the paragraph was missed; it was coded only from the later sentence (e3). The clashes are not listed apart from the shooting; their participants are not named."),
 'h28-x108-23': (["MOBILIZE: Fiji police/government (FJI) -> Fiji military (FJI), military called on to help police keep order, week before 2022-12-24 (no day)"],
                 0, 0, "Rabuka's election by parliament is not a PLOVER event. Dateline coded nothing in this paragraph."),
 'h28-x105-01': ([], 0, 0, "The referendum approval and the election lead are votes, not PLOVER events; nothing to code."),
 'h28-x105-02': ([], 0, 0, "An election result (Lucinschi defeats Snegur); not a PLOVER event."),
 'h28-x107-22': (["SANCTION: special court of Pakistan (PAK) -> Pervez Musharraf (PAK), sentenced to death in absentia for high treason, 2019-12-17"],
                 1, 0, "Found, with the right type, parties and date. 'has been convicted' restates the same act."),
}
paras = [json.loads(l) for l in open('paragraphs-d.jsonl')]
with open('paragraphs-d-verdicts.jsonl', 'w') as out:
    for p in paras:
        ev, found, spur, notes = P[p['doc']]
        out.write(json.dumps({'doc': p['doc'], 'coder_events': ev, 'found': found,
                              'dateline_events': len(p['events']), 'spurious': spur, 'notes': notes},
                             ensure_ascii=False) + '\n')
print('wrote', len(paras))
