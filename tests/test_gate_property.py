"""The differential harness, bounded (issue 9): for generated stories, validate's verdict equals the strict
build's, and a passing story's page is inert and offline. The long run is scripts/gate_fuzz.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from .strategies import judge, large_batches


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("gate-property")


@settings(
    max_examples=16,
    deadline=None,
    database=None,
    phases=(Phase.generate,),  # each example is a whole build: report, do not shrink for minutes
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
@given(stories=large_batches)  # 16 builds of 20-30 stories: about 400 stories
def test_validate_and_strict_build_agree_and_passing_pages_are_inert(stories: list, workdir: Path) -> None:
    outcome = judge(stories, workdir / "hub")
    assert outcome.disagreements == []
