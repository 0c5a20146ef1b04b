import asyncio
from concurrent.futures import ProcessPoolExecutor


def sum_of_squares(n):
    return sum(i * i for i in range(n))


async def heartbeat(ticks):
    while True:
        await asyncio.sleep(0.01)
        ticks.append(1)


async def main():
    loop = asyncio.get_running_loop()
    ticks = []
    beat = asyncio.create_task(heartbeat(ticks))
    with ProcessPoolExecutor(max_workers=2) as executor:
        # Each call returns an asyncio future at once; the CPU work
        # happens in the worker processes, not in the event loop.
        jobs = [loop.run_in_executor(executor, sum_of_squares, n)
                for n in (2_000_000, 2_000_001, 2_000_002)]
        results = await asyncio.gather(*jobs)
    beat.cancel()
    print("results:", results)
    print("heartbeat ticked while workers computed:", len(ticks) > 0)
    print("ticks (depends on the machine):", len(ticks))


if __name__ == "__main__":
    asyncio.run(main())
