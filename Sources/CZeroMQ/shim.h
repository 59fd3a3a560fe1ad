// The libzmq C API, imported into Swift as the CZeroMQ module.
#ifndef SWIFTTORCH_CZEROMQ_SHIM_H
#define SWIFTTORCH_CZEROMQ_SHIM_H
#include <zmq.h>
#endif
