"""People, organisations and the words that refer to them.

The recogniser reads the article's text units (title, caption, body paragraphs) token by token:

- a **person** is a run of capitalised words holding a known given name followed by a surname
  (`Rustem Umierov`, `Jean-Yves Le Drian`, `John F. Harrow`, `Ursula von der Leyen`), a surname
  after a title (`President Macron`), or a surname that the article uses with a speech verb;
  later surname-only mentions (`Umierov said`) point back to the full name;
- **roles** are read before the name (`Ukraine's Defence Minister`, `his French counterpart`) and
  after it as an apposition (`, Deputy Minister of Defence for European Integration`);
- an **organisation** is a capitalised phrase holding an organisation word (`General Staff of
  the Armed Forces of Ukraine`, `Sumy Oblast Military Administration`);
- **references** are every place such an entity is named, plus pronouns (`he`, `she`) and role
  nouns (`the minister`, `the Air Force spokesperson`) that the speaker resolver may follow.

Names that are part of a place or an institution (`Shevchenko Street`, `Taras Shevchenko
National University`) are not people.

The passes, one module each: ``tokens`` (the words of a unit), ``names`` (full names and the
person each names), ``roles`` (roles around names), ``mentions`` (later mentions by surname,
one-word names, call signs), ``organisations``, ``references`` (pronouns, role nouns,
organisation nouns, unnamed people) and ``spellings`` (one person in several spellings);
``recogniser`` runs them in order.
"""

from .organisations import acronym_of
from .recogniser import recognise
from .records import (
    ANONYMOUS,
    BODY,
    ORGANISATION,
    PERSON,
    PRONOUN,
    ROLE,
    Entity,
    EntityIndex,
    Ref,
)
from .vocabulary import (
    AGE,
    CLEAR_SPEECH,
    KIN,
    MODIFIERS_BEFORE_A_ROLE,
    NAME_GIVEN_ONLY_AS,
    PARTICLES,
    PARTIES,
    PARTY_MEMBERS,
    is_role_token,
)

__all__ = [
    "AGE", "ANONYMOUS", "BODY", "CLEAR_SPEECH", "KIN", "MODIFIERS_BEFORE_A_ROLE", "NAME_GIVEN_ONLY_AS", "ORGANISATION", "PARTICLES", "PARTIES", "PARTY_MEMBERS", "PERSON", "PRONOUN", "ROLE",
    "Entity", "EntityIndex", "Ref", "acronym_of", "is_role_token", "recognise",
]
