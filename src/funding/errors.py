"""The one exception type for bad input.

Every parser and loader in :mod:`funding` raises :class:`SourceError` when its
input cannot be read as what it should be.  The message alone is enough to fix
the input: it names the file, the line, what was found and what was expected.
"""

from __future__ import annotations


class SourceError(ValueError):
    """Bad input: which source, which line, what was found, what was expected.

    Attributes
    ----------
    source:
        The file name or source id that was being read.
    line:
        1-based line number, or ``None`` when the problem is with the whole file.
    found:
        A short excerpt of what was actually there (at most 80 characters).
    expected:
        What the reader expected at that place.
    hint:
        Optional advice, such as the closest valid names.
    """

    def __init__(
        self,
        source: str,
        line: int | None,
        found: str,
        expected: str,
        hint: str = "",
    ) -> None:
        self.source = str(source)
        self.line = line
        self.found = _clip(found)
        self.expected = expected
        self.hint = hint
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        text = f"{where}: found {self.found!r}; expected {self.expected}"
        if self.hint:
            text += f" ({self.hint})"
        return text

    def __reduce__(self):  # keep the error picklable (multiprocessing, hypothesis)
        return (type(self), (self.source, self.line, self.found, self.expected, self.hint))


def _clip(text: str, width: int = 80) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"
