"""Files uploaded in the app: checked, stored under the index, ingested.

An upload never replaces a document silently. One that has the name of a
document already indexed is kept apart under a name of its own (its result
says so), unless the user explicitly asked to replace: then the result names
what was replaced. Identical content already indexed is reported, not added.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .config import Settings

UPLOAD_FOLDER = "uploads"
UPLOAD_MARK = "uppladdad"  # what an upload kept apart from a same-name document is called


@dataclass(frozen=True)
class UploadResult:
    name: str  # the uploaded file's (safe) name
    status: str  # tillagd | ersatt | oförändrad | avvisad
    detail: str
    stored_as: str | None = None  # the source name in the index


def safe_upload_name(name: str) -> str:
    """A file name safe to store: no folders, no shell or control characters.

    >>> safe_upload_name("../../etc/pass wd;rm -rf.pdf"), safe_upload_name(".dold.txt")
    ('pass_wd_rm_-rf.pdf', 'dold.txt')
    """
    base = Path(name.replace("\\", "/")).name
    base = re.sub(r"[^\w.\-åäöÅÄÖ]+", "_", base).strip("._") or "dokument"
    stem, dot, suffix = base.rpartition(".")
    stem = stem.strip("._-") or "dokument"
    return (stem[:100] + dot + suffix[:10]) if dot else base[:110]


def name_apart(name: str, taken: set[str]) -> str:
    """A name for an upload that must not take the place of `name`.

    >>> name_apart("rapport.txt", {"rapport.txt"})
    'rapport-uppladdad.txt'
    >>> name_apart("rapport.txt", {"rapport.txt", "rapport-uppladdad.txt"})
    'rapport-uppladdad-2.txt'
    """
    stem, dot, suffix = name.rpartition(".")
    stem, dot = (stem, dot) if dot else (name, "")
    for n in range(1, 10_000):
        candidate = f"{stem}-{UPLOAD_MARK}{'' if n == 1 else f'-{n}'}{dot}{suffix if dot else ''}"
        if candidate not in taken:
            return candidate
    raise ValueError(f"no free name for {name}")


def receive_uploads(files: list[tuple[str, Path]], settings: Settings, *, replace: bool = False) -> list[UploadResult]:
    """Check, store and ingest uploaded files given as (original name, temp path)."""
    from .ingest import ingest
    from .loading import SUPPORTED_SUFFIXES
    from .store import IndexDir

    folder = Path(settings.index_dir) / UPLOAD_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    manifest = IndexDir(settings).read_manifest() or {"documents": []}
    indexed = {d["source"]: d for d in manifest["documents"]}
    taken = set(indexed)
    results: list[UploadResult] = []
    stored: dict[Path, tuple[str, str | None]] = {}  # path -> (uploaded name, what it replaces)
    limit = settings.max_file_mb * 2**20
    for original_name, temp in files:
        name = safe_upload_name(original_name)
        if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
            results.append(UploadResult(name, "avvisad", f"filtypen stöds inte ({', '.join(SUPPORTED_SUFFIXES)})"))
            continue
        size = Path(temp).stat().st_size
        if size > limit:
            results.append(UploadResult(name, "avvisad", f"större än {settings.max_file_mb:.0f} MB"))
            continue
        data = Path(temp).read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        same = next((s for s, d in indexed.items() if d.get("sha256") == digest), None)
        if same is not None:
            results.append(UploadResult(name, "oförändrad", f"samma innehåll finns redan som {same}", same))
            continue
        target_name, replaces = name, None
        if name in taken:
            if replace:
                replaces = name
            else:
                target_name = name_apart(name, taken)
        taken.add(target_name)
        target = folder / target_name
        target.write_bytes(data)
        stored[target] = (name, replaces)
    if not stored:
        return results
    report = ingest(list(stored), settings, progress=False)
    failed = {f.source: f.reason for f in report.failed}
    live = {d["source"]: d for d in (IndexDir(settings).read_manifest() or {"documents": []})["documents"]}
    for path, (name, replaces) in stored.items():
        if path.name in failed:
            results.append(UploadResult(name, "avvisad", failed[path.name]))
            path.unlink(missing_ok=True)
            continue
        chunks = live[path.name]["chunks"]
        if replaces:
            before = indexed[replaces]["chunks"]
            detail = f"ersatte {replaces} ({before} → {chunks} avsnitt)"
            results.append(UploadResult(name, "ersatt", detail, path.name))
        elif path.name != name:
            detail = (f"{chunks} avsnitt, sparad som {path.name}: ett dokument med namnet {name} "
                      "finns redan och ersattes inte")
            results.append(UploadResult(name, "tillagd", detail, path.name))
        else:
            results.append(UploadResult(name, "tillagd", f"{chunks} avsnitt", path.name))
    return results
