"""Lecture 12 (RNNCell loop) as one cell through jupyter_client: its stdout equals real PyTorch's."""
from conftest import FIXTURES, TIMEOUT


def test_lec12_a_rnncell_manual_stdout_matches_torch(kernel):
    _, kc = kernel
    code = (FIXTURES / "lec12_a_rnncell_manual.py").read_text(encoding="utf-8")
    expected = (FIXTURES / "lec12_a_rnncell_manual.out").read_text(encoding="utf-8")
    stdout, others = [], []

    def hook(msg):
        kind = msg["msg_type"]
        if kind == "stream" and msg["content"]["name"] == "stdout":
            stdout.append(msg["content"]["text"])
        elif kind not in ("status", "execute_input"):
            others.append((kind, msg["content"]))

    reply = kc.execute_interactive(code, timeout=TIMEOUT, output_hook=hook)
    assert reply["content"]["status"] == "ok", reply["content"]
    assert others == []
    assert "".join(stdout) == expected
