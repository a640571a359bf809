"""Quotes in live blogs: entries opening with a time stamp (sentences written for these tests)."""
from __future__ import annotations

import pytest

from veille.model.record import Entity, Mention

pytestmark = pytest.mark.model


def _speakers(doc) -> list[str | None]:
    return [q.speaker for q in doc._.quotes]


def test_live_blog_a_new_entry_does_not_inherit_the_speaker_before(analyse) -> None:
    doc = analyse(
        "9h02 - « Nous rouvrirons le pont dès ce soir », a déclaré le maire de Rouen, Nicolas Mayer-Rossignol.\n\n"
        "9h20 - « Le calme est revenu dans le quartier depuis une heure. »"
    )
    assert _speakers(doc) == ["Nicolas Mayer-Rossignol", None]


def test_live_blog_a_verbless_entry_names_the_source_of_its_quote(analyse) -> None:
    doc = analyse(
        "10h00 - « Nous sommes mobilisés », a assuré le préfet, Jean-Marie Girier.\n\n"
        "10h05 - Réaction de la maire de Nantes, Johanna Rolland. « La ville est solidaire des familles. »"
    )
    assert _speakers(doc) == ["Jean-Marie Girier", "Johanna Rolland"]


def test_live_blog_a_name_found_after_the_stamp_speaks_for_its_entry(analyse, nlp) -> None:
    """The entities stage may miss a name right after a time stamp; once it finds it, the quotes follow."""
    text = (
        "8h55 - Le ministre de l'Industrie, Marc Ferracci, confirme la fermeture. « Chaque salarié sera suivi », a-t-il dit.\n\n"
        "9h12 - Sodalis relève ses prévisions annuelles. « La demande reste solide en Europe », indique le groupe."
    )
    doc = analyse(text)
    start = text.index("Sodalis")
    company = Entity("e99", "Sodalis", "ORG", None, (Mention("Sodalis", start, start + len("Sodalis")),), "company")
    doc._.entities = [e for e in doc._.entities if "Sodalis" not in e.name] + [company]
    assert _speakers(nlp.get_pipe("veille_quotes")(doc)) == ["Marc Ferracci", "Sodalis"]
