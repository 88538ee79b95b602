<?php
// Fixture for injection.path-traversal-call (PHP): a small page router, a download script and an upload handler.
const PAGES = ['home' => 'pages/home.php', 'about' => 'pages/about.php'];
const UPLOAD_DIR = __DIR__ . '/uploads';

function route(): void
{
    // ruleid: injection.path-traversal-call
    include 'pages/' . $_GET['page'] . '.php';
    // ruleid: injection.path-traversal-call
    require_once(__DIR__ . "/lang/{$_COOKIE['lang']}.php");
    // ok: injection.path-traversal-call
    include PAGES[$_GET['page']] ?? 'pages/home.php';
    // ok: injection.path-traversal-call
    require __DIR__ . '/lang/' . basename($_COOKIE['lang'] ?? 'en') . '.php';
    // ok: injection.path-traversal-call
    include $_SERVER['DOCUMENT_ROOT'] . '/partials/footer.php';
}

function download(): void
{
    header('Content-Type: application/octet-stream');
    // ruleid: injection.path-traversal-call
    readfile(__DIR__ . '/files/' . urldecode($_GET['file']));
    // ruleid: injection.path-traversal-call
    $log = file_get_contents('/var/log/app/' . ($_REQUEST['day'] ?? date('Y-m-d')) . '.log');
    // ruleid: injection.path-traversal-call
    $handle = fopen(str_replace('../', '', $_GET['path']), 'rb');
    // ok: injection.path-traversal-call
    readfile(__DIR__ . '/files/' . basename($_GET['file']));
    // ok: injection.path-traversal-call
    $report = file_get_contents(__DIR__ . '/reports/' . (int)$_GET['id'] . '.csv');
}

function upload(): void
{
    // ruleid: injection.path-traversal-call
    move_uploaded_file($_FILES['avatar']['tmp_name'], UPLOAD_DIR . '/' . $_FILES['avatar']['name']);
    // ok: injection.path-traversal-call
    move_uploaded_file($_FILES['avatar']['tmp_name'], UPLOAD_DIR . '/' . bin2hex(random_bytes(16)) . '.png');
    // ok: injection.path-traversal-call
    file_put_contents(UPLOAD_DIR . '/notes.txt', $_POST['note'], FILE_APPEND);
}

function cleanup(): void
{
    // ruleid: injection.path-traversal-call
    unlink(UPLOAD_DIR . "/$_POST[name]");
    // ok: injection.path-traversal-call
    unlink(UPLOAD_DIR . '/' . basename($_POST['name']));
}
