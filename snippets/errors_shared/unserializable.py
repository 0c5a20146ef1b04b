from multiprocessing.managers import BaseManager


class Inventory:
    def __init__(self):
        self._stock = {"apples": 3, "pears": 12, "plums": 4}

    def running_low(self):  # a generator function
        for name, count in self._stock.items():
            if count < 5:
                yield name


class StockManager(BaseManager):
    pass


StockManager.register("Inventory", Inventory)

if __name__ == "__main__":
    with StockManager() as manager:
        inventory = manager.Inventory()
        print(inventory.running_low())
