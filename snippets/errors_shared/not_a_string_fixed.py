from multiprocessing.managers import BaseManager


class Tree:
    def __init__(self, depth=0):
        self.depth = depth

    def child(self):
        return Tree(self.depth + 1)

    def get_depth(self):
        return self.depth


class TreeManager(BaseManager):
    pass


TreeManager.register("Tree", Tree, method_to_typeid={"child": "Node"})
# No callable: "Node" wraps what child() returns, in the server.
TreeManager.register("Node", create_method=False,
                     method_to_typeid={"child": "Node"})

if __name__ == "__main__":
    with TreeManager() as manager:
        grandchild = manager.Tree().child().child()
        print(type(grandchild).__name__, grandchild.get_depth())
