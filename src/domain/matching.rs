//! "Propose for all": give as many open requests as possible a free slot inside one of their
//! preferred windows, spreading the load across interviewers and favouring older requests.
//!
//! Free slots of one interviewer inside one preferred window are interchangeable, so they are
//! grouped into *buckets* with a capacity (how many such slots are free). The problem is then a
//! bipartite b-matching: each request takes at most one place, each bucket at most its capacity.
//!
//! 1. A greedy pass, oldest request first, puts each request in the acceptable bucket whose
//!    interviewer has the lightest load so far (earliest bucket on ties).
//! 2. Hopcroft–Karp phases then add augmenting paths until none is left, which makes the number
//!    placed maximal. An augmenting path only moves already placed requests to other buckets;
//!    it never removes one, so the older requests placed by the greedy pass stay placed.

use super::language::InterviewLanguage;
use super::slot::PreferredSlot;
use std::collections::HashMap;

const NONE: u32 = u32::MAX;
const INF: u32 = u32::MAX;

/// The input: for each request (oldest first), the buckets it accepts; for each bucket, its
/// capacity and its interviewer.
#[derive(Debug, Clone, Default)]
pub struct MatchingProblem {
    pub accepts: Vec<Vec<u32>>,
    pub capacity: Vec<u32>,
    pub interviewer: Vec<u32>,
    pub interviewers: usize,
}

/// For each request, the bucket it was placed in, if any.
pub type Assignment = Vec<Option<u32>>;

/// An open request as the matching sees it.
#[derive(Debug, Clone)]
pub struct OpenRequest {
    pub preferred: Vec<PreferredSlot>,
    pub language: InterviewLanguage,
}

/// One free interview slot of an interviewer, by the preferred window it falls in.
#[derive(Debug, Clone, Copy)]
pub struct FreeSlot {
    pub interviewer: u32,
    pub window: PreferredSlot,
}

/// Groups free slots into buckets (interviewer × window) and links each request (oldest first)
/// to the buckets of interviewers who speak its language in its preferred windows. Returns the
/// problem and, for each bucket, its interviewer and window.
pub fn build_problem(
    requests: &[OpenRequest],
    interviewer_languages: &[Vec<InterviewLanguage>],
    free_slots: &[FreeSlot],
) -> (MatchingProblem, Vec<(u32, PreferredSlot)>) {
    let mut index: HashMap<(u32, PreferredSlot), u32> = HashMap::new();
    let mut buckets: Vec<(u32, PreferredSlot)> = Vec::new();
    let mut capacity: Vec<u32> = Vec::new();
    for slot in free_slots {
        let id = *index
            .entry((slot.interviewer, slot.window))
            .or_insert_with(|| {
                buckets.push((slot.interviewer, slot.window));
                capacity.push(0);
                (buckets.len() - 1) as u32
            });
        capacity[id as usize] += 1;
    }
    let mut by_window: HashMap<PreferredSlot, Vec<u32>> = HashMap::new();
    for (id, (_, window)) in buckets.iter().enumerate() {
        by_window.entry(*window).or_default().push(id as u32);
    }
    let accepts = requests
        .iter()
        .map(|request| {
            request
                .preferred
                .iter()
                .flat_map(|window| by_window.get(window).into_iter().flatten())
                .copied()
                .filter(|&b| {
                    let interviewer = buckets[b as usize].0 as usize;
                    interviewer_languages
                        .get(interviewer)
                        .is_some_and(|langs| langs.contains(&request.language))
                })
                .collect()
        })
        .collect();
    let problem = MatchingProblem {
        accepts,
        capacity,
        interviewer: buckets.iter().map(|(i, _)| *i).collect(),
        interviewers: interviewer_languages.len(),
    };
    (problem, buckets)
}

struct State<'a> {
    problem: &'a MatchingProblem,
    bucket_of: Vec<u32>,
    members: Vec<Vec<u32>>,
    dist: Vec<u32>,
    next_edge: Vec<usize>,
}

impl State<'_> {
    fn has_room(&self, bucket: u32) -> bool {
        (self.members[bucket as usize].len() as u32) < self.problem.capacity[bucket as usize]
    }

    /// Layers requests by alternating-path distance from the unplaced ones; says whether a
    /// bucket with room is reachable at all.
    fn bfs(&mut self) -> bool {
        let mut queue = std::collections::VecDeque::new();
        for (r, &b) in self.bucket_of.iter().enumerate() {
            if b == NONE {
                self.dist[r] = 0;
                queue.push_back(r as u32);
            } else {
                self.dist[r] = INF;
            }
        }
        let mut found = false;
        while let Some(r) = queue.pop_front() {
            let d = self.dist[r as usize];
            for &b in &self.problem.accepts[r as usize] {
                if self.has_room(b) {
                    found = true;
                    continue;
                }
                for &other in &self.members[b as usize] {
                    if self.dist[other as usize] == INF {
                        self.dist[other as usize] = d + 1;
                        queue.push_back(other);
                    }
                }
            }
        }
        found
    }

    /// Finds `r` a place along the layered graph; on success `r` is in a new bucket (and the
    /// caller puts its own request where `r` was).
    fn dfs(&mut self, r: u32) -> bool {
        let d = self.dist[r as usize];
        while self.next_edge[r as usize] < self.problem.accepts[r as usize].len() {
            let b = self.problem.accepts[r as usize][self.next_edge[r as usize]];
            self.next_edge[r as usize] += 1;
            if b == self.bucket_of[r as usize] {
                continue;
            }
            if self.has_room(b) {
                self.move_into(r, b);
                return true;
            }
            let candidates: Vec<u32> = self.members[b as usize]
                .iter()
                .copied()
                .filter(|&o| d != INF && self.dist[o as usize] == d + 1)
                .collect();
            for other in candidates {
                if self.dfs(other) {
                    self.move_into(r, b);
                    return true;
                }
            }
        }
        self.dist[r as usize] = INF;
        false
    }

    /// Moves `r` into bucket `b`. Along an augmenting path the request that was displaced from
    /// `b` has already moved on, so `b` keeps its count; `r`'s old place is taken by its caller.
    fn move_into(&mut self, r: u32, b: u32) {
        let old = self.bucket_of[r as usize];
        if old != NONE
            && let Some(pos) = self.members[old as usize].iter().position(|&m| m == r)
        {
            self.members[old as usize].swap_remove(pos);
        }
        self.members[b as usize].push(r);
        self.bucket_of[r as usize] = b;
    }
}

/// Places requests in buckets: maximum number placed, load spread, older requests first.
pub fn propose_all(problem: &MatchingProblem) -> Assignment {
    let requests = problem.accepts.len();
    let mut state = State {
        problem,
        bucket_of: vec![NONE; requests],
        members: vec![Vec::new(); problem.capacity.len()],
        dist: vec![INF; requests],
        next_edge: vec![0; requests],
    };

    // 1. Greedy, oldest first, lightest-loaded interviewer first.
    let mut load = vec![0u32; problem.interviewers];
    for r in 0..requests {
        let best = problem.accepts[r]
            .iter()
            .copied()
            .filter(|&b| state.has_room(b))
            .min_by_key(|&b| (load[problem.interviewer[b as usize] as usize], b));
        if let Some(b) = best {
            state.move_into(r as u32, b);
            load[problem.interviewer[b as usize] as usize] += 1;
        }
    }

    // 2. Augmenting paths until the matching is maximum.
    while state.bfs() {
        state.next_edge.iter_mut().for_each(|e| *e = 0);
        let mut augmented = false;
        for r in 0..requests as u32 {
            if state.bucket_of[r as usize] == NONE && state.dfs(r) {
                augmented = true;
            }
        }
        if !augmented {
            break;
        }
    }

    state
        .bucket_of
        .into_iter()
        .map(|b| (b != NONE).then_some(b))
        .collect()
}

/// The largest number of requests that can be placed, by a plain augmenting-path search over
/// single slots (each bucket expanded into its capacity). Slow but obviously right: used to
/// check `propose_all` in tests and in the benchmark.
pub fn maximum_placeable(problem: &MatchingProblem) -> usize {
    // slot ids: bucket b owns slots first_slot[b] .. first_slot[b] + capacity[b]
    let mut first_slot = Vec::with_capacity(problem.capacity.len());
    let mut total = 0usize;
    for &c in &problem.capacity {
        first_slot.push(total);
        total += c as usize;
    }
    let mut owner = vec![usize::MAX; total];
    let mut placed = 0;
    for r in 0..problem.accepts.len() {
        let mut seen = vec![false; total];
        if augment(problem, &first_slot, r, &mut owner, &mut seen) {
            placed += 1;
        }
    }
    placed
}

fn augment(
    problem: &MatchingProblem,
    first_slot: &[usize],
    r: usize,
    owner: &mut [usize],
    seen: &mut [bool],
) -> bool {
    for &b in &problem.accepts[r] {
        let start = first_slot[b as usize];
        for slot in start..start + problem.capacity[b as usize] as usize {
            if seen[slot] {
                continue;
            }
            seen[slot] = true;
            if owner[slot] == usize::MAX || augment(problem, first_slot, owner[slot], owner, seen) {
                owner[slot] = r;
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check_valid(problem: &MatchingProblem, assignment: &Assignment) {
        let mut used = vec![0u32; problem.capacity.len()];
        for (r, b) in assignment.iter().enumerate() {
            if let Some(b) = b {
                assert!(
                    problem.accepts[r].contains(b),
                    "request {r} placed in a bucket it does not accept"
                );
                used[*b as usize] += 1;
            }
        }
        for (b, &u) in used.iter().enumerate() {
            assert!(u <= problem.capacity[b], "bucket {b} over capacity");
        }
    }

    #[test]
    fn greedy_first_fit_would_lose_a_request_but_matching_does_not() {
        // Request 0 accepts both buckets, request 1 only bucket 0. First fit puts 0 in bucket 0.
        let problem = MatchingProblem {
            accepts: vec![vec![0, 1], vec![0]],
            capacity: vec![1, 1],
            interviewer: vec![0, 1],
            interviewers: 2,
        };
        let assignment = propose_all(&problem);
        assert_eq!(assignment, vec![Some(1), Some(0)]);
    }

    #[test]
    fn load_is_spread_across_interviewers() {
        let problem = MatchingProblem {
            accepts: vec![vec![0, 1]; 4],
            capacity: vec![4, 4],
            interviewer: vec![0, 1],
            interviewers: 2,
        };
        let assignment = propose_all(&problem);
        let on_first = assignment.iter().filter(|b| **b == Some(0)).count();
        assert_eq!(on_first, 2, "{assignment:?}");
    }

    #[test]
    fn older_requests_win_when_not_everyone_fits() {
        let problem = MatchingProblem {
            accepts: vec![vec![0]; 3],
            capacity: vec![2],
            interviewer: vec![0],
            interviewers: 1,
        };
        assert_eq!(propose_all(&problem), vec![Some(0), Some(0), None]);
    }

    #[test]
    fn only_interviewers_speaking_the_language_in_a_preferred_window_are_offered() {
        use crate::domain::slot::DayPart;
        use chrono::NaiveDate;
        let day = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let am = PreferredSlot {
            date: day,
            part: DayPart::Morning,
        };
        let pm = PreferredSlot {
            date: day,
            part: DayPart::Afternoon,
        };
        let languages = vec![
            vec![InterviewLanguage::Fr],
            vec![InterviewLanguage::Nl, InterviewLanguage::En],
        ];
        let free = [
            FreeSlot {
                interviewer: 0,
                window: am,
            },
            FreeSlot {
                interviewer: 1,
                window: am,
            },
            FreeSlot {
                interviewer: 1,
                window: am,
            },
            FreeSlot {
                interviewer: 1,
                window: pm,
            },
        ];
        let requests = [
            OpenRequest {
                preferred: vec![am],
                language: InterviewLanguage::Nl,
            },
            OpenRequest {
                preferred: vec![pm],
                language: InterviewLanguage::Fr,
            },
        ];
        let (problem, buckets) = build_problem(&requests, &languages, &free);
        assert_eq!(buckets.len(), 3);
        assert_eq!(problem.capacity, vec![1, 2, 1]);
        assert_eq!(
            problem.accepts[0],
            vec![1],
            "Dutch, morning: interviewer 1's morning"
        );
        assert!(
            problem.accepts[1].is_empty(),
            "nobody speaks French in the afternoon"
        );
        assert_eq!(propose_all(&problem), vec![Some(1), None]);
    }

    fn problems() -> impl Strategy<Value = MatchingProblem> {
        (1usize..12, 1usize..4).prop_flat_map(|(buckets, interviewers)| {
            (
                prop::collection::vec(prop::collection::vec(0..buckets as u32, 0..4), 0..25),
                prop::collection::vec(0u32..3, buckets),
                prop::collection::vec(0..interviewers as u32, buckets),
            )
                .prop_map(move |(mut accepts, capacity, interviewer)| {
                    for a in &mut accepts {
                        a.sort_unstable();
                        a.dedup();
                    }
                    MatchingProblem {
                        accepts,
                        capacity,
                        interviewer,
                        interviewers,
                    }
                })
        })
    }

    proptest! {
        #[test]
        fn places_as_many_as_an_independent_augmenting_path_search(problem in problems()) {
            let assignment = propose_all(&problem);
            check_valid(&problem, &assignment);
            let placed = assignment.iter().filter(|b| b.is_some()).count();
            prop_assert_eq!(placed, maximum_placeable(&problem));
        }
    }
}
