from multiprocessing.managers import BaseManager, BaseProxy


class Counter:
    count = 0

    def increment(self):
        self.count += 1

    def value(self):
        return self.count


class CounterProxy(BaseProxy):
    _exposed_ = ("increment",)  # "value" is missing

    def value(self):
        return self._callmethod("value")


class CounterManager(BaseManager):
    pass


CounterManager.register("Counter", Counter, CounterProxy)

if __name__ == "__main__":
    with CounterManager() as manager:
        print(manager.Counter().value())
