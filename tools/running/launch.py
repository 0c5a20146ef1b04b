"""Run one snippet as ``__main__`` under a chosen start method.

Invoked by the runner as ``python launch.py METHOD /abs/path/SNIPPET`` from
the snippet's folder: since 3.9 ``python snippet.py`` gives the script an
absolute ``__file__``, so tracebacks name it the same way. This file runs under every interpreter in the matrix, so it
must stay Python 3.9 compatible. The snippet itself is left untouched: the
start method is set from outside.
"""
import atexit
import multiprocessing
import os
import signal
import sys
import traceback
import types


def main():
    method, path = sys.argv[1], sys.argv[2]
    # A shell starts a background job (`make site &`) with SIGINT ignored,
    # and an ignored signal stays ignored across fork and exec: the Ctrl-C
    # snippets' interrupts would never arrive. Run as from a terminal.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    # A terminal line-buffers stdout; a pipe does not. Match the terminal so
    # the parent's lines interleave with its children's as a reader sees them,
    # and so a fork never copies unflushed text into the child.
    sys.stdout.reconfigure(line_buffering=True)
    multiprocessing.set_start_method(method)
    sys.argv = [os.path.basename(path)]  # as `python snippet.py` sets it
    sys.path[0] = os.path.dirname(os.path.abspath(path))
    # Importing multiprocessing made __mp_main__ an alias of this file's
    # module. A spawn or forkserver child runs the snippet as __mp_main__
    # and pickles the snippet's classes under that name, so in this process
    # the alias must lead to the snippet, as with `python snippet.py`.
    module = types.ModuleType("__main__")
    module.__file__ = path
    module.__spec__ = None  # run from a path, not imported by name
    module.__builtins__ = __builtins__
    sys.modules["__main__"] = sys.modules["__mp_main__"] = module
    try:
        with open(path, "rb") as source:
            code = compile(source.read(), path, "exec")
        exec(code, module.__dict__)
    except SystemExit:
        raise
    except BaseException as error:
        # Show the traceback `python snippet.py` would, without this file's
        # frames, and exit with the interpreter's code for it.
        tb = error.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != path:
            tb = tb.tb_next
        traceback.print_exception(type(error), error,
                                  tb or error.__traceback__)
        if isinstance(error, KeyboardInterrupt) and hasattr(os, "kill"):
            # Like the interpreter: clean up, then die of the signal.
            atexit._run_exitfuncs()
            sys.stdout.flush()
            sys.stderr.flush()
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGINT)
        sys.exit(1)


if __name__ == "__main__":
    main()
