# A bigger C3 example and an inconsistent hierarchy.
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print(' '.join(k.__name__ for k in A.__mro__))
print(' '.join(k.__name__ for k in B.__mro__))
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(e)
