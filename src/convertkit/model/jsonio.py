"""The versioned JSON form of the model (``convertkit.document/1``), both ways.

The layout is the contract published in the foundation issue: ``meta`` then ``blocks``, each
block tagged with ``kind``. Fields may be added in minor revisions; a different major version
is refused rather than half-read.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from ..errors import InputError
from .blocks import BLOCK_KINDS, Block, LinkItem, RelatedLinks
from .document import Dateline, Document, Meta, Series, Source

SCHEMA = "convertkit.document/1"
SCHEMA_MAJOR = "1"


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value


def meta_to_dict(meta: Meta) -> dict[str, Any]:
    return {
        "kicker": meta.kicker,
        "title": meta.title,
        "subtitle": meta.subtitle,
        "published": meta.published,
        "agency": meta.agency,
        "bureau": meta.bureau,
        "dateline": _plain(meta.dateline),
        "reporters": list(meta.reporters),
        "reporter_label": meta.reporter_label,
        "reporter_roles": list(meta.reporter_roles),
        "affiliation": meta.affiliation,
        "photographers": list(meta.photographers),
        "editors": list(meta.editors),
        "series": _plain(meta.series),
        "language": meta.language,
        "region": meta.region,
        "keywords": list(meta.keywords),
        "source": _plain(meta.source),
        "header_raw": list(meta.header_raw),
        "title_derived": meta.title_derived,
        "furniture_raw": list(meta.furniture_raw),
    }


def block_to_dict(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": block.kind}
    data.update({f.name: _plain(getattr(block, f.name)) for f in fields(block)})
    return data


def document_to_dict(doc: Document) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "meta": meta_to_dict(doc.meta),
        "blocks": [block_to_dict(block) for block in doc.blocks],
    }


def document_from_dict(data: dict[str, Any]) -> Document:
    """Rebuild a Document from its JSON form; refuse another schema major version."""
    schema = data.get("schema") if isinstance(data, dict) else None
    if not isinstance(schema, str) or not schema.startswith("convertkit.document/"):
        raise InputError("not a convertkit document (no 'schema': 'convertkit.document/1')")
    if schema.partition("/")[2].split(".")[0] != SCHEMA_MAJOR:
        raise InputError(f"unsupported document schema {schema!r} (this convertkit reads {SCHEMA})")
    try:
        meta_data = dict(data["meta"])
        meta = Meta(
            kicker=meta_data.get("kicker"),
            title=meta_data["title"],
            subtitle=meta_data.get("subtitle"),
            published=meta_data.get("published"),
            agency=meta_data.get("agency"),
            bureau=meta_data.get("bureau"),
            dateline=Dateline(**meta_data["dateline"]) if meta_data.get("dateline") else None,
            reporters=tuple(meta_data.get("reporters", ())),
            reporter_label=meta_data.get("reporter_label"),
            reporter_roles=tuple(meta_data.get("reporter_roles", ())),
            affiliation=meta_data.get("affiliation"),
            photographers=tuple(meta_data.get("photographers", ())),
            editors=tuple(meta_data.get("editors", ())),
            series=Series(**meta_data["series"]) if meta_data.get("series") else None,
            language=meta_data.get("language", "zh-Hans"),
            region=meta_data.get("region"),
            keywords=tuple(meta_data.get("keywords", ())),
            source=Source(**meta_data.get("source", {})),
            header_raw=tuple(meta_data.get("header_raw", ())),
            title_derived=bool(meta_data.get("title_derived", False)),
            furniture_raw=tuple(meta_data.get("furniture_raw", ())),
        )
        blocks: list[Block] = []
        for item in data["blocks"]:
            values = dict(item)
            cls = BLOCK_KINDS[values.pop("kind")]
            if cls is RelatedLinks:
                values["items"] = tuple(LinkItem(**link) for link in values.get("items", ()))
            blocks.append(cls(**values))
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"malformed convertkit document: {type(exc).__name__}: {exc}") from None
    return Document(meta=meta, blocks=tuple(blocks))
