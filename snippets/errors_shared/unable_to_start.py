from multiprocessing.managers import SyncManager


class LoggingManager(SyncManager):
    def start(self, *args, **kwargs):
        print("starting the manager")
        # Missing: super().start(*args, **kwargs)


if __name__ == "__main__":
    with LoggingManager() as manager:
        counts = manager.dict()
