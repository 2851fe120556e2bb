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

/// `text` cut after its first `max_chars` characters (at a character
/// boundary) and marked with an ellipsis; `text` itself when it is no
/// longer. Costs `max_chars`, however long `text` is: what the renderers
/// apply before shaping a text that may be far over its limit.
pub fn clip(text: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
    if text.len() <= max_chars {
        return text.into();
    }
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}{ELLIPSIS}", &text[..cut]).into(),
        None => text.into(),
    }
}

/// Whether a character is dropped before shaping: controls other than a
/// line break or tab (C0, DEL, C1), and U+FFFE/U+FFFF. They have no glyph,
/// print as boxes, and XML forbids most of them.
fn unshown(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\t')) || matches!(c, '\u{fffe}' | '\u{ffff}')
}

/// Whether [`clean`] would leave `text` as it is.
pub fn is_clean(text: &str, max_chars: usize) -> bool {
    (text.len() <= max_chars || text.chars().nth(max_chars).is_none())
        && !text.chars().any(|c| unshown(c) || c == '\t')
}

/// `text` as the renderers take it in: [`clip`]ped to `max_chars`, then
/// without the characters that have no glyph (tabs become spaces). Costs
/// `max_chars` at most, however long `text` is.
pub fn clean(text: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
    let clipped = clip(text, max_chars);
    if !clipped.chars().any(|c| unshown(c) || c == '\t') {
        return clipped;
    }
    clipped
        .chars()
        .filter(|&c| !unshown(c))
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect::<String>()
        .into()
}

/// Where each shaped cluster of `text` starts (a byte offset) and how far it
/// advances (font units), in order: one shaping for every prefix's width.
fn advances(s: &Shaper, text: &str) -> Vec<(usize, i32)> {
    let out = shape(s, text);
    let mut clusters: Vec<(usize, i32)> = Vec::new();
    for (info, pos) in out.glyph_infos().iter().zip(out.glyph_positions()) {
        let start = info.cluster as usize;
        match clusters.last_mut() {
            Some((last, adv)) if *last == start => *adv += pos.x_advance,
            _ => clusters.push((start, pos.x_advance)),
        }
    }
    clusters
}

/// How many cuts [`ellipsize`] measures before it settles for an ellipsis.
const STEPS: usize = 64;

/// Shortens `text` with an ellipsis until it fits `max_width` on one line.
///
/// The text is shaped once; the cut is found from the clusters' advances and
/// then checked by measuring the shortened text, so the cost stays linear in
/// the text (a search that re-measured ever shorter prefixes shaped a long
/// text dozens of times).
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
    let s = get(face)?;
    let scale = size / s.upem;
    let room = max_width - width(face, size, &ELLIPSIS.to_string())?;
    // Cluster boundaries, each with the shaped width of the text before it,
    // up to an em beyond the room.
    let mut cuts: Vec<(usize, f32)> = Vec::new();
    let mut sum = 0i32;
    for (start, adv) in advances(s, text) {
        if sum as f32 * scale > room + size {
            break;
        }
        cuts.push((start, sum as f32 * scale));
        sum += adv;
    }
    // The longest prefix that fits by the advances; kerning at the cut may
    // differ a little, so the real widths decide: forward while the next cut
    // fits too, else back until one fits (a few steps, never a search over
    // the whole text).
    let fits = |i: usize| -> Result<Option<(String, f32)>> {
        let cut = cuts[i].0;
        if cut == 0 {
            return Ok(None);
        }
        let candidate = shortened(&text[..cut]);
        let cw = width(face, size, &candidate)?;
        Ok((cw <= max_width).then_some((candidate, cw)))
    };
    let mut k = cuts.iter().rposition(|c| c.1 <= room);
    let mut best = None;
    for _ in 0..STEPS {
        let Some(i) = k else { break };
        match fits(i)? {
            Some(found) => {
                best = Some(found);
                break;
            }
            None => k = i.checked_sub(1),
        }
    }
    if let (Some(mut i), Some(_)) = (k, &best) {
        while i + 1 < cuts.len() {
            match fits(i + 1)? {
                Some(found) => {
                    best = Some(found);
                    i += 1;
                }
                None => break,
            }
        }
    }
    if let Some((shown, w)) = best {
        return Ok((shown, w, true));
    }
    let e = ELLIPSIS.to_string();
    let ew = width(face, size, &e)?;
    Ok(if ew <= max_width {
        (e, ew, true)
    } else {
        (String::new(), 0.0, true)
    })
}

fn shortened(head: &str) -> String {
    let mut s = head.trim_end_matches([' ', ',', '-', ';', ':']).to_owned();
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
///
/// The word is shaped once and each break's head measured from the
/// clusters' advances; only the break chosen is measured again (a head
/// built and shaped for every break cost the square of the word's length).
fn split_word(
    face: FontFace,
    size: f32,
    word: &str,
    room: f32,
) -> Result<Option<(String, String)>> {
    if room <= 0.0 {
        return Ok(None);
    }
    let s = get(face)?;
    let scale = size / s.upem;
    let hyphen = width(face, size, "-")?;
    // The byte offset of each character and the shaped width before it
    // (clusters that start before it), as far as a head can fit.
    let clusters = advances(s, word);
    let mut before: Vec<(usize, f32)> = Vec::new();
    let (mut ci, mut sum) = (0, 0i32);
    for (byte, _) in word.char_indices() {
        while let Some(&(start, adv)) = clusters.get(ci)
            && start < byte
        {
            sum += adv;
            ci += 1;
        }
        before.push((byte, sum as f32 * scale));
        if sum as f32 * scale > room {
            break;
        }
    }
    let mut seams = Vec::new();
    let mut any = Vec::new();
    for b in hyphenate::breaks(word) {
        let Some(&(_, w)) = before.get(b.at) else {
            break;
        };
        // Heads only grow along the word: once one is too wide, all are.
        let w = if b.after_hyphen { w } else { w + hyphen };
        if w > room + 0.05 * size {
            break;
        }
        if b.seam {
            seams.push(b);
        }
        any.push(b);
    }
    for b in seams.iter().rev().chain(any.iter().rev()) {
        let cut = before.get(b.at).map_or(word.len(), |c| c.0);
        let mut head = word[..cut].to_owned();
        if !b.after_hyphen {
            head.push('-');
        }
        if width(face, size, &head)? <= room {
            return Ok(Some((head, word[cut..].to_owned())));
        }
    }
    Ok(None)
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
    fn a_word_of_fifty_thousand_letters_wraps_and_shortens_in_the_lines_asked_for() {
        let word: String = "hyvinvointimatkailunkehittäminen"
            .chars()
            .cycle()
            .take(50_000)
            .collect();
        let wrapped = wrap(FontFace::Regular, 9.0, &word, 120.0, 3).unwrap();
        assert_eq!(wrapped.lines.len(), 3);
        assert!(wrapped.truncated);
        assert!(wrapped.lines.iter().all(|l| l.1 <= 120.0), "{wrapped:?}");
        assert!(wrapped.lines[0].0.starts_with("hyvinvointi"));
        let (shown, w, cut) = ellipsize(FontFace::Bold, 9.0, &word, 200.0).unwrap();
        assert!(cut && w <= 200.0 && shown.ends_with(ELLIPSIS), "{shown}");
        assert!(word.starts_with(shown.trim_end_matches(ELLIPSIS)));
    }

    #[test]
    fn clipping_keeps_the_first_characters_and_marks_the_cut() {
        assert_eq!(clip("Tiekartta", 9), "Tiekartta");
        assert_eq!(clip("Åäöåäö", 3), "Åäö…");
        assert_eq!(clean("a\u{1b}[31m\tb\u{ffff}\nc", 100), "a[31m b\nc");
        assert!(is_clean("a\nb", 3) && !is_clean("abcd", 3) && !is_clean("a\u{0}", 3));
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
