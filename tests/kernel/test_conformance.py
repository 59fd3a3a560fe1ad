"""jupyter_kernel_test's conformance suite against the swifttorch kernel (what issue 3 lists).

test_kernel_info, test_execute_stdout and test_execute_stderr, test_error (exactly one output, the error),
test_execute_result (`6*7` -> 42, a torch.Size). Every message is validated against the v5 schema.
"""
import unittest

import jupyter_kernel_test as jkt

from conftest import KERNEL_NAME


class SwiftTorchKernelTests(jkt.KernelTests):
    kernel_name = KERNEL_NAME
    language_name = "python"
    file_extension = ".py"

    code_hello_world = 'print("hello, world")'
    code_stderr = 'import sys; print("test", file=sys.stderr)'
    code_generate_error = 'raise ValueError("x")'
    code_execute_result = [
        {"code": "6*7", "result": "42"},
        {"code": "import torch\ntorch.zeros(2, 3).shape", "result": "torch.Size([2, 3])"},
    ]

    # Completion, is_complete, inspection and history (issue 8; answered from the engine session).
    completion_samples = [
        {"text": "zi", "matches": {"zip"}},
        {"text": "import torch\ntorch.ze", "matches": {"zeros", "zeros_like"}},
    ]
    complete_code_samples = ["1", "print('hello, world')", "def f(x):\n  return x*2\n\n"]
    incomplete_code_samples = ["print(\"\"\"hello", "def f(x):", "for i in range(3):"]
    invalid_code_samples = ["import = 7q", "1 +* 2"]
    code_inspect_sample = "print"
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "6?7"
    code_display_data = [
        {"code": "from IPython.display import display, HTML\ndisplay(HTML('<b>hi</b>'))", "mime": "text/html"},
        {"code": "from IPython.display import display\ndisplay(6 * 7)", "mime": "text/plain"},
    ]
    code_clear_output = "from IPython.display import clear_output\nclear_output()"


if __name__ == "__main__":
    unittest.main()
