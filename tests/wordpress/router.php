<?php
// Router for PHP's built-in server: real files and folders are served as they are, every
// other path goes through WordPress's front controller (so pretty permalinks and /wp-json work).
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
// Every request that may write, one line each, so tests and benchmarks can count what reached
// WordPress (the server runs quiet).
if (!in_array($_SERVER['REQUEST_METHOD'], ['GET', 'HEAD', 'OPTIONS'], true)) {
    @file_put_contents('/tmp/wp-write-requests.log', $_SERVER['REQUEST_METHOD'] . ' ' . $path . "\n", FILE_APPEND | LOCK_EX);
}
$file = __DIR__ . '/site' . $path;
if ($path !== '/' && file_exists($file)) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = __DIR__ . '/site/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
chdir(__DIR__ . '/site');
require __DIR__ . '/site/index.php';
