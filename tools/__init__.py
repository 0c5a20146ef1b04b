"""Site tooling, by what it serves: ``running`` snippets (and storing their
runs), ``building`` the pages and the offline copy, ``measuring`` the
verification, its flakiness and the API coverage. ``paths`` says where
things live."""
