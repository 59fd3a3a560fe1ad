# operator module functions.
import operator as op
print(op.add(2, 3), op.sub(5, 9), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.neg(4), op.pow(2, 8))
print(op.eq(1, 1.0), op.lt('a', 'b'), op.not_(0), op.truth([]), op.is_(None, None), op.contains('abc', 'b'))
print(op.getitem([1, 2, 3], 1), op.itemgetter(0, 2)('abc'), op.attrgetter('real')(3 + 4j), op.methodcaller('upper')('x'))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.concat([1], [2]), op.index(5), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.inv(0))
