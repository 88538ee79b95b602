<?php
// Fixture for injection.code-injection-call (PHP): a plain page and a Laravel controller.

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class CalculatorController extends Controller
{
    private const FORMATTERS = ['upper' => 'strtoupper', 'lower' => 'strtolower'];

    public function evaluate(Request $request)
    {
        $expr = $request->input('expr');
        // ruleid: injection.code-injection-call
        $result = eval('return ' . $expr . ';');
        // ruleid: injection.code-injection-call
        $total = eval("return {$expr} * 1.2;");
        return response()->json(['result' => $result, 'total' => $total]);
    }

    public function check(Request $request)
    {
        $rule = $request->input('rule');
        // ruleid: injection.code-injection-call
        assert("strlen('$rule') > 0");
        // ruleid: injection.code-injection-call
        assert($request->input('condition'));
        return response()->noContent();
    }

    public function legacyFilter(array $rows, string $body)
    {
        // ruleid: injection.code-injection-call
        $fn = create_function('$row', $body);
        return array_map($fn, $rows);
    }

    public function highlight(string $text)
    {
        // ruleid: injection.code-injection-call
        return preg_replace('/\{(\w+)\}/e', 'strtoupper("$1")', $text);
    }

    public function highlightMultibyte(string $text, string $code)
    {
        // ruleid: injection.code-injection-call
        return mb_ereg_replace('\{(\w+)\}', $code, $text, 'e');
    }

    public function dispatch(Request $request)
    {
        // ruleid: injection.code-injection-call
        $out = call_user_func($_GET['callback'], $request->all());
        // ruleid: injection.code-injection-call
        $more = call_user_func_array($request->input('handler'), [$out]);
        // ruleid: injection.code-injection-call
        $last = call_user_func($_POST['finalizer'] ?? 'json_encode', $more);
        return response()->json([$out, $more, $last]);
    }

    public function format(Request $request)
    {
        // ruleid: injection.code-injection-call
        $value = $_REQUEST['fn']($request->input('value'));
        return response()->json(['value' => $value]);
    }

    public function safe(Request $request, int $count)
    {
        // ok: injection.code-injection-call
        $version = eval('return PHP_VERSION_ID;');
        // ok: injection.code-injection-call
        assert($count > 0);
        // ok: injection.code-injection-call
        assert(is_int($count), 'count must be an integer');
        // ok: injection.code-injection-call
        $slug = preg_replace('/[^a-z0-9]+/i', '-', $request->input('title'));
        // ok: injection.code-injection-call
        $upper = preg_replace_callback('/\{(\w+)\}/', fn ($m) => strtoupper($m[1]), $slug);
        $name = $request->input('format');
        $formatter = self::FORMATTERS[$name] ?? 'trim';
        // ok: injection.code-injection-call
        $formatted = call_user_func($formatter, $upper);
        // ok: injection.code-injection-call
        $sum = call_user_func([$this, 'total'], $version);
        return response()->json([$formatted, $sum]);
    }

    private function total(int $n): int
    {
        return $n * 2;
    }
}
