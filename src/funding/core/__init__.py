"""Stage 0, core: pure helpers every stage uses.

``money`` (amounts in integer pence: the one reader of money in text, and
formatting at the edge), ``text`` (decoding bytes, lines, HTML to lines),
``packagedata`` (the one reader of the package's own data files) and ``patterns``
(``re``'s functions over a larger cache of compiled patterns, for the release reader's
thousands of patterns).
"""
