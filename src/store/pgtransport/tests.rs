use super::*;

fn watch(tls: bool, require_auth: Option<Vec<AuthMethod>>) -> Watch {
    let policy = Policy {
        sslmode: SslMode::Prefer,
        root_given: false,
        require_auth,
        login_timeout: Duration::from_secs(1),
        reply_timeout: None,
    };
    Watch::new(policy, tls, Duration::from_secs(1))
}

fn auth(code: u32) -> Vec<u8> {
    let mut m = vec![b'R', 0, 0, 0, 8];
    m.extend(code.to_be_bytes());
    m
}

#[test]
fn cleartext_and_md5_are_refused_without_tls_byte_by_byte() {
    for code in [3u32, 5] {
        let mut w = watch(false, None);
        let bytes = auth(code);
        let mut result = Ok(());
        for b in &bytes {
            result = result.and_then(|_| w.feed(std::slice::from_ref(b)));
        }
        assert!(matches!(result, Err(Refusal::AuthRefused { .. })), "{code}");
        // TLS whose certificate is not checked proves nothing about who reads the password.
        assert!(watch(true, None).feed(&auth(code)).is_err(), "{code} over unchecked TLS");
        let mut checked = watch(true, None);
        checked.policy.sslmode = SslMode::VerifyFull;
        assert!(checked.feed(&auth(code)).is_ok(), "{code} over verify-full");
        let mut rooted = watch(true, None);
        rooted.policy.root_given = true;
        assert!(rooted.feed(&auth(code)).is_ok(), "{code} over TLS checked against sslrootcert");
    }
    assert!(watch(false, None).feed(&auth(10)).is_ok(), "SCRAM is fine without TLS");
    assert!(watch(false, Some(vec![AuthMethod::Password])).feed(&auth(3)).is_ok(), "opted in");
    assert!(watch(true, Some(vec![AuthMethod::ScramSha256])).feed(&auth(5)).is_err(), "require_auth binds");
    assert!(watch(true, Some(vec![AuthMethod::ScramSha256])).feed(&auth(0)).is_err(), "trust is not SCRAM");
}

#[test]
fn messages_are_bounded_and_ready_is_seen() {
    let mut w = watch(false, None);
    assert!(matches!(w.feed(&[b'S', 0x7f, 0xff, 0xff, 0xff]), Err(Refusal::TooLarge { .. })));
    let mut w = watch(false, None);
    assert_eq!(w.feed(&[b'E', 0, 0, 0, 2]), Err(Refusal::Malformed));
    let mut w = watch(false, None);
    let mut stream = auth(0);
    stream.extend([b'S', 0, 0, 0, 6, b'a', 0, b'Z', 0, 0, 0, 5, b'I']);
    w.feed(&stream).unwrap();
    assert!(w.ready);
    // After login, a big data row is fine, up to its bound; an endless error is not.
    w.feed(&[b'D', 0x10, 0, 0, 0]).unwrap();
    let mut big = watch(false, None);
    big.feed(&[b'Z', 0, 0, 0, 5, b'I']).unwrap();
    let mut head = vec![b'D'];
    head.extend((MESSAGE_LIMIT + 4).to_be_bytes());
    big.feed(&head).unwrap();
    let mut over = watch(false, None);
    over.feed(&[b'Z', 0, 0, 0, 5, b'I']).unwrap();
    let mut head = vec![b'T'];
    head.extend((MESSAGE_LIMIT + 5).to_be_bytes());
    assert!(matches!(over.feed(&head), Err(Refusal::TooLarge { kind: b'T', .. })));
    let mut w2 = watch(false, None);
    w2.feed(&[b'Z', 0, 0, 0, 5, b'I']).unwrap();
    assert!(w2.feed(&[b'E', 0x7f, 0xff, 0xff, 0xff]).is_err());
    let mut w3 = watch(false, None);
    w3.feed(&[b'Z', 0, 0, 0, 5, b'I']).unwrap();
    assert!(matches!(w3.feed(&[b'A', 0x7f, 0xff, 0xff, 0xff]), Err(Refusal::TooLarge { .. })));
    let mut w4 = watch(false, None);
    w4.feed(&[b'Z', 0, 0, 0, 5, b'I']).unwrap();
    assert_eq!(w4.feed(&[b'D', 0x80, 0, 0, 0]), Err(Refusal::Malformed), "a negative length");
}
