//! The library's one error type, and the closed set of its codes.
//!
//! Every failure the library reports carries a [`Code`]: a stable snake_case token scripts may
//! match on, listed once in `codes!` below with its [`ErrorKind`] (which decides the exit code
//! and HTTP-like status in the CLI, in exactly one place: `src/cli/error.rs`). A failure also has
//! a message for people, an optional hint naming the next step, and structured `details`.
//! Behaviour is decided by matching on codes or kinds, never on strings; nothing here knows
//! about processes or streams.

use serde_json::Value;

/// What kind of failure this is; decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A bug or an unexpected I/O failure.
    Internal,
    /// Bad flag or argument syntax, or an answer that needs a terminal or `--yes`.
    Usage,
    /// The thing named does not exist, or the acting user may not see it.
    NotFound,
    /// Validation failed, a plan limit was hit, or a reference is ambiguous.
    Invalid,
    /// The acting user may not do this, or their account is inactive.
    PermissionDenied,
    /// Already exists, or the current state forbids the change.
    Conflict,
    /// Some items of a batch failed.
    Partial,
    /// A remote system failed or answered badly.
    Remote,
    /// The database cannot be used: locked, too new, not a database.
    Unavailable,
    /// The user interrupted the command.
    Interrupted,
}

/// Defines [`Code`]: each variant with its snake_case text and its kind.
macro_rules! codes {
    ($($variant:ident => ($text:literal, $kind:ident),)+) => {
        /// Every stable error code, with the kind (and so the exit code) it always has.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code { $($variant),+ }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $text),+ }
            }

            pub fn kind(self) -> ErrorKind {
                match self { $(Code::$variant => ErrorKind::$kind),+ }
            }
        }
    };
}

codes! {
    DatabaseError => ("database_error", Internal),
    Internal => ("internal", Internal),
    IoError => ("io_error", Internal),
    ConfigInvalid => ("config_invalid", Usage),
    ConfigUnreadable => ("config_unreadable", Usage),
    ConfirmationRequired => ("confirmation_required", Usage),
    EmptyActor => ("empty_actor", Usage),
    EmptyFields => ("empty_fields", Usage),
    InvalidColor => ("invalid_color", Usage),
    InvalidEnv => ("invalid_env", Usage),
    InvalidFormat => ("invalid_format", Usage),
    InvalidNumber => ("invalid_number", Usage),
    InvalidSince => ("invalid_since", Usage),
    InvalidTime => ("invalid_time", Usage),
    JqSyntax => ("jq_syntax", Usage),
    MissingAccount => ("missing_account", Usage),
    MissingArgument => ("missing_argument", Usage),
    MissingEnvVar => ("missing_env_var", Usage),
    NoIds => ("no_ids", Usage),
    UnknownField => ("unknown_field", Usage),
    UnknownProfile => ("unknown_profile", Usage),
    SameDatabase => ("same_database", Usage),
    Usage => ("usage", Usage),
    UsernameRequired => ("username_required", Usage),
    AccountNotFound => ("account_not_found", NotFound),
    ActorNotFound => ("actor_not_found", NotFound),
    ApiKeyNotFound => ("api_key_not_found", NotFound),
    FileUnreadable => ("file_unreadable", NotFound),
    IndustryNotFound => ("industry_not_found", NotFound),
    IntegrationNotFound => ("integration_not_found", NotFound),
    PlanNotFound => ("plan_not_found", NotFound),
    SiteNotFound => ("site_not_found", NotFound),
    ContentNotFound => ("content_not_found", NotFound),
    UserNotFound => ("user_not_found", NotFound),
    AmbiguousSite => ("ambiguous_site", Invalid),
    DuplicateSectors => ("duplicate_sectors", Invalid),
    FileReadFailed => ("file_read_failed", Invalid),
    FileWriteFailed => ("file_write_failed", Invalid),
    InvalidDuration => ("invalid_duration", Invalid),
    FixtureSyntax => ("fixture_syntax", Invalid),
    IndustryInactive => ("industry_inactive", Invalid),
    InputNotText => ("input_not_text", Invalid),
    InputTooLarge => ("input_too_large", Invalid),
    InvalidAccountStatus => ("invalid_account_status", Invalid),
    InvalidConnectionStatus => ("invalid_connection_status", Invalid),
    InvalidCount => ("invalid_count", Invalid),
    InvalidEventKind => ("invalid_event_kind", Invalid),
    InvalidEventStatus => ("invalid_event_status", Invalid),
    InvalidSyncStatus => ("invalid_sync_status", Invalid),
    InvalidDomain => ("invalid_domain", Invalid),
    InvalidEmail => ("invalid_email", Invalid),
    InvalidField => ("invalid_field", Invalid),
    InvalidContentStatus => ("invalid_content_status", Invalid),
    InvalidPostStatus => ("invalid_post_status", Invalid),
    InvalidPublishStatus => ("invalid_publish_status", Invalid),
    InvalidRecordStatus => ("invalid_record_status", Invalid),
    SectorNotActiveOnSite => ("sector_not_active_on_site", Invalid),
    InvalidHostingType => ("invalid_hosting_type", Invalid),
    InvalidIfExists => ("invalid_if_exists", Invalid),
    InvalidLimit => ("invalid_limit", Invalid),
    InvalidName => ("invalid_name", Invalid),
    InvalidRole => ("invalid_role", Invalid),
    InvalidSiteRef => ("invalid_site_ref", Invalid),
    InvalidSiteStatus => ("invalid_site_status", Invalid),
    InvalidSiteType => ("invalid_site_type", Invalid),
    InvalidSlug => ("invalid_slug", Invalid),
    InvalidTaxonomy => ("invalid_taxonomy", Invalid),
    InvalidUrl => ("invalid_url", Invalid),
    InvalidWpMode => ("invalid_wp_mode", Invalid),
    JqFailed => ("jq_failed", Invalid),
    JqLimit => ("jq_limit", Invalid),
    MissingIndustry => ("missing_industry", Invalid),
    MissingSecret => ("missing_secret", Invalid),
    MissingUsername => ("missing_username", Invalid),
    PlanInactive => ("plan_inactive", Invalid),
    PlanLimitExceeded => ("plan_limit_exceeded", Invalid),
    SectorInactive => ("sector_inactive", Invalid),
    SectorLimitExceeded => ("sector_limit_exceeded", Invalid),
    SectorNotInIndustry => ("sector_not_in_industry", Invalid),
    SeedInvalid => ("seed_invalid", Invalid),
    SiteLimitReached => ("site_limit_reached", Invalid),
    UnknownPostType => ("unknown_post_type", Invalid),
    UnknownSector => ("unknown_sector", Invalid),
    UserLimitReached => ("user_limit_reached", Invalid),
    UserNotInAccount => ("user_not_in_account", Invalid),
    WpInsecureHttp => ("wp_insecure_http", Invalid),
    AccountInactive => ("account_inactive", PermissionDenied),
    ApiKeyMismatch => ("api_key_mismatch", PermissionDenied),
    ApiKeyMissing => ("api_key_missing", PermissionDenied),
    CredentialsMissing => ("credentials_missing", PermissionDenied),
    CrossAccount => ("cross_account", PermissionDenied),
    OperatorOnly => ("operator_only", PermissionDenied),
    PermissionDenied => ("permission_denied", PermissionDenied),
    SecretKeyMismatch => ("secret_key_mismatch", PermissionDenied),
    ReadOnlyIntegration => ("read_only_integration", PermissionDenied),
    SecretKeyUnavailable => ("secret_key_unavailable", PermissionDenied),
    AccountExists => ("account_exists", Conflict),
    AlreadyExists => ("already_exists", Conflict),
    AlreadyGenerated => ("already_generated", Conflict),
    ApiKeyExists => ("api_key_exists", Conflict),
    Duplicate => ("duplicate", Conflict),
    InvalidTransition => ("invalid_transition", Conflict),
    IsAccountOwner => ("is_account_owner", Conflict),
    PlanExists => ("plan_exists", Conflict),
    SiteDeleted => ("site_deleted", Conflict),
    SiteExists => ("site_exists", Conflict),
    ContentExists => ("content_exists", Conflict),
    ContentDeleted => ("content_deleted", Conflict),
    NotPublished => ("not_published", Conflict),
    PublishInProgress => ("publish_in_progress", Conflict),
    RemoteChanged => ("remote_changed", Conflict),
    RemoteConflict => ("remote_conflict", Conflict),
    PostsStillPublished => ("posts_still_published", Conflict),
    RemoteDeleted => ("remote_deleted", Conflict),
    SiteNotDeleted => ("site_not_deleted", Conflict),
    UserExists => ("user_exists", Conflict),
    UserInOtherAccount => ("user_in_other_account", Conflict),
    WpReconnected => ("wp_reconnected", Conflict),
    BatchPartialFailure => ("batch_partial_failure", Partial),
    DoctorFoundProblems => ("doctor_found_problems", Partial),
    StructureSyncFailed => ("structure_sync_failed", Partial),
    NotWordpress => ("not_wordpress", Remote),
    WpBadPaging => ("wp_bad_paging", Remote),
    WpBadRedirect => ("wp_bad_redirect", Remote),
    WpBadResponse => ("wp_bad_response", Remote),
    WpChangedDuringRead => ("wp_changed_during_read", Remote),
    WpCredentialsRefused => ("wp_credentials_refused", Remote),
    WpCrossOrigin => ("wp_cross_origin", Remote),
    WpPluginMissing => ("wp_plugin_missing", Remote),
    WpRedirectLoop => ("wp_redirect_loop", Remote),
    WpResponseTooLarge => ("wp_response_too_large", Remote),
    WpTimeout => ("wp_timeout", Remote),
    WpTls => ("wp_tls", Remote),
    WpRouteMissing => ("wp_route_missing", Remote),
    WpRateLimited => ("wp_rate_limited", Remote),
    WpServerError => ("wp_server_error", Remote),
    WpHttpError => ("wp_http_error", Remote),
    WpUnreachable => ("wp_unreachable", Remote),
    DatabaseCannotOpen => ("database_cannot_open", Unavailable),
    DatabaseDamaged => ("database_damaged", Unavailable),
    DatabaseIoError => ("database_io_error", Unavailable),
    DatabaseLocked => ("database_locked", Unavailable),
    DatabaseMissing => ("database_missing", Unavailable),
    DatabaseReadOnly => ("database_read_only", Unavailable),
    DatabaseUnreachable => ("database_unreachable", Unavailable),
    DatabasePermissionDenied => ("database_permission_denied", Unavailable),
    DatabaseTls => ("database_tls", Unavailable),
    DatabaseTimeout => ("database_timeout", Unavailable),
    DiskFull => ("disk_full", Unavailable),
    MigrationNeeded => ("migration_needed", Unavailable),
    NotADatabase => ("not_a_database", Unavailable),
    NotASitectlDatabase => ("not_a_sitectl_database", Unavailable),
    SchemaInvalid => ("schema_invalid", Unavailable),
    SchemaTooNew => ("schema_too_new", Unavailable),
    DatabaseAuthFailed => ("database_auth_failed", PermissionDenied),
    DatabaseAuthRefused => ("database_auth_refused", PermissionDenied),
    DatabaseNotEmpty => ("database_not_empty", Conflict),
    InvalidDatabaseUrl => ("invalid_database_url", Invalid),
    Declined => ("declined", Interrupted),
    Interrupted => ("interrupted", Interrupted),
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl AsRef<str> for Code {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

/// Tests and callers may compare a code with its text.
impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A failure with a stable code, a message for people and a hint for the next step. Boxed so
/// that `Result`s stay small on the happy path; fields are reached through `Deref`.
#[derive(Debug, Clone)]
pub struct Error(Box<ErrorData>);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause.as_ref().map(|c| c as &(dyn std::error::Error + 'static))
    }
}

/// The lower-level failure an [`Error`] was made from (a driver's, the operating system's, a
/// parser's), kept as text with its own causes: the library's message names what failed in the
/// product's words, the cause says what the layer below said. Text, so that an `Error` stays
/// `Clone` and can be made from a borrowed driver error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cause {
    message: String,
    next: Option<Box<Cause>>,
}

impl Cause {
    /// `err` and each of its sources, outermost first (at most eight), each kept to its first
    /// line of at most 300 characters, as messages keep a driver's text: the rest (a server's
    /// DETAIL quoting a row, schema SQL) stays out of what `-v` prints.
    pub fn of(err: &(dyn std::error::Error + 'static)) -> Cause {
        Cause::bounded(err, 8)
    }

    fn bounded(err: &(dyn std::error::Error + 'static), depth: usize) -> Cause {
        let message = err.to_string().lines().next().unwrap_or("").chars().take(300).collect();
        let next = if depth > 1 { err.source().map(|s| Box::new(Cause::bounded(s, depth - 1))) } else { None };
        Cause { message, next }
    }

    /// This cause's text, then each deeper one's, skipping a text equal to the one before (a
    /// wrapper that repeats its source's message adds nothing to read).
    pub fn chain(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let mut at = Some(self);
        while let Some(c) = at {
            if out.last() != Some(&c.message.as_str()) {
                out.push(&c.message);
            }
            at = c.next.as_deref();
        }
        out
    }
}

impl std::fmt::Display for Cause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Cause {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.next.as_deref().map(|c| c as &(dyn std::error::Error + 'static))
    }
}

/// The fields of an [`Error`].
#[derive(Debug, Clone)]
pub struct ErrorData {
    pub kind: ErrorKind,
    pub code: Code,
    pub message: String,
    pub hint: Option<String>,
    pub details: Value,
    /// What the layer below said, when this failure was converted from its error.
    pub cause: Option<Cause>,
}

impl std::ops::Deref for Error {
    type Target = ErrorData;
    fn deref(&self) -> &ErrorData {
        &self.0
    }
}

impl std::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut ErrorData {
        &mut self.0
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A failure with `code`; its kind is the code's.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Error(Box::new(ErrorData {
            kind: code.kind(),
            code,
            message: message.into(),
            hint: None,
            details: Value::Object(Default::default()),
            cause: None,
        }))
    }

    /// Keeps the lower-level error this failure was made from (see [`Cause`]).
    #[must_use]
    pub fn with_cause(mut self, err: &(dyn std::error::Error + 'static)) -> Self {
        self.cause = Some(Cause::of(err));
        self
    }

    /// Adds the next step a person should take.
    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds structured details for machine readers.
    #[must_use]
    pub fn with_details(mut self, details: Value) -> Self {
        self.details = details;
        self
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Error::new(Code::Internal, message)
    }

    /// `what` is the kind of thing ("site", "account"), `key` how it was named.
    pub fn not_found(code: Code, what: &str, key: impl std::fmt::Display) -> Self {
        Error::new(code, format!("{what} '{key}' not found"))
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Error::new(Code::IoError, format!("I/O error: {err}")).with_cause(&err)
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        Error::internal(format!("JSON error: {err}")).with_cause(&err)
    }
}

#[cfg(test)]
mod tests {
    use super::{Cause, Code, Error};

    #[derive(Debug)]
    struct Layer(&'static str, Option<Box<Layer>>);

    impl std::fmt::Display for Layer {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.0)
        }
    }

    impl std::error::Error for Layer {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            self.1.as_deref().map(|l| l as &(dyn std::error::Error + 'static))
        }
    }

    /// A cause keeps every layer below, outermost first, and a layer that only repeats the one
    /// above it is read once; the error's `source()` walks the same chain.
    #[test]
    fn a_cause_keeps_the_whole_chain() {
        let inner = Layer("connection refused", None);
        let err = Layer("error connecting", Some(Box::new(Layer("error connecting", Some(Box::new(inner))))));
        let e = Error::new(Code::DatabaseUnreachable, "cannot reach the server").with_cause(&err);
        assert_eq!(e.cause.as_ref().unwrap().chain(), ["error connecting", "connection refused"]);
        let mut texts = Vec::new();
        let mut at = std::error::Error::source(&e);
        while let Some(s) = at {
            texts.push(s.to_string());
            at = s.source();
        }
        assert_eq!(texts, ["error connecting", "error connecting", "connection refused"]);
        // A clone keeps it; an error made without one has none.
        assert_eq!(e.clone().cause, Some(Cause::of(&err)));
        assert!(Error::internal("x").cause.is_none() && std::error::Error::source(&Error::internal("x")).is_none());
        assert_eq!(e.to_string(), "cannot reach the server");
    }

    /// A cause keeps one bounded line per level, and at most eight levels: a server's DETAIL
    /// line (which may quote a row) never reaches `-v`.
    #[test]
    fn a_cause_is_bounded() {
        let text =
            format!("duplicate key value\nDETAIL:  Key (email)=(x@y.example) already exists {}", "z".repeat(400));
        let long = "w".repeat(1000);
        let mut err = Layer("innermost", None);
        for _ in 0..20 {
            err = Layer("again", Some(Box::new(err)));
        }
        let err = Layer(
            Box::leak(text.into_boxed_str()),
            Some(Box::new(Layer(Box::leak(long.into_boxed_str()), Some(Box::new(err))))),
        );
        let e = Error::new(Code::DatabaseError, "x").with_cause(&err);
        let chain = e.cause.as_ref().unwrap().chain();
        assert_eq!(chain[0], "duplicate key value");
        assert_eq!(chain[1].chars().count(), 300);
        let mut depth = 0;
        let mut at = e.cause.as_ref();
        while let Some(c) = at {
            depth += 1;
            at = c.next.as_deref();
        }
        assert_eq!(depth, 8);
    }
}
