<?php
// Router for PHP's built-in server: real files and folders are served as they are, every
// other path goes through WordPress's front controller (so pretty permalinks and /wp-json work).
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = __DIR__ . '/site' . $path;
if ($path !== '/' && file_exists($file)) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = __DIR__ . '/site/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
chdir(__DIR__ . '/site');
require __DIR__ . '/site/index.php';
