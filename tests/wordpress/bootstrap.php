<?php
// Installs WordPress non-interactively (once), sets pretty permalinks, and makes sure an
// Application Password named "sitectl-tests" exists. Prints "user:password" of that password.
// Usage: php bootstrap.php SITE_DIR URL CREDENTIALS_FILE
[$_, $site, $url, $credFile] = $argv;
$host = parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
$_SERVER['HTTP_HOST'] = $host;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = parse_url($url, PHP_URL_HOST);
$_SERVER['SERVER_PORT'] = parse_url($url, PHP_URL_PORT);
define('WP_INSTALLING', true);
require "$site/wp-load.php";
// wp_install() mails the admin; there is no mailer here.
function wp_new_blog_notification($blog_title, $blog_url, $user_id, $password) {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
if (!is_blog_installed()) {
    wp_install('Loopback WordPress', 'admin', 'admin@example.com', true, '', wp_slash('admin-loopback-password'));
}
global $wp_rewrite;
if (get_option('permalink_structure') !== '/%postname%/') {
    $wp_rewrite->set_permalink_structure('/%postname%/');
    flush_rewrite_rules(false);
}
$user = get_user_by('login', 'admin');
$name = 'sitectl-tests';
// Keep the stored password while it still verifies; otherwise make a new one.
if (is_readable($credFile)) {
    $env = parse_ini_file($credFile);
    $plain = str_replace(' ', '', $env['WP_APP_PASSWORD'] ?? '');
    foreach (WP_Application_Passwords::get_user_application_passwords($user->ID) as $item) {
        if ($item['name'] === $name && $plain !== '' && wp_check_password($plain, $item['password'], $user->ID)) {
            echo "admin:$plain\n";
            exit(0);
        }
    }
}
foreach (WP_Application_Passwords::get_user_application_passwords($user->ID) as $item) {
    if ($item['name'] === $name) {
        WP_Application_Passwords::delete_application_password($user->ID, $item['uuid']);
    }
}
[$plain] = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => $name]);
echo "admin:$plain\n";
