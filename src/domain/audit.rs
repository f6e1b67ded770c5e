//! What an audit row is about (its target) and what was done (its action), typed and rendered
//! here only.
//!
//! The rendered text is what the audit log has always held, so existing databases and
//! `audit list --target` prefixes keep working: a target is its subjects joined by spaces
//! (`site:acme/blog content:12`), and each word of it is indexed for the prefix filter.

use std::fmt;

use super::{Email, Slug};

/// One thing an audit target names; also a prefix for `audit list --target`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditSubject {
    /// `site:ACCOUNT/SLUG`, by the site's qualified name.
    Site(String),
    /// `content:ID`.
    Content(i64),
    /// `user:EMAIL`.
    User(Email),
    /// `account:SLUG`.
    Account(Slug),
    /// `plan:SLUG`.
    Plan(Slug),
    /// `industries:SOURCE`, the taxonomy file as named on the command line.
    Industries(String),
    /// `seed:NAME`, the fixture file applied.
    Seed(String),
    /// `seed:generate:SEED`, the generator's seed.
    SeedGenerate(u64),
    /// `database`: the whole database (secrets resealed, a copy written).
    Database,
}

impl fmt::Display for AuditSubject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AuditSubject::Site(site) => write!(f, "site:{site}"),
            AuditSubject::Content(id) => write!(f, "content:{id}"),
            AuditSubject::User(email) => write!(f, "user:{email}"),
            AuditSubject::Account(slug) => write!(f, "account:{slug}"),
            AuditSubject::Plan(slug) => write!(f, "plan:{slug}"),
            AuditSubject::Industries(source) => write!(f, "industries:{source}"),
            AuditSubject::Seed(name) => write!(f, "seed:{name}"),
            AuditSubject::SeedGenerate(seed) => write!(f, "seed:generate:{seed}"),
            AuditSubject::Database => f.write_str("database"),
        }
    }
}

/// What an audit row is about: one subject, or a site and one thing on it (a content item, a
/// user's grant). Built only by the constructors below, so every row has one of these shapes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditTarget(Vec<AuditSubject>);

impl AuditTarget {
    /// A site, by its qualified name (`ACCOUNT/SLUG`).
    pub fn site(site: impl Into<String>) -> Self {
        AuditTarget(vec![AuditSubject::Site(site.into())])
    }

    /// A content item of a site.
    pub fn site_content(site: impl Into<String>, content: i64) -> Self {
        AuditTarget(vec![AuditSubject::Site(site.into()), AuditSubject::Content(content)])
    }

    /// A user's access to a site.
    pub fn site_user(site: impl Into<String>, user: &Email) -> Self {
        AuditTarget(vec![AuditSubject::Site(site.into()), AuditSubject::User(user.clone())])
    }

    pub fn account(slug: &Slug) -> Self {
        AuditTarget(vec![AuditSubject::Account(slug.clone())])
    }

    pub fn plan(slug: &Slug) -> Self {
        AuditTarget(vec![AuditSubject::Plan(slug.clone())])
    }

    pub fn user(email: &Email) -> Self {
        AuditTarget(vec![AuditSubject::User(email.clone())])
    }

    /// An industry taxonomy import from `source`.
    pub fn industries(source: &str) -> Self {
        AuditTarget(vec![AuditSubject::Industries(source.to_string())])
    }

    /// A fixture file applied.
    pub fn seed(name: &str) -> Self {
        AuditTarget(vec![AuditSubject::Seed(name.to_string())])
    }

    /// Generated data of one seed.
    pub fn seed_generate(seed: u64) -> Self {
        AuditTarget(vec![AuditSubject::SeedGenerate(seed)])
    }

    pub fn database() -> Self {
        AuditTarget(vec![AuditSubject::Database])
    }

    /// The words `audit list --target` matches a prefix of: the rendered target split at
    /// spaces, as the log has always indexed it (a file name with a space is two words).
    pub fn words(&self) -> Vec<String> {
        self.to_string().split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect()
    }
}

impl fmt::Display for AuditTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, subject) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{subject}")?;
        }
        Ok(())
    }
}

/// Defines the closed set of audit actions with their stored names.
macro_rules! audit_actions {
    ($($variant:ident => $text:literal),+ $(,)?) => {
        /// What a mutation did, as the audit log names it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum AuditAction { $($variant),+ }

        impl AuditAction {
            pub const ALL: &'static [AuditAction] = &[$(AuditAction::$variant),+];

            /// The name stored in the `action` column.
            pub fn as_str(self) -> &'static str {
                match self { $(AuditAction::$variant => $text),+ }
            }
        }
    };
}

audit_actions! {
    PlanCreate => "plan.create",
    PlanUpdate => "plan.update",
    AccountCreate => "account.create",
    AccountUpdate => "account.update",
    AccountSetPlan => "account.set_plan",
    AccountSuspend => "account.suspend",
    AccountReactivate => "account.reactivate",
    AccountCancel => "account.cancel",
    UserAdd => "user.add",
    UserSetRole => "user.set_role",
    UserRemove => "user.remove",
    SiteCreate => "site.create",
    SiteUpdate => "site.update",
    SiteActivate => "site.activate",
    SiteDeactivate => "site.deactivate",
    SiteDelete => "site.delete",
    SiteRestore => "site.restore",
    SitePurge => "site.purge",
    AccessGrant => "access.grant",
    AccessRevoke => "access.revoke",
    SectorsSelect => "sectors.select",
    IndustryImport => "industry.import",
    ContentCreate => "content.create",
    ContentUpdate => "content.update",
    ContentDelete => "content.delete",
    ContentReview => "content.review",
    ContentApprove => "content.approve",
    ContentReopen => "content.reopen",
    ContentSchedule => "content.schedule",
    ContentRetract => "content.retract",
    WpConnect => "wp.connect",
    WpTest => "wp.test",
    WpDisconnect => "wp.disconnect",
    WpSync => "wp.sync",
    WpInventory => "wp.inventory",
    WpPublish => "wp.publish",
    WpKeyGenerate => "wp.key.generate",
    WpKeyRotate => "wp.key.rotate",
    WpKeyRevoke => "wp.key.revoke",
    WpKeyReseal => "wp.key.reseal",
    SeedApply => "seed.apply",
    SeedGenerate => "seed.generate",
    Copy => "copy",
}

impl fmt::Display for AuditAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stored texts: existing databases and `--target` filters depend on every one.
    #[test]
    fn targets_render_as_the_log_has_always_held_them() {
        let email: Email = "ann@acme.example".parse().unwrap();
        let slug: Slug = "acme".parse().unwrap();
        let cases = [
            (AuditTarget::site("acme/blog"), "site:acme/blog"),
            (AuditTarget::site_content("acme/blog", 12), "site:acme/blog content:12"),
            (AuditTarget::site_user("acme/blog", &email), "site:acme/blog user:ann@acme.example"),
            (AuditTarget::account(&slug), "account:acme"),
            (AuditTarget::plan(&slug), "plan:acme"),
            (AuditTarget::user(&email), "user:ann@acme.example"),
            (AuditTarget::industries("fixtures/industries.toml"), "industries:fixtures/industries.toml"),
            (AuditTarget::seed("demo.toml"), "seed:demo.toml"),
            (AuditTarget::seed_generate(42), "seed:generate:42"),
            (AuditTarget::database(), "database"),
        ];
        for (target, want) in cases {
            assert_eq!(target.to_string(), want);
            let words: Vec<String> = want.split(' ').map(str::to_string).collect();
            assert_eq!(target.words(), words, "{want}");
        }
        assert_eq!(AuditSubject::Content(7).to_string(), "content:7");
        // A file name with spaces is indexed word by word, as before.
        assert_eq!(AuditTarget::seed("my demo.toml").words(), ["seed:my", "demo.toml"]);
        assert_eq!(AuditTarget::industries("a  b").to_string(), "industries:a  b");
        assert_eq!(AuditTarget::industries("a  b").words(), ["industries:a", "b"]);
    }

    #[test]
    fn actions_keep_their_stored_names() {
        let want = [
            "plan.create",
            "plan.update",
            "account.create",
            "account.update",
            "account.set_plan",
            "account.suspend",
            "account.reactivate",
            "account.cancel",
            "user.add",
            "user.set_role",
            "user.remove",
            "site.create",
            "site.update",
            "site.activate",
            "site.deactivate",
            "site.delete",
            "site.restore",
            "site.purge",
            "access.grant",
            "access.revoke",
            "sectors.select",
            "industry.import",
            "content.create",
            "content.update",
            "content.delete",
            "content.review",
            "content.approve",
            "content.reopen",
            "content.schedule",
            "content.retract",
            "wp.connect",
            "wp.test",
            "wp.disconnect",
            "wp.sync",
            "wp.inventory",
            "wp.publish",
            "wp.key.generate",
            "wp.key.rotate",
            "wp.key.revoke",
            "wp.key.reseal",
            "seed.apply",
            "seed.generate",
            "copy",
        ];
        let got: Vec<&str> = AuditAction::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(got, want);
        assert_eq!(AuditAction::WpKeyReseal.to_string(), "wp.key.reseal");
    }
}
