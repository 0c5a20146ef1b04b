import multiprocessing

if __name__ == "__main__":
    # Defined only when this file runs as the program: a spawn child,
    # which runs the file as __mp_main__, never defines it.
    def measure(city):
        print("measuring", city)

    context = multiprocessing.get_context("spawn")
    job = context.Process(target=measure, args=("Lima",))
    job.start()
    job.join()
    print("child's exit code:", job.exitcode)
