# sys.exit with a string prints it to stderr and exits with status 1.
import sys
def main():
    print('checking arguments', sys.argv[1:])
    if len(sys.argv) < 2:
        sys.exit('usage: sys_exit_message.py FILE')
main()
