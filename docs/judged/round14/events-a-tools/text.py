"""Print the full text of a record: text.py ID"""
import json, sys
for line in open("/tmp/r14/new.jsonl"):
    r = json.loads(line)
    if r["id"] == sys.argv[1]:
        print(r["record"]["text"][:int(sys.argv[2]) if len(sys.argv) > 2 else None])
