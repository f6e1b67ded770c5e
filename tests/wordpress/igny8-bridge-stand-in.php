<?php
/*
 * Plugin Name: igny8 bridge (sitectl test stand-in)
 * Description: Installed by tests/wordpress/start.sh as a must-use plugin. It speaks the part of
 * the igny8 bridge protocol sitectl uses (the igny8/v1 namespace, X-IGNY8-API-KEY), so bridge
 * mode is tested against a real WordPress. Not the platform's plugin.
 */

function sitectl_stub_key_ok() {
    $given = isset($_SERVER['HTTP_X_IGNY8_API_KEY']) ? (string) $_SERVER['HTTP_X_IGNY8_API_KEY'] : '';
    $stored = (string) get_option('igny8_api_key', '');
    return $given !== '' && $stored !== '' && hash_equals($stored, $given);
}

// A valid key authenticates the request as the site's first administrator.
add_filter('determine_current_user', function ($user_id) {
    if ($user_id || !sitectl_stub_key_ok()) {
        return $user_id;
    }
    $admins = get_users(['role' => 'administrator', 'number' => 1, 'fields' => 'ID', 'orderby' => 'ID']);
    return $admins ? (int) $admins[0] : $user_id;
}, 30);

add_action('rest_api_init', function () {
    register_rest_route('igny8/v1', '/status', [
        'methods' => 'GET',
        'permission_callback' => 'sitectl_stub_key_ok',
        'callback' => function () {
            return ['success' => true, 'data' => [
                'connected' => true, 'has_api_key' => true, 'communication_enabled' => true,
                'plugin_version' => 'sitectl-stand-in', 'wordpress_version' => get_bloginfo('version'), 'health' => 'healthy',
            ]];
        },
    ]);
    register_rest_route('igny8/v1', '/site-metadata', [
        'methods' => 'GET',
        'permission_callback' => 'sitectl_stub_key_ok',
        'callback' => function () {
            $types = [];
            foreach (get_post_types(['public' => true], 'objects') as $t) {
                if ($t->name !== 'attachment') {
                    $types[$t->name] = ['label' => $t->label, 'count' => (int) (wp_count_posts($t->name)->publish ?? 0)];
                }
            }
            $taxes = [];
            foreach (get_taxonomies(['public' => true], 'objects') as $t) {
                $taxes[$t->name] = ['label' => $t->label, 'count' => (int) wp_count_terms(['taxonomy' => $t->name, 'hide_empty' => false])];
            }
            return ['success' => true, 'data' => ['post_types' => $types, 'taxonomies' => $taxes, 'generated_at' => time()],
                    'message' => 'Site metadata retrieved'];
        },
    ]);
    // What the plugin's settings page does: store the site's API key (administrators only).
    register_rest_route('igny8/v1', '/api-key', [
        'methods' => 'POST',
        'permission_callback' => function () { return current_user_can('manage_options'); },
        'callback' => function ($request) {
            update_option('igny8_api_key', (string) $request->get_param('api_key'));
            return ['success' => true];
        },
    ]);
});
