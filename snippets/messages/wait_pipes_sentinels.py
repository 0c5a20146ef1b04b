import multiprocessing as mp
import sys
from multiprocessing.connection import wait


def work(n, conn):
    if n == 3:
        sys.exit(3)  # dies without sending anything
    conn.send(n * n)
    conn.close()


if __name__ == "__main__":
    pipes = {n: mp.Pipe(duplex=False) for n in (1, 2, 3)}
    readers = {reader: n for n, (reader, _) in pipes.items()}
    print("before any child starts, wait(timeout=0.1) ->",
          wait(list(readers), timeout=0.1))

    procs = {}
    for n, (_, writer) in pipes.items():
        p = mp.Process(target=work, args=(n, writer), name=f"worker-{n}")
        p.start()
        writer.close()
        procs[p.sentinel] = p  # an OS handle, ready once p has ended

    results, waiting = {}, list(readers) + list(procs)
    while waiting:
        ready = wait(waiting, timeout=30)  # whichever comes first
        if not ready:
            sys.exit("nothing happened for 30 s")
        for obj in ready:
            if obj in procs:  # a sentinel: that process has ended
                waiting.remove(obj)
                procs[obj].join()
                continue
            try:
                results[readers[obj]] = obj.recv()
            except EOFError:  # its writer is closed: nothing more
                waiting.remove(obj)
                obj.close()

    print("results:", dict(sorted(results.items())))
    print("exit codes:", sorted((p.name, p.exitcode)
                                for p in procs.values()))
