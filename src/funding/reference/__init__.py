"""Stage 2, reference: what the package knows before it reads a source.

``register`` (the 43 police force areas and their aliases), ``rounds`` (facts
about each funding round), ``schemas`` (the one declaration of every table),
``geo`` (ONS boundaries, lookup and population, read through the manifest) and
``hexlayout`` (the hex cartogram).  The files themselves are in ``data/``.
"""
