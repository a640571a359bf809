"""Page furniture removed line by line."""
from __future__ import annotations

import pytest

from veille.extract.boilerplate import clean_lines, is_boilerplate, is_dated_headline, trim_trailing_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Loading...", "Chargement en cours…", "Lire aussi : Les prix de l'énergie repartent à la hausse",
        "À LIRE AUSSI", "L'essentiel de l'actualité Voir plus", "Partager cet article", "Facebook | Twitter | E-mail",
        "Passer la publicité", "Nous utilisons des cookies pour mesurer l'audience.", "Tout accepter",
        "Abonnez-vous pour lire la suite", "Lecture : 4 min", "12 commentaires", "• Partager sur WhatsApp",
        "© Le Matin des Alpes 2025. Tous droits réservés.", "Copyright 2024 Presse Nord",
    ],
)
def test_boilerplate_is_boilerplate_recognises_furniture(line):
    assert is_boilerplate(line, lang="fr")


@pytest.mark.parametrize(
    "line",
    [
        "Les agriculteurs ont bloqué le périphérique pour protester contre la taxe.",
        "La CNIL estime que les internautes doivent pouvoir refuser les cookies aussi facilement que les accepter.",
        "Une commission mixte paritaire en décembre",
        "« Nous voulons lire aussi les rapports de l'inspection », a dit la députée.",
        "Le tribunal a rappelé que tous droits réservés ne signifie pas que la citation est interdite, a-t-il précisé devant les juges.",
    ],
)
def test_boilerplate_is_boilerplate_keeps_article_text(line):
    assert not is_boilerplate(line, lang="fr")


def test_boilerplate_clean_lines_drops_repeated_headline_and_duplicates():
    lines = ["GRÈVE AU PORT DE MARSEILLE", "Les dockers ont cessé le travail.", "Partager", "Les dockers ont cessé le travail."]
    assert clean_lines(lines, "Grève au port de Marseille", lang="fr") == ["Les dockers ont cessé le travail."]


def test_boilerplate_trim_trailing_furniture_keeps_credit_line():
    lines = ["Le préfet a reçu une délégation.", "(avec AFP)", "Météo", "Services"]
    assert trim_trailing_furniture(lines) == ["Le préfet a reçu une délégation.", "(avec AFP)"]


@pytest.mark.parametrize(
    "line",
    [
        # cross-links
        "Lire : Les remparts de la ville illuminés tout l'été", "VOIR AUSSI | Les files d'attente s'allongent à l'aéroport",
        "[Lire aussi : Les étudiants boudent les filières scientifiques]", "👉 À lire aussi : le TER atteint l'aéroport",
        ">> LIRE AUSSI. Le parc a accueilli deux millions de visiteurs", "Il y a 5 heures", "Mis à jour il y a 35 min",
        # calls to action
        "Suivez notre direct : la situation heure par heure", "Téléchargez notre application pour ne rien manquer",
        "Activez les notifications pour recevoir nos alertes", "EN DIRECT | Suivez la soirée électorale avec nos journalistes",
        "Écoutez notre podcast « La Terre en direct » sur toutes les plateformes", "Je m'inscris",
        "Vous avez atteint la limite de lecture gratuite", "Votre soutien compte : aidez-nous à informer, faites un don.",
        # tags and shares
        "Sport · Rugby · Top 14", "Accueil › Régions › Valais", "Mots-clés : Verviers, inondations, Vesdre",
        "#Sénégal #CAN2025 #Football", "Facebook Twitter LinkedIn WhatsApp E-mail", "Share", "Tweet", "Copy link",
        "Share on WhatsApp", "Partager sur Facebook Partager sur X Envoyer par e-mail", "Lien copié dans le presse-papiers",
        "Partages : 128",
        # comments, credits, consent, ads
        "Laisser un commentaire", "Commentaires (14)", "Les commentaires sont fermés.", "Nom *",
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "Le front du glacier, en septembre. Photo Le Dauphiné / Marc Brunet", "PHOTO ARCHIVES LE SOLEIL",
        "Continuer sans accepter", "Avec votre accord, nos partenaires et nous utilisons des cookies pour mesurer l'audience.",
        "PUBLICITÉ", "Advertisement", "La suite après cette publicité",
        # and the forms of a second round of pages
        "Cet article vous a plu ? Partagez-le avec vos proches !", "Vous avez une info ? Écrivez-nous à la rédaction",
        "Ne manquez rien de l'actualité régionale : activez les alertes", "Soyez la première à réagir",
        "Les commentaires sont soumis à modération.", "Donnez votre avis", "Signaler ce commentaire",
        "Notre dossier : les élections fédérales", "Plus d'infos sur notre site : le programme complet",
        "Vous êtes ici : Accueil > Monde > Afrique", "Dans cet article : Sénat, Assemblée nationale", "Copier l'URL",
        "Partagez cet article sur les réseaux sociaux", "Accueil Actualités Sport Économie Culture Loisirs",
        # media, embeds and reading tools
        "Voir la galerie (14 photos)", "00:00 / 03:12", "Ce contenu est bloqué car vous n'avez pas accepté les cookies.",
        "Afficher le contenu", "Voir cette publication sur Instagram", "Une publication partagée par Club Africain (@clubafricain)",
        "Le stade est plein ce soir ! pic.twitter.com/abc — Supporters Club (@supclub) 4 mars 2025",
        "Réservé aux abonnés", "Signaler une erreur", "Taille du texte", "Nous respectons votre vie privée",
    ],
)
def test_boilerplate_recognises_more_kinds_of_furniture(line):
    assert is_boilerplate(line, lang="fr")


@pytest.mark.parametrize(
    "line",
    [
        "Lire, selon elle, redevient une activité que l'on partage entre amis.",
        "« Rejoignez-nous, abonnez-vous à notre liste et venez nombreux jeudi », a-t-il lancé aux coursiers.",
        "La mairie invite les habitants à télécharger l'application municipale pour signaler les nids-de-poule.",
        "Le rapport prix/revenus s'est dégradé dans les quartiers sud comme dans le centre.",
        "Sur le même sujet, les experts de la ville et ceux de l'État ne s'accordent pas.",
        "Sa photo d'un port de pêche sous la tempête a remporté le prix du public.",
        "La publicité, selon le maire, n'a pas sa place sur les trottoirs.",
        "Mi-temps : 15-14. Meilleur buteur : le Nantais, auteur de huit buts.",
        "Interrogé à l'issue du conseil, l'élu n'a fait aucun commentaire sur l'enquête.",
        "Plus d'informations seront données jeudi par la préfecture.",
        "Donnez votre avis sur le futur tramway, invite la mairie sur ses panneaux.",
        "Le Courrier du Jura",  # a name in sentence case is not a menu
        "Les abonnés du club ont reçu leurs places pour la finale de samedi.",
        "La galerie municipale expose quarante photos de l'ancien port jusqu'en mai.",
    ],
)
def test_boilerplate_keeps_sentences_that_share_furniture_words(line):
    assert not is_boilerplate(line, lang="fr")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Le pont fermé pour maintenance en juin - 28 avril 2025", True),
        ("Rennes : le métro fermé un week-end en juin | 29/05/2025", True),
        ("07.03.2025", True),
        ("29/05/2025 - Le prix du gazole repart à la hausse", True),
        ("Le tribunal a renvoyé le procès au 3 mars 2026.", False),
        ("Le 14 juin 2024, un incendie avait ravagé un immeuble de la vieille ville.", False),
    ],
)
def test_boilerplate_is_dated_headline(line, expected):
    assert is_dated_headline(line, lang="fr") is expected


def test_boilerplate_clean_lines_drops_a_block_of_links_up_to_the_next_sentence():
    lines = ["Le conseil a voté le budget de la ville.", "Les plus lus", "1. La route du col coupée par une coulée de boue",
             "Il y a 2 heures", "Le Valais bat un record de chaleur", "Le maire a salué un vote unanime, a-t-il dit."]
    assert clean_lines(lines, None, lang="fr") == ["Le conseil a voté le budget de la ville.", "Le maire a salué un vote unanime, a-t-il dit."]


def test_boilerplate_clean_lines_drops_the_next_article_link():
    lines = ["Le conseil a voté le budget de la ville.", "Article suivant", "Sens : la cathédrale accueille des vitraux"]
    assert clean_lines(lines, None, lang="fr") == ["Le conseil a voté le budget de la ville."]
