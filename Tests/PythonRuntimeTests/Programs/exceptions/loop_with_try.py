# try inside loops with continue in except.
raw = ['1', 'two', '3', '', '4.5', '-6']
parsed, errors = [], []
for item in raw:
    try:
        parsed.append(int(item))
    except ValueError as e:
        errors.append(str(e))
        continue
    finally:
        pass
print(parsed)
for err in errors:
    print(err)
