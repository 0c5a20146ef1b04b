"""Building pages: the MkDocs hooks, the fragments and status page, the
offline copy, and a browser to look at the result."""
