from multiprocessing import shared_memory

if __name__ == "__main__":
    items = shared_memory.ShareableList(["abc", b"ab\x00", 0])
    try:
        print("format:", items.format)
        items[0] = "12345678"  # str slots are rounded up to 8 bytes
        print("8 bytes fit:", items[0])
        try:
            items[0] = "123456789"
        except ValueError as error:
            print("9 bytes: ValueError:", error)
        print("b'ab\\x00' reads back as", items[1])
        try:
            items.append(4)
        except AttributeError as error:
            print("AttributeError:", error)
        try:
            items[0:2]
        except TypeError:
            print("a slice: TypeError")
        try:
            items[2] = [1, 2]
        except KeyError as error:
            print("a list item: KeyError:", error)
    finally:
        items.shm.close()
        items.shm.unlink()
    # A str's slot is sized by its characters, not its UTF-8 bytes:
    text = shared_memory.ShareableList(["\u00e9" * 9])  # 18 bytes
    try:
        print("9 x '\u00e9' reads back as", len(text[0]), "characters")
    finally:
        text.shm.close()
        text.shm.unlink()
    # An item's slot is a multiple of 8 above its length, and its size
    # must fit in 8 digits: the bound is below 10 million bytes.
    big = shared_memory.ShareableList([b"x" * 9_999_991])
    try:
        print("a 9,999,991-byte item fits, format:", big.format)
    finally:
        big.shm.close()
        big.shm.unlink()
    try:
        # Checked before any memory is allocated.
        shared_memory.ShareableList([b"x" * 9_999_992])
    except AssertionError:
        print("a 9,999,992-byte item: AssertionError")
