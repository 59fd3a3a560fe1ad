# __exit__ receives exception type, value and traceback.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('type:', et.__name__ if et else None)
        print('value:', repr(ev))
        print('tb is None:', tb is None, 'line:', tb.tb_lineno if tb else None)
        return True
with Inspect():
    pass
with Inspect():
    raise ValueError('inspect me')
with Inspect():
    x = [1][2]
print('done')
