"""Names cut or typed wrongly inside lists and around quotes: a portfolio's plural noun
("Fisheries") is no part of the office-holder's name after it, nor the portfolio after
"Minister for" in a title's run ("Union Minister for Hotels and Tourism X"), names listed before a
division's noun in the plural ("... and Oudomxay provinces") are places, and a nickname
in quotes between given names and surname stays in the person's name. Each shape with a
sentence of our own read right and one it must leave alone."""

from __future__ import annotations

import pytest

from conftest import entities

pytestmark = pytest.mark.model


#: (sentence, name, its class, or None where the name must not be an entity)
SHAPES = [
    # a portfolio's last part in the plural opens no person's name
    ("Guests included Vietnam's Minister of Agriculture, Forestry and Fisheries Pham Van Tuan, "
     "Laos's Minister of Trade Bounsom Phommavihane and others.",
     "Pham Van Tuan", "Person"),
    ("Guests included Vietnam's Minister of Agriculture, Forestry and Fisheries Pham Van Tuan, "
     "Laos's Minister of Trade Bounsom Phommavihane and others.",
     "Fisheries Pham Van Tuan", None),
    # a portfolio after "Minister for" is no part of the name the title run ends with
    ("Myanmar's Union Minister for Hotels and Tourism Ohn Maung said the gate would reopen.",
     "Ohn Maung", "Person"),
    ("Myanmar's Union Minister for Hotels and Tourism Ohn Maung said the gate would reopen.",
     "Tourism Ohn Maung", None),
    # a short syllable a dictionary lists is the name's, not the portfolio's
    ("Vietnam's Minister for Natural Resources Le Cong Thanh said the gate would reopen.",
     "Cong Thanh", None),
    ("The Deputy Minister for Foreign Affairs and Trade said the gate would reopen.",
     "Foreign Affairs and Trade", None),
    # names listed before a division's noun in the plural are places
    ("Rubber growers in Luang Namtha and Bokeo provinces sell to buyers across the border.",
     "Bokeo", "Place"),
    ("Rubber growers in Luang Namtha and Bokeo provinces sell to buyers across the border.",
     "Luang Namtha", "Place"),
    # nationalities before the plural noun name no place
    ("Lao and Thai provinces along the river signed the plan.", "Lao and Thai", None),
    # a nickname in quotes does not cut the person's name before it (the label drops the
    # nickname, as for 'Joko "Jokowi" Widodo')
    ('Maria Luisa "Malou" Santos-Reyes, who runs a bakery in Cebu, said she came for '
     "buyers.", "Maria Luisa Santos-Reyes", "Person"),
    ('Maria Luisa "Malou" Santos-Reyes, who runs a bakery in Cebu, said she came for '
     "buyers.", "Maria Luisa", None),
    # a quoted word that does not follow the given names is no nickname
    ('Maria Luisa Santos praised the "Bayanihan" Manila spirit.', "Maria Luisa Santos",
     "Person"),
    ('Maria Luisa Santos praised the "Bayanihan" Manila spirit.', "Manila", "Place"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "core"), SHAPES)
def test_listed_names_and_nicknames(nlp, text: str, name: str, core: str | None) -> None:
    found = entities(nlp, text)
    if core is None:
        assert name not in found, found
    else:
        assert found.get(name) == core, found
