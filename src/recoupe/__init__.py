"""recoupe: from raw news pages to cross-checked story dossiers."""

__version__ = "0.1.0"
