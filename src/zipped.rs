//! Opening an untrusted zip package (a returned workbook, a Word document)
//! within limits, one rule for every reader: the file's size, that it is a
//! zip at all, the number of entries and the declared unpacked size are
//! checked before anything is unpacked.

use std::io::Cursor;

/// The most an untrusted package may unpack to, all parts together.
pub(crate) const MAX_UNPACKED: u64 = 200_000_000;
/// The most entries an untrusted package may have.
pub(crate) const MAX_ENTRIES: usize = 10_000;

/// Why a package is refused; each reader says it in its own words.
#[derive(Debug)]
pub(crate) enum Refused {
    /// The file, or what it would unpack to, is over `max` bytes.
    TooLarge { max: u64 },
    /// It is not a zip package.
    NotZip,
    /// The zip is damaged or has too many parts.
    Unreadable(String),
}

/// The package in `bytes`, checked: at most `max_file` bytes, a zip, at
/// most [`MAX_ENTRIES`] entries that declare at most [`MAX_UNPACKED`] bytes.
pub(crate) fn open(bytes: &[u8], max_file: u64) -> Result<zip::ZipArchive<Cursor<&[u8]>>, Refused> {
    if bytes.len() as u64 > max_file {
        return Err(Refused::TooLarge { max: max_file });
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(Refused::NotZip);
    }
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| Refused::Unreadable(e.to_string()))?;
    if zip.len() > MAX_ENTRIES {
        return Err(Refused::Unreadable("too many parts".into()));
    }
    let mut total: u64 = 0;
    for k in 0..zip.len() {
        let entry = zip
            .by_index_raw(k)
            .map_err(|e| Refused::Unreadable(e.to_string()))?;
        total = total.saturating_add(entry.size());
        if total > MAX_UNPACKED {
            return Err(Refused::TooLarge { max: MAX_UNPACKED });
        }
    }
    Ok(zip)
}
