import sys


def compute(expression):
    # Deliberate: evaluating text from the command line.
    return eval(expression)


if __name__ == "__main__":
    print(compute(sys.argv[1]))
    print(eval("2 * 21"))  # a literal: not flagged
