# isinstance and issubclass with class hierarchies and tuples.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(A, object), issubclass(B, B))
print(isinstance(1, (str, float)), isinstance(1, (str, (int, float))))
print(type(b) is B, type(b) is A, type(b) == B)
print(isinstance(A, type), isinstance(b, object), isinstance(None, object))
