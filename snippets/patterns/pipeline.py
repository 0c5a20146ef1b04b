import multiprocessing as mp

END = None  # the end marker, passed on from stage to stage
K = 3  # workers in stage 2


def parse(texts, out):  # stage 1: one process
    for seq, text in enumerate(texts):
        out.put((seq, int(text)))  # number each item
    for _ in range(K):
        out.put(END)  # one per stage-2 worker


def work(n):  # the costly step: its time grows with n
    return sum(i * i for i in range(n))


def compute(inbox, out, finished):  # stage 2: K processes
    while (item := inbox.get()) is not END:
        seq, n = item
        out.put((seq, work(n)))
    # Exactly one of the K gets 0 from the barrier and passes END on,
    # after all K have sent their last item.
    if finished.wait() == 0:
        out.put(END)


def reorder(inbox, out):  # stage 3: one process
    waiting, next_seq, early = {}, 0, 0
    while (item := inbox.get()) is not END:
        seq, value = item
        early += seq != next_seq
        waiting[seq] = value
        while next_seq in waiting:  # release the run that is complete
            out.put((next_seq, waiting.pop(next_seq)))
            next_seq += 1
    out.put(early)  # a last message: how many came before their turn
    out.put(END)


if __name__ == "__main__":
    # 30 tasks of uneven size, so the K workers finish out of order
    texts = [str(n * 7 % 10 * 30_000) for n in range(30)]
    # The middle queue is a SimpleQueue: its put() has written the item
    # to the pipe when it returns, so nothing a worker sent can arrive
    # after the END another worker sends. A Queue's put() returns at
    # once and a background thread writes later.
    parsed, computed, ordered = mp.Queue(), mp.SimpleQueue(), mp.Queue()
    finished = mp.Barrier(K)
    stages = {
        "parse": [mp.Process(target=parse, args=(texts, parsed))],
        "compute": [mp.Process(target=compute,
                               args=(parsed, computed, finished))
                    for _ in range(K)],
        "reorder": [mp.Process(target=reorder, args=(computed, ordered))],
    }
    for stage in stages.values():
        for p in stage:
            p.start()

    received = []
    while (item := ordered.get()) is not END:
        received.append(item)
    *results, early = received
    for name, stage in stages.items():
        for p in stage:
            p.join()
        print(f"{name:>7}: exit codes {[p.exitcode for p in stage]}")

    left = 0
    while not computed.empty():  # exact here: all its users have ended
        computed.get()
        left += 1
    print("left in the middle queue:", left)
    print("items arrived out of order at stage 3:", early)
    print("results in order:", [seq for seq, _ in results]
          == list(range(len(texts))))
    print("each computed once:", [v for _, v in results]
          == [work(int(t)) for t in texts])
