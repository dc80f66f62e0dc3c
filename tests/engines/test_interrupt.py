"""Ctrl-C in a cluster run is taken at the engine's next safe point, not inside a finalizer."""

from __future__ import annotations

import gc
import os
import signal

import pytest

from newsmap.engines.interrupt import stop_at_safe_points


class _Finalized:
    """An object whose finalizer runs while the signal arrives: where Python would drop a
    ``KeyboardInterrupt`` raised by the default handler ("Exception ignored in ...")."""

    def __del__(self) -> None:
        os.kill(os.getpid(), signal.SIGINT)


def test_the_first_ctrl_c_waits_for_the_next_safe_point() -> None:
    with stop_at_safe_points() as stop:
        os.kill(os.getpid(), signal.SIGINT)
        assert stop.requested
        with pytest.raises(KeyboardInterrupt):
            stop.check()


def test_a_ctrl_c_during_a_finalizer_is_not_lost() -> None:
    with stop_at_safe_points() as stop:
        thing = _Finalized()
        del thing
        gc.collect()
        with pytest.raises(KeyboardInterrupt):
            stop.check()


def test_a_second_ctrl_c_stops_at_once() -> None:
    with stop_at_safe_points() as stop:
        os.kill(os.getpid(), signal.SIGINT)
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
        assert stop.requested


def test_the_previous_handler_comes_back() -> None:
    before = signal.getsignal(signal.SIGINT)
    with stop_at_safe_points():
        assert signal.getsignal(signal.SIGINT) is not before
    assert signal.getsignal(signal.SIGINT) is before


def test_without_a_request_the_check_passes() -> None:
    with stop_at_safe_points() as stop:
        stop.check()
    assert not stop.requested
