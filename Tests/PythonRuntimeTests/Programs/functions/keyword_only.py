# Keyword-only parameters after * or *args.
def connect(host, *, port=80, secure=False):
    return f'{host}:{port} secure={secure}'
print(connect('a.example'))
print(connect('b.example', port=443, secure=True))
try:
    connect('c', 8080)
except TypeError as e:
    print(e)
def need(*, token):
    return token
try:
    need()
except TypeError as e:
    print(e)
print(need(token='t'))
def mix(a, *args, flag, **kw):
    return a, args, flag, kw
print(mix(1, 2, 3, flag=True, z=9))
print(connect.__kwdefaults__)
