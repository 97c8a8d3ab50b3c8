"""The lexicon data files (YAML) and their schema (``schema.py``)."""
