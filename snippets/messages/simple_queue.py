import multiprocessing as mp


def echo(q_in, q_out):
    q_out.put(q_in.get().upper())


if __name__ == "__main__":
    # No maxsize, no timeouts, no feeder thread: put() writes to the pipe
    # itself, so empty() is False as soon as put() has returned.
    q_in, q_out = mp.SimpleQueue(), mp.SimpleQueue()
    print("empty() at first:", q_in.empty())
    q_in.put("hello")
    print("empty() after put():", q_in.empty())

    child = mp.Process(target=echo, args=(q_in, q_out))
    child.start()
    print("got:", q_out.get())
    child.join()
    print("empty() after the child's get():", q_in.empty())

    q_in.close()  # Python 3.9+: frees the pipe now, not at exit
    q_out.close()
    try:
        q_out.get()
    except OSError as error:
        print("get() after close():", type(error).__name__, error)
