"""Assemble the held-out news stories from their writers' text files into stories.jsonl.

The stories were written for dateline's blind event judgings by four writers (helpers that never
read the rules, the tests or the judged items), 25 each, one region each; see README.md. Their
text files lived outside the repo; this script is kept to say how stories.jsonl was made.

usage: python data/heldout_news/build.py SOURCE_DIR  (SOURCE_DIR holds w1/01.txt ... w4/25.txt)
Each text file: "date: YYYY-MM-DD", "title: ...", a blank line, then paragraphs separated by
blank lines.
"""
import json
import sys
from pathlib import Path


def parse(path: Path) -> dict:
    head, _, body = path.read_text(encoding="utf-8").strip().partition("\n\n")
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    paragraphs = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
    return {"date": fields["date"].strip(), "title": fields["title"].strip(),
            "text": "\n\n".join(paragraphs)}


def main() -> None:
    source = Path(sys.argv[1])
    out = Path(__file__).with_name("stories.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for writer in sorted(p for p in source.iterdir() if p.is_dir()):
            for path in sorted(writer.glob("*.txt")):
                story = {"id": f"hn-{writer.name}-{path.stem}", **parse(path)}
                f.write(json.dumps(story, ensure_ascii=False) + "\n")
    print(out, sum(1 for _ in out.open()))


if __name__ == "__main__":
    main()
