"""How ``make test`` shares the suite between its two pytest-xdist workers.

A unit of work is a whole test module, so a module's fixtures (a corpus tagged once, a wheel
built once, a cluster's reference run) are made once, as in a run without workers; the browser
tier is one unit, so one Chromium and one dashboard server (session fixtures) serve all of it
instead of one of each per worker competing for the same cores.  Units go out in collection
order: the long integration tiers (browser, engines, faults, packaging) come first, and the
many short unit-test modules after them even out the two workers' ends.  (pytest-xdist's own
``loadscope`` order puts the modules with the most tests first, which sends the long
integration modules, a few tests each, last: one worker would run them while the other waits.)
"""

from __future__ import annotations

from typing import Any

#: Folders whose modules run together as one unit of work, and that unit's name.
SHARED_UNITS = {"tests/browser/": "tests/browser"}


def unit_of(nodeid: str) -> str:
    """The unit of work of a test: its folder's shared unit, else its module."""
    module = nodeid.split("::", 1)[0]
    return next((unit for f, unit in SHARED_UNITS.items() if module.startswith(f)), module)


def make_scheduler(config: Any, log: Any) -> Any:
    """pytest-xdist's ``loadscope`` scheduling with ``unit_of`` as the scope, in collection
    order.  (Imported here: pytest-xdist is a test dependency, and the doctest collector
    imports this module in every run.)"""
    from xdist.scheduler import LoadScopeScheduling

    class ModuleScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return unit_of(nodeid)

    config.option.loadscopereorder = False
    return ModuleScheduling(config, log)
