"""Shared helpers for the SwiftTorch kernel tests.

These tests drive the real `swifttorch kernel` process through jupyter_client, jupyter_kernel_test and
raw pyzmq. tests/kernel/run.sh installs the kernelspec `swifttorch` into .venv first and points
JUPYTER_PATH at it.
"""
import pathlib

import pytest
from jupyter_client.manager import start_new_kernel

KERNEL_NAME = "swifttorch"
FIXTURES = pathlib.Path(__file__).parent / "fixtures"
TIMEOUT = 30


@pytest.fixture(scope="module")
def kernel():
    """A running kernel and a started blocking client; shut down after the module."""
    km, kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=TIMEOUT)
    try:
        yield km, kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
