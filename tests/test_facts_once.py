"""Facts written once (issue 18): the core's modules import each other without a cycle, even through imports
made inside a function to dodge one, and the facts the issue names live in one module each."""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from snowball import urls
from snowball.redirects import is_former_story_address

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "snowball"


def _module(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(tree: ast.Module) -> set[ast.AST]:
    """Imports under `if TYPE_CHECKING:`: never run, so they cannot make a cycle."""
    out: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            out.update(n for child in node.body for n in ast.walk(child))
    return out


@functools.cache
def imports_at_run_time() -> dict[str, set[str]]:
    """Every snowball module -> the snowball modules it imports when it runs (at the top or in a function)."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        name = _module(path)
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_checking_only(tree)
        targets: set[str] = set()
        for node in ast.walk(tree):
            if node in skipped:
                continue
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
                targets.update([target] if node.module else [f"{target}.{a.name}" for a in node.names])
            elif isinstance(node, ast.Import):
                targets.update(a.name for a in node.names if a.name.startswith("snowball."))
        found[name] = targets
    modules = set(found)

    def known(target: str) -> str:
        while target and target not in modules:
            target = target.rpartition(".")[0]
        return target

    return {m: {known(t) for t in ts} - {"", m} for m, ts in found.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_module_of_the_core_imports_itself_back() -> None:
    """body -> scaffold -> hub -> body was dodged by an import inside a function; the body template now lives in
    the contract, which everyone reads and which reads nobody of theirs."""
    assert cycles(imports_at_run_time()) == []


def test_the_body_template_is_the_contracts() -> None:
    graph = imports_at_run_time()
    assert "snowball.scaffold" not in graph["snowball.body"]
    assert {"snowball.hub", "snowball.scaffold", "snowball.body"}.isdisjoint(graph["snowball.contract"])


# --- one source of truth for addresses ---------------------------------------------------------------------------

IDENTS = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(kind=st.sampled_from(sorted(urls._PATHS)), ident=IDENTS)
def test_one_descriptor_gives_link_source_and_built_path_and_back(kind: str, ident: str) -> None:
    """urls.target is the one place an address becomes files: the plan's key (the source path) leads back to the
    same link and built file, and the address leads back to its id."""
    pattern = urls._PATHS[kind][0]
    t = urls.target(kind, ident if "{}" in pattern else None)
    assert urls.Target.of(t.source) == t
    if kind in urls.FOLDERS:  # owned whole: the folder itself
        assert t.link == t.source == t.built
    else:
        assert t == urls.Target.at(t.link)
        assert t.built.endswith("index.html") == (t.link == "" or t.link.endswith("/"))
    if "{}" in pattern:
        assert urls.ident_at(kind, t.link) == ident


def test_no_module_of_the_core_composes_an_output_path_by_hand() -> None:
    """Addresses and built files of the site's pages come from snowball.urls; a module that writes
    f"stories/{slug}/..." or `x + "index.md"` has a second copy of the scheme. What is left: the story folder
    layout read by the hub (a folder's own index.md), a Markdown link the importer writes, and an edit link
    relative to the repository's stories/ folder."""
    allowed = {
        ("snowball/hub.py", "self.folder / 'index.md'"),
        ("snowball/importers/shortcodes.py", "f'../{slug}/index.md'"),
        ("snowball/bridge/placement.py", "f'{o.source.slug}/index.md'"),
    }
    sections = "|".join(sorted({p.split("/")[0] for p, _w in urls._PATHS.values() if "/" in p}))
    path_like = re.compile(rf"(^|/)({sections})/|index\.(md|html)$")
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "urls.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr) and any(isinstance(v, ast.FormattedValue) for v in node.values):
                texts = [v.value for v in node.values if isinstance(v, ast.Constant)]
            elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Div)):
                texts = [v.value for v in (node.left, node.right) if isinstance(v, ast.Constant)]
            else:
                continue
            if any(isinstance(t, str) and path_like.search(t) for t in texts):
                found.add((str(path.relative_to(REPO)), ast.unparse(node)))
    assert found <= allowed, sorted(found - allowed)


def test_a_former_story_address_is_told_apart_by_the_address_table(tmp_path: Path) -> None:
    """stories/page/ is the listing's, whatever the folder name: the address table says so, not a special case."""
    (tmp_path / "kept").mkdir()
    assert is_former_story_address("stories/gone/", tmp_path)
    assert not is_former_story_address("stories/kept/", tmp_path)
    assert not is_former_story_address("stories/page/", tmp_path)
    assert not is_former_story_address("stories/index.json", tmp_path)
    assert not is_former_story_address("stories/a/b/", tmp_path)


def test_every_attribute_of_the_adapters_classes_is_declared_in_init() -> None:
    """The session's state is read in one place (mkdocs-autorefs' rule): an attribute first set by an event handler
    would be missing until that event ran. MkDocs' own Page/File attributes are theirs to declare."""
    tree = ast.parse((REPO / "hooks" / "snowball_site.py").read_text(encoding="utf-8"))
    inherited = {"markdown", "meta", "content", "toc"}  # mkdocs.structure.pages.Page declares these
    late = {}
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        methods = [f for f in cls.body if isinstance(f, ast.FunctionDef)]
        declared = {n.target.id for n in cls.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)}

        def stored(fn: ast.FunctionDef) -> set[str]:
            return {
                n.attr
                for n in ast.walk(fn)
                if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Store) and ast.unparse(n.value) == "self"
            }

        declared |= set().union(*(stored(f) for f in methods if f.name == "__init__"))
        assigned = set().union(set(), *(stored(f) for f in methods if f.name != "__init__"))
        late[cls.name] = sorted(assigned - declared - inherited)
    assert late.get("Session") == [] and not any(late.values()), late


# --- one store interface for the caches --------------------------------------------------------------------------


def test_a_file_store_is_keyed_as_the_build_cache_keys_converted_stories(tmp_path: Path) -> None:
    """A value put in a FileStore under .cache/build/html is what BuildCache reads for the same story, and a
    different build key finds nothing: the build cache can keep its files on this store without a cold start."""
    from snowball.bridge.buildcache import BuildCache
    from snowball.store import FileStore

    data = {"content": "<p>Hi</p>", "toc": []}
    FileStore(tmp_path / ".cache" / "build" / "html", "key-1").put(("porto-paper", "# Hi\n"), data)
    assert BuildCache(tmp_path, "key-1").converted.get(("porto-paper", "# Hi\n")) == data
    assert BuildCache(tmp_path, "key-2").converted.get(("porto-paper", "# Hi\n")) is None
    BuildCache(tmp_path, "key-1").converted.put(("gull", "text"), data)
    store = FileStore(tmp_path / ".cache" / "build" / "html", "key-1")
    assert store.has(("gull", "text")) and store.get(("gull", "text")) == data and store.get(("gull", "other")) is None


def test_a_memory_store_keeps_only_what_the_last_use_asked_for() -> None:
    from snowball.store import MemoryStore

    store: MemoryStore[str, str] = MemoryStore()
    made: list[str] = []
    assert store.made("a", lambda k: made.append(k) or k.upper()) == "A"
    store.put("b", "B")
    store.settle()
    assert store.made("a", lambda k: made.append(k) or "again") == "A" and made == ["a"]  # kept: not made again
    store.settle()  # "b" was not asked for since the last settle: forgotten
    assert store.get("b") is None and store.get("a") == "A" and store.get("") is None
    assert len(store) == 1


def test_a_table_store_outlives_its_process_under_its_key_only(tmp_path: Path) -> None:
    """The build cache's phase-1 checks and search memo: what the last use asked for is saved in one file, found
    again under the same key, and nothing is found under another key or in a file that cannot be read."""
    from snowball.store import TableStore

    path = tmp_path / "t.pickle"
    table: TableStore[str, int] = TableStore(path, ("key", 1))
    table.put("a", 1)
    table.put("b", 2)
    table.settle()
    assert table.get("a") == 1
    table.settle()  # "b" not asked for: not saved
    table.save()
    again: TableStore[str, int] = TableStore(path, ("key", 1))
    assert again.get("a") == 1 and again.get("b") is None
    assert TableStore(path, ("key", 2)).get("a") is None
    path.write_bytes(b"not a pickle")
    assert TableStore(path, ("key", 1)).get("a") is None


def test_retain_keeps_exactly_the_given_keys_asked_for_or_not() -> None:
    """The preview's conversions: today's stories stay whether or not this rebuild rendered them, an edited
    story's older text goes (a preview left running for hours holds one conversion per story)."""
    from snowball.store import MemoryStore

    store: MemoryStore[tuple[str, str], str] = MemoryStore()
    store.put(("a", "old"), "A1")
    store.put(("b", "text"), "B")
    store.settle()
    store.put(("a", "new"), "A2")
    store.retain([("a", "new"), ("b", "text")])
    assert store.items() == {("a", "new"): "A2", ("b", "text"): "B"}


def test_clean_images_are_made_once_across_processes(tmp_path: Path) -> None:
    """images.ImageCache keeps its renditions in a FileStore: a second build (a new cache object) encodes nothing,
    and another width is another file."""
    from PIL import Image

    from snowball.images import ImageCache

    src = tmp_path / "photo.jpg"
    Image.new("RGB", (900, 600), "teal").save(src)
    first = ImageCache(tmp_path / "cache")
    path, size = first.rendition(src, 480)
    assert first.processed == 1 and size == (480, 320) and Image.open(path).size == (480, 320)
    second = ImageCache(tmp_path / "cache")
    assert second.rendition(src, 480) == (path, size) and second.processed == 0
    assert second.rendition(src, 900)[0] != path and second.processed == 1


def test_only_the_store_module_reads_or_writes_a_cache_file() -> None:
    """One store interface for the caches: no other module of the core pickles, or writes files atomically, by
    itself (the build cache's plan.json, a record of the last build rather than a cache, uses store.write_atomic)."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "store.py" and (
            re.search(r"^import pickle|pickle\.(dump|load)", text, re.M) or "mkstemp(" in text
        ):
            offenders.append(path.relative_to(REPO).as_posix())
    assert offenders == []


def test_the_stage_names_reach_the_site_catalog_from_the_contract() -> None:
    """The matrix, the filters and the cards name stages from contract.STAGE_NAMES; their translations come from
    the site catalog, which extracts them from the contract (babel.cfg), not from a script that lists them."""
    from babel.messages.extract import extract_from_file

    from snowball.contract import STAGE_NAMES, extract_site_words

    found = {message for _line, message, _comments, _context in extract_from_file(
        extract_site_words, str(PACKAGE / "contract.py"))}  # fmt: skip
    assert found == set(STAGE_NAMES.values())
    assert "[snowball_contract: snowball/contract.py]" in (REPO / "babel.cfg").read_text(encoding="utf-8")


# --- draft detection only in the reader --------------------------------------------------------------------------


def test_drafts_are_told_by_the_reader_for_every_tool_that_reads_one_story(tmp_path: Path) -> None:
    """redirects.yml's targets and snowball mv/rm ask the reader, which reads the line as the hub does."""
    from snowball import reader, redirects, storyops

    assert redirects.is_draft is reader.is_draft and storyops.is_draft is reader.is_draft
    cases = {"draft: true  # not ready": True, 'draft: "true"': True, "draft: True": True, "draft: false": False,
             "draft: yes": False, "": False}  # fmt: skip
    for n, (line, draft) in enumerate(cases.items()):
        index = tmp_path / f"s{n}" / "index.md"
        index.parent.mkdir()
        index.write_text(f"---\ntitle: A\n{line}\n---\n\nText.\n", encoding="utf-8")
        assert reader.is_draft(index) is draft, line
