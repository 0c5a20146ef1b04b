import sys
import sysconfig

if __name__ == "__main__":
    print("Python", sys.version.split()[0])
    # A free-threaded build (3.13+) is compiled with Py_GIL_DISABLED.
    built_without = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    print("free-threaded build:", built_without)
    if hasattr(sys, "_is_gil_enabled"):  # Python 3.13+
        print("GIL enabled now:", sys._is_gil_enabled())
    else:
        print("GIL enabled now: True (every build before 3.13 has one)")
    try:  # Python 3.14+
        from concurrent.futures import InterpreterPoolExecutor
    except ImportError:
        print("InterpreterPoolExecutor: not in this Python")
    else:
        print("InterpreterPoolExecutor: available,",
              InterpreterPoolExecutor.__module__)
