import contextlib
import io
import multiprocessing as mp


def work():
    print("child: printed", flush=True)


if __name__ == "__main__":
    pane = io.StringIO()  # an IDE's output pane, in miniature
    with contextlib.redirect_stdout(pane):
        print("parent: printed")
        child = mp.Process(target=work)
        child.start()
        child.join()
    print("the pane shows:", pane.getvalue().splitlines())
