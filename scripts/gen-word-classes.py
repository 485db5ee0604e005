#!/usr/bin/env python3
"""Distributional word classes for ParleyNLP's tagger and entity tagger.

Requirements (pinned): python 3.11, scikit-learn==1.9.1, numpy==2.4.6, scipy==1.17.1
    pip install scikit-learn==1.9.1 numpy==2.4.6 scipy==1.17.1

Schütze-style distributional classes, deterministic (fixed seeds, one thread): on the unlabeled
text of Reuters-21578 (../shared/data/news/reuters21578.jsonl.gz, field `text`) plus the word
forms of UD English EWT *train* (never dev/test), each word seen at least --min-count times is
described by which of the --contexts most frequent words stand right before and after it (and,
at half weight, two before and after); positive PMI of those counts (context counts smoothed
with exponent 0.75), truncated SVD to --dim dimensions, unit-normalized rows, then k-means at
several granularities. Immediate neighbours make the classes mostly syntactic (days with days,
past participles with past participles), which is what an unseen word needs from the tagger.

Writes one line per word, `word<TAB>c64<TAB>c256<TAB>c1024` (classes coarse to fine), words
folded as LexicalFeatures folds them before hashing (ASCII lower case, curly quotes straight,
en/em dash "-") and tokenized EWT-style (clitics 's n't split off, punctuation alone,
hyphenated words whole). `parley train tagger --word-classes FILE` stores the table in
tagger.bin. The table is derived from Reuters-21578 (research use only): the product may ship
the table inside tagger.bin, never the text. Takes about 1.5 minutes on one core.

    python3 scripts/gen-word-classes.py --data ../shared/data --output /tmp/word-classes.tsv
    parley train tagger --train ... --dev ... --output M --epochs 8 --word-classes /tmp/word-classes.tsv
"""
import argparse, gzip, json, os, re, sys

# One BLAS/OpenMP thread (and a fixed hash seed) before numpy loads: same table every run.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    os.execv(sys.executable, [sys.executable] + sys.argv)

import numpy as np

FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def fold(w):
    w = w.translate(FOLD)
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in w)


# PTB-like tokens as EWT has them: clitics split off, punctuation alone, hyphenated words,
# numbers with , . : / inside, abbreviations with dots kept whole.
TOKEN = re.compile(
    r"(?i:n't)|'(?:s|re|ve|ll|d|m)\b|(?i:'(?:S|RE|VE|LL|D|M))\b"
    r"|\d+(?:[.,:/]\d+)*(?:-\w+)*"
    r"|(?:[A-Za-z]\.){2,}"
    r"|(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|No)\."
    r"|\w+(?:[-']\w+)*?(?=n't\b)|\w+(?:[-&]\w+)*"
    r"|\.\.\.|--|[^\s\w]"
)


def tokenize(text):
    return [fold(t) for t in TOKEN.findall(text)]


def reuters(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            for para in d.get("text", "").split("\n"):
                para = para.strip()
                if not para:
                    continue
                # Sentence-ish chunks: the window does not need exact sentences.
                for chunk in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", para):
                    toks = tokenize(chunk)
                    if toks:
                        yield toks


def ewt(path):
    sent = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                sent.append(fold(cols[1]))
    if sent:
        yield sent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--output", required=True)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--contexts", type=int, default=2000)
    ap.add_argument("--classes", default="64,256,1024")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    from collections import Counter
    from scipy import sparse
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD

    sents = list(reuters(os.path.join(a.data, "news/reuters21578.jsonl.gz")))
    n_reuters = len(sents)
    sents += list(ewt(os.path.join(a.data, "ud-english-ewt/en_ewt-ud-train.conllu.gz")))
    print(f"sentences: {n_reuters} Reuters + {len(sents) - n_reuters} EWT train, "
          f"{sum(map(len, sents))} tokens", file=sys.stderr)
    counts = Counter(w for s in sents for w in s)
    # By frequency, ties by first spelling order (Counter keeps insertion order): deterministic.
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    words = [w for w, c in ranked if c >= a.min_count]
    wid = {w: i for i, w in enumerate(words)}
    C = a.contexts
    cid = {w: i for i, (w, _) in enumerate(ranked[:C])}
    BOS, EOS = C, C + 1
    width = C + 2
    offsets = [(-1, 1.0), (1, 1.0), (-2, 0.5), (2, 0.5)]
    rows, cols, vals = [], [], []
    for s in sents:
        ids = [wid.get(w, -1) for w in s]
        ctx = [BOS, BOS] + [cid.get(w, -1) for w in s] + [EOS, EOS]
        for i, r in enumerate(ids):
            if r < 0:
                continue
            for k, (off, weight) in enumerate(offsets):
                c = ctx[i + 2 + off]
                if c >= 0:
                    rows.append(r)
                    cols.append(k * width + c)
                    vals.append(weight)
    m = sparse.coo_matrix((np.array(vals), (np.array(rows), np.array(cols))),
                          shape=(len(words), len(offsets) * width)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel()
    cs = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    cs = cs / cs.sum()
    m = m.tocoo()
    pmi = np.log(m.data / total / (rs[m.row] / total) / np.maximum(cs[m.col], 1e-12))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    svd = TruncatedSVD(n_components=a.dim, algorithm="randomized", n_iter=7, random_state=a.seed)
    u = svd.fit_transform(ppmi)  # U * S
    vecs = u / np.sqrt(np.maximum(svd.singular_values_, 1e-12))  # U * S^0.5
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
    print(f"vocabulary: {len(words)} words (count >= {a.min_count}), {ppmi.nnz} PPMI cells", file=sys.stderr)
    labels = []
    for k in [int(x) for x in a.classes.split(",")]:
        km = KMeans(n_clusters=k, n_init=1, max_iter=100, random_state=a.seed).fit(vecs)
        labels.append(km.labels_)
        print(f"k-means {k}: inertia {km.inertia_:.1f}", file=sys.stderr)
    with open(a.output, "w", encoding="utf-8") as out:
        for i, w in enumerate(words):
            if "\t" in w or "\n" in w:
                continue
            out.write(w + "".join(f"\t{l[i]}" for l in labels) + "\n")


if __name__ == "__main__":
    main()
