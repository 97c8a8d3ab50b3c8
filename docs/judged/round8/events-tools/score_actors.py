"""Append actor judgements to events.jsonl and print precision per field."""
import json, sys
sys.path.insert(0, 'docs/judged/round8/events-tools')
from ac_verdicts import V, F
s = json.load(open('/tmp/j10-events/sample.json'))
out = open('docs/judged/round8/events.jsonl', 'a')
tab = {}
for i, a in enumerate(s['actors']):
    v = V[i]; spur = isinstance(v, str)
    verd = {'actor': not spur, **{f: (not spur) and f not in v for f in F}}
    verd['all'] = all(verd.values())
    out.write(json.dumps({'kind': 'actor', 'idx': i, 'corpus': a['corpus'], 'doc': a['doc'], 'sentence': a['context'],
                          'predicted': {k: a[k] for k in ('name', 'country', 'sector', 'kind', 'role', 'mentions', 'rule')},
                          'verdict': verd, 'reasons': {'actor': v} if spur else v}) + '\n')
    for c in (a['corpus'], 'all'):
        t = tab.setdefault(c, {'n': 0, 'real': 0, **{f: 0 for f in verd}})
        t['n'] += 1; t['real'] += not spur
        for f, ok in verd.items(): t[f] += ok
for c, t in tab.items():
    print(c, 'n=%d real=%d' % (t['n'], t['real']))
    for f in ['actor'] + F + ['all']:
        print('  %-9s %2d/%d %5.1f%%   real-only %2d/%d %5.1f%%' % (f, t[f], t['n'], 100 * t[f] / t['n'], t[f], t['real'], 100 * t[f] / t['real']))
