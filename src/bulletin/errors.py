"""The one error type the package raises for bad input.

Every message says what is wrong and what to do, in one line, so that the command line
can print it without a traceback.
"""


class BulletinError(Exception):
    """Bad input: a missing, empty, changed, binary or undecodable file, or a bad table."""
