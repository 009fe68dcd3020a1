"""The command line's language (issue 22 item 6): MEDPLANNER_LANG, then LANGUAGE, LC_ALL,
LC_MESSAGES, LANG; English without a catalogue for any of them."""

from __future__ import annotations

import pytest

from medplanner.core import i18n
from tests.cli.conftest import Cli


def test_the_environment_names_the_languages_best_first() -> None:
    assert i18n.environment_languages({}) == []
    assert i18n.environment_languages({"LANG": "de_DE.UTF-8"}) == ["de_DE.UTF-8"]
    env = {"LANGUAGE": "fr:de", "LC_ALL": "it_IT", "LANG": "nl_NL"}
    assert i18n.environment_languages(env) == ["fr", "de"]
    assert i18n.environment_languages({**env, "MEDPLANNER_LANG": "en_XA"}) == ["en_XA"]
    assert i18n.environment_languages({"LANGUAGE": "", "LC_MESSAGES": "pt"}) == ["pt"]


@pytest.mark.parametrize(
    ("env", "language"),
    [
        ({"MEDPLANNER_LANG": "en_XA"}, "en_XA"),
        ({"MEDPLANNER_LANG": "", "LANGUAGE": "xx:en_XA"}, "en_XA"),
        ({"MEDPLANNER_LANG": "", "LANGUAGE": "", "LC_ALL": "", "LANG": "en_XA.UTF-8"}, "en_XA"),
        ({"MEDPLANNER_LANG": "", "LANGUAGE": "", "LC_ALL": "C", "LANG": "en_XA"}, "en"),
        ({"MEDPLANNER_LANG": "de"}, "en"),  # no German catalogue: English
    ],
)
def test_each_command_starts_in_the_language_asked_for(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], language: str
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    cli("check", "no-such-plan.toml")
    assert i18n.current_language() == language


def test_tests_speak_english(cli_process: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine in another language does not change the CLI's words in the tests."""
    monkeypatch.setenv("LANGUAGE", "en_XA")
    result = cli_process("check", "no-such-plan.toml")
    assert result.rc != 0
    assert "⟦" not in result.err
