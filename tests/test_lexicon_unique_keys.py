"""Every mapping in the lexicon's YAML files names each key once.

YAML keeps the last of two equal keys without a word, so a word list added under a name that
already exists silently replaces the older one (wave 28 met it in ``senses.yaml``: a new list
``captives`` was ignored). This check makes the second definition an error."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

LEXICON = Path(__file__).resolve().parents[1] / "src" / "dateline" / "lexicon"


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a key its mapping already holds."""


def _unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[object, object]:
    seen: set[object] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} defined twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)

FILES = sorted(LEXICON.rglob("*.yaml"))


def test_the_lexicon_has_yaml_files() -> None:
    assert len(FILES) > 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(LEXICON)))
def test_no_key_is_defined_twice(path: Path) -> None:
    # the loader raises on a doubled key; a file that loads is a mapping or a list
    loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    assert isinstance(loaded, dict | list)


def test_a_key_defined_twice_is_refused() -> None:
    with pytest.raises(yaml.constructor.ConstructorError, match="defined twice"):
        yaml.load("words: [a]\nwords: [b]\n", Loader=_UniqueKeyLoader)
