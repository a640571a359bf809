"""The outlet's home zone for a publication time printed without its offset."""
from datetime import datetime, timedelta, timezone

from veille.extract.dates import Published
from veille.extract.zones import contact_homes, home_zone, localise


def offset(published: Published) -> timedelta | None:
    return published.when.utcoffset()


def test_a_city_in_the_outlet_name_gives_its_zone_with_summer_time():
    winter = localise(Published(datetime(2025, 1, 10, 8, 0), "minute"), ["La Gazette de Charleroi"], "fr")
    summer = localise(Published(datetime(2025, 7, 10, 8, 0), "minute"), ["La Gazette de Charleroi"], "fr")
    assert offset(winter) == timedelta(hours=1) and offset(summer) == timedelta(hours=2)


def test_a_canadian_city_keeps_its_own_zone():
    assert home_zone(["Le Phare de Moncton"], "fr") == "America/Moncton"
    assert home_zone(["© 2025 Le Nouvelliste, Trois-Rivières (Québec). Tous droits réservés."], "fr") == "America/Toronto"


def test_a_country_gives_the_zone_of_its_capital():
    assert home_zone(["Sénégal Matin"], "fr") == "Africa/Dakar"


def test_the_address_country_code_comes_first_and_sound_codes_say_nothing():
    assert home_zone(["https://www.journal.sn/article", "La Gazette de Charleroi"], "fr") == "Africa/Dakar"
    assert home_zone(["https://www.radio.fm/article"], "fr") is None


def test_no_place_no_zone():
    assert home_zone(["Regards Hebdo", "Le Nouvelliste"], "fr") is None


def test_a_day_or_an_aware_time_is_left_as_it_is():
    day = Published(datetime(2025, 3, 4), "day")
    aware = Published(datetime(2025, 3, 4, 9, 0, tzinfo=timezone.utc), "minute")
    assert localise(day, ["Sénégal Matin"], "fr") == day
    assert localise(aware, ["La Gazette de Charleroi"], "fr") == aware


def test_the_noun_an_outlet_name_opens_on_is_not_a_place():
    # "Petit" and "Républicain" are also town names in geonames
    assert home_zone(["Le Petit Genevois"], "fr") is None
    assert home_zone(["Le Républicain lorrain"], "fr") is None


def test_a_name_is_read_among_the_states_whose_press_writes_in_the_language():
    # "Sion" is also another name of Jerusalem; the outlet of Sion is Swiss
    assert home_zone(["Le Moniteur de Sion"], "fr") == "Europe/Zurich"


def test_a_stamp_stating_its_zone_in_words_is_read_in_that_zone():
    from veille.extract.datelines import read_stamp_line

    paris = read_stamp_line("Publié le 12 mars 2025 à 15h00 (heure de Paris) | Mis à jour le 12 mars 2025 à 17h00", "fr")
    assert paris.published.when.utcoffset() == timedelta(hours=1) and paris.updated.when.utcoffset() == timedelta(hours=1)
    east = read_stamp_line("Publié le 3 septembre 2025 à 8 h 00, heure de l'Est", "fr")
    assert east.published.when.utcoffset() == timedelta(hours=-4)


def test_local_time_in_words_states_no_zone():
    from veille.extract.datelines import read_stamp_line

    assert read_stamp_line("Publié le 20 mai 2025 à 09h00, heure locale", "fr").published.when.tzinfo is None


def test_the_outlet_s_own_contact_details_say_where_it_is():
    lines = ["Contact : redaction@leveilleur.sn", "Rédaction : +216 73 225 410", "www.eclaireur-info.bf"]
    homes = contact_homes(lines, "L'Éclaireur", "fr")
    assert homes == ["https://leveilleur.sn", "tel:216", "https://www.eclaireur-info.bf"]
    assert home_zone(homes[1:], "fr") == "Africa/Tunis"


def test_an_address_or_number_a_story_quotes_is_no_contact_detail():
    story = ["Les candidats consulteront leurs notes sur le site www.officedubac.sn dès jeudi, a annoncé l'office.",
             "Les voyageurs peuvent appeler le +33 1 45 55 00 00 pour connaître les consignes."]
    assert contact_homes(story, "Le Veilleur", "fr") == []


def test_a_calling_code_of_several_zones_says_nothing():
    assert home_zone(contact_homes(["Rédaction : +1 418 555 0142"], None, "fr"), "fr") is None
