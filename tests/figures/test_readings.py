"""The rounding step and the ranges the qualifiers admit."""

import math

import pytest

from bulletin.figures.readings import QUALIFIERS, figure_range, rounding_step


@pytest.mark.parametrize("value, step", [
    (3900, 100), (3830000, 10000), (16, 1), (10000, 10000), ("0.5", 0.1), (16600, 100), (0, 1),
])
def test_rounding_step(value, step):
    assert rounding_step(value) == step


@pytest.mark.parametrize("qualifier, step_range, bound_range", [
    ("exact", (3900, 3900), (3900, 3900)),
    ("more_than", (3900, 4000), (3900, math.inf)),
    ("at_least", (3900, 4000), (3900, math.inf)),
    ("nearly", (3800, 3900), (0, 3900)),
    ("less_than", (3800, 3900), (0, 3900)),
    ("up_to", (3800, 3900), (0, 3900)),
    ("about", (3850, 3950), (3850, 3950)),
])
def test_ranges(qualifier, step_range, bound_range):
    assert figure_range(3900, qualifier) == step_range
    assert figure_range(3900, qualifier, reading="bound") == bound_range


def test_every_qualifier_has_a_rule():
    for qualifier in QUALIFIERS:
        low, high = figure_range(250, qualifier)
        assert low <= 250 <= high


def test_negative_values_have_no_floor_under_the_bound_reading():
    assert figure_range(-5, "less_than", reading="bound") == (-math.inf, -5)


def test_unknown_qualifier():
    with pytest.raises(ValueError, match="unknown qualifier"):
        figure_range(3, "plenty")
