from collections import UserDict
from multiprocessing.managers import BaseManager


class Tree:
    def child(self):
        return Tree()


class TreeManager(BaseManager):
    pass


# A mapping, but not a dict: register() accepts it, the server not.
TreeManager.register("Tree", Tree,
                     method_to_typeid=UserDict({"child": "Node"}))
TreeManager.register("Node", create_method=False)

if __name__ == "__main__":
    with TreeManager() as manager:
        tree = manager.Tree()
