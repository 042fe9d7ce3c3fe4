"""tested_docs: the engine of the site, where every code block is a tested program.

One package for what the tests, the MkDocs hooks and the scripts share: the site's
layout (read once from ``mkdocs.yml``), the model of a chapter, the snippet runner,
notebook conversion, and the build, listing and serving of the site.
"""
