"""Every message multiprocessing and concurrent.futures can show a reader:
scanned from each CPython's sources (stdlib_scan), caused for pickle and the OS
(probing), gathered and classified (listing, classified.toml), and found on
the pages that show them (shown). error_index.py makes the page."""
