-- 0001: plans, accounts, users, the industry taxonomy, sites, sectors, grants and the audit log.
-- Append-only: never edit this file once it has landed; add 0002_... instead.

CREATE TABLE plans (
    id                   INTEGER PRIMARY KEY,
    slug                 TEXT NOT NULL UNIQUE,
    name                 TEXT NOT NULL,
    max_sites            INTEGER NOT NULL CHECK (max_sites >= 1),
    max_users            INTEGER NOT NULL CHECK (max_users >= 1),
    max_sectors_per_site INTEGER NOT NULL CHECK (max_sectors_per_site >= 1),
    is_active            INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);

CREATE TABLE accounts (
    id         INTEGER PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('active', 'trial', 'suspended', 'cancelled')),
    plan_id    INTEGER NOT NULL REFERENCES plans (id),
    -- The owner is a user of this account; set right after the owner row exists.
    owner_id   INTEGER REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX accounts_plan ON accounts (plan_id);

CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    email      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name       TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL CHECK (role IN ('developer', 'owner', 'admin', 'editor', 'viewer', 'system_bot')),
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX users_account ON users (account_id);

CREATE TABLE industries (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    is_active   INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE industry_sectors (
    id          INTEGER PRIMARY KEY,
    industry_id INTEGER NOT NULL REFERENCES industries (id),
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    is_active   INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (industry_id, slug)
);

CREATE TABLE sites (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES accounts (id),
    name            TEXT NOT NULL,
    slug            TEXT NOT NULL,
    domain          TEXT,
    industry_id     INTEGER REFERENCES industries (id),
    hosting_type    TEXT NOT NULL DEFAULT 'igny8_sites'
                    CHECK (hosting_type IN ('igny8_sites', 'wordpress', 'shopify', 'multi')),
    site_type       TEXT NOT NULL DEFAULT 'marketing'
                    CHECK (site_type IN ('marketing', 'ecommerce', 'blog', 'portfolio', 'corporate')),
    status          TEXT NOT NULL DEFAULT 'inactive' CHECK (status IN ('active', 'inactive', 'suspended')),
    is_active       INTEGER NOT NULL DEFAULT 0 CHECK (is_active IN (0, 1)),
    seo_title       TEXT,
    seo_description TEXT,
    seo_keywords    TEXT,
    og_image_url    TEXT,
    -- Encrypted (nonce || ciphertext); never plain text.
    wp_api_key      BLOB,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    deleted_at      TEXT,
    UNIQUE (account_id, slug)
);
-- Public read and bare-slug references look sites up by slug across accounts.
CREATE INDEX sites_slug ON sites (slug);

CREATE TABLE sectors (
    id                 INTEGER PRIMARY KEY,
    account_id         INTEGER NOT NULL REFERENCES accounts (id),
    site_id            INTEGER NOT NULL REFERENCES sites (id),
    industry_sector_id INTEGER NOT NULL REFERENCES industry_sectors (id),
    name               TEXT NOT NULL,
    slug               TEXT NOT NULL,
    is_active          INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deactivated_at     TEXT,
    UNIQUE (site_id, industry_sector_id)
);
CREATE INDEX sectors_industry_sector ON sectors (industry_sector_id);

CREATE TABLE site_access (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    site_id    INTEGER NOT NULL REFERENCES sites (id),
    granted_by TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (user_id, site_id)
);
CREATE INDEX site_access_site ON site_access (site_id);

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    os_user TEXT NOT NULL,
    actor   TEXT NOT NULL,
    command TEXT NOT NULL,
    target  TEXT NOT NULL,
    action  TEXT NOT NULL,
    outcome TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_target ON audit_log (target);
