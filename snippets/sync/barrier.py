import multiprocessing as mp

PARTIES = 3


def meet_twice(barrier, indexes):
    for meeting in (1, 2):  # a Barrier can be used again and again
        index = barrier.wait()  # returns once all parties are here
        indexes.put((meeting, index))


if __name__ == "__main__":
    barrier = mp.Barrier(PARTIES)
    print("parties:", barrier.parties)
    indexes = mp.Queue()
    processes = [
        mp.Process(target=meet_twice, args=(barrier, indexes))
        for _ in range(PARTIES)
    ]
    for process in processes:
        process.start()
    seen = sorted(indexes.get() for _ in range(2 * PARTIES))
    for process in processes:
        process.join()
    for meeting in (1, 2):
        print(f"meeting {meeting}, wait() returned:",
              [index for m, index in seen if m == meeting])
