"""Process-level behaviour: heartbeat, SIGINT while idle, interrupt_request, clean shutdown."""
import signal
import time

from jupyter_client.manager import KernelManager

from conftest import KERNEL_NAME, TIMEOUT


def test_interrupt_shutdown_and_exit_code():
    km = KernelManager(kernel_name=KERNEL_NAME)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        assert kc.hb_channel.is_beating()

        km.signal_kernel(signal.SIGINT)  # idle kernel must survive SIGINT
        time.sleep(0.3)
        assert km.is_alive()
        assert kc.kernel_info(reply=True, timeout=TIMEOUT)["content"]["status"] == "ok"

        msg = kc.session.msg("interrupt_request", {})
        kc.control_channel.send(msg)
        reply = kc.control_channel.get_msg(timeout=TIMEOUT)
        assert reply["msg_type"] == "interrupt_reply"
        assert reply["content"]["status"] == "ok"
        assert reply["parent_header"]["msg_id"] == msg["header"]["msg_id"]

        info = kc.kernel_info(reply=True, timeout=TIMEOUT)
        assert info["header"]["version"] == "5.3"
        assert info["content"]["implementation"] == "swifttorch"

        shutdown = kc.session.msg("shutdown_request", {"restart": False})
        kc.control_channel.send(shutdown)
        reply = kc.control_channel.get_msg(timeout=TIMEOUT)
        assert reply["msg_type"] == "shutdown_reply"
        assert reply["content"] == {"status": "ok", "restart": False}
        process = km.provisioner.process
        assert process.wait(timeout=5) == 0  # exits by itself, well before jupyter's SIGTERM
    finally:
        kc.stop_channels()
        if km.is_alive():
            km.shutdown_kernel(now=True)


def test_sigint_interrupts_a_running_cell(kernel):
    """Jupyter's interrupt (SIGINT to the kernel) stops a busy loop with KeyboardInterrupt; the kernel lives on."""
    km, kc = kernel
    msg_id = kc.execute("while True:\n    pass\n")
    time.sleep(1.0)
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    after = kc.execute_interactive("1 + 1", timeout=TIMEOUT)
    assert after["content"]["status"] == "ok"
