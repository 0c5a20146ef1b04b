import multiprocessing
import os

GPUS = 2  # one worker per device


def claim_device(devices):
    # Runs first in each worker, before anything touches CUDA: CUDA
    # reads CUDA_VISIBLE_DEVICES once, when it initializes. Import
    # torch (or CuPy, JAX...) in the tasks, not at the top of the file.
    device = devices.get()
    os.environ["CUDA_VISIBLE_DEVICES"] = str(device)
    print(f"worker {os.getpid()} got device {device}", flush=True)


def task(n):
    # Here torch.device("cuda") would be this worker's one device.
    return n * n


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")  # fresh interpreters
    devices = ctx.Queue()
    for device in range(GPUS):
        devices.put(device)
    with ctx.Pool(GPUS, initializer=claim_device,
                  initargs=(devices,)) as pool:
        print("results:", pool.map(task, range(8)))
        pool.close()
        pool.join()  # every worker has claimed its device and ended
