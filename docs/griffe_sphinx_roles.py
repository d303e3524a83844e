"""A griffe extension that renders the Sphinx roles of the docstrings as Markdown code.

The docstrings write ``:class:`DateSpan``` and ``:meth:`~Tagger.tag```, which Markdown
would show as typed. This extension, loaded by ``mkdocs.yml``, turns each role into
inline code (``DateSpan``, ``tag``: a leading ``~`` keeps the last dotted part, as in
Sphinx) and a paragraph that ends in ``::`` before a literal block into one that ends
in ``:``. It changes what the site shows, never the source.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

__all__ = ["SphinxRoles", "convert"]

# One role, its target in backquotes; the target holds no backquote, so matching is linear.
_ROLE = re.compile(r":(?:py:)?[a-z]{1,12}:`(?P<tilde>~?)(?P<target>[^`\n]{1,200})`")
_LITERAL = re.compile(r"(?<=\S)::$", re.MULTILINE)


def _role(match: re.Match[str]) -> str:
    target = match["target"]
    if match["tilde"]:
        target = target.rpartition(".")[2]
    return f"`{target}`"


def convert(text: str) -> str:
    """Return ``text`` with each Sphinx role as inline code and ``::`` as ``:``.

    Examples:
        >>> convert("See :meth:`~diplotimeline.time.DateSpan.of` and :class:`Tagger`.")
        'See `of` and `Tagger`.'
        >>> convert("The hierarchy::")
        'The hierarchy:'
    """
    return _LITERAL.sub(":", _ROLE.sub(_role, text))


class SphinxRoles(griffe.Extension):
    """Rewrite every docstring that griffe loads with :func:`convert`.

    Examples:
        >>> isinstance(SphinxRoles(), griffe.Extension)
        True
    """

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Convert the docstring of each object as griffe creates it."""
        if obj.docstring is not None:
            obj.docstring.value = convert(obj.docstring.value)
