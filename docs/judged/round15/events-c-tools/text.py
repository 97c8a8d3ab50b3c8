import json, sys
for line in open("/tmp/r15/new.jsonl"):
    r = json.loads(line)
    if r["id"] in sys.argv[1:]:
        print("=====", r["id"], r["record"]["document_date"]); print(r["record"]["text"][:int(1800)])
