"""Lexicon validation: a malformed user lexicon fails when the pipeline is built, with the file
and the entry named (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import LexiconError
from dateline.lexicons import read_user_lexicon

EVENT = """\
events:
  - rule: consult.parley.v9
    type: CONSULT
    mode: null
    cameo: "040"
    lemma: parley
"""
CASES = {
    "typo-key": (EVENT.replace("lemma:", "lema:"),
                 ["events[0] (rule 'consult.parley.v9')", "unknown key 'lema'"]),
    "unknown-type": (EVENT.replace("type: CONSULT", "type: CONSULTT"),
                     ["events[0]", "unknown PLOVER type 'CONSULTT'"]),
    "unknown-mode": (EVENT.replace("mode: null", "mode: telepathy"),
                     ["events[0]", "unknown mode 'telepathy' for CONSULT"]),
    "bad-cameo": (EVENT.replace('cameo: "040"', "cameo: 40"),
                  ["events[0]", "malformed CAMEO code 40"]),
    "bad-cameo-text": (EVENT.replace('cameo: "040"', 'cameo: "4x0"'),
                       ["events[0]", "malformed CAMEO code '4x0'"]),
    "duplicate-rule": (EVENT + EVENT.split("\n", 1)[1],
                       ["events[1] (rule 'consult.parley.v9')", "duplicate rule name"]),
    "builtin-rule": (EVENT.replace("consult.parley.v9", "consult.meet.v1"),
                     ["events[0] (rule 'consult.meet.v1')", "a built-in entry has it"]),
    "unknown-section": ("organisations:\n  - name: X\n", ["organisations", "unknown section"]),
    "org-key": ("organizations:\n  - name: Zentrix\n    contry: NOR\n",
                ["organizations[0] ('Zentrix')", "unknown key 'contry'"]),
    "not-a-mapping": ("- just\n- a list\n", ["a user lexicon is a mapping of sections"]),
    "time-list": ("times:\n  future: [soon, 3.5]\n", ["times.future[1]", "expected text"]),
    "interpolation": ("times:\n  future: ['${oops}']\n", ["times.future[0]", "'${'"]),
    "bad-regex": ("boilerplate:\n  patterns: ['(unclosed']\n",
                  ["boilerplate.patterns[0]", "not a regular expression"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_malformed_lexicon_names_file_and_entry(name: str, tmp_path: Path) -> None:
    text, expected = CASES[name]
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        read_user_lexicon(path)
    message = str(caught.value)
    assert str(path) in message
    for part in expected:
        assert part in message


def test_a_valid_lexicon_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text(EVENT, encoding="utf-8")
    assert read_user_lexicon(path).entries["events"][0]["lemma"] == "parley"


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("organizations:\n  - name: Société Générale\n".encode("latin-1"))
    with pytest.raises(LexiconError, match="must be UTF-8"):
        read_user_lexicon(path)


def test_too_large_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dateline.lexicons.MAX_USER_BYTES", 100)
    path = tmp_path / "big.yaml"
    path.write_text(EVENT * 3, encoding="utf-8")
    with pytest.raises(LexiconError, match="too large"):
        read_user_lexicon(path)


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]")
    path = tmp_path / "laughs.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="YAML aliases"):
        read_user_lexicon(path)


def test_the_builtin_lexicon_is_valid() -> None:
    from dateline.lexicons import SECTIONS, builtin_section

    for name in SECTIONS:
        assert builtin_section(name) is not None


def test_the_cli_refuses_a_malformed_lexicon(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dateline.cli import main

    path = tmp_path / "typo.yaml"
    path.write_text(EVENT.replace("lemma:", "lema:"), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Russia met Ukraine.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--lexicon", str(path)])
    assert result.exit_code == 2
    assert "typo.yaml: events[0]" in result.stderr and "unknown key 'lema'" in result.stderr
