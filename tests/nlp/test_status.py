"""veille.nlp.events.status: asserted / planned / hypothetical / negated from the cues around a trigger."""
from __future__ import annotations

import pytest

from veille.nlp.events.status import future_stem, status_of


def parse(nlp, text: str):
    """Tag and parse only (the veille stages are not needed to read a status)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("veille"):
            doc = proc(doc)
    return doc


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        ("Le ministre s'est rendu à Berlin mardi.", "rendu", "asserted"),
        ("Le ministre doit se rendre à Berlin la semaine prochaine.", "rendre", "planned"),
        ("Le ministre se rendra à Berlin en juillet.", "rendra", "planned"),
        ("Le Premier ministre prévoit de visiter Tokyo.", "visiter", "planned"),
        ("Le président a ordonné le retrait des troupes.", "retrait", "planned"),
        ("L'armée pourrait bombarder la ville.", "bombarder", "hypothetical"),
        ("Si Pékin attaquait l'île, Washington réagirait.", "attaquait", "hypothetical"),
        ("Le régime a menacé de frapper les bases ennemies.", "frapper", "hypothetical"),
        ("Le régime a menacé de frapper les bases ennemies.", "menacé", "asserted"),
        ("Les habitants craignent une attaque des rebelles.", "attaque", "hypothetical"),
        ("Des centaines de soldats auraient été envoyés à la frontière.", "envoyés", "asserted"),
        ("Le gouvernement n'a pas signé l'accord.", "signé", "negated"),
        ("Les alliés se sont abstenus d'envoyer des chars.", "envoyer", "negated"),
        ("Le parlement a refusé de ratifier le traité.", "ratifier", "negated"),
        ("Le parlement a refusé de ratifier le traité.", "refusé", "asserted"),
        ("La police n'est pas parvenue à interpeller les suspects.", "interpeller", "negated"),
        ("Les prisonniers n'ont été relâchés qu'en avril.", "relâchés", "asserted"),
        ("Le sénateur a critiqué l'offensive sans la condamner.", "offensive", "asserted"),
        # an obligation in a past tense was met; in the present it plans
        ("Les soldats ont dû quitter la ville.", "quitter", "asserted"),
        ("Le ministre a été contraint de démissionner.", "démissionner", "asserted"),
        ("Les soldats doivent quitter la ville.", "quitter", "planned"),
        # a negated denial or refusal: open for "exclure", done for "cesser"
        ("Le Kremlin n'exclut pas de déployer des missiles.", "déployer", "hypothetical"),
        ("L'armée n'a pas cessé de bombarder la ville.", "bombarder", "asserted"),
        ("La Turquie a failli expulser l'ambassadeur.", "expulser", "negated"),
        ("Personne n'a été arrêté.", "arrêté", "negated"),
        # yes/no questions leave the act open; "pourquoi" takes it for granted
        ("La Chine va-t-elle envahir Taïwan ?", "envahir", "hypothetical"),
        ("Pourquoi la Russie a-t-elle attaqué l'Ukraine ?", "attaqué", "asserted"),
        ("Le roi est sur le point de se rendre au Japon.", "rendre", "planned"),
        ("Le Sénégal envisage de rappeler son ambassadeur.", "rappeler", "planned"),
    ],
)
def test_status_of_reads_modality_negation_and_tense(nlp, sentence, trigger, status):
    doc = parse(nlp, sentence)
    assert status_of(word(doc, trigger)) == status


@pytest.mark.model
def test_status_conditionnel_journalistique_with_source_is_asserted(nlp):
    doc = parse(nlp, "Le ministre se rendrait à Moscou selon la presse locale.")
    assert status_of(word(doc, "rendrait")) == "asserted"


@pytest.mark.model
def test_status_present_conditional_is_hypothetical(nlp):
    doc = parse(nlp, "La Turquie fermerait ses frontières.")
    assert status_of(word(doc, "fermerait")) == "hypothetical"


@pytest.mark.parametrize(("lemma", "stem"), [("frapper", "frapper"), ("rendre", "rendr"), ("pouvoir", "pourr")])
def test_status_future_stem(lemma, stem):
    assert future_stem(lemma) == stem


def test_status_purpose_under_a_planned_trip_is_planned(nlp):
    from veille.nlp.events.status import status_of

    doc = nlp("Le chancelier doit se rendre à Rome le mois prochain pour rencontrer le président italien.")
    meet = next(t for t in doc if t.lemma_ == "rencontrer")
    assert status_of(meet) == "planned"


def test_status_purpose_under_a_past_act_stays_hypothetical(nlp):
    from veille.nlp.events.status import status_of

    doc = nlp("L'armée a massé des chars à la frontière pour envahir le pays voisin.")
    invade = next(t for t in doc if t.lemma_ == "envahir")
    assert status_of(invade) == "hypothetical"
