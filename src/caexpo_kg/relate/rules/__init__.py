"""The relation rules. Importing this package registers them and puts them in run order.

Order of the modules: shapes that need no parse first, then verb frames, scenes,
offices and places, membership, world knowledge, years, what two events named in one
phrase share, and last the rules that only fill gaps ("where no other rule placed the
event"). Within a module, rules run in the order
they are written.
"""

from __future__ import annotations

from .. import years
from ..registry import order_rules
from . import (
    coordination,
    events,
    fallbacks,
    membership,
    participation,
    people,
    places,
    structure,
    world,
)

order_rules(
    [
        structure,
        events,
        participation,
        people,
        places,
        membership,
        world,
        years,
        coordination,
        fallbacks,
    ]
)
