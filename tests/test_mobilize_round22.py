"""Issue 11, wave 22: force posture (CAMEO 15). A security force that raises a security activity
(patrols, checkpoints, security, readiness, an armed presence) is MOBILIZE, coded by the entries
``mobilize.*-security-activity.v1`` and kept by the sense rules ``sense.force-raised-*``,
``sense.raised-force-activity.v1`` and ``sense.raised-armed-*``; putting or placing forces on
alert is ``mobilize.put-on-alert.v1``/``mobilize.place-on-alert.v1``. The same verbs with other
subjects or objects make no MOBILIZE event. Sentences are ours."""

from __future__ import annotations

import pytest

from tests.event_records import record_of


def _coded(text: str, word: str) -> list[tuple[str, str, str | None]]:
    """(type, rule, CAMEO code) of the events on ``word``."""
    record = record_of(text)
    return [(e.type, e.rule.split("+")[0], e.cameo)
            for e in record.events if e.trigger.text == word]


@pytest.mark.parametrize(
    ("text", "word", "rule", "cameo"),
    [
        ("The Thai army stepped up patrols along the Cambodian frontier.", "stepped",
         "events.sense.force-raised-security-activity.v1", "152"),
        ("Kenyan police tightened security around the parliament building.", "tightened",
         "events.sense.police-raised-security-activity.v1", "153"),
        ("Indian troops have intensified surveillance in the valley.", "intensified",
         "events.sense.force-raised-security-activity.v1", "152"),
        ("The Turkish military decided to boost its readiness on the Syrian border.", "boost",
         "events.sense.force-raised-security-activity.v1", "152"),
        ("Spain's government stepped up its coastal patrols near Ceuta.", "stepped",
         "events.sense.raised-force-activity.v1", "152"),
        ("Estonia is increasing its military readiness.", "increasing",
         "events.sense.raised-armed-activity.v1", "152"),
        ("The Japanese navy has expanded its presence in the East China Sea.", "expanded",
         "events.sense.force-raised-presence.v1", "154"),
        ("Australia will strengthen its military presence in the north.", "strengthen",
         "events.sense.raised-armed-presence-more-verbs.v1", "154"),
        ("Rebel forces are increasing their fighting strength in the hills.", "increasing",
         "events.sense.force-raised-security-activity.v1", "152"),
        ("Armenia put its army on high alert after the shooting.", "put",
         "events.mobilize.put-on-alert.v1", "152"),
        ("The interior ministry placed the police on alert before the vote.", "placed",
         "events.mobilize.place-on-alert.v1", "152"),
    ],
)
def test_security_force_raising_activity_is_mobilize(text: str, word: str, rule: str,
                                                     cameo: str) -> None:
    assert ("MOBILIZE", rule, cameo) in _coded(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # security in the abstract, raised by a body that is no force
        ("The European Union wants to boost security in the Balkans.", "boost"),
        # health surveillance
        ("The health ministry stepped up surveillance of the flu.", "stepped"),
        # operations against a named side are fighting, read elsewhere
        ("The army intensified operations against the rebels in the south.", "intensified"),
        # a presence in trade
        ("The bank expanded its presence in Kenya.", "expanded"),
        # economic and abstract objects
        ("The two countries agreed to increase trade.", "increase"),
        ("The ministry increased aid to the flooded region.", "increased"),
        # the purpose of the sending, which is the act
        ("Canada sent soldiers to boost security at the embassy.", "boost"),
        # an alert that is no force's
        ("The World Health Organization heightened its alert over the fever.", "heightened"),
        # a thing put on an agenda is no alert raised
        ("The chairman put the question on the agenda.", "put"),
    ],
)
def test_other_raisings_are_not_mobilize(text: str, word: str) -> None:
    assert all(kind != "MOBILIZE" for kind, _, _ in _coded(text, word))
