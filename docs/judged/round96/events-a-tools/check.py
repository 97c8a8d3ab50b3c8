"""Checks before finishing: 50 verdict lines matching items (n, doc, trigger, in order); all == and of six;
spurious false everywhere; 6 paragraph lines."""
import json
from pathlib import Path
here = Path(__file__).resolve().parent.parent
items = [json.loads(l) for l in open(here / 'events-a-items.jsonl')]
rows = [json.loads(l) for l in open(here / 'events-a.jsonl')]
assert len(rows) == 50
six = ["event", "type", "source", "target", "date", "modality"]
for it, r in zip(items, rows):
    assert (it['n'], it['doc'], it['trigger']) == (r['n'], r['doc'], r['trigger'])
    assert {k: v for k, v in r.items() if k not in ('verdict', 'reasons')} == it
    v = r['verdict']
    assert v['all'] == all(v[k] for k in six)
    if not v['event']:
        assert not any(v[k] for k in six + ['all'])
    assert r['reasons']
paras = [json.loads(l) for l in open(here / 'paragraphs-a-verdicts.jsonl')]
assert len(paras) == 6
print("ok")
