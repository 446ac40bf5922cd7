//! Identity document images on disk: under UPLOAD_DIR (never a public folder), each under a
//! random name, written completely before it is given its name, readable only by the service.

use crate::domain::codes::Token;
use crate::domain::id_scan::CleanImage;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes a cleaned image and returns its file name.
pub fn save(dir: &Path, image: &CleanImage) -> std::io::Result<String> {
    std::fs::create_dir_all(dir)?;
    let name = format!("{}.jpg", Token::generate().as_str());
    let partial = dir.join(format!(".{name}.part"));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&partial)?;
    let written = file.write_all(&image.jpeg).and_then(|()| file.sync_all());
    if let Err(e) = written.and_then(|()| std::fs::rename(&partial, dir.join(&name))) {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    Ok(name)
}

/// The path of a stored file, for names this module made (32 hex digits and `.jpg`) only.
pub fn path_of(dir: &Path, name: &str) -> Option<PathBuf> {
    let stem = name.strip_suffix(".jpg")?;
    Token::parse(stem).map(|_| dir.join(name))
}

/// Whether a file in the folder is one this module wrote: a stored image or a partial one.
pub fn is_ours(name: &str) -> bool {
    let stored = name
        .strip_prefix('.')
        .and_then(|n| n.strip_suffix(".part"))
        .unwrap_or(name);
    stored
        .strip_suffix(".jpg")
        .is_some_and(|stem| Token::parse(stem).is_some())
}

/// Removes stored files (after a failed transaction, or when their time is up).
pub fn remove(dir: &Path, names: &[String]) {
    for name in names {
        if let Some(path) = path_of(dir, name)
            && let Err(error) = std::fs::remove_file(&path)
        {
            tracing::warn!(%error, file = %name, "could not remove an uploaded file");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_get_random_names_and_foreign_names_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let image = CleanImage {
            jpeg: vec![0xFF, 0xD8, 0xFF, 1, 2, 3],
            width: 1,
            height: 1,
            sha256: String::new(),
            measures: None,
        };
        let a = save(dir.path(), &image).unwrap();
        let b = save(dir.path(), &image).unwrap();
        assert_ne!(a, b);
        assert_eq!(std::fs::read(dir.path().join(&a)).unwrap(), image.jpeg);
        for bad in [
            "../etc/passwd",
            "x.jpg",
            "0123456789abcdef0123456789abcdef.png",
            "",
        ] {
            assert!(path_of(dir.path(), bad).is_none(), "{bad}");
        }
        assert!(is_ours(&a) && is_ours(&format!(".{a}.part")));
        for other in [".gitkeep", "notes.txt", "x.jpg", ".x.jpg.part"] {
            assert!(!is_ours(other), "{other}");
        }
        remove(dir.path(), std::slice::from_ref(&a));
        assert!(!dir.path().join(&a).exists());
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no partial files left"
        );
    }
}
