from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    settings = {"max_tasks_per_child": "100", "unlimited": 0}
    try:
        ProcessPoolExecutor(
            2, max_tasks_per_child=settings["max_tasks_per_child"])
    except TypeError as error:
        print(f"TypeError: {error}")
    ProcessPoolExecutor(2, max_tasks_per_child=settings["unlimited"])
