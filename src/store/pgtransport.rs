//! The byte stream under the PostgreSQL driver for servers reached over TCP.
//!
//! The driver is told to hand us the bare socket (direct TLS negotiation), and this module does
//! what `sslmode` promises itself: it asks for TLS, refuses a server that declines when TLS is
//! required, and otherwise wraps the stream in a [`Guarded`] reader that watches what the server
//! sends until the session is ready:
//!
//! - the server must ask for the password in a way the policy allows (without TLS whose
//!   certificate is checked, only SCRAM or no password: a cleartext or MD5 request is refused
//!   before the driver can answer it; unchecked TLS is no better, as whoever answers the TLS
//!   request, an attacker included, reads what is sent inside it);
//! - login must end within the connect timeout (a server that accepts and then says nothing);
//! - no message may be larger than a bound (an endless error message, a huge parameter).
//!
//! A Unix socket is the local machine: the driver talks to it directly (no TLS exists there).

use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use postgres::tls::{ChannelBinding, MakeTlsConnect, TlsConnect, TlsStream};
use postgres::Socket;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::location::{AuthMethod, SslMode};

type RustlsConnect = <MakeRustlsConnect as MakeTlsConnect<Socket>>::TlsConnect;
type RustlsStream = <MakeRustlsConnect as MakeTlsConnect<Socket>>::Stream;

/// Every message before the session is ready (authentication, parameters) is small.
const STARTUP_MESSAGE_LIMIT: u32 = 64 * 1024;
/// All the server may send before the session is ready.
const STARTUP_TOTAL_LIMIT: usize = 1024 * 1024;
/// Errors, notices, parameter changes and notifications (at most 8000 bytes of payload) after
/// login: far above any real one.
const NOTICE_LIMIT: u32 = 1024 * 1024;
/// Every other message after login (a data row, a row description, a copy chunk...). The driver
/// keeps a message whole in memory until its last byte arrives, so without this a server could
/// make sitectl hold what it announces (up to 2 GiB). The largest stored text is bounded by
/// `bounded::DATA_FILE_BYTES` (64 MiB); a row holds few such texts, and the text form of bytes
/// doubles them: four times that leaves room for every legitimate row.
const MESSAGE_LIMIT: u32 = 4 * crate::bounded::DATA_FILE_BYTES as u32;

/// Why the transport ended a connection: carried inside the driver's I/O error, so the caller
/// can name it precisely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The server did not finish the handshake or login within the connect timeout.
    Silent(Duration),
    /// TLS is required and the server declined it.
    NoTls,
    /// The answer to the TLS request was neither yes nor no.
    BadTlsAnswer(u8),
    /// The server asked for the password in a way the policy does not allow.
    AuthRefused { method: AuthMethod, tls: bool, checked: bool, required: Option<Vec<AuthMethod>> },
    /// A message larger than its bound.
    TooLarge { kind: u8, bytes: u64 },
    /// A message whose length cannot be.
    Malformed,
    /// After login, the server had not finished answering a request after this long.
    NoReply(Duration),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Silent(t) => write!(f, "the server did not complete the login within {} s", t.as_secs()),
            Refusal::NoTls => f.write_str("the server does not offer TLS"),
            Refusal::BadTlsAnswer(b) => write!(f, "the server answered the TLS request with byte {b:#04x}"),
            Refusal::AuthRefused { method, .. } => {
                write!(f, "the server asked for {} authentication, which is not allowed here", method.as_str())
            }
            Refusal::TooLarge { kind, bytes } => write!(
                f,
                "the server sent a message of {bytes} bytes (type '{}'), above the limit",
                char::from(*kind).escape_default()
            ),
            Refusal::Malformed => f.write_str("the server sent a malformed message"),
            Refusal::NoReply(t) => {
                write!(f, "the server did not finish answering a statement within {} s", t.as_secs())
            }
        }
    }
}

impl std::error::Error for Refusal {}

/// The transport's refusal inside a driver error, if that is what ended it.
pub(super) fn refusal(e: &postgres::Error) -> Option<Refusal> {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(r) = s.downcast_ref::<Refusal>() {
            return Some(r.clone());
        }
        if let Some(r) = s.downcast_ref::<io::Error>().and_then(|io| io.get_ref()).and_then(|i| i.downcast_ref()) {
            return Some(Refusal::clone(r));
        }
        source = s.source();
    }
    None
}

/// What the transport enforces for one connection.
#[derive(Clone)]
pub struct Policy {
    pub sslmode: SslMode,
    /// A root certificate was given: the operator expects a certificate to check, so a server
    /// without TLS is refused even under `prefer`.
    pub root_given: bool,
    pub require_auth: Option<Vec<AuthMethod>>,
    /// Handshake and login together.
    pub login_timeout: Duration,
    /// After login, how long a request may wait for the end of its answer (the statement
    /// timeout plus a margin), however the server spreads it out; `None` is no limit.
    pub reply_timeout: Option<Duration>,
}

impl Policy {
    fn tls_required(&self) -> bool {
        match self.sslmode {
            SslMode::Disable => false,
            SslMode::Prefer => self.root_given,
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => true,
        }
    }

    /// Whether TLS, when there is TLS, proves who the server is: only then may a password cross
    /// it readable.
    fn checks_certificate(&self) -> bool {
        self.root_given || matches!(self.sslmode, SslMode::VerifyCa | SslMode::VerifyFull)
    }

    fn allows(&self, method: AuthMethod, tls: bool) -> bool {
        match &self.require_auth {
            Some(list) => list.contains(&method),
            None => (tls && self.checks_certificate()) || matches!(method, AuthMethod::None | AuthMethod::ScramSha256),
        }
    }
}

/// The driver's TLS hook, given the bare socket of each TCP connection.
pub struct Transport {
    tls: MakeRustlsConnect,
    policy: Policy,
}

impl Transport {
    pub fn new(tls: MakeRustlsConnect, policy: Policy) -> Transport {
        Transport { tls, policy }
    }
}

impl MakeTlsConnect<Socket> for Transport {
    type Stream = Guarded;
    type TlsConnect = Connector;
    type Error = Infallible;

    fn make_tls_connect(&mut self, domain: &str) -> Result<Connector, Infallible> {
        let tls = match <MakeRustlsConnect as MakeTlsConnect<Socket>>::make_tls_connect(&mut self.tls, domain) {
            Ok(t) => t,
            Err(never) => match never {},
        };
        Ok(Connector { tls, policy: self.policy.clone() })
    }
}

pub struct Connector {
    tls: RustlsConnect,
    policy: Policy,
}

/// PostgreSQL's SSLRequest: length 8, code 80877103.
const SSL_REQUEST: [u8; 8] = [0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f];

impl TlsConnect<Socket> for Connector {
    type Stream = Guarded;
    type Error = io::Error;
    type Future = Pin<Box<dyn Future<Output = io::Result<Guarded>> + Send>>;

    fn connect(self, mut socket: Socket) -> Self::Future {
        Box::pin(async move {
            let policy = self.policy;
            let deadline = tokio::time::Instant::now() + policy.login_timeout;
            let silent = || io::Error::new(io::ErrorKind::TimedOut, Refusal::Silent(policy.login_timeout));
            if policy.sslmode == SslMode::Disable {
                return Ok(Guarded::new(Inner::Plain(socket), false, policy, deadline));
            }
            tokio::time::timeout_at(deadline, socket.write_all(&SSL_REQUEST)).await.map_err(|_| silent())??;
            let mut answer = [0u8];
            tokio::time::timeout_at(deadline, socket.read_exact(&mut answer)).await.map_err(|_| silent())??;
            match answer[0] {
                b'S' => {
                    let stream =
                        tokio::time::timeout_at(deadline, self.tls.connect(socket)).await.map_err(|_| silent())??;
                    Ok(Guarded::new(Inner::Tls(Box::new(stream)), true, policy, deadline))
                }
                b'N' if !policy.tls_required() => Ok(Guarded::new(Inner::Plain(socket), false, policy, deadline)),
                b'N' => Err(io::Error::other(Refusal::NoTls)),
                other => Err(io::Error::other(Refusal::BadTlsAnswer(other))),
            }
        })
    }
}

enum Inner {
    Plain(Socket),
    Tls(Box<RustlsStream>),
}

/// The connection's stream, reading through the [`Watch`] on what the server sends.
pub struct Guarded {
    inner: Inner,
    /// Until the session is ready: the login deadline. Afterwards, armed while a request waits
    /// for its answer: the answer must end within the reply limit.
    deadline: Option<Pin<Box<tokio::time::Sleep>>>,
    /// A request was written and its ReadyForQuery has not come yet.
    awaiting: bool,
    watch: Watch,
}

impl Guarded {
    fn new(inner: Inner, tls: bool, policy: Policy, deadline: tokio::time::Instant) -> Guarded {
        let timeout = policy.login_timeout;
        Guarded {
            inner,
            deadline: Some(Box::pin(tokio::time::sleep_until(deadline))),
            awaiting: false,
            watch: Watch::new(policy, tls, timeout),
        }
    }

    fn timed_out(&self) -> io::Error {
        let refusal = if self.watch.ready {
            Refusal::NoReply(self.watch.policy.reply_timeout.unwrap_or_default())
        } else {
            Refusal::Silent(self.watch.login_timeout)
        };
        io::Error::new(io::ErrorKind::TimedOut, refusal)
    }

    /// (Re)starts the wait for the server's answer, when there is a limit. The timer is polled
    /// at once: the driver may not read again before the server speaks, and the timer must be
    /// able to wake it.
    fn arm_reply(&mut self, cx: &mut Context<'_>) {
        if let Some(limit) = self.watch.policy.reply_timeout {
            let at = tokio::time::Instant::now() + limit;
            let sleep = self.deadline.get_or_insert_with(|| Box::pin(tokio::time::sleep_until(at)));
            sleep.as_mut().reset(at);
            let _ = sleep.as_mut().poll(cx);
        }
    }
}

impl AsyncRead for Guarded {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let before = buf.filled().len();
        let polled = match &mut this.inner {
            Inner::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Inner::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        };
        match &polled {
            Poll::Ready(Ok(())) => {
                let was_ready = this.watch.ready;
                let answers_before = this.watch.answers;
                if let Err(refusal) = this.watch.feed(&buf.filled()[before..]) {
                    return Poll::Ready(Err(io::Error::other(refusal)));
                }
                if !was_ready && this.watch.ready {
                    this.deadline = None;
                } else if this.awaiting && this.watch.answers > answers_before {
                    this.awaiting = false;
                    this.deadline = None;
                }
                // The deadline is for the whole login or answer, not for each silence: a server
                // that sends a byte now and then (an endless notice, rows that never end) is
                // still ended by it, and so is one that never lets the socket go quiet. An honest
                // server ends a statement within the statement timeout it was given.
                if this.deadline.as_ref().is_some_and(|sleep| sleep.is_elapsed()) {
                    return Poll::Ready(Err(this.timed_out()));
                }
            }
            Poll::Pending => {
                // Only a wait for the server counts: what it already sent is read first.
                if let Some(sleep) = &mut this.deadline {
                    if sleep.as_mut().poll(cx).is_ready() {
                        return Poll::Ready(Err(this.timed_out()));
                    }
                }
            }
            Poll::Ready(Err(_)) => {}
        }
        polled
    }
}

impl AsyncWrite for Guarded {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let polled = match &mut this.inner {
            Inner::Plain(s) => Pin::new(s).poll_write(cx, data),
            Inner::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, data),
        };
        if let Poll::Ready(Ok(n)) = &polled {
            if *n > 0 && this.watch.ready && !this.awaiting {
                this.awaiting = true;
                this.arm_reply(cx);
            }
        }
        polled
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match &mut self.get_mut().inner {
            Inner::Plain(s) => Pin::new(s).poll_flush(cx),
            Inner::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match &mut self.get_mut().inner {
            Inner::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Inner::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

impl TlsStream for Guarded {
    fn channel_binding(&self) -> ChannelBinding {
        match &self.inner {
            Inner::Plain(_) => ChannelBinding::none(),
            Inner::Tls(s) => s.channel_binding(),
        }
    }
}

/// Follows the server's messages (type byte, 4-byte length, body) as they stream past, without
/// holding them: only the header and the first four bytes of an authentication request.
struct Watch {
    policy: Policy,
    tls: bool,
    login_timeout: Duration,
    header: [u8; 5],
    header_len: usize,
    kind: u8,
    remaining: u64,
    auth: [u8; 4],
    auth_len: usize,
    /// The server has asked for a password (so a later "ok" is the end of that exchange).
    asked: bool,
    startup_bytes: usize,
    /// ReadyForQuery seen: the session is set up.
    ready: bool,
    /// ReadyForQuery messages seen: each ends the answer to one request.
    answers: u64,
}

impl Watch {
    fn new(policy: Policy, tls: bool, login_timeout: Duration) -> Watch {
        Watch {
            policy,
            tls,
            login_timeout,
            header: [0; 5],
            header_len: 0,
            kind: 0,
            remaining: 0,
            auth: [0; 4],
            auth_len: 0,
            asked: false,
            startup_bytes: 0,
            ready: false,
            answers: 0,
        }
    }

    fn feed(&mut self, mut data: &[u8]) -> Result<(), Refusal> {
        if !self.ready {
            self.startup_bytes += data.len();
            if self.startup_bytes > STARTUP_TOTAL_LIMIT {
                return Err(Refusal::TooLarge { kind: self.kind, bytes: self.startup_bytes as u64 });
            }
        }
        while !data.is_empty() {
            if self.header_len < 5 {
                let n = (5 - self.header_len).min(data.len());
                self.header[self.header_len..self.header_len + n].copy_from_slice(&data[..n]);
                self.header_len += n;
                data = &data[n..];
                if self.header_len == 5 {
                    self.start_message()?;
                }
                continue;
            }
            let n = (self.remaining.min(data.len() as u64)) as usize;
            if self.kind == b'R' && !self.ready && self.auth_len < 4 {
                let take = (4 - self.auth_len).min(n);
                self.auth[self.auth_len..self.auth_len + take].copy_from_slice(&data[..take]);
                self.auth_len += take;
                if self.auth_len == 4 {
                    self.check_auth(u32::from_be_bytes(self.auth))?;
                }
            }
            self.remaining -= n as u64;
            data = &data[n..];
            if self.remaining == 0 {
                self.end_message();
            }
        }
        Ok(())
    }

    fn start_message(&mut self) -> Result<(), Refusal> {
        self.kind = self.header[0];
        let length = u32::from_be_bytes([self.header[1], self.header[2], self.header[3], self.header[4]]);
        // The length is a signed 32-bit number in the protocol: from 2^31 up it is negative.
        if length < 4 || length > i32::MAX as u32 {
            return Err(Refusal::Malformed);
        }
        let body = length - 4;
        let limit = if !self.ready {
            STARTUP_MESSAGE_LIMIT
        } else if matches!(self.kind, b'E' | b'N' | b'S' | b'A') {
            NOTICE_LIMIT
        } else {
            MESSAGE_LIMIT
        };
        if body > limit {
            return Err(Refusal::TooLarge { kind: self.kind, bytes: u64::from(body) });
        }
        self.remaining = u64::from(body);
        self.auth_len = 0;
        if self.remaining == 0 {
            self.end_message();
        }
        Ok(())
    }

    fn end_message(&mut self) {
        if self.kind == b'Z' {
            self.ready = true;
            self.answers += 1;
        }
        self.header_len = 0;
    }

    /// An authentication request (`R` and its code) before the session is ready.
    fn check_auth(&mut self, code: u32) -> Result<(), Refusal> {
        let method = match code {
            // "Ok" that ends an exchange we already checked, or trust when nothing was asked.
            0 if self.asked => return Ok(()),
            0 => AuthMethod::None,
            3 => AuthMethod::Password,
            5 => AuthMethod::Md5,
            10 => AuthMethod::ScramSha256,
            // SASL continuation and final messages belong to the SCRAM exchange checked above;
            // other methods (Kerberos, GSS, SSPI) the driver refuses by itself.
            _ => return Ok(()),
        };
        self.asked = true;
        if self.policy.allows(method, self.tls) {
            return Ok(());
        }
        Err(Refusal::AuthRefused {
            method,
            tls: self.tls,
            checked: self.policy.checks_certificate(),
            required: self.policy.require_auth.clone(),
        })
    }
}

#[cfg(test)]
mod tests;
