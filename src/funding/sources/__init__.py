"""Stage 1, sources: the manifest, the mirror, hash verification and fetching.

``manifest`` (what every input is and its sha256), ``mirror`` (where files are
found: ``$FUNDING_SOURCES_DIR``/``$FUNDING_DATA_DIR``, ``../shared``, ``data/raw``;
reading them verified), ``fetch`` (downloading what has a URL).  The only stage
that touches the source files; everything downstream takes their text.
"""

from funding.sources.fetch import FetchResult, fetch
from funding.sources.manifests import ManifestEntry, entry, manifest, sources_of_kind, unfetchable
from funding.sources.mirror import PROJECT_ROOT, locate, read_bytes, read_text, search_dirs, sha256_of, verify

__all__ = [
    "FetchResult", "fetch", "ManifestEntry", "entry", "manifest", "sources_of_kind", "unfetchable",
    "PROJECT_ROOT", "locate", "read_bytes", "read_text", "search_dirs", "sha256_of", "verify",
]
