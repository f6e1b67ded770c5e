<?php
// Deterministic test content: 20 categories, 50 tags, 2,000 published posts and 50 pages.
// Idempotent: only what is missing (by slug) is created, so tests may delete their own posts
// and a re-run tops the seed back up. Usage: php seed-content.php SITE_DIR URL
[$_, $site, $url] = $argv;
$_SERVER['HTTP_HOST'] = parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require "$site/wp-load.php";
require_once ABSPATH . 'wp-admin/includes/taxonomy.php';
wp_set_current_user(1);
wp_defer_term_counting(true);
wp_suspend_cache_invalidation(true);
global $wpdb;

$cats = [];
for ($i = 1; $i <= 20; $i++) {
    $slug = sprintf('category-%02d', $i);
    $term = get_term_by('slug', $slug, 'category');
    if (!$term) {
        $parent = $i > 10 ? $cats[$i - 10] : 0;
        $r = wp_insert_term(sprintf('Category %02d', $i), 'category', ['slug' => $slug, 'parent' => $parent]);
        $cats[$i] = $r['term_id'];
    } else {
        $cats[$i] = $term->term_id;
    }
}
$tags = [];
for ($i = 1; $i <= 50; $i++) {
    $slug = sprintf('tag-%02d', $i);
    $term = get_term_by('slug', $slug, 'post_tag');
    $tags[$i] = $term ? $term->term_id : wp_insert_term(sprintf('Tag %02d', $i), 'post_tag', ['slug' => $slug])['term_id'];
}

$existing = array_flip($wpdb->get_col("SELECT post_name FROM {$wpdb->posts} WHERE post_name LIKE 'seed-%' AND post_status = 'publish'"));
$created = 0;
for ($n = 1; $n <= 2000; $n++) {
    $slug = sprintf('seed-post-%04d', $n);
    if (isset($existing[$slug])) continue;
    $title = $n % 100 === 0 ? sprintf('Seed post %04d — Ünïcödé “quotes” & <ampersands>', $n) : sprintf('Seed post %04d', $n);
    $date = gmdate('Y-m-d H:i:s', strtotime('2020-01-01 00:00:00 UTC') + $n * 3600);
    $postCats = [$cats[(($n - 1) % 20) + 1]];
    if ($n % 5 === 0) $postCats[] = $cats[(($n + 6) % 20) + 1];
    $postTags = array_values(array_unique([$tags[($n % 50) + 1], $tags[((7 * $n) % 50) + 1], $tags[((13 * $n) % 50) + 1]]));
    $id = wp_insert_post([
        'post_title' => $title, 'post_name' => $slug, 'post_status' => 'publish', 'post_type' => 'post',
        'post_content' => "Body of seed post $n.", 'post_date' => $date, 'post_date_gmt' => $date,
        'post_category' => $postCats, 'tags_input' => $postTags, 'meta_input' => ['_loopback_seed' => 1],
    ], true);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
    $created++;
}
$pages = [];
for ($n = 1; $n <= 50; $n++) {
    $slug = sprintf('seed-page-%02d', $n);
    $page = get_page_by_path($n > 10 ? sprintf('seed-page-%02d/%s', (($n - 1) % 10) + 1, $slug) : $slug);
    if ($page) { $pages[$n] = $page->ID; continue; }
    $pages[$n] = wp_insert_post([
        'post_title' => sprintf('Seed page %02d', $n), 'post_name' => $slug, 'post_status' => 'publish',
        'post_type' => 'page', 'menu_order' => $n, 'post_parent' => $n > 10 ? $pages[(($n - 1) % 10) + 1] : 0,
        'post_content' => "Body of seed page $n.", 'meta_input' => ['_loopback_seed' => 1],
    ]);
    $created++;
}
wp_suspend_cache_invalidation(false);
wp_defer_term_counting(false);
echo "seeded: $created created\n";
