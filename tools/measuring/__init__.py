"""Measuring: the benchmark, the flake check and the API coverage count."""
