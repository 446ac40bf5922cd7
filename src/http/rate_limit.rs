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
}

impl AddressLimiter {
    pub fn per_hour(uses: u32) -> Self {
        let n = NonZeroU32::new(uses).unwrap_or(NonZeroU32::MIN);
        AddressLimiter {
            limiter: RateLimiter::keyed(Quota::per_hour(n)),
        }
    }

    pub fn per_minute(uses: u32) -> Self {
        let n = NonZeroU32::new(uses).unwrap_or(NonZeroU32::MIN);
        AddressLimiter {
            limiter: RateLimiter::keyed(Quota::per_minute(n)),
        }
    }

    /// Counts one use; when over the limit, says how long to wait.
    pub fn check(&self, client: IpAddr) -> Result<(), Duration> {
        // Forget addresses whose allowance is full again, so memory stays bounded.
        if self.limiter.len() > 10_000 {
            self.limiter.retain_recent();
        }
        self.limiter
            .check_key(&client)
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

fn resolve(peer: IpAddr, forwarded_for: &[&str], trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    forwarded_for
        .iter()
        .flat_map(|h| h.split(','))
        .rev()
        .filter_map(|entry| entry.trim().parse::<IpAddr>().ok())
        .find(|ip| !trusted.contains(ip))
        .unwrap_or(peer)
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
}
