"""FactDesk's PyInstaller hook for spaCy; replaces the pyinstaller-hooks-contrib one.

The contrib hook bundles every spaCy submodule and data file: 70+ languages,
the test suite and the Cython sources. FactDesk only runs `spacy.blank("de")`
and `spacy.blank("en")`, so this hook keeps spaCy's by-name imports (the
registry is populated from spacy.registrations and spacy.pipeline.factories,
components and architectures are looked up in catalogue registries by name)
but only German and English among the languages. Languages other modules
import statically (spacy.registrations imports the ja/ko/th/vi/zh tokenizer
factories) are still found by PyInstaller's import analysis.
"""

from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, get_package_paths

LANGUAGES = {"de", "en"}

_, _spacy_dir = get_package_paths("spacy")
_language_packages = {
    p.name for p in Path(_spacy_dir, "lang").iterdir() if (p / "__init__.py").is_file()
}


def _wanted(name: str) -> bool:
    parts = name.split(".")
    if len(parts) > 1 and parts[1] == "tests":
        return False
    if len(parts) > 2 and parts[1] == "lang" and parts[2] in _language_packages:
        return parts[2] in LANGUAGES
    return True


hiddenimports = collect_submodules("spacy", filter=_wanted)

# default_config.cfg (read by spacy.blank), the CLI's templates, glossary data;
# not the Cython sources, type stubs or test fixtures.
datas = collect_data_files(
    "spacy",
    excludes=["tests", "tests/**", "**/*.pyx", "**/*.pxd", "**/*.pyi", "**/*.c", "**/*.cpp",
              "**/*.h", "**/*.hh", "lang/*/*.txt"],
)
