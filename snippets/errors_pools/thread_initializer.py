from concurrent.futures import ThreadPoolExecutor


def connect(address):
    host, port = address.split(":")  # a port is required
    print("connected to", host, port)


def query(n):
    return n * n


if __name__ == "__main__":
    with ThreadPoolExecutor(2, initializer=connect,
                            initargs=("db.example",)) as executor:
        future = executor.submit(query, 3)
        try:
            print(future.result())
        except Exception as error:
            print(f"result(): {type(error).__name__}: {error}")
        executor.submit(query, 4)  # the executor is broken for good
