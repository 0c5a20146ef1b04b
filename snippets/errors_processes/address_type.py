import json
from multiprocessing.connection import Listener

CONFIG = '{"socket": "/tmp/app.sock", "address": ["127.0.0.1", 0]}'

if __name__ == "__main__":
    config = json.loads(CONFIG)
    try:
        Listener(config["socket"].encode())  # a bytes path
    except ValueError as error:
        print(f"ValueError: {error}")
    with Listener(config["address"]) as listener:  # a list from JSON
        print("listening on", listener.address)
