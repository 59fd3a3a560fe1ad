# Annotated assignments.
x: int = 5
y: list[str] = ['a']
z: float
print(x, y)
print(__annotations__)
try:
    print(z)
except NameError as e:
    print(e)
def f(a: int, b: 'str' = 'd') -> bool:
    return True
print(f.__annotations__)
class P:
    name: str = 'p'
    age: int
print(P.__annotations__, P.name, hasattr(P, 'age'))
