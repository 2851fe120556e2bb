//! The PNG renderer: one page of a laid-out handout as a picture at a
//! chosen resolution, for e-mail and the intranet.
//!
//! The page is drawn by [`crate::svg`] and rasterised by `resvg` with only
//! the two Noto Sans faces the core ships (never the system's fonts), so the
//! picture is the page the PDF prints and the screen shows, the same on
//! every machine. A point is 1/72 in: at `dpi` the page is
//! `width × dpi / 72` pixels wide.

use std::sync::{Arc, OnceLock};

use crate::i18n::Message;
use crate::layout::Layout;

/// The lowest and highest resolution drawn, in dots per inch.
pub const DPI: std::ops::RangeInclusive<u32> = 36..=1200;

/// A PNG could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PngError {
    /// The layout has no such page.
    #[error("the handout has no page {0}")]
    NoPage(usize),
    /// The picture would be too large (or the resolution is out of range).
    #[error("a picture of {0} × {1} pixels is too large")]
    TooLarge(u32, u32),
    /// Drawing or encoding failed.
    #[error("making the picture failed: {0}")]
    Draw(String),
}

/// Results of PNG drawing.
pub type Result<T, E = PngError> = std::result::Result<T, E>;

impl PngError {
    /// The message to show a person.
    pub fn message(&self) -> Message {
        match self {
            PngError::NoPage(_) => Message::new("handout-pdf-no-pages"),
            PngError::TooLarge(w, h) => Message::new("handout-png-too-large")
                .num("width", *w)
                .num("height", *h),
            PngError::Draw(detail) => Message::new("handout-png-draw").arg("detail", detail),
        }
    }
}

/// The most pixels one picture may have (about 400 MB of memory).
const MAX_PIXELS: u64 = 100_000_000;

fn options() -> &'static resvg::usvg::Options<'static> {
    static OPTIONS: OnceLock<resvg::usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut db = resvg::usvg::fontdb::Database::new();
        db.load_font_data(crate::text::REGULAR_TTF.to_vec());
        db.load_font_data(crate::text::BOLD_TTF.to_vec());
        resvg::usvg::Options {
            fontdb: Arc::new(db),
            ..Default::default()
        }
    })
}

/// Renders page `page` (from 0) of `layout` at `dpi` as the bytes of a PNG.
pub fn render(layout: &Layout, page: usize, dpi: u32) -> Result<Vec<u8>> {
    let p = layout.pages.get(page).ok_or(PngError::NoPage(page))?;
    let scale = dpi.clamp(*DPI.start(), *DPI.end()) as f32 / 72.0;
    let (w, h) = (
        (p.width * scale).ceil().max(1.0) as u32,
        (p.height * scale).ceil().max(1.0) as u32,
    );
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(PngError::TooLarge(w, h));
    }
    let svg = crate::svg::render(layout, page);
    let tree =
        resvg::usvg::Tree::from_str(&svg, options()).map_err(|e| PngError::Draw(e.to_string()))?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h).ok_or(PngError::TooLarge(w, h))?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| PngError::Draw(e.to_string()))
}
