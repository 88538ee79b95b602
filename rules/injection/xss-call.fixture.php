<?php
// Fixture for injection.xss-call (PHP): a plain search page.
require __DIR__ . '/bootstrap.php';

$page = max(1, (int)($_GET['page'] ?? 1));
$term = $_GET['q'] ?? '';
$results = search_products($db, $term, $page);

function flash_error(string $field): void
{
    if (!isset($_POST[$field])) {
        // ruleid: injection.xss-call
        die('Unknown field: ' . $_POST['field']);
    }
}

function greet(): void
{
    // ruleid: injection.xss-call
    echo "<p>Hello, {$_COOKIE['display_name']}!</p>";
    // ruleid: injection.xss-call
    printf('<p class="lead">Results for %s</p>', $_GET['q']);
    // ruleid: injection.xss-call
    print '<a href="' . $_SERVER['PHP_SELF'] . '?page=' . ($_GET['page'] + 1) . '">next</a>';
    // ruleid: injection.xss-call
    echo '<input name="email" value="' . trim($_REQUEST['email']) . '">';
    // ruleid: injection.xss-call
    echo '<p>Back to <a href="' . $_SERVER['HTTP_REFERER'] . '">the previous page</a></p>';
    // ruleid: injection.xss-call
    echo "<h2>" . (isset($_GET['title']) ? $_GET['title'] : 'Search') . "</h2>", PHP_EOL;
    // ruleid: injection.xss-call
    echo 'Uploaded ' . $_FILES['avatar']['name'] . ' (' . $_FILES['avatar']['size'] . ' bytes)';
}

function greet_safely(): void
{
    // ok: injection.xss-call
    echo '<p>Hello, ' . htmlspecialchars($_COOKIE['display_name'] ?? '', ENT_QUOTES, 'UTF-8') . '</p>';
    // ok: injection.xss-call
    printf('<p>Page %d of %d</p>', intval($_GET['page']), 10);
    // ok: injection.xss-call
    echo '<li class="' . ($_GET['tab'] === 'orders' ? 'active' : '') . '">Orders</li>';
    // ok: injection.xss-call
    echo 'Page ' . (int)$_GET['page'];
    // ok: injection.xss-call
    echo htmlentities("You searched for {$_GET['q']}");
    // ok: injection.xss-call
    echo '<form action="' . $_SERVER['SCRIPT_NAME'] . '" method="post">';
    // ok: injection.xss-call
    echo '<link rel="canonical" href="https://' . $_SERVER['HTTP_HOST'] . '/search">';
    // ok: injection.xss-call
    echo $LABELS[$_GET['lang']] ?? 'English';
    // ok: injection.xss-call
    echo count($_POST['items'] ?? []) . ' items';
    // ok: injection.xss-call
    echo '<p>Next page: ' . ($_GET['page'] + 1) . '</p>';
}
?>
<!doctype html>
<html>
<body>
  <!-- ruleid: injection.xss-call -->
  <h1>Search: <?= $_GET['q'] ?></h1>
  <!-- ruleid: injection.xss-call -->
  <input type="search" name="q" value="<?= $_GET['q'] ?? '' ?>">
  <!-- ok: injection.xss-call -->
  <p>Showing <?= htmlspecialchars($term) ?> on page <?= $page ?></p>
  <?php foreach ($results as $row): ?>
    <!-- ok: injection.xss-call -->
    <li><?= htmlspecialchars($row['name'] . ' ' . $_GET['suffix']) ?></li>
  <?php endforeach; ?>
</body>
</html>
