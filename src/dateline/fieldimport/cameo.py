"""Parser of the CAMEO verb-pattern dictionary (PETRARCH's ``CAMEO.2.0.txt``).

Layout: a ``SYNONYM SETS`` section (``&NAME`` then ``+WORD`` lines), a ``VERB PATTERNS`` section
of verb blocks (``--- NAME [code] ---``, verb lines ``+TWO_WORD {IRREGULAR FORMS} [code]``,
pattern lines ``- words * words [code] # ORIGIN , VERBS``) and a ``TRANSFORMATIONS`` section
(not imported; counted). Pattern syntax, as PETRARCH reads it: ``*`` the verb, ``$`` source,
``+`` target, ``%`` compound actor, ``^`` a skipped noun phrase, ``&SET`` a synonym set,
``{...}`` a noun phrase, ``(...)`` an optional prepositional phrase, ``A/B`` alternative words,
a trailing ``_`` an exact word (otherwise a stem: ``COOPERAT``). Codes: ``[022]``,
``[042:043]`` (source->target 042 and target->source 043), ``[:173]`` (reverse only), ``[---]``
(no event). Comments start with ``#`` (a few old lines use ``;``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dateline.fielddicts import (
    CameoPattern,
    PatternToken,
    Plover,
    SynonymSet,
    TokenKind,
    Verb,
    VerbBlock,
    Word,
)
from dateline.fieldimport.inflect import form_index, origin_lemmas
from dateline.fieldimport.report import Report, dictionary_phrase, strip_comment

SECTIONS = {"SYNONYM SETS": "sets", "VERB PATTERNS": "verbs", "TRANSFORMATIONS": "transforms"}
BLOCK = re.compile(r"^---\s+(?P<name>\S+)\s+\[(?P<code>[^\]]*)\]\s*(?P<tail>.*)$")
VERB = re.compile(
    r"^(?P<lemma>\+?[A-Z][A-Z0-9_'\-]*)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?$"
)
PATTERN = re.compile(r"^-\s*(?P<body>.*?)\s*\[(?P<code>[^\]]*)\]\s*(?:#(?P<comment>.*))?$")
CODE = re.compile(r"^(?:(?P<forward>\d{2,4})|---)?(?::(?P<reverse>\d{2,4}))?$")
ATOM = re.compile(r"[(){}]|[^\s(){}]+")
WORD = re.compile(r"^[A-Z0-9][A-Z0-9.'\-/_]*$")
SET_REF = re.compile(r"^&(?P<name>[A-Z0-9_]+)$")
SYMBOLS: dict[str, TokenKind] = {"$": "source", "+": "target", "^": "skip", "%": "compound"}


class PatternError(ValueError):
    """A pattern body that cannot be read."""


class PloverMap:
    """CAMEO code -> PLOVER type and mode, from ``cameo2plover.json``.

    An exact code wins; otherwise the two-digit root's default type (mode ``None``); CAMEO 01
    and 02 (statements, appeals) have no PLOVER type and give ``None``.
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.codes: Mapping[str, Any] = data["codes"]
        self.roots: Mapping[str, Any] = data["root_defaults"]

    def lookup(self, code: str | None) -> Plover | None:
        if code is None:
            return None
        exact = self.codes.get(code)
        if exact is not None and exact.get("event"):
            return Plover(exact["event"], exact.get("mode"), "code")
        root = self.roots.get(code[:2])
        if root is not None and root.get("event"):
            return Plover(root["event"], None, "root")
        return None


@dataclass(slots=True)
class CameoDictionary:
    synonym_sets: list[SynonymSet] = field(default_factory=list)
    blocks: list[VerbBlock] = field(default_factory=list)
    patterns: list[CameoPattern] = field(default_factory=list)
    transformations: int = 0


@dataclass(slots=True)
class _OpenBlock:
    name: str
    cameo: str | None
    cameo_reverse: str | None
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[tuple[int, str, re.Match[str]]] = field(default_factory=list)


def parse_cameo(text: str, plover: PloverMap, report: Report) -> CameoDictionary:
    """Read the whole dictionary; problems go to ``report``."""
    result = CameoDictionary()
    section: str | None = None
    open_sets: list[tuple[int, str, list[Word]]] = []
    blocks: list[_OpenBlock] = []
    for number, line in enumerate(text.splitlines(), start=1):
        header = _section_header(line)
        if header is not None:
            section = header
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if section == "sets":
            _set_line(number, line, open_sets, report)
        elif section == "verbs":
            _verb_section_line(number, line, blocks, report)
        elif section == "transforms":
            result.transformations += 1
        else:
            report.error(number, "line outside any section", line)
    result.synonym_sets = [SynonymSet(name, tuple(words), n) for n, name, words in open_sets]
    known = {s.name for s in result.synonym_sets}
    every_verb = form_index(v for block in blocks for v in block.verbs)
    for block in blocks:
        result.blocks.append(_close_block(block, plover, report))
        result.patterns.extend(_block_patterns(block, plover, known, every_verb, report))
    return result


def _section_header(line: str) -> str | None:
    if not line.startswith("###"):
        return None
    title = line.strip("# \t")
    return SECTIONS.get(title)


def _set_line(
    number: int, line: str, open_sets: list[tuple[int, str, list[Word]]], report: Report
) -> None:
    content = strip_comment(line).strip()
    if content.startswith("&") and re.fullmatch(r"&[A-Z0-9_]+", content):
        open_sets.append((number, content[1:], []))
    elif content.startswith("+") and open_sets and " " not in content:
        phrase, exact = dictionary_phrase(content[1:])
        open_sets[-1][2].append(Word((phrase,), exact))
    else:
        report.error(number, "not a synonym set line (&NAME or +WORD)", line)


def _verb_section_line(number: int, line: str, blocks: list[_OpenBlock], report: Report) -> None:
    if line.startswith("---"):
        _start_block(number, line, blocks, report)
        return
    if not blocks:
        report.error(number, "line before the first verb block", line)
        return
    if line.startswith("-"):
        match = PATTERN.match(line)
        if match is None:
            report.error(number, "pattern line without a [code]", line)
        else:
            blocks[-1].patterns.append((number, line, match))
        return
    _verb_line(number, line, blocks[-1], report)


def _start_block(number: int, line: str, blocks: list[_OpenBlock], report: Report) -> None:
    match = BLOCK.match(line.rstrip())
    if match is None:
        report.error(number, "unreadable verb block header", line)
        return
    if match["tail"].strip() != "---":
        report.warn(number, "verb block header with extra dashes", line)
    code = parse_code(match["code"])
    if code is None:
        report.error(number, f"verb block code [{match['code']}] unreadable; block skipped", line)
        return
    name = match["name"].replace("_", " ").lower()
    blocks.append(_OpenBlock(name, code[0], code[1], number))


def parse_code(text: str) -> tuple[str | None, str | None] | None:
    """``022`` -> (022, None); ``042:043``; ``:173`` -> (None, 173); ``---`` -> (None, None).

    ``None`` when the text is none of these.
    """
    match = CODE.match(text.strip())
    if match is None or not text.strip():
        return None
    return match["forward"], match["reverse"]


def _verb_line(number: int, line: str, block: _OpenBlock, report: Report) -> None:
    content = strip_comment(line)
    if ";" in content:
        report.warn(number, "';' taken as the start of a comment", line)
        content = strip_comment(content, ";")
    match = VERB.match(content.strip())
    code = parse_code(match["code"]) if match and match["code"] is not None else (None, None)
    if match is None or code is None:
        report.error(number, "unreadable verb line", line)
        return
    lemma = dictionary_phrase(match["lemma"].lstrip("+"))[0]
    forms = tuple(
        dictionary_phrase(f.lstrip("+"))[0] for f in (match["forms"] or "").split()
    )
    block.verbs.append(Verb(lemma, forms, code[0], code[1], None, None, number))


def _close_block(block: _OpenBlock, plover: PloverMap, report: Report) -> VerbBlock:
    verbs = tuple(
        Verb(v.lemma, v.forms, v.cameo, v.cameo_reverse, plover.lookup(v.cameo),
             plover.lookup(v.cameo_reverse), v.line)
        for v in block.verbs
    )
    if not verbs:
        report.warn(block.line, "verb block without verbs", block.name)
    return VerbBlock(
        block.name, block.cameo, block.cameo_reverse, plover.lookup(block.cameo),
        plover.lookup(block.cameo_reverse), verbs, block.line,
    )


def _block_patterns(
    block: _OpenBlock,
    plover: PloverMap,
    known_sets: set[str],
    every_verb: Mapping[str, str],
    report: Report,
) -> list[CameoPattern]:
    patterns = []
    for number, line, match in block.patterns:
        pattern = _pattern(block, number, line, match, plover, every_verb, report)
        if pattern is None:
            continue
        for name in sorted(_set_names(pattern.before + pattern.after) - known_sets):
            report.warn(number, f"unknown synonym set &{name}", line)
        patterns.append(pattern)
    return patterns


def _pattern(
    block: _OpenBlock,
    number: int,
    line: str,
    match: re.Match[str],
    plover: PloverMap,
    every_verb: Mapping[str, str],
    report: Report,
) -> CameoPattern | None:
    code = parse_code(match["code"])
    if code is None:
        report.error(number, f"unreadable pattern code [{match['code']}]", line)
        return None
    try:
        before, after, joined = parse_pattern_body(match["body"])
    except PatternError as exc:
        report.error(number, str(exc), line)
        return None
    if joined:
        report.warn(number, "words joined to '*' or '&SET' by '_' read as separate tokens", line)
    origin, unknown = origin_lemmas(match["comment"] or "", block.verbs, every_verb)
    for verb in unknown:
        report.warn(number, f"origin verb {verb!r} is no verb of the dictionary", line)
    forward, reverse = code
    return CameoPattern(
        id=f"cameo2:{number}", block=block.name, origin=origin, before=before, after=after,
        cameo=forward, cameo_reverse=reverse,
        plover=plover.lookup(forward), plover_reverse=plover.lookup(reverse),
        line=number, raw=line.rstrip(),
    )


def parse_pattern_body(
    body: str,
) -> tuple[tuple[PatternToken, ...], tuple[PatternToken, ...], bool]:
    """Tokens before and after the verb ``*``, and whether ``*`` was glued to words by ``_``."""
    atoms, joined = _atoms(body)
    stack: list[tuple[str, list[PatternToken]]] = [("", [])]
    sides: list[list[PatternToken]] = []
    for atom in atoms:
        if atom in "({":
            stack.append((atom, []))
        elif atom in ")}":
            _close_group(atom, stack)
        elif atom == "*":
            if len(stack) > 1 or sides:
                raise PatternError("'*' inside a phrase or more than once")
            sides.append(stack[0][1])
            stack[0] = ("", [])
        else:
            stack[-1][1].append(_atom_token(atom))
    if len(stack) > 1:
        raise PatternError("unbalanced brackets in pattern")
    if not sides:
        raise PatternError("pattern without the verb '*'")
    return tuple(sides[0]), tuple(stack[0][1]), joined


def _atoms(body: str) -> tuple[list[str], bool]:
    atoms: list[str] = []
    joined = False
    for atom in ATOM.findall(body):
        if "_&" in atom:
            joined = True
            head, _, tail = atom.partition("_&")
            atoms.extend([head, "&" + tail])
        elif "*" in atom and atom != "*":
            joined = True
            pieces = [p.strip("_") for p in atom.split("*")]
            for index, piece in enumerate(pieces):
                if index:
                    atoms.append("*")
                if piece:
                    atoms.append(piece)
        else:
            atoms.append(atom)
    return atoms, joined


def _close_group(atom: str, stack: list[tuple[str, list[PatternToken]]]) -> None:
    opener = {")": "(", "}": "{"}[atom]
    if len(stack) < 2 or stack[-1][0] != opener:
        raise PatternError("unbalanced brackets in pattern")
    _, children = stack.pop()
    kind: TokenKind = "prep_phrase" if opener == "(" else "noun_phrase"
    stack[-1][1].append(PatternToken(kind, children=tuple(children)))


def _atom_token(atom: str) -> PatternToken:
    if atom in SYMBOLS:
        return PatternToken(SYMBOLS[atom])
    set_ref = SET_REF.match(atom)
    if set_ref is not None:
        return PatternToken("set", forms=(set_ref["name"],))
    if WORD.match(atom) is None:
        raise PatternError(f"unreadable word {atom!r} in pattern")
    alternatives = [dictionary_phrase(part) for part in atom.split("/") if part]
    exact = any(flag for _, flag in alternatives)
    return PatternToken("word", forms=tuple(text for text, _ in alternatives), exact=exact)


def _set_names(tokens: tuple[PatternToken, ...]) -> set[str]:
    names: set[str] = set()
    for token in tokens:
        if token.kind == "set":
            names.add(token.forms[0])
        names |= _set_names(token.children)
    return names
