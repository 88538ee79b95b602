<?php
// Fixture for injection.sql-injection-call (PHP): a plain page, then a Laravel controller.

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

$conn = mysqli_connect('localhost', 'app', getenv('DB_PASSWORD'), 'shop');
$id = $_GET['id'];

// ruleid: injection.sql-injection-call
$result = mysqli_query($conn, "SELECT * FROM products WHERE id = $id");

$sql = "SELECT * FROM orders WHERE customer = '" . $_POST['customer'] . "'";
// ruleid: injection.sql-injection-call
$orders = mysqli_query($conn, $sql);

// ruleid: injection.sql-injection-call
$rows = $pdo->query("SELECT * FROM users WHERE email = '{$_GET['email']}'");

// ruleid: injection.sql-injection-call
$pdo->exec('DELETE FROM sessions WHERE token = ' . $token);

// ruleid: injection.sql-injection-call
$stmt = $pdo->prepare("SELECT * FROM users WHERE name = '" . $name . "' AND active = ?");

// ruleid: injection.sql-injection-call
$res = pg_query($pg, "UPDATE accounts SET plan = '$plan' WHERE id = 1");

// ruleid: injection.sql-injection-call
$r = mysql_query("SELECT * FROM news WHERE slug = '" . $_REQUEST['slug'] . "'");

// ruleid: injection.sql-injection-call
$db->query(sprintf("SELECT * FROM logs WHERE level = '%s'", $_GET['level']));

// ruleid: injection.sql-injection-call
$posts = $wpdb->get_results("SELECT * FROM {$wpdb->posts} WHERE post_author = $author");

$sqlite = new SQLite3('app.db');
// ruleid: injection.sql-injection-call
$sqlite->exec("INSERT INTO audit (msg) VALUES ('$message')");

// ok: injection.sql-injection-call
$ok1 = mysqli_query($conn, 'SELECT COUNT(*) FROM products');
// ok: injection.sql-injection-call
$stmt = $pdo->prepare('SELECT * FROM users WHERE email = ?');
// ok: injection.sql-injection-call
$ok3 = mysqli_query($conn, "SELECT * FROM products WHERE id = " . (int) $_GET['id']);
// ok: injection.sql-injection-call
$ok4 = $pdo->query('SELECT * FROM users WHERE name = ' . $pdo->quote($_GET['name']));
// ok: injection.sql-injection-call
$ok5 = pg_query_params($pg, 'SELECT * FROM accounts WHERE id = $1', [$id]);
// ok: injection.sql-injection-call
$ok6 = mysqli_query($conn, "SELECT * FROM t WHERE n = '" . mysqli_real_escape_string($conn, $n) . "'");
// ok: injection.sql-injection-call
$ok7 = $wpdb->get_results($wpdb->prepare("SELECT * FROM {$wpdb->posts} WHERE post_author = %d", $author));
// ok: injection.sql-injection-call
$ok8 = $db->query(sprintf('SELECT * FROM logs WHERE id = %d', $_GET['id']));
// ok: injection.sql-injection-call
$ok9 = $client->query("page=$page");
// ok: injection.sql-injection-call
$ok10 = mysqli_query($conn, 'SELECT * FROM t WHERE id IN (' . implode(',', array_map('intval', $ids)) . ')');

class ReportController extends \App\Http\Controllers\Controller
{
    public function index(Request $request)
    {
        // ruleid: injection.sql-injection-call
        $a = DB::select("SELECT * FROM users WHERE role = '" . $request->input('role') . "'");
        // ruleid: injection.sql-injection-call
        $b = DB::table('users')->whereRaw("name LIKE '%{$request->q}%'")->get();
        // ruleid: injection.sql-injection-call
        $c = DB::table('users')->orderByRaw($request->input('sort') . ' DESC')->get();
        // ruleid: injection.sql-injection-call
        DB::statement("ALTER TABLE reports ADD COLUMN $column TEXT");
        // ruleid: injection.sql-injection-call
        $d = DB::table('orders')->select(DB::raw($request->input('expr')))->get();
        // ruleid: injection.sql-injection-call
        DB::unprepared($script);
        // ok: injection.sql-injection-call
        $e = DB::select('SELECT * FROM users WHERE role = ?', [$request->input('role')]);
        // ok: injection.sql-injection-call
        $f = DB::table('users')->whereRaw('name LIKE ?', ['%' . $request->q . '%'])->get();
        // ok: injection.sql-injection-call
        $g = DB::table('users')->where('name', $request->input('name'))->get();
        // ok: injection.sql-injection-call
        $h = DB::raw('COUNT(*) as total');
        // ok: injection.sql-injection-call
        $i = DB::table('users')->orderBy($request->input('sort'))->get();
        return view('reports', compact('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'));
    }
}
