from multiprocessing.managers import BaseManager


class Tree:
    def __init__(self, depth=0):
        self.depth = depth

    def child(self):
        return Tree(self.depth + 1)


class TreeManager(BaseManager):
    pass


if __name__ == "__main__":
    # child() should return a proxy: the value must name a typeid.
    TreeManager.register("Tree", Tree, method_to_typeid={"child": Tree})
