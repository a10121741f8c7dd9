"""The bridge wing: the core's side of an engine that writes the site (MkDocs today, through hooks/).

The core (snowball/, whose top floor is site.py: the plan of one build) knows nothing of how pages reach
disk. These modules are what an adapter needs around that plan, still without importing MkDocs:
- work: story conversions and the helper process that shares a build with the other core;
- placement: what a planned output becomes as a page (HTML, meta, edit link, refusal words);
- preview: what `mkdocs serve` keeps between rebuilds;
- sitefolder: the site folder, the empty folder MkDocs walks, the last build's output carried over;
- buildcache: what a build keeps for the next one (converted stories, checks, the plan, the search memo).
"""
