"""Who said it: resolving each quote's speaker from the words around it.

The layers, each reading the one below it:

- `context.py`: the text with the quotes masked out, its sentences and blocks, the references
  in a stretch of text, and which of them is the subject of a sentence or a speech verb;
- `references.py`: whom a reference stands for (a name, a pronoun, a role or organisation noun);
- `documents.py`: quoted documents (`the ruling says`) and who issued them;
- `rules.py`: the attribution rules, `RULES`, tried in order for each quote, and the interview
  pass after them;
- `attribution.py`: what the resolver answers for a quote.

Anything no rule answers stays unknown: a quote is never given to the nearest name by default.
"""

from __future__ import annotations

import dataclasses

from ...model import Article
from ..entities import EntityIndex
from ..quotes import RawQuote
from .attribution import UNKNOWN, Attribution, How
from .documents import Documents
from .references import READ_BACK
from .rules import RULES, interview_turns

__all__ = ["READ_BACK", "UNKNOWN", "Attribution", "How", "Resolver", "attribute"]


class Resolver(Documents):
    """One article's quotes, attributed in text order: each rule may read the speakers found
    for the quotes before (a turn that goes on, the last speaker a pronoun may mean)."""

    def attribute(self) -> list[Attribution]:
        for position in range(len(self.quotes)):
            found = next((answer for rule in RULES if (answer := rule(self, position)) is not None), UNKNOWN)
            if found.speaker is None and found.how is not None:
                found = dataclasses.replace(found, carried_sure=None)
            self.results.append(found)
        interview_turns(self)
        return self.results


def attribute(article: Article, quotes: list[RawQuote], index: EntityIndex) -> list[Attribution]:
    """Each quote's attribution, in the order of `quotes` (UNKNOWN where no rule answers)."""
    return Resolver(article, quotes, index).attribute()
