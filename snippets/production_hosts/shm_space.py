import os
from multiprocessing import shared_memory

SHM = "/dev/shm"  # where Linux keeps POSIX shared memory
MiB = 1024 * 1024


def shm_space():
    """(size, free) of /dev/shm in bytes, or None where there is none."""
    if not hasattr(os, "statvfs") or not os.path.isdir(SHM):
        return None  # Windows, macOS
    st = os.statvfs(SHM)
    return st.f_blocks * st.f_frsize, st.f_bavail * st.f_frsize


def holds(shm):
    """The memory a block takes up now, where it is a file in /dev/shm."""
    path = os.path.join(SHM, shm.name)
    if not os.path.exists(path):
        return "(not a file here)"
    return f"{os.stat(path).st_blocks * 512 / MiB:g} MiB"


def create_reserved(size):
    """A new SharedMemory block, refused at once if /dev/shm has too
    little free space, and with all its pages claimed on Linux."""
    space = shm_space()
    if space is not None and size > space[1]:
        raise MemoryError(
            f"{size // MiB} MiB wanted, {space[1] // MiB} MiB free in"
            f" {SHM}: give the container a larger --shm-size")
    shm = shared_memory.SharedMemory(create=True, size=size)
    path = os.path.join(SHM, shm.name)
    if hasattr(os, "posix_fallocate") and os.path.exists(path):
        fd = os.open(path, os.O_RDWR)
        try:
            # A shortage is an OSError here, not a SIGBUS later in
            # whichever process writes to the block
            os.posix_fallocate(fd, 0, size)
        except OSError:
            shm.close()
            shm.unlink()
            raise
        finally:
            os.close(fd)
    return shm


if __name__ == "__main__":
    space = shm_space()
    if space is None:
        print("no /dev/shm here")
    else:
        print(f"/dev/shm: {space[0] // MiB} MiB,"
              f" {space[1] // MiB} MiB free")

    shm = shared_memory.SharedMemory(create=True, size=8 * MiB)
    print("SharedMemory(size=8 MiB) takes up:", holds(shm))
    shm.buf[:MiB] = bytes(MiB)
    print("after writing its first MiB:", holds(shm))
    shm.close()
    shm.unlink()

    shm = create_reserved(8 * MiB)
    print("create_reserved(8 MiB) takes up:", holds(shm))
    shm.close()
    shm.unlink()

    if space is not None:
        try:
            create_reserved(space[0] + MiB)  # more than it can ever hold
        except MemoryError as error:
            print("MemoryError:", error)
