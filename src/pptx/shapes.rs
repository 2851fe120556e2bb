//! One page of the display list as the shapes of one slide: every box,
//! line, polygon, circle and text run a native DrawingML shape, an action
//! bar and the label drawn inside it one shape, and the items of a theme's
//! swimlane (tagged by the page's [`crate::layout::TimeScale`]) one group.

use std::fmt::Write;

use crate::layout::{Color, EntityRef, Item, Page, Shape, Stroke, TextRun};
use crate::text::{FAMILY, FontFace};
use crate::xml::escape;

/// How PowerPoint picks a stand-in where Noto Sans is not installed: its
/// PANOSE class and "variable pitch, Swiss" (34) make it a sans serif of
/// the same build (Arial, Calibri) rather than the default serif.
pub(super) const FALLBACK: &str =
    "panose=\"020B0502040504020204\" pitchFamily=\"34\" charset=\"0\"";

/// The ascent and the line height of Noto Sans as fractions of its size
/// (its `hhea` table): where a text box's top lies above the baseline.
const ASCENT: f32 = 1.069;
const LINE: f32 = 1.362;

/// Points of the page to EMU of the slide: scale, then offset.
#[derive(Debug, Clone, Copy)]
pub(super) struct Fit {
    pub scale: f32,
    pub ox: f32,
    pub oy: f32,
}

impl Fit {
    /// The page scaled into the slide, aspect kept, centred.
    pub fn new(page: &Page, cx: i64, cy: i64) -> Fit {
        let (pw, ph) = (page.width.max(1.0), page.height.max(1.0));
        let scale = (cx as f32 / pw).min(cy as f32 / ph);
        Fit {
            scale,
            ox: (cx as f32 - pw * scale) / 2.0,
            oy: (cy as f32 - ph * scale) / 2.0,
        }
    }
    fn x(&self, v: f32) -> i64 {
        (self.ox + v * self.scale).round() as i64
    }
    fn y(&self, v: f32) -> i64 {
        (self.oy + v * self.scale).round() as i64
    }
    fn len(&self, v: f32) -> i64 {
        (v * self.scale).round().max(0.0) as i64
    }
    /// A font size in hundredths of a point on the slide.
    fn size(&self, pt: f32) -> i64 {
        ((pt * self.scale / 12_700.0) * 100.0).round().max(100.0) as i64
    }
}

/// A shape to write: an item, with the label drawn inside it if any.
struct Piece<'a> {
    item: &'a Item,
    label: Option<&'a TextRun>,
}

/// Pairs each box with the text of the same entity drawn right after it
/// inside it (an action bar and its label).
fn pieces(items: &[Item]) -> Vec<Piece<'_>> {
    let mut out = vec![];
    let mut i = 0;
    while i < items.len() {
        let item = &items[i];
        let mut label = None;
        if let (Shape::Rect { x, y, w, h, .. }, Some(next)) = (&item.shape, items.get(i + 1))
            && let Shape::Text(run) = &next.shape
            && item.entity.is_some()
            && next.entity == item.entity
            && run.x >= *x
            && run.x + run.width <= x + w + 0.5
            && run.y - ASCENT * run.size >= *y - 0.5 * run.size
            && run.y <= y + h
        {
            label = Some(run);
            i += 1;
        }
        out.push(Piece { item, label });
        i += 1;
    }
    out
}

/// The lane (index into the page's lanes) an item is drawn in: its middle
/// lies in the lane's rows and it is hardly taller than they are (the today
/// line reaches into the gap below; a line's ends stick out by half its
/// width).
fn lane_of(page: &Page, item: &Item) -> Option<usize> {
    let lanes = &page.time_scale.as_ref()?.lanes;
    let (_, y, _, h) = item.shape.bounds();
    let mid = y + h / 2.0;
    lanes.iter().position(|l| {
        let (_, ly, _, lh) = l.rect;
        mid >= ly && mid <= ly + lh && h <= lh + 12.0
    })
}

/// The shapes of `page`, to go after [`super::parts::TREE_START`].
pub(super) fn tree(page: &Page, fit: Fit, lang: &str) -> String {
    let mut w = Writer {
        out: String::with_capacity(page.items.len() * 600),
        next_id: 2,
        fit,
        lang,
    };
    let ps = pieces(&page.items);
    let lanes = page.time_scale.as_ref().map_or(0, |t| t.lanes.len());
    let lane: Vec<Option<usize>> = ps.iter().map(|p| lane_of(page, p.item)).collect();
    let mut done = vec![false; lanes];
    for (i, p) in ps.iter().enumerate() {
        match lane[i] {
            None => w.piece(p),
            Some(l) if !done[l] => {
                done[l] = true;
                let members: Vec<&Piece> = ps
                    .iter()
                    .zip(&lane)
                    .filter(|(_, x)| **x == Some(l))
                    .map(|(p, _)| p)
                    .collect();
                let name = page.time_scale.as_ref().map_or(String::new(), |t| {
                    format!("theme {}", t.lanes[l].theme.as_str())
                });
                w.group(&name, &members);
            }
            Some(_) => {}
        }
    }
    w.out
}

struct Writer<'a> {
    out: String,
    next_id: u32,
    fit: Fit,
    lang: &'a str,
}

fn hex(c: Color) -> String {
    format!("{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

fn fill(c: Option<Color>) -> String {
    match c {
        Some(c) => format!("<a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill>", hex(c)),
        None => "<a:noFill/>".to_owned(),
    }
}

fn name(e: Option<&EntityRef>, what: &str) -> String {
    match e {
        Some(e) => escape(&format!("{} {}", e.kind.name(), e.id.as_str())),
        None => what.to_owned(),
    }
}

impl Writer<'_> {
    fn id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id
    }

    fn line(&self, st: Option<&Stroke>) -> String {
        let Some(st) = st else {
            return "<a:ln><a:noFill/></a:ln>".to_owned();
        };
        let dash = match st.dash {
            Some((d, s)) if st.width > 0.0 => {
                let pc = |v: f32| (v / st.width * 100_000.0).round() as i64;
                format!(
                    "<a:custDash><a:ds d=\"{}\" sp=\"{}\"/></a:custDash>",
                    pc(d),
                    pc(s)
                )
            }
            _ => String::new(),
        };
        format!(
            "<a:ln w=\"{}\">{}{dash}</a:ln>",
            self.fit.len(st.width),
            fill(Some(st.color))
        )
    }

    fn group(&mut self, name: &str, members: &[&Piece]) {
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for p in members {
            let (x, y, w, h) = p.item.shape.bounds();
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x + w);
            y1 = y1.max(y + h);
        }
        let f = self.fit;
        let (x, y, cx, cy) = (f.x(x0), f.y(y0), f.len(x1 - x0), f.len(y1 - y0));
        let id = self.id();
        let _ = write!(
            self.out,
            "<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"{id}\" name=\"{}\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>\
<p:grpSpPr><a:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/>\
<a:chOff x=\"{x}\" y=\"{y}\"/><a:chExt cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm></p:grpSpPr>",
            escape(name)
        );
        for p in members {
            self.piece(p);
        }
        self.out.push_str("</p:grpSp>");
    }

    /// `<p:sp>` up to and with `<a:xfrm>`.
    fn open(&mut self, name: &str, text_box: bool, xfrm: (i64, i64, i64, i64), flip: &str) {
        let id = self.id();
        let tb = if text_box { " txBox=\"1\"" } else { "" };
        let (x, y, cx, cy) = xfrm;
        let _ = write!(
            self.out,
            "<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"{name}\"/><p:cNvSpPr{tb}/><p:nvPr/></p:nvSpPr>\
<p:spPr><a:xfrm{flip}><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm>",
            cx.max(1),
            cy.max(1)
        );
    }

    fn prst(&mut self, geom: &str, adj: Option<i64>) {
        match adj {
            Some(v) => {
                let _ = write!(
                    self.out,
                    "<a:prstGeom prst=\"{geom}\"><a:avLst><a:gd name=\"adj\" fmla=\"val {v}\"/></a:avLst></a:prstGeom>"
                );
            }
            None => {
                let _ = write!(
                    self.out,
                    "<a:prstGeom prst=\"{geom}\"><a:avLst/></a:prstGeom>"
                );
            }
        }
    }

    /// A text body of one line: `run` placed `left`, `top` EMU inside the box.
    fn body(&mut self, run: &TextRun, left: i64, top: i64) {
        let f = self.fit;
        let b = if run.font == FontFace::Bold {
            " b=\"1\""
        } else {
            ""
        };
        let _ = write!(
            self.out,
            "<p:txBody><a:bodyPr wrap=\"none\" lIns=\"{left}\" tIns=\"{top}\" rIns=\"0\" bIns=\"0\" anchor=\"t\" rtlCol=\"0\">\
<a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr><a:lnSpc><a:spcPct val=\"100000\"/></a:lnSpc>\
<a:spcBef><a:spcPts val=\"0\"/></a:spcBef></a:pPr><a:r><a:rPr lang=\"{}\" sz=\"{}\"{b} dirty=\"0\">{}\
<a:latin typeface=\"{FAMILY}\" {FALLBACK}/><a:cs typeface=\"{FAMILY}\" {FALLBACK}/></a:rPr><a:t>{}</a:t></a:r></a:p></p:txBody>",
            self.lang,
            f.size(run.size),
            fill(Some(run.color)),
            escape(&run.text)
        );
    }

    fn piece(&mut self, p: &Piece) {
        let f = self.fit;
        let nm = name(p.item.entity.as_ref(), "shape");
        match &p.item.shape {
            Shape::Rect {
                x,
                y,
                w,
                h,
                radius,
                fill: fl,
                stroke,
            } => {
                self.open(&nm, false, (f.x(*x), f.y(*y), f.len(*w), f.len(*h)), "");
                if *radius > 0.0 && w.min(*h) > 0.0 {
                    let adj = ((radius / w.min(*h)) * 100_000.0).round().min(50_000.0) as i64;
                    self.prst("roundRect", Some(adj));
                } else {
                    self.prst("rect", None);
                }
                let paint = format!("{}{}</p:spPr>", fill(*fl), self.line(stroke.as_ref()));
                self.out.push_str(&paint);
                if let Some(run) = p.label {
                    let left = f.len(run.x - x);
                    let top = f.len((run.y - ASCENT * run.size - y).max(0.0));
                    self.body(run, left, top);
                }
                self.out.push_str("</p:sp>");
            }
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                stroke,
            } => {
                let flip = if (x2 - x1) * (y2 - y1) < 0.0 {
                    " flipH=\"1\""
                } else {
                    ""
                };
                let xfrm = (
                    f.x(x1.min(*x2)),
                    f.y(y1.min(*y2)),
                    f.len((x2 - x1).abs()),
                    f.len((y2 - y1).abs()),
                );
                self.open(&nm, false, xfrm, flip);
                self.prst("line", None);
                let paint = format!("<a:noFill/>{}</p:spPr></p:sp>", self.line(Some(stroke)));
                self.out.push_str(&paint);
            }
            Shape::Polygon {
                points,
                fill: fl,
                stroke,
            } => self.path(&nm, points, true, *fl, stroke.as_ref()),
            Shape::Polyline { points, stroke } => self.path(&nm, points, false, None, Some(stroke)),
            Shape::Circle {
                cx,
                cy,
                r,
                fill: fl,
                stroke,
            } => {
                self.open(
                    &nm,
                    false,
                    (f.x(cx - r), f.y(cy - r), f.len(2.0 * r), f.len(2.0 * r)),
                    "",
                );
                self.prst("ellipse", None);
                let paint = format!(
                    "{}{}</p:spPr></p:sp>",
                    fill(*fl),
                    self.line(stroke.as_ref())
                );
                self.out.push_str(&paint);
            }
            Shape::Text(run) => {
                let top = run.y - ASCENT * run.size;
                // A little room on the right so that a font measured a hair
                // wider elsewhere does not move the line.
                let xfrm = (
                    f.x(run.x),
                    f.y(top),
                    f.len(run.width * 1.05 + run.size * 0.2),
                    f.len(LINE * run.size),
                );
                self.open(&nm, true, xfrm, "");
                self.prst("rect", None);
                self.out.push_str("<a:noFill/></p:spPr>");
                self.body(run, 0, 0);
                self.out.push_str("</p:sp>");
            }
        }
    }

    fn path(
        &mut self,
        nm: &str,
        points: &[(f32, f32)],
        closed: bool,
        fl: Option<Color>,
        stroke: Option<&Stroke>,
    ) {
        if points.is_empty() {
            return;
        }
        let f = self.fit;
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for &(x, y) in points {
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x);
            y1 = y1.max(y);
        }
        let (cx, cy) = (f.len(x1 - x0).max(1), f.len(y1 - y0).max(1));
        self.open(nm, false, (f.x(x0), f.y(y0), cx, cy), "");
        let fill_attr = if closed { "" } else { " fill=\"none\"" };
        let _ = write!(
            self.out,
            "<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l=\"0\" t=\"0\" r=\"r\" b=\"b\"/>\
<a:pathLst><a:path w=\"{cx}\" h=\"{cy}\"{fill_attr}>"
        );
        for (i, &(x, y)) in points.iter().enumerate() {
            let tag = if i == 0 { "moveTo" } else { "lnTo" };
            let _ = write!(
                self.out,
                "<a:{tag}><a:pt x=\"{}\" y=\"{}\"/></a:{tag}>",
                f.len(x - x0),
                f.len(y - y0)
            );
        }
        if closed {
            self.out.push_str("<a:close/>");
        }
        let paint = format!(
            "</a:path></a:pathLst></a:custGeom>{}{}</p:spPr></p:sp>",
            fill(fl),
            self.line(stroke)
        );
        self.out.push_str(&paint);
    }
}
