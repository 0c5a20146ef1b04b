# A tool that runs your code for you (a live-evaluation editor, an
# embedded interpreter) may do this: exec() it in a namespace of its
# own whose __name__ is "__main__". The real __main__ is the tool's.
USER_CODE = '''
from multiprocessing import Pool

def square(x):
    return x * x

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(square, range(5)))
'''

if __name__ == "__main__":
    namespace = {"__name__": "__main__"}
    exec(USER_CODE, namespace)
