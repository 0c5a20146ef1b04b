from concurrent.futures import ProcessPoolExecutor, process

if __name__ == "__main__":
    cap = process._MAX_WINDOWS_WORKERS
    print("ProcessPoolExecutor's limit on Windows:", cap)
    # No task is submitted, so no worker process starts.
    try:
        with ProcessPoolExecutor(max_workers=cap + 1):
            print(f"max_workers={cap + 1} here: accepted")
    except ValueError as error:
        print(f"max_workers={cap + 1} here: ValueError: {error}")
