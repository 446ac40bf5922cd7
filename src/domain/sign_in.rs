//! Staff sign-in throttling: after a few wrong passwords each further attempt must wait longer,
//! and after many the account is locked for a while. Pure rules; the counters live in the
//! database so that they hold across restarts and instances.

use chrono::{DateTime, Duration, Utc};

/// Wrong passwords allowed before attempts are slowed down.
pub const FREE_ATTEMPTS: i32 = 3;
/// Wrong passwords in a row that lock the account.
pub const LOCK_AFTER: i32 = 10;
pub const LOCK_FOR: Duration = Duration::minutes(15);
/// Failures this old are forgotten: a count with no failure for a day starts again. (So the
/// counters of a name no account has can be deleted then, without the answers telling them
/// apart from an account's.)
pub const FORGET_AFTER: Duration = Duration::days(1);
const MAX_WAIT: Duration = Duration::seconds(60);

/// Whether a sign-in attempt may be checked now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    Open,
    /// Too soon after the last failure: try again after this long.
    Wait(Duration),
    /// Locked until then.
    Locked(DateTime<Utc>),
}

/// What reserving a sign-in attempt decided, before any password is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reserved {
    /// Counted; the password may be checked.
    Check,
    /// Counted, but too soon after the last failure: refused without checking.
    TooSoon,
    /// The account is locked: refused, not counted.
    Locked(DateTime<Utc>),
}

/// The account's sign-in counters as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Attempts {
    pub failures: i32,
    pub last_failure: Option<DateTime<Utc>>,
    pub locked_until: Option<DateTime<Utc>>,
}

impl Attempts {
    pub fn gate(&self, now: DateTime<Utc>) -> Gate {
        if let Some(until) = self.locked_until
            && until > now
        {
            return Gate::Locked(until);
        }
        if self.failures >= FREE_ATTEMPTS
            && self.failures < LOCK_AFTER
            && let Some(last) = self.last_failure
        {
            let wait = delay_after(self.failures);
            if now < last + wait {
                return Gate::Wait(last + wait - now);
            }
        }
        Gate::Open
    }

    /// Reserves one attempt at `now`: every attempt on an account that is not locked counts as
    /// a failure until its password proves right, so that attempts sent at once count one each.
    /// Returns the counters to store (none when nothing changes) and what the attempt may do.
    pub fn reserve(&self, now: DateTime<Utc>) -> (Option<Attempts>, Reserved) {
        match self.gate(now) {
            Gate::Locked(until) => (None, Reserved::Locked(until)),
            Gate::Wait(_) => (Some(self.after_failure(now)), Reserved::TooSoon),
            Gate::Open => (Some(self.after_failure(now)), Reserved::Check),
        }
    }

    /// The counters after one more wrong password at `now`.
    pub fn after_failure(&self, now: DateTime<Utc>) -> Attempts {
        // A lock that has run out, or a day without failures, starts a fresh count.
        let forgotten = self.last_failure.is_some_and(|at| at + FORGET_AFTER <= now);
        let previous = if forgotten || self.locked_until.is_some_and(|u| u <= now) {
            0
        } else {
            self.failures
        };
        let failures = previous + 1;
        Attempts {
            failures,
            last_failure: Some(now),
            locked_until: (failures >= LOCK_AFTER).then(|| now + LOCK_FOR),
        }
    }

    /// Whether this failure is the one that locks the account (worth a log line).
    pub fn just_locked(&self) -> bool {
        self.failures == LOCK_AFTER
    }
}

/// What a refused sign-in tells the person. It follows from the counters alone, and the
/// counters of an address or username that no account has are kept by the same rules, so that
/// the answer never tells whether an account exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Wrong; the next attempt must wait this long, if at all.
    Wrong { wait: Option<Duration> },
    /// Sent too soon after the last failure, so not checked (it may have been right): try again
    /// after this long.
    TooSoon(Duration),
    /// Locked until then, by this attempt or earlier ones.
    Locked(DateTime<Utc>),
}

impl Refusal {
    /// The answer to a refused attempt, from what reserving it decided and the counters as it
    /// left them.
    pub fn of(reserved: Reserved, after: &Attempts, now: DateTime<Utc>) -> Refusal {
        match (reserved, after.gate(now)) {
            (Reserved::Locked(until), _) | (_, Gate::Locked(until)) => Refusal::Locked(until),
            (Reserved::TooSoon, Gate::Wait(wait)) => Refusal::TooSoon(wait),
            (Reserved::TooSoon, Gate::Open) => Refusal::TooSoon(Duration::seconds(1)),
            (Reserved::Check, Gate::Wait(wait)) => Refusal::Wrong { wait: Some(wait) },
            (Reserved::Check, Gate::Open) => Refusal::Wrong { wait: None },
        }
    }

    /// Whole seconds to wait, rounded up, for a message.
    pub fn seconds(wait: Duration) -> i64 {
        (wait.num_milliseconds() + 999).div_euclid(1000).max(1)
    }
}

/// 1 s after the 3rd failure, then 2, 4, 8 … at most 60 s.
fn delay_after(failures: i32) -> Duration {
    let exponent = (failures - FREE_ATTEMPTS).clamp(0, 6) as u32;
    (Duration::seconds(1) * 2_i32.pow(exponent)).min(MAX_WAIT)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t0() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 9, 0, 0).unwrap()
    }

    #[test]
    fn the_first_failures_are_free_then_attempts_slow_down_then_lock() {
        let mut attempts = Attempts::default();
        let mut now = t0();
        for n in 1..=LOCK_AFTER {
            assert!(
                matches!(attempts.gate(now), Gate::Open),
                "attempt {n} is allowed"
            );
            attempts = attempts.after_failure(now);
            if (FREE_ATTEMPTS..LOCK_AFTER).contains(&n) {
                assert_eq!(
                    attempts.gate(now),
                    Gate::Wait(delay_after(n)),
                    "after failure {n}"
                );
                now += delay_after(n);
            } else if n < FREE_ATTEMPTS {
                assert_eq!(attempts.gate(now), Gate::Open, "after failure {n}");
            }
        }
        assert!(attempts.just_locked());
        assert_eq!(attempts.gate(now), Gate::Locked(now + LOCK_FOR));
        assert_eq!(
            attempts.gate(now + LOCK_FOR),
            Gate::Open,
            "the lock runs out"
        );
        let fresh = attempts.after_failure(now + LOCK_FOR);
        assert_eq!(fresh.failures, 1, "a new count starts after the lock");
    }

    #[test]
    fn every_attempt_on_an_unlocked_account_counts_even_when_too_soon() {
        let now = t0();
        let mut attempts = Attempts::default();
        let mut decisions = Vec::new();
        // Thirty attempts in the same instant, one after the other as the database serialises them.
        for _ in 0..30 {
            let (next, reserved) = attempts.reserve(now);
            decisions.push(reserved);
            if let Some(next) = next {
                attempts = next;
            }
        }
        assert_eq!(attempts.failures, LOCK_AFTER, "ten counted, then locked");
        assert_eq!(attempts.locked_until, Some(now + LOCK_FOR));
        let checked = decisions.iter().filter(|d| **d == Reserved::Check).count();
        assert_eq!(checked, FREE_ATTEMPTS as usize, "{decisions:?}");
        assert!(matches!(decisions[29], Reserved::Locked(_)));
        assert_eq!(
            attempts.reserve(now + LOCK_FOR),
            (
                Some(attempts.after_failure(now + LOCK_FOR)),
                Reserved::Check
            ),
            "the lock runs out"
        );
    }

    #[test]
    fn the_answer_follows_the_counters_alone() {
        let now = t0();
        let mut attempts = Attempts::default();
        let mut answers = Vec::new();
        // Wrong passwords one second apart, as a person retyping would send them.
        for n in 0..12 {
            let at = now + Duration::seconds(n);
            let (next, reserved) = attempts.reserve(at);
            if let Some(next) = next {
                attempts = next;
            }
            answers.push(Refusal::of(reserved, &attempts, at));
        }
        assert_eq!(answers[0], Refusal::Wrong { wait: None });
        assert_eq!(
            answers[2],
            Refusal::Wrong {
                wait: Some(Duration::seconds(1))
            },
            "the third failure says to wait"
        );
        assert_eq!(
            answers[4],
            Refusal::TooSoon(Duration::seconds(4)),
            "one second after the fourth failure, which asked for two: too soon, and longer now"
        );
        assert!(matches!(answers[11], Refusal::Locked(_)), "{answers:?}");
        assert_eq!(Refusal::seconds(Duration::milliseconds(1500)), 2);
        assert_eq!(Refusal::seconds(Duration::zero()), 1);
    }

    #[test]
    fn a_day_without_failures_starts_a_fresh_count() {
        let now = t0();
        let mut attempts = Attempts::default();
        for n in 0..5 {
            attempts = attempts.after_failure(now + Duration::minutes(n));
        }
        assert_eq!(
            attempts.after_failure(now + Duration::hours(23)).failures,
            6
        );
        let later = now + Duration::minutes(4) + FORGET_AFTER;
        assert_eq!(attempts.after_failure(later).failures, 1);
    }

    #[test]
    fn delays_double_and_are_capped() {
        let cases = [(3, 1), (4, 2), (5, 4), (8, 32), (9, 60)];
        for (failures, seconds) in cases {
            assert_eq!(
                delay_after(failures),
                Duration::seconds(seconds),
                "{failures}"
            );
        }
    }
}
