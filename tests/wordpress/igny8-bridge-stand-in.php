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

// The creation token sitectl sends with a publish: protected post meta (the leading underscore
// keeps it out of the custom-fields box) that only the key-authenticated publish route writes
// (REST writes are refused by auth_callback), shown to REST readers under context=edit only, so a
// retried publish can prove that a post it finds by slug is the one it created.
add_action('init', function () {
    register_post_meta('post', '_igny8_creation_token', [
        'single' => true,
        'type' => 'string',
        'show_in_rest' => ['schema' => ['type' => 'string', 'context' => ['edit']]],
        'auth_callback' => '__return_false',
    ]);
});

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
    // Publishing (the protocol's `publish` route): create or update one post from the platform's
    // content. Terms come by slug and are made when missing; the answer carries what sitectl
    // records (the post's id, URL, status and modified_gmt).
    register_rest_route('igny8/v1', '/publish', [
        'methods' => 'POST',
        'permission_callback' => 'sitectl_stub_key_ok',
        'callback' => function ($request) {
            $p = (array) $request->get_json_params();
            $terms = function ($slugs, $taxonomy) {
                $ids = [];
                foreach ((array) $slugs as $slug) {
                    $slug = sanitize_title((string) $slug);
                    $term = get_term_by('slug', $slug, $taxonomy);
                    if ($term) {
                        $ids[] = (int) $term->term_id;
                        continue;
                    }
                    $made = wp_insert_term($slug, $taxonomy, ['slug' => $slug]);
                    if (is_wp_error($made)) {
                        $existing = $made->get_error_data('term_exists');
                        if (!$existing) {
                            return $made;
                        }
                        $ids[] = (int) $existing;
                    } else {
                        $ids[] = (int) $made['term_id'];
                    }
                }
                return $ids;
            };
            $categories = $terms($p['categories'] ?? [], 'category');
            $tags = $terms($p['tags'] ?? [], 'post_tag');
            foreach ([$categories, $tags] as $ids) {
                if (is_wp_error($ids)) {
                    return $ids;
                }
            }
            $status = (string) ($p['status'] ?? 'draft');
            if (!in_array($status, ['publish', 'future', 'draft', 'pending', 'private'], true)) {
                return new WP_Error('rest_invalid_param', 'Invalid status.', ['status' => 400]);
            }
            $post = [
                'post_type' => 'post',
                'post_title' => (string) ($p['title'] ?? ''),
                'post_content' => (string) ($p['content_html'] ?? ''),
                'post_excerpt' => (string) ($p['excerpt'] ?? ''),
                'post_name' => (string) ($p['slug'] ?? ''),
                'post_status' => $status,
            ];
            if (!empty($p['date_gmt'])) {
                $post['post_date_gmt'] = str_replace('T', ' ', (string) $p['date_gmt']);
                $post['post_date'] = get_date_from_gmt($post['post_date_gmt']);
                $post['edit_date'] = true;
            }
            if (!empty($p['post_id'])) {
                if (!get_post((int) $p['post_id'])) {
                    return new WP_Error('rest_post_invalid_id', 'Invalid post ID.', ['status' => 404]);
                }
                $post['ID'] = (int) $p['post_id'];
                $id = wp_update_post(wp_slash($post), true);
            } else {
                $id = wp_insert_post(wp_slash($post), true);
            }
            if (is_wp_error($id)) {
                return $id;
            }
            wp_set_object_terms($id, $categories, 'category');
            wp_set_object_terms($id, $tags, 'post_tag');
            update_post_meta($id, '_igny8_content_id', (int) ($p['content_id'] ?? 0));
            $token = (string) ($p['creation_token'] ?? '');
            if (preg_match('/^[0-9a-f]{32}$/', $token)) {
                update_post_meta($id, '_igny8_creation_token', $token);
            }
            clean_post_cache($id);
            $saved = get_post($id);
            return ['success' => true, 'data' => [
                'assigned_post_id' => (int) $id,
                'post_url' => get_permalink($id),
                'wordpress_status' => $saved->post_status,
                'modified_gmt' => str_replace(' ', 'T', $saved->post_modified_gmt),
                'content_id' => (int) ($p['content_id'] ?? 0),
                'post_type' => 'post',
            ], 'message' => 'Content published'];
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

// Test hooks for sitectl's suite: make the next REST create of a post (core or bridge) fail
// with a 503, either before WordPress makes it ('refuse') or after, the answer lost ('lose'),
// as a proxy or a crash between the two would. Administrators only; one failure per call.
add_action('rest_api_init', function () {
    register_rest_route('sitectl-test/v1', '/fail-next-create', [
        'methods' => 'POST',
        'permission_callback' => function () { return current_user_can('manage_options'); },
        'callback' => function ($request) {
            update_option('sitectl_test_fail_next_create', (string) $request->get_param('mode'));
            return ['success' => true];
        },
    ]);
});

function sitectl_test_is_create($request) {
    return $request->get_method() === 'POST'
        && in_array($request->get_route(), ['/wp/v2/posts', '/igny8/v1/publish'], true)
        && empty($request->get_param('post_id'));
}

function sitectl_test_unavailable() {
    return ['code' => 'sitectl_test_unavailable', 'message' => 'Service unavailable (test hook).', 'data' => ['status' => 503]];
}

add_filter('rest_pre_dispatch', function ($result, $server, $request) {
    if (sitectl_test_is_create($request) && get_option('sitectl_test_fail_next_create') === 'refuse') {
        delete_option('sitectl_test_fail_next_create');
        $e = sitectl_test_unavailable();
        return new WP_Error($e['code'], $e['message'], $e['data']);
    }
    return $result;
}, 10, 3);

add_filter('rest_post_dispatch', function ($response, $server, $request) {
    if (sitectl_test_is_create($request) && get_option('sitectl_test_fail_next_create') === 'lose') {
        delete_option('sitectl_test_fail_next_create');
        return new WP_REST_Response(sitectl_test_unavailable(), 503);
    }
    return $response;
}, 10, 3);
