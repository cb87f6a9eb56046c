"""FactDesk's PyInstaller hook for thinc; replaces the pyinstaller-hooks-contrib one.

thinc registers its layers, optimizers and back ends in catalogue registries
that spaCy resolves by name, so all of thinc's submodules are collected, as the
contrib hook does, but without thinc's test suite and Cython sources. The
torch/tensorflow/mxnet shims are collected (they are small and import their
framework lazily); the frameworks themselves are excluded in factdesk.spec.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("thinc", filter=lambda name: ".tests" not in name)
datas = collect_data_files(
    "thinc", excludes=["tests", "tests/**", "**/*.pyx", "**/*.pxd", "**/*.pyi", "**/*.cpp", "**/*.h"]
)
