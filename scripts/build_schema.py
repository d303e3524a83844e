"""Rebuild src/diplotimeline/data/schema/diplotimeline-1.schema.json from the model classes."""

from __future__ import annotations

import json
from pathlib import Path

from diplotimeline.io.schema import SCHEMA_RESOURCE, json_schema

TARGET = Path(__file__).resolve().parents[1] / "src" / "diplotimeline" / SCHEMA_RESOURCE

if __name__ == "__main__":
    TARGET.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {TARGET}")
