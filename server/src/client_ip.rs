//! The client's address, for rate limits. Behind a TLS proxy every connection comes from the
//! proxy, so all clients would share one bucket and one person could block everyone's logins.
//! Only from peers inside a `--trusted-proxy` network is the address taken from the
//! `Forwarded` (RFC 7239) or `X-Forwarded-For` header: the rightmost entry that is not itself
//! a trusted proxy (entries further left are whatever the client wrote). From any other peer
//! the headers are ignored, so nobody can pick their own bucket by sending one. The same
//! proxies say whether the client came over TLS ([`OverTls`], for HSTS).

use axum::extract::{ConnectInfo, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::str::FromStr;
use std::sync::Arc;

/// The address requests are counted under, put into each request's extensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

/// Whether the client reached the deployment over TLS, put into each request's extensions.
/// The server itself speaks plain HTTP, so only a trusted proxy can say so (`Forwarded:
/// proto=https` or `X-Forwarded-Proto: https`); from anyone else the headers mean nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverTls(pub bool);

/// A network in CIDR notation (`10.0.0.0/8`, `::1/128`; a bare address is the one address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl Cidr {
    /// Whether `addr` lies in this network (an IPv4-mapped IPv6 address counts as IPv4).
    #[must_use]
    pub fn contains(&self, addr: IpAddr) -> bool {
        match (self.network, canonical(addr)) {
            (IpAddr::V4(net), IpAddr::V4(a)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                net.to_bits() & mask == a.to_bits() & mask
            }
            (IpAddr::V6(net), IpAddr::V6(a)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                net.to_bits() & mask == a.to_bits() & mask
            }
            _ => false,
        }
    }
}

impl FromStr for Cidr {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (addr, prefix) = match text.split_once('/') {
            Some((addr, prefix)) => (addr, Some(prefix)),
            None => (text, None),
        };
        let network =
            canonical(addr.trim().parse::<IpAddr>().map_err(|_| {
                format!("{text:?} is not an address or network such as 10.0.0.0/8")
            })?);
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => max,
            Some(p) => p
                .trim()
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= max)
                .ok_or_else(|| format!("the prefix length in {text:?} must be 0 to {max}"))?,
        };
        Ok(Self { network, prefix })
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
    }
}

/// IPv4-mapped IPv6 (`::ffff:192.0.2.1`) as plain IPv4.
fn canonical(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(addr, IpAddr::V4),
        IpAddr::V4(_) => addr,
    }
}

/// The client behind `peer`: `peer` itself unless it is a trusted proxy, then the rightmost
/// forwarded address that is not a trusted proxy (or the leftmost, when all are).
#[must_use]
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[Cidr]) -> IpAddr {
    let peer = canonical(peer);
    let is_trusted = |addr: IpAddr| trusted.iter().any(|net| net.contains(addr));
    if !is_trusted(peer) {
        return peer;
    }
    let chain = forwarded_chain(headers);
    let mut client = peer;
    for addr in chain.into_iter().rev() {
        client = addr;
        if !is_trusted(addr) {
            break;
        }
    }
    client
}

/// Whether the nearest proxy says the client came over TLS: the last `proto` of `Forwarded`,
/// else the last entry of `X-Forwarded-Proto`.
fn forwarded_tls(headers: &HeaderMap) -> bool {
    let last = |name: &str, pick: fn(&str) -> Option<&str>| {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(pick)
            .next_back()
            .map(|proto| proto.trim().trim_matches('"').eq_ignore_ascii_case("https"))
    };
    last("forwarded", |element| {
        element
            .split(';')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| key.trim().eq_ignore_ascii_case("proto"))
            .map(|(_, value)| value)
    })
    .or_else(|| last("x-forwarded-proto", |entry| Some(entry)))
    .unwrap_or(false)
}

/// The forwarded addresses in the order written (the original client leftmost). `Forwarded` wins
/// over `X-Forwarded-For` when both are there; an entry that is not an address (`unknown`, an
/// obfuscated name) ends the chain at that point, since nothing left of it can be trusted.
fn forwarded_chain(headers: &HeaderMap) -> Vec<IpAddr> {
    let forwarded: Vec<&str> = headers
        .get_all("forwarded")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    let entries: Vec<Option<IpAddr>> = if forwarded.is_empty() {
        headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|entry| parse_node(entry.trim()))
            .collect()
    } else {
        forwarded
            .iter()
            .flat_map(|v| v.split(','))
            .map(|element| {
                element
                    .split(';')
                    .filter_map(|pair| pair.split_once('='))
                    .find(|(key, _)| key.trim().eq_ignore_ascii_case("for"))
                    .and_then(|(_, value)| parse_node(value.trim().trim_matches('"')))
            })
            .collect()
    };
    // Keep only the part right of the last entry that could not be read.
    let start = entries
        .iter()
        .rposition(Option::is_none)
        .map_or(0, |at| at + 1);
    entries[start..].iter().flatten().copied().collect()
}

/// `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]` or `[2001:db8::1]:4711`.
fn parse_node(node: &str) -> Option<IpAddr> {
    if let Ok(addr) = node.parse::<IpAddr>() {
        return Some(canonical(addr));
    }
    if let Ok(addr) = node.parse::<SocketAddr>() {
        return Some(canonical(addr.ip()));
    }
    let inner = node.strip_prefix('[')?.split(']').next()?;
    inner.parse::<IpAddr>().ok().map(canonical)
}

/// Middleware: puts the request's [`ClientIp`] into its extensions. Without connection info
/// (tests driving the router directly) it is 0.0.0.0, one shared address.
pub async fn resolve(
    State(trusted): State<Arc<[Cidr]>>,
    mut request: Request,
    next: Next,
) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip());
    let client = client_ip(peer, request.headers(), &trusted);
    let proxied = trusted.iter().any(|net| net.contains(canonical(peer)));
    let tls = proxied && forwarded_tls(request.headers());
    request.extensions_mut().insert(ClientIp(client));
    request.extensions_mut().insert(OverTls(tls));
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    fn proxies() -> Vec<Cidr> {
        vec!["10.0.0.0/8".parse().unwrap(), "::1".parse().unwrap()]
    }

    #[test]
    fn tls_is_what_the_nearest_proxy_says() {
        assert!(forwarded_tls(&headers(&[(
            "forwarded",
            "for=1.2.3.4;proto=https"
        )])));
        assert!(forwarded_tls(&headers(&[(
            "forwarded",
            "for=1.2.3.4;Proto=HTTPS"
        )])));
        assert!(!forwarded_tls(&headers(&[(
            "forwarded",
            "proto=https, for=10.0.0.2;proto=http"
        )])));
        assert!(forwarded_tls(&headers(&[("x-forwarded-proto", "https")])));
        assert!(!forwarded_tls(&headers(&[(
            "x-forwarded-proto",
            "https, http"
        )])));
        assert!(!forwarded_tls(&headers(&[])));
        // `Forwarded` wins, as for the addresses.
        assert!(!forwarded_tls(&headers(&[
            ("forwarded", "for=1.2.3.4;proto=http"),
            ("x-forwarded-proto", "https"),
        ])));
    }

    #[test]
    fn networks_parse_and_contain() {
        let net: Cidr = "192.168.0.0/16".parse().unwrap();
        assert!(net.contains(ip("192.168.44.1")));
        assert!(!net.contains(ip("192.169.0.1")));
        assert!(net.contains(ip("::ffff:192.168.1.1")), "mapped IPv4");
        let v6: Cidr = "2001:db8::/32".parse().unwrap();
        assert!(v6.contains(ip("2001:db8:ffff::1")));
        assert!(!v6.contains(ip("2001:db9::1")));
        assert!(!v6.contains(ip("192.168.1.1")));
        let everything: Cidr = "0.0.0.0/0".parse().unwrap();
        assert!(everything.contains(ip("8.8.8.8")));
        assert_eq!("::1".parse::<Cidr>().unwrap().to_string(), "::1/128");
        for bad in [
            "",
            "10.0.0.0/33",
            "::/129",
            "10.0.0/8",
            "proxy",
            "10.0.0.0/-1",
        ] {
            assert!(bad.parse::<Cidr>().is_err(), "{bad}");
        }
    }

    #[test]
    fn an_untrusted_peer_cannot_choose_its_address() {
        let sent = headers(&[
            ("x-forwarded-for", "203.0.113.9"),
            ("forwarded", "for=203.0.113.9"),
        ]);
        assert_eq!(
            client_ip(ip("198.51.100.7"), &sent, &proxies()),
            ip("198.51.100.7")
        );
        assert_eq!(
            client_ip(ip("198.51.100.7"), &sent, &[]),
            ip("198.51.100.7")
        );
    }

    #[test]
    fn a_trusted_proxy_gives_the_rightmost_untrusted_address() {
        // The client wrote a fake first entry; the proxy appended the real one.
        let sent = headers(&[("x-forwarded-for", "1.2.3.4, 198.51.100.7")]);
        assert_eq!(
            client_ip(ip("10.1.1.1"), &sent, &proxies()),
            ip("198.51.100.7")
        );
        // Two proxies in a row.
        let sent = headers(&[("x-forwarded-for", "198.51.100.7, 10.2.2.2")]);
        assert_eq!(
            client_ip(ip("10.1.1.1"), &sent, &proxies()),
            ip("198.51.100.7")
        );
        // Several header lines are one list.
        let sent = headers(&[
            ("x-forwarded-for", "1.2.3.4"),
            ("x-forwarded-for", "198.51.100.8"),
        ]);
        assert_eq!(client_ip(ip("::1"), &sent, &proxies()), ip("198.51.100.8"));
        // No header: the proxy itself.
        assert_eq!(
            client_ip(ip("10.1.1.1"), &HeaderMap::new(), &proxies()),
            ip("10.1.1.1")
        );
    }

    #[test]
    fn forwarded_wins_and_is_read_with_ports_and_brackets() {
        let sent = headers(&[
            (
                "forwarded",
                "for=1.2.3.4, for=\"[2001:db8::7]:4711\";proto=https",
            ),
            ("x-forwarded-for", "198.51.100.9"),
        ]);
        assert_eq!(
            client_ip(ip("10.0.0.2"), &sent, &proxies()),
            ip("2001:db8::7")
        );
        let sent = headers(&[("forwarded", "proto=https;For=192.0.2.60:8080")]);
        assert_eq!(
            client_ip(ip("10.0.0.2"), &sent, &proxies()),
            ip("192.0.2.60")
        );
    }

    #[test]
    fn an_unreadable_entry_ends_the_chain() {
        // Left of "unknown" nothing is trusted; right of it is the real client.
        let sent = headers(&[("x-forwarded-for", "1.2.3.4, unknown, 198.51.100.7")]);
        assert_eq!(
            client_ip(ip("10.0.0.2"), &sent, &proxies()),
            ip("198.51.100.7")
        );
        // Garbage as the last entry: the proxy's own address, not the client's pick.
        let sent = headers(&[("x-forwarded-for", "1.2.3.4, garbage")]);
        assert_eq!(client_ip(ip("10.0.0.2"), &sent, &proxies()), ip("10.0.0.2"));
    }
}
