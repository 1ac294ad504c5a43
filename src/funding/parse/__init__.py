"""Stage 3, parse: text in, frozen records with source lines out.

``awards`` (award lists in their layouts), ``releases`` (local releases) and
``programme_types`` (the rule table that tags strands of work).  Pure: no
module here opens a file; :mod:`funding.pipeline` gives them the text.
"""
