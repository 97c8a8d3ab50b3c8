"""Parse problems, counted and listed by the import script."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Problem:
    line: int
    message: str
    text: str


@dataclass(slots=True)
class Report:
    """Problems met while parsing one file: errors (line skipped) and warnings (repaired)."""

    file: str
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def error(self, line: int, message: str, text: str) -> None:
        self.errors.append(Problem(line, message, text.rstrip("\n")))

    def warn(self, line: int, message: str, text: str) -> None:
        self.warnings.append(Problem(line, message, text.rstrip("\n")))

    def as_json(self) -> dict[str, object]:
        def listed(problems: list[Problem]) -> list[dict[str, object]]:
            return [{"line": p.line, "message": p.message, "text": p.text} for p in problems]

        return {
            "file": self.file,
            "errors": listed(self.errors),
            "warnings": listed(self.warnings),
        }


def strip_comment(line: str, marks: str = "#") -> str:
    """The line without its comment (from the first of ``marks``) and trailing blanks."""
    cut = min((i for i in (line.find(m) for m in marks) if i >= 0), default=len(line))
    return line[:cut].rstrip()


def dictionary_phrase(raw: str) -> tuple[str, bool]:
    """``CASH_`` -> ("cash", True); ``SHARECROP_FARMER`` -> ("sharecrop farmer", False).

    Underscores and blanks join words; a trailing underscore means "must end here".
    """
    exact = raw.endswith("_")
    words = raw.replace("_", " ").split()
    return " ".join(words).lower(), exact


def code_parts(code: str) -> tuple[str, ...]:
    """A CAMEO code cut into its three-character parts (``GOVMIL`` -> ``GOV``, ``MIL``)."""
    return tuple(code[i : i + 3] for i in range(0, len(code), 3))
