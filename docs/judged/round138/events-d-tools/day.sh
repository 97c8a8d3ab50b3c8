#!/bin/bash
# print the story and the weekday of its document date: bash day.sh DOC
d=$1
python3 story.py $d
dt=$(grep -o "\"id\": \"$d\", \"date\": \"[0-9-]*" /work/wt/j138d/data/heldout_news46/stories.jsonl | grep -o '[0-9]\{4\}-[0-9-]*')
python3 -c "import datetime,sys; print('DOCDATE', sys.argv[1], datetime.date.fromisoformat(sys.argv[1]).strftime('%A'))" $dt
echo
