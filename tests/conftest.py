"""Hypothesis profiles: a fast one for the local loop, a derandomized one for CI, a thorough one.

The profile comes from ``--hypothesis-profile`` or the ``HYPOTHESIS_PROFILE`` variable;
without either it is ``fast``, so that the README's test command stays a quick loop.
CI sets ``HYPOTHESIS_PROFILE=ci`` around the same command. ``thorough`` is for a long run.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "thorough", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fast", max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))
