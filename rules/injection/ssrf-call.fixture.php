<?php
// Fixture for injection.ssrf-call (PHP): a plain page and a Laravel controller.

namespace App\Http\Controllers;

use GuzzleHttp\Client;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;

function proxy_page(): void
{
    // ruleid: injection.ssrf-call
    $html = file_get_contents($_GET['url']);
    echo htmlspecialchars($html);

    // ruleid: injection.ssrf-call
    $fh = fopen('http://' . $_POST['host'] . '/export.csv', 'r');
    fpassthru($fh);

    $ch = curl_init();
    // ruleid: injection.ssrf-call
    curl_setopt($ch, CURLOPT_URL, "https://{$_REQUEST['tenant']}.example.com/api");
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_exec($ch);

    // ruleid: injection.ssrf-call
    $probe = curl_init($_GET['target'] ?? 'https://example.com');
    curl_exec($probe);

    curl_setopt_array($ch, [
        // ruleid: injection.ssrf-call
        CURLOPT_URL => $_COOKIE['api_base'] . '/v1/me',
        CURLOPT_RETURNTRANSFER => true,
    ]);

    // ok: injection.ssrf-call
    $page = file_get_contents('https://api.example.com/items/' . rawurlencode($_GET['id']));
    // ok: injection.ssrf-call
    $local = file_get_contents(__DIR__ . '/templates/' . basename('header.html'));
    // ok: injection.ssrf-call
    curl_setopt($ch, CURLOPT_URL, 'https://api.example.com/search?q=' . urlencode($_GET['q']));
}

class PreviewController extends Controller
{
    private const PROVIDERS = [
        'github' => 'https://api.github.com/zen',
        'status' => 'https://status.example.com/api/v2/status.json',
    ];

    public function __construct(private Client $client)
    {
    }

    public function show(Request $request)
    {
        // ruleid: injection.ssrf-call
        $res = $this->client->get($request->input('url'));
        // ruleid: injection.ssrf-call
        $hook = $this->client->request('POST', $request->query('webhook'), ['json' => ['ok' => true]]);
        // ruleid: injection.ssrf-call
        $meta = Http::timeout(5)->get(request('metadata_url'));
        return response()->json([$res->getStatusCode(), $hook->getStatusCode(), $meta->status()]);
    }

    public function safe(Request $request, \Redis $redis)
    {
        $key = $request->input('provider');
        $url = self::PROVIDERS[$key] ?? null;
        abort_if($url === null, 404);
        // ok: injection.ssrf-call
        $res = $this->client->get($url);
        // ok: injection.ssrf-call
        $user = Http::get('https://api.example.com/users/' . (int) $request->input('id'));
        // ok: injection.ssrf-call
        $cached = $redis->get($request->input('cache_key'));
        // ok: injection.ssrf-call
        $item = $this->client->request('GET', 'https://api.example.com/items', ['query' => ['q' => $request->input('q')]]);
        return response()->json([$res->getStatusCode(), $user->status(), $cached, $item->getStatusCode()]);
    }
}
