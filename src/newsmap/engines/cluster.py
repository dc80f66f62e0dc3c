"""The Dask side of the cluster engine: connect, prepare the workers, run partitions in order.

Why results are taken in partition order: the store then receives the articles in input order,
as from the local engine, so the same inputs give the same store (the same ids, the same
copy kept of a story that two inputs carry) whichever engine ran. At most ``window`` tasks
are submitted and not yet taken, which bounds the client's memory and the work an
interruption can lose; an early partition that is slow holds the later ones back only that
far.
"""

from __future__ import annotations

import logging
import os
import signal
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import dask
from distributed import Client, LocalCluster, as_completed
from distributed.client import FutureCancelledError
from distributed.comm.core import CommClosedError
from distributed.diagnostics.plugin import WorkerPlugin
from distributed.scheduler import KilledWorker

from newsmap.engines.tasks import worker_tagger
from newsmap.errors import EngineError

#: Seconds to wait for a scheduler to answer, and for a first worker to join it.
CONNECT_TIMEOUT_S = 30

#: Dask's housekeeping in a local cluster, made rarer. Its defaults suit a shared cluster
#: watched on the dashboard; here the scheduler and the nannies share the client's process and
#: the workers share its cores, and every wake-up takes CPU from tagging or writing. Idle, two
#: workers and their client used 0.8 s of CPU per 10 s with the defaults and 0.2 s with these;
#: busy, a worker used 6% less CPU per article tagged (no statistical profiler sampling its
#: stack every 10 ms) and the client 5% less per article written. The dashboard still shows
#: tasks, progress and workers; only its profile page stays empty.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "deploy.cluster-repr-interval": "10s",
}


@dataclass(frozen=True)
class ClusterSpec:
    """Where the work runs: an existing scheduler, or a local cluster of worker processes."""

    scheduler: str | None = None
    #: Worker processes of a local cluster (one thread each: tagging is pure Python, so a
    #: second thread in a process would only wait for the first). Default: one per core.
    workers: int | None = None
    #: Where a local cluster serves Dask's dashboard (":0" for any free port).
    dashboard: str = ":8787"


class TaggerPlugin(WorkerPlugin):
    """Loads the tagger once when a worker starts (or joins later), before any task runs."""

    name = "newsmap-tagger"

    def setup(self, worker: Any) -> None:
        worker_tagger()


@contextmanager
def connect(spec: ClusterSpec) -> Iterator[Client]:
    """A client on the scheduler (started locally with its workers when none is given),
    whose workers have the tagger loaded; everything started here is closed on the way out."""
    cluster: LocalCluster | None = None
    try:
        if spec.scheduler:
            client = Client(spec.scheduler, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
        else:
            with dask.config.set(LOCAL_CLUSTER_CONFIG):  # read as the servers start
                cluster = LocalCluster(
                    n_workers=spec.workers or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=spec.dashboard,
                    silence_logs=logging.CRITICAL,
                )
            client = Client(cluster, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        where = spec.scheduler or "a local cluster"
        raise EngineError(f"cannot reach the Dask scheduler at {where}: {exc}") from exc
    try:
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
        except TimeoutError as exc:
            where = address(client)
            raise EngineError(
                f"no Dask worker joined the scheduler at {where} within {CONNECT_TIMEOUT_S} s; "
                f"start some with `dask worker {where}`"
            ) from exc
        if cluster is not None:
            # Ctrl-C reaches the whole process group: the workers of our own cluster leave it
            # to this process, which stops them after its last commit, without tracebacks.
            client.run(_ignore_interrupts)
        client.register_plugin(TaggerPlugin(), name=TaggerPlugin.name)
        yield client
    finally:
        if cluster is not None:
            cluster.close()  # workers first, then the scheduler, then this client
        client.close()


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def address(client: Client) -> str:
    """The scheduler's address, as workers and messages name it."""
    return str(client.scheduler_info().get("address", "?"))


def describe(client: Client) -> str:
    """``dask: 2 workers at tcp://...; dashboard http://...``."""
    workers = len(client.scheduler_info().get("workers", {}))
    return (
        f"dask: {workers} worker{'s' if workers != 1 else ''} at {address(client)}; "
        f"dashboard {client.dashboard_link}"
    )


def window_for(client: Client) -> int:
    """Tasks in flight: enough to keep every worker busy while the client writes."""
    return 4 * max(1, len(client.scheduler_info().get("workers", {}))) + 4


def run_in_order(
    client: Client,
    items: Sequence[Any],
    task: Callable[..., Any],
    args: tuple[Any, ...],
    take: Callable[[Any], None],
    *,
    window: int,
    idle: Callable[[], None] = lambda: None,
) -> None:
    """``take(task(item, *args))`` for every item, in item order, the tasks run on the cluster;
    ``idle()`` whenever the next result is not there yet (the client is about to wait).

    Raises ``EngineError`` when the cluster goes away (the scheduler stops, or a task kept
    killing its workers); what was taken before stays taken.
    """
    run = uuid.uuid4().hex[:8]
    name = getattr(task, "__name__", "task")
    pending: dict[Any, int] = {}
    futures: dict[int, Any] = {}
    done: dict[int, Any] = {}
    # with_results: each result is fetched from its worker as soon as it is done, while the
    # client is still writing earlier ones; fetched on demand, the client sat idle for every
    # partition's round trip to a worker busy tagging (a tenth of its time, on 2 workers).
    queue = as_completed(loop=client.loop, with_results=True)
    submitted = taken = 0

    def submit() -> None:
        nonlocal submitted
        if submitted < len(items):
            key = f"newsmap-{name}-{run}-{submitted}"
            future = client.submit(task, items[submitted], *args, key=key, pure=False)
            pending[future.key] = submitted
            futures[submitted] = future
            queue.add(future)
            submitted += 1

    for _ in range(window):
        submit()
    with cluster_errors(client):
        for future, result in queue:
            index = pending.pop(future.key)
            # a cancelled task (the scheduler gone) raises as ``result()`` raises it
            done[index] = result if future.status == "finished" else future.result()
            del futures[index]
            future.release()
            while taken in done:
                take(done.pop(taken))
                taken += 1
                submit()
            following = futures.get(taken)
            if following is None or not following.done():
                idle()


@contextmanager
def cluster_errors(client: Client) -> Iterator[None]:
    """Turn the ways a cluster goes away into one ``EngineError`` that says what happened."""
    try:
        yield
    except KilledWorker as exc:
        raise EngineError(
            f"a task kept killing the Dask workers that ran it ({exc}); "
            "is one input too big for a worker's memory?"
        ) from exc
    except (FutureCancelledError, CommClosedError, OSError, TimeoutError) as exc:
        raise EngineError(
            f"lost the Dask scheduler at {address(client)} ({type(exc).__name__}: {exc})"
        ) from exc
