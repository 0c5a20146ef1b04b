import sqlite3
from multiprocessing import Barrier, Pool, current_process

# Set once in each worker process by the initializer, then used by
# every task that worker runs.
connection = None
pair = None


def open_connection(path, barrier):
    global connection, pair
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE done (task INTEGER)")
    pair = barrier
    print(f"{current_process().name}: connection opened", flush=True)


def work(task):
    # Two tasks at a time meet here, so each worker gets its share.
    pair.wait(timeout=30)
    # Commit in the task: a pool worker gets no chance to do it when
    # it ends (leaving the with block terminates it).
    with connection:  # commits when the block ends
        connection.execute("INSERT INTO done VALUES (?)", (task,))
    rows = connection.execute("SELECT task FROM done").fetchall()
    return current_process().name, task, [row[0] for row in rows]


if __name__ == "__main__":
    # ":memory:" gives each connection a database of its own.
    with Pool(2, initializer=open_connection,
              initargs=(":memory:", Barrier(2))) as pool:
        results = pool.map(work, range(6), chunksize=1)
    ran, table = {}, {}
    for name, task, rows in results:
        ran.setdefault(name, []).append(task)
        table[name] = rows
    for name in sorted(ran):
        print(f"{name} ran {ran[name]}, its table holds {table[name]}")
