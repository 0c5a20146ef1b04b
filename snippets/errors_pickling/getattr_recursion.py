from multiprocessing import Process, Queue


class Wrapper:
    """Passes every attribute it lacks on to the object it wraps."""

    def __init__(self, wrapped):
        self.wrapped = wrapped

    def __getattr__(self, name):  # called for names not found
        return getattr(self.wrapped, name)


def consume(queue):
    wrapper = queue.get()  # unpickles the Wrapper
    print("the child got", wrapper.real)


if __name__ == "__main__":
    queue = Queue()
    job = Process(target=consume, args=(queue,))
    job.start()
    queue.put(Wrapper(3.5 + 2j))  # pickled, in the parent: fine
    job.join()
    print("child's exit code:", job.exitcode)
