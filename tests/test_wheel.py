"""The built wheel, not the source tree, carries and finds its schemas."""

import subprocess
import sys
import zipfile
from pathlib import Path

from briefschema import _schemagen

ROOT = Path(__file__).parents[1]


def test_the_installed_wheel_finds_its_schemas(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("briefschema-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for name in (ROOT / "schemas").glob("*.json"):
        assert f"briefschema/schemas/{name.name}" in names
    assert "briefschema/py.typed" in names
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    probe = (
        "import briefschema, json, sys;"
        "from briefschema import validation;"
        f"assert briefschema.__file__.startswith({str(target)!r}), briefschema.__file__;"
        "registry = briefschema.schema_registry();"
        "print(len(list(registry)));"
        f"brief = briefschema.load({str(ROOT / 'examples' / 'moscow-intransigent-syria-2013.brief.json')!r});"
        "print(brief.id)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # Every per-file schema is a resource of the registry (the bundle is not: it is one
    # document for consumers that take a single file).
    per_file = [*_schemagen.generate(), _schemagen.DIFF]
    assert done.stdout.split() == [str(len(per_file)), "moscow-intransigent-syria-2013"]
