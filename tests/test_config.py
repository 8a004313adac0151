import pytest

from os1.config import load_settings, setting_sources
from os1.errors import ConfigError


def test_defaults(os1_home):
    settings = load_settings()
    assert settings.home == os1_home
    assert settings.brain == "llamacpp"
    assert settings.database == os1_home / "os1.db"
    assert setting_sources(settings)["brain"] == "default"


def test_environment_beats_file_beats_default(os1_home, monkeypatch):
    os1_home.mkdir(parents=True)
    (os1_home / "config.toml").write_text('threads = 2\nbrain = "scripted"\n')
    monkeypatch.setenv("OS1_THREADS", "3")
    settings = load_settings()
    assert settings.threads == 3
    assert settings.brain == "scripted"
    sources = setting_sources(settings)
    assert (sources["threads"], sources["brain"], sources["seed"]) == ("env", "file", "default")


def test_a_bad_value_names_the_setting(monkeypatch):
    monkeypatch.setenv("OS1_THREADS", "many")
    expected = r"OS1_THREADS.*'many'.*unset it to use the default \(1\)"
    with pytest.raises(ConfigError, match=expected):
        load_settings()


def test_an_unknown_key_in_the_file_is_refused(os1_home):
    os1_home.mkdir(parents=True)
    (os1_home / "config.toml").write_text("thredas = 2\n")
    with pytest.raises(ConfigError, match="thredas"):
        load_settings()


def test_a_broken_config_file_says_where(os1_home):
    os1_home.mkdir(parents=True)
    (os1_home / "config.toml").write_text("threads = = 2\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings()


def test_a_password_in_a_config_file_others_can_read_is_refused(os1_home):
    os1_home.mkdir(parents=True, exist_ok=True)
    path = os1_home / "config.toml"
    path.write_text('mail_password = "hunter2"\n')
    path.chmod(0o644)
    with pytest.raises(ConfigError, match="other users can read it: make it private: chmod 600"):
        load_settings()
    path.chmod(0o600)
    assert load_settings().mail_password.get_secret_value() == "hunter2"
    # A file without secrets may be shared.
    path.write_text("temperature = 0.5\n")
    path.chmod(0o644)
    assert load_settings().temperature == 0.5
