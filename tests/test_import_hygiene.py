"""One rule for the layers: nothing outside ``reader.ui`` loads Textual, and the article core
(``reader.article``, ``reader.extract``) loads nothing of the library, the output or the UI.
So scripts and the index run without a UI, and the extractor can be used on its own.

Each package is imported whole (every module in it) in a fresh interpreter, which then says
which modules it loaded."""

import subprocess
import sys

import pytest

UPPER_LAYERS = ("reader.library", "reader.output", "reader.ui")
MAY_NOT_LOAD = {
    "reader.article": ("textual", *UPPER_LAYERS),
    "reader.extract": ("textual", *UPPER_LAYERS),
    "reader.model": ("textual", *UPPER_LAYERS),
    "reader.gcpause": ("textual", *UPPER_LAYERS),
    "reader.folding": ("textual", *UPPER_LAYERS),
    "reader.workers": ("textual", *UPPER_LAYERS),
    "reader.wording": ("textual", *UPPER_LAYERS),
    "reader.folders": ("textual", *UPPER_LAYERS),
    "reader.identities": ("textual", *UPPER_LAYERS),
    "reader.library": ("textual", "reader.ui"),
    "reader.output": ("textual", "reader.ui"),
    "reader.cli": ("textual", "reader.ui"),
    "reader.resources": ("textual", "reader.ui"),
}

LOADED_BY = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
for module in pkgutil.walk_packages(getattr(package, "__path__", []), package.__name__ + "."):
    importlib.import_module(module.name)
print("\\n".join(sorted(sys.modules)))
"""


def loaded_by(code: str, *args: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return result.stdout.split()


def among(modules: list[str], packages: tuple[str, ...]) -> list[str]:
    return [name for name in modules if any(name == package or name.startswith(package + ".") for package in packages)]


@pytest.mark.parametrize("package", sorted(MAY_NOT_LOAD))
def test_each_headless_package_loads_no_textual_and_no_layer_above_it(package):
    assert among(loaded_by(LOADED_BY, package), MAY_NOT_LOAD[package]) == []


def test_every_module_outside_the_ui_is_checked():
    code = "import pkgutil, reader; print('\\n'.join(m.name for m in pkgutil.iter_modules(reader.__path__)))"
    top_level = {f"reader.{name}" for name in loaded_by(code) if name != "__main__"}
    assert top_level - {"reader.ui"} == set(MAY_NOT_LOAD)


def test_opening_the_app_from_the_command_line_loads_neither_the_extractor_nor_the_script_commands():
    code = (
        "import sys, reader.cli as cli; cli.run_app = lambda path: print(path.name);"
        "cli.main(['missing-folder']); print('\\n'.join(sorted(sys.modules)))"
    )
    first, *modules = loaded_by(code)
    assert first == "missing-folder"
    assert among(modules, ("textual", "reader.extract", "reader.output", "reader.article", "argparse")) == []
