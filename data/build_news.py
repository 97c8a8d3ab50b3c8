"""Assemble a set of written news stories from their writers' text files into stories.jsonl.

Forty sets were made this way, each by four writers (helpers briefed as wire journalists that
never read dateline's code, rules or tests), 25 stories each, one region each: thirty-nine held-out sets for
blind judgings (data/heldout_news/, ids hn-w1-01 ...; data/heldout_news2/, ids h2-x1-01 ...;
data/heldout_news3/, ids h3-x5-01 ...; data/heldout_news4/, ids h4-x9-01 ...; data/heldout_news5/, ids h5-x13-01 ...; data/heldout_news6/, ids h6-x17-01 ...; data/heldout_news7/, ids h7-x21-01 ...; data/heldout_news8/, ids h8-x25-01 ...; data/heldout_news9/, ids h9-x29-01 ...; data/heldout_news10/, ids h10-x33-01 ...; data/heldout_news11/, ids h11-x37-01 ...; data/heldout_news12/, ids h12-x41-01 ...; data/heldout_news13/, ids h13-x45-01 ...; data/heldout_news14/, ids h14-x49-01 ...; data/heldout_news15/, ids h15-x53-01 ...; data/heldout_news16/, ids h16-x57-01 ...; data/heldout_news17/, ids h17-x61-01 ...; data/heldout_news18/, ids h18-x65-01 ...; data/heldout_news19/, ids h19-x69-01 ...; data/heldout_news20/, ids h20-x73-01 ...; data/heldout_news21/, ids h21-x77-01 ...; data/heldout_news22/, ids h22-x81-01 ...; data/heldout_news23/, ids h23-x85-01 ...; data/heldout_news24/, ids h24-x89-01 ...; data/heldout_news25/, ids h25-x93-01 ...; data/heldout_news26/, ids h26-x97-01 ...; data/heldout_news27/, ids h27-x101-01 ...; data/heldout_news28/, ids h28-x105-01 ...; data/heldout_news29/, ids h29-x109-01 ...; data/heldout_news30/, ids h30-x113-01 ...; data/heldout_news31/, ids h31-x117-01 ...; data/heldout_news32/, ids h32-x121-01 ...; data/heldout_news33/, ids h33-x125-01 ...; data/heldout_news34/, ids h34-x129-01 ...; data/heldout_news35/, ids h35-x133-01 ...; data/heldout_news36/, ids h36-x137-01 ...; data/heldout_news37/, ids h37-x141-01 ...; data/heldout_news38/, ids h38-x145-01 ...; data/heldout_news39/, ids h39-x149-01 ...) and the
development news rule writers read (data/dev_news/, ids dn-d1-01 ...); see each folder's README. The writers' text files lived
outside the repo; this script is kept to say how each stories.jsonl was made.

usage: python data/build_news.py SOURCE_DIR FOLDER PREFIX
  e.g. python data/build_news.py /work/wt/hn heldout_news hn  (SOURCE_DIR holds w1/01.txt ...)
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
    source, folder, prefix = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    out = Path(__file__).parent / folder / "stories.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for writer in sorted(p for p in source.iterdir() if p.is_dir()):
            for path in sorted(writer.glob("*.txt")):
                story = {"id": f"{prefix}-{writer.name}-{path.stem}", **parse(path)}
                f.write(json.dumps(story, ensure_ascii=False) + "\n")
    print(out, sum(1 for _ in out.open()))


if __name__ == "__main__":
    main()
