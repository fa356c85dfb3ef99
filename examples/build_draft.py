"""Write the reference brief in the form a language model drafts it.

``examples/moscow-intransigent-syria-2013.draft.json`` is what a model writing
against ``schemas/brief.llm.schema.json`` should produce for the reference text:
every field present (null where the brief leaves it out), quotes as words, no
offsets. ``briefschema ground`` turns it back into the reference brief, which
the tests check. Run from the repository root after the reference brief changes.
"""

from __future__ import annotations

import json
from pathlib import Path

import briefschema as bs

HERE = Path(__file__).parent
NAME = "moscow-intransigent-syria-2013"


def main() -> None:
    """Write the draft beside the reference brief."""
    brief = bs.load(HERE / f"{NAME}.brief.json", source_text=(HERE / f"{NAME}.txt").read_bytes())
    text = json.dumps(bs.draft_of(brief), ensure_ascii=False, indent=2) + "\n"
    (HERE / f"{NAME}.draft.json").write_text(text, encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
