import multiprocessing as mp


def run_at(stage_wanted, cond, stage, report):
    with cond:
        # Woken by every notify_all(); goes on only once this is true.
        cond.wait_for(lambda: stage.value >= stage_wanted)
        report.put(f"worker {stage_wanted} went on at stage "
                   f"{stage.value}")


if __name__ == "__main__":
    cond = mp.Condition()
    stage = mp.Value("i", 0, lock=False)  # guarded by cond's lock
    report = mp.Queue()
    workers = [
        mp.Process(target=run_at, args=(n, cond, stage, report))
        for n in (3, 1, 2)
    ]
    for worker in workers:
        worker.start()
    with cond:
        # With a timeout, wait_for() returns the predicate's last value.
        print("wait_for(stage >= 1, timeout=0.2):",
              cond.wait_for(lambda: stage.value >= 1, timeout=0.2))
    for next_stage in (1, 2, 3):
        with cond:
            stage.value = next_stage
            cond.notify_all()
        print(report.get())  # the one worker whose turn it was
    for worker in workers:
        worker.join()
