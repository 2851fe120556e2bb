//! Reading a Word document's paragraphs (`word/document.xml` in the zip),
//! within limits: the zip's directory is checked (entries, unpacked size)
//! before anything is unpacked, and the XML is read without a DTD.

use std::io::Read;

use super::MAX_INPUT_BYTES;
use super::error::{DraftError, Result};
use crate::zipped::{MAX_UNPACKED, Refused};

/// The main part of a Word document.
const DOCUMENT_PART: &str = "word/document.xml";
/// WordprocessingML's namespace.
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

fn unreadable(file: &str, e: impl std::fmt::Display) -> DraftError {
    DraftError::Unreadable {
        file: file.to_owned(),
        detail: e.to_string(),
    }
}

/// The paragraphs of a `.docx` as text lines: a heading style gives `#`
/// marks, a list paragraph a bullet, a line break a new line.
pub fn read_docx(file: &str, bytes: &[u8]) -> Result<String> {
    let name = || file.to_owned();
    let mut zip = match crate::zipped::open(bytes, MAX_INPUT_BYTES) {
        Ok(zip) => zip,
        Err(Refused::TooLarge { max }) => return Err(DraftError::TooLarge { file: name(), max }),
        Err(Refused::NotZip) => return Err(DraftError::NotDocx { file: name() }),
        Err(Refused::Unreadable(detail)) => return Err(unreadable(file, detail)),
    };
    let mut part = zip
        .by_name(DOCUMENT_PART)
        .map_err(|_| DraftError::NotDocx {
            file: file.to_owned(),
        })?;
    let mut xml = String::new();
    // The declared size was checked above; the reader is bounded again in
    // case the directory lied.
    (&mut part)
        .take(MAX_UNPACKED)
        .read_to_string(&mut xml)
        .map_err(|e| unreadable(file, e))?;
    let doc = roxmltree::Document::parse(&xml).map_err(|e| unreadable(file, e))?;
    let mut out = String::new();
    for p in doc.descendants().filter(|n| n.has_tag_name((W, "p"))) {
        let style = p
            .descendants()
            .find(|n| n.has_tag_name((W, "pStyle")))
            .and_then(|n| n.attribute((W, "val")))
            .unwrap_or_default()
            .to_lowercase();
        let listed = p.descendants().any(|n| n.has_tag_name((W, "numPr")));
        let mut text = String::new();
        for n in p.descendants() {
            if n.has_tag_name((W, "t")) {
                text.push_str(n.text().unwrap_or_default());
            } else if n.has_tag_name((W, "tab")) {
                text.push(' ');
            } else if n.has_tag_name((W, "br")) {
                text.push('\n');
            }
        }
        let level = style
            .strip_prefix("heading")
            .or_else(|| style.strip_prefix("otsikko"))
            .and_then(|l| l.trim().parse::<usize>().ok());
        if let Some(level) = level.filter(|l| (1..=6).contains(l)) {
            out.push_str(&"#".repeat(level));
            out.push(' ');
        } else if listed || style.contains("list") || style.contains("luettelo") {
            out.push_str("- ");
        }
        out.push_str(&text);
        out.push_str("\n\n");
    }
    Ok(out)
}
