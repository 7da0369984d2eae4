#!/usr/bin/env python3
"""Write the 10,000-article folder the README's `copydesk check` figure is
measured on: the seeds, the fixtures and the corpus texts, each repeated to
about 5 KB, in 20 folders of 500 (about 48 MB).

    python3 benches/ten_thousand.py OUT_DIR
    time target/release/copydesk check --format github OUT_DIR > /dev/null
"""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def sources():
    files = sorted(ROOT.glob("seeds/*.txt"))
    files += sorted(ROOT.glob("tests/fixtures/**/*.txt"))
    files += sorted(ROOT.glob("tests/corpus/*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    return [t for t in texts if t.strip()]


def main():
    out = pathlib.Path(sys.argv[1])
    texts = sources()
    for i in range(10_000):
        text = texts[i % len(texts)]
        body = text
        while len(body.encode()) < 5000:
            body += "\n\n" + text
        folder = out / f"d{i // 500:02}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{i:05}.txt").write_text(body, encoding="utf-8")


if __name__ == "__main__":
    main()
