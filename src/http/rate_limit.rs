//! Limits how often one client address may use a form (GCRA from `governor`): request
//! submissions per hour, staff sign-ins and security codes per minute, so that nobody drives the
//! unauthenticated forms that hash as fast as they like. The limit is per process; the code
//! lock-outs that must hold across instances live in the database.

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

pub struct AddressLimiter {
    limiter: DefaultKeyedRateLimiter<IpAddr>,
    checks: std::sync::atomic::AtomicU64,
}

impl AddressLimiter {
    pub fn per_hour(uses: u32) -> Self {
        let n = NonZeroU32::new(uses).unwrap_or(NonZeroU32::MIN);
        AddressLimiter {
            limiter: RateLimiter::keyed(Quota::per_hour(n)),
            checks: Default::default(),
        }
    }

    pub fn per_minute(uses: u32) -> Self {
        let n = NonZeroU32::new(uses).unwrap_or(NonZeroU32::MIN);
        AddressLimiter {
            limiter: RateLimiter::keyed(Quota::per_minute(n)),
            checks: Default::default(),
        }
    }

    /// Counts one use; when over the limit, says how long to wait.
    pub fn check(&self, client: IpAddr) -> Result<(), Duration> {
        // Now and then, forget addresses whose allowance is full again, so memory stays bounded
        // without scanning the whole table at every check.
        let checks = self
            .checks
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if checks.is_multiple_of(1024) && self.limiter.len() > 10_000 {
            self.limiter.retain_recent();
        }
        self.limiter
            .check_key(&bucket(client))
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }
}

/// The client's address: the connecting one, unless that is a trusted proxy, in which case the
/// right-most `X-Forwarded-For` entry that is not itself a trusted proxy (entries further left
/// are written by the client and cannot be believed).
pub fn client_address(req: &actix_web::HttpRequest, trusted: &[IpAddr]) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    let forwarded: Vec<&str> = req
        .headers()
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .collect();
    Some(resolve(peer, &forwarded, trusted))
}

/// Who is counted for an address: an IPv6 client by its /64 (one household or host gets a whole
/// /64 and can pick any address in it), an IPv4-mapped address as the IPv4 one.
fn bucket(client: IpAddr) -> IpAddr {
    match client.to_canonical() {
        IpAddr::V6(v6) => {
            let mut segments = v6.segments();
            segments[4..].fill(0);
            IpAddr::V6(std::net::Ipv6Addr::from(segments))
        }
        v4 => v4,
    }
}

fn resolve(peer: IpAddr, forwarded_for: &[&str], trusted: &[IpAddr]) -> IpAddr {
    let trusted_hop = |ip: &IpAddr| {
        trusted
            .iter()
            .any(|t| t.to_canonical() == ip.to_canonical())
    };
    if !trusted_hop(&peer) {
        return peer;
    }
    // From the right: our proxies' own entries, then the client as the last proxy saw it. An
    // entry that is not an address ends the walk: what lies left of it cannot be believed.
    for entry in forwarded_for.iter().flat_map(|h| h.split(',')).rev() {
        match entry.trim().parse::<IpAddr>() {
            Ok(ip) if trusted_hop(&ip) => continue,
            Ok(ip) => return ip,
            Err(_) => return peer,
        }
    }
    peer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forwarded_addresses_are_believed_only_from_trusted_proxies() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let proxy = ip("10.0.0.1");
        // (case, connecting address, X-Forwarded-For headers, trusted proxies, client)
        type Case<'a> = (&'a str, IpAddr, &'a [&'a str], &'a [IpAddr], IpAddr);
        let cases: &[Case] = &[
            (
                "no proxy configured",
                ip("203.0.113.9"),
                &["198.51.100.1"],
                &[],
                ip("203.0.113.9"),
            ),
            (
                "through the proxy",
                proxy,
                &["198.51.100.7"],
                &[proxy],
                ip("198.51.100.7"),
            ),
            (
                "client forged a left entry",
                proxy,
                &["1.2.3.4, 198.51.100.7"],
                &[proxy],
                ip("198.51.100.7"),
            ),
            (
                "two proxies",
                proxy,
                &["198.51.100.7, 10.0.0.2"],
                &[proxy, ip("10.0.0.2")],
                ip("198.51.100.7"),
            ),
            ("proxy sent no header", proxy, &[], &[proxy], proxy),
            ("garbage header", proxy, &["nonsense"], &[proxy], proxy),
            (
                "a forged entry left of one that is not an address",
                proxy,
                &["1.2.3.4, unknown"],
                &[proxy],
                proxy,
            ),
            (
                "a proxy seen as an IPv4-mapped address",
                ip("::ffff:10.0.0.1"),
                &["198.51.100.7"],
                &[proxy],
                ip("198.51.100.7"),
            ),
        ];
        for (name, peer, header, trusted, expected) in cases {
            assert_eq!(resolve(*peer, header, trusted), *expected, "{name}");
        }
    }

    #[test]
    fn the_limit_is_per_address() {
        let limiter = AddressLimiter::per_hour(2);
        let a: IpAddr = "127.0.0.1".parse().unwrap();
        let b: IpAddr = "127.0.0.2".parse().unwrap();
        assert!(limiter.check(a).is_ok());
        assert!(limiter.check(a).is_ok());
        let wait = limiter.check(a).unwrap_err();
        assert!(wait > Duration::from_secs(60), "{wait:?}");
        assert!(limiter.check(b).is_ok(), "another address is not limited");
    }

    #[test]
    fn an_ipv6_client_is_counted_by_its_64() {
        let limiter = AddressLimiter::per_hour(2);
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert!(limiter.check(ip("2001:db8:1:2::1")).is_ok());
        assert!(limiter.check(ip("2001:db8:1:2::ffff:1")).is_ok());
        assert!(
            limiter.check(ip("2001:db8:1:2:abcd::9")).is_err(),
            "the same /64"
        );
        assert!(limiter.check(ip("2001:db8:1:3::1")).is_ok(), "another /64");
        assert!(limiter.check(ip("::ffff:192.0.2.1")).is_ok());
        assert!(limiter.check(ip("192.0.2.1")).is_ok());
        assert!(
            limiter.check(ip("192.0.2.1")).is_err(),
            "mapped and plain IPv4 are one client"
        );
    }
}
