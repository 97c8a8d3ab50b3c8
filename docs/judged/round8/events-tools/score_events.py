"""Write events.jsonl items for the events and print precision per field."""
import json, sys
sys.path.insert(0, 'docs/judged/round8/events-tools')
from ev_verdicts import V, F
s = json.load(open('/tmp/j10-events/sample.json'))
out = open('docs/judged/round8/events.jsonl', 'w')
tab = {}
for i, e in enumerate(s['events']):
    v = V[i]
    spur = isinstance(v, str)
    verd = {'event': not spur}
    for f in F:
        verd[f] = (not spur) and f not in v
    verd['all'] = all(verd.values())
    reasons = {'event': v} if spur else v
    out.write(json.dumps({'kind': 'event', 'idx': i, 'corpus': e['corpus'], 'doc': e['doc'], 'sentence': e['sentence'],
                          'predicted': {k: e[k] for k in ('type', 'mode', 'cameo', 'trigger', 'source', 'target', 'date_pred', 'modality', 'reported_by', 'rule')},
                          'verdict': verd, 'reasons': reasons}) + '\n')
    for c in (e['corpus'], 'all'):
        t = tab.setdefault(c, {'n': 0, 'real': 0, **{f: [0, 0] for f in ['event'] + F + ['all']}})
        t['n'] += 1; t['real'] += not spur
        for f, ok in verd.items():
            t[f][0] += ok; t[f][1] += ok
for c, t in tab.items():
    print(c, 'n=%d real=%d' % (t['n'], t['real']))
    for f in ['event'] + F + ['all']:
        ok = t[f][0]
        print('  %-9s %2d/%d %5.1f%%   real-only %2d/%d %5.1f%%' % (f, ok, t['n'], 100 * ok / t['n'], ok, t['real'], 100 * ok / t['real']))
