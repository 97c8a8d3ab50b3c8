"""Unblind judge c's verdicts on the mixed items: per source round, c's per-field counts beside the
original judge b's on the same items, and agreement per field."""
import json, sys
F = ['event', 'type', 'source', 'target', 'date', 'modality', 'all']
key = {int(k): tuple(v) for k, v in json.load(open(sys.argv[1])).items()}
c = {json.loads(l)['n']: json.loads(l)['verdict'] for l in open(sys.argv[2])}
orig = {}
for r in ('round21', 'round22'):
    for l in open(f'{sys.argv[3]}/{r}/events-b.jsonl'):
        d = json.loads(l); orig[(r, d['n'])] = d['verdict']
for r in ('round21', 'round22'):
    ns = [n for n, k in key.items() if k[0] == r]
    cc = [sum(bool(c[n][f]) for n in ns) for f in F]
    bb = [sum(bool(orig[key[n]][f]) for n in ns) for f in F]
    agree = [sum(bool(c[n][f]) == bool(orig[key[n]][f]) for n in ns) for f in F]
    print(r, len(ns))
    print('  judge c ', dict(zip(F, cc)))
    print('  judge b ', dict(zip(F, bb)))
    print('  agree   ', dict(zip(F, agree)))
