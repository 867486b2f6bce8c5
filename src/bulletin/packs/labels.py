"""The words a reader sees for operation and metric ids, from the tables that define them.

Labels live in data: an operation's ``label`` and ``in_sentence`` columns (the pack's
``operations.csv``) and a metric's ``label`` and ``short_label`` (the shared
``metrics.csv``). A :class:`Labels` is built once from those tables and passed to the
charts and tables that need words, so the code itself names no operation.

Examples
--------
>>> from bulletin.packs.pack import project_pack
>>> labels = Labels(project_pack("jingwang2021-stage").operations)
>>> labels.operation("water_army"), labels.operation_in_sentence("personal_information")
('Internet water army', 'personal information')
>>> labels.metric("sim_cards", short=True), labels.metric("stolen_bikes")
('black SIM cards', 'stolen bikes')
>>> labels.row("four_disruptions", "sim_cards")
'Four Disruptions: black SIM cards'
"""

from __future__ import annotations

from bulletin.lexicon.metrics import Metric, load_metrics
from bulletin.packs.operations import Operation, in_sentence


class Labels:
    """Labels for the operations and metrics of one or more tables.

    An id with no row in the tables is shown as itself, underscores as spaces, so an
    unknown id is visible rather than silently renamed.
    """

    def __init__(self, operations: list[Operation] = (), metrics: list[Metric] | None = None):
        metrics = load_metrics() if metrics is None else metrics
        self._operation = {o.operation: o.label for o in operations}
        self._position = {o.operation: i for i, o in enumerate(operations)}
        self._in_sentence = {o.operation: o.in_sentence or in_sentence(o.label)
                             for o in operations}
        self._metric = {m.metric: m.label for m in metrics}
        self._short = {m.metric: m.short_label or m.label for m in metrics}
        self._unit = {m.metric: m.unit for m in metrics}

    def operation(self, operation: str) -> str:
        """An operation's label (its id with spaces if the table has none)."""
        return self._operation.get(operation, operation.replace("_", " "))

    def position(self, operation: str) -> int:
        """Where ``operation`` stands in its table (unknown ids after every known one), so
        charts can give an operation the same colour wherever it appears."""
        return self._position.get(operation, len(self._position))

    def operation_in_sentence(self, operation: str) -> str:
        """An operation's label as written inside a sentence."""
        return self._in_sentence.get(operation, operation.replace("_", " "))

    def metric(self, metric: str, short: bool = False) -> str:
        """A metric's label; ``short`` gives the compact form for rows that name the operation."""
        table = self._short if short else self._metric
        return table.get(metric, metric.replace("_", " "))

    def unit(self, metric: str) -> str:
        """What one counted thing of ``metric`` is ("SIM cards", "gangs"); "items" if unknown.

        >>> Labels().unit("sim_cards"), Labels().unit("stolen_bikes")
        ('SIM cards', 'items')
        """
        return self._unit.get(metric) or "items"

    def row(self, operation: str, metric: str) -> str:
        """"Operation: short metric", the label of one figure in a table or chart."""
        return f"{self.operation(operation)}: {self.metric(metric, short=True)}"
