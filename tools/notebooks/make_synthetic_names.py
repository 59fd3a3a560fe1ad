#!/usr/bin/env python3
"""Writes a small synthetic stand-in for the lecture 13 names data set (for tests and CI).

Usage:
    python3 tools/notebooks/make_synthetic_names.py OUT_DIR [--seed N]

Writes OUT_DIR/names_train.csv.gz and OUT_DIR/names_test.csv.gz in the course files' format: gzip-compressed
CSV, no header, one `"Name","Country"` row per name (every field quoted, CRLF line ends, as in the real
files), ASCII only (the course encodes characters with ord(c) into an Embedding of 128 rows).

* 18 countries, the course's: Arabic, Chinese, Czech, Dutch, English, French, German, Greek, Irish, Italian,
  Japanese, Korean, Polish, Portuguese, Russian, Scottish, Spanish, Vietnamese.
* Imbalanced like the real set but small: per country, round(sqrt(real train count)) training names and
  half as many test names (372 + 192 rows; Russian largest, Portuguese/Vietnamese smallest).
* Names follow per-country spelling styles (syllable sets, prefixes such as Mac/O'/Van, suffixes such as
  -ov/-ski/-opoulos/-ez/-mann/-moto), so a classifier learns them quickly: results made with this set say
  nothing about the course's numbers. Label any output made with it as synthetic.
* A few rows carry the quirks of the real files: names with a space ("Van der ..."), an apostrophe
  ("O'...", "Dan'ko" style) and a name ending in a comma (quoted, like the real "Lytkin," row).
* Deterministic: a fixed seed (default 13) drives a private random.Random; the gzip members have mtime 0,
  no file name and compression level 9, so the same seed gives byte-identical files (with the same zlib).

With BATCH_SIZE = 256 the training set is 2 batches, so lecture 13's every-10-batches progress line never
prints; pass a smaller BATCH_SIZE (e.g. 16: 24 batches) to exercise it.
Standard library only.
"""
import csv
import gzip
import io
import math
import os
import random
import sys

# Training-set sizes of the real course files (names_train.csv.gz, 13374 rows).
REAL_TRAIN_COUNTS = {
    "Arabic": 1333, "Chinese": 178, "Czech": 346, "Dutch": 198, "English": 2445, "French": 184,
    "German": 482, "Greek": 135, "Irish": 154, "Italian": 472, "Japanese": 660, "Korean": 62,
    "Polish": 92, "Portuguese": 49, "Russian": 6270, "Scottish": 66, "Spanish": 198, "Vietnamese": 48,
}

# Per-country spelling style: (consonants, vowels, number of syllables in the root, prefixes, suffixes).
# A prefix or suffix of "" means none. Roots are consonant+vowel syllables, capitalised.
STYLES = {
    "Arabic": ("hkmnsdrbfjlqt", "aaiou", (1, 2), ["", "", "", "Al "], ["ad", "ar", "i", "oud", "ani", "ash", "eem"]),
    "Chinese": None,  # single syllables, see SINGLE_SYLLABLE
    "Czech": ("bcdhklmnprstvz", "aeiouy", (1, 2), [""], ["ek", "ak", "cek", "ka", "ny", "ovsky", "ik"]),
    "Dutch": ("bdghkmnprstvw", "aeiou", (1, 2), ["", "", "Van ", "De ", "Van der "], ["sen", "man", "ink", "ers", "en", "stra"]),
    "English": ("bcdfghlmnprstw", "aeiou", (1, 2), [""], ["son", "ton", "ley", "ford", "wood", "er", "s", "ham"]),
    "French": ("bcdglmnprstv", "aeiou", (1, 2), ["", "", "Le ", "Du"], ["eau", "ier", "ette", "ault", "on", "et", "eux"]),
    "German": ("bdfghklmnrstwz", "aeiou", (1, 2), [""], ["mann", "berg", "stein", "er", "rich", "hardt", "feld"]),
    "Greek": ("kmnpstvdlx", "aeiou", (1, 2), [""], ["opoulos", "akis", "idis", "ou", "as", "os", "ides"]),
    "Irish": ("bcdfglmnrst", "aeiou", (1, 2), ["O'", "O'", "Mc", "Mac"], ["", "an", "ey", "y"]),
    "Italian": ("bcdfglmnprstvz", "aeiou", (1, 2), [""], ["ini", "elli", "etti", "one", "ino", "ucci", "i", "ara"]),
    "Japanese": ("kstnhmyrw", "aiueo", (2, 3), [""], ["", "moto", "mura", "naka", "shita", "da", "saki", "no"]),
    "Korean": None,
    "Polish": ("bcdgklmnprstwz", "aeioy", (1, 2), [""], ["ski", "wski", "czyk", "ak", "owicz", "ek"]),
    "Portuguese": ("bcdfglmnprstv", "aeiou", (1, 2), [""], ["es", "eira", "inho", "alves", "ado", "ao"]),
    "Russian": ("bdgklmnprstvz", "aeiou", (1, 3), [""], ["ov", "ev", "in", "sky", "enko", "ovich", "ikov", "'ko"]),
    "Scottish": ("bcdfglmnrst", "aeiou", (1, 2), ["Mac", "Mac", "", ""], ["", "son", "ie", "er"]),
    "Spanish": ("bcdfglmnprstv", "aeiou", (1, 2), [""], ["ez", "ano", "era", "ado", "ia", "es"]),
    "Vietnamese": None,
}

# Initials and finals for the one-syllable family names.
SINGLE_SYLLABLE = {
    "Chinese": (["Zh", "Ch", "W", "L", "H", "X", "Q", "Y", "G", "S", "T", "J"],
                ["ang", "ong", "ao", "in", "u", "ei", "ian", "uan", "eng", "ai"]),
    "Korean": (["K", "P", "Ch", "J", "Y", "S", "H", "B", "Ry", "Gw"],
               ["im", "ark", "oi", "ung", "ang", "oo", "on", "an", "eo", "wak"]),
    "Vietnamese": (["Ng", "Tr", "Ph", "H", "V", "D", "B", "Th", "Qu", "Kh"],
                   ["uyen", "an", "am", "oang", "u", "ang", "ui", "inh", "ieu", "ach"]),
}

COUNTRIES = sorted(REAL_TRAIN_COUNTS)


def make_name(country, rng):
    if STYLES[country] is None:
        initials, finals = SINGLE_SYLLABLE[country]
        return rng.choice(initials) + rng.choice(finals)
    consonants, vowels, (low, high), prefixes, suffixes = STYLES[country]
    root = "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(rng.randint(low, high)))
    suffix = rng.choice(suffixes)
    if suffix and root[-1] in "aeiouy" and suffix[0] in "aeiouy":
        root = root[:-1]
    prefix = rng.choice(prefixes)
    word = root + suffix
    word = word[0].upper() + word[1:]
    if prefix.endswith(" ") or prefix.endswith("'"):
        return prefix + word
    if prefix:
        return prefix + word[0].upper() + word[1:]
    return word


def rows_for(split, rng):
    rows = []
    for country in COUNTRIES:
        n_train = max(4, round(math.sqrt(REAL_TRAIN_COUNTS[country])))
        n = n_train if split == "train" else max(2, (n_train + 1) // 2)
        rows.extend([make_name(country, rng), country] for _ in range(n))
    if split == "train":
        # quirks of the real files: a name ending in a comma (quoted), a lower-case particle
        rows.append(["Lytkinov,", "Russian"])
        rows.append(["Van tonderen", "Dutch"])
    rng.shuffle(rows)
    for name, _ in rows:
        assert all(32 <= ord(c) < 127 for c in name), name
    return rows


def gzip_csv(rows):
    text = io.StringIO()
    csv.writer(text, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    raw = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
        gz.write(text.getvalue().encode("ascii"))
    return raw.getvalue()


def main(argv):
    seed = 13
    args = []
    i = 0
    while i < len(argv):
        if argv[i] == "--seed" and i + 1 < len(argv):
            seed = int(argv[i + 1])
            i += 2
        else:
            args.append(argv[i])
            i += 1
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = args[0]
    os.makedirs(out_dir, exist_ok=True)
    for split, offset in (("train", 0), ("test", 1)):
        rng = random.Random(seed * 2 + offset)
        rows = rows_for(split, rng)
        path = os.path.join(out_dir, f"names_{split}.csv.gz")
        with open(path, "wb") as f:
            f.write(gzip_csv(rows))
        print(f"wrote {path}: {len(rows)} rows, {len({c for _, c in rows})} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
