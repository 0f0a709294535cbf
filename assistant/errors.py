"""Domain exceptions. The CLI and the UI turn each into one line for the user."""


class JobbtorgError(Exception):
    """Base class: its message is shown to the user as is, on one line."""


class UnsupportedDocument(JobbtorgError):
    """A file that cannot be ingested (format, encoding, content). Names the file."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class IndexMissing(JobbtorgError):
    """No usable index in the index directory."""

    def __init__(self, index_dir: str):
        super().__init__(
            f"no index in {index_dir}: run `jobbtorg ingest` first "
            "(or pass --index-dir / set JOBBTORG_INDEX_DIR)"
        )


class EmbedderMismatch(JobbtorgError):
    """The index was built with another embedder than the one configured."""


class DocumentNotFound(JobbtorgError):
    """A source name that is not in the index."""


class ConfigError(JobbtorgError):
    """A setting (flag or environment variable) with an invalid value."""
