# String building and formatting.
def run():
    parts = []
    for i in range(200000):
        parts.append(f"{i:05d}:{i * 0.5:.2f}|" + "%s-%d" % ("x", i % 10))
    text = "".join(parts)
    words = text.split("|")
    return len(text), len(words), words[12345]

print(run())
