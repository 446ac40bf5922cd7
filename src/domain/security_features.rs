//! The catalogue of document security features and the draw of the three an interviewer checks,
//! so that a forger cannot prepare for a fixed set (ETSI TS 119 461 VAL-8.3.3-07X/-07A/-07B).
//! The catalogue is a plain text file under `templates/` that staff can read and amend.

use std::collections::BTreeSet;
use std::fmt;

/// The catalogue shipped with the service; see the file's header for its format.
pub const CATALOGUE_TEXT: &str = include_str!("../../templates/security-features.txt");

/// How many features an interviewer checks, and how many of them must be optically variable
/// (remotely, a photocopy or a screen cannot imitate a feature that changes when tilted).
pub const FEATURES_CHECKED: usize = 3;
pub const OPTICALLY_VARIABLE_MIN: usize = 2;

/// BaFin's four categories of security features, checked under white light.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    OpticallyVariable,
    Personalisation,
    Substrate,
    SecurityPrinting,
}

impl Category {
    pub const ALL: [Category; 4] = [
        Category::OpticallyVariable,
        Category::Personalisation,
        Category::Substrate,
        Category::SecurityPrinting,
    ];

    /// The code used in the catalogue file and in the evidence text.
    pub fn code(self) -> &'static str {
        match self {
            Category::OpticallyVariable => "optically-variable",
            Category::Personalisation => "personalisation",
            Category::Substrate => "substrate",
            Category::SecurityPrinting => "printing",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Category::ALL.into_iter().find(|c| c.code() == code.trim())
    }
}

/// One security feature of the catalogue. A feature outside the optically variable category may
/// still be optically variable (colour-shifting ink in the printed design, a laser image that
/// changes when tilted): the flag, not the category, counts for the two-optically-variable rule.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Feature {
    pub category: Category,
    pub name: String,
    pub optically_variable: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueProblem {
    /// Not `category | feature | yes/no`.
    LineFormat,
    UnknownCategory,
    EmptyName,
    /// The third column is neither `yes` nor `no`.
    OpticallyVariableNotYesNo,
    DuplicateName,
    /// The catalogue as a whole cannot give three categories with two optically variable
    /// features: fewer than three categories have features, or fewer than two have an optically
    /// variable one.
    RuleCannotBeMet,
}

/// Why the catalogue was refused; `line` is 1-based, 0 for a problem of the whole file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("security feature catalogue, line {line}: {problem:?}")]
pub struct CatalogueError {
    pub line: usize,
    pub problem: CatalogueProblem,
}

/// A catalogue from which a valid draw can always be made; `parse` is the only way in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogue {
    features: Vec<Feature>,
}

impl Catalogue {
    /// The catalogue shipped in `templates/security-features.txt`. Called at start-up, so that
    /// a broken file stops the service instead of an interview.
    pub fn builtin() -> Result<Self, CatalogueError> {
        Catalogue::parse(CATALOGUE_TEXT)
    }

    pub fn parse(text: &str) -> Result<Self, CatalogueError> {
        let mut features: Vec<Feature> = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |problem| CatalogueError {
                line: index + 1,
                problem,
            };
            let columns: Vec<&str> = line.split('|').map(str::trim).collect();
            let [category, name, optically_variable] = columns[..] else {
                return Err(error(CatalogueProblem::LineFormat));
            };
            let category =
                Category::parse(category).ok_or(error(CatalogueProblem::UnknownCategory))?;
            if name.is_empty() {
                return Err(error(CatalogueProblem::EmptyName));
            }
            let optically_variable = match optically_variable {
                "yes" => true,
                "no" => false,
                _ => return Err(error(CatalogueProblem::OpticallyVariableNotYesNo)),
            };
            if features.iter().any(|f| f.name.eq_ignore_ascii_case(name)) {
                return Err(error(CatalogueProblem::DuplicateName));
            }
            features.push(Feature {
                category,
                name: name.to_string(),
                optically_variable,
            });
        }
        let categories: BTreeSet<Category> = features.iter().map(|f| f.category).collect();
        let with_optically_variable: BTreeSet<Category> = features
            .iter()
            .filter(|f| f.optically_variable)
            .map(|f| f.category)
            .collect();
        // Two categories with an optically variable feature plus any third category is a valid
        // draw, and without them there is none: this is the exact condition.
        if categories.len() < FEATURES_CHECKED
            || with_optically_variable.len() < OPTICALLY_VARIABLE_MIN
        {
            return Err(CatalogueError {
                line: 0,
                problem: CatalogueProblem::RuleCannotBeMet,
            });
        }
        Ok(Catalogue { features })
    }

    pub fn features(&self) -> &[Feature] {
        &self.features
    }
}

/// Whether three features meet the rule: three different categories, at least two optically
/// variable.
pub fn meets_rule(features: &[Feature; FEATURES_CHECKED]) -> bool {
    let categories: BTreeSet<Category> = features.iter().map(|f| f.category).collect();
    let optically_variable = features.iter().filter(|f| f.optically_variable).count();
    categories.len() == FEATURES_CHECKED && optically_variable >= OPTICALLY_VARIABLE_MIN
}

/// Draws three features meeting the rule, uniformly among all the sets that meet it.
/// `pick(n)` returns an index below `n` (a larger one is reduced modulo `n`); see
/// [`seeded_picker`]. Listing every valid set (a few thousand for a catalogue of a few dozen
/// features) keeps the draw obviously correct and fair.
pub fn choose_features(
    catalogue: &Catalogue,
    pick: &mut impl FnMut(usize) -> usize,
) -> [Feature; FEATURES_CHECKED] {
    let features = &catalogue.features;
    let mut valid: Vec<[usize; FEATURES_CHECKED]> = Vec::new();
    for a in 0..features.len() {
        for b in a + 1..features.len() {
            for c in b + 1..features.len() {
                let set = [
                    features[a].clone(),
                    features[b].clone(),
                    features[c].clone(),
                ];
                if meets_rule(&set) {
                    valid.push([a, b, c]);
                }
            }
        }
    }
    // `Catalogue::parse` guarantees at least one valid set.
    let chosen = valid[pick(valid.len()) % valid.len()];
    chosen.map(|i| features[i].clone())
}

/// A deterministic source of indices from a seed (SplitMix64): tests pass a fixed seed, the
/// interview use case a seed from [`os_seed`], so that nobody can predict the draw.
pub fn seeded_picker(seed: u64) -> impl FnMut(usize) -> usize {
    let mut state = seed;
    move |n| {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        // The bias of a modulo over 64 bits is negligible for lists of a few thousand.
        if n == 0 { 0 } else { (z % n as u64) as usize }
    }
}

/// A seed from the operating system's random number generator.
pub fn os_seed() -> Result<u64, getrandom::Error> {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes)?;
    Ok(u64::from_le_bytes(bytes))
}

impl fmt::Display for Feature {
    /// The canonical form used in the evidence text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let optically_variable = if self.optically_variable { "yes" } else { "no" };
        write!(
            f,
            "{} | {} | {}",
            self.category.code(),
            self.name,
            optically_variable
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalogue_parses_and_covers_every_category() {
        let catalogue = Catalogue::builtin().unwrap();
        for category in Category::ALL {
            assert!(
                catalogue.features().iter().any(|f| f.category == category),
                "{category:?} has no feature"
            );
        }
    }

    #[test]
    fn catalogue_lines_are_checked() {
        let cases: &[(&str, &str, usize, CatalogueProblem)] = &[
            (
                "two columns",
                "printing | Guilloches",
                1,
                CatalogueProblem::LineFormat,
            ),
            (
                "four columns",
                "printing | Guilloches | no | extra",
                1,
                CatalogueProblem::LineFormat,
            ),
            (
                "unknown category",
                "# c\nink | Guilloches | no",
                2,
                CatalogueProblem::UnknownCategory,
            ),
            (
                "empty name",
                "printing |  | no",
                1,
                CatalogueProblem::EmptyName,
            ),
            (
                "flag not yes/no",
                "printing | Guilloches | maybe",
                1,
                CatalogueProblem::OpticallyVariableNotYesNo,
            ),
            (
                "duplicate",
                "printing | Guilloches | no\n\nsubstrate | guilloches | no",
                3,
                CatalogueProblem::DuplicateName,
            ),
        ];
        for (case, text, line, problem) in cases {
            let error = Catalogue::parse(text).unwrap_err();
            assert_eq!(
                (error.line, &error.problem),
                (*line, problem),
                "case: {case}"
            );
        }
    }

    #[test]
    fn catalogue_that_cannot_meet_the_rule_is_refused() {
        let cases: &[(&str, &str, bool)] = &[
            (
                "optically variable features in one category only",
                "optically-variable | Hologram | yes\noptically-variable | Kinegram | yes\n\
                 printing | Guilloches | no\nsubstrate | Watermark | no",
                false,
            ),
            (
                "only two categories",
                "optically-variable | Hologram | yes\nprinting | Colour-shifting ink | yes",
                false,
            ),
            (
                "colour-shifting ink under printing makes a second optically variable category",
                "optically-variable | Hologram | yes\nprinting | Colour-shifting ink | yes\n\
                 substrate | Watermark | no",
                true,
            ),
            (
                "no optically variable category at all, but two categories with such features",
                "personalisation | Laser image | yes\nprinting | Colour-shifting ink | yes\n\
                 substrate | Watermark | no",
                true,
            ),
        ];
        for (case, text, accepted) in cases {
            let result = Catalogue::parse(text);
            assert_eq!(result.is_ok(), *accepted, "case: {case}: {result:?}");
            if let Err(error) = result {
                assert_eq!(
                    error.problem,
                    CatalogueProblem::RuleCannotBeMet,
                    "case: {case}"
                );
            }
        }
    }

    #[test]
    fn every_draw_meets_the_rule() {
        let catalogues = [
            Catalogue::builtin().unwrap(),
            // The tightest catalogue: the only valid sets take both optically variable features.
            Catalogue::parse(
                "optically-variable | Hologram | yes\nprinting | Colour-shifting ink | yes\n\
                 printing | Guilloches | no\nsubstrate | Watermark | no\n\
                 personalisation | Laser engraving | no",
            )
            .unwrap(),
        ];
        for (number, catalogue) in catalogues.iter().enumerate() {
            for seed in 0..2_000 {
                let mut pick = seeded_picker(seed);
                let drawn = choose_features(catalogue, &mut pick);
                assert!(
                    meets_rule(&drawn),
                    "catalogue {number}, seed {seed}: {drawn:?}"
                );
            }
            // A source returning extreme or out-of-range indices still gives a valid set.
            for mut pick in [
                Box::new(|_| 0usize) as Box<dyn FnMut(usize) -> usize>,
                Box::new(|n| n - 1),
                Box::new(|_| usize::MAX),
            ] {
                assert!(
                    meets_rule(&choose_features(catalogue, &mut pick)),
                    "catalogue {number}"
                );
            }
        }
    }

    #[test]
    fn every_valid_set_can_be_drawn() {
        let catalogue = Catalogue::builtin().unwrap();
        let features = catalogue.features();
        let mut valid = 0;
        for (a, first) in features.iter().enumerate() {
            for (b, second) in features.iter().enumerate().skip(a + 1) {
                for third in features.iter().skip(b + 1) {
                    valid +=
                        usize::from(meets_rule(&[first.clone(), second.clone(), third.clone()]));
                }
            }
        }
        let mut pick = seeded_picker(42);
        let drawn: BTreeSet<[String; FEATURES_CHECKED]> = (0..3_000)
            .map(|_| choose_features(&catalogue, &mut pick).map(|f| f.name))
            .collect();
        assert_eq!(drawn.len(), valid, "some valid sets are never drawn");
        let names: BTreeSet<&String> = drawn.iter().flatten().collect();
        assert_eq!(names.len(), features.len(), "some feature is never drawn");
    }

    #[test]
    fn seeded_picker_is_deterministic_and_in_range() {
        let first: Vec<usize> = {
            let mut pick = seeded_picker(7);
            (1..50).map(&mut pick).collect()
        };
        let again: Vec<usize> = {
            let mut pick = seeded_picker(7);
            (1..50).map(&mut pick).collect()
        };
        assert_eq!(first, again);
        assert!(first.iter().zip(1..50).all(|(index, n)| *index < n));
        assert_eq!(seeded_picker(1)(0), 0);
    }
}
