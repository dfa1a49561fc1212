"""Batch conversion at scale: a lazy input walk, chunked work in a process pool or on a Dask
cluster, an SQLite manifest for ``--resume``, and a report. Importing this package is cheap;
each engine imports its heavy parts only when it runs.

    convertkit batch crawl/ -o out/ --to pdf,docx -j 8 --resume
"""
