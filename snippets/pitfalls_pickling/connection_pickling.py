import multiprocessing as mp
import multiprocessing.reduction


def answer(inbox):
    # The Connection arrives as a fresh copy of the parent's pipe end.
    conn = inbox.get()
    conn.send(f"hello from {mp.current_process().name}")
    conn.close()


if __name__ == "__main__":
    # Kept for compatibility; it only imports multiprocessing.connection.
    mp.allow_connection_pickling()
    # multiprocessing.reducer is the module that pickles for queues,
    # pipes and spawn: multiprocessing.reduction, with ForkingPickler.
    print("reducer:", mp.reducer.__name__,
          mp.reducer is multiprocessing.reduction)
    print("pickler:", mp.reducer.ForkingPickler.__qualname__)

    receiver, sender = mp.Pipe(duplex=False)
    inbox = mp.Queue()
    child = mp.Process(target=answer, args=(inbox,), name="child")
    child.start()
    inbox.put(sender)  # a pipe end, sent through a queue
    print("received:", receiver.recv())
    # Closed only now: put() pickles it later, in a feeder thread.
    sender.close()
    child.join()
    print("child exitcode:", child.exitcode)
