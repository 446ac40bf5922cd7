//! HTML views: maud functions. `layout` owns the whole document; partials are small pieces;
//! pages compose them. Every string comes from the translation files.

pub mod layout;
pub mod pages;
pub mod partials;

use crate::i18n::Tr;

/// What every page needs to know about where it is shown.
#[derive(Debug, Clone)]
pub struct PageCtx {
    pub tr: Tr,
    /// The page's path after the language segment (`request`, `privacy`, or empty for home),
    /// so that the language switch leads to the same page in another language.
    pub path: String,
    /// Staff pages use the whole width of a laptop or tablet screen.
    pub wide: bool,
    /// The page shows something only once (the security code): the language switch opens in a
    /// new tab, so that leaving the page by it loses nothing.
    pub shown_once: bool,
    /// The page shows errors to correct: its title starts with "Error: ", so that a screen
    /// reader says so first and the browser tab shows it.
    pub has_errors: bool,
}

impl PageCtx {
    pub fn new(tr: Tr, path: impl Into<String>) -> Self {
        PageCtx {
            tr,
            path: path.into(),
            wide: false,
            shown_once: false,
            has_errors: false,
        }
    }

    /// The same page, saying in its title whether it shows errors.
    pub fn with_errors(&self, has_errors: bool) -> Self {
        PageCtx {
            has_errors,
            ..self.clone()
        }
    }

    pub fn shown_once(self) -> Self {
        PageCtx {
            shown_once: true,
            ..self
        }
    }

    /// A staff page: wide, for calendars and queues.
    pub fn staff(tr: Tr, path: impl Into<String>) -> Self {
        PageCtx {
            wide: true,
            ..PageCtx::new(tr, path)
        }
    }

    /// Link to a page of the site in the current language.
    pub fn href(&self, path: &str) -> String {
        format!("/{}/{}", self.tr.lang().code(), path)
    }
}
