from multiprocessing import Manager, ProcessError
from multiprocessing.managers import SharedMemoryManager

if __name__ == "__main__":
    manager = Manager()  # already running
    try:
        manager.start()
    except ProcessError as error:
        print(f"start(): {type(error).__name__}: {error}")
    finally:
        manager.shutdown()

    with SharedMemoryManager() as smm:  # the with block started it
        server = smm.get_server()
        server.serve_forever()
