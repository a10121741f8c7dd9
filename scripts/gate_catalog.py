"""The gate's catalogs (validator, `snowball new`, the story form, the written guide): extract, update, compile.

    .venv/bin/python scripts/gate_catalog.py            # gate.pot, then every gate.po updated and compiled
    .venv/bin/python scripts/gate_catalog.py --new de   # start a language: a copy of the template to translate

Extraction reads snowball.gate.GATE_SOURCES with GATE_KEYWORDS (tr, ntr, N_ and the form script's t) and
adds the contract's field words (contract.contract_messages). Updating keeps every translation whose English is
unchanged, marks changed ones fuzzy (shown in English until a translator clears the mark) and drops removed
ones. tests/test_i18n_gate.py lists what a shipped language still lacks.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from snowball.contract import contract_messages  # noqa: E402
from snowball.gate import GATE_KEYWORDS, GATE_SOURCES  # noqa: E402
from snowball.i18n import LOCALE_DIR  # noqa: E402

# one/other, as GNU gettext ships them (Babel's CLDR rules give Portuguese a third form for millions)
PLURALS = {"pt": (2, "(n != 1)"), "es": (2, "(n != 1)"), "de": (2, "(n != 1)"), "fr": (2, "(n > 1)")}


def template() -> Catalog:
    """Every gate message, with where it is used and whether it has %(placeholders)s."""
    catalog = Catalog(project="Snowball", domain="gate", fuzzy=False)
    for source in GATE_SOURCES:
        method = "javascript" if source.endswith(".js") else "python"
        with (ROOT / source).open("rb") as f:
            for lineno, message, comments, _context in extract(method, f, keywords=GATE_KEYWORDS):
                texts = message if isinstance(message, tuple) else (message,)
                flags = ("python-format",) if any("%(" in t for t in texts) else ()
                catalog.add(message, locations=[(source, lineno)], auto_comments=comments, flags=flags)
    for text in contract_messages():
        if text not in catalog:
            catalog.add(text, locations=[("snowball/contract.py", 0)])
    return catalog


def write(catalog: Catalog, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "gate.po").open("wb") as f:
        write_po(f, catalog, width=120, include_lineno=False, ignore_obsolete=True)
    with (folder / "gate.mo").open("wb") as f:
        write_mo(f, catalog)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--new", metavar="LANG", help="start a catalog for LANG (such as de or pt_BR)")
    args = parser.parse_args()
    tpl = template()
    with (LOCALE_DIR / "gate.pot").open("wb") as f:
        write_po(f, tpl, width=120, include_lineno=False)
    if args.new:
        catalog = Catalog(locale=args.new, domain="gate", project="Snowball", fuzzy=False)
        if args.new.split("_")[0] in PLURALS:
            catalog._num_plurals, catalog._plural_expr = PLURALS[args.new.split("_")[0]]
        catalog.update(tpl)
        write(catalog, LOCALE_DIR / args.new / "LC_MESSAGES")
    for po in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/gate.po")):
        language = po.parent.parent.name
        with po.open("rb") as f:
            catalog = read_po(f, locale=language, domain="gate")
        catalog.update(tpl, update_header_comment=False)
        write(catalog, po.parent)
        done = sum(1 for m in catalog if m.id and m.string and all(m.string) and not m.fuzzy)
        print(f"{language}: {done} of {len(tpl)} gate messages translated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
