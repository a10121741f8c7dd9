"""What each validator message means, by code: shown in the contribution guide and the README.

In English here; the guide shows them in the hub's language (tr(CODES[code])).
"""

from .i18n import N_

CODES: dict[str, str] = {
    "encoding": N_("The file is not UTF-8 text. Save it as UTF-8."),
    "encoding-bom": N_("The file starts with an invisible byte-order mark. Save as UTF-8 without BOM."),
    "line-endings": N_(
        "The file has Windows line endings. Save with LF endings (Git does it for you with our .gitattributes)."
    ),
    "not-text": N_("The file is binary, not Markdown text."),
    "file-too-large": N_("The file is far larger than any story should be."),
    "unreadable": N_("The file could not be opened."),
    "front-matter-missing": N_("The file must start with '---', the fields, and '---'."),
    "front-matter-start": N_("Blank lines above the first '---' hide the front matter from every tool."),
    "front-matter-close": N_("The front matter must end with a '---' line."),
    "front-matter-unclosed": N_("No '---' line ends the front matter."),
    "front-matter-too-large": N_("The front matter is huge; only short fields belong there."),
    "front-matter-not-fields": N_("The front matter must be 'name: value' lines, not a list or a single value."),
    "front-matter-empty": N_("The front matter has no fields."),
    "yaml-syntax": N_("The YAML cannot be read; the hint says what to check on that line."),
    "yaml-anchor": N_("YAML anchors (&) and aliases (*) are refused: they can make a tiny file expand enormously."),
    "yaml-tag": N_("YAML tags (!!something) are refused: they can make tools build objects or run code."),
    "yaml-too-deep": N_("The YAML is nested deeper than any field needs."),
    "yaml-multiple-documents": N_("A second '---' inside the front matter starts another YAML document."),
    "duplicate-key": N_("A field is given twice; YAML tools silently keep only the last one."),
    "unknown-field": N_("The field is not part of the story contract (often a typo: the hint names the right one)."),
    "missing-field": N_("A required field is missing."),
    "wrong-type": N_("The field has the wrong shape: a list where one value is expected, or the other way round."),
    "empty-value": N_("The field is present but empty."),
    "coerced-value": N_(
        "Unquoted, YAML would read this text as a number, date, true/false or nothing "
        "(no, on, 1.10 and 01234 are classics). Put it in quotes."
    ),
    "invalid-characters": N_("The text has line breaks or invisible control characters."),
    "too-long": N_("The text is longer than the field allows."),
    "markup-in-text": N_("Titles, summaries and outcomes are plain text; HTML and Markdown belong in the body."),
    "invalid-id": N_("Ids are lowercase letters and digits joined by single hyphens."),
    "invalid-value": N_("The value is not one of the allowed ones (the hint lists them)."),
    "invalid-date": N_("Dates are written YYYY-MM-DD and must exist."),
    "future-date": N_("The date is after today."),
    "duplicate-value": N_("The same value is listed twice."),
    "unknown-reference": N_(
        "The site, champion, practice, tag or story named does not exist (the hint suggests the closest)."
    ),
    "proposed-practice": N_(
        "The story names a practice that is only proposed (status: proposed in "
        "registries/practices.yml): only ideas may name it until an editor accepts it by removing that line."
    ),
    "tag-alias": N_("The tag is another spelling of a canonical tag; write the canonical one."),
    "lineage": N_("inspired_by must name other, earlier, published stories, without cycles."),
    "unsafe-html": N_("Scripts, frames, forms, styles and event handlers cannot be part of a story."),
    "unsafe-url": N_("javascript:, data:, vbscript: and file: links are refused."),
    "broken-link": N_(
        "A link points to a story or file that does not exist, or to a file the other story does not publish."
    ),
    "collision": N_(
        "Two things would be written to one place in the built site (a file named like a picture's sized copy, "
        "photo-960w.jpg, or a redirect on a page's address); names differing only in capitals count as one."
    ),
    "link-to-draft": N_("A published story cannot link to a draft, which is not published."),
    "personal-data": N_("Something looks like an e-mail address or phone number; the site is read widely."),
    "missing-index": N_("A story folder has no index.md."),
    "missing-file": N_("An image the story names is not in its folder."),
    "image-location": N_("Images must sit directly beside index.md."),
    "image-type": N_(
        "Images must be real JPEG, PNG or WebP files whose content matches their extension; SVG is refused."
    ),
    "image-too-large": N_("The image is over 10 MB or 40 megapixels."),
    "image-animated": N_("Animated images are refused."),
    "image-damaged": N_("The image cannot be decoded (truncated or corrupt)."),
    "image-metadata": N_(
        "The image carries GPS or other personal metadata; the site strips it, the repository keeps it."
    ),
    "unused-file": N_("A file in the story folder is not used by the story and is not published."),
    "stray-file": N_("Only story folders belong in stories/, and only index.md and its images in a story folder."),
    "symlink": N_("Symbolic links are refused everywhere under stories/: they could publish files from elsewhere."),
    "invalid-slug": N_("Story folder names are lowercase ASCII words joined by hyphens; they become URLs."),
    "duplicate-slug": N_("Two story folders differ only by case or accents, so they would clash as URLs."),
    "stories-missing": N_("There is no stories/ folder."),
    "registry-missing": N_("A registry file is missing."),
    "registry-shape": N_("A registry is a list of entries, each starting with '- id:'."),
    "duplicate-id": N_("An id (or tag alias) is used twice in a registry."),
    "outside-stories": N_(
        "Pull-request mode: the change touches files outside stories/. A warning, not an error: "
        "registry changes need an editor's review, and configuration, hooks, templates, code and workflows (which run "
        "in CI) a maintainer's."
    ),
    "html-entity": N_(
        "An HTML entity such as &amp; or &rsquo; in a plain-text field; write the character itself (& or ’)."
    ),
    "cut-by-comment": N_(
        "In an unquoted value, ' #' starts a YAML comment, so the rest of the text is dropped; quote the value."
    ),
    "curly-quotes": N_(
        "Curly quotes (“ ” ‘ ’) from Word or Outlook are not YAML quotes: they become part of the text "
        "or leave a quote unclosed. Type straight quotes."
    ),
    "mixed-script": N_("A word mixes look-alike letters from different alphabets (a Cyrillic 'а' in a Latin word)."),
    "foreign-front-matter": N_(
        "The file was written for Hugo, Jekyll, Eleventy or a Material blog; convert it with snowball import."
    ),
    "registry-rule": N_(
        "A registry entry breaks a rule stated in the registry's own comments (a site's lead must "
        "belong to that site), or spells a region or category two ways."
    ),
    "settings": N_(
        "snowball.yml, the hub's settings, has an unknown setting or a value of the wrong kind; the hint "
        "names the right one."
    ),
    "not-staged": N_(
        "pre-commit mode (--staged): the story uses a file (an image) that is not staged, so the commit "
        "would not contain it and the pull request would fail. Stage it too."
    ),
    "redirect": N_(
        "redirects.yml (former addresses, written by snowball import and snowball mv) names a story that does not exist, "
        "an address the site itself uses (a page, a feed, the theme's files), or the same address twice."
    ),
    "contact": N_(
        "A champion's contact must be something colleagues can click: the e-mail address alone or an https:// "
        "chat link, on the organisation's domain (allowed_contact_domains in snowball.yml, or site_url's domain)."
    ),
    "outside-resource": N_(
        "An image, video, sound or style in the story would load from another server; readers' "
        "browsers must not contact anything outside the site."
    ),
    "reserved-id": N_(
        "An id or name in the story's HTML is one the theme or Snowball uses; it would take over part of the page."
    ),
    "html-removed": N_(
        "The build removes this HTML tag or attribute (it is not on the list the site shows); the text stays."
    ),
    "html-quoting": N_("An HTML attribute's quotes are broken (a missing closing quote, or curly quotes)."),
    "template-syntax": N_(
        "Hugo, Jekyll or Liquid template syntax is left in the text; the site would print it "
        "as is. The importer converts it."
    ),
    "too-deep": N_("Lists, quotes or HTML are nested deeper than the site renders safely."),
    "too-much-markup": N_(
        "The story has so many formatting marks or code fences that rendering it would take very long."
    ),
    "too-many-brackets": N_("So many '[' are open at once that rendering the story would take very long."),
    "undefined-reference": N_(
        "A link '[text][label]' or footnote '[^label]' names a label no '[label]: ...' line "
        "defines, so the page shows it as typed, brackets and all."
    ),
    "broken-anchor": N_("A link to '#something' (in this story or another) matches no heading or anchor on that page."),
    "empty-body": N_("The story has front matter but no text."),
    "placeholder-body": N_("The story's text is still the template that `snowball new` writes."),
    "hidden-file": N_(
        "A file or folder under stories/ whose name starts with a dot; hidden files are never published."
    ),
    "document-type": N_(
        "A story links to a file in its folder of a type the site does not publish (documents, images "
        "and recordings are published)."
    ),
    "file-name": N_(
        "A file the story uses has a name with spaces, capitals, accents, '%' or other characters a web "
        "address cannot carry safely; rename it like a story folder (lowercase letters, digits, hyphens)."
    ),
    "mail-link": N_(
        "A mail link (mailto:) carries a '?' part: prepared copies (cc, bcc), a subject or text. Link the "
        "plain address."
    ),
    "too-many-blocks": N_(
        "The story has so many blocks (headings, list items, notes, table rows, footnotes) that "
        "building its page would take very long."
    ),
    "internal-error": N_("Snowball failed unexpectedly on this story; simplify what changed last and report it."),
}
