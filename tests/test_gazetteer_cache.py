"""The gazetteer cache (session 120): a cached gazetteer is the built one, entry for entry; a
bad, stale or unwritable cache is no error; the cache can be turned off."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import gazetteer_cache
from dateline.gazetteer import Entry, Gazetteer


def _same(a: Gazetteer, b: Gazetteer) -> None:
    assert a.index.keys() == b.index.keys()
    assert all(a.index[name] == b.index[name] for name in a.index)
    assert a.rules == b.rules and a.iso2_to_iso3 == b.iso2_to_iso3


def test_a_cached_gazetteer_is_the_built_one(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(gazetteer_cache.CACHE_ENV, str(tmp_path))
    built = gazetteer_cache.load()  # builds and writes
    (written,) = tmp_path.glob("gazetteer-*.marshal")
    monkeypatch.setattr(gazetteer_cache, "_build", _must_not_build)
    cached = gazetteer_cache.load()
    _same(built, cached)
    # one place's names share one entry, as in the built index ("Kiev" is Kyiv's alternate name)
    kyiv, kiev = cached.resolve("Kyiv"), cached.resolve("Kiev")
    assert kyiv is not None and kiev is not None and kyiv.entry is kiev.entry
    assert kyiv.entry.country == "UKR" and written.stat().st_size > 1_000_000


def _must_not_build() -> Gazetteer:
    raise AssertionError("the cache held the gazetteer: nothing should be built")


SMALL = Entry("Sumy", "city", "UKR", None, 50.9, 34.8, "geonames:692194", 264000)


def _small() -> Gazetteer:
    return Gazetteer([("Sumy", SMALL), ("Sumi", SMALL)], {"resolve": "r"}, {"UA": "UKR"})


@pytest.fixture()
def small_build(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    builds: list[int] = []

    def counted() -> Gazetteer:
        builds.append(1)
        return _small()

    monkeypatch.setattr(gazetteer_cache, "_build", counted)
    return builds


def test_a_file_that_is_not_a_gazetteer_is_built_over(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_build: list[int]) -> None:
    monkeypatch.setenv(gazetteer_cache.CACHE_ENV, str(tmp_path))
    path = tmp_path / f"gazetteer-{gazetteer_cache.cache_key()}.marshal"
    path.write_bytes(b"\x00not marshal data")
    _same(gazetteer_cache.load(), _small())
    _same(gazetteer_cache.load(), _small())
    assert len(small_build) == 1  # the second load read the file the first wrote


def test_a_change_in_the_places_makes_a_new_file_and_drops_the_old(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, small_build: list[int]) -> None:
    monkeypatch.setenv(gazetteer_cache.CACHE_ENV, str(tmp_path))
    gazetteer_cache.load()
    (first,) = tmp_path.glob("gazetteer-*.marshal")
    real = gazetteer_cache.load_data

    def with_a_new_place(section: str) -> object:
        data = real(section)
        if section != "places":
            return data
        return {**data, "places": [*data["places"], {"id": "x", "name": "Xanadu",
                                                    "feature": "region"}]}

    monkeypatch.setattr(gazetteer_cache, "load_data", with_a_new_place)
    gazetteer_cache.load()
    (second,) = tmp_path.glob("gazetteer-*.marshal")
    assert second != first and len(small_build) == 2


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     small_build: list[int]) -> None:
    monkeypatch.setenv(gazetteer_cache.CACHE_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    gazetteer_cache.load()
    gazetteer_cache.load()
    assert len(small_build) == 2 and not list(tmp_path.rglob("*"))


def test_an_unwritable_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         small_build: list[int]) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(gazetteer_cache.CACHE_ENV, str(blocked / "cache"))
    _same(gazetteer_cache.load(), _small())
    assert len(small_build) == 1


def test_the_default_folder_is_the_users_cache(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.delenv(gazetteer_cache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert gazetteer_cache.cache_dir() == tmp_path / "dateline"
