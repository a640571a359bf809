"""Settings that exist do something: the language picks the data and the model, an unknown one is refused."""
from __future__ import annotations

import pytest

from veille.errors import ConfigError
from veille.lang import DEFAULT
from veille.settings import Settings, analysed_languages, language_model


def test_settings_language_picks_its_model(monkeypatch):
    monkeypatch.delenv("VEILLE_MODEL", raising=False)
    monkeypatch.setenv("VEILLE_LANGUAGE", "fr")
    assert Settings.load().model == language_model("fr") == "fr_core_news_md"


def test_settings_model_named_wins_over_the_languages(monkeypatch):
    monkeypatch.setenv("VEILLE_LANGUAGE", "fr")
    assert Settings.load(model="fr_core_news_sm").model == "fr_core_news_sm"


@pytest.mark.parametrize("code", ["de", "en", "", "../fr"])
def test_settings_unknown_language_is_one_line_naming_it_and_the_known_ones(monkeypatch, code):
    monkeypatch.setenv("VEILLE_LANGUAGE", code)
    with pytest.raises(ConfigError) as caught:
        Settings.load()
    message = str(caught.value)
    assert "\n" not in message and repr(code) in message and "fr" in message.split(":")[-1]


def test_settings_a_folder_of_interface_words_only_is_no_language_veille_analyses():
    assert "fr" in analysed_languages() and "en" not in analysed_languages()


def test_cli_unknown_language_fails_before_reading_anything(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from veille.cli import load_commands

    monkeypatch.setenv("VEILLE_LANGUAGE", "de")
    (tmp_path / "a.txt").write_text("Un texte.", encoding="utf-8")
    result = CliRunner().invoke(load_commands(), ["analyze", str(tmp_path / "a.txt")])
    assert result.exit_code != 0
    assert "unknown language 'de'" in result.output and "fr" in result.output


def test_settings_language_and_model_reach_the_pipeline(monkeypatch):
    import veille.run

    asked = []
    monkeypatch.setattr(veille.run, "load_pipeline", lambda model, language: asked.append((model, language)))
    veille.run.pipeline(Settings(model="fr_core_news_sm", language="fr"))
    assert asked == [("fr_core_news_sm", "fr")]


def test_pipeline_default_model_is_the_one_the_languages_folder_names():
    from veille.nlp.pipeline import load_pipeline

    assert load_pipeline(language=DEFAULT).meta["name"] == language_model(DEFAULT).split("_", 1)[1]


def test_pipeline_for_an_unknown_language_fails_before_loading_a_model():
    from veille.nlp.pipeline import load_pipeline

    with pytest.raises(ConfigError, match="V502"):
        load_pipeline(language="de")
