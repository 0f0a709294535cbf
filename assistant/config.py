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
LLMS = ("openai", "ollama", "llamacpp")


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
    allowed_hosts: tuple[str, ...] = ()  # JOBBTORG_ALLOWED_HOSTS: if set, the app answers only these host names
    llm: str | None = None  # None: the extractive composer answers
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_gguf: Path | None = None
    llm_timeout_s: float = 60.0

    @property
    def uses_chroma_server(self) -> bool:
        return bool(self.chroma_host)

    def __repr__(self) -> str:
        # The token must never reach a log line or a traceback.
        shown = {f.name: getattr(self, f.name) for f in fields(self)}
        for secret in ("chroma_token", "auth", "llm_api_key"):
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
            allowed_hosts=tuple(h.strip().lower() for h in (env.get("JOBBTORG_ALLOWED_HOSTS") or "").split(",") if h.strip()),
            llm=(env.get("JOBBTORG_LLM") or "").lower() or None,
            llm_base_url=env.get("JOBBTORG_LLM_BASE_URL") or None,
            llm_model=env.get("JOBBTORG_LLM_MODEL") or None,
            llm_api_key=env.get("JOBBTORG_LLM_API_KEY") or None,
            llm_gguf=Path(env["JOBBTORG_LLM_GGUF"]) if env.get("JOBBTORG_LLM_GGUF") else None,
            llm_timeout_s=number("JOBBTORG_LLM_TIMEOUT", 60.0, float),
        )
        given = {k: v for k, v in overrides.items() if v is not None}
        if "index_dir" in given:
            given["index_dir"] = Path(given["index_dir"])
        if given.get("llm"):
            given["llm"] = given["llm"].lower()
        if given.get("llm") == "none":
            given["llm"] = None
            settings = replace(settings, llm=None)
        if "llm_gguf" in given:
            given["llm_gguf"] = Path(given["llm_gguf"])
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
        if self.auth is not None and not self.auth.split(":", 1)[1].strip():
            msg = "JOBBTORG_AUTH has an empty password: give user:password"
            raise ConfigError(msg)
        if self.llm is not None:
            if self.llm not in LLMS:
                msg = f"JOBBTORG_LLM={self.llm!r} is unknown: choose one of {', '.join(LLMS)} (or leave it unset)"
                raise ConfigError(msg)
            needed = {"openai": ("llm_base_url", "llm_model"), "ollama": ("llm_model",), "llamacpp": ("llm_gguf",)}[self.llm]
            missing = [name for name in needed if not getattr(self, name)]
            if missing:
                names = ", ".join(f"JOBBTORG_{name.upper()}" for name in missing)
                msg = f"JOBBTORG_LLM={self.llm} needs {names}"
                raise ConfigError(msg)
            if self.llm == "llamacpp" and not self.llm_gguf.is_file():
                msg = f"JOBBTORG_LLM_GGUF={self.llm_gguf}: no such file"
                raise ConfigError(msg)
        if not 0 < self.chroma_port < 65536:
            msg = f"JOBBTORG_CHROMA_PORT={self.chroma_port} is not a port number"
            raise ConfigError(msg)
