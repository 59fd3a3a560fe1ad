# Traceback through several nested function calls.
def parse(text):
    return int(text)
def load(items):
    return [parse(item) for item in items]
def main():
    print('loading')
    data = load(['1', '2', 'three'])
    print(data)
main()
