# Fixture for injection.eval-non-literal (Python).
import ast


def calculate(request):
    expression = request.args.get("expr")
    # ruleid: injection.eval-non-literal
    return eval(expression)


def run_script(path):
    with open(path) as handle:
        source = handle.read()
    # ruleid: injection.eval-non-literal
    exec(source)


def formatted(name):
    # ruleid: injection.eval-non-literal
    return eval(f"handlers.{name}()")


def joined(prefix):
    # ruleid: injection.eval-non-literal
    exec("result = " + prefix, {})


def compiled(text):
    # ruleid: injection.eval-non-literal
    exec(compile(text, "<input>", "exec"))


def constants():
    # ok: injection.eval-non-literal
    value = eval("1 + 2")
    # ok: injection.eval-non-literal
    exec("import math" "\nprint(math.pi)")
    # ok: injection.eval-non-literal
    eval("-" "1")
    return value


def safe_alternatives(model, text):
    # ok: injection.eval-non-literal
    data = ast.literal_eval(text)
    # ok: injection.eval-non-literal
    model.eval()
    # ok: injection.eval-non-literal
    model.exec(text)
    return data
