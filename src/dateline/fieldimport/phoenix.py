"""Parser of the Phoenix (TABARI-format) actor dictionaries.

An actor starts with a name line at the left margin. Its codes are in brackets on that line or
on the indented lines that follow (``[AFGGOV 20041207-20091119]``, ``[HTIGOV >060514]`` from,
``[X <061231]`` until, ``[AFG]`` undated, ``[---]`` no code); ``+`` lines are other names.
Consecutive name lines without codes name one actor whose codes follow (``IVO_JOSIPOVIC_``,
``PRESIDENT_JOSIPOVIC_``, then the codes); names left without any code at a blank line or at the
next coded name are reported and dropped. Dates are YYYYMMDD or YYMMDD, where, as in
KEDS/TABARI/PETRARCH, YY from 00 to 30 is 20YY and otherwise 19YY.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from dateline.fielddicts import ActorCode, ActorName, PhoenixActor
from dateline.fieldimport.report import Report, code_parts, dictionary_phrase, strip_comment

FileKey = Literal["countries", "international", "milnonstate"]
BRACKET = re.compile(r"\[([^\]]*)\]")
CODE = re.compile(
    r"^(?P<code>[A-Z0-9]+|---)"
    r"(?:\s+(?:(?P<start>\d+)-(?P<end>\d+)|>\s*(?P<from>\d+)|<\s*(?P<until>\d+)))?$"
)
#: A bare code that is a sector, not a country (``[ELI]`` after an official's last role).
BARE_SECTORS = frozenset({"ELI"})


@dataclass(slots=True)
class _Open:
    line: int
    names: list[ActorName] = field(default_factory=list)
    codes: list[ActorCode] = field(default_factory=list)


@dataclass(slots=True)
class _State:
    file: FileKey
    report: Report
    actors: list[PhoenixActor] = field(default_factory=list)
    current: _Open | None = None

    def close(self, reason: str) -> None:
        current, self.current = self.current, None
        if current is None or not current.names:
            return
        if not current.codes:
            text = " / ".join(n.text for n in current.names)
            self.report.error(current.line, f"names without any code ({reason}); dropped", text)
            return
        self.actors.append(
            PhoenixActor(
                id=f"{self.file}:{current.line}", names=tuple(current.names),
                codes=tuple(current.codes), file=self.file, line=current.line,
            )
        )


def parse_actors(text: str, file: FileKey, report: Report) -> list[PhoenixActor]:
    """Every actor of one dictionary file; problems go to ``report``."""
    state = _State(file, report)
    for number, line in enumerate(text.splitlines(), start=1):
        content = strip_comment(line)
        if not content.strip():
            if not line.strip() and state.current is not None and not state.current.codes:
                state.close("blank line")
            continue
        if line[0] in " \t":
            _code_line(state, number, line, content)
        elif line[0] == "+":
            _alias_line(state, number, line, content)
        else:
            _name_line(state, number, line, content)
    state.close("end of file")
    return state.actors


def _name_line(state: _State, number: int, line: str, content: str) -> None:
    name_text, _, _ = content.partition("[")
    codes = _codes(content, number, line, state.report)
    if codes or (state.current is not None and state.current.codes):
        state.close("next coded name")
    if "]" in content and content[content.rfind("]") + 1 :].strip():
        state.report.warn(number, "text after the codes ignored", line)
    name = _name(name_text, number, line, state.report)
    if name is None:
        return
    if state.current is None:
        state.current = _Open(number)
    state.current.names.append(name)
    state.current.codes.extend(codes)


def _alias_line(state: _State, number: int, line: str, content: str) -> None:
    if state.current is None:
        state.report.error(number, "'+' name line before any actor", line)
        return
    if "[" in content:
        state.report.error(number, "codes on a '+' name line", line)
        return
    pieces = content.split()
    texts = [content[1:]]
    if len(pieces) > 1 and all(p.startswith("+") for p in pieces):
        state.report.warn(number, "several '+' names on one line read as several names", line)
        texts = [p[1:] for p in pieces]
    for text in texts:
        name = _name(text, number, line, state.report)
        if name is not None:
            state.current.names.append(name)


def _code_line(state: _State, number: int, line: str, content: str) -> None:
    rest = BRACKET.sub("", content).strip()
    if rest:
        state.report.error(number, "indented line with text besides codes; skipped", line)
        return
    if state.current is None or not state.current.names:
        state.report.error(number, "codes before any name", line)
        return
    state.current.codes.extend(_codes(content, number, line, state.report))


def _name(text: str, number: int, line: str, report: Report) -> ActorName | None:
    text = text.strip()
    remark = re.search(r"\s+\(", text)
    if remark is not None:
        report.warn(number, "remark in parentheses removed from a name", line)
        text = text[: remark.start()]
    if not text:
        report.error(number, "empty name", line)
        return None
    if re.search(r"\s", text):
        report.warn(number, "blank inside a name read as a word break", line)
    if "+" in text:
        report.warn(number, "'+' inside a name kept as written", line)
    phrase, exact = dictionary_phrase(text)
    return ActorName(phrase, exact)


def _codes(content: str, number: int, line: str, report: Report) -> list[ActorCode]:
    codes = []
    for inner in BRACKET.findall(content):
        try:
            codes.append(parse_code(inner))
        except ValueError as exc:
            report.error(number, f"code [{inner}] dropped: {exc}", line)
    return codes


def parse_code(text: str) -> ActorCode:
    """``AFGGOV 20041207-20091119`` -> ActorCode; raises ValueError on a bad code or date."""
    match = CODE.match(text.strip())
    if match is None:
        raise ValueError("not CODE, CODE a-b, CODE >a or CODE <b")
    code = match["code"]
    start = parse_date(match["start"] or match["from"])
    end = parse_date(match["end"] or match["until"])
    if start is not None and end is not None and end < start:
        raise ValueError("ends before it starts")
    country, roles = split_code(code)
    return ActorCode(code, country, roles, start, end)


def split_code(code: str) -> tuple[str | None, tuple[str, ...]]:
    """Country part and role parts of a CAMEO actor code."""
    if code == "---":
        return None, ()
    if code in BARE_SECTORS:
        return None, (code,)
    return code[:3], code_parts(code[3:])


def parse_date(text: str | None) -> dt.date | None:
    """``20041207`` or ``041207`` (YY 00-30 -> 20YY, else 19YY) -> date."""
    if text is None:
        return None
    if len(text) == 8:
        year = int(text[:4])
    elif len(text) == 6:
        short = int(text[:2])
        year = 2000 + short if short <= 30 else 1900 + short
    else:
        raise ValueError(f"date {text!r} is neither YYMMDD nor YYYYMMDD")
    return dt.date(year, int(text[-4:-2]), int(text[-2:]))
