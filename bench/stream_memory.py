"""Peak memory of a batch over inputs read as streams, at two sizes: it must not grow with the input.

    python bench/stream_memory.py                  # web archives and JSON exports of ~30 and ~300 MB, --to txt, -j 2
    python bench/stream_memory.py --kinds json --sizes 30,1000 --to txt,json --jobs 2
    python bench/stream_memory.py --kinds csv             # the same crawl as one CSV table

A web archive is a crawl written with warcio in a temporary folder: for every captured page a
request and a response (an invented Chinese news article, with the inline script and the JSON a
real page carries), then a picture (incompressible bytes, as JPEGs are), per-record gzip as
crawlers write it. A JSON export is the same crawl as a crawler's one JSON array of records
(title, time, source, text, and the page's HTML it kept), and a CSV table is that export as rows
under a header. ``convertkit batch`` runs on each;
the peak resident memory (VmHWM) of the batch process and of every process below it (the
workers' server and the workers) is read from /proc while it runs. A batch that read the input
whole would grow by its size; a streamed one stays flat.
"""

from __future__ import annotations

import argparse
import base64
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = "https://news.example.cn"
TOPICS = ["春季农业生产", "城市更新项目", "返程客流高峰", "新能源汽车下乡", "老旧小区改造", "跨境电商试点",
          "高校毕业生就业", "冬季供暖保障", "文旅消费升级", "防汛抗旱准备"]


def page(number: int, filler: bytes) -> bytes:
    """An invented article page of some 60 KB: the article, and the script and data a site wraps it in."""
    topic = TOPICS[number % len(TOPICS)]
    title = f"{topic}扎实推进 第{number}期"
    paragraphs = "".join(
        f"<p>{text}</p>" for text in (
            f"新华社北京3月{number % 28 + 1}日电（记者 王小明）记者从有关部门获悉，{topic}工作今年以来扎实推进，各项任务有序落实。",
            f"据介绍，截至目前，全国已有{number % 30 + 2}个省份出台具体实施方案，覆盖城乡的工作机制基本建立。",
            "有关负责人表示，下一步将继续加强统筹协调，完善配套政策，确保各项措施落地见效，让群众有更多获得感。",
            "业内专家认为，相关举措有利于稳定市场预期、扩大有效需求，为经济持续回升向好提供有力支撑。",
        )
    )
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_某某网</title>'
        f'<meta property="og:title" content="{title}">'
        f'<meta name="publishdate" content="2024-03-{number % 28 + 1:02d} 08:30:00">'
        f"<script>window.__DATA__=\"{filler.decode()}\";</script></head><body>"
        f'<div class="nav"><a href="/">首页</a> <a href="/yaowen/">要闻</a></div>'
        f'<div class="article"><h1>{title}</h1><div class="info">2024年03月{number % 28 + 1:02d}日 08:30　来源：新华网</div>'
        f'{paragraphs}<p class="editor">【责任编辑：赵六】</p></div></body></html>'
    ).encode()


def build(target: Path, megabytes: int, seed: int = 7) -> int:
    """Write a .warc.gz of about ``megabytes`` MB; returns how many article pages it holds."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    limit = megabytes * 1024 * 1024
    pages = 0
    with target.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(target.name, {"software": "bench/stream_memory.py"}))

        def capture(address: str, body: bytes, kind: str) -> None:
            request = StatusAndHeaders(f"GET {address} HTTP/1.1", [("Host", "news.example.cn")], is_http_request=True)
            writer.write_record(writer.create_warc_record(address, "request", payload=io.BytesIO(b""),
                                                          http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(address, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))

        while out.tell() < limit:
            address = f"{SITE}/2024/03/c{pages:07d}.html"
            filler = base64.b64encode(rng.randbytes(30_000))  # a page's inline data: compresses little
            capture(address, page(pages, filler), "text/html; charset=utf-8")
            capture(address.replace(".html", ".jpg"), b"\xff\xd8\xff\xe0JFIF" + rng.randbytes(100_000), "image/jpeg")
            pages += 1
    return pages


def crawl_records(seed: int = 7) -> Iterator[dict[str, str]]:
    """A crawler's records (title, time, source, text and the page's HTML it kept), endlessly."""
    rng = random.Random(seed)
    number = 0
    while True:
        html = page(number, base64.b64encode(rng.randbytes(30_000))).decode()
        topic = TOPICS[number % len(TOPICS)]
        text = "\n".join(part.split("</p>")[0] for part in html.split("<p>")[1:])
        yield {"url": f"{SITE}/2024/03/c{number:07d}.html", "title": f"{topic}扎实推进 第{number}期",
               "pub_time": f"2024-03-{number % 28 + 1:02d} 08:30:00", "source": "新华网", "content": text,
               "html": html}
        number += 1


def build_export(target: Path, megabytes: int, seed: int = 7) -> int:
    """Write a crawler's JSON export of about ``megabytes`` MB; returns how many records it holds."""
    import json

    limit = megabytes * 1024 * 1024
    records = 0
    with target.open("w", encoding="utf-8") as out:
        out.write("[")
        for record in crawl_records(seed):
            if out.tell() >= limit:
                break
            out.write(("," if records else "") + json.dumps(record, ensure_ascii=False))
            records += 1
        out.write("]")
    return records


def build_table(target: Path, megabytes: int, seed: int = 7) -> int:
    """Write the same crawl as a CSV table (a header row, a record a row); returns the rows."""
    import csv

    limit = megabytes * 1024 * 1024
    rows = 0
    with target.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        for record in crawl_records(seed):
            if rows == 0:
                writer.writerow(list(record))
            if out.tell() >= limit:
                break
            writer.writerow(list(record.values()))
            rows += 1
    return rows


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(entry))
    return tree


def _peak_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(source: Path, outdir: Path, formats: str, jobs: int) -> tuple[float, int, int, str]:
    """(seconds, parent peak KB, highest peak KB below it, the batch's summary line)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])))
    command = [sys.executable, "-m", "convertkit", "batch", str(source), "-o", str(outdir), "--to", formats,
               "-j", str(jobs), "--progress", "none"]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    parent = below = 0
    while process.poll() is None:
        parent = max(parent, _peak_kb(process.pid))
        tree, stack = _children(), list(_children().get(process.pid, []))
        while stack:
            pid = stack.pop()
            below = max(below, _peak_kb(pid))
            stack.extend(tree.get(pid, []))
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    _, err = process.communicate()
    summary = next((line for line in err.splitlines() if line.startswith("convertkit: batch:")), err.strip()[-400:])
    return seconds, parent, below, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kinds", default="warc,json", help="inputs: warc (web archives), json (crawl exports), csv (crawl tables)")
    parser.add_argument("--sizes", default="30,300", help="input sizes in MB, comma-separated (default 30,300)")
    parser.add_argument("--to", default="txt", help="formats (default txt)")
    parser.add_argument("--jobs", type=int, default=2, help="workers (default 2)")
    arguments = parser.parse_args()
    builders = {"warc": (build, ".warc.gz", "pages"), "json": (build_export, ".json", "records"),
                "csv": (build_table, ".csv", "rows")}
    rows = []
    with tempfile.TemporaryDirectory(prefix="stream-memory-") as folder:
        for kind in arguments.kinds.split(","):
            builder, suffix, unit = builders[kind]
            for size in (int(part) for part in arguments.sizes.split(",")):
                source = Path(folder) / f"crawl-{size}mb{suffix}"
                began = time.perf_counter()
                count = builder(source, size)
                built = time.perf_counter() - began
                megabytes = source.stat().st_size / 2**20
                print(f"built {source.name}: {megabytes:.0f} MB, {count} {unit} in {built:.1f} s", flush=True)
                seconds, parent, below, summary = run(source, Path(folder) / f"out-{kind}-{size}", arguments.to,
                                                      arguments.jobs)
                print(f"  {summary}", flush=True)
                rows.append((kind, megabytes, count, seconds, parent / 1024, below / 1024))
                source.unlink()
    print("\n| input | MB | articles | seconds | parent peak RSS MB | peak RSS below it (server, workers) MB |")
    print("|---|---|---|---|---|---|")
    for kind, megabytes, count, seconds, parent_mb, below_mb in rows:
        print(f"| {kind} | {megabytes:.0f} | {count} | {seconds:.1f} | {parent_mb:.0f} | {below_mb:.0f} |")


if __name__ == "__main__":
    main()
