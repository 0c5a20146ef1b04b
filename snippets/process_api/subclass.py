import multiprocessing as mp


class Squarer(mp.Process):
    def __init__(self, number):
        super().__init__(name=f"squarer-{number}")  # always call it
        self.number = number

    def run(self):
        # start() calls run() in the new process
        me = mp.current_process().name
        print(f"{me}: {self.number}² = {self.number ** 2}", flush=True)


if __name__ == "__main__":
    worker = Squarer(7)
    worker.run()  # a plain method call: runs here, in the main process
    worker.start()  # runs run() in a child process
    worker.join()
    print("exitcode:", worker.exitcode)
