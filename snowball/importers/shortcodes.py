"""Turn a source body into a story body: shortcodes and template tags, links, images and raw HTML.

Order matters and is fixed: code is set aside first (template syntax inside code is text and
stays), then Hugo shortcodes and Liquid/Nunjucks tags become Markdown, then links, images and
raw HTML are resolved against the imported posts and the source tree. Whatever cannot be
converted is reported and removed or kept as plain text, so no template syntax is left outside code.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..markscan import sub_links, sub_tags, template_spans
from .common import SourcePost
from .linear import anchor_links, explicit_ids, hugo_tags, last_end, sub_before_last, sub_until_failed
from .report import ImportReport

UNRESOLVED = "snowball-unresolved:"  # placeholder URL for links that could not be resolved; removed at the end

# Hugo: {{< name args >}} / {{% name args %}} / closing {{< /name >}}; comments {{/* */}}; escaped {{</* */>}}
# (shortcodes are found by linear.hugo_tags; the lazy patterns below are applied only up to their last closer)
_HUGO_ESCAPED_RE = re.compile(r"\{\{([<%])/\*(.*?)\*/([>%])\}\}", re.S)
_HUGO_ESCAPED_END_RE = re.compile(r"\*/[>%]\}\}")
_GO_COMMENT_RE = re.compile(r"\{\{-?\s*/\*.*?\*/\s*-?\}\}", re.S)
_GO_COMMENT_END_RE = re.compile(r"\*/\s*-?\}\}")
# Liquid / Nunjucks: {% tag args %}, {{ expression }}
_LIQUID_TAG_RE = re.compile(r"\{%-?\s*(\w+)(.*?)-?%\}", re.S)
_LIQUID_OUT_RE = re.compile(r"\{\{-?(.*?)-?\}\}", re.S)
_IMAGE_FILE_RE = re.compile(r"\.(?:png|jpe?g|webp|gif|svg)$", re.I)
_ARG_RE = re.compile(
    r"([\w-]+)\s*[=:]\s*(\"(?:[^\"\\]|\\.)*\"|'[^']*'|`[^`]*`|[^\s,]+)|(\"(?:[^\"\\]|\\.)*\"|'[^']*'|`[^`]*`|[^\s,]+)"
)
# A fence as the hub's renderer (Python-Markdown's superfences) reads one at the top level: no indent, a
# language and attributes or common options at most, and closed by the same fence alone on a line. A line
# it would not read as a fence must not be taken for one here (its template syntax would be left as text).
_FENCE_RE = re.compile(
    r"(`{3,}|~{3,})[ \t]*(?:\.?[\w#.+-]+)?[ \t]*(?:\{[^`\n]*\}|(?:(?:title|hl_lines|linenums)=\"[^\"`\n]*\"[ \t]*)*)[ \t]*"
)

ADMONITION_NAMES = {
    "note": "note", "notice": "note", "callout": "note", "alert": "warning", "warning": "warning",
    "tip": "tip", "info": "info", "admonition": "note", "hint": "tip", "important": "important",
    "caution": "warning", "danger": "danger", "box": "note", "ring": "note", "card-policy": "note",
    "card-prompt": "note", "callout-box": "note", "aside": "note", "details": "note", "accordion": "note",
}  # fmt: skip
_VARIANT = {"alert": "warning", "warning": "warning", "action": "tip", "activity": "example", "comment": "quote",
            "join": "info", "tip": "tip", "info": "info", "danger": "danger", "success": "success"}  # fmt: skip
IMAGE_SHORTCODES = {"figure", "img", "image", "legacy-img", "legacy-img-right", "img-right", "img-left", "picture"}
VIDEO_URLS = {
    "youtube": "https://www.youtube.com/watch?v={}",
    "vimeo": "https://vimeo.com/{}",
    "youtube-nocookie": "https://www.youtube.com/watch?v={}",
}
LINK_SHORTCODES = {"ref", "relref", "link", "tmp", "post_url"}
PASS_THROUGH = {"rawhtml", "html", "raw", "markdown", "md", "center", "span", "div", "section", "highlight"}
FILE_SHORTCODES = {"legacy-file", "asset-static", "file", "download", "asset"}
_BLOCK_TAGS = {"iframe", "script", "style", "audio", "video", "object", "embed", "form", "noscript", "template"}
FORBIDDEN = {"script", "iframe", "object", "embed", "form", "style", "frame", "frameset", "applet", "base", "link"}
FORBIDDEN |= {"meta", "svg", "math", "input", "button", "textarea", "select", "noscript", "template"}


@dataclass
class Context:
    """What converting one post's body needs from the rest of the import."""

    post: SourcePost
    slug: str
    report: ImportReport
    resolve: Callable[[str], str | None]  # a link target as written -> story slug, or None
    image: Callable[[str, str, int], str | None]  # (src as written, alt, line) -> file name in the story, or None
    link_base: str | None = None
    image_base: str | None = None
    image_bases: dict[str, str] = field(default_factory=dict)  # shortcode name -> base URL of its images
    includes: list[Path] = field(default_factory=list)
    liquid: bool = False
    line_of: Callable[[int], int] = lambda offset: 0
    original: str = ""  # the body as read, to find where a link or image was written
    snippet: str | None = None  # the text being converted now, when passes before may have moved it
    placed: set[str] = field(default_factory=set)  # image files already in the story: a later pass keeps them
    codes: list[str] = field(default_factory=list)  # the code convert_body set aside: placeholders name it

    def where(self, offset: int) -> int:
        """The source line: found by the snippet's text when there is one, else by offset."""
        if self.snippet and "\x01" not in self.snippet:
            found = self.original.find(self.snippet)
            if found >= 0:
                return self.post.body_line + self.original.count("\n", 0, found)
        return self.line_of(offset)

    def note(self, offset: int, code: str, message: str) -> None:
        self.report.add(self.post.file, self.where(offset), code, message, self.slug)


# --- code segments -------------------------------------------------------------------------------


def split_code(text: str) -> list[tuple[bool, str]]:
    """[(is_code, text)]: fenced blocks, code spans (also across lines) and <pre>/<code> elements are code."""
    out: list[tuple[bool, str]] = []
    buf: list[str] = []
    lines = text.split("\n")
    # An unclosed fence is text to the renderer, not code to the end; once an opener has found no closer,
    # no later opener of that same fence can: remembered, each fence is sought to the end at most once.
    unclosed: set[str] = set()
    i = 0
    while i < len(lines):
        m = _FENCE_RE.fullmatch(lines[i])
        fence = m.group(1) if m else ""
        end = None
        if fence and fence not in unclosed:
            end = next((j for j in range(i + 1, len(lines)) if lines[j].rstrip(" \t") == fence), None)
            if end is None:
                unclosed.add(fence)
        if end is None:
            buf.append(lines[i])
            i += 1
            continue
        out.append((False, "\n".join(buf) + "\n" if buf else ""))
        buf = []
        out.append((True, "\n".join(lines[i : end + 1]) + "\n"))
        i = end + 1
    out.append((False, "\n".join(buf)))
    result: list[tuple[bool, str]] = []
    for is_code, part in out:
        if is_code or not part:
            result.append((is_code, part))
        else:
            result += _split_inline_code(part)
    return result


_PRE_RE = re.compile(r"<(pre)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_HTML_CODE_RE = re.compile(r"<code\b[^>]*>([^<\n]*)</code\s*>", re.I)


def _html_code_to_span(m: re.Match[str], ctx: Context, around: set[int]) -> str:
    """Inline <code>x</code> becomes `x`: Markdown would read links inside the HTML element; a code span it does not."""
    inner = html.unescape(m.group(1))
    if not inner.strip():
        return m.group(0)
    return _apart(m.string, m.start(), m.end(), code_span(inner, ctx, around, spaced=False))


_BACKTICKS_RE = re.compile(r"`+")


def _runs(text: str) -> set[int]:
    """The lengths of the runs of backticks in text."""
    return {len(run) for run in _BACKTICKS_RE.findall(text)}


def code_span(content: str, ctx: Context, around: set[int], *, spaced: bool = True) -> str:
    """content (masked text) as one code span, shown whole: its code put back, its line breaks as spaces.

    The fence is the shortest run of backticks that is no run inside the span (a run of the fence's length
    there would close it early and leave the rest outside code) and no run in the text around it (a stray
    backtick before it would close on the span's opening fence): around is _runs of the text around it. The
    code is put back here, not at the end, so the fence is chosen from the span's final text; a line break
    (or blank line) from that code would let the span end with its paragraph."""
    shown = _unmask(content, ctx.codes).replace("\n", " ")
    taken = _runs(shown) | around
    fence = "`" * min(set(range(1, len(taken) + 2)) - taken)
    pad = " " if spaced or shown.startswith("`") or shown.endswith("`") else ""  # a backtick there joins the fence
    return f"{fence}{pad}{shown}{pad}{fence}"


def code_block(content: str, lang: str, ctx: Context) -> str:
    """content (masked text) as a fenced block whose fence no line of it, with its code put back, can close."""
    fence = "`" * max(3, max(_runs(_unmask(content, ctx.codes)), default=0) + 1)
    lang = re.sub(r"[^\w#.+-]", "", lang)  # a backtick or space there would make the line no fence
    return f"{fence}{lang}\n{content}\n{fence}"


def _odd_backslashes(text: str, i: int, start: int = 0) -> bool:
    """True when text[i] is escaped: an odd number of backslashes (from start on) sits right before it."""
    j = i
    while j > start and text[j - 1] == "\\":
        j -= 1
    return (i - j) % 2 == 1


def _apart(text: str, start: int, end: int, span: str) -> str:
    """span, to stand for text[start:end], kept apart from what is beside it: a backtick or code (a masked
    placeholder, \\x01) right beside it would join its fence into a longer run, a backslash before it
    would escape its fence, and a brace after it would start an attribute list (attr_list) that swallows
    the span ("{ { <" from a broken-up tag); a space between them prevents all three."""
    before = " " if start > 0 and (text[start - 1] in "`\x01" or _odd_backslashes(text, start)) else ""
    after = " " if text[end : end + 1] in ("`", "\x01", "{") else ""
    return before + span + after


_CODE_START_RE = re.compile(r"`+|<pre\b", re.I)
_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")


def _split_inline_code(text: str) -> list[tuple[bool, str]]:
    """Code spans (closed by the same number of backticks within the paragraph) and <pre> elements.

    Linear: each opening run looks for its closer only up to the end of its paragraph.
    """
    out: list[tuple[bool, str]] = []
    start = pos = 0
    n = len(text)
    para_end = -1
    pre_failed = False  # once a <pre> has no </pre> after it, no later one has: not read to the end again
    while True:
        m = _CODE_START_RE.search(text, pos)
        if not m:
            break
        i = m.start()
        run = m.group(0)
        if _odd_backslashes(text, i, start):  # \` and \<pre> are text, as in Markdown: no code opens there
            if run[0] == "<" or len(run) == 1:
                pos = m.end()
                continue
            run, i = run[1:], i + 1
        if run[0] == "<":
            pre = None if pre_failed else _PRE_RE.match(text, i)
            pre_failed = pre is None
            if pre:
                out.append((False, text[start:i]))
                out.append((True, pre.group(0)))
                start = pos = pre.end()
            else:
                pos = m.end()
            continue
        if para_end < i:
            blank = _BLANK_LINE_RE.search(text, i)
            para_end = blank.start() if blank else n
        closer = re.compile(r"(?<!`)" + run + r"(?!`)")
        c = closer.search(text, i + len(run), para_end)
        if c:
            out.append((False, text[start:i]))
            # a line break inside a code span renders as a space: join it, so every tool sees one span
            out.append((True, text[i : c.end()].replace("\n", " ")))
            start = pos = c.end()
        else:
            pos = m.end()
    out.append((False, text[start:]))
    return [(c, t) for c, t in out if t]


# --- arguments -----------------------------------------------------------------------------------


def parse_args(raw: str) -> tuple[list[str], dict[str, str]]:
    positional: list[str] = []
    named: dict[str, str] = {}
    for m in _ARG_RE.finditer(raw):
        if m.group(1):
            named[m.group(1)] = _unquote(m.group(2))
        else:
            positional.append(_unquote(m.group(3)))
    return positional, named


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'`":
        value = value[1:-1]
        return value.replace('\\"', '"') if value else value
    return value


# --- Hugo shortcodes -----------------------------------------------------------------------------


@dataclass
class _Node:
    name: str
    args: str
    offset: int
    children: list[_Node | str] = field(default_factory=list)
    paired: bool = False
    markdown: bool = False  # {{% %}}: inner is Markdown


def _hugo_tree(text: str) -> list[_Node | str]:
    tokens = hugo_tags(text)  # linear: the shortcode regex read to the end from every unclosed "{{<"
    root = _Node("", "", 0)
    stack: list[_Node] = [root]
    pos = 0
    for m in tokens:
        stack[-1].children.append(text[pos : m.start])
        pos = m.end
        closing, name = m.closing == "/", m.name
        if not closing:
            node = _Node(name, m.args, m.start, markdown=m.kind == "%")
            stack[-1].children.append(node)
            stack.append(node)
            continue
        # a closing tag: everything opened since its opener was single (unpaired)
        for depth in range(len(stack) - 1, 0, -1):
            if stack[depth].name == name:
                opener = stack[depth]
                while len(stack) - 1 > depth:
                    _flatten(stack.pop(), stack[-1])
                stack.pop()
                opener.paired = True
                break
        else:
            stack[-1].children.append(_Node("/" + name, "", m.start))  # a stray closer
    stack[-1].children.append(text[pos:])
    while len(stack) > 1:
        _flatten(stack.pop(), stack[-1])
    return root.children


def _flatten(node: _Node, parent: _Node) -> None:
    """An opener without a closer is a single shortcode: its collected children move to its parent."""
    children, node.children = node.children, []
    parent.children += children


def convert_hugo(text: str, ctx: Context, base: int = 0) -> str:
    source, around = text, _runs(text)  # (sub_before_last matches in a prefix of source, at the same offsets)

    def escaped(m: re.Match[str]) -> str:
        return _apart(source, m.start(), m.end(), code_span("{{" + "".join(m.groups()) + "}}", ctx, around))

    text = sub_before_last(_HUGO_ESCAPED_RE, _HUGO_ESCAPED_END_RE, escaped, text)
    text = sub_before_last(_GO_COMMENT_RE, _GO_COMMENT_END_RE, "", text)
    return _render(_hugo_tree(text), ctx, base)


def _render(children: list[_Node | str], ctx: Context, base: int) -> str:
    out = []
    for child in children:
        if isinstance(child, str):
            out.append(child)
        else:
            out.append(_hugo_one(child, _render(child.children, ctx, base) if child.paired else None, ctx, base))
    return "".join(out)


def _hugo_one(node: _Node, inner: str | None, ctx: Context, base: int) -> str:
    name, at = node.name.lower(), base + node.offset
    pos, kw = parse_args(node.args)
    shown = "{{< " + node.name + (" …" if node.args.strip() else "") + " >}}"
    if name.startswith("/"):
        ctx.note(at, "shortcode-removed", f"a closing {{{{< {name} >}}}} without its opening was removed")
        return ""
    if name in LINK_SHORTCODES:
        target = kw.get("path") or kw.get("page") or (pos[0] if pos else "")
        return link_target(target, ctx, at, shown)
    if name in IMAGE_SHORTCODES:
        src = kw.get("src") or kw.get("image") or (pos[0] if pos else "")
        alt = kw.get("alt") or kw.get("title") or (pos[1] if len(pos) > 1 else "") or kw.get("caption", "")
        caption = kw.get("caption") or kw.get("title") or ""
        base_url = ctx.image_bases.get(name)
        md = image_markdown(src, alt, ctx, at, shown, base_url=base_url)
        if kw.get("link") and md.startswith("!"):
            md = f"[{md}]({kw['link']})"
        if caption and _plain(caption) != _plain(alt):
            md += f" *{_plain(caption)}*"
        return md
    if name in VIDEO_URLS or name in ("tweet", "twitter", "x", "instagram", "gist", "fb-video", "cspan-iframe"):
        return _embed_link(name, pos, kw, ctx, at, shown)
    if name == "button":
        href, label = kw.get("href") or kw.get("url") or "", kw.get("text") or kw.get("label") or inner or "Link"
        ctx.note(at, "shortcode-converted", f"{shown} became a link")
        return f"[{_plain(label)}]({href})" if href else _plain(label)
    if name == "quote-block" or name == "quote":
        body = kw.get("text") or (inner or "").strip()
        cite = kw.get("cite") or kw.get("author") or ""
        ctx.note(at, "shortcode-converted", f"{shown} became a block quote")
        quoted = "\n".join("> " + line if line else ">" for line in body.strip().split("\n"))
        return "\n\n" + quoted + (f"\n>\n> — {_plain(cite)}" if cite.strip() else "") + "\n\n"
    if name == "featured-resource":
        target = kw.get("link") or kw.get("url") or ""
        label = kw.get("kicker") or kw.get("title") or "Related resource"
        ctx.note(at, "shortcode-converted", f"{shown} became a link")
        return f"\n\n[{_plain(label)}]({link_target(target, ctx, at, shown)})\n\n"
    if name in FILE_SHORTCODES:
        target = kw.get("file") or kw.get("src") or (pos[0] if pos else "")
        label = kw.get("label") or kw.get("text") or ""
        ctx.note(at, "shortcode-removed", f"{shown} names a file ({target}) that is not in the source; kept its label")
        return _plain(label) if label else UNRESOLVED + target
    if name == "param":
        key = pos[0] if pos else ""
        value = ctx.post.front.get(key)
        ctx.note(at, "shortcode-converted", f"{shown} replaced by the page's value")
        return _plain(value) if isinstance(value, str) else ""
    if name in ADMONITION_NAMES and inner is not None:
        return _admonition(name, pos, kw, inner, ctx, at, shown)
    if name == "highlight" and pos and inner is not None:
        ctx.note(at, "shortcode-converted", f"{shown} became a fenced code block")
        return f"\n\n{code_block(inner.strip(chr(10)), pos[0], ctx)}\n\n"
    if name in PASS_THROUGH:
        ctx.note(at, "shortcode-converted", f"{shown} removed; its content kept")
        return inner or ""
    if inner is not None and "code" in name:  # code-toggle, codeblock...: the content is code
        lang = kw.get("lang") or kw.get("language") or kw.get("format") or ""
        ctx.note(at, "shortcode-converted", f"{shown} became a fenced code block")
        return f"\n\n{code_block(textwrap_dedent(inner), lang, ctx)}\n\n"
    if inner is not None:
        ctx.note(at, "shortcode-removed", f"{shown} has no equivalent; its tags were removed and its content kept")
        return inner
    label = kw.get("text") or kw.get("title") or kw.get("label") or ""
    ctx.note(
        at, "shortcode-removed", f"{shown} has no equivalent and was removed" + (" (its text kept)" if label else "")
    )
    return _plain(label)


def _admonition(name: str, pos: list[str], kw: dict[str, str], inner: str, ctx: Context, at: int, shown: str) -> str:
    kind = ADMONITION_NAMES.get(name, "note")
    variant = kw.get("variant") or kw.get("type") or kw.get("class") or (pos[0] if pos else "")
    kind = _VARIANT.get(variant.lower(), kind) if variant else kind
    title = kw.get("title") or kw.get("summary") or kw.get("kicker") or kw.get("heading") or ""
    text = inner.strip("\n")
    extra = []
    if name == "card-policy" and kw.get("title"):
        title = kw.get("kicker") or "Policy"
        extra.append(kw["title"] + (f" ([source]({kw['src']}))" if kw.get("src") else ""))
    if name == "card-prompt":
        extra.append(kw.get("intro", ""))
        if kw.get("button-url"):
            text += f"\n\n[{_plain(kw.get('button-text') or 'Open')}]({kw['button-url']})"
    if name == "accordion" and kw.get("kicker") and kw.get("title"):
        title = f"{kw['kicker']}: {kw['title']}"
    body = "\n\n".join(p for p in (*extra, text) if p.strip())
    marker = "???" if name in ("details", "accordion") else "!!!"
    head = f'{marker} {kind} "{_plain(title)}"' if title else f"{marker} {kind}"
    ctx.note(at, "shortcode-converted", f"{shown} became an admonition ({marker} {kind})")
    indented = "\n".join(("    " + line) if line.strip() else "" for line in textwrap_dedent(body).split("\n"))
    return f"\n\n{head}\n{indented}\n\n"


def textwrap_dedent(text: str) -> str:
    import textwrap

    return textwrap.dedent(text).strip("\n")


def _embed_link(name: str, pos: list[str], kw: dict[str, str], ctx: Context, at: int, shown: str) -> str:
    ident = kw.get("id") or kw.get("src") or kw.get("url") or (pos[0] if pos else "")
    title = kw.get("title") or ""
    if name in VIDEO_URLS:
        url = ident if "://" in ident else VIDEO_URLS[name].format(ident)
        label = title or ("Video on Vimeo" if name == "vimeo" else "Video on YouTube")
    elif name in ("tweet", "twitter", "x"):
        user = kw.get("user") or (pos[0] if len(pos) > 1 else "")
        tid = kw.get("id") or (pos[-1] if pos else "")
        url = f"https://twitter.com/{user or 'i'}/status/{tid}"
        label = f"Post by @{user} on X (Twitter)" if user else "Post on X (Twitter)"
    elif name == "instagram":
        url, label = f"https://www.instagram.com/p/{ident}/", "Post on Instagram"
    elif name == "gist":
        user = pos[0] if pos else ""
        url, label = f"https://gist.github.com/{user}/{pos[1] if len(pos) > 1 else ''}", "Code on GitHub Gist"
    else:
        url, label = ident, title or ("Video on Facebook" if name == "fb-video" else "Embedded video")
    if url.startswith("//"):
        url = "https:" + url
    ctx.note(at, "shortcode-converted", f"{shown} became a plain link to {url}")
    return f"\n\n[▶ {_plain(label)}]({url})\n\n"


def _plain(value: object) -> str:
    text = html.unescape(str(value or ""))
    text = sub_tags(text)  # markscan: re.sub(r"<[^>]*>", "", text), linear
    return " ".join(text.replace("[", "(").replace("]", ")").split())


# --- links and images ----------------------------------------------------------------------------


def link_target(target: str, ctx: Context, at: int, shown: str) -> str:
    """A URL for a link to another page: the imported story, the old site, or the unresolved marker."""
    target = target.strip()
    path, _, anchor = target.partition("#")
    if not path and anchor:
        return "#" + anchor
    slug = ctx.resolve(path)
    if slug is not None:
        ctx.note(at, "link-rewritten", f"{shown or target} now links to the story {slug}")
        return "#" if slug == ctx.slug else f"../{slug}/index.md"
    if "://" in path or path.startswith("mailto:"):
        return target
    if ctx.link_base and path:
        clean = re.sub(r"(/?_index|/index)?\.(md|markdown|html?)$", "", path.strip("/"))
        url = ctx.link_base + (clean + "/" if clean else "")
        ctx.note(at, "link-rewritten", f"{shown or target} points to a page that was not imported: now {url}")
        return url
    ctx.note(at, "link-rewritten", f"{shown or target} points to a page that was not imported; the link became text")
    return UNRESOLVED + path


def own_file(src: str, ctx: Context) -> str:
    """An address under the post's own published URL (/blog/2023/10/20/x/photo.jpg) names a file beside the
    post in its bundle: 'photo.jpg'. Other addresses are returned as they are."""
    path = src
    if "://" in path and ctx.link_base:
        host = re.sub(r"^https?://", "", ctx.link_base).split("/")[0].lower()
        if re.sub(r"^https?://", "", path).split("/")[0].lower() == host:
            path = "/" + re.sub(r"^https?://", "", path).split("/", 1)[-1]
    if ctx.post.folder is None or not path.startswith("/"):
        return src
    for url in ctx.post.old_urls:
        prefix = "/" + url.strip("/") + "/"
        if path.startswith(prefix) and len(path) > len(prefix):
            return path[len(prefix) :]
    return src


def image_markdown(src: str, alt: str, ctx: Context, at: int, shown: str, *, base_url: str | None = None) -> str:
    """![alt](file) for a found image, a link for a remote one, text for a missing one (each reported)."""
    src = own_file(html.unescape(src.strip()), ctx)
    stem = posixpath.splitext(posixpath.basename(src.split("?")[0]))[0]
    alt_text = _plain(alt) or " ".join(re.split(r"[-_\s]+", stem)).strip() or "Image"
    if src.startswith("//"):
        src = "https:" + src
    if re.match(r"^[a-z][a-z0-9+.-]*:", src, re.I):
        ctx.note(at, "image-remote", f"the image {src} is on another server and was not fetched; it became a link")
        return f"[Image: {alt_text}]({src})"
    # an earlier pass (a shortcode, a Liquid tag) already placed this image in the story: the links pass
    # reads the ![alt](name) it wrote and must not look for 'name' in the source again
    name = src if src in ctx.placed else ctx.image(src, alt, ctx.where(at)) if src else None
    if name is not None:
        ctx.placed.add(name)
        return f"![{alt_text}]({name})"
    base = base_url or ctx.image_base
    if base and src:
        url = base + src.lstrip("/")
        ctx.note(at, "image-missing", f"the image {src} is not in the source; it became a link to {url}")
        return f"[Image: {alt_text}]({url})"
    last = ctx.report.entries[-1] if ctx.report.entries else None
    if not (src and last and last.code == "image-missing" and last.file == ctx.post.file and src in last.message):
        # (the finder already said why it was refused: a .gif or .svg, PNG data it cannot name, a link out)
        ctx.note(at, "image-missing", f"the image {src or '(no source)'} is not in the source; it became text")
    return f"*Image: {alt_text}*"


# --- Liquid / Nunjucks ---------------------------------------------------------------------------

_PAIRED_LIQUID = {"highlight": "endhighlight", "raw": "endraw", "comment": "endcomment", "capture": "endcapture"}


def convert_liquid(text: str, ctx: Context, base: int = 0) -> str:
    out: list[str] = []
    kept: list[str] = []  # code made from {% highlight %} and {% raw %}: set aside from the {{ }} pass

    def keep(code: str) -> str:
        kept.append(code)
        return f"\x00{len(kept) - 1}\x00"

    pos = 0
    tags_end = last_end(text, "%}")  # no tag ends after the last "%}": the lazy search stops there (linear)
    while True:
        m = _LIQUID_TAG_RE.search(text, pos, tags_end)
        if not m:
            break
        out.append(text[pos : m.start()])
        tag, args, at = m.group(1).lower(), m.group(2).strip(), base + m.start()
        shown = "{% " + tag + (" …" if args else "") + " %}"
        pos = m.end()
        if tag in _PAIRED_LIQUID:
            end = re.compile(r"\{%-?\s*" + _PAIRED_LIQUID[tag] + r"\s*-?%\}").search(text, pos)
            inner = text[pos : end.start()] if end else text[pos:]
            pos = end.end() if end else len(text)
            if tag == "highlight":
                lang = args.split()[0] if args else ""
                out.append(keep(f"\n{code_block(inner.strip(chr(10)), lang, ctx)}\n"))
                ctx.note(at, "shortcode-converted", f"{shown} became a fenced code block")
            elif tag == "raw":
                has_tags = "{{" in inner or "{%" in inner
                if has_tags and "\n" in inner:
                    out.append(keep(f"\n{code_block(inner, '', ctx)}\n"))
                elif has_tags:
                    out.append(keep(_apart(text, m.start(), pos, code_span(inner, ctx, _runs(text)))))
                else:
                    out.append(inner)
                ctx.note(at, "shortcode-converted", f"{shown} kept its content" + (" as code" if has_tags else ""))
            else:
                ctx.note(at, "shortcode-removed", f"{shown} … {{% {_PAIRED_LIQUID[tag]} %}} was removed")
            continue
        if tag in ("link", "post_url"):
            target = args.split()[0].strip("\"'") if args else ""
            if re.search(r"\.(png|jpe?g|webp|gif|svg)$", target, re.I):
                out.append("/" + target.lstrip("/"))  # an image: found and copied with the other images
            else:
                out.append(link_target(target, ctx, at, shown))
            continue
        if tag in ("include", "include_relative", "render"):
            out.append(_include(args, ctx, at, shown))
            continue
        pos_args, kw = parse_args(args)
        # a site's own image tag ({% image_with_class "a.png" "class" "alt" %}): its first argument is an
        # image file and its last the alt text, as in every such tag we have met
        if tag in ("image", "img", "figure") or (pos_args and _IMAGE_FILE_RE.search(pos_args[0])):
            src = kw.get("src") or (pos_args[0] if pos_args else "")
            alt = kw.get("alt") or (pos_args[-1] if len(pos_args) > 1 else "")
            out.append(image_markdown(src, alt, ctx, at, shown))
            continue
        if tag in ("youtube", "vimeo"):
            out.append(_embed_link(tag, pos_args, kw, ctx, at, shown))
            continue
        ctx.note(at, "shortcode-removed", f"{shown} has no equivalent and was removed")
    out.append(text[pos:])
    text = "".join(out)
    text = sub_before_last(_LIQUID_OUT_RE, "}}", lambda m: _liquid_output(m, ctx, base), text)
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], text) if kept else text


def _liquid_output(m: re.Match[str], ctx: Context, base: int) -> str:
    expr = m.group(1).strip()
    at = base + m.start()
    head, *filters = [p.strip() for p in expr.split("|")]
    if head in ("site.baseurl", "site.url", "site.base_url", "base_url", "baseurl"):
        return ""
    # page.x / post.x in Liquid; a bare x in Nunjucks, where Eleventy gives front matter as top-level names
    # (in Jekyll a bare name would print nothing, so its value loses nothing)
    name = head.split(".", 1)[1] if head.startswith(("page.", "post.")) else head
    if name in ctx.post.front:
        value = ctx.post.front[name]
        if isinstance(value, str):
            ctx.note(at, "shortcode-converted", f"{{{{ {head} }}}} replaced by the page's value")
            return _plain(value)
    if len(head) >= 2 and head[0] == head[-1] and head[0] in "\"'":
        value = head[1:-1]
        if any(f.split(":")[0].strip() in ("relative_url", "absolute_url", "url", "prepend") for f in filters):
            return value  # a path; resolved with the other links
        ctx.note(at, "shortcode-converted", f"{{{{ {expr} }}}} replaced by its text")
        return value
    ctx.note(at, "shortcode-removed", f"the template expression {{{{ {expr[:60]} }}}} was removed")
    return ""


def _include(args: str, ctx: Context, at: int, shown: str) -> str:
    name = args.split()[0].strip("\"'") if args else ""
    _pos, kw = parse_args(args.split(None, 1)[1] if " " in args.strip() else "")
    src = kw.get("image_path") or kw.get("image") or kw.get("src") or kw.get("path") or ""
    if re.search(r"\.(png|jpe?g|webp|gif|svg)$", src, re.I):  # theme figure includes (figure.html, image.html)
        md = image_markdown(src, kw.get("alt") or kw.get("caption") or "", ctx, at, shown)
        caption = kw.get("caption")
        return md + (f" *{_plain(caption)}*" if caption and caption != kw.get("alt") else "")
    for folder in ctx.includes:
        path = folder / name
        try:
            if name and path.resolve().is_relative_to(folder.resolve()) and path.is_file():
                text = path.read_text(encoding="utf-8")
                if "{%" not in text and "{{" not in text and len(text) < 50_000:
                    ctx.note(at, "shortcode-converted", f"{shown} replaced by the contents of {name}")
                    return text
        except (OSError, UnicodeDecodeError, ValueError):
            continue
    ctx.note(at, "shortcode-removed", f"{shown} could not be resolved to a plain include and was removed")
    return ""


# --- links, images and HTML in the converted text ------------------------------------------------

# Link and image texts as posts write them: over several lines of one paragraph (a line break, never a
# blank line), holding one level of brackets ("[to]"), or an image (a badge or logo inside a link).
_NL = r"\n(?![ \t]*\n)"
# Atomic groups (?>…): each piece is read one way only, so a text that is not a link fails in linear time.
_BRACKETED = r"\[(?>[^\[\]\\\n]|\\.|" + _NL + r")*\]"
_ALT = r"(?>[^\[\]\\\n]|\\.|" + _NL + "|" + _BRACKETED + r")*"
_LINK_TEXT = r"(?>!?" + _BRACKETED + r"(?:\([^()\n]*\))?|[^\[\]\\\n]|\\.|" + _NL + r")*"
_TITLE = r"\"[^\"]*\"|'[^']*'"
# The spaces after "(" are read once (possessive): giving some back could only make the address empty and
# the rest a title, the second alternative. r"...\(\s*<?([^)\s>]*)>?(?:\s+(title))?\s*\)" was quadratic on spaces.
_MD_IMAGE_RE = re.compile(
    r"!\[(" + _ALT + r")\]\(\s*+(?:<?+([^)\s>]*+)>?(?:\s++(" + _TITLE + r"))?|(?<=\s)(" + _TITLE + r"))\s*+\)"
)
# the address holds no '(' but one balanced pair (wiki/Foo_(bar)) and is read once (*+): many unclosed "[x]("
# then fail at each opener at once instead of each scanning to the end of the text
# (the spaces after "(" read once, as in _MD_IMAGE_RE: a title right after them is the second alternative)
_MD_LINK_RE = re.compile(
    r"(?<!!)\[(" + _LINK_TEXT + r")\]\(\s*+(?:<?+((?:[^()\s>]|\([^()\s]*\))*+)>?(?:\s++(" + _TITLE + r"))?"
    r"|(?<=\s)(" + _TITLE + r"))\s*+\)"
)
_REF_IMAGE_RE = re.compile(r"!\[(" + _ALT + r")\]\[([^\[\]\n]*)\]|!\[(" + _ALT + r")\](?![\[(:])")
# a link whose ")" never comes (a shortcode or typo ate it): its address, then the rest of the line
_UNCLOSED_LINK_RE = re.compile(r"(?<!!)\[(" + _LINK_TEXT + r")\]\(([^\s()]*)([^()\n]*)$", re.M)
_REFDEF_RE = re.compile(r"^( {0,3}\[[^\]\n]+\]:[^\S\n]*)<?(\S+?)>?((?:[^\S\n]+.*)?)$", re.M)
_HTML_IMG_RE = re.compile(r"<img\b([^>]*)>", re.I)
# a name starts where a run of name characters starts: from inside the run the regex read to its end again
_ATTR_RE = re.compile(r"(?<![\w:-])([\w:-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)")
# an element's text ends at its </a> and never reaches past the next <a (links do not nest): linear on text
# with many unclosed tags
_A_TEXT = r"((?:[^<]|<(?!a\b))*?)"
_HTML_A_RE = re.compile(r"<a\b([^<>]*)>" + _A_TEXT + r"</a\s*>", re.I | re.S)
_HTML_BLOCK_RE = re.compile(
    r"<(iframe|script|style|audio|video|object|noscript|template|form)\b([^>]*)>(.*?)</\1\s*>", re.I | re.S
)
_HTML_BLOCK_OPEN_RE = re.compile(r"<(iframe|script|style|audio|video|object|noscript|template|form)\b", re.I)
_HTML_SINGLE_RE = re.compile(
    r"<(iframe|script|style|audio|video|object|embed|noscript|template|form)\b([^>]*)/?>", re.I
)
_FORBIDDEN_OPEN_RE = re.compile(r"<(/?)(" + "|".join(sorted(FORBIDDEN)) + r")\b", re.I)
_SOURCE_SRC_RE = re.compile(r"<source\b[^>]*\bsrc\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
_UNRESOLVED_LINK_RE = re.compile(r"(?<!!)\[(" + _LINK_TEXT + r")\]\(" + re.escape(UNRESOLVED) + r"[^)]*\)")
# the start tag is read once, in lookaheads: backtracking to each earlier marker re-read it to its end
_UNRESOLVED_A_RE = re.compile(
    r"<a\b(?=[^<>]*+>)(?=[^<>]*" + re.escape(UNRESOLVED) + r")[^<>]*+>" + _A_TEXT + r"</a\s*>", re.I | re.S
)


def _attrs(raw: str) -> dict[str, str]:
    return {k.lower(): html.unescape(_unquote(v)) for k, v in _ATTR_RE.findall(raw)}


def _located(ctx: Context, fn: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
    """Run one replacement with its source text as the report's locator (earlier passes move offsets)."""

    def run(m: re.Match[str]) -> str:
        ctx.snippet = m.group(0)[:120]
        try:
            return fn(m)
        finally:
            ctx.snippet = None

    return run


def convert_links(text: str, ctx: Context, base: int) -> str:
    # linear: a block with no closing tag after it, or a tag with no ">" after it, was read to the end each time
    text = sub_until_failed(
        _HTML_BLOCK_RE, _HTML_BLOCK_OPEN_RE, _located(ctx, lambda m: _html_block(m, ctx, base)), text
    )
    text = sub_before_last(_HTML_SINGLE_RE, ">", _located(ctx, lambda m: _html_block(m, ctx, base)), text)
    if "<" in text:
        text = repair_quotes(text, ctx, base)
    text = sub_before_last(_HTML_IMG_RE, ">", _located(ctx, lambda m: _html_img(m, ctx, base)), text)
    text = _MD_IMAGE_RE.sub(
        _located(ctx, lambda m: image_markdown(m.group(2) or "", m.group(1), ctx, base + m.start(), "")), text
    )
    if "![" in text and "]:" in text:
        text = _reference_images(text, ctx, base)
    text = _MD_LINK_RE.sub(_located(ctx, lambda m: _md_link(m, ctx, base)), text)
    if "](" in text:
        text = _SPACED_LINK_RE.sub(_located(ctx, lambda m: _spaced_link(m, ctx, base)), text)
        text = _UNCLOSED_LINK_RE.sub(_located(ctx, lambda m: _unclosed_link(m, ctx, base)), text)
    text = _HTML_A_RE.sub(_located(ctx, lambda m: _html_a(m, ctx, base)), text)
    text = _REFDEF_RE.sub(_located(ctx, lambda m: _refdef(m, ctx, base)), text)
    text = _UNRESOLVED_LINK_RE.sub(lambda m: m.group(1), text)
    text = _UNRESOLVED_A_RE.sub(lambda m: m.group(1), text)
    text = re.sub(re.escape(UNRESOLVED) + r"[^\s)\"'<>]*", "", text)
    text = _FORBIDDEN_OPEN_RE.sub(_located(ctx, lambda m: _escape_tag(m, ctx, base)), text)
    if "<" in text:
        text = _START_TAG_RE.sub(_located(ctx, lambda m: _strip_active_attrs(m, ctx, base)), text)
    return text


_START_TAG_RE = re.compile(r"<([A-Za-z][\w-]*)(\s[^<>]*?)(/?)>")
_ACTIVE_ATTR_RE = re.compile(r"""\s(on[\w-]+|style)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.I)


def _strip_active_attrs(m: re.Match[str], ctx: Context, base: int) -> str:
    """Event handlers and styles that load URLs cannot be part of a story: remove the attribute, keep the element."""
    attrs = m.group(2)
    if "on" not in attrs.lower() and "style" not in attrs.lower():
        return m.group(0)

    def drop(a: re.Match[str]) -> str:
        name = a.group(1).lower()
        if name == "style" and not re.search(r"url\(|expression\(", a.group(2), re.I):
            return a.group(0)
        ctx.note(base + m.start(), "html-changed", f"the attribute {name} on <{m.group(1)}> was removed")
        return ""

    return f"<{m.group(1)}{_ACTIVE_ATTR_RE.sub(drop, attrs)}{m.group(3)}>"


def _local_target(dest: str, ctx: Context, at: int) -> str:
    """A link destination from the source, as the story should hold it."""
    if dest.startswith(("(", "<")):  # ]((https://...) and similar slips
        ctx.note(at, "link-rewritten", f"the link target '{dest[:60]}' had a stray '{dest[0]}'; removed")
        dest = dest.lstrip("(<")
    if dest[:7].lower() == "mailto:" and "?" in dest:  # the hub refuses prepared subjects and copies
        ctx.note(at, "link-rewritten", f"the mail link '{dest[:60]}' lost its subject or copies (after '?')")
        return dest.split("?", 1)[0]
    if not dest or dest.startswith("#") or re.match(r"^[a-z][a-z0-9+.-]*:", dest, re.I):
        return dest
    if dest.startswith("//"):
        return "https:" + dest
    if dest.startswith(UNRESOLVED):
        return dest
    if re.match(r"^\.\./[a-z0-9-]+/(index\.md)?$", dest) and ctx.resolve(dest) is None:
        return dest  # already a story link (written by the shortcode pass)
    path = own_file(dest.split("#")[0].split("?")[0], ctx)
    if re.search(r"\.(png|jpe?g|webp|gif)$", path, re.I):
        name = ctx.image(path, "", ctx.where(at))
        if name is not None:
            return name
    return link_target(dest, ctx, at, "")


# the target is the whole run up to ")" and holds a space: found in one reading (r"\(([^()\n]*\s[^()\n]*)\)"
# tried every space of it against the rest: quadratic on spaces)
_SPACED_LINK_RE = re.compile(r"(?<!!)\[((?:[^\[\]\\\n]|\\.)*)\]\((?=[^()\n]*\s)([^()\n]*+)\)")
_TITLED_DEST_RE = re.compile(r"""^\s*<?\S+>?\s+("[^"]*"|'[^']*'|\([^)]*\))\s*$""")


def _spaced_link(m: re.Match[str], ctx: Context, base: int) -> str:
    """[text](words and maybe a URL): not a link target; keep the URL if there is one, else the text."""
    if _TITLED_DEST_RE.match(m.group(2)):
        return m.group(0)
    url = re.search(r"https?://[^\s\"'<>]+", m.group(2))
    ctx.note(base + m.start(), "link-rewritten", f"the link target '{m.group(2)[:60]}' is not an address; "
             + (f"kept {url.group(0)}" if url else "the link became text"))  # fmt: skip
    return f"[{m.group(1)}]({url.group(0)})" if url else m.group(1)


_LINK_ONLY_RE = re.compile(r"\[([^\[\]]*)\]\([^()\s]*\)")


def _md_link(m: re.Match[str], ctx: Context, base: int) -> str:
    text, dest, title = m.group(1), m.group(2) or "", m.group(3) or m.group(4)
    inner = _LINK_ONLY_RE.fullmatch(text.strip())
    if inner:  # [![badge](remote)](target): the image became a link, and links cannot nest; keep the outer one
        ctx.note(base + m.start(), "link-rewritten", f"a link around the image '{_plain(inner.group(1))[:60]}' "
                 "keeps its own target; the image's address was dropped (links cannot hold links)")  # fmt: skip
        new = _local_target(dest, ctx, base + m.start())
        return f"[{inner.group(1)}]({new}{' ' + title if title else ''})"
    if not text.strip():  # [ ](url): a link nobody can see or read aloud
        ctx.note(base + m.start(), "link-rewritten", f"a link to {dest[:60]} had no text; it was removed")
        return ""
    if dest.startswith("../") and dest.endswith("/index.md"):
        return m.group(0)
    new = _local_target(dest, ctx, base + m.start())
    if new == dest:
        return m.group(0)
    return f"[{text}]({new}{' ' + title if title else ''})"


def _unclosed_link(m: re.Match[str], ctx: Context, base: int) -> str:
    """[text](address and more words, with no ')': close it after the address, or keep the text alone."""
    text, dest, rest = m.group(1), m.group(2), m.group(3)
    new = _local_target(dest, ctx, base + m.start()) if dest and not dest.startswith(UNRESOLVED) else ""
    if not new or new.startswith(UNRESOLVED):
        ctx.note(base + m.start(), "link-rewritten", f"the link [{_plain(text)[:40]}]( was not closed and has no "
                 "address left; it became text")  # fmt: skip
        return text + rest
    ctx.note(base + m.start(), "link-rewritten", f"the link [{_plain(text)[:40]}]( was not closed; it now ends "
             f"after its address {new[:60]}")  # fmt: skip
    return f"[{text}]({new}){rest}"


_REF_LABEL_RE = re.compile(r"^ {0,3}\[([^\]\n]+)\]:[^\S\n]*<?([^\s>]+)>?", re.M)


def _reference_images(text: str, ctx: Context, base: int) -> str:
    """![alt][ref] with [ref]: address below: resolved like ![alt](address) (copied, or a link when remote)."""
    defs: dict[str, str] = {}
    for d in _REF_LABEL_RE.finditer(text):
        defs.setdefault(" ".join(d.group(1).lower().split()), d.group(2))

    def one(m: re.Match[str]) -> str:
        alt = m.group(1) if m.group(1) is not None else m.group(3)
        label = " ".join((m.group(2) or alt).lower().split())
        if label not in defs:
            return m.group(0)
        return image_markdown(defs[label], alt, ctx, base + m.start(), "")

    return _REF_IMAGE_RE.sub(_located(ctx, one), text)


_TAG_OPEN_RE = re.compile(r"<([A-Za-z][\w-]*)(\s[^<>]*)>")
_WELL_QUOTED_RE = re.compile(r"""(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`“”‘’″]+))?)*\s*/?""")
_CURLY_VALUE_RE = re.compile(r"=\s*[“”″]([^“”″\"<>]*)[“”″]|=\s*[‘’]([^‘’'<>]*)[‘’]")


def repair_quotes(text: str, ctx: Context, base: int) -> str:
    """Start tags whose quotes are broken are repaired the way their author meant, or left for the report.

    Three slips in real posts: a missing closing quote (<a href="http://x>), a '>' typed inside the
    value (<a href="http://x/>">), curly quotes (href=”x”). Each repair is accepted only when Python's
    HTML parser then reads one start tag with its attributes, and each is reported.
    """
    out: list[str] = []
    pos = 0
    for m in _TAG_OPEN_RE.finditer(text):
        if m.start() < pos:
            continue
        tag, attrs = m.group(1), m.group(2)
        if _WELL_QUOTED_RE.fullmatch(attrs):
            continue
        fixed, end = _CURLY_VALUE_RE.sub(lambda c: f'="{c.group(1)}"' if c.group(1) is not None
                                         else f"='{c.group(2)}'", attrs), m.end()  # fmt: skip
        if not _WELL_QUOTED_RE.fullmatch(fixed):
            stray = re.match(r"""(["'])((?:\s[^<>]*)?)>""", text[m.end() :])
            if stray and fixed.count(stray.group(1)) % 2 == 1:  # the '>' sat inside the value: drop it
                fixed, end = fixed + stray.group(1) + stray.group(2), m.end() + stray.end()
            elif fixed.count('"') % 2 == 1:  # the value's closing quote is missing: close it before '>'
                fixed = fixed.rstrip() + '"'
        repaired = f"<{tag}{fixed}>"
        if not _WELL_QUOTED_RE.fullmatch(fixed) or not _one_start_tag(repaired):
            continue
        out.append(text[pos : m.start()] + repaired)
        pos = end
        ctx.snippet = m.group(0)[:120]
        ctx.note(base + m.start(), "html-changed", f"the quotes in {text[m.start() : end][:80]} were broken; "
                 f"repaired as {repaired[:80]}")  # fmt: skip
        ctx.snippet = None
    return "".join(out) + text[pos:] if out else text


def _one_start_tag(markup: str) -> bool:
    """True when an HTML parser reads markup as exactly one start tag and nothing else."""
    from html.parser import HTMLParser

    seen: list[str] = []

    class One(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            seen.append(tag)

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            seen.append(tag)

        def handle_data(self, data: str) -> None:
            seen.append("#text")

    parser = One()
    parser.feed(markup)
    parser.close()
    return len(seen) == 1 and seen[0] != "#text"


def _refdef(m: re.Match[str], ctx: Context, base: int) -> str:
    dest = m.group(2)
    new = _local_target(dest, ctx, base + m.start())
    if new.startswith(UNRESOLVED):
        new = "#"
    return m.group(1) + new + m.group(3) if new != dest else m.group(0)


def _html_a(m: re.Match[str], ctx: Context, base: int) -> str:
    attrs = _attrs(m.group(1))
    href = attrs.get("href")
    if href is None:
        return m.group(0)
    new = _local_target(href, ctx, base + m.start())
    if new == href:
        return m.group(0)
    if new.startswith(UNRESOLVED):
        return m.group(2)
    if new.startswith("../") and new.endswith("/index.md"):
        new = new[: -len("index.md")]  # raw HTML is not rewritten by MkDocs: use the page's address
    elif not new.startswith(("#", "http", "mailto:", "../")) and "/" not in new:
        new = "../" + ctx.slug + "/" + new
    start = m.group(0)
    return start.replace(
        m.group(1),
        re.sub(r"href\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", f'href="{html.escape(new)}"', m.group(1), count=1),
        1,
    )


def _html_img(m: re.Match[str], ctx: Context, base: int) -> str:
    attrs = _attrs(m.group(1))
    return image_markdown(
        attrs.get("src", ""), attrs.get("alt", "") or attrs.get("title", ""), ctx, base + m.start(), "<img>"
    )


def _html_block(m: re.Match[str], ctx: Context, base: int) -> str:
    tag = m.group(1).lower()
    attrs = _attrs(m.group(2))
    at = base + m.start()
    inner = m.group(3) if m.re is _HTML_BLOCK_RE else ""
    if tag in ("iframe", "object", "embed"):
        src = attrs.get("src") or attrs.get("data") or ""
        if src.startswith("//"):
            src = "https:" + src
        title = attrs.get("title") or "Embedded content"
        ctx.note(at, "html-changed", f"<{tag}> cannot be part of a story; it became a link to {src or 'nothing'}")
        return f"\n\n[▶ {_plain(title)}]({src})\n\n" if src.startswith(("http://", "https://")) else ""
    if tag in ("audio", "video"):
        sources = [_unquote(s) for s in _SOURCE_SRC_RE.findall(inner)]
        if attrs.get("src"):
            sources.insert(0, attrs["src"])
        sources = [("https:" + s if s.startswith("//") else s) for s in sources]
        links = [
            f"[{'Listen' if tag == 'audio' else 'Watch'}: {posixpath.basename(s.split('?')[0])}]({s})" for s in sources
        ]
        ctx.note(at, "html-changed", f"<{tag}> with media on another server became a link")
        return "\n\n" + "\n".join(links) + "\n\n" if links else ""
    ctx.note(at, "html-changed", f"<{tag}> cannot be part of a story and was removed")
    return ""


def _escape_tag(m: re.Match[str], ctx: Context, base: int) -> str:
    ctx.note(
        base + m.start(), "html-changed", f"<{m.group(1)}{m.group(2)}> is not allowed in a story; it is shown as text"
    )
    return "&lt;" + m.group(1) + m.group(2)


# --- the whole body ------------------------------------------------------------------------------


def convert_body(ctx: Context, text: str) -> str:
    """The story body for one post: template syntax converted outside code, links and images resolved.

    Code (fences, spans, <pre>) is swapped for placeholders first, so a shortcode around code, or a link
    whose text is code, is still seen whole; each placeholder keeps its code's line count, so report
    lines stay right. The code comes back, indented to where it now sits (inside an admonition, say).
    """
    starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_of(offset: int) -> int:
        import bisect

        return ctx.post.body_line + bisect.bisect_right(starts, offset) - 1

    ctx.line_of = line_of
    ctx.original = text
    codes: list[str] = []
    ctx.codes = codes
    text = re.sub("[\x00-\x03]", "", text)  # the placeholders' own characters (\x00: convert_liquid's)
    if "<code" in text or "<CODE" in text:
        around = {n for is_code, part in split_code(text) if not is_code for n in _runs(part)}  # unclosed runs
        text = _HTML_CODE_RE.sub(lambda m: _html_code_to_span(m, ctx, around), text)
    masked = _mask(text, codes)
    if "{{<" in masked or "{{%" in masked:
        masked = convert_hugo(masked, ctx)
        masked = _remask(masked, codes)  # code it made ({{< highlight >}}, escaped shortcodes) is not converted again
    if ctx.liquid:
        masked = convert_liquid(masked, ctx)
    elif "{%" in masked or "{{" in masked:
        masked = _codify_templates(masked, ctx, 0)
    masked = _remask(masked, codes)  # code the conversion made ({% highlight %}, {{ x }} shown as code)
    # Escaped brackets are text, never link syntax: set aside, the link patterns cannot read from every
    # '[' of a run of escaped brackets to the paragraph's end (20,000 characters of it took 21 s).
    masked = _ESCAPE_RE.sub(lambda m: _ESCAPED.get(m.group(1), m.group(0)), masked)
    masked = _scrub_leftovers(convert_links(masked, ctx, 0), ctx, 0)
    masked = masked.replace("\x02", "\\[").replace("\x03", "\\]")
    masked = _escape_strays(masked, codes)
    if "](#" in masked:
        masked = _fix_anchors(masked, ctx, _unmask(masked, codes))
    body = _unmask(masked, codes)
    body = re.sub(r"\n{3,}", "\n\n", body).strip("\n")
    return body + "\n" if body else ""


# \x01 number \x01 and the code's line breaks, inside when the code ends mid-line (conversions may indent
# or quote those lines, or join them with spaces: all that is dropped with the placeholder)
_PLACEHOLDER_RE = re.compile(r"\x01(\d+)[\s>]*\x01(\n*)")
# Each backslash escape of a bracket or a backslash, read left to right, so an escaped backslash before a
# bracket leaves the bracket real; only escaped brackets are set aside (as \x02 and \x03).
_ESCAPE_RE = re.compile(r"\\([\\\[\]])")
_ESCAPED = {"[": "\x02", "]": "\x03"}


def _mask(text: str, codes: list[str]) -> str:
    out = []
    for is_code, part in split_code(text):
        if is_code:
            codes.append(part)
            lines = "\n" * part.count("\n")
            if part.endswith("\n"):  # a fenced block: the text after it starts a line, as after the block
                out.append(f"\x01{len(codes) - 1}\x01{lines}")
            else:  # <pre> ends mid-line: the text after it stays on that line, where a ``` starts no fence
                out.append(f"\x01{len(codes) - 1}{lines}\x01")
        else:
            out.append(part)
    return "".join(out)


_STRAY_SCAN_RE = re.compile(r"\x01(\d+)[\s>]*\x01|\n[ \t]*\n|`+")


def _escape_strays(masked: str, codes: list[str]) -> str:
    """Backticks the author left unclosed are text; each is escaped when code with backticks follows it in its
    paragraph, so it cannot open a span that ends inside that code and leaves the code's rest as text.

    Python-Markdown, which renders the hub, opens a span with the first k backticks of a longer run and closes
    it on the next run of exactly k: an unclosed ``` is closed by the ` of a span after it. (And a conversion
    can join two paragraphs, a tag across a blank line removed, putting an unclosed backtick before code.)"""
    if "`" not in masked or "\x01" not in masked:
        return masked
    unclosed: list[int] = []  # where the unclosed runs of this paragraph seen so far start
    escape: list[int] = []
    for m in _STRAY_SCAN_RE.finditer(masked):
        token = m.group(0)
        if token[0] == "`":
            start = m.start() + (1 if _odd_backslashes(masked, m.start()) else 0)  # an escaped one is text
            if start < m.end():
                unclosed.append(start)
        elif token[0] == "\x01":
            if unclosed and "`" in _unmask(token, codes):
                escape += unclosed
                unclosed = []
        else:  # a blank line: the paragraph ends
            unclosed.clear()
    if not escape:
        return masked
    out: list[str] = []
    pos = 0
    for start in sorted(escape):
        end = _BACKTICKS_RE.match(masked, start).end()  # type: ignore[union-attr]
        out += (masked[pos:start], "\\`" * (end - start))
        pos = end
    out.append(masked[pos:])
    return "".join(out)


def _line_indent(text: str, i: int) -> str | None:
    """The spaces and tabs before text[i] on its line, or None when other text comes before them there.

    (Read back from i only over blanks: slicing from the line's start was quadratic on a long line.)"""
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return text[j:i] if j == 0 or text[j - 1] == "\n" else None


def _remask(masked: str, codes: list[str]) -> str:
    """Code set aside again after a conversion, found in the text as it now reads, with its spans and <pre>
    put back (fenced blocks stay set aside: they start and end lines, and nothing beside them can change them).

    A conversion can change what is code around the code it kept (it joins two paragraphs, or writes a
    backtick beside a span): code found in the masked text alone could end elsewhere once put back."""
    return _mask(_unmask(masked, codes, blocks=False), codes)


def _unmask(text: str, codes: list[str], *, blocks: bool = True) -> str:
    """The text with its code put back (without blocks: fenced blocks left set aside, nothing re-indented)."""
    for _ in range(4):  # code made from text that held code: a few levels at most
        if "\x01" not in text:
            break

        def restore(m: re.Match[str], source: str) -> str:
            code = codes[int(m.group(1))]
            if not blocks and code.endswith("\n"):
                return m.group(0)
            indent = _line_indent(source, m.start())
            if blocks and indent and "\n" in code.rstrip("\n"):
                ending = "\n" if code.endswith("\n") else ""
                code = code.rstrip("\n").replace("\n", "\n" + indent) + ending
            padding = m.group(2)
            used = min(code.count("\n"), len(padding)) if code.endswith("\n") else 0
            # what a conversion left beside a code span or <pre> (a backtick, a backslash, other code) must not
            # join or escape its fence: the span would end elsewhere, or not open at all
            joins = code[:1] == "`" and m.start() > 0 and source[m.start() - 1] in "`\x01"
            if joins or (code.startswith(("`", "<")) and _odd_backslashes(source, m.start())):
                code = " " + code
            if code.endswith("`") and not padding and source[m.end() : m.end() + 1] == "`":
                code += " "
            # a <pre> that starts its line is an HTML block to Python-Markdown, which reads the rest of the line
            # after </pre> as a new block: there a tag inside a code span (a <pre> shown as code) would start
            # raw HTML and cut the span. The line break it reads there anyway is written.
            after = source[m.end() : m.end() + 1]
            if blocks and code.startswith("<pre") and indent is not None and not padding and after not in ("", "\n"):
                code += "\n"
            return code + padding[used:]

        text = _PLACEHOLDER_RE.sub(lambda m, t=text: restore(m, t), text)  # type: ignore[misc]
    return text.replace("\x01", "") if blocks else text


def _codify_templates(text: str, ctx: Context, base: int) -> str:
    """Outside Jekyll and Eleventy, {{ x }} and {% x %} in a post are text its author wrote: show them as code.

    Each is a {{ x }} or {% x %} within one line (markscan.template_spans: linear)."""
    out: list[str] = []
    pos = 0
    around = _runs(text)
    for start, end in template_spans(text, shortcodes=False, dotall=False):
        tag = _unmask(text[start:end], ctx.codes)
        ctx.note(base + start, "shortcode-converted", f"'{tag[:60]}' is shown as code, as the author wrote it")
        out += (text[pos:start], _apart(text, start, end, code_span(text[start:end], ctx, around)))
        pos = end
    out.append(text[pos:])
    return "".join(out)


# openers only (a lone }} is TeX or JSON, not a tag); a run of braces is one match, so that no brace left
# beside a broken-up one forms a new opener ("{{{<" once became "{ {{<")
_LEFTOVER_RE = re.compile(r"\{\{+[<%]?|\{%")


def _scrub_leftovers(text: str, ctx: Context, base: int) -> str:
    """Any template delimiter still here (malformed tags) is broken up so it cannot be read as a tag."""
    if not _LEFTOVER_RE.search(text):
        return text

    def fix(m: re.Match[str]) -> str:
        ctx.note(
            base + m.start(), "shortcode-removed", f"a stray template delimiter '{m.group(0)}' was made plain text"
        )
        # '{ { <': read by no template engine, and still legible; a '<' not before a space as an entity, or it
        # could start an HTML tag ("<raw", "<<pre>") that swallows a code span later on the line
        broken = " ".join(m.group(0))
        if broken.endswith("<") and not m.string[m.end() : m.end() + 1].isspace():
            broken = broken[:-1] + "&lt;"
        return broken

    return _LEFTOVER_RE.sub(fix, text)


_HEADING_RE = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.M)
# explicit ids ({#x}, id="x") and in-page links ([t](#x)) are found by linear.explicit_ids and linear.anchor_links


def _drop_trailing_attrs(text: str) -> str:
    r"""re.sub(r"\{[^}]*\}\s*$", "", text): only the "{" after the last-but-one "}" can start the match,
    so it is found from the end instead of reading to the end from every "{"."""
    kept = text.rstrip()
    if not kept.endswith("}"):
        return text
    close = len(kept) - 1
    start = kept.find("{", kept.rfind("}", 0, close) + 1, close)
    return text if start == -1 else text[:start]


def toc_slug(text: str) -> str:
    """The id Python-Markdown's toc extension gives a heading (its default slugify)."""
    import unicodedata

    value = _drop_trailing_attrs(text)
    value = sub_tags(sub_links(value, bang=True), empty=False)  # markscan: the same as the regexes, linear
    value = re.sub(r"[*_`]", "", html.unescape(value))
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)


def _fix_anchors(masked: str, ctx: Context, full: str) -> str:
    """In-page links (#x) must name an id the page will have: match by the heading's id, else make them text.

    The ids come from the full text (headings may hold code); the links are fixed in the masked text.
    """
    ids = {toc_slug(h) for h in _HEADING_RE.findall(full)}
    ids |= {a or b for a, b in explicit_ids(full)}
    lowered = {i.lower(): i for i in ids}

    def fix(whole: str, text: str, anchor: str, title: str) -> str:
        if not anchor or anchor in ids:
            return whole
        for candidate in (anchor.lower(), toc_slug(anchor.replace("-", " "))):
            if candidate in ids or candidate in lowered:
                ctx.note(
                    0,
                    "link-rewritten",
                    f"the in-page link #{anchor} now points to #{lowered.get(candidate, candidate)}",
                )
                return f"[{text}](#{lowered.get(candidate, candidate)}{title})"
        ctx.note(
            0, "link-rewritten", f"the in-page link #{anchor} names no heading or anchor of the story; it became text"
        )
        return text

    out: list[str] = []
    pos = 0
    for start, end, text, anchor, title in anchor_links(masked):
        out += (masked[pos:start], fix(masked[start:end], text, anchor, title))
        pos = end
    out.append(masked[pos:])
    return "".join(out)
