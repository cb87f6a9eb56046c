"""FactDesk's PyInstaller hook for `scipy`: nothing to collect.

The bundle's `scipy` is the stand-in in installer/stubs/scipy (see its
docstring and factdesk.spec); this hook replaces PyInstaller's own, which
would add SciPy's compiled helpers and numpy.f2py as hidden imports.
"""

hiddenimports: list[str] = []
