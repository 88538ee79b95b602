<?php
// Fixture for injection.unsafe-deserialization (PHP): a plain page and a Laravel controller.

namespace App\Http\Controllers;

use App\Models\CartItem;
use Illuminate\Http\Request;

function restore_cart(): array
{
    // ruleid: injection.unsafe-deserialization
    $cart = unserialize($_COOKIE['cart']);
    // ruleid: injection.unsafe-deserialization
    $prefs = unserialize(base64_decode($_GET['prefs']));
    return [$cart, $prefs];
}

class ImportController extends Controller
{
    public function store(Request $request)
    {
        $payload = $request->input('payload');
        // ruleid: injection.unsafe-deserialization
        $rows = \unserialize($payload);
        // ruleid: injection.unsafe-deserialization
        $meta = unserialize($request->input('meta'), ['allowed_classes' => true]);
        // ruleid: injection.unsafe-deserialization
        $blob = igbinary_unserialize($request->getContent());
        return response()->json([$rows, $meta, $blob]);
    }

    public function restore(Request $request, array $options)
    {
        // ruleid: injection.unsafe-deserialization
        $state = unserialize(file_get_contents($request->file('backup')->path()), $options);
        return response()->json($state);
    }

    public function safe(Request $request)
    {
        // ok: injection.unsafe-deserialization
        $rows = unserialize($request->input('payload'), ['allowed_classes' => false]);
        // ok: injection.unsafe-deserialization
        $items = unserialize($request->input('items'), ['allowed_classes' => [CartItem::class]]);
        // ok: injection.unsafe-deserialization
        $data = json_decode($request->getContent(), true, 512, JSON_THROW_ON_ERROR);
        // ok: injection.unsafe-deserialization
        $defaults = unserialize('a:1:{s:5:"limit";i:10;}');
        // ok: injection.unsafe-deserialization
        $stored = serialize($data);
        return response()->json([$rows, $items, $data, $defaults, $stored]);
    }
}
