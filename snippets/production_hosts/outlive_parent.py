import os
import socket
import subprocess
import sys


def detached():
    """Popen options that cut a child loose from its parent."""
    options = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL,
               "stderr": subprocess.DEVNULL}  # hold none of its pipes
    if sys.platform == "win32":
        options["creationflags"] = (subprocess.CREATE_NEW_PROCESS_GROUP
                                    | subprocess.DETACHED_PROCESS)
    else:
        options["start_new_session"] = True  # out of its terminal's reach
    return options


def launcher(port):
    """Start the service, print its PID and exit without waiting."""
    service = subprocess.Popen(
        [sys.executable, __file__, "service", port], **detached())
    print(service.pid)


def service(port):
    """Answer each line from the controller until told to stop, or until
    the controller is gone."""
    with socket.create_connection(("127.0.0.1", int(port))) as sock:
        with sock.makefile("rw") as lines:
            for line in lines:
                if line.strip() == "stop":
                    break
                lines.write(f"running, pid {os.getpid()}\n")
                lines.flush()


if __name__ == "__main__":
    if sys.argv[1:2] == ["launcher"]:
        launcher(sys.argv[2])
    elif sys.argv[1:2] == ["service"]:
        service(sys.argv[2])
    else:  # the controller
        with socket.create_server(("127.0.0.1", 0)) as server:
            server.settimeout(30)
            port = str(server.getsockname()[1])
            started = subprocess.run(
                [sys.executable, __file__, "launcher", port],
                capture_output=True, text=True, timeout=30)
            pid = int(started.stdout)
            print("the launcher exited with code", started.returncode)
            conn, _ = server.accept()
        conn.settimeout(30)
        with conn, conn.makefile("rw") as lines:
            lines.write("ping\n")
            lines.flush()
            answer = lines.readline().strip()
            print("its child still answers:",
                  answer == f"running, pid {pid}")
            lines.write("stop\n")
            lines.flush()
            # End of file: the service closed its end, and exits
            print("after stop, it has closed its end:",
                  lines.readline() == "")
