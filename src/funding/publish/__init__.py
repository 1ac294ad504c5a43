"""Stage 7, publish: what leaves the project.

``opendata`` (the Frictionless data package and the 360Giving export),
``notebooks`` (executing and pairing the notebooks, and their helpers) and
``report`` (the static site).
"""
