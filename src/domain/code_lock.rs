//! Wrong security codes on the appointment page: at most five per request within a sliding
//! window of 15 minutes; the fifth locks the request's page for 15 minutes and the applicant is
//! told by email that someone tried.

use chrono::{DateTime, Duration, Utc};

pub const MAX_WRONG: u64 = 5;

pub fn window() -> Duration {
    Duration::minutes(15)
}

pub fn lock_for() -> Duration {
    Duration::minutes(15)
}

/// Whether the page is locked at `now`.
pub fn is_locked(locked_until: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    locked_until.is_some_and(|until| until > now)
}

/// Whether this many wrong codes inside the window lock the page.
pub fn locks(wrong_in_window: u64) -> bool {
    wrong_in_window >= MAX_WRONG
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fifth_wrong_code_locks_for_a_quarter_of_an_hour() {
        let now = Utc::now();
        assert!(!locks(4));
        assert!(locks(5));
        assert!(is_locked(Some(now + lock_for()), now));
        assert!(!is_locked(Some(now + lock_for()), now + lock_for()));
        assert!(!is_locked(None, now));
    }
}
