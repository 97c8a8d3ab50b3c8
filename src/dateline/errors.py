"""One error base class with specific subclasses; each message says what to do next."""

from __future__ import annotations


class DatelineError(Exception):
    """Base class for every error dateline raises on purpose."""

    code = "error"
    exit_code = 1


class InputError(DatelineError):
    """An article or corpus could not be read or understood."""

    code = "input"


class UnreadableInput(InputError):
    code = "unreadable"


class BinaryInput(InputError):
    code = "binary"


class EmptyInput(InputError):
    code = "empty"


class TooLarge(InputError):
    code = "too-large"


class BadRow(InputError):
    code = "bad-row"


class NotProse(InputError):
    """Text that is not prose: mostly non-letters, or mojibake (bytes decoded in the wrong
    encoding). Refused before parsing: rules find nonsense in it and the parser wastes minutes."""

    code = "not-prose"


class UsageError(DatelineError):
    code = "usage"
    exit_code = 2


class ModelNotFound(DatelineError):
    code = "model-not-found"
    exit_code = 2


class LexiconError(DatelineError):
    code = "lexicon"
    exit_code = 2


class ExtractionError(DatelineError):
    code = "extraction"
