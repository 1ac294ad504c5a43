"""funding: the UK domestic abuse perpetrator funding record as tidy, traceable tables.

Importing this package is cheap: pandas, geopandas and matplotlib are imported
only by the modules that need them (``funding.tables``, ``funding.reference.geo``,
``funding.viz.maps``, ``funding.viz.charts``).
"""

from funding.errors import SourceError

__all__ = ["SourceError", "__version__"]
__version__ = "0.1.0"
