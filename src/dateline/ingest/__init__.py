"""Readers and cleaning: from files, folders, corpora and stdin to clean article text."""

from dateline.ingest.clean import Cleaned, clean
from dateline.ingest.readers import Article, ReadFailure, read_file, read_inputs

__all__ = ["Article", "Cleaned", "ReadFailure", "clean", "read_file", "read_inputs"]
