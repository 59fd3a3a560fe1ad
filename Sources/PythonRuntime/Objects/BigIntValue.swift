import BigInt

/// Arbitrary-precision integers (attaswift/BigInt) back Python ints beyond 64 bits.
public typealias BigIntValue = BigInt
