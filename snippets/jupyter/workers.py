"""Worker functions for the notebook: a module every child can import."""


def square(x):
    return x * x
