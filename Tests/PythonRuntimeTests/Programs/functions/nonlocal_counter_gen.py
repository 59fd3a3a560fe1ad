# nonlocal in nested helpers that share state.
def accumulator():
    total = 0
    history = []
    def add(n):
        nonlocal total
        total += n
        history.append(total)
        return total
    def reset():
        nonlocal total
        total = 0
    def get():
        return total, list(history)
    return add, reset, get
add, reset, get = accumulator()
add(5); add(10)
print(get())
reset()
add(1)
print(get())
