"""Raw pyzmq against the kernel's shell socket: forged, unsigned, replayed and malformed messages get
no answer (not even busy/idle); a valid request afterwards is answered, with itself as parent."""
import time
import uuid

import pytest
import zmq
from jupyter_client.manager import KernelManager
from jupyter_client.session import Session

from conftest import KERNEL_NAME, TIMEOUT


class RawClient:
    """A DEALER on shell and a SUB on iopub, speaking the wire format by hand."""

    def __init__(self, info):
        self.ctx = zmq.Context()
        url = lambda port: f"{info['transport']}://{info['ip']}:{info[port]}"
        self.shell = self.ctx.socket(zmq.DEALER)
        self.shell.setsockopt(zmq.LINGER, 0)
        self.shell.connect(url("shell_port"))
        self.iopub = self.ctx.socket(zmq.SUB)
        self.iopub.setsockopt(zmq.LINGER, 0)
        self.iopub.setsockopt(zmq.SUBSCRIBE, b"")
        self.iopub.connect(url("iopub_port"))
        key = info["key"]
        self.session = Session(key=key if isinstance(key, bytes) else key.encode(),
                               signature_scheme=info["signature_scheme"], username="tester")

    def frames(self, msg_type, content):
        msg = self.session.msg(msg_type, content=content)
        return msg, self.session.serialize(msg)

    def execute_frames(self, code):
        return self.frames("execute_request", {
            "code": code, "silent": False, "store_history": True, "user_expressions": {},
            "allow_stdin": False, "stop_on_error": False})

    def recv(self, sock, timeout):
        """Everything arriving on `sock` within `timeout` seconds, deserialized."""
        out, deadline = [], time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            if not sock.poll(int(left * 1000)):
                break
            raw = sock.recv_multipart()
            _, parts = self.session.feed_identities(raw)
            out.append(self.session.deserialize(parts, content=True))
        return out

    def wait_reply(self, msg_id, timeout=TIMEOUT):
        """Shell messages until the reply to `msg_id` (inclusive)."""
        got, deadline = [], time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.shell.poll(200):
                continue
            _, parts = self.session.feed_identities(self.shell.recv_multipart())
            msg = self.session.deserialize(parts, content=True)
            got.append(msg)
            if msg["parent_header"].get("msg_id") == msg_id:
                return got
        raise AssertionError(f"no reply to {msg_id} within {timeout}s; got {got}")

    def close(self):
        self.ctx.destroy(linger=0)


@pytest.fixture(scope="module")
def exchange():
    km = KernelManager(kernel_name=KERNEL_NAME)
    km.start_kernel()
    client = RawClient(km.get_connection_info())
    try:
        # Wait until the kernel answers and our SUB socket receives (slow-joiner).
        for _ in range(50):
            msg, frames = client.frames("kernel_info_request", {})
            client.shell.send_multipart(frames)
            client.wait_reply(msg["header"]["msg_id"])
            if client.recv(client.iopub, 0.3):
                break
        client.recv(client.iopub, 0.3)

        forged_msg, forged = client.execute_frames("x = 1")
        sig = forged[1]
        forged[1] = (b"0" if sig[:1] != b"0" else b"1") + sig[1:]
        client.shell.send_multipart(forged)

        unsigned_msg, unsigned = client.execute_frames("x = 1")
        unsigned[1] = b""
        client.shell.send_multipart(unsigned)

        client.shell.send_multipart([b"no delimiter", b"{}"])
        client.shell.send_multipart([b"<IDS|MSG>", b"deadbeef", b"{}"])

        valid_msg, valid = client.execute_frames("print(x)")
        client.shell.send_multipart(valid)
        shell = client.wait_reply(valid_msg["header"]["msg_id"])
        iopub = client.recv(client.iopub, 1.0)

        client.shell.send_multipart(valid)  # exact replay
        replayed = client.recv(client.shell, 1.0) + client.recv(client.iopub, 0.5)

        check_msg, check = client.frames("kernel_info_request", {})
        client.shell.send_multipart(check)
        alive = client.wait_reply(check_msg["header"]["msg_id"])
        yield dict(valid=valid_msg, forged=forged_msg, unsigned=unsigned_msg, shell=shell, iopub=iopub,
                   replayed=replayed, alive=alive)
    finally:
        client.close()
        km.shutdown_kernel(now=False)


def test_forged_and_unsigned_get_no_answer(exchange):
    valid_id = exchange["valid"]["header"]["msg_id"]
    assert [m["parent_header"]["msg_id"] for m in exchange["shell"]] == [valid_id]
    assert exchange["shell"][0]["msg_type"] == "execute_reply"
    assert exchange["iopub"], "no IOPub messages for the valid request"
    for m in exchange["iopub"]:
        assert m["parent_header"]["msg_id"] == valid_id, m
    states = [m["content"]["execution_state"] for m in exchange["iopub"] if m["msg_type"] == "status"]
    assert states == ["busy", "idle"]


def test_replay_and_malformed_dropped_kernel_survives(exchange):
    assert exchange["replayed"] == []
    assert exchange["alive"][-1]["msg_type"] == "kernel_info_reply"


def test_valid_request_sees_no_state_from_forged_ones(exchange):
    reply = exchange["shell"][0]["content"]
    assert reply["status"] == "error"
    assert reply["ename"] == "NameError"
    errors = [m for m in exchange["iopub"] if m["msg_type"] == "error"]
    assert [m["content"]["ename"] for m in errors] == ["NameError"]
