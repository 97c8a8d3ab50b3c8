"""Print the sentence of sampled item n with surrounding text: ctx.py N [chars]"""
import json, sys
n = int(sys.argv[1]); w = int(sys.argv[2]) if len(sys.argv) > 2 else 500
it = next(json.loads(l) for l in open('sample.jsonl') if json.loads(l)['n'] == n)
for l in open('/tmp/r11/new3.jsonl'):
    r = json.loads(l)
    if r['id'] == it['doc']:
        t = r['record']['text']; i = t.find(it['sentence'])
        print(f"== {n} {it['doc']} dct={it['document_date']}")
        print(t[max(0, i - w):i].replace('\n', ' / '), '>>>', it['sentence'], '<<<', t[i + len(it['sentence']):i + len(it['sentence']) + w // 2].replace('\n', ' / '))
        break
