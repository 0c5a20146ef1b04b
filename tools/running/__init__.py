"""Running snippets: the catalog, the runner and its launcher, interpreters,
stored runs and the notebooks."""
