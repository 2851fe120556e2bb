//! The page builder every handout draws on: pages, shapes, measured text,
//! the title block, footers and the list of shortened texts.

use chrono::Datelike;

use super::style::{FAINT, INK, MUTED, RULE};
use super::{
    Color, EntityKind, EntityRef, Item, Layout, Medium, Page, Result, Shape, Stroke, TextRun,
    TimeScale, Truncation, View,
};
use crate::i18n::{Lang, Message};
use crate::model::{Id, Strategy};
use crate::text::{self, FontFace};

/// Horizontal alignment of a line of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// Builds the pages of one handout.
pub struct Doc<'a> {
    pub s: &'a Strategy,
    pub view: &'a View,
    pub lang: Lang,
    pub width: f32,
    pub height: f32,
    pub margin: f32,
    pub title: String,
    /// Whether a town or a title too long for its line wraps onto a second
    /// one rather than being shortened: the action plan and the progress
    /// report, which are set larger when short (see `paper`).
    pub title_wraps: bool,
    pages: Vec<Page>,
    truncated: Vec<Truncation>,
}

/// An entity reference, shortly.
pub fn ent(kind: EntityKind, id: &Id) -> Option<EntityRef> {
    Some(EntityRef {
        id: id.clone(),
        kind,
    })
}

impl<'a> Doc<'a> {
    pub fn new(s: &'a Strategy, view: &'a View) -> Doc<'a> {
        let (width, height) = view.page_size();
        let margin = match view.medium {
            Medium::Screen { .. } => 16.0,
            Medium::Paper { .. } => (width.min(height) * 0.06).clamp(32.0, 48.0),
        };
        let title = if s.name.is_empty() {
            s.town.clone()
        } else {
            s.name.clone()
        };
        Doc {
            s,
            view,
            lang: view.lang,
            width,
            height,
            margin,
            title,
            title_wraps: false,
            pages: vec![],
            truncated: vec![],
        }
    }

    pub fn is_screen(&self) -> bool {
        matches!(self.view.medium, Medium::Screen { .. })
    }

    /// Starts a new page; returns its index.
    pub fn new_page(&mut self) -> usize {
        self.pages.push(Page {
            width: self.width,
            height: self.height,
            items: vec![],
            time_scale: None,
        });
        self.pages.len() - 1
    }

    pub fn page_index(&self) -> usize {
        self.pages.len().saturating_sub(1)
    }

    pub fn set_time_scale(&mut self, ts: TimeScale) {
        if let Some(p) = self.pages.last_mut() {
            p.time_scale = Some(ts);
        }
    }

    /// Grows a screen page to `h`.
    pub fn grow_to(&mut self, h: f32) {
        if let Some(p) = self.pages.last_mut()
            && p.height < h
        {
            p.height = h;
        }
    }

    pub fn push(&mut self, shape: Shape, entity: Option<EntityRef>) {
        if self.pages.is_empty() {
            self.new_page();
        }
        if let Some(p) = self.pages.last_mut() {
            p.items.push(Item { shape, entity });
        }
    }

    pub fn tr(&self, id: &'static str) -> String {
        self.lang.text(id)
    }

    pub fn trm(&self, m: &Message) -> String {
        self.lang.tr(m)
    }

    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Color, entity: Option<EntityRef>) {
        self.push(
            Shape::Rect {
                x,
                y,
                w,
                h,
                radius: 0.0,
                fill: Some(fill),
                stroke: None,
            },
            entity,
        );
    }

    #[allow(clippy::too_many_arguments)]
    pub fn round_rect(
        &mut self,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        radius: f32,
        fill: Option<Color>,
        stroke: Option<Stroke>,
        entity: Option<EntityRef>,
    ) {
        let radius = radius.min(w / 2.0).min(h / 2.0).max(0.0);
        self.push(
            Shape::Rect {
                x,
                y,
                w,
                h,
                radius,
                fill,
                stroke,
            },
            entity,
        );
    }

    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, color: Color, width: f32) {
        self.push(
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                stroke: Stroke {
                    color,
                    width,
                    dash: None,
                },
            },
            None,
        );
    }

    /// Draws one line of text that is known to fit; `x` is where `align` anchors it.
    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        x: f32,
        baseline: f32,
        s: &str,
        font: FontFace,
        size: f32,
        color: Color,
        align: Align,
        entity: Option<EntityRef>,
    ) -> Result<f32> {
        let width = text::width(font, size, s)?;
        self.run(
            x,
            baseline,
            s.to_owned(),
            width,
            font,
            size,
            color,
            align,
            entity,
        );
        Ok(width)
    }

    #[allow(clippy::too_many_arguments)]
    fn run(
        &mut self,
        x: f32,
        baseline: f32,
        s: String,
        width: f32,
        font: FontFace,
        size: f32,
        color: Color,
        align: Align,
        entity: Option<EntityRef>,
    ) {
        if s.is_empty() {
            return;
        }
        let x = match align {
            Align::Left => x,
            Align::Center => x - width / 2.0,
            Align::Right => x - width,
        };
        self.push(
            Shape::Text(TextRun {
                x,
                y: baseline,
                text: s,
                font,
                size,
                color,
                width,
            }),
            entity,
        );
    }

    /// One line of text shortened with an ellipsis to `max_w` if needed (and reported).
    #[allow(clippy::too_many_arguments)]
    pub fn text_fit(
        &mut self,
        x: f32,
        baseline: f32,
        s: &str,
        font: FontFace,
        size: f32,
        color: Color,
        max_w: f32,
        align: Align,
        entity: Option<EntityRef>,
    ) -> Result<f32> {
        let (shown, width, cut) = text::ellipsize(font, size, s, max_w.max(0.0))?;
        if cut {
            self.report(s, &shown, entity.clone());
        }
        self.run(x, baseline, shown, width, font, size, color, align, entity);
        Ok(width)
    }

    /// A wrapped paragraph whose first line's top is `top`; returns its height.
    #[allow(clippy::too_many_arguments)]
    pub fn paragraph(
        &mut self,
        x: f32,
        top: f32,
        s: &str,
        font: FontFace,
        size: f32,
        color: Color,
        max_w: f32,
        max_lines: usize,
        entity: Option<EntityRef>,
    ) -> Result<f32> {
        let wrapped = text::wrap(font, size, s, max_w, max_lines)?;
        Ok(self.wrapped(x, top, s, wrapped, font, size, color, entity))
    }

    /// Text already wrapped (from `source`) whose first line's top is `top`;
    /// reports it when it was shortened and returns its height.
    #[allow(clippy::too_many_arguments)]
    pub fn wrapped(
        &mut self,
        x: f32,
        top: f32,
        source: &str,
        wrapped: text::Wrapped,
        font: FontFace,
        size: f32,
        color: Color,
        entity: Option<EntityRef>,
    ) -> f32 {
        if wrapped.truncated {
            let shown = wrapped
                .lines
                .iter()
                .map(|l| l.0.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            self.report(source, &shown, entity.clone());
        }
        let lh = line_height(size);
        let n = wrapped.lines.len();
        for (i, (line, w)) in wrapped.lines.into_iter().enumerate() {
            let baseline = top + i as f32 * lh + 0.92 * size;
            self.run(
                x,
                baseline,
                line,
                w,
                font,
                size,
                color,
                Align::Left,
                entity.clone(),
            );
        }
        lines_height(size, n)
    }

    pub fn report(&mut self, text: &str, shown: &str, entity: Option<EntityRef>) {
        let page = self.page_index();
        self.truncated.push(Truncation {
            entity,
            text: text.to_owned(),
            shown: shown.to_owned(),
            page,
        });
    }

    /// The title block at the top of a paper page; returns the y below it.
    pub fn title_block(&mut self, handout: &str) -> Result<f32> {
        let m = self.margin;
        let w = self.width - 2.0 * m;
        let big = self.title_size();
        let town = self.s.town.to_uppercase();
        let mut y = m;
        if self.title_wraps {
            // The handout's name keeps its place at the right; the town
            // takes the rest of the line, and a second one if it must.
            let (town_w, title_w) = self.title_widths(handout)?;
            let lines = text::wrap(FontFace::Bold, 8.0, &town, town_w, 2)?;
            let n = lines.lines.len().max(1);
            let top = y + 8.0 - 0.92 * 8.0;
            self.wrapped(m, top, &town, lines, FontFace::Bold, 8.0, MUTED, None);
            self.text(
                self.width - m,
                y + 8.0,
                handout,
                FontFace::Regular,
                8.0,
                MUTED,
                Align::Right,
                None,
            )?;
            y += 14.0 + (n - 1) as f32 * line_height(8.0);
            let name = self.title.clone();
            let sid = self.s.id.clone();
            let lines = text::wrap(FontFace::Bold, big, &name, title_w, 2)?;
            let n = lines.lines.len().max(1);
            // The first baseline where the one-line title has its own.
            let top = y + big * 0.95 - 0.92 * big;
            let e = ent(EntityKind::Strategy, &sid);
            self.wrapped(m, top, &name, lines, FontFace::Bold, big, INK, e);
            y += big * 1.25 + (n - 1) as f32 * line_height(big);
        } else {
            self.text_fit(
                m,
                y + 8.0,
                &town,
                FontFace::Bold,
                8.0,
                MUTED,
                w * 0.6,
                Align::Left,
                None,
            )?;
            self.text_fit(
                self.width - m,
                y + 8.0,
                handout,
                FontFace::Regular,
                8.0,
                MUTED,
                w * 0.38,
                Align::Right,
                None,
            )?;
            y += 14.0;
            let name = self.title.clone();
            let sid = self.s.id.clone();
            self.text_fit(
                m,
                y + big * 0.95,
                &name,
                FontFace::Bold,
                big,
                INK,
                w,
                Align::Left,
                ent(EntityKind::Strategy, &sid),
            )?;
            y += big * 1.25;
        }
        self.line(m, y + 4.0, self.width - m, y + 4.0, RULE, 0.75);
        Ok(y + 14.0)
    }

    fn title_size(&self) -> f32 {
        if self.width > 1000.0 { 22.0 } else { 17.0 }
    }

    /// The widths a wrapping title block gives the town and the title.
    fn title_widths(&self, handout: &str) -> Result<(f32, f32)> {
        let w = self.width - 2.0 * self.margin;
        let hw = text::width(FontFace::Regular, 8.0, handout)?;
        Ok(((w - hw - 16.0).max(w * 0.4), w))
    }

    /// The y below the title block, without drawing it (one line of town
    /// and one of title).
    pub fn title_block_bottom(&self) -> f32 {
        self.margin + 14.0 + self.title_size() * 1.25 + 14.0
    }

    /// The bottom of the page's content area (above the footer).
    pub fn content_bottom(&self) -> f32 {
        self.height - self.margin - 16.0
    }

    /// Moves the pages (and shortened texts) of `other`, not yet finished,
    /// after this one's: a deck made of other handouts' pages.
    pub fn append(&mut self, other: Doc) {
        let offset = self.pages.len();
        self.pages.extend(other.pages);
        self.truncated
            .extend(other.truncated.into_iter().map(|mut t| {
                t.page += offset;
                t
            }));
    }

    /// Adds footers (print date, town, page numbers) and returns the layout.
    pub fn finish(mut self) -> Layout {
        if !self.is_screen() {
            let n = self.pages.len();
            let d = self.view.today;
            let date = format!("{}.{}.{}", d.day(), d.month(), d.year());
            let printed = self.trm(&Message::new("handout-printed").arg("date", date));
            let mut left = if self.s.town.is_empty() {
                printed
            } else {
                format!("{printed} · {}", self.s.town)
            };
            // The snapshot first, so that a long meeting never cuts its id.
            if let Some(mark) = &self.view.snapshot {
                let m = Message::new("handout-snapshot")
                    .arg("id", &mark.id)
                    .arg("meeting", &mark.meeting);
                left = format!("{} · {left}", self.trm(&m));
            }
            for i in 0..n {
                let page_label = self.trm(
                    &Message::new("handout-page")
                        .num("page", (i + 1) as f64)
                        .num("pages", n as f64),
                );
                let m = self.margin;
                if let Some(p) = self.pages.get_mut(i) {
                    // Each page its own size: a deck mixes slides and sheets.
                    let y = p.height - m + 2.0;
                    let items = footer_items(m, y, p.width, &left, &page_label);
                    p.items.extend(items);
                }
            }
        }
        Layout {
            title: self.title,
            lang: self.lang,
            pages: self.pages,
            truncated: self.truncated,
        }
    }
}

fn footer_items(m: f32, y: f32, w: f32, left: &str, right: &str) -> Vec<Item> {
    let mut items = vec![Item {
        shape: Shape::Line {
            x1: m,
            y1: y - 10.0,
            x2: w - m,
            y2: y - 10.0,
            stroke: Stroke {
                color: RULE,
                width: 0.5,
                dash: None,
            },
        },
        entity: None,
    }];
    let rw = text::width(FontFace::Regular, 7.5, right).unwrap_or(0.0);
    if let Ok((shown, lw, _)) =
        text::ellipsize(FontFace::Regular, 7.5, left, w - 2.0 * m - rw - 20.0)
    {
        items.push(Item {
            shape: Shape::Text(TextRun {
                x: m,
                y,
                text: shown,
                font: FontFace::Regular,
                size: 7.5,
                color: FAINT,
                width: lw,
            }),
            entity: None,
        });
    }
    items.push(Item {
        shape: Shape::Text(TextRun {
            x: w - m - rw,
            y,
            text: right.to_owned(),
            font: FontFace::Regular,
            size: 7.5,
            color: FAINT,
            width: rw,
        }),
        entity: None,
    });
    items
}

/// The distance between baselines of wrapped lines.
pub fn line_height(size: f32) -> f32 {
    1.2 * size
}

/// The height of `n` lines.
pub fn lines_height(size: f32, n: usize) -> f32 {
    n as f32 * line_height(size)
}
