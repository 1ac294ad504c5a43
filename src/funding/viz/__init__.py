"""Stage 6, viz: charts and maps of the tables, in the house style.

``style`` (palette, titles, source lines, saving), ``charts``, ``maps`` and
``figures`` (the registry of every figure by name).  Every plot function takes
a tidy table (and, for maps, the shapes) and an optional ``ax``, and returns a
Figure; none loads data, calls ``show()`` or saves, except ``write_figures``.
"""
