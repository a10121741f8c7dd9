"""Story images: checked before anyone sees them, re-encoded clean for the site.

Pillow only warns above MAX_IMAGE_PIXELS, lets a truncated JPEG pass verify(),
keeps JPEG comments and EXIF GPS on re-save and keeps one frame of an animation;
so we check the header ourselves, decode fully, and write a fresh image.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from .contract import IMAGE_EXTENSIONS, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS
from .diagnostics import Report
from .gate import tr
from .store import FileStore

# EXIF tags that say who, where or with what: worth a warning, removed by the build.
_PERSONAL_EXIF = {
    0x8825: "GPS location",
    0x013B: "artist name",
    0xA430: "camera owner",
    0xA431: "camera serial number",
    0x9C9D: "author",
    0x927C: "maker notes",
}
RENDITION_WIDTHS = (480, 960, 1600)  # hero srcset; body images are capped at the largest


@contextlib.contextmanager
def _header_only() -> Iterator[None]:
    """Let Image.open read a huge header without Pillow's own bomb check; we check the size ourselves."""
    saved = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        Image.MAX_IMAGE_PIXELS = saved


# Formats Pillow reports that are another format underneath: a phone's MPO ("multi-picture") photo is
# a JPEG whose primary image comes first, followed by depth or preview images nobody publishes.
_SAME_AS = {"MPO": "JPEG"}
_PLAIN_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "GIF": "GIF", "BMP": "BMP", "TIFF": "TIFF"}


def _format(im: Image.Image) -> str:
    fmt = im.format or ""
    return _SAME_AS.get(fmt, fmt)


def _sniff(path: Path) -> str | None:
    """Plain words for files Pillow cannot open but people often have: iPhone HEIC photos, PDFs, SVG."""
    try:
        with path.open("rb") as fh:
            head = fh.read(32)
    except OSError:
        return None
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"hevc", b"avif"):
        return "a HEIC/AVIF photo (the iPhone's format)"
    if head.startswith(b"%PDF"):
        return "a PDF document"
    if head.lstrip().startswith((b"<svg", b"<?xml")):
        return "an SVG or XML file"
    return None


@dataclass(frozen=True)
class ImageInfo:
    width: int
    height: int
    format: str


def inspect_image(path: Path, shown_as: str, report: Report, line: int, field: str) -> ImageInfo | None:
    """Check an image a story uses; report problems against the line that names it."""
    ext = path.suffix.lower()
    if ext == ".svg":
        report.error(
            "image-type",
            tr("'%(shown_as)s' is an SVG image, which can carry scripts", shown_as=shown_as),
            line,
            field=field,
            hint=tr("export it as PNG or WebP"),
        )
        return None
    if ext not in IMAGE_EXTENSIONS:
        report.error(
            "image-type",
            tr("'%(shown_as)s' is not a JPEG, PNG or WebP image", shown_as=shown_as),
            line,
            field=field,
            hint=tr("use .jpg, .png or .webp"),
        )
        return None
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        report.error(
            "image-too-large",
            tr(
                "'%(shown_as)s' is %(mb2)s MB; the limit is %(mb)s MB",
                shown_as=shown_as,
                mb2=format(size / 1e6, ".1f"),
                mb=MAX_IMAGE_BYTES // (1024 * 1024),
            ),
            line,
            field=field,
            hint=tr("resize it to at most 2400 px wide"),
        )
        return None
    try:
        with _header_only(), Image.open(path) as im:
            fmt, (w, h) = _format(im), im.size
            if fmt != IMAGE_EXTENSIONS[ext]:
                right = next((e for e, f in IMAGE_EXTENSIONS.items() if f == fmt), None)
                report.error(
                    "image-type",
                    tr(
                        "'%(shown_as)s' is named %(ext)s but contains %(kind)s data",
                        shown_as=shown_as,
                        ext=ext,
                        kind=_PLAIN_FORMATS.get(fmt, fmt) or "unknown",
                    ),
                    line,
                    field=field,
                    hint=tr(
                        "rename it to %(stem)s%(right)s (and change the name in the story)", stem=path.stem, right=right
                    )
                    if right
                    else tr(
                        "open it in an image editor and export it as %(kind)s",
                        kind=IMAGE_EXTENSIONS[ext],
                    ),
                )
                return None
            if w * h > MAX_IMAGE_PIXELS:
                report.error(
                    "image-too-large",
                    tr(
                        "'%(shown_as)s' is %(w)s x %(h)s pixels (%(megapixels2)s megapixels); the limit is %(megapixels)s",
                        shown_as=shown_as,
                        w=w,
                        h=h,
                        megapixels2=format(w * h / 1e6, ".0f"),
                        megapixels=MAX_IMAGE_PIXELS // 1_000_000,
                    ),
                    line,
                    field=field,
                    hint=tr("resize it to at most 2400 px wide"),
                )
                return None
            if getattr(im, "is_animated", False) and im.format != "MPO":
                report.error(
                    "image-animated",
                    tr("'%(shown_as)s' is animated", shown_as=shown_as),
                    line,
                    field=field,
                    hint=tr("use a still image"),
                )
                return None
            personal = _personal_metadata(im)
            if fmt == "JPEG":
                im.draft("RGB", (max(1, w // 8), max(1, h // 8)))  # decode at 1/8 scale: still reads every byte
            im.load()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        sniffed = _sniff(path)
        if sniffed is not None:
            report.error(
                "image-type",
                tr("'%(shown_as)s' is named %(ext)s but is %(sniffed)s", shown_as=shown_as, ext=ext, sniffed=sniffed),
                line,
                field=field,
                hint=tr(
                    "open it and export or save it as JPEG (on an iPhone: Settings > Camera > Formats > "
                    "Most Compatible)"
                )
                if "HEIC" in sniffed
                else tr("stories show JPEG, PNG or WebP images: export what you want to show as one of those"),
            )
            return None
        report.error(
            "image-damaged",
            tr("'%(shown_as)s' cannot be read as an image: %(reason_exc)s", shown_as=shown_as, reason_exc=_reason(exc)),
            line,
            field=field,
            hint=tr("open it in an image editor and save it again; if it came by e-mail or download, fetch it again"),
        )
        return None
    if personal:
        report.warning(
            "image-metadata",
            tr("'%(shown_as)s' carries %(join_personal)s", shown_as=shown_as, join_personal=", ".join(personal)),
            line,
            field=field,
            hint=tr("the site strips it, but the file in the repository keeps it; remove it before committing"),
        )
    return ImageInfo(w, h, fmt)


def _reason(exc: Exception) -> str:
    """Pillow's reason in plain words where we know it, else its own first line."""
    text = str(exc).split("\n")[0]
    lowered = text.lower()
    if "truncated" in lowered or "broken data stream" in lowered or "premature end" in lowered:
        return "the file is cut short (an incomplete copy or download)"
    if "cannot identify image file" in text:
        return "the file is not a picture in any format we know"
    return (text[:80] if text else type(exc).__name__) + " (the file is damaged)"


def _personal_metadata(im: Image.Image) -> list[str]:
    found: list[str] = []
    try:
        exif = im.getexif()
    except Exception:  # damaged EXIF must not hide the real problem; load() reports damage
        exif = Image.Exif()
    for tag, what in _PERSONAL_EXIF.items():
        if tag == 0x8825:
            if exif.get_ifd(0x8825):
                found.append(what)
        elif tag in exif or (tag in (0xA430, 0xA431, 0x927C) and tag in exif.get_ifd(0x8769)):
            found.append(what)
    if im.info.get("comment"):
        found.append("a comment")
    if im.info.get("xmp") or any(k in im.info for k in ("XML:com.adobe.xmp",)):
        found.append("XMP metadata")
    return found


def content_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:20]


def render_clean(path: Path, width: int) -> tuple[bytes, tuple[int, int]]:
    """A fresh image at most width wide, in the source's format: orientation applied, no metadata.

    Transposing, then pasting into a new image, drops EXIF (GPS included), XMP, ICC
    comments and JPEG comments that a plain re-save would carry over.
    """
    with _header_only(), Image.open(path) as src:
        fmt = _format(src) or "PNG"
        im = ImageOps.exif_transpose(src)
        if im.mode in ("I;16", "I;16B", "I;16L", "I"):
            im = im.point(lambda v: v / 256).convert("L")  # 16-bit: scale down; convert() would clip to white
        has_alpha = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
        im = im.convert("RGBA" if has_alpha and fmt != "JPEG" else "RGB")
        if im.width > width:
            im = im.resize((width, max(1, round(im.height * width / im.width))), Image.Resampling.LANCZOS)
        clean = Image.new(im.mode, im.size)
        clean.paste(im)
    buf = io.BytesIO()
    if fmt == "JPEG":
        clean.save(buf, "JPEG", quality=82, optimize=True, progressive=True)
    elif fmt == "WEBP":
        clean.save(buf, "WEBP", quality=82, method=4)
    else:
        clean.save(buf, "PNG", optimize=True)
    return buf.getvalue(), clean.size


def image_size(path: Path) -> tuple[int, int]:
    """Width and height after EXIF orientation, read from the header only."""
    with _header_only(), Image.open(path) as im:
        w, h = im.size
        orientation = im.getexif().get(0x0112, 1)
    return (h, w) if orientation in (5, 6, 7, 8) else (w, h)


class ImageCache:
    """Clean renditions on disk (a store.FileStore of bytes), keyed by the source's content hash and the width,
    under the renderer's version rather than the build key: a rebuild re-encodes nothing, and a change of
    theme or configuration does not either, since it does not change how a photo is encoded."""

    VERSION = "1"  # bump when render_clean changes its output

    def __init__(self, folder: Path) -> None:
        self.store = FileStore(folder, f"images-v{self.VERSION}")
        self.processed = 0

    def rendition(self, src: Path, width: int) -> tuple[Path, tuple[int, int]]:
        """(path of the clean image at most width wide, its size)."""
        w, h = image_size(src)
        size = (w, h) if w <= width else (width, max(1, round(h * width / w)))
        path, made = self.store.file(
            (content_hash(src), str(width)), src.suffix.lower(), lambda: render_clean(src, width)[0]
        )
        self.processed += made
        return path, size

    def hero(self, src: Path) -> list[tuple[str, Path, tuple[int, int]]]:
        """Renditions for a srcset: (file name, cached path, size), smallest first."""
        out = []
        for name, width in rendition_names(src.name, image_size(src)[0]):
            path, size = self.rendition(src, width)
            out.append((name, path, size))
        return out


def rendition_names(name: str, width: int) -> list[tuple[str, int]]:
    """The sized copies of a story's picture of this width, (file name, width), smallest first: the names
    the site publishes them under, known without rendering (the validator checks them for clashes)."""
    stem, ext = name.rsplit(".", 1) if "." in name else (name, "")
    widths = [x for x in RENDITION_WIDTHS if x < width] + [min(width, RENDITION_WIDTHS[-1])]
    return [(f"{stem}-{w}w{'.' + ext.lower() if ext else ''}", w) for w in dict.fromkeys(widths)]
