"""veille.nlp.times.reaches: the distances in days, characters and parse steps the times stage weighs, set in its
spaCy factory config."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TimeReaches:
    """The times stage's thresholds (each field is a key of the "veille_times" config)."""

    # A dateline date ("9 mars 2015. - ...") stands in for a missing publication date only this many characters
    # from the body start: further down, a full date is the story's, not the page's.
    dateline_reach: int = 200
    # A story day at least this many days before publication is a past episode, not the news of the week:
    # its weekdays and day-months are read in the story's time.
    past_episode_days: int = 14
    # A weekday dated elsewhere in the article ("jeudi 12 juin") dates its bare mentions within this many days
    # of publication; further off, "jeudi" alone is more likely another week's.
    dated_weekday_reach: int = 7
    # A day-month more than this many days on the wrong side of publication for its clause's tense moves a year
    # ("le 3 janvier" in a past clause of 28 December is last January's; a few days' slack covers late reports).
    tense_slack_days: int = 7
    # With no tense to go by, a day-month more than this many days from publication is taken in the nearer year.
    half_year_days: int = 183
    # How many steps up the dependency tree the verb that governs an expression is looked for.
    max_hops: int = 4
