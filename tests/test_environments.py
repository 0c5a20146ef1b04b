"""The snippets' environments: one per interpreter, rebuilt when the pinned
packages change, and a clear stop when a package cannot be installed."""
import subprocess
import textwrap

import pytest

from bytecode import uncompiled
from tools.paths import REQUIREMENTS
from tools.running import environments, fingerprint, runner
from tools.running.interpreters import configured, site_python


@pytest.fixture
def scratch(tmp_path):
    """A requirements file and an environments folder of the test's own
    (passed, not patched in: snippets run meanwhile in the background)."""
    return tmp_path / "requirements.txt", tmp_path / "envs"


@pytest.mark.parametrize("interpreter", configured(),
                         ids=lambda i: i.version)
def test_every_pinned_package_imports_in_every_environment(interpreter):
    python = environments.python_for(interpreter)
    # What the file installs for this version (Ray has no wheel for 3.15).
    names = [n.replace("-", "_")
             for n in environments.pinned_for(interpreter.version_tuple)]
    assert names, "snippets/requirements.txt pins nothing"
    done = subprocess.run(
        [python, "-c", f"import {', '.join(names)}; import sys; "
                       "print(sys.version_info[:2])"],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(interpreter.version_tuple)
    # Installed with their bytecode (snippets run without writing it).
    assert uncompiled(python, names) == []


def test_a_package_that_cannot_be_installed_is_named_with_the_python(scratch):
    requirements, root = scratch
    requirements.write_text("mpguide-no-such-package==0.0.1\n")
    python = site_python()
    with pytest.raises(environments.PackageInstallError) as caught:
        environments.python_for(python, requirements, root)
    message = str(caught.value)
    assert "mpguide-no-such-package" in message
    assert python.label in message and python.executable in message
    # no half-built environment
    assert not environments.location(python, requirements, root).exists()


def test_a_changed_file_gives_a_new_environment_and_drops_the_old(scratch):
    requirements, root = scratch
    python = site_python()
    requirements.write_text("# nothing yet\n")
    first = environments.location(python, requirements, root)
    environments.python_for(python, requirements, root)
    assert (first / environments.READY).is_file()
    requirements.write_text("# still nothing, but another file\n")
    second = environments.location(python, requirements, root)
    assert second != first
    environments.python_for(python, requirements, root)
    assert (second / environments.READY).is_file()
    assert not first.exists()


def test_only_runs_that_import_a_package_depend_on_the_pins(tmp_path):
    plain = tmp_path / "hello.py"
    plain.write_text("import os, multiprocessing\nprint('hi')\n")
    helper = tmp_path / "helper.py"
    helper.write_text("import numpy\n")
    user = tmp_path / "uses_helper.py"
    user.write_text("from helper import *\n")
    assert REQUIREMENTS not in fingerprint.inputs(plain)
    assert fingerprint.third_party(user) == {"numpy"}
    assert REQUIREMENTS in fingerprint.inputs(user)


def test_a_snippet_runs_with_the_environments_packages(tmp_path):
    name = environments.requirement_names()[0].replace("-", "_")
    path = tmp_path / "uses_package.py"
    path.write_text(textwrap.dedent(f"""
        import {name}
        if __name__ == "__main__":
            print("imported", {name}.__name__)
    """))
    python = site_python()
    run = runner.run(path.name, path, python.methods[0], python, 60)
    assert run.exit_code == 0, run.output
    assert run.lines == [f"imported {name}"]
    assert environments.needed_by(path) == [name.replace("_", "-")]
