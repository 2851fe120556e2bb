//! Text measured with the real fonts: shaping, line breaking, hyphenation.
//!
//! The handouts and the screen use one font pair, Noto Sans Regular and Bold
//! (`assets/fonts/`, compiled in). Every width the layout uses comes from
//! shaping the text with `rustybuzz` (advances and kerning from the font's
//! own tables, default OpenType features, as resvg and browsers shape it), so
//! the PDF and the SVG place each glyph where the layout measured it. Lines
//! are broken at spaces, then inside words where a Finn would break them
//! ([`hyphenate`]), and text that still does not fit is shortened with an
//! ellipsis and reported as truncated.

mod error;
pub mod hyphenate;

pub use error::{Result, TextError};

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use rustybuzz::{Direction, Face, ShapePlan, UnicodeBuffer, script};

/// Noto Sans Regular, the same file the UI loads.
pub const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold, the same file the UI loads.
pub const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
/// The family name the SVG and the UI use for both files.
pub const FAMILY: &str = "Noto Sans";
/// The ellipsis that marks shortened text.
pub const ELLIPSIS: char = '…';

/// One of the two faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum FontFace {
    /// Noto Sans Regular.
    Regular,
    /// Noto Sans Bold.
    Bold,
}

impl FontFace {
    /// The font file's bytes.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            FontFace::Regular => REGULAR_TTF,
            FontFace::Bold => BOLD_TTF,
        }
    }
}

struct Shaper {
    face: Face<'static>,
    plan: ShapePlan,
    upem: f32,
    ascender: f32,
    descender: f32,
    /// Shaped widths (font units) of texts measured before: a roadmap laid
    /// out again while an action is dragged measures the same names again.
    widths: Mutex<HashMap<String, i32>>,
}

/// How many widths a face keeps before it forgets them all.
const WIDTHS_KEPT: usize = 100_000;

/// Texts longer than this are shaped every time (they are rare, and a cache
/// of them would hold much memory).
const WIDTH_CACHED_BYTES: usize = 256;

struct Fonts {
    regular: Shaper,
    bold: Shaper,
}

fn shaper(bytes: &'static [u8]) -> Option<Shaper> {
    let face = Face::from_slice(bytes, 0)?;
    let plan = ShapePlan::new(
        &face,
        Direction::LeftToRight,
        Some(script::LATIN),
        None,
        &[],
    );
    let upem = face.units_per_em() as f32;
    let ascender = face.ascender() as f32 / upem;
    let descender = face.descender() as f32 / upem;
    Some(Shaper {
        face,
        plan,
        upem,
        ascender,
        descender,
        widths: Mutex::new(HashMap::new()),
    })
}

fn fonts() -> Result<&'static Fonts> {
    static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            Some(Fonts {
                regular: shaper(REGULAR_TTF)?,
                bold: shaper(BOLD_TTF)?,
            })
        })
        .as_ref()
        .ok_or(TextError::ResourceUnreadable("NotoSans"))
}

fn get(face: FontFace) -> Result<&'static Shaper> {
    let f = fonts()?;
    Ok(match face {
        FontFace::Regular => &f.regular,
        FontFace::Bold => &f.bold,
    })
}

/// Checks that the fonts and the hyphenation dictionary load.
pub fn check() -> Result<()> {
    fonts()?;
    if !hyphenate::available() {
        return Err(TextError::ResourceUnreadable("fi.standard.bincode"));
    }
    Ok(())
}

/// A shaped cluster of characters: the text, and how far it advances as
/// shaped and as the font's plain advance widths would put it (in font units
/// per em, 1000 = one em). The PDF writer uses the difference for kerning.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// The characters of the cluster.
    pub text: String,
    /// The shaped advance, in thousandths of an em.
    pub advance: f32,
    /// The sum of the characters' plain advances, in thousandths of an em.
    pub nominal: f32,
}

fn shape(s: &Shaper, text: &str) -> rustybuzz::GlyphBuffer {
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(Direction::LeftToRight);
    buffer.set_script(script::LATIN);
    rustybuzz::shape_with_plan(&s.face, &s.plan, buffer)
}

/// The width of `text` on one line, in points.
pub fn width(face: FontFace, size: f32, text: &str) -> Result<f32> {
    let s = get(face)?;
    if text.is_empty() {
        return Ok(0.0);
    }
    Ok(units(s, text) as f32 / s.upem * size)
}

/// The shaped advance of `text` in font units, from the face's cache when
/// measured before.
fn units(s: &Shaper, text: &str) -> i32 {
    let shaped = || -> i32 {
        shape(s, text)
            .glyph_positions()
            .iter()
            .map(|p| p.x_advance)
            .sum()
    };
    if text.len() > WIDTH_CACHED_BYTES {
        return shaped();
    }
    let mut widths = s.widths.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&u) = widths.get(text) {
        return u;
    }
    let u = shaped();
    if widths.len() >= WIDTHS_KEPT {
        widths.clear();
    }
    widths.insert(text.to_owned(), u);
    u
}

/// The ascender and descender (negative) of a face at `size`, in points.
pub fn vertical_metrics(face: FontFace, size: f32) -> Result<(f32, f32)> {
    let s = get(face)?;
    Ok((s.ascender * size, s.descender * size))
}

/// The shaped clusters of `text`, in order.
pub fn clusters(face: FontFace, text: &str) -> Result<Vec<Cluster>> {
    let s = get(face)?;
    if text.is_empty() {
        return Ok(vec![]);
    }
    let out = shape(s, text);
    let infos = out.glyph_infos();
    let positions = out.glyph_positions();
    let scale = 1000.0 / s.upem;
    let mut clusters: Vec<(usize, f32)> = Vec::new();
    for (info, pos) in infos.iter().zip(positions) {
        let start = info.cluster as usize;
        match clusters.last_mut() {
            Some((last, adv)) if *last == start => *adv += pos.x_advance as f32 * scale,
            _ => clusters.push((start, pos.x_advance as f32 * scale)),
        }
    }
    let mut result = Vec::with_capacity(clusters.len());
    for (i, (start, advance)) in clusters.iter().enumerate() {
        let end = clusters.get(i + 1).map_or(text.len(), |c| c.0);
        let piece = text.get(*start..end).unwrap_or("");
        let nominal: f32 = piece
            .chars()
            .map(|c| {
                let gid = s.face.glyph_index(c).unwrap_or_default();
                s.face.glyph_hor_advance(gid).unwrap_or(0) as f32 * scale
            })
            .sum();
        result.push(Cluster {
            text: piece.to_owned(),
            advance: *advance,
            nominal,
        });
    }
    Ok(result)
}

/// Text broken into lines that each fit a width.
#[derive(Debug, Clone, PartialEq)]
pub struct Wrapped {
    /// The lines, each with its measured width in points.
    pub lines: Vec<(String, f32)>,
    /// Whether text was left out (the last line then ends with "…").
    pub truncated: bool,
}

impl Wrapped {
    /// The widest line, in points.
    pub fn width(&self) -> f32 {
        self.lines.iter().map(|l| l.1).fold(0.0, f32::max)
    }
}

/// Shortens `text` with an ellipsis until it fits `max_width` on one line.
pub fn ellipsize(
    face: FontFace,
    size: f32,
    text: &str,
    max_width: f32,
) -> Result<(String, f32, bool)> {
    let w = width(face, size, text)?;
    if w <= max_width {
        return Ok((text.to_owned(), w, false));
    }
    let chars: Vec<char> = text.chars().collect();
    // Binary search on the number of characters kept.
    let (mut lo, mut hi) = (0usize, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate = shortened(&chars[..mid]);
        if width(face, size, &candidate)? <= max_width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    if lo == 0 {
        let e = ELLIPSIS.to_string();
        let ew = width(face, size, &e)?;
        return Ok(if ew <= max_width {
            (e, ew, true)
        } else {
            (String::new(), 0.0, true)
        });
    }
    let s = shortened(&chars[..lo]);
    let w = width(face, size, &s)?;
    Ok((s, w, true))
}

fn shortened(chars: &[char]) -> String {
    let mut s: String = chars.iter().collect();
    let trimmed = s.trim_end_matches([' ', ',', '-', ';', ':']).len();
    s.truncate(trimmed);
    s.push(ELLIPSIS);
    s
}

/// Breaks `text` into at most `max_lines` lines no wider than `max_width`,
/// breaking at spaces, then inside words (compound seams first, then
/// syllables, with a hyphen). Explicit newlines start new lines.
pub fn wrap(
    face: FontFace,
    size: f32,
    text: &str,
    max_width: f32,
    max_lines: usize,
) -> Result<Wrapped> {
    let mut lines: Vec<(String, f32)> = Vec::new();
    let mut truncated = false;
    let max_lines = max_lines.max(1);
    let space = width(face, size, " ")?;
    'paragraphs: for paragraph in text.split('\n') {
        let mut words: std::collections::VecDeque<String> =
            paragraph.split_whitespace().map(str::to_owned).collect();
        let mut line = String::new();
        let mut line_w = 0.0f32;
        while let Some(word) = words.pop_front() {
            if lines.len() >= max_lines {
                truncated = true;
                break 'paragraphs;
            }
            let ww = width(face, size, &word)?;
            let gap = if line.is_empty() { 0.0 } else { space };
            if line_w + gap + ww <= max_width {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&word);
                line_w += gap + ww;
                continue;
            }
            // Break the word so that its head fits on this line, unless the
            // line is already well filled (ragged labels read better whole).
            let room = max_width - line_w - gap;
            let worth_it = line.is_empty() || line_w < 0.5 * max_width;
            if let Some((head, tail)) = if worth_it {
                split_word(face, size, &word, room)?
            } else {
                None
            } {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&head);
                let w = width(face, size, &line)?;
                lines.push((std::mem::take(&mut line), w));
                line_w = 0.0;
                words.push_front(tail);
                continue;
            }
            if !line.is_empty() {
                let w = width(face, size, &line)?;
                lines.push((std::mem::take(&mut line), w));
                line_w = 0.0;
                words.push_front(word);
                continue;
            }
            // A word wider than a whole line that cannot be broken: cut it.
            let (cut, w, _) = ellipsize(face, size, &word, max_width)?;
            lines.push((cut, w));
            truncated = true;
        }
        if !line.is_empty() {
            if lines.len() >= max_lines {
                truncated = true;
                break;
            }
            let w = width(face, size, &line)?;
            lines.push((line, w));
        }
    }
    if truncated && let Some(last) = lines.last_mut() {
        let marked = if last.0.ends_with(ELLIPSIS) {
            last.0.clone()
        } else {
            format!("{} {ELLIPSIS}", last.0)
        };
        let (s, w, _) = ellipsize(face, size, &marked, max_width)?;
        let s = if s.ends_with(ELLIPSIS) {
            s
        } else {
            format!("{s}{ELLIPSIS}")
        };
        *last = (s.replace(&format!(" {ELLIPSIS}"), &ELLIPSIS.to_string()), w);
        last.1 = width(face, size, &last.0)?;
    }
    Ok(Wrapped { lines, truncated })
}

/// Splits `word` at the best break whose head (with a hyphen) fits `room`:
/// the last fitting compound seam, else the last fitting syllable break.
fn split_word(
    face: FontFace,
    size: f32,
    word: &str,
    room: f32,
) -> Result<Option<(String, String)>> {
    if room <= 0.0 {
        return Ok(None);
    }
    let chars: Vec<char> = word.chars().collect();
    let mut best_seam = None;
    let mut best_any = None;
    // A head longer than one that overflowed by more than a hyphen cannot
    // fit either: without this, a word of n letters took n² shaping (a
    // 5 000-letter name took minutes to lay out).
    let hyphen = width(face, size, "-")?;
    let mut too_long_from = usize::MAX;
    for b in hyphenate::breaks(word) {
        if b.at >= too_long_from {
            continue;
        }
        let mut head: String = chars[..b.at].iter().collect();
        if !b.after_hyphen {
            head.push('-');
        }
        let w = width(face, size, &head)?;
        if w > room + hyphen {
            too_long_from = b.at;
        }
        if w <= room {
            let tail: String = chars[b.at..].iter().collect();
            if b.seam {
                best_seam = Some((head.clone(), tail.clone()));
            }
            best_any = Some((head, tail));
        }
    }
    Ok(best_seam.or(best_any))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_width_measured_again_is_the_shaped_width_of_that_face_and_size() {
        for text in ["Tiekartta", "AVoin Tiekartta", &"Toimenpide ".repeat(40)] {
            let fresh = |face| {
                let s = get(face).unwrap();
                let u: i32 = shape(s, text)
                    .glyph_positions()
                    .iter()
                    .map(|p| p.x_advance)
                    .sum();
                u as f32 / s.upem
            };
            for _ in 0..2 {
                let r = width(FontFace::Regular, 12.0, text).unwrap();
                let b = width(FontFace::Bold, 9.0, text).unwrap();
                assert_eq!(r, fresh(FontFace::Regular) * 12.0, "{text}");
                assert_eq!(b, fresh(FontFace::Bold) * 9.0, "{text}");
            }
        }
    }

    #[test]
    fn a_longer_text_is_wider() {
        let a = width(FontFace::Regular, 10.0, "Paimio").unwrap();
        let b = width(FontFace::Regular, 10.0, "Paimion kaupunki").unwrap();
        assert!(a > 10.0 && b > a, "{a} {b}");
        assert!(width(FontFace::Bold, 10.0, "Paimio").unwrap() > a);
    }

    #[test]
    fn kerning_is_measured_from_the_font() {
        let clusters = clusters(FontFace::Regular, "AVATAR").unwrap();
        assert!(
            clusters.iter().any(|c| (c.advance - c.nominal).abs() > 1.0),
            "{clusters:?}"
        );
        let total: f32 = clusters.iter().map(|c| c.advance).sum();
        let w = width(FontFace::Regular, 1000.0, "AVATAR").unwrap();
        assert!((total - w).abs() < 0.01);
    }

    #[test]
    fn a_finnish_compound_breaks_at_its_seam() {
        let full = width(FontFace::Regular, 10.0, "Hyvinvointimatkailun").unwrap();
        let wrapped = wrap(
            FontFace::Regular,
            10.0,
            "Hyvinvointimatkailun kehittäminen",
            full * 0.75,
            3,
        )
        .unwrap();
        let lines: Vec<&str> = wrapped.lines.iter().map(|l| l.0.as_str()).collect();
        assert_eq!(lines, ["Hyvinvointi-", "matkailun", "kehittäminen"]);
        assert!(!wrapped.truncated);
    }

    #[test]
    fn text_that_does_not_fit_ends_with_an_ellipsis_and_says_so() {
        let text = "Palveleva Paimio on kaupunki, joka kuuntelee, auttaa ja löytää ratkaisuja.";
        let wrapped = wrap(FontFace::Regular, 9.0, text, 120.0, 2).unwrap();
        assert_eq!(wrapped.lines.len(), 2);
        assert!(wrapped.truncated);
        assert!(
            wrapped.lines[1].0.ends_with(ELLIPSIS),
            "{:?}",
            wrapped.lines
        );
        assert!(wrapped.lines.iter().all(|l| l.1 <= 120.0));
    }

    #[test]
    fn every_line_fits_its_width() {
        let text = "Prosessien sujuvoittamisoperaatio & dokumenttien yksinkertaistus";
        for w in [40.0, 60.0, 90.0, 200.0] {
            let wrapped = wrap(FontFace::Bold, 8.0, text, w, 10).unwrap();
            for (line, lw) in &wrapped.lines {
                assert!(*lw <= w + 0.01, "{line} is {lw} > {w}");
            }
        }
    }
}
