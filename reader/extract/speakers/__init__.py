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

from .attribution import UNKNOWN, Attribution, How
from .documents import Documents
from .references import READ_BACK
from .rules import RULES, interview_turns

__all__ = ["READ_BACK", "UNKNOWN", "Attribution", "How", "Resolver"]


class Resolver(Documents):
    """One article's quotes, attributed in text order: each rule may read the speakers found
    for the quotes before (a turn that goes on, the last speaker a pronoun may mean)."""

    def attribute(self) -> list[Attribution]:
        """Each quote's attribution, in the order of the quotes: the first rule of RULES that
        answers (an answer without a speaker, `a resident said`, leaves the quote unknown and
        stops the rules below from guessing), else UNKNOWN; then the interview pass."""
        for position in range(len(self.quotes)):
            found = next((answer for rule in RULES if (answer := rule(self, position)) is not None), UNKNOWN)
            self.results.append(found)
        interview_turns(self)
        return self.results

