"""Benchmarks of 识破 SeeThrough: see README.md here; run ``python bench/run.py``."""
