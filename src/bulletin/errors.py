"""The one error type the package raises for bad input.

Every message says what is wrong and what to do, in one line, so that the command line
can print it without a traceback.
"""


class BulletinError(Exception):
    """Bad input: a missing, empty, changed, binary or undecodable file, or a bad table."""


class FigureNotFound(BulletinError, LookupError):
    """A lookup found no figure: a year, report, operation or metric the table does not state.

    Raised by lookups (:func:`bulletin.analysis.context.pick`, and checks that need a figure
    in both reports); callers that allow a figure to be absent catch this and only this, so
    that a fault in the data (a bad row, a bad range) still stops the run.

    >>> isinstance(FigureNotFound("no full_year figure for 2023 headline/cases"), LookupError)
    True
    """
