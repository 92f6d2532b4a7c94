//! Hands a finished PDF to the person: a file in their documents folder on the desktop, a
//! download in the browser.

/// Where the PDF went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exported {
    /// Saved as this file (desktop).
    File(String),
    /// The browser was asked to download it under this name.
    Download(String),
}

/// A safe file name from a document kind and a person's name: letters (any script) and digits
/// kept, everything else as `_`: "Lebenslauf_Ayşe_Yılmaz.pdf".
pub fn file_name(kind: &str, name: &str) -> String {
    let mut out = String::from(kind);
    let cleaned: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    let cleaned = cleaned.trim_matches('_');
    if !cleaned.is_empty() {
        out.push('_');
        out.push_str(cleaned);
    }
    out.push_str(".pdf");
    out
}

/// The folder for exports: `~/Documents` (or `~/Dokumente`) if it exists, else the data
/// folder (`$XDG_DATA_HOME/lernwelt` or `~/.local/share/lernwelt`).
#[cfg(not(target_arch = "wasm32"))]
pub fn export_dir() -> Option<std::path::PathBuf> {
    use std::path::PathBuf;
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from);
    if let Some(home) = &home {
        for name in ["Documents", "Dokumente"] {
            let dir = home.join(name);
            if dir.is_dir() {
                return Some(dir);
            }
        }
    }
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| home.map(|h| h.join(".local").join("share")))
        .or_else(|| std::env::var_os("APPDATA").map(PathBuf::from))
        .map(|d| d.join("lernwelt"))
}

/// Saves the PDF in [`export_dir`].
#[cfg(not(target_arch = "wasm32"))]
pub fn save(file_name: &str, bytes: &[u8]) -> Result<Exported, String> {
    let dir = export_dir().ok_or("no home folder")?;
    save_in(&dir, file_name, bytes)
}

/// Saves the PDF in `dir` (written to a temporary file, then renamed).
#[cfg(not(target_arch = "wasm32"))]
pub fn save_in(dir: &std::path::Path, file_name: &str, bytes: &[u8]) -> Result<Exported, String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let path = dir.join(file_name);
    let tmp = dir.join(format!("{file_name}.tmp"));
    std::fs::write(&tmp, bytes).map_err(|e| e.to_string())?;
    std::fs::rename(&tmp, &path).map_err(|e| e.to_string())?;
    Ok(Exported::File(path.display().to_string()))
}

/// Starts a browser download of the PDF (a Blob behind a temporary link).
#[cfg(target_arch = "wasm32")]
pub fn save(file_name: &str, bytes: &[u8]) -> Result<Exported, String> {
    use wasm_bindgen::JsCast;
    let fail = |what: &str| format!("download failed: {what}");
    let window = web_sys::window().ok_or_else(|| fail("no window"))?;
    let document = window.document().ok_or_else(|| fail("no document"))?;
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/pdf");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("url"))?;
    let anchor = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| fail("link"))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(Exported::Download(file_name.to_owned()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]
    use super::*;

    #[test]
    fn file_names_keep_letters_and_drop_path_characters() {
        assert_eq!(
            file_name("Lebenslauf", "Ayşe Yılmaz"),
            "Lebenslauf_Ayşe_Yılmaz.pdf"
        );
        assert_eq!(
            file_name("Anschreiben", " ../Ardit Krasniqi-Çela/ "),
            "Anschreiben_Ardit_Krasniqi-Çela.pdf"
        );
        assert_eq!(file_name("Lebenslauf", ""), "Lebenslauf.pdf");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn saving_writes_the_file_and_names_the_path() {
        let dir = tempfile::tempdir().expect("temp dir");
        let got = save_in(dir.path(), "Lebenslauf_Fatmë.pdf", b"%PDF-1.7").expect("saved");
        let path = dir.path().join("Lebenslauf_Fatmë.pdf");
        assert_eq!(got, Exported::File(path.display().to_string()));
        assert_eq!(std::fs::read(&path).expect("read"), b"%PDF-1.7");
    }
}
