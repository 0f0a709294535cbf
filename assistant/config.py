"""The one settings object, built from environment variables and CLI flags.

Every JOBBTORG_* variable is read here and nowhere else; flags given on the
command line override the environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Mapping

from .errors import ConfigError

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
EMBEDDERS = ("e5", "sentence-transformers")


def _default_dir(name: str) -> Path:
    # Inside the checkout the fixed layout applies wherever the command is run
    # from; an installed package falls back to the working directory.
    if (PACKAGE_ROOT / "pyproject.toml").exists():
        return PACKAGE_ROOT / name
    return Path.cwd() / name


@dataclass(frozen=True)
class Settings:
    index_dir: Path
    corpus_dir: Path
    embedder: str = "e5"
    embedding_model: str | None = None
    device: str = "cpu"
    batch_size: int = 32
    chroma_host: str | None = None
    chroma_port: int = 8000
    chroma_token: str | None = None
    chroma_auth_header: str = "Authorization"
    collection: str = "jobbtorg"
    max_file_mb: float = 50.0
    auth: str | None = None  # "user:password" for the app (JOBBTORG_AUTH)
    allow_upload: bool = False  # uploads without auth only when asked for (JOBBTORG_ALLOW_UPLOAD=1)

    @property
    def uses_chroma_server(self) -> bool:
        return bool(self.chroma_host)

    def __repr__(self) -> str:
        # The token must never reach a log line or a traceback.
        shown = {f.name: getattr(self, f.name) for f in fields(self)}
        for secret in ("chroma_token", "auth"):
            if shown[secret]:
                shown[secret] = "***"
        return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides) -> "Settings":
        env = os.environ if env is None else env

        def number(name: str, default, kind=int):
            raw = env.get(name)
            if raw in (None, ""):
                return default
            try:
                return kind(raw)
            except ValueError:
                msg = f"{name}={raw!r} is not a number"
                raise ConfigError(msg) from None

        settings = cls(
            index_dir=Path(env.get("JOBBTORG_INDEX_DIR") or _default_dir("index")),
            corpus_dir=Path(env.get("JOBBTORG_CORPUS_DIR") or _default_dir("corpus/documents")),
            embedder=env.get("JOBBTORG_EMBEDDER") or "e5",
            embedding_model=env.get("JOBBTORG_EMBEDDING_MODEL") or None,
            device=env.get("JOBBTORG_DEVICE") or "cpu",
            batch_size=number("JOBBTORG_BATCH_SIZE", 32),
            chroma_host=env.get("JOBBTORG_CHROMA_HOST") or None,
            chroma_port=number("JOBBTORG_CHROMA_PORT", 8000),
            chroma_token=env.get("JOBBTORG_CHROMA_TOKEN") or None,
            chroma_auth_header=env.get("JOBBTORG_CHROMA_AUTH_HEADER") or "Authorization",
            collection=env.get("JOBBTORG_COLLECTION") or "jobbtorg",
            max_file_mb=number("JOBBTORG_MAX_FILE_MB", 50.0, float),
            auth=env.get("JOBBTORG_AUTH") or None,
            allow_upload=(env.get("JOBBTORG_ALLOW_UPLOAD") or "").lower() in ("1", "true", "yes"),
        )
        given = {k: v for k, v in overrides.items() if v is not None}
        if "index_dir" in given:
            given["index_dir"] = Path(given["index_dir"])
        settings = replace(settings, **given)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.embedder not in EMBEDDERS:
            msg = f"embedder {self.embedder!r} is unknown: choose one of {', '.join(EMBEDDERS)}"
            raise ConfigError(msg)
        if self.batch_size < 1:
            msg = f"batch size must be at least 1, got {self.batch_size}"
            raise ConfigError(msg)
        if self.auth is not None and (":" not in self.auth or self.auth.startswith(":")):
            msg = "JOBBTORG_AUTH must be user:password"
            raise ConfigError(msg)
        if not 0 < self.chroma_port < 65536:
            msg = f"JOBBTORG_CHROMA_PORT={self.chroma_port} is not a port number"
            raise ConfigError(msg)
