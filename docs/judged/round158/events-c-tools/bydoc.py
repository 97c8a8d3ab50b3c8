"""Print each sampled doc's story (date, title, text) once, followed by its sampled items and their same-sentence dateline events."""
import json, subprocess, sys
items = [json.loads(l) for l in open('events-c-items.jsonl')]
stories = {}
for l in open('/work/wt/j158c/data/heldout_news57/stories.jsonl'):
    s = json.loads(l); stories[s['id']] = s
ctx = subprocess.run([sys.executable, 'events-c-tools/ctx.py', '1', '50'], capture_output=True, text=True).stdout
blocks = {}
cur = None
for line in ctx.splitlines():
    if line.startswith('#'):
        cur = int(line[1:].split()[0]); blocks[cur] = []
    blocks[cur].append(line)
order = []
for it in items:
    if it['doc'] not in order: order.append(it['doc'])
for d in order:
    s = stories[d]
    print('=' * 100); print(d, s['date'], s['title']); print(s['text'])
    print('-' * 40)
    for it in items:
        if it['doc'] == d:
            print('\n'.join(blocks[it['n']])); print('   SENT:', it['sentence'].strip())
