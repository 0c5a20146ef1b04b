import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import Pool

from tqdm import tqdm

TASKS = 40


def work(n):
    return sum(i * i for i in range(n * 2000))


if __name__ == "__main__":
    # One bar, in the parent, moved as each result arrives. On stdout
    # (tqdm's default is stderr) it stays in order with the prints.
    bar_options = dict(file=sys.stdout, ascii=True, ncols=60)
    with Pool(2) as pool:
        bar = tqdm(total=TASKS, desc="imap_unordered", **bar_options)
        with bar:
            for result in pool.imap_unordered(work, range(TASKS)):
                bar.update()
    print("imap_unordered bar reached", bar.n, "of", bar.total)

    with ProcessPoolExecutor(2) as executor:
        futures = [executor.submit(work, n) for n in range(TASKS)]
        bar = tqdm(as_completed(futures), total=TASKS,
                   desc="as_completed", **bar_options)
        with bar:
            for future in bar:
                future.result()
    print("as_completed bar reached", bar.n, "of", bar.total)
