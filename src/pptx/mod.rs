//! The PowerPoint renderer: a laid-out handout as a `.pptx` presentation.
//!
//! The third renderer of the display list, beside [`crate::pdf`] and
//! [`crate::svg`]: one slide per page, 16:9 or 4:3, the page scaled into
//! the slide with its aspect kept. Every box, line, polygon, circle and text
//! run of the page becomes a native, editable DrawingML shape (`p:sp` with a
//! preset or custom geometry, the layout's colours, text in `p:txBody` in
//! Noto Sans at the scaled size); an action bar and the label drawn inside
//! it are one shape; the items of each theme's swimlane on the roadmap are
//! one group (`p:grpSp`, from the page's [`crate::layout::TimeScale`]
//! lanes; the other handouts tag no lanes and are not grouped). No slide is
//! a picture. Each slide's speaker notes say in words what it shows. The
//! package is written by hand (PresentationML's few fixed parts, in
//! [`parts`]) and zipped with the `zip` crate.

mod error;
mod parts;
mod shapes;

pub use error::{PptxError, Result};

use std::io::Write;

use crate::i18n::{Lang, Message};
use crate::layout::{EntityKind, Layout, Page, Shape};

/// The shape of the slides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ratio {
    /// Widescreen, 13.33 × 7.5 in.
    #[default]
    Wide,
    /// The older 4:3, 10 × 7.5 in.
    Standard,
}

impl Ratio {
    /// The slide's width and height in EMU.
    pub fn size(self) -> (i64, i64) {
        match self {
            Ratio::Wide => (12_192_000, 6_858_000),
            Ratio::Standard => (9_144_000, 6_858_000),
        }
    }

    /// The slide's width and height in points (12 700 EMU each): the sheet
    /// a deck is laid out on to fill its slides.
    pub fn points(self) -> (f32, f32) {
        let (cx, cy) = self.size();
        (cx as f32 / 12_700.0, cy as f32 / 12_700.0)
    }
}

/// Renders `layout` as the bytes of a `.pptx` file with slides of `ratio`.
pub fn render(layout: &Layout, ratio: Ratio) -> Result<Vec<u8>> {
    if layout.pages.is_empty() {
        return Err(PptxError::NoPages);
    }
    let (cx, cy) = ratio.size();
    let n = layout.pages.len();
    let mut files: Vec<(String, String)> = vec![
        ("[Content_Types].xml".into(), parts::content_types(n)),
        ("_rels/.rels".into(), parts::root_rels()),
        (
            "docProps/core.xml".into(),
            parts::core(&layout.title, layout.lang.code()),
        ),
        (
            "ppt/presentation.xml".into(),
            parts::presentation(n, cx, cy),
        ),
        (
            "ppt/_rels/presentation.xml.rels".into(),
            parts::presentation_rels(n),
        ),
        (
            "ppt/slideMasters/slideMaster1.xml".into(),
            parts::slide_master(),
        ),
        (
            "ppt/slideMasters/_rels/slideMaster1.xml.rels".into(),
            parts::rels(&[
                ("slideLayout", "../slideLayouts/slideLayout1.xml"),
                ("theme", "../theme/theme1.xml"),
            ]),
        ),
        (
            "ppt/slideLayouts/slideLayout1.xml".into(),
            parts::slide_layout(),
        ),
        (
            "ppt/slideLayouts/_rels/slideLayout1.xml.rels".into(),
            parts::rels(&[("slideMaster", "../slideMasters/slideMaster1.xml")]),
        ),
        (
            "ppt/notesMasters/notesMaster1.xml".into(),
            parts::notes_master(),
        ),
        (
            "ppt/notesMasters/_rels/notesMaster1.xml.rels".into(),
            parts::rels(&[("theme", "../theme/theme2.xml")]),
        ),
        ("ppt/theme/theme1.xml".into(), parts::theme()),
        ("ppt/theme/theme2.xml".into(), parts::theme()),
    ];
    let lang = text_lang(layout.lang);
    for (i, page) in layout.pages.iter().enumerate() {
        let k = i + 1;
        let fit = shapes::Fit::new(page, cx, cy);
        files.push((
            format!("ppt/slides/slide{k}.xml"),
            format!(
                "{}<p:sld {}><p:cSld>{}{}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>",
                parts::head(),
                parts::NS,
                parts::TREE_START,
                shapes::tree(page, fit, lang)
            ),
        ));
        files.push((
            format!("ppt/slides/_rels/slide{k}.xml.rels"),
            parts::rels(&[
                ("slideLayout", "../slideLayouts/slideLayout1.xml"),
                ("notesSlide", &format!("../notesSlides/notesSlide{k}.xml")),
            ]),
        ));
        files.push((
            format!("ppt/notesSlides/notesSlide{k}.xml"),
            notes_slide(&notes(layout, i, page), lang),
        ));
        files.push((
            format!("ppt/notesSlides/_rels/notesSlide{k}.xml.rels"),
            parts::rels(&[
                ("notesMaster", "../notesMasters/notesMaster1.xml"),
                ("slide", &format!("../slides/slide{k}.xml")),
            ]),
        ));
    }
    zip(&files).map_err(|e| PptxError::Write(e.to_string()))
}

fn zip(files: &[(String, String)]) -> std::result::Result<Vec<u8>, zip::result::ZipError> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    // A fixed date keeps the same layout the same bytes.
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, text) in files {
        z.start_file(name.as_str(), opts)?;
        z.write_all(text.as_bytes())?;
    }
    Ok(z.finish()?.into_inner())
}

fn text_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "fi-FI",
        Lang::Sv => "sv-FI",
        Lang::En => "en-GB",
    }
}

/// The speaker notes of page `index`: the handout and page, then what the
/// slide shows kind by kind, each entity's text once, then the font.
fn notes(layout: &Layout, index: usize, page: &Page) -> Vec<String> {
    let lang = layout.lang;
    let mut lines = vec![
        lang.tr(&Message::new("pptx-notes-page")
            .arg("title", &layout.title)
            .num("page", (index + 1) as f64)
            .num("pages", layout.pages.len() as f64)),
    ];
    // (kind, [(entity id, its text)]) in the order first drawn.
    let mut seen: Vec<(EntityKind, Vec<(String, String)>)> = vec![];
    for item in &page.items {
        let (Shape::Text(run), Some(e)) = (&item.shape, &item.entity) else {
            continue;
        };
        let slot = match seen.iter().position(|(k, _)| *k == e.kind) {
            Some(i) => i,
            None => {
                seen.push((e.kind, vec![]));
                seen.len() - 1
            }
        };
        let list = &mut seen[slot].1;
        match list.iter_mut().find(|(id, _)| id == e.id.as_str()) {
            Some((_, text)) if !text.contains(run.text.as_str()) => {
                text.push(' ');
                text.push_str(&run.text);
            }
            Some(_) => {}
            None => list.push((e.id.as_str().to_owned(), run.text.clone())),
        }
    }
    for (kind, list) in seen {
        let texts: Vec<&str> = list.iter().map(|(_, t)| t.as_str()).collect();
        lines.push(lang.tr(&Message::new(kind_id(kind)).arg("list", texts.join("; "))));
    }
    lines.push(lang.text("pptx-notes-font"));
    lines
}

fn kind_id(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Strategy => "pptx-notes-strategy",
        EntityKind::Theme => "pptx-notes-theme",
        EntityKind::Goal => "pptx-notes-goal",
        EntityKind::Value => "pptx-notes-value",
        EntityKind::Action => "pptx-notes-action",
        EntityKind::Milestone => "pptx-notes-milestone",
        EntityKind::Phase => "pptx-notes-phase",
        EntityKind::Indicator => "pptx-notes-indicator",
        EntityKind::Document => "pptx-notes-document",
        EntityKind::Event => "pptx-notes-event",
    }
}

fn notes_slide(lines: &[String], lang: &str) -> String {
    let mut paras = String::new();
    for l in lines {
        paras.push_str(&format!(
            "<a:p><a:r><a:rPr lang=\"{lang}\" dirty=\"0\"/><a:t>{}</a:t></a:r></a:p>",
            crate::xml::escape(l)
        ));
    }
    format!(
        "{}<p:notes {}><p:cSld>{}<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image\"/>\
<p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr>\
<p:spPr><a:xfrm><a:off x=\"381000\" y=\"685800\"/><a:ext cx=\"6096000\" cy=\"3429000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:sp>\
<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>\
<p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=\"685800\" y=\"4343400\"/>\
<a:ext cx=\"5486400\" cy=\"4114800\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>\
<p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp></p:spTree></p:cSld>\
<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>",
        parts::head(),
        parts::NS,
        parts::TREE_START
    )
}
