"""``dateline explain``: the thin Click shell over :mod:`dateline.explain`."""

from __future__ import annotations

import json

import click

from dateline.cli_options import withhold_option


@click.command("explain")
@click.argument("text")
@click.option("--date", "anchor", metavar="YYYY-MM-DD", help="Anchor date of relative dates.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per candidate.")
@withhold_option
def command(text: str, anchor: str | None, as_json: bool, min_confidence: float | None) -> None:
    """Explain the event candidates of a sentence: the rule or CAMEO pattern that fired, the
    arguments taken, the modality and date, the confidence, and why a candidate was dropped
    or withheld.

    Exit codes: 0 explained; 1 the text could not be processed; 2 usage error.

    \b
    Example:
      dateline explain "The minister attacked the decision on Monday." --date 2024-03-06
    """
    from dateline.cli import _check_date
    from dateline.explain import explain, format_explanation

    _check_date(anchor)
    candidates = explain(text, date=anchor, min_confidence=min_confidence)
    if as_json:
        for candidate in candidates:
            click.echo(json.dumps(candidate.to_json(), ensure_ascii=False))
    else:
        click.echo(format_explanation(candidates), nl=False)
