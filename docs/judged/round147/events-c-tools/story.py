"""Print a story's text, paragraph by paragraph, with dateline's events under each sentence.
usage: story.py DOC [DOC ...]"""
import json, sys
want = set(sys.argv[1:])
recs = {}
for line in open('/tmp/r145/heldout_news50.judge.jsonl'):
    d = json.loads(line)
    if d['id'] in want:
        recs[d['id']] = d['record']
for doc in sys.argv[1:]:
    r = recs[doc]
    actors = {a['id']: a for a in r.get('actors', [])}
    def name(aid):
        a = actors.get(aid, {})
        return f"{a.get('name', aid)}[{a.get('country')}]"
    print(f"===== {doc}  docdate={r['document_date']}")
    text = r['text']
    evs = sorted(r['events'], key=lambda e: e['trigger']['start'])
    pos = 0
    for para in text.split('\n'):
        if not para.strip():
            pos += len(para) + 1; continue
        print(para)
        for e in evs:
            if pos <= e['trigger']['start'] < pos + len(para):
                print(f"   -> {e['id']} {e['trigger']['text']!r} {e['type']}/{e['mode']} "
                      f"src={[name(a) for a in e['source']]} tgt={[name(a) for a in e['target']]} "
                      f"date={e['date'].get('value')}({e['date'].get('basis')}) {e['modality']}")
        pos += len(para) + 1
    print()
