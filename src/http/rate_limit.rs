//! Limits how many requests one client address may submit per hour (GCRA from `governor`).
//! The limit is per process; the code lock-outs that must hold across instances live in the
//! database.

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

pub struct SubmissionLimiter {
    limiter: DefaultKeyedRateLimiter<IpAddr>,
}

impl SubmissionLimiter {
    pub fn per_hour(submissions: u32) -> Self {
        let n = NonZeroU32::new(submissions).unwrap_or(NonZeroU32::MIN);
        SubmissionLimiter {
            limiter: RateLimiter::keyed(Quota::per_hour(n)),
        }
    }

    /// Counts one submission; when over the limit, says how long to wait.
    pub fn check(&self, client: IpAddr) -> Result<(), Duration> {
        self.limiter
            .check_key(&client)
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_is_per_address() {
        let limiter = SubmissionLimiter::per_hour(2);
        let a: IpAddr = "127.0.0.1".parse().unwrap();
        let b: IpAddr = "127.0.0.2".parse().unwrap();
        assert!(limiter.check(a).is_ok());
        assert!(limiter.check(a).is_ok());
        let wait = limiter.check(a).unwrap_err();
        assert!(wait > Duration::from_secs(60), "{wait:?}");
        assert!(limiter.check(b).is_ok(), "another address is not limited");
    }
}
