"""What each validator message means, by code: shown in the contribution guide and the README."""

CODES: dict[str, str] = {
    "encoding": "The file is not UTF-8 text. Save it as UTF-8.",
    "encoding-bom": "The file starts with an invisible byte-order mark. Save as UTF-8 without BOM.",
    "line-endings": "The file has Windows line endings. Save with LF endings (Git does it for you with our "
    ".gitattributes).",
    "not-text": "The file is binary, not Markdown text.",
    "file-too-large": "The file is far larger than any story should be.",
    "unreadable": "The file could not be opened.",
    "front-matter-missing": "The file must start with '---', the fields, and '---'.",
    "front-matter-start": "Blank lines above the first '---' hide the front matter from every tool.",
    "front-matter-close": "The front matter must end with a '---' line.",
    "front-matter-unclosed": "No '---' line ends the front matter.",
    "front-matter-too-large": "The front matter is huge; only short fields belong there.",
    "front-matter-not-fields": "The front matter must be 'name: value' lines, not a list or a single value.",
    "front-matter-empty": "The front matter has no fields.",
    "yaml-syntax": "The YAML cannot be read; the hint says what to check on that line.",
    "yaml-anchor": "YAML anchors (&) and aliases (*) are refused: they can make a tiny file expand enormously.",
    "yaml-tag": "YAML tags (!!something) are refused: they can make tools build objects or run code.",
    "yaml-too-deep": "The YAML is nested deeper than any field needs.",
    "yaml-multiple-documents": "A second '---' inside the front matter starts another YAML document.",
    "duplicate-key": "A field is given twice; YAML tools silently keep only the last one.",
    "unknown-field": "The field is not part of the story contract (often a typo: the hint names the right one).",
    "missing-field": "A required field is missing.",
    "wrong-type": "The field has the wrong shape: a list where one value is expected, or the other way round.",
    "empty-value": "The field is present but empty.",
    "coerced-value": "Unquoted, YAML would read this text as a number, date, true/false or nothing "
    "(no, on, 1.10 and 01234 are classics). Put it in quotes.",
    "invalid-characters": "The text has line breaks or invisible control characters.",
    "too-long": "The text is longer than the field allows.",
    "markup-in-text": "Titles, summaries and outcomes are plain text; HTML and Markdown belong in the body.",
    "invalid-id": "Ids are lowercase letters and digits joined by single hyphens.",
    "invalid-value": "The value is not one of the allowed ones (the hint lists them).",
    "invalid-date": "Dates are written YYYY-MM-DD and must exist.",
    "future-date": "The date is after today.",
    "duplicate-value": "The same value is listed twice.",
    "unknown-reference": "The site, champion, practice, tag or story named does not exist (the hint suggests "
    "the closest).",
    "tag-alias": "The tag is another spelling of a canonical tag; write the canonical one.",
    "lineage": "inspired_by must name other, earlier, published stories, without cycles.",
    "unsafe-html": "Scripts, frames, forms, styles and event handlers cannot be part of a story.",
    "unsafe-url": "javascript:, data:, vbscript: and file: links are refused.",
    "broken-link": "A link points to a story or file that does not exist, or to a file the other story does not publish.",
    "collision": "Two things would be written to one place in the built site (a file named like a picture's "
    "sized copy, photo-960w.jpg, or a redirect on a page's address); names differing only in capitals count as one.",
    "link-to-draft": "A published story cannot link to a draft, which is not published.",
    "personal-data": "Something looks like an e-mail address or phone number; the site is read widely.",
    "missing-index": "A story folder has no index.md.",
    "missing-file": "An image the story names is not in its folder.",
    "image-location": "Images must sit directly beside index.md.",
    "image-type": "Images must be real JPEG, PNG or WebP files whose content matches their extension; SVG is refused.",
    "image-too-large": "The image is over 10 MB or 40 megapixels.",
    "image-animated": "Animated images are refused.",
    "image-damaged": "The image cannot be decoded (truncated or corrupt).",
    "image-metadata": "The image carries GPS or other personal metadata; the site strips it, the repository keeps it.",
    "unused-file": "A file in the story folder is not used by the story and is not published.",
    "stray-file": "Only story folders belong in stories/, and only index.md and its images in a story folder.",
    "symlink": "Symbolic links are refused everywhere under stories/: they could publish files from elsewhere.",
    "invalid-slug": "Story folder names are lowercase ASCII words joined by hyphens; they become URLs.",
    "duplicate-slug": "Two story folders differ only by case or accents, so they would clash as URLs.",
    "stories-missing": "There is no stories/ folder.",
    "registry-missing": "A registry file is missing.",
    "registry-shape": "A registry is a list of entries, each starting with '- id:'.",
    "duplicate-id": "An id (or tag alias) is used twice in a registry.",
    "outside-stories": "Pull-request mode: the change touches files outside stories/. A warning, not an error: "
    "registry changes need an editor's review, and configuration, hooks, templates, code and workflows (which run "
    "in CI) a maintainer's.",
    "html-entity": "An HTML entity such as &amp; or &rsquo; in a plain-text field; write the character itself (& or ’).",
    "cut-by-comment": "In an unquoted value, ' #' starts a YAML comment, so the rest of the text is dropped; quote the value.",
    "curly-quotes": "Curly quotes (“ ” ‘ ’) from Word or Outlook are not YAML quotes: they become part of the text "
    "or leave a quote unclosed. Type straight quotes.",
    "mixed-script": "A word mixes look-alike letters from different alphabets (a Cyrillic 'а' in a Latin word).",
    "foreign-front-matter": "The file was written for Hugo, Jekyll, Eleventy or a Material blog; convert it with "
    "snowball import.",
    "registry-rule": "A registry entry breaks a rule stated in the registry's own comments (a site's lead must "
    "belong to that site), or spells a region or category two ways.",
    "settings": "snowball.yml, the hub's settings, has an unknown setting or a value of the wrong kind; the hint "
    "names the right one.",
    "not-staged": "pre-commit mode (--staged): the story uses a file (an image) that is not staged, so the commit "
    "would not contain it and the pull request would fail. Stage it too.",
    "redirect": "redirects.yml (former addresses, written by snowball import and snowball mv) names a story that does not exist, "
    "an address the site itself uses (a page, a feed, the theme's files), or the same address twice.",
    "contact": "A champion's contact must be something colleagues can click: the e-mail address alone or an https:// "
    "chat link, on the organisation's domain (allowed_contact_domains in snowball.yml, or site_url's domain).",
    "outside-resource": "An image, video, sound or style in the story would load from another server; readers' "
    "browsers must not contact anything outside the site.",
    "reserved-id": "An id or name in the story's HTML is one the theme or Snowball uses; it would take over part "
    "of the page.",
    "html-removed": "The build removes this HTML tag or attribute (it is not on the list the site shows); the "
    "text stays.",
    "html-quoting": "An HTML attribute's quotes are broken (a missing closing quote, or curly quotes).",
    "template-syntax": "Hugo, Jekyll or Liquid template syntax is left in the text; the site would print it "
    "as is. The importer converts it.",
    "too-deep": "Lists, quotes or HTML are nested deeper than the site renders safely.",
    "too-much-markup": "The story has so many formatting marks or code fences that rendering it would take very long.",
    "too-many-brackets": "So many '[' are open at once that rendering the story would take very long.",
    "undefined-reference": "A link '[text][label]' or footnote '[^label]' names a label no '[label]: ...' line "
    "defines, so the page shows it as typed, brackets and all.",
    "broken-anchor": "A link to '#something' (in this story or another) matches no heading or anchor on that page.",
    "empty-body": "The story has front matter but no text.",
    "placeholder-body": "The story's text is still the template that `snowball new` writes.",
    "hidden-file": "A file or folder under stories/ whose name starts with a dot; hidden files are never published.",
    "document-type": "A story links to a file in its folder of a type the site does not publish (documents, images "
    "and recordings are published).",
    "file-name": "A file the story uses has a name with spaces, capitals, accents, '%' or other characters a web "
    "address cannot carry safely; rename it like a story folder (lowercase letters, digits, hyphens).",
    "mail-link": "A mail link (mailto:) carries a '?' part: prepared copies (cc, bcc), a subject or text. Link the "
    "plain address.",
    "too-many-blocks": "The story has so many blocks (headings, list items, notes, table rows, footnotes) that "
    "building its page would take very long.",
    "internal-error": "Snowball failed unexpectedly on this story; simplify what changed last and report it.",
}
