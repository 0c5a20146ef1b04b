import asyncio
import time


async def wait_for_io(seconds):
    await asyncio.sleep(seconds)  # hands control back to the event loop
    return seconds


async def main(waits):
    # All the waits are in progress at once, in one thread.
    return await asyncio.gather(*(wait_for_io(s) for s in waits))


if __name__ == "__main__":
    waits = [0.2] * 4
    start = time.perf_counter()
    done = asyncio.run(main(waits))
    print(f"{len(done)} waits of {waits[0]} s each")
    took = time.perf_counter() - start
    print(f"asyncio    {took:6.3f} s   (one thread)")
