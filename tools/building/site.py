"""Build both sites: the offline copy first, so the online one links it."""
import subprocess
import sys

from tools.building import offline
from tools.paths import ROOT


def main() -> None:
    offline.build()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"],
                   cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
