//! Secrets at rest: the site API keys and WordPress Application Passwords.
//!
//! Secrets are sealed with XChaCha20-Poly1305 under a 256-bit key that never lives in the
//! database: it comes from `SITECTL_SECRET_KEY`, from a key file named by the profile, or from
//! `<config dir>/secret.key` (created with owner-only permissions the first time a secret is
//! stored). Each ciphertext is bound to what it protects (associated data such as
//! `site:42:api_key`), so a sealed value copied to another row does not open. Nothing here
//! prints, logs or formats a secret except [`mask`].

use crate::error::Code;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use subtle::ConstantTimeEq;

use crate::error::{Error, Result};

/// The recognisable prefix of a sitectl-generated site API key.
pub const API_KEY_PREFIX: &str = "igk_";

const NONCE_LEN: usize = 24;

/// Where the encryption key comes from; resolved by the binary.
#[derive(Debug, Clone, Default)]
pub struct KeySource {
    /// Key material given directly (`SITECTL_SECRET_KEY`): 32 bytes as base64 or 64 hex digits.
    pub inline: Option<String>,
    /// The key file (profile's `secret_key_file`, or `<config dir>/secret.key`).
    pub file: Option<PathBuf>,
}

/// A loaded encryption key.
pub struct SecretKey {
    cipher: XChaCha20Poly1305,
}

fn key_error(message: String) -> Error {
    Error::new(Code::SecretKeyUnavailable, message).with_hint(
        "set SITECTL_SECRET_KEY, or point the profile's secret_key_file at the key this database was sealed with",
    )
}

fn parse_material(text: &str, origin: &str) -> Result<[u8; 32]> {
    let t = text.trim();
    let bytes = if t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()) {
        (0..32).map(|i| u8::from_str_radix(&t[2 * i..2 * i + 2], 16).expect("checked hex")).collect()
    } else {
        STANDARD
            .decode(t)
            .or_else(|_| URL_SAFE_NO_PAD.decode(t))
            .map_err(|_| key_error(format!("the secret key from {origin} is not base64 or hex")))?
    };
    bytes.try_into().map_err(|_| key_error(format!("the secret key from {origin} is not 32 bytes")))
}

impl KeySource {
    /// Loads the key for reading secrets; fails when there is none.
    pub fn load(&self) -> Result<SecretKey> {
        if let Some(inline) = &self.inline {
            return Ok(SecretKey::from_bytes(&parse_material(inline, "SITECTL_SECRET_KEY")?));
        }
        let Some(path) = &self.file else {
            return Err(key_error("no secret key is configured".into()));
        };
        match crate::bounded::read_file_text(path, crate::bounded::SECRET_BYTES) {
            Ok(text) => Ok(SecretKey::from_bytes(&parse_material(&text, &path.display().to_string())?)),
            Err(e) if e.kind == crate::error::ErrorKind::NotFound => {
                Err(key_error(format!("the secret key file {} does not exist", path.display())))
            }
            Err(e) => Err(key_error(format!("secret key file: {}", e.message))),
        }
    }

    /// Loads the key for storing a secret, creating the key file (owner-only) when it is missing.
    /// A dry run never writes a file: it gets a throwaway key when there is none.
    pub fn load_or_create(&self, dry_run: bool) -> Result<SecretKey> {
        match (&self.inline, &self.file) {
            (None, Some(path)) if !path.exists() && dry_run => SecretKey::random(),
            (None, Some(path)) if !path.exists() => {
                create_key_file(path)?;
                self.load()
            }
            _ => self.load(),
        }
    }

    /// Where the key comes from, for messages (never the key itself).
    pub fn describe(&self) -> String {
        match (&self.inline, &self.file) {
            (Some(_), _) => "SITECTL_SECRET_KEY".to_string(),
            (None, Some(path)) => format!("the key file {}", path.display()),
            (None, None) => "no configured key".to_string(),
        }
    }
}

fn create_key_file(path: &Path) -> Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent)?;
    }
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).map_err(|e| Error::internal(format!("the OS random source failed: {e}")))?;
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(mut f) => {
            f.write_all(format!("{}\n", STANDARD.encode(bytes)).as_bytes())?;
            f.sync_all()?;
            Ok(())
        }
        // Another process created it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(key_error(format!("cannot create the secret key file {}: {e}", path.display()))),
    }
}

impl SecretKey {
    pub fn from_bytes(bytes: &[u8; 32]) -> SecretKey {
        SecretKey { cipher: XChaCha20Poly1305::new(bytes.into()) }
    }

    /// A fresh key from the OS random source (kept in memory only).
    pub fn random() -> Result<SecretKey> {
        let mut bytes = [0u8; 32];
        getrandom::getrandom(&mut bytes).map_err(|e| Error::internal(format!("the OS random source failed: {e}")))?;
        Ok(SecretKey::from_bytes(&bytes))
    }

    /// Loads a key from a file the operator names (`wp key reseal --from-key-file`).
    pub fn from_file(path: &Path) -> Result<SecretKey> {
        KeySource { inline: None, file: Some(path.to_path_buf()) }.load()
    }

    /// The key's check value: the authentication tag of an empty message under a fixed nonce
    /// and label. It identifies the key (to tell "sealed under another key" apart) and reveals
    /// nothing about it; the database stores this, never the key.
    pub fn check_value(&self) -> String {
        let nonce = XNonce::from_slice(&[0u8; NONCE_LEN]);
        let tag = self
            .cipher
            .encrypt(nonce, Payload { msg: b"", aad: b"sitectl secret key check v1" })
            .expect("sealing an empty message cannot fail");
        tag.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Encrypts `plain`, bound to `context`; returns nonce || ciphertext.
    pub fn seal(&self, plain: &str, context: &str) -> Result<Vec<u8>> {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let sealed = self
            .cipher
            .encrypt(&nonce, Payload { msg: plain.as_bytes(), aad: context.as_bytes() })
            .map_err(|_| Error::internal("encryption failed"))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// Decrypts what [`SecretKey::seal`] produced for the same `context`.
    pub fn open(&self, sealed: &[u8], context: &str) -> Result<String> {
        let wrong = || key_error("a stored secret does not open with this key (another key, or tampered data)".into());
        if sealed.len() < NONCE_LEN {
            return Err(wrong());
        }
        let (nonce, body) = sealed.split_at(NONCE_LEN);
        let plain = self
            .cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad: context.as_bytes() })
            .map_err(|_| wrong())?;
        String::from_utf8(plain).map_err(|_| wrong())
    }
}

/// A new site API key: 256 bits from the OS random source, URL-safe, with a short prefix.
pub fn generate_api_key() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::getrandom(&mut bytes).map_err(|e| Error::internal(format!("the OS random source failed: {e}")))?;
    Ok(format!("{API_KEY_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes)))
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

/// A secret as it may be shown: the prefix, four characters, an ellipsis, the last four.
pub fn mask(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    if chars.len() < 16 {
        return "••••••••".to_string();
    }
    let prefix_len = secret.find('_').map_or(0, |i| i + 1).min(8);
    let head: String = chars[..prefix_len + 4].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_and_open_round_trip_bound_to_context() {
        let key = SecretKey::from_bytes(&[7u8; 32]);
        let sealed = key.seal("hunter2", "site:1:api_key").unwrap();
        assert!(!sealed.windows(7).any(|w| w == b"hunter2"));
        assert_eq!(key.open(&sealed, "site:1:api_key").unwrap(), "hunter2");
        assert_eq!(key.open(&sealed, "site:2:api_key").unwrap_err().code, "secret_key_unavailable");
        let other = SecretKey::from_bytes(&[8u8; 32]);
        assert!(other.open(&sealed, "site:1:api_key").is_err());
        assert!(key.open(&sealed[..10], "site:1:api_key").is_err());
    }

    #[test]
    fn api_keys_are_long_random_url_safe_and_prefixed() {
        let a = generate_api_key().unwrap();
        let b = generate_api_key().unwrap();
        assert_ne!(a, b);
        assert!(a.starts_with(API_KEY_PREFIX));
        let body = &a[API_KEY_PREFIX.len()..];
        assert_eq!(URL_SAFE_NO_PAD.decode(body).unwrap().len(), 32);
        assert!(body.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
        assert!(constant_time_eq(&a, &a.clone()));
        assert!(!constant_time_eq(&a, &b));
        assert!(!constant_time_eq(&a, &a[..10]));
        let m = mask(&a);
        assert!(m.starts_with("igk_") && m.contains('…') && m.len() < a.len());
    }

    #[test]
    fn key_material_forms_and_key_files() {
        let hex = "00".repeat(32);
        assert!(parse_material(&hex, "t").is_ok());
        assert!(parse_material(&STANDARD.encode([1u8; 32]), "t").is_ok());
        assert!(parse_material("short", "t").is_err());
        assert!(parse_material(&STANDARD.encode([1u8; 16]), "t").is_err());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/secret.key");
        let src = KeySource { inline: None, file: Some(path.clone()) };
        assert_eq!(src.load().err().unwrap().code, "secret_key_unavailable");
        assert!(src.load_or_create(true).is_ok() && !path.exists(), "a dry run writes no key file");
        let k1 = src.load_or_create(false).unwrap();
        assert_eq!(k1.check_value(), src.load().unwrap().check_value());
        assert_ne!(k1.check_value(), SecretKey::from_bytes(&[9u8; 32]).check_value());
        assert_eq!(k1.check_value().len(), 32);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        let sealed = k1.seal("x", "c").unwrap();
        assert_eq!(src.load().unwrap().open(&sealed, "c").unwrap(), "x");
    }
}
