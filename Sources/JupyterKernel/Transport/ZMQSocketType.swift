import CZeroMQ

/// The libzmq socket patterns the kernel uses.
public enum ZMQSocketType: Sendable {
  case router, dealer, pub, xpub, sub, rep, req, pair, push, pull

  var rawValue: Int32 {
    switch self {
    case .router: ZMQ_ROUTER
    case .dealer: ZMQ_DEALER
    case .pub: ZMQ_PUB
    case .xpub: ZMQ_XPUB
    case .sub: ZMQ_SUB
    case .rep: ZMQ_REP
    case .req: ZMQ_REQ
    case .pair: ZMQ_PAIR
    case .push: ZMQ_PUSH
    case .pull: ZMQ_PULL
    }
  }
}
