# Dict and list churn.
def run():
    counts = {}
    keys = ["k%d" % (i % 1000) for i in range(400000)]
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    lists = [[j for j in range(i % 20)] for i in range(50000)]
    total = sum(len(l) for l in lists)
    return items[:3], total

print(run())
