//! The language a person reads the service in, and the language an interview is held in.

use std::fmt;

/// Language of pages and emails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    Fr,
    Nl,
    En,
    De,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::Fr, Language::Nl, Language::En, Language::De];

    pub fn parse(code: &str) -> Option<Self> {
        match code.trim().to_ascii_lowercase().as_str() {
            "fr" => Some(Language::Fr),
            "nl" => Some(Language::Nl),
            "en" => Some(Language::En),
            "de" => Some(Language::De),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::Nl => "nl",
            Language::En => "en",
            Language::De => "de",
        }
    }

    /// The language's own name, used in the switcher so a person finds theirs.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::Fr => "Français",
            Language::Nl => "Nederlands",
            Language::En => "English",
            Language::De => "Deutsch",
        }
    }

    /// Picks the best supported language from an `Accept-Language` header, by quality.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut best: Option<(f32, Language)> = None;
        for part in header.split(',') {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or_default();
            let primary = tag.split('-').next().unwrap_or_default();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(lang) = Language::parse(primary)
                && quality > 0.0
                && best.is_none_or(|(q, _)| quality > q)
            {
                best = Some((quality, lang));
            }
        }
        best.map(|(_, lang)| lang)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Language an interview is held in; interviewers speak some of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InterviewLanguage {
    Fr,
    Nl,
    En,
}

impl InterviewLanguage {
    pub const ALL: [InterviewLanguage; 3] = [
        InterviewLanguage::Fr,
        InterviewLanguage::Nl,
        InterviewLanguage::En,
    ];

    pub fn parse(code: &str) -> Option<Self> {
        match Language::parse(code)? {
            Language::Fr => Some(InterviewLanguage::Fr),
            Language::Nl => Some(InterviewLanguage::Nl),
            Language::En => Some(InterviewLanguage::En),
            Language::De => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            InterviewLanguage::Fr => "fr",
            InterviewLanguage::Nl => "nl",
            InterviewLanguage::En => "en",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_highest_quality_supported_language() {
        let cases = [
            ("nl-BE,nl;q=0.9,en;q=0.8", Some(Language::Nl)),
            ("es-ES,es;q=0.9,de;q=0.5,fr;q=0.7", Some(Language::Fr)),
            ("en-GB", Some(Language::En)),
            ("de-AT;q=0.2, pt", Some(Language::De)),
            ("es, it", None),
            ("", None),
            ("fr;q=0", None),
        ];
        for (header, expected) in cases {
            assert_eq!(
                Language::from_accept_language(header),
                expected,
                "{header:?}"
            );
        }
    }

    #[test]
    fn german_is_a_page_language_but_not_an_interview_language() {
        assert_eq!(Language::parse("DE"), Some(Language::De));
        assert_eq!(InterviewLanguage::parse("de"), None);
        assert_eq!(InterviewLanguage::parse("nl"), Some(InterviewLanguage::Nl));
    }
}
